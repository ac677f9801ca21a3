"""挂图作战: what the 作战图 shows (screen and paper), the monthly light history, per-unit statistics.

The year's chart holds every task of the ledger except those closed in an earlier year (their number is
printed on the page): a task without a deadline, or with one outside the year, is drawn at the edge.

Monthly history (light_month): each month's light per task is recorded when the 月调度 is made (the
running month, replaced by later runs) and, for a month that has ended without one, once afterwards,
evaluated at its last day (a past month is never rewritten). Streaks ("两个月连续黄灯") and the year's reds
per unit come from it.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta

from kydesk.domain import clock, lights
from kydesk.domain.errors import DeadlineError, ValidationError
from kydesk.domain.models import Light, Task, TaskStatus
from kydesk.domain.recurrence import next_occurrence
from kydesk.printing.chart import ChartData, ChartGroup, ChartTask
from kydesk.services import Changed, changed
from kydesk.services.settings import ledger_year, light_settings, org_name, use_print_fonts
from kydesk.store import projects as project_store
from kydesk.store import tasks as q
from kydesk.store import units as unit_store
from kydesk.store import warroom_queries as wq
from kydesk.store.db import Database
from kydesk.store.tasks import TaskFilter

LIGHT_FILTERS = {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "done": "已完成"}
NO_UNIT = "未明确牵头单位"


def office_name(db: Database) -> str:
    # settings.org_name appends 康养专班 to the unit name, which already ends in 专班 for most groups
    name = org_name(db)
    unit = db.meta("unit_name") or ""
    if not db.meta("org_name") and unit.endswith("专班"):
        return unit
    return name


def _closed_before(t: Task, year: int) -> bool:
    if t.status not in (TaskStatus.DONE, TaskStatus.CANCELLED):
        return False
    when = t.done_date or t.due
    return when is not None and when.year < year


def _milestones(t: Task, year: int) -> tuple[date, ...]:
    if not t.recurrence:
        return ()
    out: list[date] = []
    d, end = date(year, 1, 1), date(year, 12, 31)
    try:
        while len(out) < 60:
            d = next_occurrence(t.recurrence, d)
            if d > end:
                break
            out.append(d)
            d += timedelta(days=1)
    except DeadlineError:
        return ()
    return tuple(out)


class Leads:
    """The unit a task is grouped and counted under: the row standing for its lead unit's code.  After sync
    the city holds two rows of a county's code (its own row for the county and the county's own row); tasks
    name either, and the 作战图, 月调度 and 通报 must show that county once (store.units.unit_groups)."""

    def __init__(self, db: Database):
        self._main: dict[str, tuple[str | None, str]] = {
            uid: (main_id, name) for uid, _rid, main_id, name in unit_store.unit_groups(db)}

    def of(self, t: Task) -> tuple[str | None, str]:
        """(id, name) of the unit standing for the task's lead unit; (None, NO_UNIT) when it has none."""
        if not t.lead_unit:
            return None, NO_UNIT
        return self._main.get(t.lead_unit_id or "", (t.lead_unit_id, t.lead_unit))

    def name(self, t: Task) -> str:
        return self.of(t)[1]

    def name_of_id(self, unit_id: str | None) -> str:
        return self._main[unit_id][1] if unit_id in self._main else NO_UNIT


@dataclass
class ChartQuery:
    year: int | None = None
    unit: str | None = None
    light: str | None = None           # red | yellow | green | done
    key_only: bool = False

    def describe(self) -> str:
        parts = []
        if self.unit:
            parts.append(f"牵头或配合单位含“{self.unit}”")
        if self.light:
            parts.append(LIGHT_FILTERS.get(self.light, self.light))
        if self.key_only:
            parts.append("仅重点任务")
        return "；".join(parts)


def year_tasks(db: Database, year: int, today: date, f: TaskFilter | None = None
               ) -> tuple[list[ChartTask], int]:
    """The tasks of the year's chart with their lights on `today`, and how many were left out as closed."""
    settings = light_settings(db)
    reports = q.last_report_dates(db)
    found = q.query_tasks(db, f, sort="section")
    originals = wq.original_deadlines(db, [t.id for t in found])
    nodes = project_store.milestone_dates(db)          # 项目节点 are drawn ◆ like recurring occurrences
    out, left_out = [], 0
    for t in found:
        if _closed_before(t, year):
            left_out += 1
            continue
        last = reports.get(t.id)
        lit = lights.task_light(t, today, settings, last_report=last)
        why = lights.explain_light(t, today, settings, last_report=last) if lit else ""
        orig = originals.get(t.id)
        orig_due = date.fromisoformat(orig[0]) if orig and orig[0] else None
        marks = _milestones(t, year) + tuple(d for d in nodes.get(t.id, ()) if d.year == year)
        out.append(ChartTask(t, lit, why, marks, orig_due))
    return out, left_out


def chart_data(db: Database, query: ChartQuery | None = None, *, today: date | None = None) -> ChartData:
    query = query or ChartQuery()
    today = today or clock.today()
    year = query.year or ledger_year(db, today)
    if not 1990 <= year <= 2100:
        raise ValidationError(f"年度“{year}”不合理（应在 1990–2100 之间），请写成四位年份，如 2024", "year")
    if query.light and query.light not in LIGHT_FILTERS:
        raise ValidationError(f"亮灯筛选“{query.light}”无效，可选：red/yellow/green/done", "light")
    items, left_out = year_tasks(db, year, today, TaskFilter(unit=query.unit, key_only=query.key_only))
    if query.light:
        items = [ct for ct in items if ct.paint == query.light]
    order = wq.unit_order(db)
    leads = Leads(db)
    groups: dict[str | None, ChartGroup] = {}
    for ct in items:
        uid, name = leads.of(ct.task)
        if uid not in groups:
            groups[uid] = ChartGroup(name)
        groups[uid].tasks.append(ct)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] is None, order.get(kv[0] or "", len(order)), kv[1].name))
    org = office_name(db)
    return ChartData(year, today, f"{year}年{org}重点任务作战图", org, [g for _, g in ordered], query.describe(),
                     left_out)


def find_in_chart(data: ChartData, task_id: str) -> ChartTask | None:
    return next((ct for ct in data.all_tasks() if ct.task.id == task_id), None)


def warroom_pdf(db: Database, out, query: ChartQuery | None = None, *, paper: str = "A3", zoom: str = "month",
                today: date | None = None, progress=None):
    use_print_fonts(db)
    from kydesk.printing.warroom import PAPERS, build_warroom_pdf

    paper = (paper or "A3").upper()
    if paper not in PAPERS:
        raise ValidationError(f"纸张“{paper}”无效，可选：A3 或 A4", "paper")
    if zoom not in ("month", "week"):
        raise ValidationError(f"缩放“{zoom}”无效，可选：month（按月）或 week（按周）", "zoom")
    data = chart_data(db, query, today=today)
    return build_warroom_pdf(data, out, paper=paper, zoom=zoom, printed=today or clock.today(), progress=progress)


def palette() -> dict[str, str]:
    from kydesk.printing.warroom import palette as pal

    return pal()


def screen_metrics(zoom: str = "month"):
    from kydesk.printing.warroom import screen_metrics as sm

    return sm(zoom)


# -- monthly history -------------------------------------------------------------------------------

def _check_month(month: str) -> str:
    try:
        lights.month_bounds(month)
    except (ValueError, TypeError):
        raise ValidationError(f"月份“{month}”无效，请写成 YYYY-MM，如 2024-07", "month") from None
    return f"{int(month[:4]):04d}-{int(month.split('-')[1]):02d}"


def _as_of(t: Task, on: date, percent: int | None = None) -> Task:
    """The task as it stood on `on` as far as lights go: a task done later was still open then, at the
    percent reported by that day (`percent`, else 0)."""
    if t.status == TaskStatus.DONE and t.done_date and t.done_date > on:
        return dataclasses.replace(t, status=TaskStatus.ACTIVE, percent=min(percent or 0, 99))
    return t


def judge_on(db: Database, on: date, tasks: list[Task] | None = None) -> dict[str, tuple[Light | None, str]]:
    """task id -> (light, why) on the date `on`, as the task stood then, counting progress reported by then."""
    settings = light_settings(db)
    found = q.query_tasks(db) if tasks is None else tasks
    ids = [t.id for t in found]
    reports = wq.latest_progress(db, ids, until=on)
    percents = wq.percent_until(db, ids, on)
    out: dict[str, tuple[Light | None, str]] = {}
    for t in found:
        if t.assigned and t.assigned > on and not (t.start and t.start <= on):
            out[t.id] = (None, "")      # not yet assigned on that day: nothing to be behind
            continue
        then = _as_of(t, on, percents.get(t.id))
        last = date.fromisoformat(reports[t.id][0]) if t.id in reports else None
        lit = lights.task_light(then, on, settings, last_report=last)
        out[t.id] = (lit, lights.explain_light(then, on, settings, last_report=last) if lit else "")
    return out


def lights_on(db: Database, on: date, tasks: list[Task] | None = None) -> dict[str, Light | None]:
    return {k: v[0] for k, v in judge_on(db, on, tasks).items()}


def tasks_on(db: Database, year: int, on: date) -> list[ChartTask]:
    """The year's tasks (chart order) as they stood on `on`, with their lights then (月调度, 通报)."""
    data = chart_data(db, ChartQuery(year=year), today=on)
    items = data.all_tasks()
    judged = judge_on(db, on, [ct.task for ct in items])
    percents = wq.percent_until(db, [ct.task.id for ct in items], on)
    return [dataclasses.replace(ct, task=_as_of(ct.task, on, percents.get(ct.task.id)), light=judged[ct.task.id][0],
                                explain=judged[ct.task.id][1]) for ct in items]


def record_month_lights(db: Database, month: str, today: date | None = None) -> Changed:
    """Keep each task's light of `month`. The running month is (re)recorded as of today; an ended month is
    recorded once, as of its last day, and never rewritten."""
    month = _check_month(month)
    today = today or clock.today()
    first, last = lights.month_bounds(month)
    if today < first:
        raise ValidationError(f"{month} 尚未开始，不能记录亮灯情况", "month")
    on = min(today, last)
    running = today <= last
    lit = lights_on(db, on)
    with db.tx():
        n = wq.save_month_lights(db, month, [(k, v.value if v else None) for k, v in lit.items()], replace=running)
    what = f"{int(month[:4])}年{int(month[5:])}月"
    if not n and not running:
        return Changed(message=f"{what}的亮灯情况此前已记录，未改动")
    return changed("light_month", message=f"已记录{what}亮灯情况（{len(lit)}项任务）")


def close_past_month(db: Database, today: date | None = None) -> Changed:
    """Record last month's lights if nothing was recorded for it (call at start-up and before reports)."""
    today = today or clock.today()
    prev = lights.month_of(today.replace(day=1) - timedelta(days=1))
    if wq.month_recorded(db, prev):
        return Changed()
    return record_month_lights(db, prev, today)


def history(db: Database, year: int, until: str, today: date | None = None) -> dict[str, list[Light | None]]:
    """task id -> lights of each month from January to `until` (the month itself taken live when unrecorded)."""
    today = today or clock.today()
    months = lights.months_until(year, until)
    if not months:
        return {}
    stored = wq.month_history(db, months[0], months[-1])
    live: dict[str, Light | None] = {}
    first, last = lights.month_bounds(until)
    if today >= first and not wq.month_recorded(db, until):
        live = lights_on(db, min(today, last))
    ids = set(stored) | set(live)
    out = {}
    for tid in ids:
        row = [stored.get(tid, {}).get(m) for m in months]
        if tid in live:
            now = live[tid]
            row[-1] = now.value if now else None
        out[tid] = [Light(x) if x else None for x in row]
    return out


def reds_per_unit(db: Database, year: int) -> dict[str, tuple[int, int]]:
    """Lead unit name -> (red task-months, distinct red tasks) recorded in the year (年终考核); the rows of one
    code count as one unit (Leads)."""
    leads = Leads(db)
    out: dict[str, tuple[int, int]] = {}
    for uid, (months, distinct) in wq.reds_by_unit(db, f"{year:04d}-01", f"{year:04d}-12").items():
        name = leads.name_of_id(uid)
        before = out.get(name, (0, 0))
        out[name] = (before[0] + months, before[1] + distinct)
    return out


# -- per-unit statistics (月调度, 季度通报) ---------------------------------------------------------

@dataclass
class UnitStats:
    name: str
    total: int = 0
    done: int = 0
    green: int = 0
    yellow: int = 0
    red: int = 0
    percent_sum: float = 0.0
    schedule_sum: float = 0.0
    dated: int = 0
    reds_in_year: int = 0

    @property
    def rate(self) -> float:
        """完成率: share of tasks done, in percent."""
        return 100.0 * self.done / self.total if self.total else 0.0

    @property
    def progress(self) -> float:
        """平均进度 of the unit's tasks, in percent (done = 100)."""
        return self.percent_sum / self.total if self.total else 0.0

    @property
    def schedule(self) -> float:
        """序时进度: average share of time passed of the dated tasks, in percent."""
        return self.schedule_sum / self.dated if self.dated else 0.0

    def add(self, ct: ChartTask, on: date) -> None:
        """Count one task; a cancelled task is no longer a task (it would lower 完成率 and make the lights not
        add up to the total), so it is not counted at all."""
        t = ct.task
        paint = ct.paint
        if paint == "cancelled":
            return
        self.total += 1
        if paint in ("done", "red", "yellow", "green"):
            setattr(self, paint, getattr(self, paint) + 1)
        self.percent_sum += 100 if paint == "done" else (t.percent or 0)
        due = lights.effective_due(t, on) if not t.recurrence else None
        if due is not None:
            self.dated += 1
            self.schedule_sum += 100.0 if paint == "done" else 100.0 * lights.schedule_share(lights.begin_of(t), due, on)


def unit_stats(items: list[ChartTask], on: date, leads: Leads | None = None) -> tuple[list[UnitStats], UnitStats]:
    """Per lead unit (in chart order) and the total, cancelled tasks left out (UnitStats.add).  Units are
    told apart by name: with `leads`, the name of the row standing for the lead unit's code, so the rows a
    county has at the city make one line; consumers match their own figures by the same name."""
    by: dict[str, UnitStats] = {}
    total = UnitStats("合计")
    for ct in items:
        if ct.paint == "cancelled":
            continue                      # no line for a unit whose only tasks were cancelled
        name = leads.name(ct.task) if leads is not None else ct.task.lead_unit or NO_UNIT
        by.setdefault(name, UnitStats(name)).add(ct, on)
        total.add(ct, on)
    return list(by.values()), total


def screen_layout(data: ChartData, zoom: str = "month"):
    """The chart laid out in pixels for the window (same model as the paper)."""
    from kydesk.printing.chart import ChartLayout, TimeScale

    return ChartLayout(data, screen_metrics(zoom), TimeScale(data.year, zoom))


def unit_names(data: ChartData) -> list[str]:
    """Lead and partner units appearing in the chart, for the unit filter."""
    names: dict[str, None] = {}
    for ct in data.all_tasks():
        for n in [ct.task.lead_unit, *ct.task.partner_units]:
            if n:
                names[n] = None
    return list(names)
