"""_m006_reporting: progress gets its period and received date, old reports keep theirs (no period), the
triggers are made again (site_seq and the audit cover the new columns), and the local form tables exist."""
import sqlite3

from kydesk.store import migrations, open_db

STEP = next(n for n, (name, _) in enumerate(migrations.MIGRATIONS, start=1) if name == "reporting")


def test_upgrading_keeps_old_reports_and_audits_the_new_columns(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, None, upto=STEP - 1)
    conn.execute("INSERT INTO unit (id, name) VALUES ('u1', '市文旅局')")
    conn.execute("INSERT INTO task (id, title) VALUES ('t1', '建设康养小镇')")
    conn.execute("INSERT INTO progress (id, task_id, date, text, unit_id) VALUES ('p1', 't1', '2026-11-20', '旧进展', 'u1')")
    conn.close()
    db = open_db(path)
    assert db.conn.execute("SELECT period, received FROM progress WHERE id = 'p1'").fetchone() == ("", None)
    before = db.site_seq
    db.conn.execute("UPDATE progress SET period = '2026-11' WHERE id = 'p1'")
    assert db.site_seq == before + 1
    changes = db.conn.execute("SELECT changes FROM audit WHERE row_id = 'p1' ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert "period" in changes
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"form_receipt", "form_issue"} <= tables
    db.close()
