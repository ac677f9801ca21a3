"""Killing the importer (SIGKILL, a subprocess) at random moments leaves the database whole and equal to the
state before the import or the state after it, never anything in between."""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kydesk.services import tasks
from kydesk.store import rows

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 15
IMPORTER = (
    "import sys\n"
    "from kydesk.services.setup import open_site\n"
    "from kydesk.services import sync\n"
    "db = open_site(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "reports = sync.import_packages(db, [sys.argv[2]])\n"
    "assert reports[0].status == 'applied', reports[0].message\n"
    "print('done', flush=True)\n"
)


def _state(path):
    """The data and the sync marks (times are display-only and left out)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        out = {}
        for t in ("unit", "task", "progress", "counter", "sync_have"):
            out[t] = sorted(map(repr, conn.execute(f"SELECT * FROM {t}")))
        # each copy of the file is its own database instance (open_site notices the move), so leave it out
        out["sync_ack"] = sorted(map(repr, conn.execute("SELECT peer_site, peer_instance, seq FROM sync_ack")))
        out["packages"] = sorted(r[0] for r in conn.execute("SELECT id FROM sync_package"))
        out["audit"] = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        return out
    finally:
        conn.close()


def _run(db_path, pkg, kill_after=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db_path), str(pkg)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=str(db_path.parent))
    assert proc.stdout.readline().strip() == b"ready"
    started = time.perf_counter()
    if kill_after is None:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        return time.perf_counter() - started
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return None


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_leaves_before_or_after(world, tmp_path):
    kit, city, a, b = world
    tasks.add_tasks(city.db, [{"title": f"市级任务{i}", "due": "2024-09-30", "lead_unit": a.code}
                              for i in range(2500)])
    ids = [t.id for t in tasks.q.query(city.db)]
    with city.db.tx():
        rows.insert_many(city.db, "progress", [{"task_id": t, "date": "2024-07-01", "text": f"督办意见{i}",
                                                "task_rev": 1} for i, t in enumerate(ids)])
    pkg = kit.send(city, a)
    a.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    a.db.close()
    template = tmp_path / "template.db"
    shutil.copy2(a.path, template)
    before = _state(template)

    def fresh(name):
        folder = tmp_path / name
        folder.mkdir()
        path = folder / "kydesk.db"
        shutil.copy2(template, path)
        return path

    whole = fresh("whole")
    duration = _run(whole, pkg)
    after = _state(whole)
    assert after != before
    rng = random.Random(20240715)
    seen = {"before": 0, "after": 0}
    for trial in range(TRIALS):
        path = fresh(f"trial{trial}")
        _run(path, pkg, kill_after=rng.uniform(0, duration * 1.2))
        state = _state(path)
        assert state in (before, after), f"trial {trial}: a state between before and after"
        seen["before" if state == before else "after"] += 1
    print(f"import {duration:.2f}s; killed {TRIALS} times: {seen}")
