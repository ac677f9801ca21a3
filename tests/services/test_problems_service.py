"""问题清单: listed by hand or from a meeting's decided item, reported on, rectified, struck off; listed with
lights and filters; counted in the 通报's 存在问题."""
from datetime import date

import pytest

from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.services import meetings, problems

TODAY = date(2024, 7, 15)


def _add(db, **kw):
    values = {"text": "景区厕所、停车场不足", "unit": "市文旅局", "partners": "市住建局、市交通运输局",
              "measures": "新建改建旅游厕所30座", "due": "7月底前", "source": "群众反映", "today": TODAY}
    values.update(kw)
    return problems.add_problem(db, **values).id


def test_a_problem_keeps_its_phrase_units_and_source(db):
    pid = _add(db)
    [(p, lit)] = problems.list_problems(db, today=TODAY)
    data = problems.problem_json(p, lit)
    assert data["id"] == pid
    assert (data["text"], data["source"], data["lead_unit"], data["partner_units"]) == (
        "景区厕所、停车场不足", "群众反映", "市文旅局", ["市住建局", "市交通运输局"])
    assert (data["due"], data["due_text"], data["status"], data["light"]) == ("2024-07-31", "7月底前", "open", "green")


def test_lights_and_filters(db):
    _add(db, text="甲", due="2024-07-10", unit="市文旅局")        # overdue: red
    _add(db, text="乙", due="2024-07-20", unit="市卫健委")        # due within 7 days: yellow
    _add(db, text="丙", due="年底前", unit="市卫健委", partners="市文旅局")
    lit = {p.text: (lt.value if lt else None) for p, lt in problems.list_problems(db, today=TODAY)}
    assert lit == {"甲": "red", "乙": "yellow", "丙": "green"}
    assert [p.text for p, _ in problems.list_problems(db, unit="市文旅局", today=TODAY)] == ["甲", "丙"]
    assert [p.text for p, _ in problems.list_problems(db, light="red", today=TODAY)] == ["甲"]


def test_rectified_then_struck_off_with_what_was_checked(db):
    pid = _add(db)
    problems.add_progress(db, pid, text="已改建18座", today=TODAY)
    problems.add_progress(db, pid, text="30座全部完工", fixed=True, today=TODAY)
    assert [p.text for p, _ in problems.list_problems(db, status="已整改", today=TODAY)] == ["景区厕所、停车场不足"]
    problems.close_problem(db, pid, note="现场核查30座厕所", on=date(2024, 7, 20))
    data = problems.problem_detail(db, pid, TODAY)
    assert (data["status"], data["status_text"], data["light"]) == ("closed", "已销号", None)
    assert (data["closed_date"], data["closing_note"]) == ("2024-07-20", "现场核查30座厕所")
    assert [r["text"] for r in data["progress"]] == ["已改建18座", "30座全部完工"]
    assert problems.list_problems(db, status="未销号", today=TODAY) == []
    with pytest.raises(KydeskError, match="已销号"):
        problems.add_progress(db, pid, text="再报", today=TODAY)
    problems.reopen_problem(db, pid)
    assert problems.get_problem(db, pid).status.value == "open"


def test_bad_input_changes_nothing(db):
    with pytest.raises(ValidationError, match="问题内容不能为空"):
        _add(db, text="  ")
    with pytest.raises(KydeskError, match="时限"):
        _add(db, due="尽快")
    with pytest.raises(ValidationError, match="责任单位"):
        _add(db, unit="")
    assert problems.list_problems(db, today=TODAY) == []
    assert db.conn.execute("SELECT count(*) FROM unit WHERE name = '市住建局'").fetchone()[0] == 0


def test_found_at_a_meeting_and_recorded_from_its_decided_item(db):
    mid = meetings.add_meeting(db, title="第十二次推进会", date_=date(2024, 7, 10)).id
    pid = _add(db, meeting=mid, source="")
    assert problems.get_problem(db, pid).source == "推进会"
    did = meetings.decide(db, mid, text="协调解决高铁康养新城征地拆迁问题", lead_unit="商州区", due="8月底前").id
    made = problems.problem_from_decision(db, did, today=TODAY)
    p = problems.get_problem(db, made.id)
    assert (p.text, p.lead_unit, p.due_text, p.meeting_id, p.decision_id) == (
        "协调解决高铁康养新城征地拆迁问题", "商州区", "8月底前", mid, did)
    assert problems.decision_problems(db, mid) == {did: made.id}
    with pytest.raises(KydeskError, match="已记为问题"):
        problems.problem_from_decision(db, did, today=TODAY)


def test_the_bulletin_counts_the_problem_list_and_names_the_lagging(db):
    from kydesk.services.reports import bulletin_data

    late = _add(db, text="用地指标不足", unit="市自然资源局", due="2024-06-20", today=date(2024, 5, 1))
    done = _add(db, text="统计口径不一", unit="市统计局", due="2024-06-30", today=date(2024, 5, 1))
    problems.close_problem(db, done, note="已印发标准", on=date(2024, 6, 25))
    _add(db, text="七月才发现的问题", today=date(2024, 7, 10))          # listed after the quarter: not counted
    data = bulletin_data(db, "2024Q2", today=TODAY)
    assert data.rectification == {"total": 2, "open": 1, "fixed": 0, "closed": 1}
    assert data.rectification_items == [("市自然资源局", "用地指标不足", "已逾期10天")]
    assert late
