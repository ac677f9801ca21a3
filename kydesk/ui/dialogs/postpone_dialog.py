"""延期 (a new deadline with a reason; the old one stays in the history) and 销号 (done, with its date)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from kydesk.domain.errors import KydeskError
from kydesk.services import attachments, ledger, tasks
from kydesk.ui import undo
from kydesk.ui.forms.ui_done_dialog import Ui_DoneDialog
from kydesk.ui.forms.ui_postpone_dialog import Ui_PostponeDialog
from kydesk.ui.widgets.common import ERROR_STYLE, FieldErrors, pydate, qdate, today


class PostponeDialog(QDialog):
    def __init__(self, ctx, task_id: str, parent=None):
        super().__init__(parent)
        self.ctx, self.task_id = ctx, task_id
        self.ui = ui = Ui_PostponeDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({"due": ui.dueError, "reason": ui.reasonError}, ui.dueError)
        row = ledger.task_row(ctx.db, task_id, today(ctx))
        ui.taskLabel.setText(f"任务：{row.task.title}")
        current = row.due_display or "（未定）"
        if row.task.due_text and row.task.due_text != current:
            current += f"（原文：{row.task.due_text}）"
        ui.currentDue.setText(current)
        ui.due.textChanged.connect(self._preview)
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.due.setFocus()

    def _preview(self, text: str) -> None:
        ok, meaning = ledger.preview_deadline(self.ctx.db, text, today(self.ctx))
        self.ui.dueResolved.setText(meaning)
        self.ui.dueResolved.setStyleSheet("color: #1e6b3a;" if ok else ERROR_STYLE)

    def save(self) -> bool:
        self.errors.clear()
        due = self.ui.due.text().strip()
        if not due:
            self.errors.show("due", "请填写新的时限")
            return False
        try:
            undo.task_edit(self.ctx, f"延期至{due}", tasks.postpone, self.task_id, creates="extension_request",
                           due=due, reason=self.ui.reason.toPlainText(), today=today(self.ctx))
        except KydeskError as e:
            self.errors.show_error(e, "due")
            return False
        self.accept()
        return True


class DoneDialog(QDialog):
    def __init__(self, ctx, task_id: str, parent=None):
        super().__init__(parent)
        self.ctx, self.task_id = ctx, task_id
        self.ui = ui = Ui_DoneDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({}, ui.error)
        row = ledger.task_row(ctx.db, task_id, today(ctx))
        ui.taskLabel.setText(f"任务：{row.task.title}")
        if row.task.owner and row.task.owner != ctx.db.unit_code:      # the city confirms it
            self.setWindowTitle("申请销号")
            ui.okButton.setText("提交销号申请")
            ui.taskLabel.setText(f"任务：{row.task.title}\n上级交办任务：提交销号申请并附佐证材料，由 {row.task.owner} 确认后办结")
        ui.date.setDate(qdate(today(ctx)))
        ui.attachments.checker = lambda paths, reduce: attachments.check_files(ctx.db, paths, reduce_images=reduce)
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> bool:
        self.errors.clear()
        try:
            undo.task_edit(self.ctx, "销号", tasks.mark_done, self.task_id, on=pydate(self.ui.date.date()),
                           attach=self.ui.attachments.paths(), reduce_images=self.ui.attachments.reduce_images())
        except KydeskError as e:
            self.errors.show_error(e)
            return False
        self.accept()
        return True
