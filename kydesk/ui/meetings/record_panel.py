"""会议记录, taken during the meeting: per agenda item, who spoke and what was said.

The editor is always bound to one speech (or to "a new one"): every pause in typing and every focus change
stores it through the services, so a crash loses at most the last half second. Ctrl+Enter closes the
speech and starts the next; a click on an earlier speech opens it for correction.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView

from kydesk.domain.models import AttendanceRole
from kydesk.services import meeting_items
from kydesk.services import meetings as meeting_services
from kydesk.ui.forms.ui_meeting_record import Ui_RecordPanel
from kydesk.ui.meetings.common import Autosaver, Panel, set_choices
from kydesk.ui.meetings.models import ID_ROLE, EntryModel

NO_AGENDA = "（未归入议题）"


class RecordPanel(Panel):
    def __init__(self, ctx, say, parent=None):
        super().__init__(ctx, say, parent)
        self.ui = Ui_RecordPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.agenda_key: str | None = None       # agenda item new speeches go under (None: no item)
        self.entry_id: str | None = None         # the speech in the editor (None: a new one)
        self._loading = False
        self.model = EntryModel(parent=self)
        ui.entries.setModel(self.model)
        ui.entries.verticalHeader().hide()
        h = ui.entries.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.Interactive)
        h.setSectionResizeMode(2, QHeaderView.Stretch)
        ui.entries.setColumnWidth(1, 150)
        # rows measured while the tab was hidden (narrow text column) stayed far too tall: measure again on resize
        h.sectionResized.connect(lambda col, _old, _new: col == 2 and ui.entries.resizeRowsToContents())
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setStretchFactor(2, 1)
        ui.speaker.setInsertPolicy(QComboBox.NoInsert)
        ui.speaker.lineEdit().setPlaceholderText("姓名，可直接输入")
        self.entry_saver = Autosaver(self._save_entry, ui.text, ui.speaker, ui.speaker.lineEdit())
        self.free_saver = Autosaver(self._save_free, ui.freeText)
        for saver in (self.entry_saver, self.free_saver):
            saver.saved.connect(ui.savedLabel.setText)
            saver.failed.connect(lambda text: self.say(text, error=True))
        ui.text.textChanged.connect(self._typed)
        ui.speaker.editTextChanged.connect(self._typed)
        ui.speaker.lineEdit().returnPressed.connect(ui.text.setFocus)
        ui.freeText.textChanged.connect(self._typed_free)
        ui.agenda.currentIndexChanged.connect(self._agenda_changed)
        ui.entries.clicked.connect(self._entry_clicked)
        ui.entries.activated.connect(self._entry_clicked)
        ui.nextButton.clicked.connect(self.next_entry)
        ui.deleteButton.clicked.connect(self.delete_entry)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), ui.entryBox, activated=self.next_entry,
                      context=Qt.WidgetWithChildrenShortcut)

    # -- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting, locked: bool) -> None:
        if self.meeting is not None and meeting.id != self.meeting.id:
            self.flush()
            self.entry_id, self.agenda_key = None, None
            self._bind(None)
            self.ui.savedLabel.clear()
        first = self.meeting is None or meeting.id != self.meeting.id
        self.meeting, self.locked = meeting, locked
        self._fill_agenda(first)
        self._fill_speakers()
        if self.entry_id and not any(e.id == self.entry_id for e in meeting.entries):
            self._bind(None)      # deleted meanwhile (undo, another panel)
        self._show_entries()
        if not self.free_saver.dirty and self.ui.freeText.toPlainText() != meeting.record:
            self._loading = True
            self.ui.freeText.setPlainText(meeting.record)
            self._loading = False
        ui = self.ui
        for w in (ui.text, ui.freeText):
            w.setReadOnly(locked)
        for w in (ui.speaker, ui.nextButton, ui.deleteButton):
            w.setEnabled(not locked)

    def _fill_agenda(self, first: bool) -> None:
        combo, m = self.ui.agenda, self.meeting
        live = {a.id for a in m.agenda}
        count: dict = {}
        for e in m.entries:
            key_ = e.agenda_id if e.agenda_id in live else ""
            count[key_] = count.get(key_, 0) + 1
        items = [(f"{n}. {a.title}（{count.get(a.id, 0)} 条发言）", a.id) for n, a in enumerate(m.agenda, start=1)]
        items.append((f"{NO_AGENDA}（{count.get('', 0)} 条发言）", ""))
        current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        first = first or (self.agenda_key is None and len(current) <= 1)   # the first item just arrived
        key = (m.agenda[0].id if m.agenda else None) if first else self.agenda_key
        if key and not any(a.id == key for a in m.agenda):
            key = m.agenda[0].id if m.agenda else None
        if items != current:
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)
        if key != self.agenda_key:
            self.flush()
            self._bind(None)
        self.agenda_key = key
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(key or ""))
        combo.blockSignals(False)

    def _fill_speakers(self) -> None:
        m = self.meeting
        names = [m.chair] if m.chair else []
        for a in m.attendance:
            if a.role != AttendanceRole.LEAVE and a.name not in names:
                names.append(a.name)
        set_choices(self.ui.speaker, names)

    def visible_entries(self) -> list:
        live = {a.id for a in self.meeting.agenda}
        key = self.agenda_key
        return [e for e in self.meeting.entries
                if (e.agenda_id if e.agenda_id in live else None) == key]

    def _show_entries(self) -> None:
        self.model.set_items(self.visible_entries(), self.locked)
        self.ui.entries.resizeRowsToContents()
        self._select_bound()
        n = len(self.model.items)
        self.ui.entryState.setText(self._state_text(n))

    def _state_text(self, n: int) -> str:
        if self.entry_id:
            row = self.model.row_of(self.entry_id)
            return f"正在修改第 {row + 1} 条" if row >= 0 else "正在修改"
        return f"第 {n + 1} 条（新）"

    def _select_bound(self) -> None:
        self._loading = True
        row = self.model.row_of(self.entry_id) if self.entry_id else -1
        if row >= 0:
            self.ui.entries.selectRow(row)
        else:
            self.ui.entries.clearSelection()
        self._loading = False

    def _bind(self, entry_id) -> None:
        """Put one speech (or an empty new one) in the editor."""
        self.entry_saver.discard()
        self.entry_id = entry_id
        entry = next((e for e in self.meeting.entries if e.id == entry_id), None) if self.meeting else None
        self._loading = True
        self.ui.speaker.setEditText(entry.speaker if entry else "")
        self.ui.text.setPlainText(entry.text if entry else "")
        self._loading = False
        if self.meeting is not None:
            self.ui.entryState.setText(self._state_text(len(self.model.items)))

    # -- typing and storing ----------------------------------------------------------------------
    def _typed(self, *_):
        if not self._loading and not self.locked:
            self.entry_saver.touch()

    def _typed_free(self):
        if not self._loading and not self.locked:
            self.free_saver.touch()

    def _save_entry(self) -> None:
        text, speaker = self.ui.text.toPlainText(), self.ui.speaker.currentText()
        if self.meeting is None:
            return
        if self.entry_id is None:
            if not text.strip() and not speaker.strip():
                return
            done = self.ctx.run(meeting_services.add_entry, self.meeting_id, speaker=speaker, text=text,
                                agenda_id=self.agenda_key)
            self.entry_id = done.id
            self._select_bound()
            self.ui.entryState.setText(self._state_text(len(self.model.items)))
        else:
            self.ctx.run(meeting_items.update_entry, self.entry_id, speaker=speaker, text=text)

    def _save_free(self) -> None:
        if self.meeting is not None:
            self.ctx.run(meeting_items.set_record, self.meeting_id, self.ui.freeText.toPlainText())

    def flush(self) -> None:
        self.entry_saver.flush()
        self.free_saver.flush()

    # -- actions ---------------------------------------------------------------------------------
    def _agenda_changed(self, index: int) -> None:
        self.flush()
        self.agenda_key = self.ui.agenda.itemData(index) or None
        self._bind(None)
        self._show_entries()

    def _entry_clicked(self, index) -> None:
        if self._loading or not index.isValid():
            return
        entry_id = index.data(ID_ROLE)
        if entry_id == self.entry_id:
            return
        if not self.entry_saver.flush():
            return
        self._bind(entry_id)
        self._select_bound()
        self.ui.text.setFocus()

    def next_entry(self) -> None:
        """记下: store this speech and start a new one (an empty speech is dropped)."""
        if self.locked or self.meeting is None or not self.entry_saver.flush():
            return
        if self.entry_id and not self.ui.text.toPlainText().strip():
            self.call(meeting_items.delete_item, "record_entry", self.entry_id)
        self._bind(None)
        self._select_bound()
        self.ui.speaker.setFocus()
        self.ui.speaker.lineEdit().selectAll()

    def delete_entry(self) -> None:
        entry_id = self.entry_id
        self.entry_saver.discard()
        self._bind(None)
        if not entry_id:
            return
        done = self.call(meeting_items.delete_item, "record_entry", entry_id)
        if done is not None:
            self.push_undo("删除发言记录",
                           lambda: self.ctx.run(meeting_items.restore_item, "record_entry", entry_id),
                           lambda: self.ctx.run(meeting_items.delete_item, "record_entry", entry_id))
