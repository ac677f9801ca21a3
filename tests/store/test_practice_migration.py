"""Migration "practice" upgrades every earlier database: new columns with their defaults, the new synced
tables with triggers (change counter, audit, no hard delete), and the audit of the new columns."""
import sqlite3

import pytest

from kydesk.store import migrations, open_db

PRACTICE = migrations.MIGRATIONS.index(next(m for m in migrations.MIGRATIONS if m[0] == "practice"))


@pytest.mark.parametrize("start", range(0, PRACTICE + 1))
def test_upgrade_keeps_problems_and_indicators(tmp_path, start):
    path = tmp_path / f"v{start}.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, None, upto=start)
    if start >= 1:
        conn.execute("INSERT INTO unit (id, name, code) VALUES ('u1', '市文旅局', 'WLJ')")
        conn.execute("INSERT INTO problem (id, text, unit_id, due, due_text, status) "
                     "VALUES ('p1', '景区厕所不足', 'u1', '2024-09-30', '9月底前', 'open')")
        conn.execute("INSERT INTO indicator (id, name, target) VALUES ('i1', '居民健康素养水平', '≥25')")
        conn.execute("INSERT INTO indicator_reading (id, indicator_id, period, value) VALUES ('r1', 'i1', '2023', 23)")
    conn.close()
    db = open_db(path)
    assert migrations.current_version(db.conn) == migrations.LATEST
    if start >= 1:
        row = db.conn.execute("SELECT text, source, partner_unit_ids, closing_note FROM problem").fetchone()
        assert row == ("景区厕所不足", "", "[]", "")
        assert db.conn.execute("SELECT field, base_value, target_year FROM indicator").fetchone() == ("", None, None)
        assert db.conn.execute("SELECT source, date FROM indicator_reading").fetchone() == ("", None)
        assert db.conn.execute("SELECT project, plan_invest FROM task").fetchall() == []
    db.close()


def test_new_tables_are_synced_rows_and_new_columns_are_audited(db):
    from kydesk.services import problems, units

    units.add_unit(db, name="市文旅局")
    pid = problems.add_problem(db, text="景区厕所不足", unit="市文旅局", due="9月底前").id
    before = db.conn.execute("SELECT value FROM counter WHERE name = 'site_seq'").fetchone()[0]
    problems.add_progress(db, pid, text="已改建18座")
    seq = db.conn.execute("SELECT site_seq FROM problem_progress").fetchone()[0]
    assert seq > before                                       # the trigger stamped the change counter
    problems.close_problem(db, pid, note="现场核查")
    audit = db.conn.execute("SELECT changes FROM audit WHERE tbl = 'problem' AND action = 'update' "
                            "ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert "closing_note" in audit and "现场核查" in audit
    with pytest.raises(sqlite3.DatabaseError, match="只能标记删除"):
        db.conn.execute("DELETE FROM problem_progress")
    from kydesk.store import sync_store

    assert {"problem_progress", "milestone", "investment"} <= set(sync_store.SYNCED_TABLES)
    assert sync_store.references("milestone") == {"task_id": "task"}
