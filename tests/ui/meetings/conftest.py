"""The window on a fresh database with the meetings view shown; jobs run at once (SyncPool); the day is
pinned and confirmations answer yes."""
from datetime import date

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

DAY = date(2024, 7, 15)


@pytest.fixture
def window(qtbot, db, monkeypatch):
    from kydesk.ui.app import build_window
    from kydesk.ui.meetings import common
    from kydesk.ui.worker import SyncPool

    monkeypatch.setattr(common, "today", lambda: DAY)
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    db.set_meta("org_name", "商州区康养专班")
    w = build_window(db, pool=SyncPool())
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.show_view("meetings")
    return w


@pytest.fixture
def view(window):
    return window.views["meetings"]


def commit_text(widget, text: str) -> None:
    """Type Chinese the way an input method does: one committed string (qtbot.keyClicks cannot)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def ime():
    return commit_text
