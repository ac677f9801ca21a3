"""One decided item: the decision sentence, a short task title, lead and partner units, 责任领导, 责任人, 板块,
deadline (a phrase is fine), and either "make it a task" or "与已有任务关联" (link a task already in the ledger)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox

from kydesk.domain.cn_text import cn_date
from kydesk.domain.deadlines import parse_deadline
from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.services import ledger, meeting_items, tasks
from kydesk.services import meetings as meeting_services
from kydesk.ui.forms.ui_meeting_decision import Ui_DecisionDialog
from kydesk.ui.meetings.common import set_choices

FIELDS = {"text": "text", "lead_unit": "lead", "partner_units": "partners", "due": "due", "title": "title",
          "leader": "leader", "person": "person", "section": "section", "link_task": "linkedTask"}


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
        picks = ledger.pick_lists(ctx.db)
        set_choices(ui.section, picks.sections)
        ui.section.lineEdit().setPlaceholderText(meeting_services.default_section(
            {"year": meeting.year, "number": meeting.number, "kind": meeting.kind}))
        for edit, names in ((ui.leader, picks.leaders), (ui.person, picks.persons)):
            edit.setCompleter(QCompleter(names, edit))
        ui.linkedTask.setInsertPolicy(QComboBox.NoInsert)
        for task_id, label in meeting_items.link_candidates(ctx.db):
            ui.linkedTask.addItem(label, task_id)
        ui.linkedTask.setCurrentIndex(-1)
        ui.linkedTask.lineEdit().setPlaceholderText("输入任务名称中的字查找")
        completer = QCompleter(ui.linkedTask.model(), ui.linkedTask)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        ui.linkedTask.setCompleter(completer)
        ui.makeTask.toggled.connect(lambda on: on and ui.linkTask.setChecked(False))
        ui.linkTask.toggled.connect(self._link_toggled)
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
            ui.title.setText(decision.title)
            ui.leader.setText(decision.leader)
            ui.person.setText(decision.person)
            ui.section.setEditText(decision.section)
            ui.makeTask.setChecked(bool(decision.task_id) and not decision.linked)
            if decision.linked:
                ui.linkTask.setChecked(True)
                i = ui.linkedTask.findData(decision.task_id)
                if i < 0:       # a closed task is not offered, but the link stands
                    ui.linkedTask.addItem(tasks.get_task(ctx.db, decision.task_id).title, decision.task_id)
                    i = ui.linkedTask.count() - 1
                ui.linkedTask.setCurrentIndex(i)
        ui.due.textChanged.connect(self._due_hint)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self._due_hint(ui.due.text())

    def _link_toggled(self, on: bool) -> None:
        self.ui.linkedTask.setEnabled(on)
        if on:
            self.ui.makeTask.setChecked(False)
            self.ui.linkedTask.setFocus()

    def linked_task_id(self) -> str | None:
        """The task chosen to link to: the item picked, or the one whose label was typed in full."""
        combo = self.ui.linkedTask
        text = combo.currentText().strip()
        if not text:
            return None
        i = combo.findText(text)
        if i < 0:
            matches = [j for j in range(combo.count()) if text in combo.itemText(j)]
            if len(matches) != 1:
                raise ValidationError(f"找不到唯一的任务“{text}”：请从列表中选择要关联的任务", "link_task")
            i = matches[0]
        return combo.itemData(i)

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
                "partner_units": ui.partners.text().strip(), "due": ui.due.text().strip(),
                "title": ui.title.text().strip(), "leader": ui.leader.text().strip(),
                "person": ui.person.text().strip(), "section": ui.section.currentText().strip()}

    def save(self) -> None:
        v, make_task = self.values(), self.ui.makeTask.isChecked()
        try:
            link = self.linked_task_id() if self.ui.linkTask.isChecked() else None
            if self.ui.linkTask.isChecked() and not link:
                raise ValidationError("请选择要关联的已有任务", "link_task")
            if self.decision is None:
                done = self.ctx.run(meeting_services.decide, self.meeting.id, text=v["text"],
                                    lead_unit=v["lead_unit"] or None, partner_units=v["partner_units"],
                                    due=v["due"] or None, make_task=make_task, leader=v["leader"],
                                    person=v["person"], section=v["section"], title=v["title"], link_task=link)
                self.decision_id = done.id
            else:
                d = self.decision
                self.ctx.run(meeting_items.update_decision, d.id, **v)
                was_own = bool(d.task_id) and not d.linked
                if was_own and not make_task:
                    self.ctx.run(meeting_items.set_decision_task, d.id, False)
                if d.linked and link != d.task_id:
                    self.ctx.run(meeting_items.link_decision_task, d.id, None)
                if link and link != (d.task_id if d.linked else None):
                    self.ctx.run(meeting_items.link_decision_task, d.id, link)
                if make_task and not was_own:
                    self.ctx.run(meeting_items.set_decision_task, d.id, True)
        except KydeskError as e:
            self.ui.error.setText(str(e))
            name = FIELDS.get(getattr(e, "field", None) or "") if isinstance(e, ValidationError) else None
            if name:
                getattr(self.ui, name).setFocus()
            return
        self.accept()
