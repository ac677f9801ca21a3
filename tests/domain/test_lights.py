from datetime import date, timedelta

import pytest

from kydesk.domain.lights import (
    begin_of,
    days_left,
    days_overdue,
    effective_due,
    explain_light,
    first_report_day,
    light_streak,
    schedule_share,
    task_light,
    task_share,
)
from kydesk.domain.models import Light, LightSettings, Task, TaskStatus

R, Y, G = Light.RED, Light.YELLOW, Light.GREEN
S0 = date(2024, 1, 1)
DUE100 = S0 + timedelta(days=100)          # a 100-day task: day k is k% of 序时进度


def task(**kw):
    kw.setdefault("status", TaskStatus.ACTIVE)
    return Task(id="t1", title="建设康养示范基地", **kw)


def day(k):
    return S0 + timedelta(days=k)


# ---------------------------------------------------------------- 序时进度

@pytest.mark.parametrize("start, due, today, share", [
    (S0, DUE100, day(50), 0.5),
    (S0, DUE100, day(0), 0.0),
    (S0, DUE100, day(-10), 0.0),            # before the start
    (S0, DUE100, day(150), 1.0),            # after the deadline
    (None, date(2024, 12, 31), date(2024, 1, 1), 0.0),
    (None, date(2024, 12, 31), date(2024, 12, 31), 1.0),
    (None, date(2025, 3, 31), date(2024, 12, 1), 0.0),   # start = Jan 1 of the due year, still ahead
    (date(2024, 6, 30), date(2024, 6, 30), date(2024, 6, 29), 0.0),
    (date(2024, 6, 30), date(2024, 6, 30), date(2024, 6, 30), 1.0),
    (date(2024, 7, 30), date(2024, 6, 30), date(2024, 6, 1), 0.0),   # start after due
    (date(2024, 7, 30), date(2024, 6, 30), date(2024, 7, 1), 1.0),
    (S0, None, day(10), 0.0),
])
def test_schedule_share(start, due, today, share):
    assert schedule_share(start, due, today) == pytest.approx(share)


def test_schedule_share_leap_year():
    # 2024 has 366 days: Jan 1 -> Dec 31 is 365 days of span; Jul 2 is day 183
    assert schedule_share(None, date(2024, 12, 31), date(2024, 7, 2)) == pytest.approx(183 / 365)


# ---------------------------------------------------------------- dated tasks

@pytest.mark.parametrize("k, percent, light", [
    (30, 0, G),      # 30 behind, but not yet past the first reporting date (January 31)
    (40, 20, G),     # exactly yellow_gap (20) behind: not "more than"
    (40, 19, Y),     # 21 behind
    (60, 10, Y),     # exactly red_gap (50) behind: yellow, not red
    (60, 9, R),      # 51 behind
    (50, 100, G),
    (92, 100, G),    # 8 days left: not yet within warn_days
    (93, 100, Y),    # 7 days left
    (100, 100, Y),   # due today, even at 100% (not yet 销号)
    (100, 60, Y),    # due today, 40 behind
    (100, 49, R),    # due today, 51 behind
    (101, 100, R),   # one day overdue
    (-5, 0, G),      # starts in the future
])
def test_dated_lights_default_settings(k, percent, light):
    t = task(start=S0, due=DUE100, percent=percent)
    assert task_light(t, day(k)) == light


@pytest.mark.parametrize("status", [TaskStatus.DONE, TaskStatus.CANCELLED, "done", "cancelled"])
def test_closed_tasks_are_not_lit(status):
    t = task(start=S0, due=DUE100, percent=0, status=status)
    assert task_light(t, day(200)) is None
    assert explain_light(t, day(200)) == ""
    assert days_overdue(t, day(200)) == 0
    assert days_left(t, day(200)) is None


def test_deleted_tasks_are_not_lit():
    assert task_light(task(due=DUE100, deleted=True), day(200)) is None


def test_pending_tasks_are_lit_like_active_ones():
    assert task_light(task(start=S0, due=DUE100, status=TaskStatus.PENDING), day(101)) == R
    assert task_light(task(start=S0, due=DUE100, status="pending"), day(10)) == G


def test_start_none_means_january_first_of_due_year():
    t = task(due=date(2024, 12, 31), percent=0)
    assert task_light(t, date(2024, 3, 15)) == Y      # 74/365 = 20.3 points behind
    assert task_light(t, date(2024, 7, 1)) == Y       # 182/365 = 49.9 behind
    assert task_light(t, date(2024, 7, 2)) == R       # 183/365 = 50.1 behind


def test_integer_comparison_has_no_float_noise():
    # 7/100*100 is 7.000000000000001 in floats; 7 points behind must not exceed a gap of 7
    settings = LightSettings(warn_days=7, yellow_gap=7, red_gap=50)
    assert task_light(task(start=S0, due=DUE100, percent=30), day(37), settings) == G
    assert task_light(task(start=S0, due=DUE100, percent=30), day(38), settings) == Y


def test_custom_settings():
    settings = LightSettings(warn_days=0, yellow_gap=10, red_gap=30)
    t = task(start=S0, due=DUE100, percent=100)
    assert task_light(t, day(99), settings) == G       # 1 day left, warn_days 0
    assert task_light(t, day(100), settings) == Y      # due today
    t = task(start=S0, due=DUE100, percent=40)
    assert task_light(t, day(51), settings) == Y       # 11 behind
    assert task_light(t, day(71), settings) == R       # 31 behind


def test_settings_default_is_used_when_none_given():
    t = task(start=S0, due=DUE100, percent=10)
    assert task_light(t, day(31), None) == task_light(t, day(31)) == Y


def test_start_equal_to_due():
    t = task(start=date(2024, 6, 30), due=date(2024, 6, 30), percent=0)
    assert task_light(t, date(2024, 6, 1)) == G
    assert task_light(t, date(2024, 6, 25)) == Y       # within warn_days
    assert task_light(t, date(2024, 6, 30)) == Y       # due today, too new to be judged behind
    assert task_light(t, date(2024, 7, 1)) == R        # overdue
    assert task_light(task(start=date(2024, 5, 1), due=date(2024, 6, 30), percent=40),
                      date(2024, 6, 30)) == R     # past its first report (May 31): 60 points behind on the day


def test_year_end_rollover():
    t = task(due=date(2024, 12, 31), percent=90)
    assert task_light(t, date(2024, 12, 31)) == Y
    assert task_light(t, date(2025, 1, 1)) == R
    assert days_overdue(t, date(2025, 1, 1)) == 1
    # due early next year, no start: its span starts on Jan 1 of the due year, so no gap yet
    t = task(due=date(2025, 1, 20), percent=50)
    assert task_light(t, date(2024, 12, 28)) == G
    assert task_light(t, date(2025, 1, 13)) == Y


def test_percent_none_counts_as_zero():
    t = task(start=S0, due=DUE100, percent=None)
    assert task_light(t, day(40)) == Y


# ---------------------------------------------------------------- where 序时进度 begins (issue 11)

def test_a_task_added_today_is_not_red():
    # “7月底前”, added on 7月15日, no 开始日期: it was 92% behind when counted from January 1
    t = task(due=date(2024, 7, 31), due_text="7月底前", assigned=date(2024, 7, 15))
    assert task_light(t, date(2024, 7, 15)) == G
    assert "首次报送前不计序时进度" in explain_light(t, date(2024, 7, 15))
    assert task_light(t, date(2024, 7, 24)) == Y                  # due in 7 days: the deadline still warns
    assert explain_light(t, date(2024, 7, 24)) == "距时限还有7天"
    assert task_light(t, date(2024, 8, 1)) == R                   # overdue is overdue


def test_schedule_runs_from_the_assigned_day_after_the_first_report():
    t = task(due=date(2024, 12, 31), assigned=date(2024, 7, 1))
    assert first_report_day(date(2024, 7, 1)) == date(2024, 7, 31)
    assert first_report_day(date(2024, 7, 20)) == date(2024, 8, 31)   # too close to July's month-end
    assert task_light(t, date(2024, 7, 31)) == G                  # 16% behind, but not yet reported once
    assert task_light(t, date(2024, 8, 20)) == Y                  # 50 of 183 days: 27 points behind
    assert task_share(t, date(2024, 8, 20)) == pytest.approx(50 / 183)
    assert task_light(task(due=date(2024, 12, 31)), date(2024, 8, 20)) == R   # nothing known: from January 1


def test_start_wins_over_assigned():
    t = task(due=date(2024, 12, 31), start=date(2024, 1, 1), assigned=date(2024, 7, 1))
    assert begin_of(t) == date(2024, 1, 1)
    assert task_light(t, date(2024, 8, 20)) == R


def test_recurring_and_ongoing_count_from_the_assigned_day():
    monthly_task = task(recurrence="monthly:5", due_text="每月5日前", assigned=date(2024, 5, 10))
    assert task_light(monthly_task, date(2024, 5, 15)) == G       # May 5 was before it was assigned
    ongoing = task(ongoing=True, due_text="长期坚持", assigned=date(2024, 3, 1))
    assert task_light(ongoing, date(2024, 5, 15)) == R            # 75 days without a report


# ---------------------------------------------------------------- ongoing tasks

TODAY = date(2024, 5, 15)


@pytest.mark.parametrize("report_age, light", [
    (0, G), (31, G), (32, Y), (62, Y), (63, R), (400, R), (-3, G),
])
def test_ongoing_lit_by_last_report(report_age, light):
    t = task(ongoing=True, due_text="长期坚持", start=date(2020, 1, 1))
    assert task_light(t, TODAY, last_report=TODAY - timedelta(days=report_age)) == light


def test_ongoing_without_report_or_start_is_green():
    assert task_light(task(ongoing=True), TODAY) == G


@pytest.mark.parametrize("start_age, light", [(10, G), (40, Y), (70, R), (-30, G)])
def test_ongoing_without_report_counts_from_start(start_age, light):
    assert task_light(task(ongoing=True, start=TODAY - timedelta(days=start_age)), TODAY) == light


def test_ongoing_flag_wins_over_a_stored_due():
    t = task(ongoing=True, due=date(2020, 1, 1))
    assert task_light(t, TODAY, last_report=TODAY) == G
    assert days_overdue(t, TODAY) == 0 and days_left(t, TODAY) is None


def test_task_without_deadline_is_treated_as_ongoing():
    assert task_light(task(), TODAY) == G
    assert task_light(task(), TODAY, last_report=TODAY - timedelta(days=40)) == Y


# ---------------------------------------------------------------- recurring tasks

def monthly(**kw):
    kw.setdefault("start", date(2024, 1, 1))
    return task(recurrence="monthly:5", due_text="每月5日前", **kw)


@pytest.mark.parametrize("today, last_report, light", [
    (date(2024, 5, 15), date(2024, 4, 20), G),   # April's report answered the May 5 occurrence
    (date(2024, 5, 15), date(2024, 5, 5), G),
    (date(2024, 5, 15), date(2024, 4, 5), R),    # that report answered April 5, nothing since
    (date(2024, 5, 15), None, R),
    (date(2024, 5, 15), date(2024, 5, 10), G),   # late, but reported
    (date(2024, 5, 28), date(2024, 5, 1), G),    # June 5 is 8 days away
    (date(2024, 5, 29), date(2024, 5, 1), Y),    # 7 days: within warn_days
    (date(2024, 5, 30), date(2024, 5, 1), Y),    # 6 days left, nothing since May 5
    (date(2024, 5, 30), date(2024, 5, 20), G),   # already reported for June
    (date(2024, 6, 5), date(2024, 5, 1), Y),     # due today
    (date(2024, 6, 5), date(2024, 6, 5), G),     # reported today
    (date(2024, 6, 6), date(2024, 5, 1), R),     # June 5 passed unreported
    (date(2025, 1, 3), date(2024, 11, 20), Y),   # year rollover: Dec 5 was answered, Jan 5 near
    (date(2025, 1, 3), date(2024, 12, 10), G),
    (date(2025, 1, 3), date(2024, 11, 5), R),
])
def test_recurring_monthly(today, last_report, light):
    assert task_light(monthly(), today, last_report=last_report) == light


def test_recurring_without_start_or_report_judges_only_the_next_occurrence():
    t = monthly(start=None)
    assert task_light(t, date(2024, 5, 15)) == G
    assert task_light(t, date(2024, 5, 30)) == Y
    assert task_light(t, date(2024, 5, 15), last_report=date(2024, 3, 1)) == R


@pytest.mark.parametrize("start, light", [
    (date(2024, 5, 10), G),   # began after the May 5 occurrence: it does not bind
    (date(2024, 5, 5), G),    # began on the day itself
    (date(2024, 5, 4), R),
])
def test_recurring_previous_occurrence_binds_only_after_start(start, light):
    assert task_light(monthly(start=start), date(2024, 5, 15)) == light


def test_recurring_ignores_the_stale_stored_due():
    t = monthly(due=date(2024, 1, 5))
    today = date(2024, 5, 15)
    assert effective_due(t, today) == date(2024, 6, 5)
    assert days_overdue(t, today) == 0
    assert days_left(t, today) == 21


def test_recurring_quarterly_and_done():
    t = task(recurrence="quarterly:end", start=date(2024, 1, 1))
    assert task_light(t, date(2024, 7, 10), last_report=date(2024, 6, 28)) == G
    assert task_light(t, date(2024, 7, 10), last_report=date(2024, 3, 31)) == R
    assert task_light(t, date(2024, 9, 25), last_report=date(2024, 6, 28)) == Y
    t.status = TaskStatus.DONE
    assert task_light(t, date(2024, 7, 10)) is None


def test_damaged_recurrence_falls_back_to_the_due_date():
    t = task(recurrence="monthly:99", start=S0, due=DUE100, percent=100)
    assert task_light(t, day(50)) == G
    assert task_light(t, day(101)) == R
    assert effective_due(t, day(50)) == DUE100


# ---------------------------------------------------------------- days, reasons, streaks

@pytest.mark.parametrize("today, overdue, left", [
    (day(90), 0, 10), (day(100), 0, 0), (day(101), 1, -1), (day(130), 30, -30),
])
def test_days_overdue_and_left(today, overdue, left):
    t = task(start=S0, due=DUE100)
    assert days_overdue(t, today) == overdue
    assert days_left(t, today) == left


def test_days_for_undated_tasks():
    assert days_overdue(task(), TODAY) == 0
    assert days_left(task(), TODAY) is None


@pytest.mark.parametrize("t, today, kw, text", [
    (task(start=S0, due=DUE100), day(103), {}, "已逾期3天"),
    (task(start=S0, due=DUE100, percent=100), day(100), {}, "今天到期"),
    (task(start=S0, due=DUE100, percent=100), day(95), {}, "距时限还有5天"),
    (task(start=S0, due=DUE100, percent=9), day(60), {}, "进度9%，落后序时进度60%达51个百分点"),
    (task(start=S0, due=DUE100, percent=50), day(50), {}, "按序时进度推进"),
    (task(ongoing=True), TODAY, {"last_report": TODAY - timedelta(days=70)}, "距上次报送进展70天（超过62天）"),
    (monthly(), date(2024, 5, 15), {}, "5月5日应报送的情况未报送"),
    (monthly(), date(2024, 5, 30), {"last_report": date(2024, 5, 1)}, "距6月5日报送时限还有6天"),
])
def test_explain_light(t, today, kw, text):
    assert explain_light(t, today, **kw) == text


@pytest.mark.parametrize("history, streak", [
    ([], 0),
    ([G], 0),
    ([Y], 1),
    ([R, Y], 2),
    ([Y, G], 0),
    ([Y, R, None], 0),       # done this month: the streak is broken
    ([G, Y, Y], 2),
    ([R, R, Y, R], 4),
    (["red", "yellow"], 2),
    (["yellow", "green", "red"], 1),
    (iter([Y, Y]), 2),
])
def test_light_streak(history, streak):
    assert light_streak(history) == streak
