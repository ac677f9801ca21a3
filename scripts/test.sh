#!/usr/bin/env bash
# The README's test command: set up, then run the whole suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -q "$@"
