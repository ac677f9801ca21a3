#!/usr/bin/env bash
# Proves the dependency floors: installs kydesk with the lowest versions pyproject.toml allows
# (constraints/floors.txt) into a throwaway venv under /tmp, never .venv, and runs the whole suite there.
#
#   scripts/check-floors.sh [pytest args…]        KYDESK_FLOORS_VENV=DIR keeps/reuses a venv (default: a fresh temp one)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ -n "${KYDESK_FLOORS_VENV:-}" ]; then
  VENV=$KYDESK_FLOORS_VENV
else
  VENV=$(mktemp -d /tmp/kydesk-floors.XXXXXX)
  trap 'rm -rf "$VENV"' EXIT
fi
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
# only the dependencies come from the index; kydesk itself is this tree (the tests put it first on sys.path)
"$VENV/bin/python" -m pip install -q -c constraints/floors.txt -e ".[test]"
echo "floors installed:"
names=$(grep -oE '^[A-Za-z0-9_.-]+' constraints/floors.txt | sed 's/[-_.]/[-_.]/g' | paste -sd'|')
"$VENV/bin/python" -m pip list --format=freeze 2>/dev/null | grep -iE "^($names)==" | sed 's/^/  /'
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
