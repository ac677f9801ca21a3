"""Killing the importer (SIGKILL, a subprocess) leaves the database whole and equal to the state before the
import or the state after it, never anything in between.

Half the kills land at random moments; the other half provably mid-import: the importer (instrumented here
with SQLite's statement trace) stops at its N-th row write, N drawn from the writes a whole import makes,
says it is inside the open transaction, and is killed right there — the database must then be as before."""
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
TRIALS = 8              # kills at random moments
MID_IMPORT = 8          # kills inside the open import transaction
IMPORTER = (
    "import sys, time\n"
    "from kydesk.services.setup import open_site\n"
    "from kydesk.services import sync\n"
    "db = open_site(sys.argv[1])\n"
    "pause_at, writes = int(sys.argv[3]), 0\n"
    "def trace(sql):\n"
    "    global writes\n"
    "    if sql.lstrip().startswith(('INSERT', 'UPDATE', 'DELETE')):\n"
    "        writes += 1\n"
    "        if writes == pause_at:\n"
    "            print('paused', writes, db.conn.in_transaction, flush=True)\n"
    "            time.sleep(60)\n"
    "db.conn.set_trace_callback(trace)\n"
    "print('ready', flush=True)\n"
    "reports = sync.import_packages(db, [sys.argv[2]])\n"
    "assert reports[0].status == 'applied', reports[0].message\n"
    "print('done', writes, flush=True)\n"
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


def _start(db_path, pkg, pause_at=0):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db_path), str(pkg), str(pause_at)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(db_path.parent))
    assert proc.stdout.readline().strip() == b"ready"
    return proc


def _run_whole(db_path, pkg):
    """A whole import: (seconds, row writes it made)."""
    proc = _start(db_path, pkg)
    started = time.perf_counter()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    return time.perf_counter() - started, int(out.split()[-1])


def _kill_after(db_path, pkg, seconds):
    """Kill at a random moment, perhaps after the import finished (then the state must be the one after)."""
    proc = _start(db_path, pkg)
    time.sleep(seconds)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)


def _kill_mid_import(db_path, pkg, write):
    """Kill the importer while it is stopped at its `write`-th row write; True when that was inside the open
    import transaction (the importer says so before it stops)."""
    proc = _start(db_path, pkg, pause_at=write)
    said = proc.stdout.readline().split()
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the importer was still running when killed"
    return said == [b"paused", str(write).encode(), b"True"]


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
    duration, writes = _run_whole(whole, pkg)
    after = _state(whole)
    assert after != before and writes > 5000          # 2500 tasks and their progress at least
    rng = random.Random(20240715)
    seen = {"before": 0, "after": 0}
    for trial in range(TRIALS):
        path = fresh(f"trial{trial}")
        _kill_after(path, pkg, rng.uniform(0, duration * 1.2))
        state = _state(path)
        assert state in (before, after), f"trial {trial}: a state between before and after"
        seen["before" if state == before else "after"] += 1
    # the kills that provably land mid-import: every one leaves the database as it was before
    for trial, write in enumerate(sorted(rng.sample(range(1, writes + 1), MID_IMPORT))):
        path = fresh(f"mid{trial}")
        assert _kill_mid_import(path, pkg, write), f"write {write} of {writes} was not inside the import"
        assert _state(path) == before, f"killed at write {write} of {writes}: not the state before the import"
    print(f"import {duration:.2f}s, {writes} row writes; killed {TRIALS} times at random: {seen}; "
          f"{MID_IMPORT} times mid-import: all before")
