"""Working-day arithmetic that keeps working in years the bundled calendar does not know yet.

Order of authority for a day: the user's 调休 workdays, then the user's holiday table, then the official
calendar (chinese_calendar, when it has data for that year), then plain Monday–Friday.  The user's tables
win because the clerk knows local arrangements (and corrections) that no bundled data has.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime, timedelta

try:  # the package is optional at run time: a frozen build without it still computes Monday–Friday
    import chinese_calendar as _cc
except ImportError:  # pragma: no cover - depends on the installation
    _cc = None

# Years for which chinese_calendar raised NotImplementedError: learnt at run time (never hard-coded),
# so a newer chinese_calendar with more years is picked up without a code change.
_uncovered_years: set[int] = set()


def _day(d: date) -> date:
    return d.date() if isinstance(d, datetime) else d


def _dates(values: Iterable[date] | None) -> frozenset[date]:
    return frozenset(_day(v) for v in (values or ()))


def _official(d: date) -> bool | None:
    """True/False from the official calendar, or None when it has no data for d's year."""
    if _cc is None or d.year in _uncovered_years:
        return None
    try:
        return bool(_cc.is_workday(d))
    except NotImplementedError:
        _uncovered_years.add(d.year)
        return None


def has_official_calendar(year: int) -> bool:
    """Whether statutory holidays and 调休 for `year` are built in (else the user's table is needed)."""
    return _official(date(year, 6, 1)) is not None


def _is_workday(d: date, holidays: frozenset[date], workdays: frozenset[date]) -> bool:
    if d in workdays:
        return True
    if d in holidays:
        return False
    official = _official(d)
    return d.weekday() < 5 if official is None else official


def is_workday(d: date, extra_holidays: Collection[date] = (), extra_workdays: Collection[date] = ()) -> bool:
    return _is_workday(_day(d), _dates(extra_holidays), _dates(extra_workdays))


def add_workdays(d: date, n: int, extra_holidays: Collection[date] = (),
                 extra_workdays: Collection[date] = ()) -> date:
    """The n-th working day after d (before d when n < 0); d itself is never counted, n == 0 gives d."""
    holidays, workdays = _dates(extra_holidays), _dates(extra_workdays)
    day, step, left = _day(d), (1 if n >= 0 else -1), abs(n)
    while left:
        day += timedelta(days=step)
        if _is_workday(day, holidays, workdays):
            left -= 1
    return day


def workdays_between(a: date, b: date, extra_holidays: Collection[date] = (),
                     extra_workdays: Collection[date] = ()) -> int:
    """Working days stepped onto walking from a to b: a excluded, b included; negative when b < a.

    So workdays_between(a, add_workdays(a, n)) == n for every n, and workdays_between(a, a) == 0.
    """
    holidays, workdays = _dates(extra_holidays), _dates(extra_workdays)
    a, b = _day(a), _day(b)
    if b >= a:
        lo, hi, sign = a + timedelta(days=1), b, 1          # (a, b]
    else:
        lo, hi, sign = b, a - timedelta(days=1), -1         # [b, a)
    count, day = 0, lo
    while day <= hi:
        count += _is_workday(day, holidays, workdays)
        day += timedelta(days=1)
    return sign * count


def fixed_holidays(year: int) -> list[tuple[date, str]]:
    """Solar-calendar statutory holidays of `year`, as a suggestion to pre-fill the user's holiday table.

    Lunar holidays (春节、清明、端午、中秋) and the yearly 调休 arrangement move every year and are
    published by the State Council each autumn: the user must enter them.  From 2025 on, 劳动节 has two
    days (全国年节及纪念日放假办法 as revised in November 2024).
    """
    days = [(date(year, 1, 1), "元旦"), (date(year, 5, 1), "劳动节")]
    if year >= 2025:
        days.append((date(year, 5, 2), "劳动节"))
    days += [(date(year, 10, d), "国庆节") for d in (1, 2, 3)]
    return days
