"""任务台账: the whole ledger in one table, filtered, sorted and grouped in SQL; add, edit, progress, 销号,
延期 and delete from the keyboard or the mouse; inline edit of status, percent and deadline; 导入Excel (also
by dropping a workbook on the window) and 导出Excel (台账, 月调度表, 季度通报)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QPushButton, QToolTip, QWidget

from kydesk.domain.errors import KydeskError
from kydesk.domain.models import TaskStatus
from kydesk.services import ledger, tasks
from kydesk.services.ledger import LedgerQuery
from kydesk.ui import undo
from kydesk.ui.dialogs.task_dialog import _open, delete_task, open_task
from kydesk.ui.forms.ui_ledger_view import Ui_LedgerView
from kydesk.ui.models.task_table import COLUMNS, ID_ROLE, KEYS, TaskTableModel
from kydesk.ui.views.ledger_columns import layout_columns
from kydesk.ui.views.spreadsheet_bar import SpreadsheetBar
from kydesk.ui.widgets import table_menus
from kydesk.ui.widgets.common import NO_DATE, ask, default_name, pydate, today
from kydesk.ui.widgets.flow_layout import flow_from
from kydesk.ui.widgets.task_delegate import TaskDelegate

LIGHTS = [("全部", None), ("红灯", "red"), ("黄灯", "yellow"), ("红灯和黄灯", "lit"), ("绿灯", "green"),
          ("不亮灯（已完成/取消）", "none")]
STATUSES = [("全部", None), ("未完成", "open")] + [(s.label, s.value) for s in TaskStatus]
GROUPS = [("不分组", None), ("按板块", "section"), ("按牵头单位", "unit"), ("按时限月份", "month"),
          ("按亮灯", "light"), ("按状态", "status")]
SEARCH_DELAY_MS = 120     # typing pauses this long before the table follows
EDIT_TEXT = {"status": "修改状态", "percent": "修改进度", "due": "修改时限"}


class View(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.ui = ui = Ui_LedgerView()
        ui.setupUi(self)
        self.model = TaskTableModel(lambda: ctx.db, lambda: today(ctx), self)
        self.model.edit_requested.connect(self.edit_cell)
        self.model.requeried.connect(self._after_query)
        table = ui.table
        table.setModel(self.model)
        table.setItemDelegate(TaskDelegate(table))
        # F2 or a double-click edits status, percent and deadline in place; on other cells a double-click
        # (or Enter) "activates" the row and opens the task (Qt emits activated only when it did not edit)
        table.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.DoubleClicked)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(max(28, self.fontMetrics().height() + 12))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        fm = self.fontMetrics()
        for i, (_, title, width, _) in enumerate(COLUMNS):
            table.setColumnWidth(i, max(width, fm.horizontalAdvance(title) + 28))
        table.setColumnWidth(KEYS.index("due"), max(118, fm.horizontalAdvance("2024年12月31日") + 16))
        header.setSortIndicator(1, Qt.AscendingOrder)
        table.activated.connect(self._activated)
        self._fill_filters()
        self._connect()
        self.sheets = SpreadsheetBar(ctx, self)
        self.print_button = QPushButton("打印…")
        self.print_button.setToolTip("打印台账（当前筛选）：预览后打印，A3 或 A4 横向（Ctrl+P）")
        self.print_button.clicked.connect(lambda: self.print_current())
        for button in (self.sheets.import_button, self.sheets.export_button, self.print_button):
            ui.actionRow.addWidget(button)
        ui.rootLayout.addWidget(self.sheets)
        # the style makes every button at least 80 px wide: a row of twelve would hold the window above
        # 1024 px, so on a narrow screen they may shrink to their text
        for i in range(ui.actionRow.count()):
            button = ui.actionRow.itemAt(i).widget()
            if button is not None:
                arrow = 16 if button.menu() else 0
                button.setMinimumWidth(self.fontMetrics().horizontalAdvance(button.text()) + 20 + arrow)
        # on a narrow window (1366×768 at 150 %) the buttons wrap onto a second line instead of widening it
        self.action_flow = flow_from(ui.actionRow, ui.rootLayout)
        for combo, chars in ((ui.light, 4), (ui.status, 3), (ui.group, 4), (ui.unit, 6)):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        em = self.fontMetrics().horizontalAdvance("中")
        for widget, chars in ((ui.light, 5), (ui.status, 4), (ui.group, 5), (ui.unit, 7), (ui.person, 5),
                              (ui.dueFrom, 6), (ui.dueTo, 6)):
            widget.setMinimumWidth(chars * em + 24)
        table_menus.install(table, "ledger", [("打开", self.open_task), ("记录进展", self.record_progress),
                                              ("销号", self.mark_done), ("延期", self.postpone), (None, None),
                                              ("导出佐证材料…", lambda: self.export_evidence()), (None, None),
                                              ("删除", self.delete)],
                            export_name=default_name(ctx, "任务台账（所选）", "csv", today(ctx)))
        self._loaded = False
        self._dirty = False

    # -- the filter bar -----------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        ui = self.ui
        for combo, items in ((ui.light, LIGHTS), (ui.status, STATUSES), (ui.group, GROUPS)):
            for label, value in items:
                combo.addItem(label, value)
        ui.group.setCurrentIndex(ui.group.findData("section"))     # as the ledger is printed: by section
        ui.unit.setInsertPolicy(QComboBox.NoInsert)
        ui.unit.completer().setFilterMode(Qt.MatchContains)
        self._fill_units()
        for edit in (ui.dueFrom, ui.dueTo):
            edit.setMinimumDate(NO_DATE)
            edit.setDate(NO_DATE)

    def _fill_units(self) -> None:
        combo = self.ui.unit
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部单位", None)
        for name in ledger.unit_names(self.ctx.db):
            combo.addItem(name, name)
        combo.setCurrentText(current or "全部单位")
        combo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.apply_filters)
        ui.search.textChanged.connect(lambda _t: self._search_timer.start())
        ui.person.textChanged.connect(lambda _t: self._search_timer.start())
        ui.unit.currentIndexChanged.connect(lambda _i: self.apply_filters())
        ui.unit.lineEdit().editingFinished.connect(self.apply_filters)
        for combo in (ui.light, ui.status, ui.group):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (ui.dueFrom, ui.dueTo):
            edit.dateChanged.connect(lambda _d: self.apply_filters())
        ui.keyOnly.toggled.connect(lambda _on: self.apply_filters())
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.addButton.clicked.connect(self.add_task)
        ui.openButton.clicked.connect(self.open_task)
        ui.progressButton.clicked.connect(self.record_progress)
        ui.doneButton.clicked.connect(self.mark_done)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.postponeButton.clicked.connect(self.postpone)
        ui.deleteButton.clicked.connect(self.delete)
        ui.unitsButton.clicked.connect(self.manage_units)
        # the buttons act on the undo stack in front (this view's while it is shown)
        group = self.ctx.undo_group
        ui.undoButton.clicked.connect(group.undo)
        ui.redoButton.clicked.connect(group.redo)
        group.canUndoChanged.connect(ui.undoButton.setEnabled)
        group.canRedoChanged.connect(ui.redoButton.setEnabled)
        ui.undoButton.setEnabled(group.canUndo())
        ui.redoButton.setEnabled(group.canRedo())
        # bound methods, not lambdas: Qt drops the connection when this view goes, the group lives on
        group.undoTextChanged.connect(self._undo_text)
        group.redoTextChanged.connect(self._redo_text)
        # Ctrl+N 新建, Ctrl+F 搜索, Ctrl+D 销号, Delete 删除 and Ctrl+P 打印 are the window's (kydesk/ui/menus.py)
        for keys, slot in (("Ctrl+R", self.record_progress), ("Ctrl+E", self.postpone)):
            QShortcut(QKeySequence(keys), self, activated=slot, context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Escape"), ui.search, activated=ui.search.clear, context=Qt.WidgetShortcut)
        ui.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def _undo_text(self, text: str) -> None:
        self.ui.undoButton.setToolTip(f"撤销：{text}（Ctrl+Z）" if text else "")

    def _redo_text(self, text: str) -> None:
        self.ui.redoButton.setToolTip(f"重做：{text}（Ctrl+Y）" if text else "")

    def query(self) -> LedgerQuery:
        ui = self.ui
        unit_text = ui.unit.currentText().strip()
        unit = None if unit_text in ("", "全部单位") else unit_text
        return LedgerQuery(unit=unit, person=ui.person.text(), search=ui.search.text(),
                           status=ui.status.currentData(), light=ui.light.currentData(),
                           key_only=ui.keyOnly.isChecked(), due_from=pydate(ui.dueFrom.date()),
                           due_to=pydate(ui.dueTo.date()), sort=self.model.query.sort, desc=self.model.query.desc,
                           group=ui.group.currentData())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        selected = self.current_task_id()
        self.model.set_query(self.query())
        self._loaded = True
        self.select_task(selected, quiet=True)

    def clear_filters(self) -> None:
        ui = self.ui
        widgets = (ui.search, ui.person, ui.unit, ui.light, ui.status, ui.group, ui.keyOnly, ui.dueFrom, ui.dueTo)
        for w in widgets:
            w.blockSignals(True)
        ui.search.clear()
        ui.person.clear()
        for combo in (ui.unit, ui.light, ui.status):
            combo.setCurrentIndex(0)
        ui.keyOnly.setChecked(False)
        ui.dueFrom.setDate(NO_DATE)
        ui.dueTo.setDate(NO_DATE)
        for w in widgets:
            w.blockSignals(False)
        self.apply_filters()

    def show_filtered(self, *, light: str | None = None, status: str | None = None, due_from=None,
                      due_to=None) -> None:
        """From the start page: the ledger with just these filters."""
        ui = self.ui
        self.clear_filters()
        for combo, value in ((ui.light, light), (ui.status, status)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        for edit, value in ((ui.dueFrom, due_from), (ui.dueTo, due_to)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            edit.blockSignals(False)
        self.apply_filters()

    def _layout_columns(self) -> None:
        layout_columns(self.ui.table, self.model.query.group == "section", self.fontMetrics())

    def _after_query(self) -> None:
        self._layout_columns()
        table = self.ui.table
        table.clearSpans()
        for row in self.model.header_rows:
            table.setSpan(row, 0, 1, len(COLUMNS))
        self.ui.count.setText(self.model.count_text)
        self._update_buttons()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self._loaded:
            QTimer.singleShot(0, self._layout_columns)

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    # -- refresh ------------------------------------------------------------------------------------------
    def showEvent(self, event):
        super().showEvent(event)
        if not self._loaded or self._dirty:
            self._dirty = False
            self.apply_filters()

    def on_changed(self, changed) -> None:
        if "unit" in changed.tables:
            self._fill_units()
        if not ledger.ledger_changed(changed) or not self._loaded:
            return
        if self.isVisible():
            self.apply_filters()
        else:
            self._dirty = True

    def selected_task_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.table.selectionModel().selectedRows()}) if \
            self.ui.table.selectionModel() else []
        found = [r.task.id for r in (self.model.task_row(i) for i in rows) if r]
        return found or ([self.current_task_id()] if self.current_task_id() else [])

    def export_evidence(self, folder: str | None = None):
        """导出佐证材料 of the selected tasks for an inspection (单位/任务/日期 文件名 under a chosen folder)."""
        from kydesk.ui.views.ledger_evidence import export_evidence

        return export_evidence(self, folder)

    # -- the selected task --------------------------------------------------------------------------------
    def current_task_id(self) -> str | None:
        index = self.ui.table.currentIndex()
        return self.model.data(index.siblingAtColumn(3), ID_ROLE) if index.isValid() else None

    def select_task(self, task_id: str | None, quiet: bool = False) -> bool:
        row = self.model.row_of(task_id) if task_id else None
        if row is None:
            return False
        index = self.model.index(row, 3)
        self.ui.table.setCurrentIndex(index)
        self.ui.table.scrollTo(index, QAbstractItemView.EnsureVisible if quiet else QAbstractItemView.PositionAtCenter)
        return True

    def _update_buttons(self) -> None:
        current = self.ui.table.currentIndex()
        row = self.model.task_row(current.row()) if current.isValid() else None
        closed = row is not None and row.task.status in (TaskStatus.DONE, TaskStatus.CANCELLED)
        for button in (self.ui.openButton, self.ui.progressButton, self.ui.postponeButton, self.ui.deleteButton):
            button.setEnabled(row is not None)
        self.ui.doneButton.setEnabled(row is not None and not closed)
        self.ui.reopenButton.setEnabled(closed)

    def _activated(self, index) -> None:
        if self.model.task_row(index.row()) is not None:      # not a group header
            self.open_task()

    # -- the window's common commands (menus.py) ----------------------------------------------------------
    def new_item(self):
        return self.add_task()

    def delete_selected(self) -> bool:
        return self.delete()

    def mark_selected_done(self):
        return self.mark_done()

    def refresh_view(self) -> None:
        self._fill_units()
        self.apply_filters()

    def save_as(self):
        return self.export_xlsx("ledger")

    def print_current(self, paper: str | None = None):
        """The ledger as filtered now, printed (A3/A4 landscape) through the print preview."""
        from kydesk.ui.dialogs.print_preview import preview_ledger

        return preview_ledger(self.ctx, self.query(), self, paper=paper)

    # -- actions (each returns the dialog it opened, for tests) -------------------------------------------
    def add_task(self):
        dialog = open_task(self.ctx, None, self)
        dialog.accepted.connect(lambda: self._reveal(dialog.task_id))
        return dialog

    def _reveal(self, task_id: str | None) -> None:
        if task_id and not self.select_task(task_id):
            self.ctx.signals.status.emit("新任务已添加，但不在当前筛选结果中")

    def open_task(self, task_id: str | None = None):
        task_id = task_id or self.current_task_id()
        return open_task(self.ctx, task_id, self) if task_id else None

    def record_progress(self):
        from kydesk.ui.dialogs.progress_dialog import ProgressDialog

        task_id = self.current_task_id()
        return _open(ProgressDialog(self.ctx, task_id, self)) if task_id else None

    def mark_done(self):
        from kydesk.ui.dialogs.postpone_dialog import DoneDialog

        task_id = self.current_task_id()
        return _open(DoneDialog(self.ctx, task_id, self)) if task_id else None

    def postpone(self):
        from kydesk.ui.dialogs.postpone_dialog import PostponeDialog

        task_id = self.current_task_id()
        return _open(PostponeDialog(self.ctx, task_id, self)) if task_id else None

    def reopen(self) -> None:
        task_id = self.current_task_id()
        if task_id:
            self._try(lambda: undo.task_edit(self.ctx, "重新打开", tasks.reopen, task_id))

    def delete(self) -> bool:
        task_id = self.current_task_id()
        return bool(task_id) and delete_task(self.ctx, task_id, self)

    def confirm(self, text: str) -> bool:
        return ask(self, "删除任务", text)

    def manage_units(self):
        from kydesk.ui.dialogs.units_dialog import UnitsDialog

        return _open(UnitsDialog(self.ctx, self))

    def edit_cell(self, task_id: str, field: str, value) -> None:
        """Inline edit from the table: one undoable step; a refused value is explained beside the cell."""
        if field == "status" and value == TaskStatus.DONE.value:
            ok = self._try(lambda: undo.task_edit(self.ctx, "销号", tasks.mark_done, task_id, on=today(self.ctx)))
        else:
            ok = self._try(lambda: undo.task_edit(self.ctx, EDIT_TEXT[field], tasks.update_task, task_id,
                                                  today=today(self.ctx), **{field: value}))
        if ok:
            self.select_task(task_id, quiet=True)

    def _try(self, fn) -> bool:
        try:
            fn()
        except KydeskError as e:
            self.ctx.signals.status.emit(str(e))
            table = self.ui.table
            rect = table.visualRect(table.currentIndex())
            QToolTip.showText(table.viewport().mapToGlobal(rect.bottomLeft()), str(e), table)
            return False
        return True

    # -- spreadsheets: 导入Excel / 导出Excel, what `kydesk xlsx import/export` does ---------------------------
    def accept_files(self, paths) -> bool:
        """Files dropped on the window: a spreadsheet is a ledger to import."""
        return self.sheets.accept_files(paths)

    def import_xlsx(self, path: str | None = None):
        return self.sheets.import_xlsx(path)

    def export_xlsx(self, kind: str = "ledger", path: str | None = None):
        return self.sheets.export_xlsx(kind, path)
