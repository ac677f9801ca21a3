#!/usr/bin/env bash
# Regenerates the lock files from pyproject.toml (run after changing a dependency; commit the result):
#   requirements.lock        what kydesk runs on (exact versions, sha256 of every file)
#   requirements-test.lock   that, plus the test and lint tools: scripts/setup.sh (.venv, CI) installs it
#   requirements-build.lock  that, plus PyInstaller: scripts/build.sh / build.ps1 install it
# The test and build locks are constrained by requirements.lock, so the bundle carries exactly the runtime
# packages CI tested (tests/test_dependency_locks.py checks it). Universal: markers cover Windows, Linux and
# Python 3.10+. Needs uv (pip install uv); `scripts/lock.sh --upgrade` takes the newest allowed versions.
set -euo pipefail
cd "$(dirname "$0")/.."
UV=${UV:-uv}
opts=(--universal --python-version 3.10 --generate-hashes --quiet "$@")
"$UV" pip compile pyproject.toml "${opts[@]}" -o requirements.lock
"$UV" pip compile pyproject.toml "${opts[@]}" --extra test --extra lint -c requirements.lock -o requirements-test.lock
"$UV" pip compile pyproject.toml "${opts[@]}" --extra build -c requirements.lock -o requirements-build.lock
echo "requirements.lock, requirements-test.lock, requirements-build.lock written"
