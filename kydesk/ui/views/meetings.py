"""会议 view: the meetings on the left; on the right the meeting being prepared, held or written up, one
tab per step (参会人员, 议题, 会议记录, 议定事项, 纪要, 打印)."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QWidget

from kydesk.domain.cn_text import cn_date
from kydesk.domain.errors import KydeskError
from kydesk.services import meetings as meeting_services
from kydesk.ui.forms.ui_meeting_view import Ui_MeetingView
from kydesk.ui.meetings import common
from kydesk.ui.meetings.agenda_panel import AgendaPanel
from kydesk.ui.meetings.attendance_panel import AttendancePanel
from kydesk.ui.meetings.decisions_panel import DecisionsPanel
from kydesk.ui.meetings.models import ID_ROLE, MeetingListModel
from kydesk.ui.meetings.plan_dialog import PlanDialog
from kydesk.ui.meetings.print_panel import PrintPanel
from kydesk.ui.meetings.record_panel import RecordPanel
from kydesk.ui.meetings.summary_panel import SummaryPanel
from kydesk.ui.widgets import table_menus

MEETING_TABLES = {"meeting", "attendance", "agenda_item", "record_entry", "decision", "summary_version", "task",
                  "progress", "unit", "person"}


class NumberedMeetingList(MeetingListModel):
    """期号 and date first: three meetings with the same title differ by them."""

    columns = [("number", "期号"), ("date", "日期"), ("name", "会议"), ("state", "状态")]

    def text(self, m, key, row, role):
        if key == "number":
            return f"{m.kind}第{m.number}期" if role == Qt.ToolTipRole else f"第{m.number}期"
        return super().text(m, key, row, role)

    def extra(self, m, key, role):
        if role == Qt.TextAlignmentRole and key == "number":
            return int(Qt.AlignCenter)
        return super().extra(m, key, role)


class View(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_MeetingView()
        self.ui.setupUi(self)
        ui = self.ui
        self.current_id: str | None = None
        self.meeting = None
        self.plan_dialog: PlanDialog | None = None
        self._reloading = self._again = False
        self.model = NumberedMeetingList(parent=self)
        ui.meetingList.setModel(self.model)
        ui.meetingList.verticalHeader().hide()
        h = ui.meetingList.horizontalHeader()
        for i in range(self.model.columnCount()):
            h.setSectionResizeMode(i, QHeaderView.Stretch if i == 2 else QHeaderView.ResizeToContents)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([330, 1000])
        self.attendance = AttendancePanel(ctx, self.say)
        self.agenda = AgendaPanel(ctx, self.say)
        self.record = RecordPanel(ctx, self.say)
        self.decisions = DecisionsPanel(ctx, self.say)
        self.summary = SummaryPanel(ctx, self.say)
        self.printing = PrintPanel(ctx, self.say)
        self.panels = [self.attendance, self.agenda, self.record, self.decisions, self.summary, self.printing]
        for panel in self.panels:
            ui.tabs.addTab(panel, "")
        self._message_timer = QTimer(self, singleShot=True, interval=10000, timeout=self._hide_message)
        # the message line keeps its room when empty: a note appearing must not move the buttons under the mouse
        policy = ui.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Ignored)      # a long note is cut (tooltip), never widens
        ui.message.setSizePolicy(policy)
        ui.message.setWordWrap(False)
        ui.message.setMinimumWidth(10)
        ui.message.setFixedHeight(self.fontMetrics().height() + 12)     # the same with or without its padding
        ui.meetingList.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.newButton.clicked.connect(self.plan)
        ui.emptyNewButton.clicked.connect(self.plan)
        ui.editButton.clicked.connect(self.edit)
        ui.deleteButton.clicked.connect(self.delete)
        ui.tabs.currentChanged.connect(lambda _i: self.flush())
        table_menus.install(ui.meetingList, "meetings", [("新建会议…", self.plan), ("修改会议信息…", self.edit),
                                                         ("打印与预览", self.print_current), (None, None),
                                                         ("删除会议", self.delete)])
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def on_changed(self, changed) -> None:
        if changed.tables & MEETING_TABLES:
            if "meeting" in changed.tables and changed.id and self.current_id is None:
                self.current_id = changed.id
            self.reload()

    def reload(self) -> None:
        """Re-read the list and the open meeting. A save made while reloading (a panel flushing what was
        typed) asks for one more round instead of re-entering."""
        if self._reloading:
            self._again = True
            return
        self._reloading = True
        try:
            while True:
                self._again = False
                self._load()
                if not self._again:
                    break
        finally:
            self._reloading = False

    def _load(self) -> None:
        meetings = meeting_services.list_meetings(self.ctx.db)
        ids = [m.id for m in meetings]
        current = self.current_id if self.current_id in ids else (ids[0] if ids else None)
        sel = self.ui.meetingList.selectionModel()
        sel.blockSignals(True)
        self.model.set_items(meetings)
        if current:
            self.ui.meetingList.selectRow(self.model.row_of(current))
        sel.blockSignals(False)
        self.ui.editorStack.setCurrentWidget(self.ui.editorPage if current else self.ui.emptyPage)
        if current is None:
            self.current_id, self.meeting = None, None
            return
        self._show(meeting_services.get_meeting(self.ctx.db, current))

    def _show(self, meeting) -> None:
        self.current_id, self.meeting = meeting.id, meeting
        locked = meeting.state == "final"
        ui = self.ui
        ui.titleLabel.setText(meeting.title)
        when = cn_date(meeting.date) + (f" {meeting.time}" if meeting.time else "")
        bits = [f"{meeting.kind} 第{meeting.number}期", when]
        bits += [x for x in (meeting.place, meeting.chair and f"主持：{meeting.chair}",
                             meeting.recorder and f"记录：{meeting.recorder}") if x]
        # a wrapped line may break between the parts, never inside a name or a place
        ui.infoLabel.setText("　·　".join(f"<span style='white-space:nowrap'>{html.escape(b)}</span>" for b in bits))
        ui.stateLabel.setText("已定稿" if locked else "草稿")
        ui.stateLabel.setToolTip(f"纪要已定稿（第{meeting.summary_version}版），会议内容已锁定；"
                                 "如需修改，请在“纪要”页点“更正纪要”" if locked else "会议内容随改随存")
        ui.stateLabel.setStyleSheet("color: #1e8e3e; font-weight: bold;" if locked else "color: #666;")
        ui.editButton.setVisible(not locked)
        ui.deleteButton.setVisible(not locked)
        for panel in self.panels:
            panel.set_meeting(meeting, locked)
        n_att = len(meeting.attendance)
        titles = [f"参会人员（{n_att}）" if n_att else "参会人员", f"议题（{len(meeting.agenda)}）" if meeting.agenda
                  else "议题", f"会议记录（{len(meeting.entries)}）" if meeting.entries else "会议记录",
                  f"议定事项（{len(meeting.decisions)}）" if meeting.decisions else "议定事项",
                  "纪要（已定稿）" if locked else "纪要", "打印与预览"]
        for i, title in enumerate(titles):
            ui.tabs.setTabText(i, title)

    def _row_changed(self, current, _previous) -> None:
        meeting_id = current.data(ID_ROLE) if current.isValid() else None
        if meeting_id and meeting_id != self.current_id:
            self.select_meeting(meeting_id)

    def select_meeting(self, meeting_id: str) -> None:
        self.flush()                 # what was typed belongs to the meeting it was typed in
        self.current_id = meeting_id
        self.reload()

    def flush(self) -> None:
        for panel in self.panels:
            flush = getattr(panel, "flush", None)
            if flush:
                flush()

    def hideEvent(self, event):
        self.flush()
        super().hideEvent(event)

    # -- messages --------------------------------------------------------------------------------
    def say(self, text: str, error: bool = False) -> None:
        self.ui.message.setText(text)
        self.ui.message.setToolTip(text)
        self.ui.message.setStyleSheet("color: #c0392b; background: #fdecea; padding: 4px;" if error
                                      else "color: #1e4620; background: #edf7ed; padding: 4px;")
        self.ui.message.setVisible(bool(text))
        self._message_timer.start()
        self.ctx.signals.status.emit(text)

    def _hide_message(self) -> None:
        self.ui.message.setVisible(False)

    # -- the window's common commands (menus.py) ------------------------------------------------
    def new_item(self) -> None:
        self.plan()

    def delete_selected(self) -> None:
        """Delete removes the selected meeting only from the list: in a panel it is that panel's key."""
        if self.ui.meetingList.hasFocus():
            self.delete()

    def refresh_view(self) -> None:
        self.reload()

    def print_current(self) -> None:
        if self.meeting is None:
            return
        self.ui.tabs.setCurrentWidget(self.printing)
        self.printing.make_preview()

    def save_as(self) -> None:
        if self.meeting is not None:
            self.ui.tabs.setCurrentWidget(self.printing)
            self.printing.save_dialog()

    # -- meeting actions -------------------------------------------------------------------------
    def plan(self) -> None:
        self.flush()
        self.plan_dialog = PlanDialog(self.ctx, parent=self)
        self.plan_dialog.accepted.connect(self._planned)
        self.plan_dialog.open()

    def _planned(self) -> None:
        if self.plan_dialog and self.plan_dialog.meeting_id:
            self.select_meeting(self.plan_dialog.meeting_id)
            self.ui.tabs.setCurrentIndex(0)

    def edit(self) -> None:
        if self.meeting is None or self.meeting.state == "final":
            return
        self.flush()
        self.plan_dialog = PlanDialog(self.ctx, self.meeting, parent=self)
        self.plan_dialog.open()

    def delete(self) -> None:
        m = self.meeting
        if m is None:
            return
        if not common.confirm(self, "删除会议", f"删除“{m.title}”？\n由议定事项生成的任务仍保留在台账中。可用 Ctrl+Z 撤销。"):
            return
        self.flush()
        try:
            done = self.ctx.run(meeting_services.delete_meeting, m.id)
        except KydeskError as e:
            self.say(str(e), error=True)
            return
        self.current_id = None
        self.reload()
        self.attendance.push_undo("删除会议", lambda: self._restore(m.id),
                                  lambda: self.ctx.run(meeting_services.delete_meeting, m.id))
        self.say(done.message)

    def _restore(self, meeting_id: str) -> None:
        self.ctx.run(meeting_services.restore_meeting, meeting_id)
        self.select_meeting(meeting_id)
