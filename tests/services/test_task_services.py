"""Task use cases as a clerk meets them: phrases kept beside dates, bad input refused in place."""
from datetime import date

import pytest

from kydesk.domain.errors import KydeskError, StatusError, ValidationError
from kydesk.domain.models import TaskStatus
from kydesk.services import tasks
from kydesk.services.tasks import TaskFilter
from kydesk.store import rows

TODAY = date(2024, 7, 15)


def add(db, **kw):
    kw.setdefault("title", "推进瀛湖5A级景区创建")
    return tasks.add_task(db, today=TODAY, **kw).id


def test_phrase_is_kept_beside_the_resolved_date(db):
    t = tasks.get_task(db, add(db, due="第三季度", lead_unit="市文旅局", partner_units="市财政局、市发改委"))
    assert (t.due, t.due_text) == (date(2024, 9, 30), "第三季度")
    assert t.start == date(2024, 7, 1), "a period phrase also says when the work starts"
    assert t.partner_units == ["市财政局", "市发改委"]


def test_ongoing_task_has_no_date(db):
    t = tasks.get_task(db, add(db, due="长期坚持"))
    assert t.ongoing and t.due is None


@pytest.mark.parametrize("kw, field", [
    ({"title": "   "}, "title"),
    ({"due": "2024年2月30日"}, "due"),
    ({"due": "2024-03-01", "start": "2024-05-01"}, "due"),
    ({"lead_unit": " \u3000 "}, "lead_unit"),
    ({"percent": 120}, "percent"),
])
def test_bad_input_names_the_field_and_stores_nothing(db, kw, field):
    before = db.site_seq
    with pytest.raises(ValidationError) as e:
        add(db, **kw)
    assert e.value.field == field
    assert db.site_seq == before, "nothing was written"


def test_progress_moves_own_task_and_done_reopen(db):
    tid = add(db, due="年底前")
    tasks.add_progress(db, tid, text="完成省级资源评价", percent=70, on=date(2024, 7, 1))
    t = tasks.get_task(db, tid)
    assert (t.status, t.percent, t.latest_progress) == (TaskStatus.ACTIVE, 70, "完成省级资源评价")
    tasks.mark_done(db, tid, on=date(2024, 7, 10))
    t = tasks.get_task(db, tid)
    assert (t.status, t.percent, t.done_date) == (TaskStatus.DONE, 100, date(2024, 7, 10))
    assert tasks.light_of(db, t, TODAY) is None, "done tasks are not lit"
    tasks.reopen(db, tid)
    assert tasks.get_task(db, tid).status == TaskStatus.ACTIVE


def test_postpone_own_task_keeps_old_deadline_in_history(db):
    tid = add(db, due="7月底前")
    tasks.postpone(db, tid, due="9月底前", reason="用地审批未完成", today=TODAY)
    t = tasks.get_task(db, tid)
    assert (t.due, t.due_text) == (date(2024, 9, 30), "9月底前")
    req = next(db.query("SELECT * FROM extension_request WHERE task_id = ?", [tid]))
    assert (req["old_due_text"], req["new_due_text"], req["state"]) == ("7月底前", "9月底前", "granted")
    with pytest.raises(ValidationError):
        tasks.postpone(db, tid, due="10月底前", reason=" ")


def test_city_task_at_a_county_is_read_only_and_postpone_becomes_a_request(db):
    tid = rows.insert(db, "task", {"title": "市级下达任务", "due": "2024-07-31", "due_text": "7月底前"}, owner="611000")
    with pytest.raises(KydeskError, match="611000"):
        tasks.update_task(db, tid, title="改名")
    done = tasks.postpone(db, tid, due="8月底前", reason="资金未到位", today=TODAY)
    assert "延期申请" in done.message
    assert tasks.get_task(db, tid).due == date(2024, 7, 31), "the city decides"
    # the county still reports progress on the city's task: it travels as the county's own row
    tasks.add_progress(db, tid, text="已完成选址", percent=40)
    assert tasks.get_task(db, tid).percent == 40


def test_status_rules_are_enforced(db):
    tid = add(db)
    tasks.update_task(db, tid, status="已取消")
    with pytest.raises(StatusError):
        tasks.update_task(db, tid, status="done")


def test_search_finds_any_substring_including_two_character_names(db):
    a = add(db, title="推进智慧旅游平台建设", person="张华", lead_unit="市大数据局")
    b = add(db, title="培育国家级旅游休闲街区", person="周敏", lead_unit="市文旅局", partner_units="商州区")
    tasks.add_progress(db, b, text="已向省厅报送申报材料", on=date(2024, 7, 1))
    found = lambda q: {t.id for t, _ in tasks.list_tasks(db, TaskFilter(search=q), today=TODAY)}  # noqa: E731
    assert found("张华") == {a}
    assert found("华") == {a}
    assert found("旅游") == {a, b}
    assert found("休闲街区") == {b}
    assert found("申报材料") == {b}, "progress text is searched too"
    assert found("大数据") == {a}, "unit names are searched"
    assert found("商州区") == {b}, "partner units count"
    assert found("不存在的词") == set()
