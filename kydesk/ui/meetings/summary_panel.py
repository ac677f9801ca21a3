"""纪要: start from a template built from the meeting, edit (stored as typed), mark final (locked);
a correction unlocks it and the next 定稿 becomes a new version, the old ones kept and viewable."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QTextCursor

from kydesk.domain.cn_text import cn_date
from kydesk.services import meeting_summary
from kydesk.services import meetings as meeting_services
from kydesk.services.settings import org_name
from kydesk.ui.forms.ui_meeting_summary import Ui_SummaryPanel
from kydesk.ui.meetings import common
from kydesk.ui.meetings.common import Autosaver, Panel

CURRENT = 0


class SummaryPanel(Panel):
    def __init__(self, ctx, say, parent=None):
        super().__init__(ctx, say, parent)
        self.ui = Ui_SummaryPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.history: list = []
        self._loading = False
        self.saver = Autosaver(self._save_text, ui.editor)
        self.imprint_saver = Autosaver(self._save_imprint, ui.issuer, ui.distribution)
        for saver in (self.saver, self.imprint_saver):
            saver.saved.connect(ui.savedLabel.setText)
            saver.failed.connect(lambda text: self.say(text, error=True))
        ui.editor.textChanged.connect(self._typed)
        ui.issuer.textEdited.connect(lambda _t: self.imprint_saver.touch())
        ui.distribution.textEdited.connect(lambda _t: self.imprint_saver.touch())
        ui.templateButton.clicked.connect(self.use_template)
        ui.finalButton.clicked.connect(self.finalize)
        ui.correctButton.clicked.connect(self.correct)
        ui.version.currentIndexChanged.connect(lambda _i: self._show_text())

    # -- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting, locked: bool) -> None:
        if self.meeting is not None and meeting.id != self.meeting.id:
            self.flush()
            self.ui.savedLabel.clear()
        switched = self.meeting is None or meeting.id != self.meeting.id
        self.meeting, self.locked = meeting, locked
        self.history = meeting_summary.versions(self.ctx.db, meeting.id)
        combo = self.ui.version
        wanted = CURRENT if switched else (combo.currentData() or CURRENT)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("当前稿" if not locked else f"当前稿（即第 {meeting.summary_version} 版）", CURRENT)
        for v in reversed(self.history):
            combo.addItem(f"第 {v.version} 版（定稿 {v.saved_at[:16]}）", v.version)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        self.ui.issuer.setPlaceholderText(org_name(self.ctx.db))
        self._set_issued(meeting)
        for edit, value in ((self.ui.issuer, meeting.issuer), (self.ui.distribution, meeting.distribution)):
            if not self.imprint_saver.dirty and edit.text() != value:
                edit.setText(value)
        self._show_text()

    def _set_issued(self, meeting) -> None:
        """印发日期: the recorded one once final; before, the finalising day, never before the meeting."""
        held = QDate(meeting.date.year, meeting.date.month, meeting.date.day)
        day = meeting.issued if self.locked and meeting.issued else max(common.today(), meeting.date)
        self.ui.issued.setMinimumDate(held)
        self.ui.issued.setDate(QDate(day.year, day.month, day.day))

    def viewing_old(self) -> int:
        return self.ui.version.currentData() or CURRENT

    def _show_text(self) -> None:
        ui, m = self.ui, self.meeting
        if m is None:
            return
        old = self.viewing_old()
        text = next((v.text for v in self.history if v.version == old), "") if old else m.summary
        if old or (not self.saver.dirty and ui.editor.toPlainText() != text):
            self._loading = True
            ui.editor.setPlainText(text)
            self._loading = False
        ui.editor.setReadOnly(self.locked or bool(old))
        for w in (ui.issuer, ui.distribution, ui.issued):
            w.setReadOnly(self.locked)
        ui.templateButton.setEnabled(not self.locked and not old)
        ui.finalButton.setVisible(not self.locked)
        ui.finalButton.setEnabled(not old)
        ui.correctButton.setVisible(self.locked)
        n = m.summary_version
        if self.locked:
            issued = f"，{cn_date(m.issued)}印发" if m.issued else ""
            ui.stateLabel.setText(f"已定稿（第 {n} 版{issued}）：纪要和会议内容已锁定")
        elif n:
            ui.stateLabel.setText(f"更正稿（随打随存）：再次定稿后保存为第 {n + 1} 版，第 {n} 版保留")
        else:
            ui.stateLabel.setText("草稿（随打随存）")
        ui.note.setText(f"正在查看第 {old} 版（只读）。在“查看”中选“当前稿”回到编辑。" if old else "")
        ui.note.setVisible(bool(old))

    # -- storing ---------------------------------------------------------------------------------
    def _typed(self) -> None:
        if not self._loading and not self.locked and not self.viewing_old():
            self.saver.touch()

    def _save_text(self) -> None:
        if self.meeting is not None:
            self.ctx.run(meeting_services.set_summary, self.meeting_id, self.ui.editor.toPlainText())

    def _save_imprint(self) -> None:
        if self.meeting is not None:
            self.ctx.run(meeting_services.update_meeting, self.meeting_id, issuer=self.ui.issuer.text(),
                         distribution=self.ui.distribution.text())

    def flush(self) -> None:
        self.saver.flush()
        self.imprint_saver.flush()

    # -- actions ---------------------------------------------------------------------------------
    def use_template(self) -> None:
        """Replace the text with the draft from the meeting as one edit (Ctrl+Z in the editor takes it back)."""
        if self.meeting is None or self.locked:
            return
        self.flush()
        text = meeting_summary.summary_template(self.ctx.db, self.meeting_id)
        current = self.ui.editor.toPlainText()
        if current.strip() == text.strip():
            return
        if current.strip() and not common.confirm(
                self, "生成初稿", "用按会议内容生成的初稿替换现在的纪要正文吗？\n替换后可在正文中按 Ctrl+Z 撤销。"):
            return
        cursor = self.ui.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.saver.flush()

    def finalize(self) -> None:
        if self.meeting is None or self.locked:
            return
        if not self.flush_ok():
            return
        held, today = self.meeting.date, common.today()
        early = held > today
        if early and not common.confirm(
                self, "定稿", f"本次会议定于{cn_date(held)}召开，今天（{cn_date(today)}）尚未举行。\n"
                              "会议还没开就定稿纪要吗？（一般应在会后定稿）"):
            return
        if not self.meeting.summary.strip() and not common.confirm(
                self, "定稿", "纪要正文是空的：打印时将按议定事项生成正文。仍要定稿吗？"):
            return
        if not common.confirm(self, "定稿", "定稿后，纪要和本次会议的参会人员、议题、记录、议定事项都将锁定。\n"
                                          "如需修改，可用“更正纪要”生成新版本（旧版本保留）。现在定稿吗？"):
            return
        d = self.ui.issued.date()
        issued = max(date(d.year(), d.month(), d.day()), held)
        self.call(meeting_services.finalize, self.meeting_id, issued=issued, today=today, early=early)

    def flush_ok(self) -> bool:
        return self.saver.flush() and self.imprint_saver.flush()

    def correct(self) -> None:
        if self.meeting is None or not self.locked:
            return
        n = self.meeting.summary_version
        if common.confirm(self, "更正纪要", f"解锁第 {n} 版纪要进行更正？再次定稿时保存为第 {n + 1} 版，第 {n} 版保留可查。"):
            self.call(meeting_services.reopen_for_correction, self.meeting_id)
