"""Excel in the ledger view: the 导入Excel… and 导出Excel… buttons, and the line under the table that shows
an export's progress (with cancel) and then 在文件夹中显示."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QSizePolicy

from kydesk.services import ledger, spreadsheets
from kydesk.services.settings import ledger_year
from kydesk.ui.dialogs.xlsx_import_dialog import SHEET_FILTER, XlsxImportDialog
from kydesk.ui.widgets.common import ERROR_STYLE, ask_open_path, ask_save_path, default_name, today
from kydesk.ui.widgets.job_bar import show_progress
from kydesk.ui.worker import Cancelled, Job, prepare_op

EXPORTS = [("ledger", "任务台账…"), ("dispatch", "月调度表…"), ("bulletin", "季度通报…")]
EXPORT_NAMES = {"ledger": "台账", "dispatch": "月调度表", "bulletin": "季度通报"}


NOTE_SECONDS = 20


class SpreadsheetBar(QFrame):
    """The view puts import_button and export_button in its toolbar and this line under its table."""

    def __init__(self, ctx, view):
        super().__init__(view)
        self.ctx, self.view = ctx, view
        self.import_button = QPushButton("导入Excel…")
        self.import_button.setToolTip("从 Excel/WPS 表格导入台账：先预览，确认后才写入（也可把表格拖到窗口上）")
        self.import_button.clicked.connect(lambda: self.import_xlsx())
        self.export_button = QPushButton("导出Excel…")
        self.export_button.setToolTip("把台账、月调度表或季度通报导出为 Excel 表格")
        menu = QMenu(self.export_button)
        for kind, label in EXPORTS:
            menu.addAction(label).setData(kind)
        menu.triggered.connect(self._export_chosen)
        self.export_button.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        # a long path must not widen the window: the label is cut, its tooltip has it whole
        self.message.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("取消")
        self.folder_button = QPushButton("在文件夹中显示")
        row.addWidget(self.message, 1)
        for w in (self.progress, self.cancel_button, self.folder_button):
            row.addWidget(w)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.folder_button.clicked.connect(self.show_in_folder)
        self.hide()
        # a note goes by itself (it used to stay under the ledger until the program was closed); a file just
        # made keeps its 在文件夹中显示 a little longer
        self._expire = QTimer(self, singleShot=True, timeout=self.hide)
        self.export_job: Job | None = None
        self.last_export: Path | None = None
        self.import_dialog: XlsxImportDialog | None = None

    def say(self, text: str, *, error: bool = False, busy: bool = False, folder: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setToolTip(text)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.folder_button.setVisible(folder)
        self.show()
        self._expire.stop()
        if not busy:
            self._expire.start(NOTE_SECONDS * 1000 * (3 if folder or error else 1))
        self.ctx.signals.status.emit(text)

    # -- import ---------------------------------------------------------------------------------------
    def accept_files(self, paths) -> bool:
        """Dropped files: a spreadsheet is a ledger to import (the first, if several)."""
        sheets = [str(p) for p in paths if ledger.is_spreadsheet(p)]
        if not sheets:
            return False
        self.import_xlsx(sheets[0])
        if len(sheets) > 1:
            self.say(f"一次导入一个表格：已打开 {Path(sheets[0]).name}，其余 {len(sheets) - 1} 个请逐个导入")
        return True

    def import_xlsx(self, path: str | None = None) -> XlsxImportDialog | None:
        if path is None:
            path = ask_open_path(self.view, "选择要导入的台账表格", SHEET_FILTER)
            if not path:
                return None
        dialog = XlsxImportDialog(self.ctx, path, self.view)
        self.import_dialog = dialog
        dialog.accepted.connect(self._imported)
        dialog.open()
        return dialog

    def _imported(self) -> None:
        if self.import_dialog is not None and self.import_dialog.applied is not None:
            self.say(self.import_dialog.applied.message)

    # -- export ---------------------------------------------------------------------------------------
    def _export_chosen(self, action) -> None:
        self.export_xlsx(action.data())

    def export_xlsx(self, kind: str = "ledger", path: str | None = None) -> Job | None:
        """台账 / 月调度表 / 季度通报 as .xlsx, in the background; then 在文件夹中显示."""
        if self.export_job is not None:
            self.say("上一个导出还在进行，请稍候或先取消", error=True, busy=True)
            return None
        if self.ctx.open_db is None:
            self.say("当前数据库无法在后台打开，不能导出", error=True)
            return None
        on = today(self.ctx)
        if path is None:
            path = ask_save_path(self.view, f"导出{EXPORT_NAMES[kind]}", self._file_name(kind, on),
                                 "Excel 表格 (*.xlsx)")
            if not path:
                return None
        path = str(path) if str(path).lower().endswith(".xlsx") else f"{path}.xlsx"

        def run(db, progress):
            def tick(done: int, total: int) -> None:
                if not progress(done, total):
                    raise Cancelled()
            return spreadsheets.export_xlsx(db, path, kind, today=on, progress=tick)

        # the 月调度表 and 通报 record the month's lights, as their PDFs do: those are writes
        self.progress.setRange(0, 0)
        self.say(f"正在导出{EXPORT_NAMES[kind]}…", busy=True)
        self.export_job = job = prepare_op(self.ctx, self.progress, run, self._exported, label="导出表格",
                                           write=kind != "ledger", progress=self._export_progress,
                                           on_failed=self._export_failed)
        self.ctx.pool.start(job)
        return job

    def _file_name(self, kind: str, on) -> str:
        """洛南县康养专班-2024年重点工作台账-2024年7月15日.xlsx: the unit, what it is, the day it was made."""
        if kind == "dispatch":
            return default_name(self.ctx, f"{on.year}年{on.month}月调度表", "xlsx")
        if kind == "bulletin":
            return default_name(self.ctx, f"{on.year}年第{(on.month - 1) // 3 + 1}季度通报", "xlsx")
        return default_name(self.ctx, f"{ledger_year(self.ctx.db, on)}年重点工作台账", "xlsx", on)

    def _export_progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)

    def _exported(self, result) -> None:
        self.export_job = None
        self.last_export = Path(result.extra["path"])
        self.say(result.message, folder=True)
        if result.tables:
            self.ctx.signals.changed.emit(result)

    def _export_failed(self, message: str) -> None:
        self.export_job = None
        self.say("已取消导出" if message == "已取消" else message, error=message != "已取消")

    def cancel_export(self) -> None:
        if self.export_job is not None:
            self.export_job.cancel()

    def show_in_folder(self) -> None:
        from kydesk.ui.pdf_preview import show_in_folder

        if self.last_export is not None:
            show_in_folder(self.last_export)
