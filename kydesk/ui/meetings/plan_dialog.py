"""Plan a meeting (or change its details): kind, 期号 (next free one, per year), date two weeks after the
last, time, place, chair and recorder taken over from last time."""
from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from kydesk.domain.cn_text import cn_date
from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.domain.models import MEETING_KINDS
from kydesk.services import meetings as meeting_services
from kydesk.ui.forms.ui_meeting_plan import Ui_PlanDialog
from kydesk.ui.meetings import common
from kydesk.ui.meetings.common import set_choices


class PlanDialog(QDialog):
    """After accept(), self.meeting_id is the new or changed meeting."""

    def __init__(self, ctx, meeting=None, parent=None):
        super().__init__(parent)
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        self.ctx, self.meeting = ctx, meeting
        self.meeting_id = meeting.id if meeting else None
        self._auto_title = meeting is None
        self._auto_number = meeting is None
        self._auto_date = meeting is None
        self._filling = False
        ui = self.ui
        ui.kind.addItems(list(MEETING_KINDS))
        ui.buttons.button(QDialogButtonBox.Ok).setText("保存" if meeting else "安排会议")
        ui.buttons.button(QDialogButtonBox.Cancel).setText("取消")
        picks = meeting_services.pick_lists(ctx.db)
        names = [p[0] for p in picks.people]
        set_choices(ui.place, picks.places)
        set_choices(ui.chair, names)
        set_choices(ui.recorder, names)
        if meeting is None:
            self.setWindowTitle("安排会议")
            self._fill_defaults("推进会")
        else:
            self.setWindowTitle("修改会议信息")
            ui.kind.setCurrentText(meeting.kind)
            ui.number.setValue(max(1, meeting.number))
            ui.title.setText(meeting.title)
            ui.date.setDate(QDate(meeting.date.year, meeting.date.month, meeting.date.day))
            ui.time.setTime(QTime.fromString(meeting.time or "15:00", "HH:mm"))
            ui.place.setEditText(meeting.place)
            ui.chair.setEditText(meeting.chair)
            ui.recorder.setEditText(meeting.recorder)
            ui.dateHint.setText("")
        ui.kind.currentTextChanged.connect(self._kind_changed)
        ui.date.dateChanged.connect(self._date_changed)
        ui.number.valueChanged.connect(self._number_edited)
        ui.title.textEdited.connect(self._title_edited)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

    # -- proposals -------------------------------------------------------------------------------
    def _fill_defaults(self, kind: str) -> None:
        ui = self.ui
        d = meeting_services.plan_defaults(self.ctx.db, kind=kind, today=common.today())
        ui.kind.setCurrentText(kind)
        self._filling = True
        ui.date.setDate(QDate(d.date.year, d.date.month, d.date.day))
        self._filling = False
        ui.number.blockSignals(True)
        ui.number.setValue(d.number)
        ui.number.blockSignals(False)
        ui.time.setTime(QTime.fromString(d.time or "15:00", "HH:mm") if d.time else QTime(15, 0))
        for combo, value in ((ui.place, d.place), (ui.chair, d.chair), (ui.recorder, d.recorder)):
            if value and not combo.currentText():
                combo.setEditText(value)
        if d.last_date:
            ui.dateHint.setText(f"上次{kind}：{cn_date(d.last_date)}；按两周一次，建议 {cn_date(d.date)}")
        else:
            ui.dateHint.setText(f"今年第一次{kind}" if d.number == 1 else "")
        self._retitle()

    def _kind_changed(self, kind: str) -> None:
        if self.meeting is None and self._auto_date:
            self._fill_defaults(kind)
        else:
            self._renumber()

    def _date_changed(self, _qdate) -> None:
        if not self._filling:
            self._auto_date = False
        self._renumber()

    def _renumber(self) -> None:
        """期号 run per year: a date in another year (or another kind) takes that year's next number."""
        year, kind = self.ui.date.date().year(), self.ui.kind.currentText()
        if self.meeting is not None and (year, kind) == (self.meeting.year, self.meeting.kind):
            number = self.meeting.number
        elif self._auto_number or self.meeting is not None:
            number = meeting_services.next_number(self.ctx.db, year, kind)
        else:
            return
        self.ui.number.blockSignals(True)
        self.ui.number.setValue(max(1, number))
        self.ui.number.blockSignals(False)
        self._retitle()

    def _number_edited(self, _value) -> None:
        self._auto_number = False
        self._retitle()

    def _title_edited(self, _text) -> None:
        self._auto_title = False

    def _retitle(self) -> None:
        if self._auto_title:
            self.ui.title.setText(self.suggested_title())

    def suggested_title(self) -> str:
        return f"{self.ui.date.date().year()}年第{self.ui.number.value()}期{self.ui.kind.currentText()}"

    # -- save ------------------------------------------------------------------------------------
    def values(self) -> dict:
        ui = self.ui
        q = ui.date.date()
        return {"title": ui.title.text().strip(), "kind": ui.kind.currentText(), "number": ui.number.value(),
                "date": f"{q.year():04d}-{q.month():02d}-{q.day():02d}", "time": ui.time.time().toString("HH:mm"),
                "place": ui.place.currentText().strip(), "chair": ui.chair.currentText().strip(),
                "recorder": ui.recorder.currentText().strip()}

    def save(self) -> None:
        v = self.values()
        try:
            if self.meeting is None:
                done = self.ctx.run(meeting_services.add_meeting, title=v["title"], date_=v["date"], kind=v["kind"],
                                    place=v["place"], chair=v["chair"], recorder=v["recorder"], time=v["time"],
                                    number=v["number"])
            else:
                done = self.ctx.run(meeting_services.update_meeting, self.meeting.id, **v)
        except KydeskError as e:
            self.ui.error.setText(str(e))
            widget = getattr(self.ui, getattr(e, "field", "") or "", None) if isinstance(e, ValidationError) else None
            if widget is not None and hasattr(widget, "setFocus"):
                widget.setFocus()
            return
        self.meeting_id = done.id or self.meeting_id
        self.accept()
