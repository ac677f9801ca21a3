"""单位与人员: what uses a unit or person, merging a duplicate into the one kept, deleting what nothing uses;
请假 needs a reason (issue 11, item 5)."""
from datetime import date

import pytest

from kydesk.domain.errors import ValidationError
from kydesk.services import meeting_items as mi
from kydesk.services import meetings as ms
from kydesk.services import tasks as ts
from kydesk.services import unit_merge, units

DAY = date(2024, 7, 15)


@pytest.fixture
def book(db):
    t1 = ts.add_task(db, title="编制规划", lead_unit="市发改委", partner_units=["区民政局"], leader="王建军",
                     today=DAY).id
    t2 = ts.add_task(db, title="建设步道", lead_unit="区林业局", partner_units=["市发改委", "市发展和改革委员会"],
                     person="王建军", today=DAY).id
    mid = ms.add_meeting(db, title="推进会", date_="2024-07-05", chair="王建军").id
    ms.attend(db, mid, name="王建军", unit="市发改委")
    ms.decide(db, mid, text="加快规划", lead_unit="市发改委")
    units.add_person(db, name="王建军", unit="市发改委")
    units.add_person(db, name="王建国", unit="市发展和改革委员会")
    return {"t1": t1, "t2": t2, "mid": mid}


def test_usage_then_merge_moves_every_use(db, book):
    usage = unit_merge.unit_usage(db, "市发改委")
    assert usage.counts == {"牵头的任务": 1, "配合的任务": 1, "牵头的议定事项": 1, "参会登记": 1, "人员": 1}
    assert usage.text().startswith("“市发改委”用于：牵头的任务 1 项")
    done = unit_merge.merge_units(db, "市发改委", "市发展和改革委员会")
    assert "已将“市发改委”合并到“市发展和改革委员会”" in done.message
    assert ts.get_task(db, book["t1"]).lead_unit == "市发展和改革委员会"
    assert ts.get_task(db, book["t2"]).partner_units == ["市发展和改革委员会"]      # once, not twice
    m = ms.get_meeting(db, book["mid"])
    assert m.attendance[0].unit == "市发展和改革委员会" and m.decisions[0].lead_unit == "市发展和改革委员会"
    assert unit_merge.unit_usage(db, "市发展和改革委员会").total == 6      # its own partner use, and the five moved
    with pytest.raises(ValidationError, match="找不到单位"):
        unit_merge.unit_usage(db, "市发改委")


def test_the_own_unit_is_never_merged_away_or_deleted(db, book):
    with pytest.raises(ValidationError, match="是本单位"):
        unit_merge.delete_unit(db, "611002")
    with pytest.raises(ValidationError, match="是本单位"):
        unit_merge.merge_units(db, "商州区康养专班", "市发改委")


def test_delete_only_what_nothing_uses(db, book):
    with pytest.raises(ValidationError, match="不能删除"):
        unit_merge.delete_unit(db, "区林业局")
    units.add_unit(db, name="临时单位")
    assert unit_merge.unit_usage(db, "临时单位").total == 0
    unit_merge.delete_unit(db, "临时单位")
    assert "临时单位" not in [u.name for u in units.units.all_units(db)]


def test_merge_people_spares_final_meetings(db, book):
    other = ms.add_meeting(db, title="上次推进会", date_="2024-06-20", chair="王建国").id
    ms.attend(db, other, name="王建国")
    ms.finalize(db, other, today=DAY)
    assert unit_merge.person_usage(db, "王建国").counts == {"参会登记": 1, "会议主持人": 1}
    unit_merge.merge_people(db, "王建军", "王建国")
    assert ts.get_task(db, book["t1"]).leader == "王建国" and ts.get_task(db, book["t2"]).person == "王建国"
    assert ms.get_meeting(db, book["mid"]).chair == "王建国"
    assert [p.name for p, _ in units.list_people(db)] == ["王建国"]
    with pytest.raises(ValidationError, match="无需合并"):
        unit_merge.merge_people(db, "王建国", "王建国")


def test_leave_needs_a_reason(db):
    mid = ms.add_meeting(db, title="推进会", date_="2024-07-05").id
    with pytest.raises(ValidationError, match="请假事由"):
        ms.attend(db, mid, name="孙涛", role="请假")
    aid = ms.attend(db, mid, name="孙涛", role="出席").id
    with pytest.raises(ValidationError, match="请假事由"):
        mi.update_attendance(db, aid, role="请假")
    mi.update_attendance(db, aid, role="请假", reason="出差")
    assert ms.get_meeting(db, mid).attendance[0].reason == "出差"
