"""Golden databases (tests/data/schema/vN.db, made once with the code of version N, never regenerated) upgrade
to today's schema with their rows intact. Unlike test_migrations, which builds its "old" databases with
today's migrations, an edit to an old migration shows here."""
import hashlib
import json
import shutil
import sqlite3

import pytest

from kydesk.cli import main
from kydesk.store import migrations, open_db
from tests.conftest import DATA

GOLDEN = DATA / "schema"
GOLDENS = sorted(GOLDEN.glob("v*.db"), key=lambda p: int(p.stem[1:]))


def _version(path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_the_goldens_are_the_files_made_once():
    sums = dict(reversed(line.split()) for line in (GOLDEN / "SHA256SUMS").read_text().splitlines() if line.strip())
    assert set(sums) == {p.name for p in GOLDENS}, "every golden is listed in SHA256SUMS, and only they"
    for p in GOLDENS:
        assert hashlib.sha256(p.read_bytes()).hexdigest() == sums[p.name], f"{p.name} was changed: never regenerate"
        assert _version(p) == int(p.stem[1:])
    assert [int(p.stem[1:]) for p in GOLDENS] == list(range(1, len(GOLDENS) + 1)), "one golden per version"


@pytest.fixture(params=GOLDENS, ids=lambda p: p.stem)
def upgraded(request, tmp_path):
    path = tmp_path / "kydesk.db"
    shutil.copy2(request.param, path)
    db = open_db(path)                          # migrates to LATEST
    yield db, int(request.param.stem[1:]), path
    db.close()


def _cli_json(path, *argv, capsys):
    assert main(["--db", str(path), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_golden_upgrades_to_today_with_its_rows(upgraded, capsys):
    db, version, path = upgraded
    conn = db.conn
    assert migrations.current_version(conn) == migrations.LATEST
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    if version < migrations.LATEST:
        assert (path.parent / f"kydesk.db.before-v{migrations.LATEST}.bak").exists(), "backed up before upgrading"
    assert db.unit_code == "611002" and db.meta("warn_days") == "10"
    db.close()

    tasks = {t["id"]: t for t in _cli_json(path, "task", "list", capsys=capsys)}
    assert set(tasks) == {"t-1", "t-2", "t-3"}
    key = tasks["t-1"]
    assert (key["title"], key["section"], key["lead_unit"], key["partner_units"], key["due"], key["due_text"]) == \
        ("编制康养产业发展规划", "一、规划提升工作", "区发改局", ["区民政局"], "2024-09-30", "2024年9月30日前")
    assert tasks["t-2"]["ongoing"] is True and tasks["t-2"]["due"] is None and tasks["t-2"]["due_text"] == "长期坚持"
    assert tasks["t-3"]["status"] == "done" and tasks["t-3"]["light"] is None
    shown = _cli_json(path, "task", "show", "t-1", capsys=capsys)
    assert [(p["date"], p["text"], p["percent"]) for p in shown["progress"]] == \
        [("2024-05-10", "规划初稿已完成，征求意见中", 60)]
    meetings = _cli_json(path, "meeting", "list", capsys=capsys)
    assert [(m["id"], m["kind"], m["number"], m["date"], m["state"]) for m in meetings] == \
        [("m-1", "推进会", 7, "2024-07-10", "final")]

    db = open_db(path)
    conn = db.conn
    rows = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("unit", "person", "attendance", "agenda_item", "record_entry", "decision", "summary_version",
                      "problem", "indicator", "indicator_reading", "extension_request", "light_month", "holiday")}
    assert rows == {"unit": 3, "person": 1, "attendance": 2, "agenda_item": 1, "record_entry": 1, "decision": 1,
                    "summary_version": 1, "problem": 1, "indicator": 1, "indicator_reading": 1,
                    "extension_request": 1, "light_month": 2, "holiday": 1}
    assert conn.execute("SELECT task_id FROM decision WHERE id = 'd-1'").fetchone()[0] == "t-1"
    assert conn.execute("SELECT name, target FROM indicator").fetchone() == ("每千名老人拥有养老床位数", "≥25")
    # search (built by migration 2 for a v1 file) finds the old rows, three characters and more
    assert [t["id"] for t in _search(db, "康养产业")] == ["t-1"]
    if version >= 3:
        assert conn.execute("SELECT unit_code, trusted FROM sync_peer").fetchall() == [("611000", 1)]
        assert conn.execute("SELECT seq FROM sync_have WHERE site = 'site-city'").fetchone()[0] == 42
    # the old rows are still syncable: an edit moves the change counter and is audited
    before = db.site_seq
    with db.tx():
        conn.execute("UPDATE task SET title = '编制康养产业发展规划（修订）', rev = rev + 1 WHERE id = 't-1'")
    assert db.site_seq > before
    assert conn.execute("SELECT action FROM audit WHERE row_id = 't-1' ORDER BY seq DESC LIMIT 1").fetchone()[0] == \
        "update"
    db.close()


def _search(db, text):
    from kydesk.store.tasks import TaskFilter, query

    return [{"id": t.id} for t in query(db, TaskFilter(search=text))]
