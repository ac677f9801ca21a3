"""Issue 2 figures: batch insert through the services vs raw executemany; `task list --json` and
`--version` as whole processes."""
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kydesk.services import tasks  # noqa: E402
from kydesk.services.setup import init_site  # noqa: E402

UNITS = ["市发改委", "市文旅局", "市卫健委", "市民政局", "市林业局", "商州区", "洛南县", "丹凤县"]


def items(n):
    base = date(2024, 1, 1)
    for i in range(n):
        yield {"title": f"第{i}项重点工作：推进康养产业项目建设", "section": f"{'一二三四五'[i % 5]}、重点工作",
               "lead_unit": UNITS[i % len(UNITS)], "due": base + timedelta(days=i % 365), "person": "张华",
               "leader": "王副市长", "percent": i % 100}


def timed(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def bench_insert(folder: Path, n: int = 100_000) -> None:
    db = init_site(folder / "svc.db", unit_code="611002", unit_name="商州区康养专班")
    data = list(items(n))
    svc = timed(lambda: tasks.add_tasks(db, data))
    unit_ids = [r[0] for r in db.conn.execute(f"SELECT id FROM unit WHERE name IN ({','.join('?' * len(UNITS))})",
                                              UNITS)]
    db.close()
    raw_db = init_site(folder / "raw.db", unit_code="611002", unit_name="商州区康养专班")
    raw_db.close()
    conn = sqlite3.connect(folder / "raw.db")
    rows = [(str(uuid.uuid4()), "611002", d["title"], d["section"], unit_ids[i % len(unit_ids)],
             d["due"].isoformat(), d["person"], d["leader"], d["percent"]) for i, d in enumerate(data)]

    def raw():
        with conn:
            conn.executemany("INSERT INTO task (id, owner, title, section, lead_unit_id, due, person, leader, percent)"
                             " VALUES (?,?,?,?,?,?,?,?,?)", rows)
    raw_t = timed(raw)
    conn.close()
    print(f"insert {n} tasks: services {n / svc:,.0f} rows/s ({svc:.2f} s); raw executemany {n / raw_t:,.0f} rows/s "
          f"({raw_t:.2f} s) into the same table (same triggers); ratio {raw_t / svc:.2f} (target >= 0.5)")


def bench_cli(folder: Path) -> None:
    db = init_site(folder / "10k.db", unit_code="611002", unit_name="商州区康养专班")
    tasks.add_tasks(db, list(items(10_000)))
    db.close()
    env = dict(os.environ)
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "kydesk", "--db", str(folder / "10k.db"), "task", "list", "--json"],
                             capture_output=True, env=env, check=True).stdout
        runs.append(time.perf_counter() - t)
    print(f"task list --json over 10,000 tasks: best {min(runs):.2f} s of 3, {len(out) / 1e6:.1f} MB out (target < 1 s)")
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kydesk", "--version"], capture_output=True, check=True)
        runs.append(time.perf_counter() - t)
    print(f"kydesk --version: best {min(runs):.3f} s of 5 (target < 0.3 s)")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        bench_insert(Path(d))
        bench_cli(Path(d))
