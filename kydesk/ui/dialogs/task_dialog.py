"""A task in a dialog: add (stored when 添加 is pressed and every field is right), or edit (each field is
stored as soon as it is left, one undoable step each); its progress timeline and audit trail.

Field errors show under their field in Chinese; nothing is stored until the service accepts the value.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QMenu, QTreeWidgetItem

from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.domain.models import TaskStatus
from kydesk.services import ledger, task_history, tasks
from kydesk.ui import undo
from kydesk.ui.dialogs.task_source_tab import SourceTab
from kydesk.ui.forms.ui_task_dialog import Ui_TaskDialog
from kydesk.ui.widgets.common import ERROR_STYLE, FieldErrors, ask, fit_columns, today

SEPARATORS = re.compile(r"[、，,；;/]+")
# field -> (service keyword, label for the undo history)
FIELDS = {"section": "所属板块", "title": "任务名称", "target": "目标任务", "lead_unit": "牵头单位",
          "partner_units": "配合单位", "leader": "责任领导", "person": "责任人", "start": "开始日期",
          "due": "时限", "key": "重点", "status": "状态", "percent": "进度"}


class TaskDialog(QDialog):
    def __init__(self, ctx, task_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.task_id = ctx, task_id
        self.ui = ui = Ui_TaskDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({"title": ui.titleError, "lead_unit": ui.leadUnitError,
                                   "partner_units": ui.partnerUnitsError, "start": ui.startError,
                                   "due": ui.dueError, "status": ui.statusError, "percent": ui.statusError},
                                  ui.generalError)
        for status in TaskStatus:
            ui.status.addItem(status.label, status.value)
        self._fill_pick_lists()
        ui.due.textChanged.connect(self._preview_due)
        ui.closeButton.clicked.connect(self.reject)
        fit_columns(ui.timeline, stretch=2)
        fit_columns(ui.audit, stretch=2)
        self.source_tab = SourceTab(ctx, task_id, self)     # 任务来源: 来源, 文号, 批示
        ui.tabs.addTab(self.source_tab, "任务来源")
        if task_id is None:
            self.setWindowTitle("新增任务")
            ui.addButton.clicked.connect(self.submit)
            ui.closeButton.setText("取消")
            for w in (ui.doneButton, ui.reopenButton, ui.deleteButton, ui.savedHint):
                w.hide()
            ui.tabs.setTabEnabled(1, False)
            ui.tabs.setTabEnabled(2, False)
            ui.tabs.setTabEnabled(3, False)
            ui.status.setCurrentIndex(ui.status.findData(TaskStatus.ACTIVE.value))
        else:
            ui.addButton.hide()
            self.load()
            self._connect_commits()
            ui.doneButton.clicked.connect(self.mark_done)
            ui.reopenButton.clicked.connect(self.reopen)
            ui.deleteButton.clicked.connect(self.delete)
            ui.progressButton.clicked.connect(self.record_progress)
            ui.postponeButton.clicked.connect(self.postpone)
            ctx.signals.changed.connect(self._on_changed)
        ui.title.setFocus()

    # -- pick lists -------------------------------------------------------------------------------------
    def _fill_pick_lists(self) -> None:
        ui, picks = self.ui, ledger.pick_lists(self.ctx.db)
        for combo, items in ((ui.section, picks.sections), (ui.leadUnit, picks.units), (ui.leader, picks.leaders),
                             (ui.person, picks.persons)):
            combo.addItem("")
            combo.addItems(items)
            combo.setInsertPolicy(QComboBox.NoInsert)
            combo.completer().setFilterMode(Qt.MatchContains)
            combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
        menu = QMenu(self)
        for name in picks.units:
            action = QAction(name, menu, checkable=True)
            action.toggled.connect(lambda on, n=name: self._toggle_partner(n, on))
            menu.addAction(action)
        menu.aboutToShow.connect(self._sync_partner_menu)
        ui.partnerPick.setMenu(menu)

    def _partners(self) -> list[str]:
        return [p.strip() for p in SEPARATORS.split(self.ui.partnerUnits.text()) if p.strip()]

    def _sync_partner_menu(self) -> None:
        chosen = set(self._partners())
        for action in self.ui.partnerPick.menu().actions():
            action.blockSignals(True)
            action.setChecked(action.text() in chosen)
            action.blockSignals(False)

    def _toggle_partner(self, name: str, on: bool) -> None:
        names = [n for n in self._partners() if n != name] + ([name] if on else [])
        self.ui.partnerUnits.setText("、".join(names))
        if self.task_id:
            self.commit("partner_units")

    # -- what the fields hold -----------------------------------------------------------------------------
    def value(self, field: str):
        ui = self.ui
        return {
            "section": lambda: ui.section.currentText().strip(), "title": lambda: ui.title.text(),
            "target": lambda: ui.target.toPlainText().strip(), "lead_unit": lambda: ui.leadUnit.currentText(),
            "partner_units": lambda: ui.partnerUnits.text(), "leader": lambda: ui.leader.currentText().strip(),
            "person": lambda: ui.person.currentText().strip(), "start": lambda: ui.start.text().strip(),
            "due": lambda: ui.due.text().strip(), "key": lambda: ui.key.isChecked(),
            "status": lambda: ui.status.currentData(), "percent": lambda: ui.percent.value(),
        }[field]()

    def _service_value(self, field: str):
        """The field's value as the service takes it; a problem found on its own raises at once."""
        value = self.value(field)
        problem = tasks.check_fields(self.ctx.db, {field: value}, today(self.ctx)).get(field)
        if problem:
            raise ValidationError(problem, field)
        if field in ("lead_unit", "partner_units"):
            return self._partners() if field == "partner_units" else value.strip()
        return value

    def _preview_due(self, text: str) -> None:
        ok, meaning = ledger.preview_deadline(self.ctx.db, text, today(self.ctx))
        self.ui.dueResolved.setText(meaning)
        self.ui.dueResolved.setStyleSheet("color: #1e6b3a;" if ok else ERROR_STYLE)

    # -- add ----------------------------------------------------------------------------------------------
    def submit(self) -> bool:
        """添加: every field is checked by the service; on any error nothing is stored."""
        self.errors.clear()
        problems = tasks.check_fields(self.ctx.db, {f: self.value(f) for f in FIELDS}, today(self.ctx))
        for field, message in problems.items():          # every wrong field at once, each in its place
            self.errors.show(field, message)
        if problems:
            self._focus(next(iter(problems)))
            return False
        if not self.source_tab.check():
            self.ui.tabs.setCurrentWidget(self.source_tab)
            return False
        try:
            values = {f: self._service_value(f) for f in FIELDS}
            if values["status"] == TaskStatus.DONE.value:
                values.pop("percent")
            title = values.pop("title")
            result = undo.task_edit(self.ctx, f"添加任务：{title.strip()}", tasks.add_task, creates="task",
                                    title=title, today=today(self.ctx), **values)
        except KydeskError as e:
            self.errors.show_error(e)
            self._focus(getattr(e, "field", None))
            return False
        self.task_id = result.id
        self.source_tab.save(result.id)
        self.accept()
        return True

    def _focus(self, field: str | None) -> None:
        widget = {"title": self.ui.title, "lead_unit": self.ui.leadUnit, "partner_units": self.ui.partnerUnits,
                  "start": self.ui.start, "due": self.ui.due, "status": self.ui.status,
                  "percent": self.ui.percent}.get(field or "")
        if widget:
            self.ui.tabs.setCurrentIndex(0)
            widget.setFocus()

    # -- edit: each field stored when left ------------------------------------------------------------------
    def _connect_commits(self) -> None:
        ui = self.ui
        for field, widget in (("title", ui.title), ("partner_units", ui.partnerUnits), ("start", ui.start),
                              ("due", ui.due)):
            widget.editingFinished.connect(lambda f=field: self.commit(f))
        for field, combo in (("section", ui.section), ("lead_unit", ui.leadUnit), ("leader", ui.leader),
                             ("person", ui.person)):
            combo.lineEdit().editingFinished.connect(lambda f=field: self.commit(f))
            combo.activated.connect(lambda _i, f=field: self.commit(f))
        ui.status.activated.connect(lambda _i: self.commit("status"))
        ui.percent.editingFinished.connect(lambda: self.commit("percent"))
        ui.key.toggled.connect(lambda _on: self.commit("key"))
        ui.target.installEventFilter(self)

    def eventFilter(self, obj, event):
        if obj is self.ui.target and event.type() == event.Type.FocusOut and self.task_id:
            self.commit("target")
        return super().eventFilter(obj, event)

    def commit(self, field: str) -> bool:
        """Store one field now (an undoable step); a refused value stays in the field with its error."""
        if not self.task_id:
            return False
        try:
            value = self._service_value(field)
            if value == self._loaded.get(field):
                self.errors.clear(field)
                return True
            if field == "status" and value == TaskStatus.DONE.value:
                undo.task_edit(self.ctx, "销号", tasks.mark_done, self.task_id, on=today(self.ctx))
            else:
                undo.task_edit(self.ctx, f"修改{FIELDS[field]}", tasks.update_task, self.task_id,
                               today=today(self.ctx), **{field: value})
        except KydeskError as e:
            self.errors.show(getattr(e, "field", None) or field, str(e))
            return False
        self.errors.clear(field)
        self.errors.clear()
        return True

    def load(self) -> None:
        """Show the task as stored (fields with an error keep what the clerk typed)."""
        ui = self.ui
        row = ledger.task_row(self.ctx.db, self.task_id, today(self.ctx))
        t = row.task
        self.setWindowTitle(f"任务：{t.title}")
        self._loaded = {"section": t.section, "title": t.title, "target": t.target, "lead_unit": t.lead_unit,
                        "partner_units": [p for p in t.partner_units if p], "leader": t.leader, "person": t.person,
                        "start": t.start.isoformat() if t.start else "", "due": t.due_text, "key": t.key,
                        "status": t.status.value, "percent": t.percent}
        setters = {
            "section": lambda v: ui.section.setCurrentText(v), "title": ui.title.setText,
            "target": ui.target.setPlainText, "lead_unit": lambda v: ui.leadUnit.setCurrentText(v),
            "partner_units": lambda v: ui.partnerUnits.setText("、".join(v)),
            "leader": lambda v: ui.leader.setCurrentText(v), "person": lambda v: ui.person.setCurrentText(v),
            "start": ui.start.setText, "due": ui.due.setText, "key": ui.key.setChecked,
            "status": lambda v: ui.status.setCurrentIndex(ui.status.findData(v)), "percent": ui.percent.setValue,
        }
        for field, setter in setters.items():
            if self.errors.has(field):
                continue
            widget = {"key": ui.key, "status": ui.status, "percent": ui.percent}.get(field)
            if widget:
                widget.blockSignals(True)
            setter(self._loaded[field])
            if widget:
                widget.blockSignals(False)
        closed = t.status in (TaskStatus.DONE, TaskStatus.CANCELLED)
        mine = not t.owner or t.owner == self.ctx.db.unit_code
        ui.doneButton.setEnabled(not closed)        # a task the city assigned: 申请销号, confirmed there
        ui.doneButton.setText("销号…" if mine else "申请销号…")
        ui.reopenButton.setEnabled(mine and closed)
        ui.deleteButton.setEnabled(mine)
        for widget in (ui.section, ui.title, ui.target, ui.leadUnit, ui.partnerUnits, ui.partnerPick, ui.leader,
                       ui.person, ui.start, ui.due, ui.key, ui.status):
            widget.setEnabled(mine)
        ui.percent.setEnabled(mine and t.status != TaskStatus.DONE)
        if not mine:      # a task the city assigned: its owner changes it; we report progress or ask for more time
            ui.savedHint.setText(f"上级交办任务（{t.owner}）：可记录进展或提出延期申请，不能直接修改")
        light = f"{row.light.label}：{row.light_text}" if row.light else f"{t.status.label}（不亮灯）"
        ui.tabs.setTabToolTip(0, light)
        self._fill_history()
        ui.evidenceTab.show_task(self.ctx, self.task_id)

    def _fill_history(self) -> None:
        ui = self.ui
        ui.timeline.clear()
        for e in task_history.timeline(self.ctx.db, self.task_id):
            ui.timeline.addTopLevelItem(QTreeWidgetItem(
                [e.date, e.kind, e.text, "" if e.percent is None else f"{e.percent}%", e.unit]))
        ui.audit.clear()
        for e in task_history.audit_trail(self.ctx.db, self.task_id):
            ui.audit.addTopLevelItem(QTreeWidgetItem([e.at, e.action, e.detail, e.actor]))

    def _on_changed(self, changed) -> None:
        if not self.isVisible() or not self.task_id:
            return
        if changed.tables & {"task", "progress", "extension_request", "unit", "attachment"}:
            try:
                self.load()
            except KydeskError:          # the task was deleted (or undone away)
                self.reject()

    # -- actions ------------------------------------------------------------------------------------------
    def mark_done(self):
        from kydesk.ui.dialogs.postpone_dialog import DoneDialog

        return _open(DoneDialog(self.ctx, self.task_id, self))

    def reopen(self) -> None:
        try:
            undo.task_edit(self.ctx, "重新打开", tasks.reopen, self.task_id)
        except KydeskError as e:
            self.errors.show(None, str(e))

    def postpone(self):
        from kydesk.ui.dialogs.postpone_dialog import PostponeDialog

        return _open(PostponeDialog(self.ctx, self.task_id, self))

    def record_progress(self):
        from kydesk.ui.dialogs.progress_dialog import ProgressDialog

        return _open(ProgressDialog(self.ctx, self.task_id, self))

    def delete(self) -> bool:
        return delete_task(self.ctx, self.task_id, self) and (self.accept() or True)


def delete_task(ctx, task_id: str, parent) -> bool:
    """Delete after a confirmation; undo brings it back."""
    title = ledger.task_row(ctx.db, task_id, today(ctx)).task.title
    confirm = getattr(parent, "confirm", None) or (lambda text: ask(parent, "删除任务", text))
    if not confirm(f"确定删除任务“{title}”吗？\n删除后可用“撤销”（Ctrl+Z）恢复。"):
        return False
    try:
        undo.task_edit(ctx, f"删除任务：{title}", tasks.delete_task, task_id)
    except KydeskError as e:
        ctx.signals.status.emit(str(e))
        return False
    return True


def _open(dialog: QDialog) -> QDialog:
    """Window-modal and non-blocking, so tests (and the event loop) keep running."""
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_task(ctx, task_id: str | None, parent) -> TaskDialog:
    return _open(TaskDialog(ctx, task_id, parent))
