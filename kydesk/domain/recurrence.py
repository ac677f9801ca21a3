"""Recurring deadlines (每月5日前, 每季度末, 每年12月31日, 每周五 …): the phrases that name them, the rule
strings they are stored as ("monthly:5", "quarterly:end", "yearly:12-31", "weekly:5") and the dates they fall on."""
from __future__ import annotations

import calendar
import re
from datetime import date

from kydesk.domain.errors import DeadlineError

RECURRING = (  # the phrases a clerk writes for a recurring deadline -> recurrence rule
    (re.compile(r"^每个?月(\d{1,2})日?$"), lambda m: f"monthly:{int(m[1])}"),
    (re.compile(r"^每个?月(底|末)?$"), lambda m: "monthly:end"),
    (re.compile(r"^每个?季度?(?:首月|第1个月|初)?(\d{1,2})日$"), lambda m: f"quarterly:{int(m[1])}"),
    (re.compile(r"^每个?季度?(底|末)?$"), lambda m: "quarterly:end"),
    (re.compile(r"^每半年(底|末)?$"), lambda m: "halfyearly:end"),
    (re.compile(r"^每年(\d{1,2})月(\d{1,2})日$"), lambda m: f"yearly:{int(m[1]):02d}-{int(m[2]):02d}"),
    (re.compile(r"^每年(\d{1,2})月(底|末)?$"), lambda m: f"yearly:{int(m[1]):02d}-end"),
    (re.compile(r"^每年(底|末)?$"), lambda m: "yearly:12-31"),
    (re.compile(r"^每周([1-7])$"), lambda m: f"weekly:{m[1]}"),
    (re.compile(r"^每周[日天]$"), lambda m: "weekly:7"),
    (re.compile(r"^每周(末)?$"), lambda m: "weekly:5" if not m[1] else "weekly:7"),
)


def _valid_month_day(arg: str) -> bool:
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2}|end)", arg)
    if not m or not 1 <= int(m[1]) <= 12:
        return False
    return m[2] == "end" or 1 <= int(m[2]) <= calendar.monthrange(2000, int(m[1]))[1]  # 2000: leap


def parse_recurrence(rec: str) -> tuple[str, str]:
    kind, _, arg = (rec or "").partition(":")
    ok = {
        "monthly": arg == "end" or (arg.isdigit() and 1 <= int(arg) <= 31),
        "quarterly": arg == "end" or (arg.isdigit() and 1 <= int(arg) <= 31),
        "halfyearly": arg == "end",
        "weekly": arg.isdigit() and 1 <= int(arg) <= 7,
        "yearly": _valid_month_day(arg),
    }.get(kind, False)
    if not ok:
        raise DeadlineError(f"无法识别的周期“{rec}”")
    return kind, arg


def _clamped(y: int, m: int, day: str) -> date:
    # 每月31日 in a 30-day month (or 2-29 in a common year) falls on that month's last day.
    last = calendar.monthrange(y, m)[1]
    return date(y, m, last if day == "end" else min(int(day), last))


def _period(kind: str, d: date) -> int:
    return {"monthly": d.year * 12 + d.month - 1, "quarterly": d.year * 4 + (d.month - 1) // 3,
            "halfyearly": d.year * 2 + (d.month > 6), "yearly": d.year,
            "weekly": (d.toordinal() - 1) // 7}[kind]


def _occurrence(kind: str, arg: str, i: int) -> date:
    """The occurrence inside period i; every occurrence lies in its own period, so they are ordered."""
    if kind == "monthly":
        return _clamped(i // 12, i % 12 + 1, arg)
    if kind == "quarterly":
        y, q = divmod(i, 4)
        return _clamped(y, q * 3 + 3, "end") if arg == "end" else _clamped(y, q * 3 + 1, arg)
    if kind == "halfyearly":
        return _clamped(i // 2, 6 if i % 2 == 0 else 12, "end")
    if kind == "yearly":
        m, d = arg.split("-")
        return _clamped(i, int(m), d)
    return date.fromordinal(i * 7 + int(arg))     # ordinal 1 (0001-01-01) is a Monday


def next_occurrence(recurrence: str, on_or_after: date) -> date:
    """First date of the recurrence on or after `on_or_after`."""
    kind, arg = parse_recurrence(recurrence)
    i = _period(kind, on_or_after)
    occ = _occurrence(kind, arg, i)
    return occ if occ >= on_or_after else _occurrence(kind, arg, i + 1)


def previous_occurrence(recurrence: str, before: date) -> date:
    """Last date of the recurrence strictly before `before`."""
    kind, arg = parse_recurrence(recurrence)
    i = _period(kind, before)
    occ = _occurrence(kind, arg, i)
    return occ if occ < before else _occurrence(kind, arg, i - 1)
