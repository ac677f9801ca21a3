"""One decided item: text, lead unit, partner units, deadline (a phrase is fine) and "make it a task"."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox

from kydesk.domain.cn_text import cn_date
from kydesk.domain.deadlines import parse_deadline
from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.services import meeting_items
from kydesk.services import meetings as meeting_services
from kydesk.ui.forms.ui_meeting_decision import Ui_DecisionDialog
from kydesk.ui.meetings.common import set_choices

FIELDS = {"text": "text", "lead_unit": "lead", "partner_units": "partners", "due": "due"}


class DecisionDialog(QDialog):
    """accept() only after the services stored it; errors stay in the dialog with the field focused."""

    def __init__(self, ctx, meeting, decision=None, parent=None):
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.ctx, self.meeting, self.decision = ctx, meeting, decision
        self.decision_id = decision.id if decision else None
        ui = self.ui
        ui.lead.setInsertPolicy(QComboBox.NoInsert)
        set_choices(ui.lead, meeting_services.pick_lists(ctx.db).units)
        ui.buttons.button(QDialogButtonBox.Ok).setText("保存")
        ui.buttons.button(QDialogButtonBox.Cancel).setText("取消")
        if decision is None:
            n = len(meeting.decisions) + 1
            self.setWindowTitle(f"添加议定事项（第 {n} 项）")
            ui.makeTask.setChecked(True)     # each decided item becomes a task, as a rule
            ui.lead.setEditText("")
        else:
            self.setWindowTitle("修改议定事项")
            ui.text.setPlainText(decision.text)
            ui.lead.setEditText(decision.lead_unit)
            ui.partners.setText("、".join(p for p in decision.partner_units if p))
            ui.due.setText(decision.due_text or cn_date(decision.due))
            ui.makeTask.setChecked(bool(decision.task_id))
        ui.due.textChanged.connect(self._due_hint)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self._due_hint(ui.due.text())

    def _due_hint(self, text: str) -> None:
        """Show what the phrase means, so "7月底前" is seen as 2024年7月31日 before it is stored."""
        text = text.strip()
        if not text:
            self.ui.dueHint.setText("不填则无时限")
            return
        try:
            d = parse_deadline(text, self.meeting.year, today=self.meeting.date)
        except (KydeskError, ValueError) as e:
            self.ui.dueHint.setText(f"<span style='color:#c0392b'>{e}</span>")
            return
        if d.ongoing:
            self.ui.dueHint.setText("长期坚持（无截止日期）")
        elif d.recurrence:
            self.ui.dueHint.setText(f"周期性时限，下一次：{cn_date(d.due)}" if d.due else "周期性时限")
        else:
            self.ui.dueHint.setText(f"即 {cn_date(d.due)}" if d.due else "")

    def values(self) -> dict:
        ui = self.ui
        return {"text": ui.text.toPlainText().strip(), "lead_unit": ui.lead.currentText().strip(),
                "partner_units": ui.partners.text().strip(), "due": ui.due.text().strip()}

    def save(self) -> None:
        v, make_task = self.values(), self.ui.makeTask.isChecked()
        try:
            if self.decision is None:
                done = self.ctx.run(meeting_services.decide, self.meeting.id, text=v["text"],
                                    lead_unit=v["lead_unit"] or None, partner_units=v["partner_units"],
                                    due=v["due"] or None, make_task=make_task)
                self.decision_id = done.id
            else:
                self.ctx.run(meeting_items.update_decision, self.decision.id, **v)
                if make_task != bool(self.decision.task_id):
                    self.ctx.run(meeting_items.set_decision_task, self.decision.id, make_task)
        except KydeskError as e:
            self.ui.error.setText(str(e))
            name = FIELDS.get(getattr(e, "field", None) or "") if isinstance(e, ValidationError) else None
            if name:
                getattr(self.ui, name).setFocus()
            return
        self.accept()
