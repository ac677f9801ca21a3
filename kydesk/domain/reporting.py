"""The reporting cycle (when the member units' progress is due) and its periods.

A cycle is one of: 每月N日前 ("monthly:N", default N = 5), 每周X ("weekly:X", ISO weekday 1–7: the month's
report is due on the month's first such day), or 每次推进会前 ("meeting": the day before the month's first
推进会, the month's last day when none is planned).  A period is a month, "2026-12"; its due date falls in
that month (the issue's 催报 text: "尚未报送12月进展……请于12月8日前报送") and, when it is not a working day,
moves to the next working day.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kydesk.domain.errors import ValidationError

DEFAULT_CYCLE = "monthly:5"
WEEKDAYS = "一二三四五六日"
_PERIOD = re.compile(r"^\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*月?\s*$")


@dataclass(frozen=True)
class Period:
    year: int
    month: int

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def contains(self, d: date) -> bool:
        return (d.year, d.month) == (self.year, self.month)

    def previous(self) -> Period:
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year, self.month - 1)


def parse_period(text) -> Period:
    """"2026-12" (also 2026年12月, 2026/12) -> Period; anything else is a ValidationError naming the value."""
    m = _PERIOD.match(str(text or ""))
    if not m or not 1 <= int(m[2]) <= 12 or not 2000 <= int(m[1]) <= 2100:
        raise ValidationError(f"填报期“{text}”无效，请写成 YYYY-MM，如 2026-12", "period")
    return Period(int(m[1]), int(m[2]))


def period_of(d: date) -> Period:
    return Period(d.year, d.month)


def parse_cycle(text) -> str:
    """The stored form of a cycle from what a clerk types or picks: "每月5日前", "monthly:5", "每周五",
    "weekly:5", "每次推进会前", "meeting"."""
    s = re.sub(r"\s+", "", str(text or ""))
    m = re.fullmatch(r"(?:monthly:|每月)(\d{1,2})(?:日前|日|号前|号)?", s)
    if m:
        n = int(m[1])
        if not 1 <= n <= 28:
            raise ValidationError(f"每月报送日须在 1–28 日之间，收到 {n} 日", "report_cycle")
        return f"monthly:{n}"
    m = re.fullmatch(r"(?:weekly:([1-7])|每周([一二三四五六日天]))(?:前)?", s)
    if m:
        day = int(m[1]) if m[1] else WEEKDAYS.index(m[2].replace("天", "日")) + 1
        return f"weekly:{day}"
    if s in ("meeting", "每次推进会前", "推进会前"):
        return "meeting"
    raise ValidationError(f"报送周期“{text}”无效，可选：每月N日前、每周X、每次推进会前", "report_cycle")


def cycle_label(cycle: str) -> str:
    kind, _, arg = cycle.partition(":")
    if kind == "monthly":
        return f"每月{arg}日前"
    if kind == "weekly":
        return f"每周{WEEKDAYS[int(arg) - 1]}"
    return "每次推进会前"


def nominal_due(cycle: str, period: Period, meetings: Sequence[date] = ()) -> date:
    """The due date the cycle names for the period, before holidays are considered."""
    kind, _, arg = cycle.partition(":")
    if kind == "monthly":
        return date(period.year, period.month, min(int(arg), calendar.monthrange(period.year, period.month)[1]))
    if kind == "weekly":
        d = period.first
        return d + timedelta(days=(int(arg) - 1 - d.weekday()) % 7)
    held = sorted(m for m in meetings if period.contains(m))
    if held:
        return max(held[0] - timedelta(days=1), period.first)
    return period.last


def due_date(cycle: str, period: Period, is_workday: Callable[[date], bool], meetings: Sequence[date] = ()) -> date:
    """The period's due date: a holiday or weekend moves it to the next working day."""
    d = nominal_due(cycle, period, meetings)
    for _ in range(40):
        if is_workday(d):
            return d
        d += timedelta(days=1)
    return d


def status(received: date | None, due: date) -> str:
    """on_time | late | missing, by the date the report was received."""
    if received is None:
        return "missing"
    return "on_time" if received <= due else "late"
