"""site_seq by triggers, rev by the owner, tombstones, audit: the columns sync builds on."""
import pytest

from kydesk.domain.errors import KydeskError
from kydesk.store import rows


def test_site_seq_is_set_by_triggers_on_any_write_path(db):
    start = db.site_seq
    tid = rows.insert(db, "task", {"title": "甲"})
    assert db.conn.execute("SELECT site_seq FROM task WHERE id=?", (tid,)).fetchone()[0] == start + 1
    # even a raw UPDATE that forgets about sync gets a new change number
    db.conn.execute("UPDATE task SET title = '乙' WHERE id = ?", (tid,))
    assert db.conn.execute("SELECT site_seq FROM task WHERE id=?", (tid,)).fetchone()[0] == start + 2
    assert db.site_seq == start + 2


def test_update_raises_rev_and_records_audit(db):
    tid = rows.insert(db, "task", {"title": "推进瀛湖5A级景区创建"})
    changed = rows.update(db, "task", tid, {"due": "2024-12-31", "due_text": "年底前"})
    assert changed == {"due": (None, "2024-12-31"), "due_text": ("", "年底前")}
    row = rows.get(db, "task", tid)
    assert row["rev"] == 2 and row["site"] == db.site_id and row["owner"] == "611002"
    audit = list(db.query("SELECT action, changes FROM audit WHERE row_id = ? ORDER BY seq", [tid]))
    assert [a["action"] for a in audit] == ["insert", "update"]
    assert "年底前" in audit[1]["changes"]
    assert rows.update(db, "task", tid, {"due": "2024-12-31"}) == {}, "no change, no new rev"
    assert rows.get(db, "task", tid)["rev"] == 2


def test_delete_is_a_tombstone_never_a_hard_delete(db):
    tid = rows.insert(db, "task", {"title": "甲"})
    with pytest.raises(Exception, match="只能标记删除"):
        db.conn.execute("DELETE FROM task WHERE id = ?", (tid,))
    rows.tombstone(db, "task", tid)
    assert db.conn.execute("SELECT deleted FROM task WHERE id = ?", (tid,)).fetchone()[0] == 1
    assert list(db.query("SELECT action FROM audit WHERE row_id = ? ORDER BY seq DESC LIMIT 1", [tid]))[0][
        "action"] == "delete"


def test_rows_owned_by_another_unit_cannot_be_changed_here(db):
    tid = rows.insert(db, "task", {"title": "市级任务"}, owner="6110")
    with pytest.raises(KydeskError, match="6110"):
        rows.update(db, "task", tid, {"title": "改"})


def test_each_install_has_site_and_instance_ids(db):
    assert len(db.site_id) == 36 and len(db.meta("db_instance_id")) == 36


def test_a_copied_database_becomes_a_new_instance(db_path, db, tmp_path):
    import shutil

    from kydesk.services.setup import open_site

    instance = db.meta("db_instance_id")
    db.close()
    same = open_site(db_path)
    assert same.meta("db_instance_id") == instance
    same.close()
    copy = tmp_path / "copy" / "kydesk.db"
    copy.parent.mkdir()
    shutil.copy2(db_path, copy)
    moved = open_site(copy)
    assert moved.meta("db_instance_id") != instance and moved.site_id
    moved.close()
