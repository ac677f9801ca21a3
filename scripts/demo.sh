#!/usr/bin/env bash
# The README's first command: set up, then open the window on the embedded demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m kydesk gui --demo "$@"
