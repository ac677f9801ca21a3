"""What the desk needs beyond services.tasks: the ledger as ordered ids plus pages of rows, the start page,
a live reading of a typed deadline, and task snapshots for undo.

Lights: kept per connection in a TEMP table computed in SQL (see store.ledger_queries), so filtering and
sorting 100,000 tasks by light is one indexed join; the rows on screen are lit again by the domain rule
itself (with its explanation for the tooltip), and a test holds the two to the same answer.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import date, timedelta

from kydesk.domain import clock, deadlines, lights
from kydesk.domain.cn_text import cn_date
from kydesk.domain.errors import KydeskError
from kydesk.domain.models import Light, Task, TaskStatus
from kydesk.services import Changed
from kydesk.services.settings import ledger_year, light_settings

# a task's history lives in services.task_history; these names stay importable from here
from kydesk.services.task_history import FIELD_LABELS, AuditEntry, TimelineEntry, audit_trail, timeline  # noqa: F401
from kydesk.store import home_queries, rows
from kydesk.store import ledger_queries as lq
from kydesk.store import task_history_queries as history_queries
from kydesk.store.db import Database
from kydesk.store.tasks import TaskFilter
from kydesk.store.units import all_units

GROUP_NAMES = {"section": "板块", "unit": "牵头单位", "month": "时限月份", "light": "亮灯", "status": "状态"}
SORT_NAMES = {"section": "板块与序号", "title": "任务名称", "unit": "牵头单位", "leader": "责任领导",
              "person": "责任人", "due": "时限", "status": "状态", "percent": "进度", "light": "亮灯"}
LIGHT_LABELS = {3: "红灯", 2: "黄灯", 1: "绿灯", 0: "不亮灯（已完成或已取消）"}
STATUS_BY_RANK = [TaskStatus.PENDING, TaskStatus.ACTIVE, TaskStatus.DONE, TaskStatus.CANCELLED]


@dataclass
class LedgerQuery:
    """The filter bar and the sort: everything runs in SQL."""

    unit: str | None = None          # lead or partner: a unit id, or part of a name
    person: str | None = None        # leader or responsible person (substring)
    search: str | None = None        # any substring of title, target, units, people, progress
    status: str | None = None        # pending/active/done/cancelled, or "open" (not done nor cancelled)
    light: str | None = None         # red/yellow/green/none, or "lit" (red and yellow)
    key_only: bool = False
    due_from: date | None = None
    due_to: date | None = None
    section: str | None = None
    sort: str = "section"
    desc: bool = False
    group: str | None = None

    def task_filter(self) -> TaskFilter:
        status = None if self.status in (None, "", "open") else self.status
        return TaskFilter(unit=self.unit or None, status=status, person=(self.person or "").strip() or None,
                          search=(self.search or "").strip() or None, key_only=self.key_only,
                          due_from=self.due_from, due_to=self.due_to, section=self.section)


@dataclass
class Group:
    label: str
    start: int        # index of its first task in LedgerResult.ids
    count: int


@dataclass
class LedgerResult:
    ids: array                        # task rowids in display order
    groups: list[Group]
    total: int                        # tasks in the ledger (not deleted)
    today: date

    @property
    def shown(self) -> int:
        return len(self.ids)

    @property
    def count_text(self) -> str:
        return f"显示 {self.shown} / 共 {self.total} 项"


@dataclass
class TaskRow:
    """One task as the desk shows it."""

    task: Task
    light: Light | None
    light_text: str                   # why: "已逾期12天"
    last_report: date | None
    today: date

    @property
    def due_display(self) -> str:
        t = self.task
        if t.recurrence or t.ongoing or t.due is None:
            return t.due_text or ("长期坚持" if t.ongoing else "")
        return cn_date(t.due)

    @property
    def due_tooltip(self) -> str:
        t = self.task
        resolved = deadlines.format_due(t.due) if t.due else "不设日期"
        return f"原文：{t.due_text or '（未填写）'}\n解析为：{resolved}" if t.due_text else resolved

    @property
    def days_text(self) -> str:
        """逾期N天 / 今天到期 / 剩N天 (empty when closed or undated)."""
        left = lights.days_left(self.task, self.today)
        if left is None:
            return ""
        if left < 0:
            return f"逾期{-left}天"
        return "今天到期" if left == 0 else f"剩{left}天"


def query_ledger(db: Database, q: LedgerQuery, today: date | None = None) -> LedgerResult:
    today = today or clock.today()
    light = q.light or None
    ids, raw_groups = lq.ordered_ids(db, q.task_filter(), lq.Ordering(q.sort, q.desc, q.group), today=today,
                                     settings=light_settings(db), light=light, open_only=q.status == "open")
    groups, start = [], 0
    labels = _group_labeler(db, q.group) if q.group else None
    for key, count in raw_groups:
        groups.append(Group(labels(key) if labels else str(key), start, count))
        start += count
    return LedgerResult(ids, groups, lq.total(db), today)


def _group_labeler(db: Database, group: str):
    if group == "section":
        names = dict((r, n) for n, r in lq.section_ranks(db))
        return lambda k: names.get(k) or "（未分板块）"
    if group == "unit":
        names = lq.unit_names_by_rowid(db)
        return lambda k: names.get(k) or "（未指定牵头单位）"
    if group == "month":
        return lambda k: f"{k // 100}年{k % 100}月到期" if k else "长期坚持 / 未定时限"
    if group == "light":
        return lambda k: LIGHT_LABELS.get(k, "")
    return lambda k: STATUS_BY_RANK[k].label if k is not None and 0 <= k < 4 else ""


def load_rows(db: Database, rowids, today: date | None = None) -> list[TaskRow]:
    today = today or clock.today()
    settings = light_settings(db)
    out = []
    for task, last in lq.rows_by_rowid(db, rowids):
        lit = lights.task_light(task, today, settings, last_report=last)
        why = lights.explain_light(task, today, settings, last_report=last) if lit else ""
        out.append(TaskRow(task, lit, why, last, today))
    return out


def task_row(db: Database, task_id: str, today: date | None = None) -> TaskRow:
    rowid = lq.rowid_of(db, task_id)
    found = load_rows(db, [rowid], today) if rowid else []
    if not found:
        raise KydeskError(f"找不到任务：{task_id}")
    return found[0]


def rowid_of(db: Database, task_id: str) -> int | None:
    return lq.rowid_of(db, task_id)


# -- the start page --------------------------------------------------------------------------------------
@dataclass
class HomeSummary:
    today: date
    year: int
    total: int = 0
    done: int = 0
    red: int = 0
    yellow: int = 0
    lit: list[TaskRow] = field(default_factory=list)          # red first, then yellow, by deadline
    this_week: list[TaskRow] = field(default_factory=list)
    next_week: list[TaskRow] = field(default_factory=list)
    next_meeting: dict | None = None
    proposed_meeting: date | None = None
    last_meeting: dict | None = None
    open_decisions: list[dict] = field(default_factory=list)
    units: list[dict] = field(default_factory=list)
    lit_total: int = 0


def home_summary(db: Database, today: date | None = None, limit: int = 100) -> HomeSummary:
    today = today or clock.today()
    settings = light_settings(db)
    home = HomeSummary(today, ledger_year(db, today))
    home.units = home_queries.unit_stats(db, today=today, settings=settings)
    for u in home.units:
        home.total += u["tasks"]
        home.done += u["done"] or 0
        home.red += u["red"] or 0
        home.yellow += u["yellow"] or 0
    lit = query_ledger(db, LedgerQuery(light="lit", sort="light"), today)
    home.lit_total = lit.shown
    home.lit = load_rows(db, lit.ids[:limit], today)
    monday = today - timedelta(days=today.weekday())
    for attr, start, end in (("this_week", today, monday + timedelta(days=6)),
                             ("next_week", monday + timedelta(days=7), monday + timedelta(days=13))):
        found = query_ledger(db, LedgerQuery(status="open", due_from=start, due_to=end, sort="due"), today)
        setattr(home, attr, load_rows(db, found.ids[:limit], today))
    home.next_meeting = home_queries.next_meeting(db, today)
    if home.next_meeting is None:
        from kydesk.services.meetings import proposed_next_date

        home.proposed_meeting = proposed_next_date(db, today, kind="推进会")
    home.last_meeting = home_queries.last_meeting(db, today)
    if home.last_meeting:
        home.open_decisions = home_queries.open_decisions(db, home.last_meeting["id"])
    return home


# -- a typed deadline, read as the clerk types it -------------------------------------------------------
def preview_deadline(db: Database, text: str, today: date | None = None) -> tuple[bool, str]:
    """(understood, what it means): "→ 2024年7月31日（周三）", "长期任务，不设日期", or the reason it fails."""
    text = (text or "").strip()
    if not text:
        return True, ""
    today = today or clock.today()
    try:
        d = deadlines.parse_deadline(text, ledger_year(db, today), today=today)
    except KydeskError as e:
        return False, str(e)
    if d.ongoing or d.due is None:
        return True, "长期任务，不设日期"
    week = "一二三四五六日"[d.due.weekday()]
    when = f"{deadlines.format_due(d.due)}（周{week}）"
    return True, f"周期任务，下次 {when}" if d.recurrence else f"→ {when}"


# -- undo: a task's state before and after an edit -------------------------------------------------------
STATE_COLUMNS = ("section", "seq", "title", "target", "lead_unit_id", "partner_unit_ids", "leader", "person",
                 "start", "due", "due_text", "ongoing", "recurrence", "key", "status", "percent", "done_date",
                 "note", "deleted")


def task_state(db: Database, task_id: str) -> dict:
    row = history_queries.task_row(db, task_id)
    if row is None:
        raise KydeskError(f"找不到任务：{task_id}")
    return {k: row[k] for k in STATE_COLUMNS + ("rev",)}


def restore_state(db: Database, task_id: str | None, state: dict | None, *, created=(), created_deleted=False,
                  expect: dict | None = None) -> Changed:
    """Put a task back as it was (undo/redo) and tombstone or revive the rows the edit created.

    `expect` is the task as the caller last left it: when it changed since (another window, an imported
    package), undo is refused rather than overwrite someone else's work. extra["state"] is the task
    afterwards, the next `expect`."""
    tables = {"task"}
    with db.tx():
        if task_id and expect is not None:
            current = task_state(db, task_id)
            if any(current[k] != expect[k] for k in STATE_COLUMNS):
                raise KydeskError("这项任务在此之后已被修改（如导入了同步包），不能撤销或重做，以免覆盖新的内容")
        if task_id and state:
            rows.update(db, "task", task_id, {k: state[k] for k in STATE_COLUMNS})
        for table, row_id in created:
            rows.update(db, table, row_id, {"deleted": int(bool(created_deleted))})
            tables.add(table)
        after = task_state(db, task_id) if task_id else None
    return Changed(frozenset(tables), task_id, "", {"state": after})


# -- pick lists for the task dialog ----------------------------------------------------------------------
@dataclass
class PickLists:
    units: list[str]
    sections: list[str]
    leaders: list[str]
    persons: list[str]


def pick_lists(db: Database) -> PickLists:
    from kydesk.store.units import all_people

    people = [p.name for p in all_people(db)]
    leaders = lq.frequent(db, "leader")
    persons = lq.frequent(db, "person")
    return PickLists(units=[u.name for u in all_units(db)], sections=lq.sections(db),
                     leaders=leaders + [p for p in people if p not in leaders],
                     persons=persons + [p for p in people if p not in persons])


def unit_names(db: Database) -> list[str]:
    """The unit filter's list: one name per unit code (store.units.all_units)."""
    return [u.name for u in all_units(db)]


def is_spreadsheet(path) -> bool:
    """A file the ledger import reads (.xlsx, .xls, …): what a drop on the window hands to the ledger."""
    from kydesk.xlsx.reader import EXTENSIONS

    return str(path).lower().endswith(EXTENSIONS)


def workbook_sheets(path) -> list[str]:
    """The visible worksheets of a workbook, for the import dialog's sheet picker (all of them when none
    is visible). Raises SpreadsheetError, naming the file, when it cannot be opened."""
    from kydesk.xlsx import reader

    book = reader.open_workbook(path)
    try:
        meta = book.sheets_metadata
        shown = [m.name for m in meta if "Visible" in str(m.visible) and "Work" in str(m.typ)]
        return shown or [m.name for m in meta]
    finally:
        book.close()


def unit_overview(db: Database) -> list[dict]:
    """Units with how many tasks each leads (the units manager)."""
    return lq.units_with_counts(db)


def ledger_changed(changed: Changed) -> bool:
    """Whether a change concerns the ledger or the start page."""
    return bool(changed.tables & {"task", "progress", "unit", "meta", "extension_request", "meeting", "decision"})
