"""导入Excel台账: a dry run first (what would be new, updated, unchanged; the year the deadlines were read
in and a way to change it, with a warning and two ways out when it is not the database's year; the 下达日期
of the new tasks; which sheet column became which field, correctable and remembered per header layout; how
each row's 时限 was read; the sheet, when the workbook has several; every problem as 工作表!单元格 and what
is wrong), then the import itself as a background job with a progress bar and cancel. Nothing is written
until 导入 is pressed, and nothing at all while one cell is wrong (services.spreadsheets is all or nothing).
The 导入Excel… / 导出Excel… buttons and the export line live in ui.views.spreadsheet_bar.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem

from kydesk.domain.cn_text import cn_date
from kydesk.domain.errors import KydeskError
from kydesk.services import Changed, ledger, settings, spreadsheets, task_history
from kydesk.services.settings import ledger_year
from kydesk.ui.forms.ui_xlsx_import import Ui_XlsxImportDialog
from kydesk.ui.widgets.common import ERROR_STYLE, fill_table, today
from kydesk.ui.widgets.job_bar import show_progress
from kydesk.ui.worker import Cancelled, Job, prepare_op

ASSIGNED_SOURCES = {"title": "（取自表格标题中的日期）", "today": "（表格标题中没有日期，按今天）",
                    "given": "（已手动指定）"}
NOT_IMPORTED = "（不导入）"
# the fields a column may feed, in the order of a ledger's header ("units" is read as 牵头单位 or 配合单位)
LABELS = spreadsheets.FIELD_LABELS
COLUMN_FIELDS = [f for f in LABELS if f != "units"]
YEAR_SOURCES = {"title": "（取自表格标题）", "default": "（表格标题中没有年份，按台账年度）", "given": "（已手动指定）"}
ACTIONS = {"new": "新增", "updated": "更新", "unchanged": "未变", "skipped": "跳过"}
PROBLEM_KINDS = (("errors", "错误"), ("warnings", "提示"))
SHEET_FILTER = "Excel 表格 (*.xlsx *.xls *.xlsm *.xlsb *.ods)"


@dataclass
class Preview:
    """What a dry run found, or why the workbook could not be read."""
    result: spreadsheets.ImportResult | None
    sheets: list[str] = field(default_factory=list)
    error: str = ""


def dry_run(db, path: str, *, sheet, year, progress, on, assigned=None, columns=None) -> Preview:
    """In the worker: the preview of importing `path`, plus the workbook's sheets for the picker."""
    try:
        sheets = ledger.workbook_sheets(path)
    except KydeskError as e:
        return Preview(None, [], str(e))
    try:
        result = spreadsheets.import_ledger(db, path, sheet=sheet, year=year, dry_run=True, progress=progress,
                                            today=on, assigned=assigned, columns=columns)
    except spreadsheets.ImportCancelled:
        raise Cancelled() from None
    except KydeskError as e:
        return Preview(None, sheets, str(e))
    return Preview(result, getattr(result, "sheets", None) or sheets)


def problem_place(p) -> str:
    """工作表!单元格 (or 工作表!第N行 when the whole row is concerned)."""
    return f"{p.sheet}!{p.column}{p.row}" if p.column else f"{p.sheet}!第{p.row}行"


def _changed_fields(changes: dict) -> str:
    """时限、进度 … (the deadline's date follows its text: one word for both)."""
    keys = [k for k in changes if k in task_history.FIELD_LABELS and not (k == "due" and "due_text" in changes)]
    return "、".join(task_history.FIELD_LABELS[k] for k in keys)


def _due_read(p) -> str:
    """How a row's 时限 was read: “7月底前 → 2024年7月31日”."""
    if not p.due_text:
        return ""
    return f"{p.due_text} → {cn_date(p.due)}" if p.due and p.due_text != cn_date(p.due) else p.due_text


class XlsxImportDialog(QDialog):
    """Opened on a workbook: checks it at once (in the background), then imports on 导入."""

    def __init__(self, ctx, path, parent=None):
        super().__init__(parent)
        self.ctx, self.path = ctx, str(path)
        self.ui = ui = Ui_XlsxImportDialog()
        ui.setupUi(self)
        self.preview: Preview | None = None
        self.applied: spreadsheets.ImportResult | None = None     # the import's result, once done
        self.job: Job | None = None
        self._applying = False
        self._sheet: str | None = None       # None: let the reader find the ledger sheet
        self._year: int | None = None        # None: the title's year, else the ledger's year
        self._assigned: date | None = None   # None: the date in the title, else today
        self._columns: dict | None = None    # None: as recognised (or as remembered for this header)
        self._filling = False
        ui.file.setText(Path(self.path).name)
        ui.file.setToolTip(self.path)
        for w in (ui.sheetLabel, ui.sheet, ui.progress):
            w.hide()
        ui.year.setValue(ledger_year(ctx.db, today(ctx)))
        ui.sheet.currentIndexChanged.connect(self._sheet_chosen)
        ui.year.valueChanged.connect(self._year_chosen)
        ui.applyButton.clicked.connect(self.apply)
        ui.yearNoteBox.hide()
        ui.useDbYearButton.clicked.connect(self.use_db_year)
        ui.setDbYearButton.clicked.connect(self.set_db_year)
        ui.assigned.dateChanged.connect(self._assigned_chosen)
        ui.resetColumnsButton.clicked.connect(self.reset_columns)
        ui.cancelButton.clicked.connect(self.reject)
        self.check()

    # -- jobs -------------------------------------------------------------------------------------------
    def _start(self, fn, *, write: bool, what: str) -> Job | None:
        if self.ctx.open_db is None:
            self._show_error("当前数据库无法在后台打开，不能导入表格")
            return None
        self._applying = write
        ui = self.ui
        ui.cancelButton.setText("停止导入" if write else "取消")
        ui.progress.setRange(0, 0)                    # busy until the first report
        ui.progress.show()
        for w in (ui.sheet, ui.year, ui.applyButton):
            w.setEnabled(False)
        ui.summary.setStyleSheet("")
        ui.summary.setText(f"正在{what}{Path(self.path).name}…")
        self.job = job = prepare_op(self.ctx, self, fn, self._finished, label="导入表格", write=write,
                                    progress=self._progress, on_failed=self._failed)
        self.ctx.pool.start(job)
        return job

    def _progress(self, done: int, total: int) -> None:
        show_progress(self.ui.progress, done, total)

    def _end_job(self) -> None:
        self.job = None
        self.ui.progress.hide()
        self.ui.sheet.setEnabled(True)
        self.ui.year.setEnabled(True)
        self.ui.cancelButton.setText("取消")

    def _finished(self, result) -> None:
        applying, self._applying = self._applying, False
        self._end_job()
        if not applying:
            self.show_preview(result)
        elif result.errors:                       # the file changed since the preview: show why, stay open
            self.show_preview(Preview(result, self.preview.sheets if self.preview else []))
        else:
            self.applied = result
            self.ctx.signals.changed.emit(Changed(result.tables, None, result.message, {"import": result}))
            self.accept()

    def _failed(self, message: str) -> None:
        applying, self._applying = self._applying, False
        self._end_job()
        if message == "已取消" and not applying:
            return                                # the clerk closed the dialog while it was checking
        self._show_error(message + ("。数据库未作任何改动。" if applying and "未作" not in message else ""))
        self.ui.applyButton.setEnabled(applying and self._can_apply())

    # -- the preview ------------------------------------------------------------------------------------
    def check(self) -> Job | None:
        """Dry run with the chosen sheet and year."""
        path, sheet, year, on = self.path, self._sheet, self._year, today(self.ctx)
        assigned, columns = self._assigned, None if self._columns is None else dict(self._columns)
        return self._start(lambda db, progress: dry_run(db, path, sheet=sheet, year=year, progress=progress, on=on,
                                                        assigned=assigned, columns=columns),
                           write=False, what="检查")

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        ui, result = self.ui, preview.result
        self._fill_sheets(preview.sheets, result.sheet if result else self._sheet)
        if result is None:
            self._show_error(preview.error)
            self._fill_result(None)
            return
        ui.year.blockSignals(True)
        ui.year.setValue(result.year)
        ui.year.blockSignals(False)
        ui.yearSource.setText(YEAR_SOURCES.get(result.year_source, ""))
        self._fill_year_note(result)
        self._fill_assigned(result)
        self._fill_columns(result)
        ui.summary.setStyleSheet(ERROR_STYLE if result.errors else "")
        extra = f"\n表中以下列不会导入：{'、'.join(result.ignored_columns)}" if result.ignored_columns else ""
        ui.summary.setText(result.summary() + extra)
        self._fill_result(result)

    def _fill_sheets(self, sheets: list[str], current: str | None) -> None:
        ui = self.ui
        ui.sheet.blockSignals(True)
        ui.sheet.clear()
        for name in sheets:
            ui.sheet.addItem(name, name)
        if current and ui.sheet.findData(current) >= 0:
            ui.sheet.setCurrentIndex(ui.sheet.findData(current))
        ui.sheet.blockSignals(False)
        for w in (ui.sheetLabel, ui.sheet):
            w.setVisible(len(sheets) > 1)

    def _fill_result(self, result) -> None:
        ui = self.ui
        counts = (result.new, result.updated, result.unchanged) if result else (0, 0, 0)
        for label, word, n in zip((ui.newCount, ui.updatedCount, ui.unchangedCount), ("新增", "更新", "未变"), counts):
            label.setText(f"{word} {n} 项")
        other = []
        if result and result.skipped:
            other.append(f"跳过 {result.skipped} 行")
        if result and result.progress:
            other.append(f"记录进展 {result.progress} 条")
        if result and result.new_units:
            other.append(f"新建单位 {len(result.new_units)} 个")
        ui.otherCounts.setText("，".join(other))
        ui.otherCounts.setToolTip("新建单位：" + "、".join(result.new_units) if result and result.new_units else "")
        problems = [[word, problem_place(p), p.message] for attr, word in PROBLEM_KINDS
                    for p in (getattr(result, attr) if result else [])]
        fill_table(ui.problems, ["类别", "位置（工作表!单元格）", "问题"], problems, stretch=2)
        ui.tabs.setTabText(0, f"问题（{len(problems)}）" if problems else "问题（无）")
        plans = [[str(p.row), ACTIONS.get(p.action, p.action), p.title, _due_read(p), _changed_fields(p.changes)]
                 for p in (result.plans if result else [])]
        fill_table(ui.rows, ["行号", "处理", "任务名称", "时限（读作）", "变化的内容"], plans, stretch=2)
        ui.tabs.setCurrentIndex(0 if problems or not plans else 1)
        ok = self._can_apply()
        ui.applyButton.setEnabled(ok)
        if result is None or result.errors:
            ui.applyButton.setText("导入（请先改正表格）" if result else "导入")
        elif not ok:
            ui.applyButton.setText("表格与台账一致，无需导入")
        else:
            ui.applyButton.setText(f"导入（新增 {result.new} 项，更新 {result.updated} 项）")

    def _can_apply(self) -> bool:
        r = self.preview.result if self.preview else None
        return bool(r and not r.errors and (r.new or r.updated or r.progress or r.new_units))

    def _show_error(self, message: str) -> None:
        self.ui.summary.setStyleSheet(ERROR_STYLE)
        self.ui.summary.setText(message)

    def _sheet_chosen(self, _index: int) -> None:
        self._sheet = self.ui.sheet.currentData()
        self.check()

    def _year_chosen(self, value: int) -> None:
        self._year = value
        self.check()

    # -- the year, the 下达日期, the columns ------------------------------------------------------------------
    def _fill_year_note(self, result) -> None:
        ui = self.ui
        ui.yearNoteBox.setVisible(result.year_differs)
        if result.year_differs:
            ui.yearNote.setText(result.year_note())
            ui.useDbYearButton.setText(f"按 {result.db_year} 年读取台账")
            ui.setDbYearButton.setText(f"把本库年度改为 {result.year} 年")

    def use_db_year(self) -> None:
        """The ledger is this year's after all (an old title copied along): read its deadlines in our year."""
        result = self.preview.result if self.preview else None
        if result is not None:
            self._year = result.db_year
            self.check()

    def set_db_year(self) -> None:
        """The database is the one that is behind: its assumed year becomes the ledger's."""
        result = self.preview.result if self.preview else None
        if result is None:
            return
        try:
            self.ctx.run(settings.save_settings, year=result.year)
        except KydeskError as e:
            self._show_error(str(e))
            return
        self._year = result.year
        self.check()

    def _fill_assigned(self, result) -> None:
        ui, day = self.ui, result.assigned
        if day is None:
            return
        self._filling = True
        ui.assigned.setDate(QDate(day.year, day.month, day.day))
        self._filling = False
        ui.assignedSource.setText(ASSIGNED_SOURCES.get(result.assigned_source, ""))

    def _assigned_chosen(self, value: QDate) -> None:
        if self._filling:
            return
        self._assigned = value.toPython()
        self.ui.assignedSource.setText(ASSIGNED_SOURCES["given"])

    def _fill_columns(self, result) -> None:
        """One row per field: the sheet column it is read from (a list to correct it) and that column's header."""
        table = self.ui.columns
        mapped = {c.field: c.column for c in result.columns}
        if "lead" not in mapped and "units" in mapped:
            mapped["lead"] = mapped["units"]
        choices = [(NOT_IMPORTED, "")] + [(f"{letter} 列：{text}", letter) for letter, text in result.headers.items()]
        table.clear()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["项目", "表格列", "表头"])
        table.setRowCount(len(COLUMN_FIELDS))
        for r, f in enumerate(COLUMN_FIELDS):
            table.setItem(r, 0, QTableWidgetItem(LABELS[f]))
            combo = QComboBox(table)
            for label, letter in choices:
                combo.addItem(label, letter)
            combo.setCurrentIndex(max(0, combo.findData(mapped.get(f, ""))))
            combo.setProperty("field", f)
            combo.currentIndexChanged.connect(self._column_chosen)
            table.setCellWidget(r, 1, combo)
            table.setItem(r, 2, QTableWidgetItem(result.headers.get(mapped.get(f, ""), "")))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        table.resizeColumnToContents(0)
        table.setColumnWidth(1, 220)
        n = sum(1 for f in COLUMN_FIELDS if mapped.get(f))
        self.ui.tabs.setTabText(2, f"列对应（{n} 列{'，已按您的修改' if result.corrected else ''}）")

    def column_combo(self, field_: str) -> QComboBox:
        return self.ui.columns.cellWidget(COLUMN_FIELDS.index(field_), 1)

    def _column_chosen(self, _index: int) -> None:
        table = self.ui.columns
        self._columns = {table.cellWidget(r, 1).property("field"): table.cellWidget(r, 1).currentData()
                         for r in range(table.rowCount())}
        self.check()

    def reset_columns(self) -> None:
        self._columns = {}
        self.check()

    def _remember_columns(self) -> None:
        result = self.preview.result if self.preview else None
        if result is None or self._columns is None or not self.ui.rememberColumns.isChecked():
            return
        self.ctx.run(spreadsheets.remember_columns, result.signature, self._columns or None)

    # -- applying ---------------------------------------------------------------------------------------
    def apply(self) -> Job | None:
        """Import exactly what the preview showed: its sheet and its year."""
        if self.job is not None or not self._can_apply():
            return None
        result, on = self.preview.result, today(self.ctx)
        path, sheet, year, assigned = self.path, result.sheet, result.year, self._assigned or result.assigned
        columns = None if self._columns is None else dict(self._columns)
        self._remember_columns()

        # a cancelled import raises ImportCancelled, a KydeskError: the job reports its message
        return self._start(lambda db, progress: spreadsheets.import_ledger(
            db, path, sheet=sheet, year=year, progress=progress, today=on, assigned=assigned, columns=columns),
            write=True, what="导入")

    def reject(self) -> None:
        """取消 / Esc: while importing it stops the import (nothing is written); otherwise it closes."""
        if self.job is not None:
            self.job.cancel()
            if self._applying:
                return
        super().reject()
