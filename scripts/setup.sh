#!/usr/bin/env bash
# Makes .venv with kydesk and its test and lint tools, at the versions pinned in requirements-test.lock. On Debian/UOS/Kylin as root (CI), installs the system
# libraries offscreen Qt and PDF checks need, and a Chinese TrueType font for printing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && [ "${KYDESK_SKIP_APT:-}" != "1" ]; then
  export DEBIAN_FRONTEND=noninteractive
  pkgs="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1 libdbus-1-3
        libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
        libxcb-render-util0 libxcb-image0 libxcb-xkb1 fonts-wqy-microhei fonts-wqy-zenhei
        fonts-arphic-uming fonts-arphic-ukai poppler-utils xvfb xauth"
  missing=""
  for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# exactly the versions CI tested (scripts/lock.sh makes the lock; every file's sha256 is checked), then
# kydesk itself from this tree, editable, adding nothing
.venv/bin/python -m pip install -q --require-hashes -r requirements-test.lock
.venv/bin/python -m pip install -q --no-deps -e .
