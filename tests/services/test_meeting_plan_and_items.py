"""Meeting services beyond add: 期号 and dates proposed, items edited, reordered, deleted and restored,
decided items keeping their tasks in step, the lock of a final 纪要."""
from datetime import date

import pytest

from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.domain.models import AttendanceRole
from kydesk.services import meeting_items as mi
from kydesk.services import meetings as ms
from kydesk.services import tasks as ts
from kydesk.store.tasks import TaskFilter

TODAY = date(2024, 7, 15)


def _meeting(db, day="2024-07-05", **kw):
    return ms.add_meeting(db, title=kw.pop("title", "推进会"), date_=day, **kw).id


def test_numbers_run_per_year_and_kind_and_the_next_date_is_two_weeks_on(db):
    assert ms.plan_defaults(db, today=TODAY).number == 1
    assert ms.plan_defaults(db, today=TODAY).date == TODAY          # no meeting yet: today
    first = _meeting(db, "2024-07-05", place="区政府三楼会议室", chair="王建国", time="15:00")
    d = ms.plan_defaults(db, today=TODAY)
    assert (d.number, d.date, d.place, d.chair, d.time) == (2, date(2024, 7, 19), "区政府三楼会议室", "王建国", "15:00")
    assert ms.get_meeting(db, first).number == 1
    assert ms.get_meeting(db, _meeting(db, "2024-07-19")).number == 2
    assert ms.get_meeting(db, _meeting(db, "2024-07-20", kind="专题会")).number == 1     # per kind
    assert ms.get_meeting(db, _meeting(db, "2025-01-10")).number == 1                   # per year
    with pytest.raises(ValidationError, match="第2期已经有了"):
        _meeting(db, "2024-08-02", number=2)
    assert len(ms.list_meetings(db)) == 4


def test_changing_the_date_into_another_year_renumbers_and_a_taken_number_is_refused(db):
    a = _meeting(db, "2024-07-05")
    b = _meeting(db, "2024-07-19")
    with pytest.raises(ValidationError, match="已经有了"):
        ms.update_meeting(db, b, number=1)
    ms.update_meeting(db, b, number=5, place="  会议室 ")
    m = ms.get_meeting(db, b)
    assert (m.number, m.place) == (5, "会议室")
    ms.update_meeting(db, a, date="2025-01-03", number=1)
    assert (ms.get_meeting(db, a).year, ms.get_meeting(db, a).number) == (2025, 1)


def test_attendance_is_edited_reordered_deleted_and_restored(db):
    mid = _meeting(db)
    a = ms.attend(db, mid, name="张华", unit="区发改局").id
    b = ms.attend(db, mid, name="李四", role="列席").id
    c = ms.attend(db, mid, name="王五", role="出席").id
    mi.update_attendance(db, c, role="请假", reason=" 出差 ", unit="区民政局", title="局长")
    m = ms.get_meeting(db, mid)
    leave = m.by_role(AttendanceRole.LEAVE)[0]
    assert (leave.name, leave.reason, leave.unit, leave.title) == ("王五", "出差", "区民政局", "局长")
    mi.move_item(db, "attendance", c, -2)
    assert [x.name for x in ms.get_meeting(db, mid).attendance] == ["王五", "张华", "李四"]
    done = mi.delete_item(db, "attendance", a)
    assert [x.name for x in ms.get_meeting(db, mid).attendance] == ["王五", "李四"]
    mi.restore_item(db, "attendance", a, done.extra)
    assert {x.name for x in ms.get_meeting(db, mid).attendance} == {"王五", "李四", "张华"}
    with pytest.raises(ValidationError):
        mi.update_attendance(db, b, name="  ")


def test_attendance_is_copied_from_the_previous_meeting_without_duplicates(db):
    first = _meeting(db, "2024-07-05")
    ms.attend(db, first, name="张华", unit="区发改局", title="局长")
    ms.attend(db, first, name="李四", role="列席")
    ms.attend(db, first, name="王五", role="请假", reason="出差")
    second = _meeting(db, "2024-07-19")
    ms.attend(db, second, name="张华")
    done = mi.copy_attendance(db, second, first)
    m = ms.get_meeting(db, second)
    assert [(a.name, a.role.value) for a in m.attendance] == [("张华", "出席"), ("李四", "列席"), ("王五", "出席")]
    assert "2 人" in done.message and m.attendance[2].reason == ""


def test_deleting_an_agenda_item_keeps_its_speeches_and_undo_puts_them_back(db):
    mid = _meeting(db)
    aid = ms.add_agenda(db, mid, title="项目建设").id
    eid = ms.add_entry(db, mid, speaker="张华", text="进展顺利", agenda_id=aid).id
    done = mi.delete_item(db, "agenda_item", aid)
    m = ms.get_meeting(db, mid)
    assert m.agenda == [] and m.entries[0].agenda_id is None and "1 条发言记录" in done.message
    mi.restore_item(db, "agenda_item", aid, done.extra)
    assert ms.get_meeting(db, mid).entries[0].agenda_id == aid
    mi.update_entry(db, eid, text="进展顺利，7月底前完工  ")
    assert ms.get_meeting(db, mid).entries[0].text == "进展顺利，7月底前完工"


def test_the_free_record_is_stored_as_typed(db):
    mid = _meeting(db)
    typed = "  会议于15:00开始。\r\n\r\n  王建国：请各单位汇报。\n"
    mi.set_record(db, mid, typed)
    assert ms.get_meeting(db, mid).record == typed.replace("\r\n", "\n")


def _task(db, task_id):
    return ts.get_task(db, task_id)


def test_editing_a_decided_item_updates_its_task_until_final(db):
    mid = _meeting(db, "2024-07-05")
    done = ms.decide(db, mid, text="完成项目清单", lead_unit="区发改局", due="7月底前", make_task=True)
    task_id = done.extra["task_id"]
    t = _task(db, task_id)
    assert (t.source_meeting_id, t.source_decision_id, t.due) == (mid, done.id, date(2024, 7, 31))
    result = mi.update_decision(db, done.id, text="完成项目清单并报送", lead_unit="区民政局",
                                partner_units="区财政局、区卫健局", due="8月底前")
    assert "task" in result.tables
    t = _task(db, task_id)
    assert (t.title, t.lead_unit, t.partner_units, t.due, t.due_text) == (
        "完成项目清单并报送", "区民政局", ["区财政局", "区卫健局"], date(2024, 8, 31), "8月底前")
    ms.finalize(db, mid, issued=TODAY)
    with pytest.raises(KydeskError, match="已定稿"):
        mi.update_decision(db, done.id, text="再改")
    assert _task(db, task_id).title == "完成项目清单并报送"


def test_a_bad_deadline_changes_nothing(db):
    mid = _meeting(db)
    done = ms.decide(db, mid, text="事项", due="7月底前", make_task=True)
    with pytest.raises(KydeskError):
        mi.update_decision(db, done.id, text="新文字", due="下辈子")
    assert ms.get_meeting(db, mid).decisions[0].text == "事项"
    assert _task(db, done.extra["task_id"]).title == "事项"


def test_the_task_switch_on_an_existing_decided_item(db):
    mid = _meeting(db)
    did = ms.decide(db, mid, text="制定评定办法", lead_unit="区民政局", partner_units="区卫健局", due="8月15日前").id
    on = mi.set_decision_task(db, did, True)
    task = _task(db, on.extra["task_id"])
    assert (task.title, task.lead_unit, task.partner_units, task.due, task.source_meeting_id) == (
        "制定评定办法", "区民政局", ["区卫健局"], date(2024, 8, 15), mid)
    assert "2024年第1期推进会" in task.section
    mi.set_decision_task(db, did, False)
    assert ms.get_meeting(db, mid).decisions[0].task_id is None
    assert ts.list_tasks(db, TaskFilter(ids=[task.id])) == []
    again = mi.set_decision_task(db, did, True).extra["task_id"]
    ts.add_progress(db, again, text="已起草", percent=30, on=TODAY)
    with pytest.raises(KydeskError, match="已有进展"):
        mi.set_decision_task(db, did, False)
    assert ms.get_meeting(db, mid).decisions[0].task_id == again


def test_deleting_a_decided_item_takes_its_fresh_task_and_undo_brings_both_back(db):
    mid = _meeting(db)
    done = ms.decide(db, mid, text="事项一", make_task=True)
    gone = mi.delete_item(db, "decision", done.id)
    assert ms.get_meeting(db, mid).decisions == [] and ts.list_tasks(db) == []
    mi.restore_item(db, "decision", done.id, gone.extra)
    assert ms.get_meeting(db, mid).decisions[0].task_id == done.extra["task_id"]
    assert [t.id for t, _ in ts.list_tasks(db)] == [done.extra["task_id"]]
    ts.add_progress(db, done.extra["task_id"], text="推进中", on=TODAY)
    kept = mi.delete_item(db, "decision", done.id)
    assert "仍保留" in kept.message and len(ts.list_tasks(db)) == 1


def test_decided_items_are_reordered(db):
    mid = _meeting(db)
    ids = [ms.decide(db, mid, text=f"事项{i}").id for i in range(1, 4)]
    mi.move_item(db, "decision", ids[2], -1)
    mi.move_item(db, "decision", ids[0], +5)
    assert [d.text for d in ms.get_meeting(db, mid).decisions] == ["事项3", "事项2", "事项1"]


def test_final_locks_every_item_and_a_correction_keeps_the_old_version(db):
    mid = _meeting(db)
    aid = ms.attend(db, mid, name="张华").id
    ms.set_summary(db, mid, "第一版正文")
    ms.finalize(db, mid, issued=TODAY)
    for call in (lambda: ms.attend(db, mid, name="李四"), lambda: mi.update_attendance(db, aid, name="张三"),
                 lambda: mi.delete_item(db, "attendance", aid), lambda: mi.set_record(db, mid, "x"),
                 lambda: ms.set_summary(db, mid, "改"), lambda: ms.delete_meeting(db, mid)):
        with pytest.raises(KydeskError, match="已定稿"):
            call()
    with pytest.raises(KydeskError, match="尚未定稿"):
        ms.reopen_for_correction(db, _meeting(db, "2024-07-19"))
    ms.reopen_for_correction(db, mid)
    ms.set_summary(db, mid, "第二版正文")
    ms.finalize(db, mid, issued=TODAY)
    from kydesk.services.meeting_summary import versions

    assert [(v.version, v.text, v.final) for v in versions(db, mid)] == [(1, "第一版正文", True),
                                                                          (2, "第二版正文", True)]
    assert ms.get_meeting(db, mid).summary_version == 2


def test_a_draft_meeting_is_deleted_and_restored_its_tasks_stay(db):
    mid = _meeting(db)
    ms.decide(db, mid, text="事项", make_task=True)
    ms.delete_meeting(db, mid)
    assert ms.list_meetings(db) == [] and len(ts.list_tasks(db)) == 1
    ms.restore_meeting(db, mid)
    assert [m.id for m in ms.list_meetings(db)] == [mid]


def test_pick_lists_offer_units_people_and_places(db):
    mid = _meeting(db, place="区政府三楼会议室")
    ms.attend(db, mid, name="张华", unit="区发改局", title="局长")
    picks = ms.pick_lists(db)
    assert "区发改局" in picks.units and ("张华", "区发改局", "局长") in picks.people
    assert picks.places == ["区政府三楼会议室"]
