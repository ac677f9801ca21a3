"""Refusing a zip bomb: a ~28 MB .kysync with two 1 GiB payload entries (ratio ~77:1, under the container's
200:1 limit), from an unknown key and from a trusted one. Prints the time and the peak memory of the
process that refuses it (target < 200 MB whatever the file holds).

    .venv/bin/python bench/bench_sync_bomb.py
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kydesk.services import sync  # noqa: E402
from kydesk.services.setup import init_site  # noqa: E402
from kydesk.sync import keys  # noqa: E402
from tests.sync.bomb import bomb_payload, write_bomb  # noqa: E402

CHILD = """
import json, sys, time
from kydesk.services import sync
from kydesk.store import open_db
db = open_db(sys.argv[1])
t = time.perf_counter()
[rep] = sync.import_packages(db, [sys.argv[2]])
# VmHWM: this process's own peak (ru_maxrss would carry the parent's peak across fork and exec)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) / 1024
print(json.dumps({"status": rep.status, "code": rep.code, "seconds": time.perf_counter() - t, "peak_mb": peak}))
"""


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-bomb-"))
    city = init_site(tmp / "city.db", unit_code="611000", unit_name="商洛市康养专班", level="city")
    county = init_site(tmp / "county.db", unit_code="611002", unit_name="商州区康养专班")
    sync.identity(county, tmp / "county.json")
    t = time.perf_counter()
    payload = bomb_payload()
    print(f"kydesk zip-bomb benchmark (folder {tmp}); built two 1 GiB entries in {time.perf_counter() - t:.1f} s")
    sender = {"unit_code": "611002", "unit_name": "商州区康养专班", "level": "county", "site": county.site_id,
              "instance": county.meta("db_instance_id"), "key": keys.public_key(county)}
    bomb = tmp / "bomb.kysync"
    write_bomb(bomb, payload, sender=sender, recipient={"unit_code": "611000"}, sign=lambda b: keys.sign(county, b))
    print(f"bomb file: {bomb.stat().st_size / 1024 / 1024:.1f} MB, declaring 2,048 MB expanded")
    for label, trusted in (("unknown key", False), ("trusted key", True)):
        if trusted:
            sync.trust(city, tmp / "county.json")
        out = subprocess.run([sys.executable, "-c", CHILD, str(tmp / "city.db"), str(bomb)], capture_output=True,
                             text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
        got = json.loads(out.stdout)
        print(f"refusing the bomb from a {label}: {got['status']} ({got['code']}) in {got['seconds']:.2f} s, "
              f"peak memory {got['peak_mb']:.0f} MB  (target < 200 MB)")


if __name__ == "__main__":
    main()
