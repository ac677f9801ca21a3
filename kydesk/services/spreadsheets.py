"""Spreadsheet use cases: import a clerk's ledger workbook, export the ledger, 月调度表 and 季度通报 (the last
two from services.reports' dispatch_data / bulletin_data, the very data their PDFs print).

Import is all or nothing.  On a Monday morning a clerk imports the sheet the units filled in; if row 37
has “尽快” as its deadline, importing the other rows would leave a ledger that silently differs from the
sheet, and the next import would have to guess which rows were already in.  So any cell that cannot be
understood refuses the whole import, and every such cell is listed at once (sheet!cell and what is wrong),
so one round of corrections in Excel is enough.  `dry_run` shows the same counts and problems without
writing anything (the window's preview).

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
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.domain import lights as light_rules
from kydesk.domain import status as status_rules
from kydesk.domain.errors import KydeskError, StatusError
from kydesk.domain.models import TaskStatus
from kydesk.services import Changed
from kydesk.services.settings import ledger_year, light_settings
from kydesk.store import rows as store_rows
from kydesk.store import tasks as task_store
from kydesk.store import units as unit_store
from kydesk.store.db import Database, new_id
from kydesk.xlsx import layout, reader, report_tables, writer
from kydesk.xlsx.reader import CellProblem, LedgerRow, SpreadsheetError  # noqa: F401  (callers catch it)

KINDS = ("ledger", "dispatch", "bulletin")
_NEW = "\0new:"           # a unit that the import will create: its id is not known before it is written
_PROGRESS_EVERY = 500


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


@dataclass
class ImportResult:
    file: str
    sheet: str = ""
    year: int = 0
    year_source: str = ""
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
    dry_run: bool = False
    applied: bool = False
    tables: frozenset = frozenset()       # like services.Changed, so the window can broadcast it
    message: str = ""

    def to_json(self) -> dict:
        return {"file": self.file, "sheet": self.sheet, "year": self.year, "year_source": self.year_source,
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


# ---------------------------------------------------------------- import

_TASK_COLS = ("id", "section", "seq", "title", "target", "lead_unit_id", "partner_unit_ids", "leader", "person",
              "start", "due", "due_text", "ongoing", "recurrence", "key", "status", "percent", "done_date", "note",
              "owner", "rev")


def _existing(db: Database) -> list[dict]:
    sql = f"SELECT {', '.join(_TASK_COLS)} FROM task WHERE NOT deleted ORDER BY section, seq, rowid"
    return [dict(zip(_TASK_COLS, r)) for r in db.conn.execute(sql)]


def _latest_progress(db: Database) -> dict[str, str]:
    latest = {}
    for task_id, text in db.conn.execute(
            "SELECT task_id, text FROM progress WHERE NOT deleted ORDER BY date, site_seq"):
        latest[task_id] = text
    return latest


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
    if field_ == "partner_unit_ids":
        return json.loads(old or "[]") == list(new)
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
    out = {}
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


def _tick(progress, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("已取消导入，数据库未作任何改动")


def import_ledger(db: Database, path, *, sheet: str | None = None, year: int | None = None,
                  dry_run: bool = False, progress=None, today: date | None = None) -> ImportResult:
    """Import (or with dry_run, preview) a ledger workbook. Raises SpreadsheetError for a file that cannot
    be read; cell problems come back in `errors` with nothing changed.  progress(done, total) -> False
    cancels (nothing is written)."""
    today = today or date.today()
    data = reader.read_ledger(path, sheet=sheet, year=year, default_year=ledger_year(db, today), today=today)
    result = ImportResult(file=str(path), sheet=data.sheet, year=data.year, year_source=data.year_source,
                          ignored_columns=data.ignored_columns, errors=list(data.problems), dry_run=dry_run,
                          skipped=len(data.skipped))
    total = len(data.rows) * 2 or 1
    plan = _plan(db, data, result, today, progress, total)
    if result.errors:
        result.message = result.summary()
        return result
    if not dry_run:
        _apply(db, plan, result, progress, total, today)
        result.applied = True
        result.tables = frozenset({"task", "unit", "progress"})
    result.message = result.summary()
    return result


@dataclass
class _Plan:
    inserts: list[dict] = field(default_factory=list)
    updates: list[tuple[str, dict]] = field(default_factory=list)
    progress: list[dict] = field(default_factory=list)


def _plan(db: Database, data: reader.LedgerSheet, result: ImportResult, today: date, progress, total) -> _Plan:
    tasks = _existing(db)
    latest = _latest_progress(db)
    matches = _match(tasks, data.rows)
    known = {}
    for u in unit_store.all_units(db):
        known.setdefault(u.name, u.id)
    new_units: list[str] = []

    def unit_id(name: str):
        if not name:
            return None
        if name in known:
            return known[name]
        if name not in new_units:
            new_units.append(name)
        return _NEW + name

    letters = data.columns
    seq_in: dict[str, int] = {}
    plan = _Plan()
    for n, item in enumerate(data.rows, start=1):
        if n % _PROGRESS_EVERY == 0:
            _tick(progress, n, total)
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
        if task is None:
            plan.inserts.append({"_row": item.row, **wanted})
            result.new += 1
            result.plans.append(RowPlan(item.row, "new", item.title))
            task_id, task_old = None, None
        else:
            task_id, task_old = task["id"], task
            changes = {k: (task[k], v) for k, v in wanted.items() if not _same(k, task[k], v)}
            if "status" in changes:
                try:
                    status_rules.check_transition(task["status"], wanted["status"])
                except StatusError as e:
                    result.errors.append(CellProblem(item.sheet, item.row, letters.get("status", ""), str(e)))
                    continue
            if not changes:
                result.unchanged += 1
                result.plans.append(RowPlan(item.row, "unchanged", item.title, task_id))
            elif task["owner"] not in ("", db.unit_code):
                result.skipped += 1
                result.warnings.append(CellProblem(
                    item.sheet, item.row, "", f"任务“{item.title}”由单位 {task['owner']} 负责维护，表中的修改未导入"
                                              "（如需调整时限，请提出延期申请）"))
                result.plans.append(RowPlan(item.row, "skipped", item.title, task_id, changes))
            else:
                plan.updates.append((task_id, {k: v for k, (_, v) in changes.items()}))
                result.updated += 1
                result.plans.append(RowPlan(item.row, "updated", item.title, task_id, changes))
        if item.progress and (task_old is None or latest.get(task_id, "") != item.progress):
            plan.progress.append({"_task": task_id, "_row": item.row, "text": item.progress, "percent": item.percent,
                                  "_unit": item.lead_unit})
            result.progress += 1
    result.new_units = new_units
    return plan


def _apply(db: Database, plan: _Plan, result: ImportResult, progress, total: int, today: date) -> None:
    half = total // 2
    with db.tx():
        ids = {name: unit_store.add_unit(db, name) for name in result.new_units}

        def real(value):
            if isinstance(value, str) and value.startswith(_NEW):
                return ids[value[len(_NEW):]]
            if isinstance(value, list):
                return [real(v) for v in value]
            return value

        new_ids: dict[int, str] = {}
        groups: dict[tuple, list[dict]] = {}
        for cols in plan.inserts:
            row = {k: real(v) for k, v in cols.items() if not k.startswith("_")}
            row["id"] = new_ids[cols["_row"]] = new_id()
            groups.setdefault(tuple(row), []).append(row)
        done = 0
        for group in groups.values():   # one executemany per shape of row
            for first in range(0, len(group), _PROGRESS_EVERY):
                chunk = group[first:first + _PROGRESS_EVERY]
                store_rows.insert_many(db, "task", chunk)
                done += len(chunk)
                _tick(progress, half + done, total)
        for task_id, cols in plan.updates:
            store_rows.update(db, "task", task_id, {k: real(v) for k, v in cols.items()})
            done += 1
            if done % _PROGRESS_EVERY == 0:
                _tick(progress, half + done, total)
        _add_reports(db, plan, new_ids, today)
        _tick(progress, total, total)


def _add_reports(db: Database, plan: _Plan, new_ids: dict[int, str], today: date) -> None:
    """进展情况 cells become dated progress reports by the task's lead unit (else this unit)."""
    if not plan.progress:
        return
    names = {u.name: u.id for u in unit_store.all_units(db)}
    own = next((u.id for u in unit_store.all_units(db) if u.code and u.code == db.unit_code), None)
    groups: dict[tuple, list[dict]] = {}
    for p in plan.progress:
        task_id = p["_task"] or new_ids[p["_row"]]
        rev = db.conn.execute("SELECT rev FROM task WHERE id = ?", (task_id,)).fetchone()[0]
        report = {"task_id": task_id, "date": today, "text": p["text"], "unit_id": names.get(p["_unit"]) or own,
                  "task_rev": rev}
        if p["percent"] is not None:
            report["percent"] = p["percent"]
        groups.setdefault(tuple(report), []).append(report)
    for group in groups.values():
        store_rows.insert_many(db, "progress", group)


# ---------------------------------------------------------------- export

def _org(db: Database) -> str:
    return db.meta("org_name") or db.meta("unit_name") or ""


def _lit_tasks(db: Database, today: date):
    settings = light_settings(db)
    reports = task_store.last_report_dates(db)
    return [(t, light_rules.task_light(t, today, settings, last_report=reports.get(t.id)))
            for t in task_store.query(db)]


def _writable(out) -> Path:
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise KydeskError(f"导出文件须以 .xlsx 结尾：{out}")
    if out.is_dir():
        raise KydeskError(f"{out} 是一个文件夹，请给出文件名")
    if not out.parent.exists():
        raise KydeskError(f"导出文件夹不存在：{out.parent}")
    return out


def _dispatch(db: Database, out: Path, month: str | None, today: date) -> tuple[int, frozenset]:
    """The 月调度表 from the data the PDF prints. Making it is making the 月调度, so, exactly as
    reports.dispatch_pdf does, last month's lights are closed and this month's recorded first: the
    年内红灯月次 then come out the same whichever of the two the clerk makes first."""
    from kydesk.printing.dispatch import column_labels, titles
    from kydesk.services import reports

    month = month or f"{today.year:04d}-{today.month:02d}"
    tables = reports.prepare_dispatch(db, month, today)
    data = reports.dispatch_data(db, month, today)
    title, subtitle = titles(data)
    report_tables.write_dispatch(out, data, title=title, subtitle=subtitle, unit_columns=column_labels("units"),
                                 overdue_columns=column_labels("overdue"))
    return data.total.total, frozenset(tables)


def _bulletin(db: Database, out: Path, period: str | None, today: date) -> tuple[int, frozenset]:
    """The 通报 tables from the data the PDF prints (after closing last month, as reports.bulletin_pdf does)."""
    from kydesk.printing.layout import cn_date, load_layout
    from kydesk.services import reports

    period = period or f"{today.year}Q{(today.month - 1) // 3 + 1}"
    tables = reports.prepare_bulletin(db, period, today)
    data = reports.bulletin_data(db, period, today)
    title = load_layout("bulletin").text("title.template").format(period=data.period)
    report_tables.write_bulletin(out, data, title=title, subtitle=f"{data.org}　　统计截至：{cn_date(data.as_of)}")
    return data.overall.total, frozenset(tables)


def export_xlsx(db: Database, out, kind: str = "ledger", *, today: date | None = None, progress=None,
                month: str | None = None, period: str | None = None) -> Changed:
    """Write the ledger, the 月调度表 (dispatch, of `month` "2024-07", default today's month) or the 通报
    (bulletin, of `period` "2024Q2" or "2024-06", default today's quarter) to `out`.  The two tables hold
    exactly what the PDFs of services.reports print on the same date.  Only the 月调度/通报 change the
    database, and only its light history (light_month), as their PDFs do.  The result's extra holds the path
    and the number of tasks."""
    if kind not in KINDS:
        raise KydeskError(f"导出类型“{kind}”无效，可选：ledger（台账）、dispatch（月调度表）、bulletin（季度通报）")
    if month and kind != "dispatch":
        raise KydeskError("调度月份只用于月调度表（dispatch）")
    if period and kind != "bulletin":
        raise KydeskError("统计期只用于通报（bulletin）")
    out = _writable(out)
    today = today or date.today()
    tables: frozenset = frozenset()
    try:
        if kind == "ledger":
            lit = _lit_tasks(db, today)
            tasks = [t for t, _ in lit]
            year = writer.title_year(tasks, ledger_year(db, today), today)
            writer.write_ledger(out, tasks, title=f"{year}年{_org(db)}重点工作台账",
                                lights={t.id: light for t, light in lit if light}, progress=progress)
            count = len(tasks)
        elif kind == "dispatch":
            count, tables = _dispatch(db, out, month, today)
        else:
            count, tables = _bulletin(db, out, period, today)
    except PermissionError as e:
        raise KydeskError(f"无法写入 {out}：文件可能正在 Excel/WPS 中打开，请关闭后重试（{e.strerror or e}）") from None
    except OSError as e:
        raise KydeskError(f"无法写入 {out}：{e.strerror or e}") from None
    names = {"ledger": "台账", "dispatch": "月调度表", "bulletin": "通报"}
    return Changed(tables, str(out), f"已导出{names[kind]}：{out}", {"path": str(out), "kind": kind, "tasks": count})
