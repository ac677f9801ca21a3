"""Spreadsheet use cases: import a clerk's ledger workbook, export the ledger, 月调度表 and 季度通报 (the last
two from services.reports' dispatch_data / bulletin_data, the very data their PDFs print).

Import is all or nothing.  On a Monday morning a clerk imports the sheet the units filled in; if row 37
has “尽快” as its deadline, importing the other rows would leave a ledger that silently differs from the
sheet, and the next import would have to guess which rows were already in.  So any cell that cannot be
understood refuses the whole import, and every such cell is listed at once (sheet!cell and what is wrong),
so one round of corrections in Excel is enough.  `dry_run` shows the same counts and problems without
writing anything (the window's preview).

Re-importing never duplicates and never deletes: how rows are matched to tasks, and what each row does,
is planned in services.spreadsheet_plan.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from kydesk.domain import clock
from kydesk.domain import lights as light_rules
from kydesk.domain.errors import KydeskError
from kydesk.services import Changed
from kydesk.services.settings import ledger_year, light_settings
from kydesk.services.spreadsheet_plan import (  # noqa: F401  (callers use them from here)
    NEW_UNIT,
    PROGRESS_EVERY,
    ImportCancelled,
    ImportResult,
    Plan,
    RowPlan,
    column_mappings,
    plan_import,
    tick,
    title_date,
)
from kydesk.store import rows as store_rows
from kydesk.store import tasks as task_store
from kydesk.store import units as unit_store
from kydesk.store.db import Database, new_id
from kydesk.xlsx import layout, reader, report_tables, writer
from kydesk.xlsx.reader import CellProblem, LedgerRow, SpreadsheetError  # noqa: F401  (callers catch it)

KINDS = ("ledger", "dispatch", "bulletin")
FIELD_LABELS = layout.LABELS        # a ledger column's field -> its Chinese name (the import preview's 列对应)
ExportCancelled = writer.Cancelled      # progress(done, total) answered False: "已取消，未生成文件", no file written


# ---------------------------------------------------------------- import

def import_ledger(db: Database, path, *, sheet: str | None = None, year: int | None = None,
                  dry_run: bool = False, progress=None, today: date | None = None,
                  assigned: date | None = None, columns: dict[str, str] | None = None) -> ImportResult:
    """Import (or with dry_run, preview) a ledger workbook. Raises SpreadsheetError for a file that cannot
    be read; cell problems come back in `errors` with nothing changed.  progress(done, total) -> False
    cancels (nothing is written).  `assigned` is the 下达日期 of the ledger's new tasks (序时进度 runs from
    it when a row has no 开始时间); default: a date in the sheet's title, else today.  `columns` corrects
    which sheet column feeds which field (field -> letter, "" = not imported); without it a correction
    remembered for this layout of header (remember_columns) applies."""
    today = today or clock.today()
    from kydesk.services import indicator_import  # a plan's indicator table is imported as indicators

    if indicator_import.is_indicator_table(path, sheet):
        return indicator_import.import_indicators(db, path, sheet=sheet, dry_run=dry_run, progress=progress)
    db_year = ledger_year(db, today)
    data = reader.read_ledger(path, sheet=sheet, year=year, default_year=db_year, today=today, columns=columns)
    sig = layout_signature(data.headers)
    remembered = remembered_columns(db, sig) if columns is None else None
    if remembered:      # this layout was corrected before: read it the way the clerk said
        data = reader.read_ledger(path, sheet=data.sheet, year=year, default_year=db_year, today=today,
                                  columns=remembered)
    found = title_date(data.title)
    when, when_source = (assigned, "given") if assigned else (found, "title") if found else (today, "today")
    result = ImportResult(file=str(path), sheet=data.sheet, sheets=list(data.sheets), year=data.year,
                          year_source=data.year_source, ignored_columns=data.ignored_columns,
                          errors=list(data.problems), dry_run=dry_run, skipped=len(data.skipped),
                          db_year=db_year, assigned=when, assigned_source=when_source, title=data.title,
                          columns=column_mappings(data), headers=dict(data.headers), signature=sig,
                          corrected=bool(columns or remembered))
    total = len(data.rows) * 2 or 1
    plan = plan_import(db, data, result, today, progress, total)
    for cols in plan.inserts:
        cols.setdefault("assigned", when)
    if result.errors:
        result.message = result.summary()
        return result
    if not dry_run:
        _apply(db, plan, result, progress, total, today)
        result.applied = True
        result.tables = frozenset({"task", "unit", "progress"})
    result.message = result.summary()
    return result


def _apply(db: Database, plan: Plan, result: ImportResult, progress, total: int, today: date) -> None:
    half = total // 2
    with db.tx():
        ids = {name: unit_store.add_unit(db, name) for name in result.new_units}

        def real(value):
            if isinstance(value, str) and value.startswith(NEW_UNIT):
                return ids[value[len(NEW_UNIT):]]
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
        for group in groups.values():   # one batch insert per shape of row
            for first in range(0, len(group), PROGRESS_EVERY):
                chunk = group[first:first + PROGRESS_EVERY]
                store_rows.insert_many(db, "task", chunk)
                done += len(chunk)
                tick(progress, half + done, total)
        for task_id, cols in plan.updates:
            store_rows.update(db, "task", task_id, {k: real(v) for k, v in cols.items()})
            done += 1
            if done % PROGRESS_EVERY == 0:
                tick(progress, half + done, total)
        _add_reports(db, plan, new_ids, today)
        tick(progress, total, total)


def _add_reports(db: Database, plan: Plan, new_ids: dict[int, str], today: date) -> None:
    """进展情况 cells become dated progress reports by the task's lead unit (else this unit)."""
    if not plan.progress:
        return
    names = unit_store.ids_by_name(db)
    own = next((u.id for u in unit_store.all_units(db) if u.code and u.code == db.unit_code), None)
    groups: dict[tuple, list[dict]] = {}
    for p in plan.progress:
        task_id = p["_task"] or new_ids[p["_row"]]
        rev = task_store.rev_of(db, task_id)
        report = {"task_id": task_id, "date": today, "text": p["text"], "unit_id": names.get(p["_unit"]) or own,
                  "task_rev": rev}
        if p["percent"] is not None:
            report["percent"] = p["percent"]
        groups.setdefault(tuple(report), []).append(report)
    for group in groups.values():
        store_rows.insert_many(db, "progress", group)


def layout_signature(headers: dict[str, str]) -> str:
    """One layout of ledger header (its columns and their names), to remember a correction by."""
    body = json.dumps(sorted(headers.items()), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def remembered_columns(db: Database, signature: str) -> dict[str, str] | None:
    text = db.meta(f"xlsx_columns:{signature}")
    return json.loads(text) if text else None


def remember_columns(db: Database, signature: str, columns: dict[str, str] | None) -> Changed:
    """Keep (or with None forget) the clerk's column correction for this header layout."""
    with db.tx():
        db.set_meta(f"xlsx_columns:{signature}", json.dumps(columns, ensure_ascii=False) if columns else "")
    return Changed(frozenset({"meta"}), None, "已记住这种表头的列对应" if columns else "已恢复自动识别的列对应")


# ---------------------------------------------------------------- export

def _org(db: Database) -> str:
    return db.meta("org_name") or db.meta("unit_name") or ""


def _lit_tasks(db: Database, today: date):
    settings = light_settings(db)
    reports = task_store.last_report_dates(db)
    return [(t, light_rules.task_light(t, today, settings, last_report=reports.get(t.id)))
            for t in task_store.query_tasks(db)]


def _writable(out) -> Path:
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise KydeskError(f"导出文件须以 .xlsx 结尾：{out}")
    if out.is_dir():
        raise KydeskError(f"{out} 是一个文件夹，请给出文件名")
    if not out.parent.exists():
        raise KydeskError(f"导出文件夹不存在：{out.parent}")
    return out


def _dispatch(db: Database, out: Path, month: str | None, today: date, progress) -> tuple[int, frozenset]:
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
                                 overdue_columns=column_labels("overdue"), progress=progress)
    return data.total.total, frozenset(tables)


def _bulletin(db: Database, out: Path, period: str | None, today: date, progress) -> tuple[int, frozenset]:
    """The 通报 tables from the data the PDF prints (after closing last month, as reports.bulletin_pdf does)."""
    from kydesk.printing.layout import cn_date, load_layout
    from kydesk.services import reports

    period = period or f"{today.year}Q{(today.month - 1) // 3 + 1}"
    tables = reports.prepare_bulletin(db, period, today)
    data = reports.bulletin_data(db, period, today)
    title = load_layout("bulletin").text("title.template").format(period=data.period)
    report_tables.write_bulletin(out, data, title=title, subtitle=f"{data.org}　　统计截至：{cn_date(data.as_of)}",
                                 progress=progress)
    return data.overall.total, frozenset(tables)


def export_xlsx(db: Database, out, kind: str = "ledger", *, today: date | None = None, progress=None,
                month: str | None = None, period: str | None = None) -> Changed:
    """Write the ledger, the 月调度表 (dispatch, of `month` "2024-07", default today's month) or the 通报
    (bulletin, of `period` "2024Q2" or "2024-06", default today's quarter) to `out`.  The two tables hold
    exactly what the PDFs of services.reports print on the same date.  Only the 月调度/通报 change the
    database, and only its light history (light_month), as their PDFs do.  The result's extra holds the path
    and the number of tasks.  progress(done, total) answering False raises ExportCancelled: no file is
    written, and a file already at `out` is left as it was."""
    if kind not in KINDS:
        raise KydeskError(f"导出类型“{kind}”无效，可选：ledger（台账）、dispatch（月调度表）、bulletin（季度通报）")
    if month and kind != "dispatch":
        raise KydeskError("调度月份只用于月调度表（dispatch）")
    if period and kind != "bulletin":
        raise KydeskError("统计期只用于通报（bulletin）")
    out = _writable(out)
    today = today or clock.today()
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
            count, tables = _dispatch(db, out, month, today, progress)
        else:
            count, tables = _bulletin(db, out, period, today, progress)
    except PermissionError as e:
        raise KydeskError(f"无法写入 {out}：文件可能正在 Excel/WPS 中打开，请关闭后重试（{e.strerror or e}）") from None
    except OSError as e:
        raise KydeskError(f"无法写入 {out}：{e.strerror or e}") from None
    names = {"ledger": "台账", "dispatch": "月调度表", "bulletin": "通报"}
    return Changed(tables, str(out), f"已导出{names[kind]}：{out}", {"path": str(out), "kind": kind, "tasks": count})
