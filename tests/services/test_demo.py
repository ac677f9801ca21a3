"""The embedded demo database: a realistic city 专班 whose lights show all three colours on any day."""
import json
from collections import Counter
from datetime import date, timedelta

import pytest

from kydesk.cli import main
from kydesk.domain.indicators import parse_target
from kydesk.domain.models import AttendanceRole
from kydesk.services import meetings, tasks
from kydesk.services.demo import meeting_days, phrase_for
from kydesk.services.setup import init_site
from tests.conftest import TODAY

MEETING_SECTION = "议定事项"


def make_demo(path, today):
    return init_site(path, unit_code="611000", unit_name="商洛市康养之都建设工作专班", level="city", demo=True,
                     today=today)


@pytest.fixture
def demo(tmp_path):
    db = make_demo(tmp_path / "demo.db", TODAY)
    yield db
    db.close()


def test_ledger_has_sixty_tasks_in_sections_with_all_fields(demo):
    found = tasks.list_tasks(demo, today=TODAY)
    assert len(found) >= 55
    sections = Counter(t.section for t, _ in found if MEETING_SECTION not in t.section)
    assert len(sections) >= 4 and all(n >= 4 for n in sections.values())
    assert "一、规划提升工作" in sections
    assert sum(sections.values()) >= 55
    for t, _ in found:
        assert t.title and t.lead_unit, t
    assert sum(bool(t.partner_units) for t, _ in found) >= 30
    assert all(t.leader and t.person for t, _ in found if MEETING_SECTION not in t.section)
    assert sum(t.key for t, _ in found) >= 8
    phrases = {t.due_text for t, _ in found}
    for phrase in ("第三季度", "年底前", "长期坚持", "每月5日前", "7月底前", "11月中旬"):
        assert phrase in phrases
    ongoing = [t for t, _ in found if t.due_text == "长期坚持"]
    assert ongoing and all(t.ongoing and t.due is None for t in ongoing)
    monthly = next(t for t, _ in found if t.due_text == "每月5日前")
    assert monthly.recurrence == "monthly:5"
    assert demo.meta("year") == str(TODAY.year)


@pytest.mark.parametrize("today", [TODAY, date(2025, 1, 2), date(2025, 3, 31), date(2025, 10, 8),
                                   date(2026, 12, 29)])
def test_all_three_lights_and_done_tasks_on_any_day(tmp_path, today):
    db = make_demo(tmp_path / "d.db", today)
    try:
        found = tasks.list_tasks(db, today=today)
        lit = Counter(light.value if light else "done" for _, light in found)
        assert lit["red"] >= 3 and lit["yellow"] >= 3 and lit["green"] >= 10 and lit["done"] >= 4, lit
        statuses = Counter(t.status.value for t, _ in found)
        assert statuses["active"] >= 20
        # every date lives in the ledger year or close to today, none is absurd
        for t, _ in found:
            if t.due and not t.recurrence:
                assert abs((t.due - today).days) <= 370, t
    finally:
        db.close()


def test_most_tasks_are_green_mid_year(demo):
    lit = Counter(light.value if light else "done" for _, light in tasks.list_tasks(demo, today=TODAY))
    assert lit["green"] > lit["yellow"] + lit["red"]


def test_progress_history_is_dated_before_today_and_oldest_first(demo):
    found = tasks.list_tasks(demo, today=TODAY)
    total = 0
    for t, _ in found:
        history = tasks.task_progress(demo, t.id)
        total += len(history)
        assert [p.date for p in history] == sorted(p.date for p in history)
        assert all(p.date <= TODAY for p in history)
        assert all(p.unit for p in history)
    assert total >= 60
    detail = tasks.task_detail(demo, next(t.id for t, _ in found if t.title == "推进市博物馆项目建设"), TODAY)
    assert len(detail["progress"]) == 2 and detail["progress"][0]["unit"] == "市文旅局"
    done = [t for t, _ in found if t.status.value == "done"]
    assert done and all(t.percent == 100 and t.done_date and t.done_date <= TODAY for t in done)


def test_three_fortnightly_meetings_before_today_with_attendance_and_decisions(demo):
    listed = sorted(meetings.list_meetings(demo), key=lambda m: m.date)
    assert len(listed) == 3
    days = [m.date for m in listed]
    assert days == meeting_days(TODAY, 3)
    assert all(d < TODAY and d.weekday() < 5 for d in days)
    assert [b - a for a, b in zip(days, days[1:])] == [timedelta(days=14)] * 2
    assert [m.number for m in listed] == sorted({m.number for m in listed})
    made_tasks = 0
    for m in listed:
        full = meetings.get_meeting(demo, m.id)
        assert full.kind == "推进会" and full.chair == "王建军" and full.recorder and full.place
        roles = Counter(a.role for a in full.attendance)
        assert roles[AttendanceRole.PRESENT] >= 8 and roles[AttendanceRole.OBSERVER] >= 1
        assert roles[AttendanceRole.LEAVE] >= 1
        assert all(a.reason for a in full.by_role(AttendanceRole.LEAVE))
        assert len(full.agenda) >= 3 and len(full.entries) >= 5
        assert all(e.agenda_id in {a.id for a in full.agenda} for e in full.entries)
        assert len(full.decisions) >= 3
        made_tasks += sum(1 for d in full.decisions if d.task_id)
        for d in full.decisions:
            if d.task_id:
                task = tasks.get_task(demo, d.task_id)
                assert task.source_meeting_id == m.id and task.title == d.text
    assert made_tasks >= 4
    last = meetings.get_meeting(demo, listed[-1].id)
    assert last.summary.count("\n\n") >= 5 and "一、" in last.summary and "{" not in last.summary
    assert f"第{last.number}期" in last.summary
    assert last.issuer and last.distribution
    assert not any(meetings.get_meeting(demo, m.id).summary for m in listed[:-1])


def test_people_units_problems_and_indicators(demo):
    names = {r[0] for r in demo.conn.execute("SELECT name FROM person")}
    assert any(len(n) == 2 for n in names) and any(len(n) == 3 for n in names)
    assert {r[0] for r in demo.conn.execute("SELECT title FROM person WHERE title = '副市长'")}
    unit_rows = demo.conn.execute("SELECT name, code, level FROM unit").fetchall()
    assert len(unit_rows) >= 20
    counties = {n for n, code, level in unit_rows if level == "county" and code}
    assert {"商州区", "洛南县", "丹凤县", "商南县", "山阳县", "镇安县", "柞水县"} <= counties
    problems = demo.conn.execute("SELECT text, measure, due, unit_id, task_id, status FROM problem").fetchall()
    assert len(problems) >= 4 and all(p[1] and p[3] for p in problems)
    assert any(p[4] for p in problems) and {"open", "fixed"} <= {p[5] for p in problems}
    indicators = demo.conn.execute("SELECT id, target FROM indicator").fetchall()
    targets = {t for _, t in indicators}
    assert {"≤11", "≥25", "<22"} <= targets
    for _, target in indicators:
        parse_target(target)
    readings = demo.conn.execute("SELECT period, value FROM indicator_reading").fetchall()
    assert len(readings) >= 20 and all(v is not None for _, v in readings)


def test_demo_is_deterministic_for_a_given_day(tmp_path):
    a, b = make_demo(tmp_path / "a.db", TODAY), make_demo(tmp_path / "b.db", TODAY)
    try:
        def shape(db):
            return sorted((t.section, t.title, t.due, t.percent, t.status.value)
                          for t, _ in tasks.list_tasks(db, today=TODAY))
        assert shape(a) == shape(b)
    finally:
        a.close()
        b.close()


def test_phrase_for_writes_month_ends_and_other_years():
    assert phrase_for(date(2024, 7, 31), 2024) == "7月底前"
    assert phrase_for(date(2024, 2, 29), 2024) == "2月底前"
    assert phrase_for(date(2024, 7, 12), 2024) == "7月12日前"
    assert phrase_for(date(2025, 1, 10), 2024) == "2025年1月10日前"


def test_cli_task_list_json_on_the_demo(demo, capsys):
    path = demo.path
    demo.close()
    code = main(["--db", str(path), "task", "list", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) >= 55                     # the field list itself: tests/cli/test_cli_e2e.py TASK_FIELDS
    assert any(r["partner_units"] for r in rows)
    assert {r["light"] for r in rows} >= {None}
    code = main(["--db", str(path), "meeting", "list", "--json"])
    out, _ = capsys.readouterr()
    assert code == 0 and len(json.loads(out)) == 3
