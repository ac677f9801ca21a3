"""A task added in the window today is not red at once (issue 11, item 1): the ledger row, its light filter
and the start page agree, all counting 序时进度 from the day it was added."""
from datetime import date

from PySide6.QtCore import Qt

from kydesk.ui.dialogs.task_dialog import TaskDialog
from tests.ui.desk.test_desk_ledger import ledger_view, select, type_chinese


def test_a_task_added_today_is_green_in_the_ledger(window, qtbot, db):
    view = ledger_view(window, qtbot)
    qtbot.mouseClick(view.ui.addButton, Qt.LeftButton)
    dialog = view.findChildren(TaskDialog)[-1]
    type_chinese(dialog.ui.title, "完成康养小镇选址")
    type_chinese(dialog.ui.due, "7月底前")
    qtbot.mouseClick(dialog.ui.addButton, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    task_id = select(view, "完成康养小镇选址")
    row = view.model.task_row(view.ui.table.currentIndex().row())
    assert row.task.id == task_id and row.task.assigned == date(2024, 7, 15)
    assert row.light.value == "green" and "首次报送前不计序时进度" in row.light_text
    from kydesk.services import ledger
    from kydesk.services.ledger import LedgerQuery

    reds = ledger.query_ledger(db, LedgerQuery(light="red"), date(2024, 7, 15))
    assert task_id not in [r.task.id for r in ledger.load_rows(db, reds.ids, date(2024, 7, 15))]
