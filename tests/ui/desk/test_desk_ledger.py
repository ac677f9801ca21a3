"""The ledger as a clerk uses it, driven through the real widgets: add with a Chinese title and a phrase
deadline, filter by unit and by a two-character name, mark done, undo, redo, postpone, inline edits."""
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QSpinBox

from kydesk.services import tasks
from kydesk.ui.dialogs.task_dialog import TaskDialog
from kydesk.ui.models.task_table import KEYS


def type_chinese(widget, text):
    """What an input method does: commit the text to the focused widget (qtbot.keyClicks cannot)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def ledger_view(window, qtbot):
    window.show_view("ledger")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()                       # shortcuts (Ctrl+Z, Delete…) go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    view = window.views["ledger"]
    assert view.model.rowCount() > 0                  # the ledger has loaded its rows
    return view


def shown_titles(view):
    model = view.model
    return [model.task_row(r).task.title for r in range(model.rowCount()) if model.task_row(r)]


def select(view, title):
    model = view.model
    for r in range(model.rowCount()):
        row = model.task_row(r)
        if row and row.task.title == title:
            view.ui.table.setCurrentIndex(model.index(r, KEYS.index("title")))
            return row.task.id
    raise AssertionError(f"{title} not shown")


def stored(db, title):
    return next(t for t, _ in tasks.list_tasks(db, today=date(2024, 7, 15)) if t.title == title)


def test_add_task_through_the_dialog_with_a_chinese_title_and_a_phrase_deadline(window, qtbot, db):
    view = ledger_view(window, qtbot)
    before = view.model.result.total
    qtbot.mouseClick(view.ui.addButton, Qt.LeftButton)
    dialog = view.findChildren(TaskDialog)[-1]                          # the dialog the button opened
    type_chinese(dialog.ui.title, "建设康养旅居示范村")
    type_chinese(dialog.ui.due, "7月底前")
    assert "2024年7月31日" in dialog.ui.dueResolved.text()             # the phrase, read live
    type_chinese(dialog.ui.leadUnit.lineEdit(), "商州区文旅局")
    type_chinese(dialog.ui.partnerUnits, "商州区民政局、商州区卫健局")
    type_chinese(dialog.ui.person.lineEdit(), "赵六")
    qtbot.mouseClick(dialog.ui.addButton, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    task = stored(db, "建设康养旅居示范村")
    assert (task.due, task.due_text, task.lead_unit, task.person) == (date(2024, 7, 31), "7月底前", "商州区文旅局", "赵六")
    assert task.partner_units == ["商州区民政局", "商州区卫健局"]
    assert view.model.result.total == before + 1
    assert view.ui.count.text() == f"显示 {before + 1} / 共 {before + 1} 项"
    assert view.current_task_id() == task.id                           # the new row is selected
    row = view.model.task_row(view.ui.table.currentIndex().row())
    assert row.due_display == "2024年7月31日" and "7月底前" in row.due_tooltip
    window.ctx.undo.undo()                                              # adding is undone too
    assert "建设康养旅居示范村" not in shown_titles(view)
    window.ctx.undo.redo()
    assert "建设康养旅居示范村" in shown_titles(view)


def test_bad_input_is_explained_in_place_and_nothing_is_stored(window, qtbot, db):
    view = ledger_view(window, qtbot)
    count = view.model.result.total
    units = db.conn.execute("SELECT count(*) FROM unit").fetchone()[0]
    dialog = view.add_task()
    type_chinese(dialog.ui.leadUnit.lineEdit(), "一个新单位")
    qtbot.mouseClick(dialog.ui.addButton, Qt.LeftButton)                 # no title
    assert dialog.ui.titleError.text() == "任务名称不能为空" and dialog.ui.titleError.isVisible()
    type_chinese(dialog.ui.title, "修缮康养步道")
    dialog.ui.start.setText("2024-02-30")                                # an impossible date
    qtbot.mouseClick(dialog.ui.addButton, Qt.LeftButton)
    assert "开始日期" in dialog.ui.startError.text() and "不是有效日期" in dialog.ui.startError.text()
    dialog.ui.start.setText("2024-09-01")
    type_chinese(dialog.ui.due, "8月底前")                               # before the start
    qtbot.mouseClick(dialog.ui.addButton, Qt.LeftButton)
    assert "早于开始日期" in dialog.ui.dueError.text()
    dialog.ui.due.setText("10月底前")
    dialog.ui.leadUnit.setCurrentText("\u3000  ")                        # a unit of only spaces
    qtbot.mouseClick(dialog.ui.addButton, Qt.LeftButton)
    assert "只有空格" in dialog.ui.leadUnitError.text()
    assert view.model.result.total == count                              # nothing stored so far
    assert db.conn.execute("SELECT count(*) FROM unit").fetchone()[0] == units   # not even the typed unit
    dialog.ui.leadUnit.setCurrentText("商州区林业局")
    qtbot.mouseClick(dialog.ui.addButton, Qt.LeftButton)
    assert not dialog.ui.leadUnitError.isVisible()
    assert stored(db, "修缮康养步道").due == date(2024, 10, 31)


def test_filter_by_unit_and_by_a_two_character_name(window, qtbot, db):
    view = ledger_view(window, qtbot)
    ui = view.ui
    ui.unit.setCurrentIndex(ui.unit.findText("商州区文旅局"))            # only a partner on these tasks
    assert sorted(shown_titles(view)) == sorted(["举办康养产业招商推介会", "推进中医药康养基地建设", "森林康养步道二期工程"])
    assert ui.count.text() == "显示 3 / 共 11 项"
    qtbot.mouseClick(ui.clearButton, Qt.LeftButton)
    type_chinese(ui.search, "张华")                                      # two characters: a person's name
    qtbot.waitUntil(lambda: ui.count.text() == "显示 2 / 共 11 项")
    assert sorted(shown_titles(view)) == ["森林康养步道二期工程", "编制康养产业发展规划"]
    ui.light.setCurrentIndex(ui.light.findData("red"))                    # filters combine
    assert shown_titles(view) == ["编制康养产业发展规划"]
    assert ui.count.text() == "显示 1 / 共 11 项"
    qtbot.mouseClick(ui.clearButton, Qt.LeftButton)
    type_chinese(ui.search, "封顶")                                      # found in the latest progress
    qtbot.waitUntil(lambda: shown_titles(view) == ["推进中医药康养基地建设"])
    ui.search.clear()
    ui.person.setText("周敏")
    qtbot.waitUntil(lambda: ui.count.text() == "显示 2 / 共 11 项")
    ui.person.clear()
    ui.keyOnly.setChecked(True)
    qtbot.waitUntil(lambda: ui.count.text() == "显示 3 / 共 11 项")


def test_mark_done_undo_redo_and_reopen(window, qtbot, db):
    view = ledger_view(window, qtbot)
    task_id = select(view, "推进中医药康养基地建设")
    from kydesk.ui.dialogs.postpone_dialog import DoneDialog

    qtbot.keyClick(view.ui.table, Qt.Key_D, Qt.ControlModifier)       # Ctrl+D is 销号 on Linux too
    dialog = next(d for d in view.findChildren(DoneDialog) if d.isVisible())
    dialog.ui.date.setDate(dialog.ui.date.date().addDays(-2))
    qtbot.mouseClick(dialog.ui.okButton, Qt.LeftButton)
    task = tasks.get_task(db, task_id)
    assert (task.status.value, task.percent, task.done_date) == ("done", 100, date(2024, 7, 13))
    row = view.model.task_row(view.model.row_of(task_id))
    assert row.light is None and row.task.status.label == "已完成"
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)                  # Ctrl+Z
    task = tasks.get_task(db, task_id)
    assert (task.status.value, task.percent, task.done_date) == ("active", 80, None)
    assert view.model.task_row(view.model.row_of(task_id)).light is not None
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)   # redo (Ctrl+Y: see below)
    assert tasks.get_task(db, task_id).status.value == "done"
    select(view, "推进中医药康养基地建设")
    qtbot.mouseClick(view.ui.reopenButton, Qt.LeftButton)
    assert tasks.get_task(db, task_id).status.value == "active"


def test_postpone_with_a_reason_keeps_the_old_deadline_in_the_history(window, qtbot, db):
    view = ledger_view(window, qtbot)
    task_id = select(view, "编制康养产业发展规划")
    dialog = view.postpone()
    type_chinese(dialog.ui.due, "9月底前")
    assert "2024年9月30日" in dialog.ui.dueResolved.text()
    qtbot.mouseClick(dialog.ui.okButton, Qt.LeftButton)
    assert dialog.ui.reasonError.text() == "请填写延期理由"                  # nothing stored without a reason
    assert tasks.get_task(db, task_id).due == date(2024, 6, 30)
    type_chinese(dialog.ui.reason, "征求意见时间延长")
    qtbot.mouseClick(dialog.ui.okButton, Qt.LeftButton)
    task = tasks.get_task(db, task_id)
    assert (task.due, task.due_text) == (date(2024, 9, 30), "9月底前")
    req = db.conn.execute("SELECT old_due, new_due, reason FROM extension_request WHERE task_id = ?",
                          (task_id,)).fetchone()
    assert req == ("2024-06-30", "2024-09-30", "征求意见时间延长")
    row = view.model.task_row(view.model.row_of(task_id))
    assert row.due_display == "2024年9月30日"
    editor = view.open_task(task_id)                                     # the history and the audit trail
    history = [editor.ui.timeline.topLevelItem(i).text(2) for i in range(editor.ui.timeline.topLevelItemCount())]
    assert any("6月底前 → 9月底前" in h and "征求意见时间延长" in h for h in history)
    audit = [editor.ui.audit.topLevelItem(i).text(1) for i in range(editor.ui.audit.topLevelItemCount())]
    assert "延期" in audit and "新建任务" in audit
    editor.close()
    window.ctx.undo.undo()
    assert tasks.get_task(db, task_id).due == date(2024, 6, 30)
    assert db.conn.execute("SELECT deleted FROM extension_request WHERE task_id = ?", (task_id,)).fetchone()[0] == 1


def test_inline_edit_of_status_percent_and_due(window, qtbot, db):
    view = ledger_view(window, qtbot)
    table, model = view.ui.table, view.model
    task_id = select(view, "完成康养小镇详细规划")

    def edit(column, set_value, kind=None):
        index = model.index(model.row_of(task_id), KEYS.index(column))
        table.setCurrentIndex(index)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key_F2)                                 # the editor opens on the cell
        editor = QApplication.focusWidget()
        assert kind is None or isinstance(editor, kind), editor
        set_value(editor)
        qtbot.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: table.state() == QAbstractItemView.NoState)   # Qt commits on the next turn

    edit("percent", lambda e: e.setValue(55), QSpinBox)
    assert tasks.get_task(db, task_id).percent == 55
    edit("due", lambda e: e.setText("第四季度"), QLineEdit)
    assert tasks.get_task(db, task_id).due == date(2024, 12, 31)
    assert model.task_row(model.row_of(task_id)).task.due_text == "第四季度"
    edit("due", lambda e: e.setText("不知道哪天"))                     # refused: said beside the cell, nothing stored
    assert "无法识别" in window.ui.statusbar.currentMessage()
    assert tasks.get_task(db, task_id).due_text == "第四季度"
    edit("status", lambda e: e.setCurrentIndex(e.findData("done")))
    assert tasks.get_task(db, task_id).status.value == "done"
    for _ in range(3):
        window.ctx.undo.undo()
    task = tasks.get_task(db, task_id)
    assert (task.percent, task.due_text, task.status.value) == (30, "第三季度", "active")


def test_progress_is_recorded_and_shows_in_the_table(window, qtbot, db):
    view = ledger_view(window, qtbot)
    task_id = select(view, "举办康养产业招商推介会")
    dialog = view.record_progress()
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)
    assert dialog.ui.textError.text() == "进展内容不能为空"
    type_chinese(dialog.ui.text, "已确定推介会场地和议程")
    dialog.ui.percent.setValue(70)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)
    row = view.model.task_row(view.model.row_of(task_id))
    assert row.task.latest_progress == "已确定推介会场地和议程" and row.task.percent == 70
    assert [p.text for p in tasks.task_progress(db, task_id)] == ["已确定推介会场地和议程"]
    window.ctx.undo.undo()
    assert tasks.task_progress(db, task_id) == [] and tasks.get_task(db, task_id).percent == 40


def test_delete_asks_first_and_undo_brings_it_back(window, qtbot, db):
    view = ledger_view(window, qtbot)
    task_id = select(view, "森林康养步道二期工程")
    asked = []
    view.confirm = lambda text: asked.append(text) and False            # the clerk says no
    view.ui.table.setFocus()
    qtbot.keyClick(view.ui.table, Qt.Key_Delete)
    assert "森林康养步道二期工程" in asked[0]
    assert "森林康养步道二期工程" in shown_titles(view)
    view.confirm = lambda text: True
    select(view, "森林康养步道二期工程")
    qtbot.keyClick(view.ui.table, Qt.Key_Delete)
    assert "森林康养步道二期工程" not in shown_titles(view)
    assert view.ui.count.text() == "显示 10 / 共 10 项"
    window.ctx.undo.undo()
    assert tasks.get_task(db, task_id).title == "森林康养步道二期工程"
    assert view.ui.count.text() == "显示 11 / 共 11 项"


def test_edit_dialog_stores_each_field_when_left(window, qtbot, db):
    view = ledger_view(window, qtbot)
    task_id = select(view, "引进医养结合龙头企业")
    dialog = view.open_task()
    dialog.ui.title.setText("引进医养结合龙头企业2家")
    dialog.ui.title.editingFinished.emit()
    assert tasks.get_task(db, task_id).title == "引进医养结合龙头企业2家"
    dialog.ui.due.setText("2024-02-30")
    dialog.ui.due.editingFinished.emit()
    assert dialog.ui.dueError.isVisible() and tasks.get_task(db, task_id).due == date(2024, 12, 31)
    dialog.ui.due.setText("11月中旬")
    dialog.ui.due.editingFinished.emit()
    assert tasks.get_task(db, task_id).due == date(2024, 11, 20) and not dialog.ui.dueError.isVisible()
    dialog.ui.key.setChecked(True)
    assert tasks.get_task(db, task_id).key
    audit = [dialog.ui.audit.topLevelItem(i).text(2) for i in range(dialog.ui.audit.topLevelItemCount())]
    assert any("任务名称：引进医养结合龙头企业 → 引进医养结合龙头企业2家" in a for a in audit)
    for _ in range(3):
        window.ctx.undo.undo()
    task = tasks.get_task(db, task_id)
    assert (task.title, task.due_text, task.key) == ("引进医养结合龙头企业", "年底前", False)
    assert dialog.ui.title.text() == "引进医养结合龙头企业"                  # the dialog follows undo


def test_ctrl_y_redoes(window, qtbot, db):
    view = ledger_view(window, qtbot)
    task_id = select(view, "森林康养步道二期工程")
    view.edit_cell(task_id, "percent", 45)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert tasks.get_task(db, task_id).percent == 20
    qtbot.keyClick(window, Qt.Key_Y, Qt.ControlModifier)
    assert tasks.get_task(db, task_id).percent == 45


def test_every_wrong_field_is_named_at_once(window, qtbot, db):
    view = ledger_view(window, qtbot)
    dialog = view.add_task()
    dialog.ui.start.setText("2024-13-01")
    dialog.ui.due.setText("某个时候")
    dialog.ui.partnerUnits.setText(" 、 ")
    qtbot.mouseClick(dialog.ui.addButton, Qt.LeftButton)
    shown = {name: getattr(dialog.ui, name).text() for name in ("titleError", "startError", "dueError",
                                                                 "partnerUnitsError")}
    assert shown["titleError"] == "任务名称不能为空"
    assert "开始日期" in shown["startError"] and "无法识别" in shown["dueError"]
    assert "只有空格" in shown["partnerUnitsError"]
    assert "无法识别" in dialog.ui.dueResolved.text()                     # the live reading said so already
    assert view.model.result.total == 11 and dialog.isVisible()


def test_double_click_opens_the_task_or_edits_the_cell(window, qtbot, db):
    view = ledger_view(window, qtbot)
    table, model = view.ui.table, view.model
    task_id = select(view, "森林康养步道二期工程")
    row = model.row_of(task_id)

    def double_click(column):
        rect = table.visualRect(model.index(row, KEYS.index(column)))
        qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())

    double_click("title")
    assert [d.ui.title.text() for d in view.findChildren(TaskDialog) if d.isVisible()] == ["森林康养步道二期工程"]
    for d in view.findChildren(TaskDialog):
        d.close()
    double_click("percent")                                               # edits in place, opens nothing
    assert table.state() == QAbstractItemView.EditingState
    assert not [d for d in view.findChildren(TaskDialog) if d.isVisible()]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_Return)                                  # Enter opens it too
    assert [d.task_id for d in view.findChildren(TaskDialog) if d.isVisible()] == [task_id]


def test_a_task_the_city_assigned_is_read_only_but_takes_progress(window, qtbot, db):
    view = ledger_view(window, qtbot)
    task_id = select(view, "引进医养结合龙头企业")
    db.execute("UPDATE task SET owner = '611000' WHERE id = ?", [task_id])     # as if imported from the city
    dialog = view.open_task(task_id)
    assert not dialog.ui.title.isEnabled() and not dialog.ui.deleteButton.isEnabled()
    assert "上级交办任务" in dialog.ui.savedHint.text()
    assert dialog.ui.progressButton.isEnabled() and dialog.ui.postponeButton.isEnabled()
    view.edit_cell(task_id, "percent", 50)                                   # inline: refused with the reason
    assert "611000" in window.ui.statusbar.currentMessage() and tasks.get_task(db, task_id).percent == 25
