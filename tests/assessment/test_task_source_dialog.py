"""The 任务来源 tab of the task dialog: each field stored when left; a new task takes its source along."""
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from tests.ui.meetings.conftest import commit_text


def leave(qtbot, widget) -> None:
    """The clerk leaves a field: Enter in a line, focus out of a text box."""
    if hasattr(widget, "returnPressed"):
        qtbot.keyClick(widget, Qt.Key_Return)
    else:
        QApplication.sendEvent(widget, QFocusEvent(QEvent.FocusOut, Qt.TabFocusReason))


@pytest.fixture
def ctx(cli, year, qapp):
    from kydesk.services.setup import open_site
    from kydesk.ui.main_window import AppContext
    from kydesk.ui.worker import SyncPool

    db = open_site(cli.db_path)
    context = AppContext(db, pool=SyncPool(), open_db=lambda: open_site(cli.db_path))
    context.today = date(2026, 7, 15)
    yield context
    db.close()


def test_source_fields_are_stored_when_left(ctx, qtbot, year):
    from kydesk.services import task_sources
    from kydesk.ui.dialogs.task_dialog import TaskDialog

    dialog = TaskDialog(ctx, year["A"])
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.source_tab
    dialog.ui.tabs.setCurrentWidget(tab)
    assert "督办单 督办〔2026〕1号" in tab.ui.notices.text() and "约谈通知" in tab.ui.notices.text()
    tab.ui.kind.setCurrentIndex(tab.ui.kind.findData("领导批示"))
    commit_text(tab.ui.docNo, "[2026]12号")
    leave(qtbot, tab.ui.docNo)
    commit_text(tab.ui.leader, "王市长")
    leave(qtbot, tab.ui.leader)
    commit_text(tab.ui.date, "2026-02-30")
    leave(qtbot, tab.ui.date)
    assert "批示日期" in tab.ui.error.text()
    tab.ui.date.clear()
    commit_text(tab.ui.date, "2026-02-26")
    leave(qtbot, tab.ui.date)
    commit_text(tab.ui.instruction, "尽快完成创建")
    leave(qtbot, tab.ui.instruction)
    src = task_sources.get_source(ctx.db, year["A"])
    assert (src["kind"], src["doc_no"], src["leader"], src["instruction"], src["instructed_on"]) == (
        "领导批示", "〔2026〕12号", "王市长", "尽快完成创建", date(2026, 2, 26))
    assert tab.ui.error.text() == ""


def test_a_new_task_takes_its_source_or_nothing_is_added(ctx, qtbot):
    from kydesk.services import task_sources, tasks
    from kydesk.ui.dialogs.task_dialog import TaskDialog

    before = len(tasks.list_tasks(ctx.db))
    dialog = TaskDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    commit_text(dialog.ui.title, "落实市长批示事项")
    tab = dialog.source_tab
    tab.ui.kind.setCurrentIndex(tab.ui.kind.findData("领导批示"))
    commit_text(tab.ui.date, "昨天")
    assert dialog.submit() is False
    assert dialog.ui.tabs.currentWidget() is tab and "批示日期" in tab.ui.error.text()
    assert len(tasks.list_tasks(ctx.db)) == before
    tab.ui.date.clear()
    commit_text(tab.ui.date, "2026-07-01")
    assert dialog.submit() is True
    assert task_sources.get_source(ctx.db, dialog.task_id)["kind"] == "领导批示"
