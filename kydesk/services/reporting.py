"""Who has reported: the reporting cycle setting, each period's due date, and per unit its tasks, reports,
按时/逾期/未报送 and the tasks still without a report; the 催报 text; late and missing counts for 年终考核.

A report answers period P when it names P (a returned form), or names no period and is dated in P's month
(typed here, or a county's report arriving by sync).  It was received on the form's arrival day, else the
day the row arrived in this database (its first audit entry), else its own date.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from kydesk.domain import clock
from kydesk.domain import reporting as rules
from kydesk.domain.cn_text import cn_weekday
from kydesk.domain.models import TaskStatus
from kydesk.services import Changed, changed
from kydesk.services import calendar as workcal
from kydesk.services.settings import org_name
from kydesk.store import reporting as store
from kydesk.store import units as unit_store
from kydesk.store.db import Database

STATUS_NAMES = {"on_time": "按时", "late": "逾期", "missing": "未报送"}


# ---------------------------------------------------------------- the cycle

def cycle(db: Database) -> str:
    return db.meta("report_cycle") or rules.DEFAULT_CYCLE


def contact(db: Database) -> str:
    return db.meta("report_contact") or f"{org_name(db)}办公室"


def save_cycle(db: Database, text, *, contact_line: str | None = None) -> Changed:
    """Store the reporting cycle (每月N日前 / 每周X / 每次推进会前) and the forms' contact line."""
    value = rules.parse_cycle(text)
    with db.tx():
        db.set_meta("report_cycle", value)
        if contact_line is not None:
            db.set_meta("report_contact", contact_line.strip())
    return changed("meta", message=f"报送周期：{rules.cycle_label(value)}")


def due_date(db: Database, period: rules.Period) -> date:
    off, on = workcal.tables(db)
    from kydesk.domain import workdays

    return rules.due_date(cycle(db), period, lambda d: workdays.is_workday(d, off, on), store.meeting_dates(db))


def due_label(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日（{cn_weekday(d)}）"


# ---------------------------------------------------------------- whose tasks

def _in_period(t: dict, period: rules.Period) -> bool:
    if t["deleted"] or t["status"] == TaskStatus.CANCELLED.value:
        return False
    if t["status"] == TaskStatus.DONE.value and t["done_date"] and t["done_date"] < period.first.isoformat():
        return False
    return not (t["start"] and t["start"] > period.last.isoformat())


def tasks_by_unit(db: Database, period: rules.Period) -> dict[str, dict[str, list[dict]]]:
    """unit id -> {"lead": [task rows], "partner": [task rows]} of the tasks a unit answers for in a period."""
    out: dict[str, dict[str, list[dict]]] = {}
    alias = store.unit_aliases(db)
    for t in store.tasks_live(db):
        if not _in_period(t, period):
            continue
        lead = alias.get(t["lead_unit_id"], t["lead_unit_id"])
        if lead:
            out.setdefault(lead, {"lead": [], "partner": []})["lead"].append(t)
        for uid in json.loads(t["partner_unit_ids"] or "[]"):
            uid = alias.get(uid, uid)
            if uid and uid != lead:
                out.setdefault(uid, {"lead": [], "partner": []})["partner"].append(t)
    return out


def member_units(db: Database) -> list[tuple[str, str]]:
    """(id, name) of the units that report to this 专班 (not the 专班's own unit), in the unit list's order."""
    own = unit_store.own_unit_id(db)
    return [(u.id, u.name) for u in unit_store.all_units(db) if u.id != own]


# ---------------------------------------------------------------- who has reported

@dataclass
class UnitReporting:
    unit: str
    unit_id: str
    tasks: int
    reported: int
    status: str                     # on_time | late | missing
    received: date | None
    unreported: list[str] = field(default_factory=list)     # titles of the tasks still without a report

    def to_json(self) -> dict:
        return {"unit": self.unit, "tasks": self.tasks, "reported": self.reported, "status": self.status,
                "received": self.received.isoformat() if self.received else None}


@dataclass
class PeriodReporting:
    period: rules.Period
    due: date
    org: str
    units: list[UnitReporting]

    @property
    def missing(self) -> list[UnitReporting]:
        return [u for u in self.units if u.status == "missing"]


def _received(r: dict, own_site: str) -> date:
    """A returned form's arrival day; a report written here, its date; one that came by sync, the day it
    arrived here (its first audit entry), never before its own date."""
    if r["received"]:
        return date.fromisoformat(r["received"][:10])
    written = date.fromisoformat(r["date"][:10])
    if r["site"] == own_site or not r["arrived"]:
        return written
    return max(written, date.fromisoformat(r["arrived"][:10]))


def reporting(db: Database, period, *, today: date | None = None) -> PeriodReporting:
    """Each unit with tasks in the period: tasks, reported, status by the date received, unreported tasks."""
    p = period if isinstance(period, rules.Period) else rules.parse_period(period)
    due = due_date(db, p)
    names = dict(member_units(db))
    work = tasks_by_unit(db, p)
    reports: dict[str, dict[str, date]] = {}          # unit -> task -> first received
    alias = store.unit_aliases(db)
    for r in store.reports_between(db, p.first, p.last):
        if r["period"] not in ("", p.key) or not r["unit_id"]:
            continue
        got = _received(r, db.site_id)
        seen = reports.setdefault(alias.get(r["unit_id"], r["unit_id"]), {})
        if r["task_id"] not in seen or got < seen[r["task_id"]]:
            seen[r["task_id"]] = got
    out = []
    for uid, name in names.items():
        mine = work.get(uid)
        if not mine:
            continue
        tasks = mine["lead"] + mine["partner"]
        heard = reports.get(uid, {})
        done = [t for t in tasks if t["id"] in heard]
        received = min((heard[t["id"]] for t in done), default=None)
        out.append(UnitReporting(unit=name, unit_id=uid, tasks=len(tasks), reported=len(done),
                                 status=rules.status(received, due), received=received,
                                 unreported=[t["title"] for t in tasks if t["id"] not in heard]))
    return PeriodReporting(period=p, due=due, org=org_name(db), units=out)


def reminder_text(db: Database, data: PeriodReporting, *, today: date | None = None) -> str:
    """The 催报 message for WeChat or SMS: the units still missing and the day to report by (the due date,
    or when it has passed, the next working day)."""
    today = today or clock.today()
    missing = data.missing
    month = f"{data.period.month}月" if data.period.year == today.year else data.period.label
    if not missing:
        return f"{month}进展已全部报送，感谢各单位支持！"
    by = data.due if today < data.due else workcal.add_workdays(db, today, 1)
    names = "、".join(u.unit for u in missing)
    return (f"【{data.org}】以下单位尚未报送{month}进展：{names}。"
            f"请于{by.month}月{by.day}日前报送，谢谢！")


def late_and_missing(db: Database, year: int, *, today: date | None = None) -> dict[str, tuple[int, int]]:
    """unit name -> (late periods, missing periods) over the year's tracked periods whose due date has
    passed (forms went out for them, or reports name them): the 年终考核's input."""
    today = today or clock.today()
    out: dict[str, list[int]] = {}
    for key in sorted(store.issued_periods(db, year)):
        p = rules.parse_period(key)
        data = reporting(db, p, today=today)
        if data.due >= today:
            continue
        for u in data.units:
            counts = out.setdefault(u.unit, [0, 0])
            if u.status == "late":
                counts[0] += 1
            elif u.status == "missing":
                counts[1] += 1
    return {name: (late, missing) for name, (late, missing) in out.items()}
