"""Every migration upgrades a database made at every earlier version, keeping its rows."""
import sqlite3

import pytest

from kydesk.domain.errors import KydeskError
from kydesk.store import migrations, open_db


def _make_at(path, version):
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, None, upto=version)
    if version >= 1:
        conn.execute("INSERT INTO unit (id, name, code) VALUES ('u1', '市发改委', 'FGW')")
        conn.execute("INSERT INTO task (id, title, lead_unit_id, due, due_text) "
                     "VALUES ('t1', '制定张华负责的产业链清单', 'u1', '2024-06-30', '6月底前')")
    conn.close()


@pytest.mark.parametrize("start", range(0, migrations.LATEST))
def test_upgrade_from_every_earlier_version(tmp_path, start):
    path = tmp_path / f"v{start}.db"
    _make_at(path, start)
    db = open_db(path)
    assert migrations.current_version(db.conn) == migrations.LATEST
    if start >= 1:
        row = db.conn.execute("SELECT title, due_text FROM task WHERE id = 't1'").fetchone()
        assert row == ("制定张华负责的产业链清单", "6月底前")
        # search built by the later migration finds the old row
        from kydesk.store.tasks import TaskFilter, query

        assert [t.id for t in query(db, TaskFilter(search="产业链清单"))] == ["t1"]
        assert [t.id for t in query(db, TaskFilter(search="张华"))] == ["t1"]
        assert list(tmp_path.glob("*.bak")), "the file is backed up before a migration touches it"
    db.close()


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 3}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(KydeskError, match="请升级"):
        open_db(path)
    assert path.read_bytes() == before


def test_every_syncable_table_has_the_sync_columns(db):
    from kydesk.store.schema import V1_TABLES

    for table in V1_TABLES:
        cols = {c.name for c in db[table].columns}
        assert {"id", "owner", "rev", "site_seq", "deleted", "site"} <= cols, table
