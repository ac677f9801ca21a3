"""The 任务来源 tab of the task dialog: 来源, 文号, 批示领导, 批示日期 and 批示内容 (each stored when the field
is left, like the other fields of the dialog), and the notices already issued for the task."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kydesk.domain.errors import KydeskError
from kydesk.services import notices, task_sources, tasks
from kydesk.ui.forms.ui_task_source import Ui_TaskSourceTab


class SourceTab(QWidget):
    def __init__(self, ctx, task_id: str | None, parent=None):
        super().__init__(parent)
        self.ctx, self.task_id = ctx, task_id
        self.ui = ui = Ui_TaskSourceTab()
        ui.setupUi(self)
        ui.kind.addItem("（未登记）", "")
        for kind in task_sources.SOURCE_KINDS:
            ui.kind.addItem(kind, kind)
        self._loaded: dict = {}
        if task_id:
            self.load()
            ui.kind.currentIndexChanged.connect(lambda _i: self.commit("kind"))
            for field, widget in (("doc_no", ui.docNo), ("leader", ui.leader), ("instructed_on", ui.date)):
                widget.editingFinished.connect(lambda f=field: self.commit(f))
            ui.instruction.installEventFilter(self)

    def eventFilter(self, obj, event):
        if obj is self.ui.instruction and event.type() == QEvent.FocusOut:
            self.commit("instruction")
        return super().eventFilter(obj, event)

    def values(self) -> dict:
        ui = self.ui
        return {"kind": ui.kind.currentData() or "", "doc_no": ui.docNo.text(), "leader": ui.leader.text(),
                "instruction": ui.instruction.toPlainText(), "instructed_on": ui.date.text().strip()}

    def load(self) -> None:
        ui = self.ui
        src = task_sources.get_source(self.ctx.db, self.task_id)
        self._loaded = {**src, "instructed_on": src["instructed_on"].isoformat() if src["instructed_on"] else ""}
        ui.kind.blockSignals(True)
        ui.kind.setCurrentIndex(max(0, ui.kind.findData(src["kind"])))
        ui.kind.blockSignals(False)
        ui.docNo.setText(src["doc_no"])
        ui.leader.setText(src["leader"])
        ui.date.setText(self._loaded["instructed_on"])
        ui.instruction.setPlainText(src["instruction"])
        owner = tasks.get_task(self.ctx.db, self.task_id).owner
        for w in (ui.kind, ui.docNo, ui.leader, ui.date, ui.instruction):   # a city task's source is the city's
            w.setEnabled(not owner or owner == self.ctx.db.unit_code)
        issued = notices.task_notices(self.ctx.db, self.task_id)
        ui.notices.setText("；".join(f"{n['name']} {n['number']}（{n['issued']}）" for n in issued) or "（无）")

    def check(self) -> bool:
        """Before a new task is added: are the source fields acceptable? (error shown in the tab)"""
        try:
            task_sources.source_values(**self.values())
        except KydeskError as e:
            self.ui.error.setText(str(e))
            return False
        self.ui.error.clear()
        return True

    def save(self, task_id: str) -> None:
        """Store every filled field for the task (a new task, right after it was added)."""
        self.task_id = task_id
        filled = {k: v for k, v in self.values().items() if v}
        if filled:
            self.ctx.run(task_sources.set_source, task_id, **filled)

    def commit(self, field: str) -> bool:
        value = self.values()[field]
        if not self.task_id or value == (self._loaded.get(field) or ""):
            return True
        try:
            self.ctx.run(task_sources.set_source, self.task_id, **{field: value})
        except KydeskError as e:
            self.ui.error.setText(str(e))
            return False
        self._loaded[field] = value
        self.ui.error.clear()
        return True
