"""What the meeting panels share: calling services with errors shown, autosave, undo, small pictures."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QUndoCommand
from PySide6.QtWidgets import QComboBox, QCompleter, QMessageBox, QWidget

from kydesk.domain import clock
from kydesk.domain.errors import KydeskError

LIGHT_COLOURS = {"red": "#d93025", "yellow": "#f2a600", "green": "#1e8e3e"}
_icons: dict[str, QIcon] = {}


def confirm(parent, title: str, text: str) -> bool:
    """Yes/no before something that cannot be undone here (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def light_icon(light) -> QIcon:
    """A coloured dot for a task's light (the same colours as the ledger)."""
    key = getattr(light, "value", light) or "none"
    if key not in _icons:
        pix = QPixmap(14, 14)
        pix.fill(Qt.transparent)
        if key in LIGHT_COLOURS:
            p = QPainter(pix)
            p.setRenderHint(QPainter.Antialiasing)
            p.setBrush(QColor(LIGHT_COLOURS[key]))
            p.setPen(Qt.NoPen)
            p.drawEllipse(1, 1, 12, 12)
            p.end()
        _icons[key] = QIcon(pix)
    return _icons[key]


def set_choices(combo: QComboBox, items: list[str]) -> None:
    """Refill an editable combo's list without touching what the clerk has typed in it."""
    current = [combo.itemText(i) for i in range(combo.count())]
    if current == items:
        return
    text = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(items)
    combo.setEditText(text)
    combo.blockSignals(False)
    if combo.isEditable():
        completer = QCompleter(items, combo)
        completer.setFilterMode(Qt.MatchContains)     # “发改” finds 市发改委
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        combo.setCompleter(completer)


class Panel(QWidget):
    """One tab of the meeting editor. set_meeting(meeting, locked) is called after every change."""

    def __init__(self, ctx, say, parent=None):
        super().__init__(parent)
        self.ctx, self.say = ctx, say
        self.meeting = None
        self.locked = False

    @property
    def meeting_id(self) -> str | None:
        return self.meeting.id if self.meeting else None

    def call(self, fn, *args, **kwargs):
        """A service on the UI thread; a KydeskError goes to the message bar and gives None."""
        try:
            return self.ctx.run(fn, *args, **kwargs)
        except KydeskError as e:
            self.say(str(e), error=True)
            return None

    def push_undo(self, text: str, undo, redo) -> None:
        self.ctx.undo.push(ServiceCommand(text, undo, redo, self.say))


class ServiceCommand(QUndoCommand):
    """An action already done (by a service); undo and redo call services again."""

    def __init__(self, text: str, undo, redo, say):
        super().__init__(text)
        self._undo, self._redo, self._say = undo, redo, say
        self._first = True

    def redo(self):
        if self._first:
            self._first = False
            return
        self._guard(self._redo)

    def undo(self):
        self._guard(self._undo)

    def _guard(self, fn):
        try:
            fn()
        except KydeskError as e:
            self._say(str(e), error=True)


class Autosaver(QObject):
    """Store what is typed on a short pause and when the field loses focus, so a crash loses at most the
    last half second. save() may raise KydeskError: the text stays marked unsaved and the error is shown."""

    saved = Signal(str)        # "已保存 15:02:11"
    failed = Signal(str)

    def __init__(self, save, *widgets, delay_ms: int = 500):
        super().__init__(widgets[0] if widgets else None)
        self._save = save
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        for w in widgets:
            w.installEventFilter(self)

    def touch(self) -> None:
        self.dirty = True
        self.timer.start()

    def flush(self) -> bool:
        self.timer.stop()
        if not self.dirty:
            return True
        self.dirty = False
        try:
            self._save()
        except KydeskError as e:
            self.dirty = True
            self.failed.emit(str(e))
            return False
        self.saved.emit(f"已保存 {datetime.now():%H:%M:%S}")
        return True

    def discard(self) -> None:
        self.timer.stop()
        self.dirty = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.FocusOut:
            self.flush()
        return False


def today() -> date:
    """The day lights are judged on (KYDESK_TODAY pins it)."""
    return clock.today()
