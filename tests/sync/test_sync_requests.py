"""延期申请 services: what each side lists, what granting does at the city (deadline moved, old one kept in the
history), what may not be answered, and the 'not heard from for N weeks' setting."""
from datetime import date, datetime, timedelta

import pytest

from kydesk.domain.errors import KydeskError, NotFound, ValidationError
from kydesk.services import ledger, settings, tasks
from kydesk.services import sync as sync_services
from kydesk.store import sync_store


@pytest.fixture
def asked(world):
    """The city assigned a task to county a; a asked to move its deadline; the city has the request."""
    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="建设康养小镇", due="2024年9月30日前", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    rid = tasks.postpone(a.db, tid, due="2024年12月31日前", reason="用地审批延迟").id
    kit.receive(city, kit.send(a, city))
    return kit, city, a, b, tid, rid


def test_the_city_lists_the_countys_request_but_not_its_own_postponements(asked):
    kit, city, a, b, tid, rid = asked
    own = tasks.add_task(city.db, title="市里自己的任务", due="2024-08-31").id
    tasks.postpone(city.db, own, due="2024-10-31", reason="市里自己调整")        # the owner moves it: no request
    [r] = sync_services.extension_requests(city.db)
    assert r["id"] == rid and r["task_id"] == tid and r["task_title"] == "建设康养小镇"
    assert (r["unit"], r["unit_code"]) == ("商州区康养专班", a.code)
    assert (r["old_due"], r["old_due_text"]) == ("2024-09-30", "2024年9月30日前")
    assert (r["new_due"], r["new_due_text"]) == ("2024-12-31", "2024年12月31日前")
    assert r["state"] == "pending" and r["state_text"] == "待批复" and r["can_answer"] and not r["mine"]
    assert sync_services.waiting_answers(city.db) == 1
    [mine] = sync_services.extension_requests(a.db)
    assert mine["id"] == rid and mine["mine"] and not mine["can_answer"] and mine["state"] == "pending"
    assert sync_services.waiting_answers(a.db) == 0
    assert sync_services.extension_requests(b.db) == []


def test_granting_moves_the_deadline_and_keeps_the_old_one_in_the_history(asked):
    kit, city, a, b, tid, rid = asked
    rev = tasks.get_task(city.db, tid)
    done = sync_services.answer_extension(city.db, rid[:8], grant=True, answer="同意，请抓紧")
    assert {"task", "extension_request"} <= done.tables and "已同意" in done.message
    task = tasks.get_task(city.db, tid)
    assert task.due == date(2024, 12, 31) and task.due_text == "2024年12月31日前" and not task.ongoing
    assert task.status == rev.status and task.title == rev.title
    trail = ledger.audit_trail(city.db, tid)
    assert any("2024年9月30日前 → 2024年12月31日前" in e.detail for e in trail), [e.detail for e in trail]
    req = sync_store.rows_by_ids(city.db, "extension_request", [rid])[rid]
    assert req["old_due"] == "2024-09-30" and req["owner"] == a.code, "the county's request is left as it came"
    [r] = sync_services.extension_requests(city.db)                 # the answer row is no second request
    assert (r["state"], r["answer"], r["can_answer"]) == ("granted", "同意，请抓紧", False)
    assert sync_services.waiting_answers(city.db) == 0
    with pytest.raises(KydeskError, match="已经批复"):
        sync_services.answer_extension(city.db, rid, grant=False)


def test_the_county_reads_the_answer_after_the_next_exchange(asked):
    kit, city, a, b, tid, rid = asked
    sync_services.answer_extension(city.db, rid, grant=False, answer="请按期完成")
    assert tasks.get_task(city.db, tid).due == date(2024, 9, 30)
    assert sync_services.extension_requests(a.db)[0]["state"] == "pending"
    kit.receive(a, kit.send(city, a))
    [mine] = sync_services.extension_requests(a.db)
    assert (mine["state"], mine["state_text"], mine["answer"]) == ("refused", "未同意", "请按期完成")
    assert tasks.get_task(a.db, tid).due == date(2024, 9, 30)
    kit.receive(city, kit.send(a, city))                                 # the mirrored verdict goes back up
    [r] = sync_services.extension_requests(city.db)
    assert r["state"] == "refused"


def test_what_may_not_be_answered(asked):
    kit, city, a, b, tid, rid = asked
    with pytest.raises(NotFound, match="找不到延期申请"):
        sync_services.answer_extension(city.db, "no-such-request", grant=True)
    with pytest.raises(KydeskError, match="只有它能批复"):
        sync_services.answer_extension(a.db, rid, grant=True)           # the county cannot answer itself
    own = tasks.add_task(city.db, title="市里自己的任务", due="2024-08-31").id
    adjust = tasks.postpone(city.db, own, due="2024-10-31", reason="市里自己调整").id
    with pytest.raises(KydeskError, match="无需批复"):
        sync_services.answer_extension(city.db, adjust, grant=True)
    aid = sync_services.answer_extension(city.db, rid, grant=True).id
    with pytest.raises(KydeskError, match="无需批复"):
        sync_services.answer_extension(city.db, aid, grant=True)       # an answer is not a request


def test_an_undone_answer_reads_pending_and_may_be_given_again(asked):
    kit, city, a, b, tid, rid = asked
    before = ledger.task_state(city.db, tid)
    done = sync_services.answer_extension(city.db, rid, grant=True)
    ledger.restore_state(city.db, tid, before, created=[("extension_request", done.id)], created_deleted=True,
                         expect=ledger.task_state(city.db, tid))
    assert tasks.get_task(city.db, tid).due == date(2024, 9, 30)
    [r] = sync_services.extension_requests(city.db)
    assert r["state"] == "pending" and r["can_answer"]
    sync_services.answer_extension(city.db, rid, grant=False, answer="再议")
    assert sync_services.extension_requests(city.db)[0]["state"] == "refused"
    kit.receive(a, kit.send(city, a))
    assert sync_services.extension_requests(a.db)[0]["answer"] == "再议"


def test_granting_an_ongoing_phrase_and_refusing_on_a_deleted_task(world):
    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="常态化巡查", due="2024-09-30", lead_unit=a.code).id
    gone = tasks.add_task(city.db, title="取消的任务", due="2024-09-30", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    r1 = tasks.postpone(a.db, tid, due="长期坚持", reason="常态化工作").id
    r2 = tasks.postpone(a.db, gone, due="2024-12-31", reason="来不及").id
    kit.receive(city, kit.send(a, city))
    sync_services.answer_extension(city.db, r1, grant=True)
    task = tasks.get_task(city.db, tid)
    assert task.due is None and task.ongoing and task.due_text == "长期坚持"
    tasks.delete_task(city.db, gone)
    with pytest.raises(KydeskError, match="已删除"):
        sync_services.answer_extension(city.db, r2, grant=True)
    sync_services.answer_extension(city.db, r2, grant=False, answer="任务已取消")
    assert {r["id"]: r["state"] for r in sync_services.extension_requests(city.db)} == {r1: "granted",
                                                                                        r2: "refused"}


def test_quiet_weeks_setting_is_checked_and_used(world):
    kit, city, a, b = world
    assert sync_services.quiet_weeks(city.db) == 4
    for bad in ("0", "53", "两周", ""):
        with pytest.raises(ValidationError, match="1–52|整数"):
            settings.save_settings(city.db, sync_quiet_weeks=bad)
    assert city.db.meta("sync_quiet_weeks") is None
    kit.receive(city, kit.send(a, city))
    heard = datetime.now()
    in_three_weeks = (heard + timedelta(weeks=3, days=1)).date()
    flags = {p["unit_code"]: p["quiet"] for p in sync_services.peers(city.db, today=in_three_weeks)}
    assert flags == {a.code: False, b.code: False}, "b never sent anything, but was trusted only 3 weeks ago"
    settings.save_settings(city.db, sync_quiet_weeks=" 2 ")
    assert sync_services.quiet_weeks(city.db) == 2
    flags = {p["unit_code"]: p["quiet"] for p in sync_services.peers(city.db, today=in_three_weeks)}
    assert flags == {a.code: True, b.code: True}
