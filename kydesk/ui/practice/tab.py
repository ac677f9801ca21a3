"""What the four tabs of the 三单制 view share (forms/practice_tab.ui): the filter row, the table, the action
buttons, and 打印（PDF）/导出Excel run off the UI thread with progress, 取消 and 在文件夹中显示."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QWidget

from kydesk.services import ledger, practice_reports
from kydesk.ui.forms.ui_practice_tab import Ui_PracticeTab
from kydesk.ui.practice.model import ID_ROLE, RowsModel
from kydesk.ui.widgets.common import ERROR_STYLE, documents_folder, today
from kydesk.ui.widgets.job_bar import JobBar, JobBarOwner

ALL_UNITS = "全部单位"
LIGHTS = [("全部", None), ("红灯", "red"), ("黄灯", "yellow"), ("绿灯", "green"), ("不亮灯", "none")]


class PracticeTab(QWidget, JobBarOwner):
    kind = ""                      # the report of practice_reports this tab prints
    tables: frozenset[str] = frozenset()      # a change to these refreshes the tab
    statuses: list[tuple[str, str | None]] = [("全部", None)]

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_PracticeTab()
        ui.setupUi(self)
        self.model = RowsModel(self.columns(), ident=self.ident, light=self.light_of, parent=self)
        ui.table.setModel(self.model)
        ui.table.verticalHeader().hide()
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for i, col in enumerate(self.model.columns):
            ui.table.setColumnWidth(i, max(col.width, self.fontMetrics().horizontalAdvance(col.header) + 24))
        header.setStretchLastSection(True)
        self.jobs = JobBar(ctx, ui.progressBar, ui.cancelButton, ui.folderButton, self.say,
                           busy="上一个导出还在进行，请稍候或先取消", no_db="当前数据库无法在后台打开，不能导出", parent=self)
        for combo, items in ((ui.status, self.statuses), (ui.light, LIGHTS)):
            for label, value in items:
                combo.addItem(label, value)
        ui.unit.setInsertPolicy(QComboBox.NoInsert)
        ui.unit.completer().setFilterMode(Qt.MatchContains)
        self._fill_units()
        self._timer = QTimer(self, singleShot=True, interval=150, timeout=self.refresh)
        ui.search.textChanged.connect(lambda _t: self._timer.start())
        ui.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.unit.lineEdit().editingFinished.connect(self.refresh)
        for combo in (ui.status, ui.light):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.printButton.clicked.connect(lambda: self.export())
        ui.excelButton.clicked.connect(lambda: self.export(excel=True))
        ui.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        ui.table.doubleClicked.connect(lambda _i: self.edit())
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit)
        ui.progressButton.clicked.connect(self.progress)
        ui.closeButton.clicked.connect(self.close_item)
        ui.deleteButton.clicked.connect(self.delete)
        ui.message.hide()
        self.dialog = None
        self._dirty = True          # loaded when first shown: the window opens without querying four lists
        self.setup()

    # -- what a tab defines ----------------------------------------------------------------------
    def setup(self) -> None: ...
    def columns(self) -> list: return []
    def ident(self, obj) -> str: return obj.id
    def light_of(self, obj) -> str | None: return None
    def load(self) -> list: return []
    def describe(self, obj) -> str: return ""
    def add(self) -> None: ...
    def edit(self) -> None: ...
    def progress(self) -> None: ...
    def close_item(self) -> None: ...
    def delete(self) -> None: ...
    def options(self) -> dict: return {}
    def file_name(self) -> str: return practice_reports.KINDS[self.kind]

    # -- filters ---------------------------------------------------------------------------------
    def _fill_units(self) -> None:
        combo = self.ui.unit
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(ALL_UNITS, None)
        for name in ledger.unit_names(self.ctx.db):
            combo.addItem(name, name)
        combo.setCurrentText(current or ALL_UNITS)
        combo.blockSignals(False)

    def unit_filter(self) -> str | None:
        text = self.ui.unit.currentText().strip()
        return None if text in ("", ALL_UNITS) else text

    def clear_filters(self) -> None:
        ui = self.ui
        for w in (ui.unit, ui.status, ui.light, ui.search):
            w.blockSignals(True)
        ui.unit.setCurrentIndex(0)
        ui.status.setCurrentIndex(0)
        ui.light.setCurrentIndex(0)
        ui.search.clear()
        for w in (ui.unit, ui.status, ui.light, ui.search):
            w.blockSignals(False)
        self.refresh()

    def matches(self, texts) -> bool:
        word = self.ui.search.text().strip()
        return not word or any(word in (t or "") for t in texts)

    # -- the table -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self._timer.stop()
        keep = self.current_id()
        self.model.set_items(self.load())
        self.ui.table.resizeRowsToContents()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.ui.table.selectRow(row)
        self._selected()

    def on_changed(self, changed) -> None:
        if changed.tables & (self.tables | {"unit"}):
            if "unit" in changed.tables:
                self._fill_units()
            if self.isVisible():
                self.refresh()
            else:
                self._dirty = True

    def current(self) -> Any:
        index = self.ui.table.currentIndex()
        rows = self.ui.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (index.row() if index.isValid() else -1)
        return self.model.item(row)

    def current_id(self) -> str | None:
        obj = self.current()
        return self.ident(obj) if obj is not None else None

    def select(self, ident: str) -> bool:
        row = self.model.row_of(ident)
        if row >= 0:
            self.ui.table.selectRow(row)
        return row >= 0

    def _selected(self) -> None:
        obj = self.current()
        self.ui.detail.setText(self.describe(obj) if obj is not None else "")
        for b in (self.ui.editButton, self.ui.progressButton, self.ui.closeButton, self.ui.deleteButton):
            b.setEnabled(obj is not None)

    def open_dialog(self, dialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._dialog_done)
        dialog.open()

    def _dialog_done(self) -> None:
        changed = getattr(self.dialog, "result_changed", None)
        if changed is not None and changed.id:
            self.select(changed.id)

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setText(text)
        self.ui.message.setToolTip(text)
        self.ui.message.show()
        self.ctx.signals.status.emit(text)

    # -- print and Excel, off the UI thread ------------------------------------------------------
    def export(self, path: str | None = None, *, excel: bool = False):
        ext = ".xlsx" if excel else ".pdf"
        if path is None:
            name = f"{self.file_name()}{ext}"
            # 打印 also offers Word, for an office that edits the table before it prints
            path, _ = QFileDialog.getSaveFileName(self, "导出Excel" if excel else "打印（生成 PDF 或 Word）",
                                                  str(documents_folder() / name),
                                                  "Excel 表格 (*.xlsx)" if excel
                                                  else "PDF 文件 (*.pdf);;Word 文档 (*.docx)")
            if not path:
                return None
        if not excel and str(path).lower().endswith(".docx"):
            ext = ".docx"
        path = str(path) if str(path).lower().endswith(ext) else f"{path}{ext}"
        paper = "A3" if self.ui.paper.currentIndex() == 1 else "A4"
        on, kind, options = today(self.ctx), self.kind, self.options()

        def run(db, progress):
            return practice_reports.write(db, kind, path, paper=paper, today=on, progress=progress, **options)

        what = practice_reports.KINDS[kind]
        return self.jobs.start(run, self._exported, f"正在生成{what}…", write=False)

    def _exported(self, result) -> None:
        path, count, warning = result
        unit = {".xlsx": "个工作表", ".docx": "部分"}.get(Path(path).suffix.lower(), "页")
        self.say(f"已生成{practice_reports.KINDS[self.kind]}：{path}（{count} {unit}）" + (f"。{warning}" if warning else ""))
        self.jobs.offer(Path(path))

    def ids(self) -> list[str]:
        return [self.model.data(self.model.index(r, 0), ID_ROLE) for r in range(self.model.rowCount())]
