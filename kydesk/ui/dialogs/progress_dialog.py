"""Record a progress update (date, text, percent, reporting unit, 佐证材料) with the task's timeline above it."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QTreeWidgetItem

from kydesk.domain.errors import KydeskError
from kydesk.services import attachments, ledger, task_history, tasks
from kydesk.ui import undo
from kydesk.ui.forms.ui_progress_dialog import Ui_ProgressDialog
from kydesk.ui.widgets.common import FieldErrors, fit_columns, pydate, qdate, today


class ProgressDialog(QDialog):
    def __init__(self, ctx, task_id: str, parent=None):
        super().__init__(parent)
        self.ctx, self.task_id = ctx, task_id
        self.ui = ui = Ui_ProgressDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({"text": ui.textError, "percent": ui.textError, "unit": ui.textError,
                                   "date": ui.textError}, ui.textError)
        row = ledger.task_row(ctx.db, task_id, today(ctx))
        ui.taskLabel.setText(f"任务：{row.task.title}（当前进度 {row.task.percent}%）")
        self.setWindowTitle(f"记录进展 — {row.task.title}")
        ui.date.setDate(qdate(today(ctx)))
        own = ctx.db.meta("unit_name") or ""
        ui.unit.addItem(own)
        ui.unit.addItems([u for u in ledger.pick_lists(ctx.db).units if u != own])
        ui.unit.setInsertPolicy(QComboBox.NoInsert)
        fit_columns(ui.timeline, stretch=2)
        for e in task_history.timeline(ctx.db, task_id):
            ui.timeline.addTopLevelItem(QTreeWidgetItem(
                [e.date, e.kind, e.text, "" if e.percent is None else f"{e.percent}%", e.unit]))
        ui.attachments.checker = lambda paths, reduce: attachments.check_files(ctx.db, paths, reduce_images=reduce)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.text.setFocus()

    def save(self) -> bool:
        ui = self.ui
        self.errors.clear()
        percent = ui.percent.value()
        unit = ui.unit.currentText().strip()
        try:
            undo.task_edit(self.ctx, "记录进展", tasks.add_progress, self.task_id, creates="progress",
                           text=ui.text.toPlainText(), percent=None if percent < 0 else percent,
                           on=pydate(ui.date.date()) or today(self.ctx),
                           unit=None if unit == (self.ctx.db.meta("unit_name") or "") else unit or None,
                           attach=ui.attachments.paths(), reduce_images=ui.attachments.reduce_images())
        except KydeskError as e:
            self.errors.show_error(e, "text")
            return False
        self.accept()
        return True
