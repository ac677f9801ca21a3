"""议定事项: numbered 一、二、…; each may be a ledger task (linked both ways, the meeting as its source)
whose light shows here; editing an item updates its task until the 纪要 is final."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from kydesk.services import meeting_items, meeting_summary
from kydesk.ui.forms.ui_meeting_decisions import Ui_DecisionsPanel
from kydesk.ui.meetings import common
from kydesk.ui.meetings.common import Panel
from kydesk.ui.meetings.decision_dialog import DecisionDialog
from kydesk.ui.meetings.models import DecisionModel


class DecisionsPanel(Panel):
    def __init__(self, ctx, say, parent=None):
        super().__init__(ctx, say, parent)
        self.ui = Ui_DecisionsPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.dialog: DecisionDialog | None = None
        self.model = DecisionModel(parent=self)
        ui.table.setModel(self.model)
        ui.table.verticalHeader().hide()
        h = ui.table.horizontalHeader()
        for col, mode in enumerate([QHeaderView.ResizeToContents, QHeaderView.Stretch, QHeaderView.Interactive,
                                    QHeaderView.Interactive, QHeaderView.Interactive, QHeaderView.Interactive]):
            h.setSectionResizeMode(col, mode)
        for col, width in ((2, 130), (3, 160), (4, 120), (5, 130)):
            ui.table.setColumnWidth(col, width)
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit)
        ui.table.doubleClicked.connect(lambda _i: self.edit())
        ui.taskButton.clicked.connect(self.toggle_task)
        ui.problemButton.clicked.connect(self.record_problem)
        ui.deleteButton.clicked.connect(self.delete)
        ui.upButton.clicked.connect(lambda: self.move(-1))
        ui.downButton.clicked.connect(lambda: self.move(1))
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

    def set_meeting(self, meeting, locked: bool) -> None:
        keep = self.selected_id()
        self.meeting, self.locked = meeting, locked
        tasks = meeting_summary.task_states(self.ctx.db, [d.task_id for d in meeting.decisions],
                                            today=common.today())
        self.model.set_decisions(meeting.decisions, tasks, locked)
        self.ui.table.resizeRowsToContents()
        self.select(keep)
        self._enable()

    def selected(self):
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def selected_id(self):
        d = self.selected()
        return d.id if d else None

    def select(self, item_id) -> None:
        row = self.model.row_of(item_id) if item_id else -1
        if row >= 0:
            self.ui.table.selectRow(row)

    def _enable(self) -> None:
        ui, editable, d = self.ui, not self.locked, self.selected()
        ui.addButton.setEnabled(editable)
        for b in (ui.editButton, ui.taskButton, ui.deleteButton, ui.upButton, ui.downButton):
            b.setEnabled(editable and d is not None)
        ui.problemButton.setEnabled(d is not None and d.id not in self._problems())   # 问题清单, even when final
        linked = d is not None and d.linked
        ui.taskButton.setText("取消关联" if linked else "取消任务" if d is not None and d.task_id else "生成任务")
        ui.taskButton.setToolTip("解除与台账中已有任务的关联（任务本身不变）" if linked
                                 else "删除台账中由这一项生成的任务（已有进展的不能删除）" if d is not None and d.task_id
                                 else "把这一项作为任务加入台账，来源为本次会议")

    # -- actions ---------------------------------------------------------------------------------
    def _open(self, decision) -> None:
        if self.meeting is None or self.locked:
            return
        self.dialog = DecisionDialog(self.ctx, self.meeting, decision, parent=self)
        self.dialog.accepted.connect(lambda d=self.dialog: self.select(d.decision_id))
        self.dialog.open()

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        d = self.selected()
        if d is not None:
            self._open(d)

    def toggle_task(self) -> None:
        d = self.selected()
        if d is not None:
            self.call(meeting_items.set_decision_task, d.id, not d.task_id)

    def _problems(self) -> dict:
        from kydesk.services.problems import decision_problems

        return decision_problems(self.ctx.db, self.meeting.id) if self.meeting is not None else {}

    def record_problem(self) -> None:
        """记为问题: the item goes onto the 问题清单 with this meeting as its source."""
        from kydesk.services.problems import problem_from_decision

        d = self.selected()
        if d is not None and self.call(problem_from_decision, d.id, today=common.today()) is not None:
            self._enable()

    def delete(self) -> None:
        item_id = self.selected_id()
        if not item_id:
            return
        done = self.call(meeting_items.delete_item, "decision", item_id)
        if done is not None:
            extra = done.extra
            self.push_undo("删除议定事项",
                           lambda: self.ctx.run(meeting_items.restore_item, "decision", item_id, extra),
                           lambda: self.ctx.run(meeting_items.delete_item, "decision", item_id))

    def move(self, delta: int) -> None:
        item_id = self.selected_id()
        if item_id and self.call(meeting_items.move_item, "decision", item_id, delta) is not None:
            self.select(item_id)
