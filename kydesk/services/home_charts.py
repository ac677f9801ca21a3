"""The pictures of the 工作台: lights by lead unit, the year's completion against 序时进度 month by month
(the lights of past months from light_month), and the next deadlines."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kydesk.domain import clock, lights
from kydesk.domain.models import TaskStatus
from kydesk.services import warroom as wr
from kydesk.services.ledger import home_summary
from kydesk.services.settings import ledger_year
from kydesk.store.db import Database


@dataclass
class UnitBar:
    name: str
    red: int
    yellow: int
    green: int
    done: int

    @property
    def total(self) -> int:
        return self.red + self.yellow + self.green + self.done


@dataclass
class MonthPoint:
    month: int                        # 1..12
    done: float                       # share of the year's tasks done by the month's end, 0..1
    schedule: float                   # mean 序时进度 of the dated tasks at the month's end, 0..1
    red: int = 0                      # the month's lights as recorded (or live for the current month)
    yellow: int = 0


@dataclass
class Deadline:
    due: date
    title: str
    unit: str
    light: str | None
    task_id: str


@dataclass
class HomeCharts:
    year: int
    today: date
    units: list[UnitBar] = field(default_factory=list)
    months: list[MonthPoint] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)


def home_charts(db: Database, today: date | None = None, *, deadlines: int = 8) -> HomeCharts:
    today = today or clock.today()
    year = ledger_year(db, today)
    out = HomeCharts(year, today)
    for u in home_summary(db, today, limit=0).units:
        total, done, red, yellow = u["tasks"], u["done"] or 0, u["red"] or 0, u["yellow"] or 0
        out.units.append(UnitBar(u["name"] or "（未指定）", red, yellow, max(0, total - done - red - yellow), done))
    items, _ = wr.year_tasks(db, year, today)
    tasks = [ct.task for ct in items if ct.task.status != TaskStatus.CANCELLED]
    last_month = 12 if year < today.year else (today.month if year == today.year else 0)
    history = wr.history(db, year, f"{year}-{last_month:02d}", today) if last_month else {}
    for m in range(1, last_month + 1):
        _first, end = lights.month_bounds(f"{year}-{m:02d}")
        on = min(end, today)
        done = sum(1 for t in tasks if t.done_date and t.done_date <= on)
        dated = [t for t in tasks if t.due and not t.ongoing]
        sched = sum(lights.schedule_share(t.start, t.due, on) for t in dated) / len(dated) if dated else 0.0
        lit = [h[m - 1] for h in history.values() if len(h) >= m]
        out.months.append(MonthPoint(m, done / len(tasks) if tasks else 0.0, sched,
                                     sum(1 for x in lit if x is not None and x.value == "red"),
                                     sum(1 for x in lit if x is not None and x.value == "yellow")))
    upcoming = sorted((ct for ct in items if ct.task.due and ct.task.due >= today
                       and ct.task.status not in (TaskStatus.DONE, TaskStatus.CANCELLED)),
                      key=lambda ct: (ct.task.due, ct.task.title))
    for ct in upcoming[:deadlines]:
        t = ct.task
        if t.due is not None:
            out.deadlines.append(Deadline(t.due, t.title, t.lead_unit, ct.light.value if ct.light else None, t.id))
    return out
