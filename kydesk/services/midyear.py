"""过半任务交账会: per lead unit, the tasks due by 6月30日 done or not, and 时间过半、任务过半 (the unit's average
progress over the year's tasks against `half_percent` of reports/midyear.json). One data function feeds the
JSON, the PDF and the Excel.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.domain import clock
from kydesk.domain.deadlines import format_due as cn_date
from kydesk.domain.errors import ValidationError
from kydesk.services import warroom as wr
from kydesk.services.assessment import check_year
from kydesk.services.settings import use_print_fonts
from kydesk.store.db import Database


@dataclass
class MidUnit:
    name: str
    due_h1: int = 0                 # due from 1 January to 30 June
    done_h1: int = 0                # of those, done by the statistics date
    tasks: int = 0                  # the year's tasks (cancelled ones aside)
    done: int = 0
    progress: float = 0.0           # average percent, done = 100
    schedule: float | None = None   # average 序时进度 of the dated tasks
    half: bool = False
    undone: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"unit": self.name, "due_by_midyear": self.due_h1, "done_by_midyear": self.done_h1,
                "undone": self.undone, "tasks": self.tasks, "done": self.done,
                "progress": round(self.progress, 1),
                "schedule": round(self.schedule, 1) if self.schedule is not None else None, "half": self.half}


@dataclass
class UndoneRow:
    unit: str
    title: str
    due: str
    percent: int


@dataclass
class MidyearData:
    year: int
    org: str
    on: date
    half_percent: float
    units: list[MidUnit] = field(default_factory=list)
    total: MidUnit | None = None
    undone: list[UndoneRow] = field(default_factory=list)
    title: str = ""

    def as_json(self) -> list[dict]:
        return [u.as_json() for u in self.units]


def midyear_data(db: Database, year: int, today: date | None = None) -> MidyearData:
    """As of min(today, 30 June): the year's tasks as they stood then (services.warroom.tasks_on)."""
    from kydesk.printing.layout import load_layout

    year = check_year(year)
    today = today or clock.today()
    if today < date(year, 1, 1):
        raise ValidationError(f"{year}年尚未开始，不能统计过半任务", "year")
    half_day = date(year, 6, 30)
    on = min(today, half_day)
    L = load_layout("midyear")
    half = L.num("half_percent")
    items = wr.tasks_on(db, year, on)
    leads = wr.Leads(db)
    stats, total_stats = wr.unit_stats(items, on, leads)
    units = {s.name: MidUnit(s.name, tasks=s.total, done=s.done, progress=s.progress,
                             schedule=s.schedule if s.dated else None, half=s.progress >= half) for s in stats}
    total = MidUnit("合计", tasks=total_stats.total, done=total_stats.done, progress=total_stats.progress,
                    schedule=total_stats.schedule if total_stats.dated else None, half=total_stats.progress >= half)
    undone = []
    for ct in items:
        t = ct.task
        if ct.paint == "cancelled" or t.recurrence or t.ongoing or t.due is None:
            continue
        if not date(year, 1, 1) <= t.due <= half_day:
            continue
        u = units[leads.name(t)]
        u.due_h1 += 1
        total.due_h1 += 1
        if ct.paint == "done":
            u.done_h1 += 1
            total.done_h1 += 1
        else:
            u.undone.append(t.title)
            undone.append(UndoneRow(u.name, t.title, t.due_text or cn_date(t.due), t.percent or 0))
    org = wr.office_name(db)
    return MidyearData(year, org, on, half, list(units.values()), total, undone,
                       L.text("title.template").format(org=org, year=year))


def midyear_report(db: Database, year: int, out, *, today: date | None = None, progress=None):
    """过半任务交账表 to `out`: Excel when it ends in .xlsx, else PDF."""
    from kydesk.printing.assessment import midyear_sections, midyear_titles
    from kydesk.printing.table_report import columns

    today = today or clock.today()
    wr.close_past_month(db, today)
    data = midyear_data(db, year, today)
    if str(out).lower().endswith(".xlsx"):
        from kydesk.printing import PrintResult
        from kydesk.printing.layout import load_layout
        from kydesk.xlsx.assessment import write_sheets

        L = load_layout("midyear")
        title, sub = midyear_titles(data, L)
        secs = midyear_sections(data)
        sheets = [("交账情况", columns(L, "units"), secs[0].rows, True, L.text("units.none")),
                  ("未完成任务", columns(L, "undone"), secs[1].rows, False, L.text("undone.none"))]
        return PrintResult(Path(write_sheets(out, title, sub, sheets, progress=progress)), 2, {}, "")
    use_print_fonts(db)
    from kydesk.printing.assessment import build_midyear_pdf

    return build_midyear_pdf(data, out, progress=progress)



