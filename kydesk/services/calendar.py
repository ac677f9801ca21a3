"""Working days with the user's own holiday table (needed for years the bundled calendar does not cover)."""
from __future__ import annotations

from datetime import date

from kydesk.domain import workdays
from kydesk.domain.errors import ValidationError
from kydesk.services import Changed, changed
from kydesk.store import holidays
from kydesk.store.db import Database


def _day(value) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(f"日期“{value}”无效，请写成 YYYY-MM-DD，如 2027-10-01", "day") from None


def tables(db: Database) -> tuple[set[date], set[date]]:
    days = holidays.all_days(db)
    return {d for d, w, _ in days if not w}, {d for d, w, _ in days if w}


def list_days(db: Database) -> list[tuple[date, bool, str]]:
    return holidays.all_days(db)


def set_day(db: Database, day, *, workday: bool = False, name: str = "") -> Changed:
    d = _day(day)
    with db.tx():
        holidays.put(db, d, workday, (name or "").strip())
    kind = "调休上班" if workday else "放假"
    return changed("holiday", message=f"已设置 {d.isoformat()} 为{kind}" + (f"（{name}）" if name else ""))


def remove_day(db: Database, day) -> Changed:
    d = _day(day)
    with db.tx():
        gone = holidays.remove(db, d)
    return changed("holiday", message=f"已删除 {d.isoformat()}") if gone else Changed()


def is_workday(db: Database, day) -> bool:
    off, on = tables(db)
    return workdays.is_workday(_day(day), off, on)


def add_workdays(db: Database, day, n: int) -> date:
    off, on = tables(db)
    return workdays.add_workdays(_day(day), n, off, on)


def workdays_between(db: Database, a, b) -> int:
    off, on = tables(db)
    return workdays.workdays_between(_day(a), _day(b), off, on)


def missing_calendar_years(db: Database, years) -> list[int]:
    """Years with no bundled calendar and no user holidays: the clerk should enter that year's holidays."""
    entered = {d.year for d, _, _ in holidays.all_days(db)}
    return [y for y in years if not workdays.has_official_calendar(y) and y not in entered]
