"""services.units: a unit row another unit owns (the city's row for a county, arrived by sync) cannot have
its code or level changed, nor be deleted or restored, here — exactly as it cannot be renamed; the message
names the owner and nothing is written."""
import pytest

from kydesk.domain.errors import ValidationError
from kydesk.services import units


def _theirs(db, name="商洛市民政局", code="611000-07"):
    uid = units.add_unit(db, name=name, code=code).id
    # as if the row had arrived in the city's package: owned by 611000, whose own unit row is known here
    units.add_unit(db, name="商洛市康养专班", code="611000", level="city")
    db.conn.execute("UPDATE unit SET owner = '611000' WHERE id = ?", (uid,))
    return uid


def _row(db, uid):
    return db.conn.execute("SELECT code, level, deleted, rev FROM unit WHERE id = ?", (uid,)).fetchone()


@pytest.mark.parametrize("change", [
    lambda db, uid: units.update_unit(db, uid, code="611000-99"),
    lambda db, uid: units.update_unit(db, uid, level="county"),
    lambda db, uid: units.set_unit_deleted(db, uid),
    lambda db, uid: units.set_unit_deleted(db, uid, False),
])
def test_a_unit_row_owned_elsewhere_is_not_changed(db, change):
    uid = _theirs(db)
    before = _row(db, uid)
    with pytest.raises(ValidationError) as e:
        change(db, uid)
    assert "商洛市康养专班（611000）" in str(e.value) and "负责维护" in str(e.value)
    assert _row(db, uid) == before


def test_our_own_unit_rows_still_change(db):
    uid = units.add_unit(db, name="商州区民政局").id
    assert units.update_unit(db, uid, code="611002-07").message == "已保存单位"
    assert units.set_unit_deleted(db, uid).message == "已删除单位"
    assert units.set_unit_deleted(db, uid, False).message == "已恢复单位"
