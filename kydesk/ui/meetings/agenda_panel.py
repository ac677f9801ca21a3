"""议题: an ordered list; the previous meeting's open decided items are offered as the first item, with
their tasks' lights as they stand today."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from kydesk.domain.cn_text import cn_date
from kydesk.services import meeting_items, meeting_summary
from kydesk.services import meetings as meeting_services
from kydesk.ui.forms.ui_meeting_agenda import Ui_AgendaPanel
from kydesk.ui.meetings import common
from kydesk.ui.meetings.common import Panel
from kydesk.ui.meetings.models import ID_ROLE, AgendaModel, FollowUpModel


class AgendaPanel(Panel):
    def __init__(self, ctx, say, parent=None):
        super().__init__(ctx, say, parent)
        self.ui = Ui_AgendaPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.follow = None
        self.model = AgendaModel(on_edit=self._edit, parent=self)
        ui.table.setModel(self.model)
        ui.table.verticalHeader().hide()
        h = ui.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.Stretch)
        h.setSectionResizeMode(2, QHeaderView.Interactive)
        ui.table.setColumnWidth(2, 200)
        self.follow_model = FollowUpModel(parent=self)
        ui.followTable.setModel(self.follow_model)
        ui.followTable.verticalHeader().hide()
        fh = ui.followTable.horizontalHeader()
        # short columns fit their contents so the decided item's text keeps the room (fixed widths left it none)
        for col in range(6):
            fh.setSectionResizeMode(col, QHeaderView.Stretch if col == 1 else QHeaderView.ResizeToContents)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.followButton.setText(f"列为第一项议题：{meeting_summary.FOLLOW_UP_TITLE}")
        ui.title.returnPressed.connect(self.add)
        ui.presenter.returnPressed.connect(self.add)
        ui.addButton.clicked.connect(self.add)
        ui.deleteButton.clicked.connect(self.delete)
        ui.upButton.clicked.connect(lambda: self.move(-1))
        ui.downButton.clicked.connect(lambda: self.move(1))
        ui.followButton.clicked.connect(self.add_follow_up)
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

    def set_meeting(self, meeting, locked: bool) -> None:
        keep = self.selected_id()
        self.meeting, self.locked = meeting, locked
        self.model.set_items(meeting.agenda, locked)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.ui.table.selectRow(row)
        self.follow = meeting_summary.follow_up(self.ctx.db, meeting.id, today=common.today())
        self.follow_model.set_items(self.follow.items)
        self._show_follow_up()
        self._enable()

    def _show_follow_up(self) -> None:
        f, ui = self.follow, self.ui
        ui.followBox.setVisible(f.previous is not None)
        if f.previous is None:
            return
        p = f.previous
        where = f"上次{p.kind}（第{p.number}期，{cn_date(p.date)}）"
        if not f.items:
            text = f"{where}的议定事项均已办结。" if p.decisions else f"{where}没有议定事项。"
        else:
            text = f"{where}有 {len(f.items)} 项议定事项尚未办结，亮灯为今天的情况。"
            if f.on_agenda:
                text += f"已列为议题“{meeting_summary.FOLLOW_UP_TITLE}”。"
        ui.followLabel.setText(text)
        ui.followTable.setVisible(bool(f.items))
        ui.followButton.setVisible(bool(f.items) and not f.on_agenda)

    def _enable(self) -> None:
        ui, editable, picked = self.ui, not self.locked, self.selected_id() is not None
        for w in (ui.title, ui.presenter, ui.addButton, ui.followButton):
            w.setEnabled(editable)
        for b in (ui.deleteButton, ui.upButton, ui.downButton):
            b.setEnabled(editable and picked)

    def selected_id(self):
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    # -- actions ---------------------------------------------------------------------------------
    def add(self) -> None:
        ui = self.ui
        if self.meeting is None or self.locked:
            return
        if not ui.title.text().strip():
            self.say("请填写议题", error=True)
            ui.title.setFocus()
            return
        done = self.call(meeting_services.add_agenda, self.meeting_id, title=ui.title.text(),
                         presenter=ui.presenter.text())
        if done is not None:
            ui.title.clear()
            ui.presenter.clear()
            ui.title.setFocus()

    def add_follow_up(self) -> None:
        self.call(meeting_summary.add_follow_up_agenda, self.meeting_id)

    def _edit(self, item, key: str, value) -> bool:
        return self.call(meeting_items.update_agenda, item.id, **{key: str(value)}) is not None

    def delete(self) -> None:
        item_id = self.selected_id()
        if not item_id:
            return
        done = self.call(meeting_items.delete_item, "agenda_item", item_id)
        if done is not None:
            extra = done.extra
            self.push_undo("删除议题",
                           lambda: self.ctx.run(meeting_items.restore_item, "agenda_item", item_id, extra),
                           lambda: self.ctx.run(meeting_items.delete_item, "agenda_item", item_id))

    def move(self, delta: int) -> None:
        item_id = self.selected_id()
        if item_id and self.call(meeting_items.move_item, "agenda_item", item_id, delta) is not None:
            row = self.model.row_of(item_id)
            if row >= 0:
                self.ui.table.selectRow(row)
