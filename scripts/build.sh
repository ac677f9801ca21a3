#!/usr/bin/env bash
# Builds the one-folder bundle dist/kydesk/ (programs kydesk and kydesk-cli, sharing _internal/) from
# build.spec and prints its size.
#
#   scripts/build.sh [--check] [--dist DIR] [--work DIR]
#
#   --check     afterwards run the bundle in a temporary folder: version, init with demo data, task list,
#               minutes and 作战图 PDFs (fonts embedded), identity card, xlsx export and re-import,
#               a GUI screenshot (offscreen) and portable mode (a data/ folder beside the programs)
#   --dist DIR  output folder (default dist/); --work DIR PyInstaller's scratch folder (default build/pyinstaller)
#
# The build venv (build/venv, or $KYDESK_BUILD_VENV) holds kydesk's runtime packages and PyInstaller only, so no
# test tool ends up in the bundle. A bundle runs only where glibc is at least as new as the build machine's
# (printed below): build on the oldest UOS/Kylin to be supported, on the same CPU architecture.
set -euo pipefail
cd "$(dirname "$0")/.."

DIST=dist
WORK=build/pyinstaller
CHECK=0
while [ $# -gt 0 ]; do
  case "$1" in
    --check) CHECK=1 ;;
    --dist) DIST=$2; shift ;;
    --work) WORK=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

VENV=${KYDESK_BUILD_VENV:-build/venv}
if [ ! -x "$VENV/bin/python" ]; then
  "${PYTHON:-python3}" -m venv "$VENV"
fi
# the runtime packages exactly as CI tested them (requirements.lock via requirements-build.lock), PyInstaller
"$VENV/bin/python" -m pip install -q --require-hashes -r requirements-build.lock
"$VENV/bin/python" -m pip install -q --no-deps -e .

start=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" build.spec
secs=$(( $(date +%s) - start ))

BUNDLE=$DIST/kydesk
echo "bundle: $BUNDLE"
echo "size:   $(du -sh "$BUNDLE" | cut -f1) in $(find "$BUNDLE" -type f | wc -l) files (build ${secs} s)"
MAX_MB=${KYDESK_MAX_MB:-150}
mb=$(du -sm "$BUNDLE" | cut -f1)
if [ "$mb" -gt "$MAX_MB" ]; then
  echo "build.sh: the bundle is $mb MB, over the $MAX_MB MB limit: see what build.spec collects" >&2
  exit 1
fi
if command -v objdump >/dev/null 2>&1; then
  floor=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name 'kydesk*' \) -exec objdump -T {} + 2>/dev/null \
          | grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n -u | tail -1 || true)
  echo "needs:  ${floor:-unknown} or newer ($(uname -m))"
fi

[ "$CHECK" = 1 ] || exit 0

# --- run the bundle ----------------------------------------------------------------------------------------
BUNDLE=$(cd "$BUNDLE" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME=$T/home XDG_DATA_HOME=$T/xdg QT_QPA_PLATFORM=offscreen
unset KYDESK_DB
PY="$VENV/bin/python"
CLI=$BUNDLE/kydesk-cli
ok() { echo "check:  ok  $*"; }
# run CMD…: its output goes to a log shown only when it fails
run() { "$@" >"$T/run.log" 2>&1 || { echo "check:  FAILED: $*" >&2; cat "$T/run.log" >&2; exit 1; }; }
# out CMD…: its standard output, errors shown
out() { "$@" 2>"$T/run.log" || { echo "check:  FAILED: $*" >&2; cat "$T/run.log" >&2; exit 1; }; }
json() { "$PY" -c "import json, sys; d = json.load(sys.stdin); $1"; }

out "$CLI" --version | grep -q "^kydesk " && ok "--version"
run "$CLI" --db "$T/b.db" init --unit-code 611002 --unit-name 商州区康养专班 --demo && ok "init --demo"
out "$CLI" --db "$T/b.db" task list --json | json "assert len(d) > 10" && ok "task list --json"
meeting=$(out "$CLI" --db "$T/b.db" meeting list --json | json "print(d[0]['id'])")
run "$CLI" --db "$T/b.db" report minutes "$meeting" -o "$T/minutes.pdf" && ok "report minutes"
run "$CLI" --db "$T/b.db" report warroom -o "$T/warroom.pdf" && ok "report warroom"
if command -v pdffonts >/dev/null 2>&1; then
  for pdf in "$T/minutes.pdf" "$T/warroom.pdf"; do
    # every font but the PDF base-14 ones (Helvetica for Latin digits) must be embedded
    pdffonts "$pdf" | tail -n +3 | awk '$(NF-4) != "yes" && $1 !~ /^(Helvetica|Times|Courier|Symbol|ZapfDingbats)/ \
      { print "check:  FAILED: font not embedded: " $1; bad = 1 } END { exit bad }'
  done
  ok "fonts embedded"
fi
run "$CLI" --db "$T/b.db" sync identity -o "$T/card.json" && [ -s "$T/card.json" ] && ok "sync identity"
run "$CLI" --db "$T/b.db" xlsx export "$T/ledger.xlsx"
run "$CLI" --db "$T/c.db" init --unit-code 611000 --unit-name 商洛市康养专班 --level city
out "$CLI" --db "$T/c.db" xlsx import "$T/ledger.xlsx" --json | json "assert d" && ok "xlsx export, import"
run "$CLI" --db "$T/b.db" gui --screenshot "$T/ledger.png" --view ledger
"$PY" -c "import sys; d = open(sys.argv[1], 'rb').read(); assert d[:4] == b'\x89PNG' and len(d) > 20000" \
  "$T/ledger.png" && ok "gui --screenshot --view ledger (kydesk-cli)"
run "$BUNDLE/kydesk" --db "$T/b.db" gui --screenshot "$T/home.png" --view home
[ -s "$T/home.png" ] && ok "gui --screenshot --view home (kydesk)"
cp -a "$BUNDLE" "$T/portable"
mkdir "$T/portable/data"
run "$T/portable/kydesk-cli" init --unit-code 611002 --unit-name 商州区康养专班
[ -f "$T/portable/data/kydesk.db" ] && [ ! -e "$XDG_DATA_HOME/kydesk" ] && ok "portable: database in data/"
echo "check:  all passed"
