"""Importing a ledger sheet, step one: matching its rows to the tasks of this database and planning what
importing each row does (services.spreadsheets writes the plan, or with dry_run only shows it).

Re-importing never duplicates.  A row is matched to an existing task by, in order:
  1. its 系统编号 (the hidden column of kydesk's own export), when it names a task of this database;
  2. section + task name, ignoring the section's ordinal (inserting a new “二、” renumbers the others) and
     spaces; when one section lists the same name several times, the n-th row matches the n-th task;
  3. the task name alone, when exactly one unmatched task has it (a task moved to another section).
A matched task is updated only in the columns the sheet has, so a column the sheet lacks (no 是否重点
column, say) never wipes what was set in the app.  Tasks missing from the sheet are left alone: an import
never deletes.  A task owned by another unit (assigned by the city) is not changed; its row is reported.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.domain import status as status_rules
from kydesk.domain.errors import KydeskError, StatusError
from kydesk.domain.models import TaskStatus
from kydesk.store import rows as store_rows
from kydesk.store import tasks as task_store
from kydesk.store import units as unit_store
from kydesk.store.db import Database
from kydesk.xlsx import layout, reader
from kydesk.xlsx.reader import CellProblem, LedgerRow

NEW_UNIT = "\0new:"       # a unit that the import will create: its id is not known before it is written
PROGRESS_EVERY = 500


class ImportCancelled(KydeskError):
    pass


@dataclass
class RowPlan:
    """What importing one sheet row does: action is new / updated / unchanged / skipped."""
    row: int
    action: str
    title: str
    task_id: str | None = None
    changes: dict = field(default_factory=dict)     # field -> (old, new), for the preview
    due_text: str = ""                              # 时限 as written in the row …
    due: date | None = None                         # … and as read (None: no date, e.g. 长期坚持)


@dataclass
class ColumnMapping:
    """Which sheet column fed which task field, for the preview."""
    field: str          # kydesk's field (lead, due, …)
    label: str          # its Chinese name (牵头单位, 完成时限, …)
    column: str         # the sheet column letter
    header: str = ""    # the header text as written in the sheet

    def to_json(self) -> dict:
        return {"field": self.field, "label": self.label, "column": self.column, "header": self.header}


def column_mappings(data: reader.LedgerSheet) -> list[ColumnMapping]:
    heads = data.headers or {}
    return [ColumnMapping(f, layout.LABELS.get(f, f), letter, heads.get(letter, ""))
            for f, letter in sorted(data.columns.items(), key=lambda kv: (len(kv[1]), kv[1]))]


_TITLE_DATE = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?")


def title_date(title: str) -> date | None:
    """The date written in a ledger's title ("（2024年3月15日印发）"), the natural 下达日期; None without one."""
    for m in _TITLE_DATE.finditer(title or ""):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


@dataclass
class ImportResult:
    file: str
    sheet: str = ""
    year: int = 0
    year_source: str = ""
    sheets: list[str] = field(default_factory=list)      # every sheet of the workbook, for the picker
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    progress: int = 0
    new_units: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    errors: list[CellProblem] = field(default_factory=list)
    warnings: list[CellProblem] = field(default_factory=list)
    plans: list[RowPlan] = field(default_factory=list)
    db_year: int = 0                      # the database's 年度: a ledger of another year is pointed out
    assigned: date | None = None          # 下达日期 of the new tasks
    assigned_source: str = ""             # given | title | today
    title: str = ""                       # the sheet's title line
    columns: list[ColumnMapping] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)   # sheet column letter -> header text
    signature: str = ""                   # the header layout, to remember a column correction by
    corrected: bool = False               # columns were set by the clerk (now or remembered)
    dry_run: bool = False
    applied: bool = False
    tables: frozenset = frozenset()       # like services.Changed, so the window can broadcast it
    message: str = ""

    @property
    def year_differs(self) -> bool:
        return bool(self.db_year) and self.year != self.db_year

    def year_note(self) -> str:
        """What the clerk must know before importing a ledger of another year ("" when the years agree)."""
        if not self.year_differs:
            return ""
        how = {"title": "按表格标题", "given": "按指定", "default": "按默认"}.get(self.year_source, "")
        return (f"注意：{how}读作 {self.year} 年的台账，而本数据库的年度是 {self.db_year} 年；"
                f"“7月底前”等时限将按 {self.year} 年计算，到期早的任务会立即显示逾期。")

    def to_json(self) -> dict:
        return {"file": self.file, "sheet": self.sheet, "sheets": self.sheets, "year": self.year,
                "year_source": self.year_source, "db_year": self.db_year,
                "assigned": self.assigned.isoformat() if self.assigned else None,
                "assigned_source": self.assigned_source, "corrected": self.corrected,
                "columns": [c.to_json() for c in self.columns],
                "rows": [{"row": p.row, "action": p.action, "title": p.title, "due_text": p.due_text,
                          "due": p.due.isoformat() if p.due else None} for p in self.plans],
                "new": self.new, "updated": self.updated, "unchanged": self.unchanged, "skipped": self.skipped,
                "progress": self.progress, "new_units": self.new_units, "ignored_columns": self.ignored_columns,
                "dry_run": self.dry_run, "applied": self.applied,
                "errors": [e.to_json() for e in self.errors], "warnings": [w.to_json() for w in self.warnings]}

    def summary(self) -> str:
        """One Chinese paragraph for the clerk."""
        where = f"{Path(self.file).name} 的工作表“{self.sheet}”（{self.year}年）"
        if self.errors:
            return f"{where}中有 {len(self.errors)} 处问题，未导入任何内容，请在表格中改正后重新导入："
        counts = (f"新增 {self.new} 项，更新 {self.updated} 项，未变 {self.unchanged} 项"
                  + (f"，跳过 {self.skipped} 行" if self.skipped else "")
                  + (f"，记录进展 {self.progress} 条" if self.progress else ""))
        units = f"；新建单位：{'、'.join(self.new_units)}" if self.new_units else ""
        lead = "预览（未写入）" if self.dry_run else "已导入"
        return f"{lead}{where}：{counts}{units}。"


# ---------------------------------------------------------------- matching

_TASK_COLS = ("id", "section", "seq", "title", "target", "lead_unit_id", "partner_unit_ids", "leader", "person",
              "start", "due", "due_text", "ongoing", "recurrence", "key", "status", "percent", "done_date", "note",
              "owner", "rev")


def _existing(db: Database) -> list[dict]:
    return task_store.raw_rows(db, _TASK_COLS)


def _latest_progress(db: Database) -> dict[str, str]:
    return task_store.latest_progress_texts(db)


def _match(tasks: list[dict], items: list[LedgerRow]) -> list[tuple[dict | None, int | None]]:
    """For each sheet row: (task, None) when it matches, (None, None) when new, (None, row) when the row
    names the same 系统编号 as an earlier row.  Exact matches (id, then section + name) are made for every
    row before any name-only match, so a task moved between sections cannot be taken by the wrong row."""
    by_id = {t["id"]: t for t in tasks}
    by_key: dict[tuple, list[dict]] = {}
    by_title: dict[str, list[dict]] = {}
    for t in tasks:
        by_key.setdefault((layout.section_key(t["section"]), layout.title_key(t["title"])), []).append(t)
        by_title.setdefault(layout.title_key(t["title"]), []).append(t)
    used: dict[str, int] = {}            # task id -> the sheet row that claimed it
    out: list = [(None, None)] * len(items)
    keys = [(layout.section_key(i.section), layout.title_key(i.title)) for i in items]
    for n, item in enumerate(items):
        task = by_id.get(item.task_id) if item.task_id else None
        if task is not None:
            out[n] = (None, used[task["id"]]) if task["id"] in used else (task, None)
            used.setdefault(task["id"], item.row)
    for n, item in enumerate(items):
        if out[n] != (None, None) or (item.task_id and item.task_id in by_id):
            continue
        free = [t for t in by_key.get(keys[n], []) if t["id"] not in used]
        if free:      # the n-th row of a repeated name takes the n-th task of that name
            out[n] = (free[0], None)
            used[free[0]["id"]] = item.row
    for n, item in enumerate(items):
        if out[n] != (None, None) or (item.task_id and item.task_id in by_id) or by_key.get(keys[n]):
            continue
        moved = [t for t in by_title.get(keys[n][1], []) if t["id"] not in used]
        if len(moved) == 1:
            out[n] = (moved[0], None)
            used[moved[0]["id"]] = item.row
    return out


def _same(field_: str, old, new) -> bool:
    if type(old) is type(new) and old == new and not isinstance(new, bool):     # most cells: no conversion
        return True
    if field_ == "partner_unit_ids":      # the stored JSON is usually written exactly so: parse only if not
        return old == store_rows.to_sql(new) or json.loads(old or "[]") == list(new)
    return old == store_rows.to_sql(new)


def _wanted(sheet: reader.LedgerSheet, item: LedgerRow, seq: int, unit_id) -> dict:
    """The task columns this row sets: only those the sheet has a column for."""
    cols = sheet.columns
    out = {"section": item.section, "seq": seq, "title": item.title}
    if "target" in cols:
        out["target"] = item.target
    if "lead" in cols or "partners" in cols:
        out["lead_unit_id"] = unit_id(item.lead_unit) if "lead" in cols else None
        out["partner_unit_ids"] = [unit_id(n) for n in item.partner_units]
        if "lead" not in cols:
            out.pop("lead_unit_id")
    for name in ("leader", "person", "note"):
        if name in cols:
            out[name] = getattr(item, name)
    if "due" in cols:
        d = item.deadline
        out.update(due=d.due if d else None, due_text=d.text if d else "", ongoing=bool(d and d.ongoing),
                   recurrence=d.recurrence if d else None, start=d.start if d else None)
    if "start" in cols:     # an empty 开始时间 cell keeps the start the phrase implies (第三季度 -> 7月1日)
        out["start"] = item.start or (item.deadline.start if item.deadline else None)
    if "key" in cols:
        out["key"] = bool(item.key)
    return out


def _status_columns(item: LedgerRow, old: dict | None, today: date) -> dict:
    out: dict[str, object] = {}
    status = item.status
    if status is None and old is None and (item.percent or item.progress):
        status = TaskStatus.ACTIVE       # a task with reported progress has started
    if status is None and old is not None and old["status"] == TaskStatus.PENDING.value and item.percent:
        status = TaskStatus.ACTIVE
    if status is not None:
        out["status"] = status.value
        if status == TaskStatus.DONE:
            out["percent"] = 100
            if old is None or old["status"] != TaskStatus.DONE.value:
                out["done_date"] = today
        elif old is not None and old["status"] == TaskStatus.DONE.value:
            out["done_date"] = None
    if item.percent is not None and status != TaskStatus.DONE:
        out["percent"] = item.percent
    return out


def tick(progress, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("已取消导入，数据库未作任何改动")


@dataclass
class Plan:
    inserts: list[dict] = field(default_factory=list)
    updates: list[tuple[str, dict]] = field(default_factory=list)
    progress: list[dict] = field(default_factory=list)


def plan_import(db: Database, data: reader.LedgerSheet, result: ImportResult, today: date, progress, total) -> Plan:
    tasks = _existing(db)
    latest = _latest_progress(db)
    matches = _match(tasks, data.rows)
    known = dict(unit_store.ids_by_name(db))     # every row's name: a sheet may name a row all_units hides
    new_units: list[str] = []

    def unit_id(name: str):
        if not name:
            return None
        if name in known:
            return known[name]
        if name not in new_units:
            new_units.append(name)
        return NEW_UNIT + name

    letters = data.columns
    seq_in: dict[str, int] = {}
    plan = Plan()
    for n, item in enumerate(data.rows, start=1):
        if n % PROGRESS_EVERY == 0:
            tick(progress, n, total)
        seq = seq_in[item.section] = seq_in.get(item.section, 0) + 1
        task, clash = matches[n - 1]
        if clash is not None:
            result.errors.append(CellProblem(item.sheet, item.row, letters.get("id", ""),
                                             f"与第 {clash} 行是同一任务（系统编号重复）"))
            continue
        wanted = _wanted(data, item, seq, unit_id)
        wanted.update(_status_columns(item, task, today))
        start = wanted["start"] if "start" in wanted else (task or {}).get("start")
        due = wanted["due"] if "due" in wanted else (task or {}).get("due")
        if start and due and store_rows.to_sql(due) < store_rows.to_sql(start):
            result.errors.append(CellProblem(item.sheet, item.row, letters.get("due", ""),
                                             f"时限（{store_rows.to_sql(due)}）早于开始时间（{store_rows.to_sql(start)}）"))
            continue
        due_text, due_read = (item.deadline.text, item.deadline.due) if item.deadline else ("", None)
        if task is None:
            plan.inserts.append({"_row": item.row, **wanted})
            result.new += 1
            result.plans.append(RowPlan(item.row, "new", item.title, due_text=due_text, due=due_read))
            task_id, task_old = None, None
        else:
            task_id, task_old = task["id"], task
            # equal values are the same stored value (1 == True, a str is stored as itself): no conversion
            changes = {k: (task[k], v) for k, v in wanted.items() if task[k] != v and not _same(k, task[k], v)}
            if "status" in changes:
                try:
                    status_rules.check_transition(task["status"], wanted["status"])
                except StatusError as e:
                    result.errors.append(CellProblem(item.sheet, item.row, letters.get("status", ""), str(e)))
                    continue
            if not changes:
                result.unchanged += 1
                result.plans.append(RowPlan(item.row, "unchanged", item.title, task_id, due_text=due_text, due=due_read))
            elif task["owner"] not in ("", db.unit_code):
                result.skipped += 1
                result.warnings.append(CellProblem(
                    item.sheet, item.row, "", f"任务“{item.title}”由单位 {task['owner']} 负责维护，表中的修改未导入"
                                              "（如需调整时限，请提出延期申请）"))
                result.plans.append(RowPlan(item.row, "skipped", item.title, task_id, changes, due_text=due_text, due=due_read))
            else:
                plan.updates.append((task_id, {k: v for k, (_, v) in changes.items()}))
                result.updated += 1
                result.plans.append(RowPlan(item.row, "updated", item.title, task_id, changes, due_text=due_text,
                                            due=due_read))
        if item.progress and (task_old is None or latest.get(task_id or "", "") != item.progress):
            plan.progress.append({"_task": task_id, "_row": item.row, "text": item.progress, "percent": item.percent,
                                  "_unit": item.lead_unit})
            result.progress += 1
    result.new_units = new_units
    return plan
