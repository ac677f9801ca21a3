"""Issue 11 items 3, 4 and 7: undo per view, the office keys, the menu bar, the navigation's counts, the
first run's 打开已有数据库, backup and restore from the menu."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kydesk.services import tasks
from tests.ui.desk.conftest import fill_sample


def _front(window, qtbot, key):
    window.show_view(key)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.views[key]


def _select(view, title):
    row = next(r for r in range(view.model.rowCount()) if view.model.task_row(r) is not None
               and view.model.task_row(r).task.title == title)
    view.ui.table.setCurrentIndex(view.model.index(row, 3))
    view.ui.table.setFocus()
    return view.model.task_row(row).task.id


def _close_dialogs():
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w.inherits("QDialog"):
            w.close()


def test_undo_acts_on_the_view_in_front_and_names_its_step(window, qtbot, db):
    ledger = _front(window, qtbot, "ledger")
    task_id = _select(ledger, "推进中医药康养基地建设")
    qtbot.keyClick(ledger.ui.table, Qt.Key_D, Qt.ControlModifier)              # Ctrl+D 销号
    from kydesk.ui.dialogs.postpone_dialog import DoneDialog

    dialog = next(d for d in ledger.findChildren(DoneDialog) if d.isVisible())
    qtbot.mouseClick(dialog.ui.okButton, Qt.LeftButton)
    assert tasks.get_task(db, task_id).status.value == "done"
    undo = window.menus.actions["undo"]
    assert undo.isEnabled() and undo.text() == "撤销 销号"                     # the Edit menu names the step
    _front(window, qtbot, "meetings")
    assert not undo.isEnabled()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)                        # Ctrl+Z on 会议…
    assert tasks.get_task(db, task_id).status.value == "done"                  # …leaves the ledger's 销号 alone
    _front(window, qtbot, "ledger")
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert tasks.get_task(db, task_id).status.value == "active"
    assert window.menus.actions["redo"].text() == "重做 销号"


def test_office_keys_act_on_the_view_in_front(window, qtbot, db):
    ledger = _front(window, qtbot, "ledger")
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert ledger.ui.search.hasFocus()
    before = len(QApplication.topLevelWidgets())
    qtbot.keyClick(ledger.ui.table, Qt.Key_N, Qt.ControlModifier)              # Ctrl+N: a new task
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == "TaskDialog"]
    assert dialogs and dialogs[0].task_id is None and len(QApplication.topLevelWidgets()) > before
    _close_dialogs()
    meetings = _front(window, qtbot, "meetings")
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)                        # Ctrl+N on 会议: a meeting
    assert meetings.plan_dialog is not None and meetings.plan_dialog.isVisible()
    meetings.plan_dialog.close()
    # Delete deletes the selected task, and Ctrl+Z brings it back
    ledger = _front(window, qtbot, "ledger")
    task_id = _select(ledger, "森林康养步道二期工程")
    ledger.confirm = lambda text: True
    qtbot.keyClick(ledger.ui.table, Qt.Key_Delete)
    assert task_id not in {t.id for t, _ in tasks.list_tasks(db)}
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert task_id in {t.id for t, _ in tasks.list_tasks(db)}
    # F5 reads the ledger again: a task added behind the window's back appears
    shown = ledger.model.result.shown
    tasks.add_task(db, title="窗外添加的任务")
    qtbot.keyClick(window, Qt.Key_F5)
    assert ledger.model.result.shown == shown + 1


def test_task_dialog_tabs_from_start_to_deadline(window, qtbot):
    ledger = _front(window, qtbot, "ledger")
    dialog = ledger.add_task()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ui.start.setFocus()
    qtbot.waitUntil(ui.start.hasFocus)
    qtbot.keyClick(ui.start, Qt.Key_Tab)
    assert ui.due.hasFocus()                                   # not 重点: the typed deadline goes where it belongs
    chain, w = [], ui.section.lineEdit() if ui.section.isEditable() else ui.section
    order = [ui.section, ui.title, ui.target, ui.leadUnit, ui.partnerUnits, ui.partnerPick, ui.leader, ui.person,
             ui.start, ui.due, ui.status, ui.percent, ui.key]
    w = order[0]
    for _ in range(len(order) - 1):
        w = w.nextInFocusChain()
        while w.focusPolicy() == Qt.NoFocus or w.focusProxy() is not None or w.parent() in order:
            w = w.nextInFocusChain()
        chain.append(w)
    assert chain[:len(order) - 1] == order[1:]
    dialog.close()


def test_menu_bar_and_navigation_counts(window, qtbot, db):
    bar = window.menuBar()
    menus = window.menus.menus
    assert [a.text() for a in bar.actions()] == ["文件(&F)", "编辑(&E)", "视图(&V)", "工具(&T)", "帮助(&H)"]
    file_items = [a.text() for a in menus[0].actions() if a.text()]
    for wanted in ("打开数据库…", "备份…", "从备份恢复…", "导入 Excel 台账…", "导出 Excel 台账…", "打印…", "退出"):
        assert wanted in file_items
    assert window.menus.actions["print"].shortcut().toString() == "Ctrl+P"
    assert window.menus.actions["done"].shortcut().toString() == "Ctrl+D"
    assert window.menus.actions["delete"].shortcut().toString() == "Del"       # not Qt's Delete (holds Ctrl+D)
    nav = window.ui.nav
    ledger_item = nav.item(1)
    assert "红灯 4 项" in ledger_item.toolTip() and not ledger_item.icon().isNull()
    assert "7月29日" in nav.item(2).text()                                      # 会议: the next meeting's date
    window.views["ledger"].show()
    task_id = next(t.id for t, _ in tasks.list_tasks(db) if t.title == "编制康养产业发展规划")
    window.ctx.run(tasks.mark_done, task_id)
    assert "红灯 3 项" in ledger_item.toolTip()                                # follows the change at once
    assert window.statusBar().isVisible() or not window.isVisible()


def test_window_title_names_the_unit_once(window, qtbot):
    from kydesk.ui.app import make_app

    make_app()                       # the program's name, which Qt puts after the window's title
    assert window.windowTitle() == "商州区康养专班"
    # the system's title bar shows "商州区康养专班 — 康养专班工作台": Qt adds the display name once
    assert QApplication.applicationDisplayName() == "康养专班工作台"
    assert "康养专班工作台" not in window.windowTitle()


def test_backup_and_restore_from_the_menu(window, qtbot, db, tmp_path):
    from kydesk.ui.dialogs import backup_dialog

    out = backup_dialog.backup(window, window.ctx, str(tmp_path / "备份.db"))
    assert out.exists()
    task_id = next(t.id for t, _ in tasks.list_tasks(db) if t.title == "编制康养产业发展规划")
    window.ctx.run(tasks.mark_done, task_id)
    ledger = _front(window, qtbot, "ledger")
    assert backup_dialog.restore(window, window.ctx, str(out), confirm=lambda text: True)
    ctx_db = window.ctx.db
    assert tasks.get_task(ctx_db, task_id).status.value != "done"               # as it was when backed up
    row = ledger.model.row_of(task_id)
    assert ledger.model.task_row(row).task.status.value != "done"              # the views read the restored file
    settings = window.views["settings"]
    assert settings.ui.backupButton.isEnabled() and settings.ui.restoreButton.isEnabled()


def test_open_database_starts_a_window_on_it(window, tmp_path):
    from kydesk.ui.dialogs import backup_dialog

    launched = []
    assert backup_dialog.open_database(window, str(tmp_path / "other.db"), launch=launched.append)
    assert launched == [str(tmp_path / "other.db")]


def test_first_run_opens_a_database_from_an_old_pc(qtbot, tmp_path, db, db_path):
    from kydesk.ui.first_run import FirstRunDialog

    fill_sample(db)
    db.close()
    target = tmp_path / "data" / "kydesk.db"
    dialog = FirstRunDialog(target)
    qtbot.addWidget(dialog)
    assert dialog.ui.openButton.text() == "打开已有数据库…"
    assert dialog.open_existing(str(db_path))
    assert dialog.choice == "open" and target.exists()
    from kydesk.services.setup import open_site

    copied = open_site(target)
    try:
        assert copied.unit_code == "611002" and len(tasks.list_tasks(copied)) >= 10
    finally:
        copied.close()
