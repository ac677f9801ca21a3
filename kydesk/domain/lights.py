"""亮灯督办: a task's traffic light against its deadline and its 序时进度 (share of its time passed).

序时进度 runs from the task's beginning: its 开始日期, else the day it was assigned (added, decided at a
meeting, or the 下达日期 of an imported ledger), and only for a task with neither January 1 of its due year.
Until its first reporting date (the first month-end at least FIRST_REPORT_DAYS after that beginning: the
first 月调度 it can be expected to answer) a task that is not yet due is not judged behind 序时进度.

Dated tasks: red when overdue or behind 序时进度 by more than `red_gap` points; yellow when due within
`warn_days` days or behind by more than `yellow_gap` points; green otherwise.  "More than" is strict: a
task exactly `yellow_gap` points behind stays green.

Ongoing tasks (长期坚持, or no deadline at all) are lit by how long ago their last progress report was:
more than 31 days -> yellow, more than 62 -> red (a missed month, two missed months).

Recurring tasks ("每月5日前") are lit per occurrence: red when the previous occurrence passed without a
report after the one before it; yellow when the next occurrence is within `warn_days` days and nothing has
been reported since the previous one.  The stored `due` of a recurring task is ignored (it only records the
next occurrence at the time of writing); the next occurrence is computed from `today`.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from kydesk.domain.errors import DeadlineError
from kydesk.domain.models import Light, LightSettings, Task, TaskStatus
from kydesk.domain.recurrence import next_occurrence, previous_occurrence

ONGOING_YELLOW_DAYS = 31
ONGOING_RED_DAYS = 62
_CLOSED = (TaskStatus.DONE, TaskStatus.CANCELLED)


FIRST_REPORT_DAYS = 14


def begin_of(task: Task) -> date | None:
    """Where the task's time starts: its 开始日期, else the day it was assigned (None: neither is known)."""
    return task.start or task.assigned


def first_report_day(begin: date) -> date:
    """The first month-end at least FIRST_REPORT_DAYS after `begin`: the first 月调度 a task can answer."""
    d = begin + timedelta(days=FIRST_REPORT_DAYS)
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _elapsed(start: date | None, due: date, today: date) -> tuple[int, int]:
    """(days passed, days in span), clamped; kept as integers so thresholds compare exactly."""
    start = start or date(due.year, 1, 1)
    if start >= due:
        return (1 if today >= due else 0), 1
    span = (due - start).days
    return min(max((today - start).days, 0), span), span


def schedule_share(start: date | None, due: date | None, today: date) -> float:
    """序时进度 in 0..1; start None means January 1 of the due year; no due (ongoing) gives 0.0."""
    if due is None:
        return 0.0
    passed, span = _elapsed(start, due, today)
    return passed / span


def task_share(task: Task, today: date) -> float:
    """序时进度 of a task: schedule_share from its beginning (begin_of) to its deadline."""
    return schedule_share(begin_of(task), task.due, today)


def _recurrence(task: Task) -> str | None:
    # A damaged recurrence string must not take the whole ledger down: the task is then lit as undated.
    if not task.recurrence:
        return None
    try:
        next_occurrence(task.recurrence, date(2000, 1, 1))
    except DeadlineError:
        return None
    return task.recurrence


def effective_due(task: Task, today: date) -> date | None:
    """The date the task is measured against today: the next occurrence for recurring tasks."""
    if rec := _recurrence(task):
        return next_occurrence(rec, today)
    if task.ongoing:
        return None
    return task.due


def _fmt(d: date) -> str:
    return f"{d.month}月{d.day}日"


def _ongoing(task: Task, today: date, last_report: date | None) -> tuple[Light, str]:
    # the latest report (or a later 开始日期) counts; the day it was assigned only while nothing is known
    known = [d for d in (last_report, task.start) if d] or [d for d in (task.assigned,) if d]
    if not known:
        return Light.GREEN, "长期任务，尚无进展报送记录"
    age = (today - max(known)).days
    what = "距上次报送进展" if last_report else "自开始以来未报送进展，已"
    if age > ONGOING_RED_DAYS:
        return Light.RED, f"{what}{age}天（超过{ONGOING_RED_DAYS}天）"
    if age > ONGOING_YELLOW_DAYS:
        return Light.YELLOW, f"{what}{age}天（超过{ONGOING_YELLOW_DAYS}天）"
    return Light.GREEN, "长期任务，按月报送进展"


def _recurring(task: Task, rec: str, today: date, settings: LightSettings,
               last_report: date | None) -> tuple[Light, str]:
    nxt = next_occurrence(rec, today)
    prev = previous_occurrence(rec, today)
    before_prev = previous_occurrence(rec, prev)
    # The previous occurrence binds once the task had begun before it; with neither a start nor any report
    # we cannot tell when the duty began (e.g. a freshly imported ledger), so only the next one is judged.
    begin = begin_of(task)
    binds = prev > begin if begin else last_report is not None
    # A report on the day of the earlier occurrence answered that occurrence, hence strictly after.
    if binds and (last_report is None or last_report <= before_prev):
        return Light.RED, f"{_fmt(prev)}应报送的情况未报送"
    left = (nxt - today).days
    if left <= settings.warn_days and (last_report is None or last_report <= prev):
        return Light.YELLOW, "今天到期，尚未报送" if left == 0 else f"距{_fmt(nxt)}报送时限还有{left}天"
    return Light.GREEN, f"下次报送时限{_fmt(nxt)}"


def _dated(task: Task, due: date, today: date, settings: LightSettings) -> tuple[Light, str]:
    if today > due:
        return Light.RED, f"已逾期{(today - due).days}天"
    begin = begin_of(task) or date(due.year, 1, 1)
    passed, span = _elapsed(begin, due, today)
    percent = task.percent or 0
    if today <= first_report_day(begin):
        # too new to be behind anything: only the deadline itself can warn
        left = (due - today).days
        if left <= settings.warn_days:
            return Light.YELLOW, "今天到期" if left == 0 else f"距时限还有{left}天"
        return Light.GREEN, f"新下达任务，首次报送前不计序时进度（{_fmt(first_report_day(begin))}起计）"
    behind = passed * 100 - percent * span          # points behind 序时进度, times span
    share = round(passed * 100 / span)
    gap_text = f"进度{percent}%，落后序时进度{share}%达{round(behind / span)}个百分点"
    if behind > settings.red_gap * span:
        return Light.RED, gap_text
    left = (due - today).days
    if left <= settings.warn_days:
        return Light.YELLOW, "今天到期" if left == 0 else f"距时限还有{left}天"
    if behind > settings.yellow_gap * span:
        return Light.YELLOW, gap_text
    return Light.GREEN, "按序时进度推进"


def _judge(task: Task, today: date, settings: LightSettings | None,
           last_report: date | None) -> tuple[Light | None, str]:
    settings = settings or LightSettings()
    if task.deleted or task.status in _CLOSED:
        return None, ""
    if rec := _recurrence(task):
        return _recurring(task, rec, today, settings, last_report)
    if task.ongoing or task.due is None:
        return _ongoing(task, today, last_report)
    return _dated(task, task.due, today, settings)


def task_light(task: Task, today: date, settings: LightSettings | None = None, *,
               last_report: date | None = None) -> Light | None:
    """The light of `task` on `today`; None when done, cancelled or deleted (not lit).

    `last_report` is the date of the task's latest progress report (used by ongoing and recurring tasks).
    """
    return _judge(task, today, settings, last_report)[0]


def explain_light(task: Task, today: date, settings: LightSettings | None = None, *,
                  last_report: date | None = None) -> str:
    """Why the task has its light, in Chinese, for tooltips and the 督办单 ("已逾期12天")."""
    return _judge(task, today, settings, last_report)[1]


def days_overdue(task: Task, today: date) -> int:
    """Days past the deadline; 0 when not overdue, closed, undated or recurring (judged per occurrence)."""
    if task.deleted or task.status in _CLOSED:
        return 0
    due = effective_due(task, today)
    return max(0, (today - due).days) if due else 0


def days_left(task: Task, today: date) -> int | None:
    """Days until the deadline (0 = today, negative = overdue); None when closed or undated."""
    if task.deleted or task.status in _CLOSED:
        return None
    due = effective_due(task, today)
    return None if due is None else (due - today).days


def light_streak(history: Iterable[Light | str | None]) -> int:
    """How many of the latest monthly lights (oldest first) are yellow or red in a row."""
    count = 0
    for light in reversed(list(history)):
        if light is None or Light(light) == Light.GREEN:
            break
        count += 1
    return count


# -- monthly history (亮灯记录 kept per month, for streaks and the year's reds) -----------------------

def month_of(d: date) -> str:
    """The history key of the month holding `d`: "2024-07"."""
    return f"{d.year:04d}-{d.month:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    """First and last day of a history month "YYYY-MM"."""
    year, mon = (int(part) for part in month.split("-"))
    first = date(year, mon, 1)
    nxt = date(year + (mon == 12), mon % 12 + 1, 1)
    return first, date.fromordinal(nxt.toordinal() - 1)


def months_until(year: int, last: str) -> list[str]:
    """The history keys from January of `year` up to and including `last` (empty when `last` is earlier)."""
    out = []
    for mon in range(1, 13):
        key = f"{year:04d}-{mon:02d}"
        if key > last:
            break
        out.append(key)
    return out


def repeated(history: Iterable[Light | str | None], light: Light = Light.YELLOW, times: int = 2) -> bool:
    """True when the latest `times` monthly lights are all lit at `light` or worse (yellow counts red too).

    "两个月连续黄灯": a task yellow in June and July, or yellow then red, is a repeated warning.
    """
    worse = {Light.YELLOW: (Light.YELLOW, Light.RED), Light.RED: (Light.RED,), Light.GREEN: tuple(Light)}[light]
    tail = list(history)[-times:]
    return len(tail) == times and all(x is not None and Light(x) in worse for x in tail)
