"""Issue 11 items 8, 10, 14 and 15: right-click menus and the column chooser, file names and folders, text
that is not cut off, Chinese whatever the locale, period pickers, messages that go, the 工作台's pictures."""
import csv

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateEdit, QMenu

from kydesk.ui.widgets import table_menus


def _show(window, qtbot, key):
    window.show_view(key)
    window.show()
    qtbot.waitExposed(window)
    return window.views[key]


def _menu(widget) -> QMenu:
    """The right-click menu just opened on `widget` (each is a child of its table, deleted when closed)."""
    return [m for m in widget.findChildren(QMenu) if m.isVisible()][-1]


def _select(view, title):
    row = next(r for r in range(view.model.rowCount()) if view.model.task_row(r) is not None
               and view.model.task_row(r).task.title == title)
    view.ui.table.setCurrentIndex(view.model.index(row, 3))
    view.ui.table.selectRow(row)
    return row


def test_right_click_menus_and_the_column_chooser(window, qtbot, tmp_path, ctx):
    ledger = _show(window, qtbot, "ledger")
    row = _select(ledger, "推进中医药康养基地建设")
    table = ledger.ui.table
    pos = table.visualRect(ledger.model.index(row, 3)).center()
    table.customContextMenuRequested.emit(pos)
    menu = _menu(table)
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels == ["打开", "记录进展", "销号", "延期", "导出佐证材料…", "删除", "复制", "导出所选…"]
    assert "推进中医药康养基地建设" in table_menus.copy_rows(table)
    assert "推进中医药康养基地建设" in QGuiApplication.clipboard().text()
    out = table_menus.export_rows(table, str(tmp_path / "所选.csv"))
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert "任务名称" in rows[0] and any("推进中医药康养基地建设" in c for c in rows[1])
    next(a for a in menu.actions() if a.text() == "记录进展").trigger()
    menu.close()
    from kydesk.ui.dialogs.progress_dialog import ProgressDialog

    opened = [d for d in ledger.findChildren(ProgressDialog) if d.isVisible()]
    assert len(opened) == 1
    opened[0].close()
    # the header's menu hides a column, and the choice is remembered for the next window
    header = table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))
    menu = _menu(table)
    person = next(a for a in menu.actions() if a.text() == "责任人")
    person.setChecked(False)
    from kydesk.ui.models.task_table import KEYS

    assert header.isSectionHidden(KEYS.index("person"))
    from kydesk.ui.main_window import MainWindow

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.views["ledger"].ui.table.horizontalHeader().isSectionHidden(KEYS.index("person"))
    # every other table has the menu too
    meetings = _show(window, qtbot, "meetings")
    meetings.ui.meetingList.customContextMenuRequested.emit(QPoint(5, 5))
    assert "删除会议" in [a.text() for a in _menu(meetings.ui.meetingList).actions()]
    home = window.views["home"]
    home.ui.lit.customContextMenuRequested.emit(QPoint(5, 5))
    home.show()
    assert [a.text() for a in _menu(home.ui.lit).actions() if a.text()][:4] == ["打开", "记录进展", "销号", "延期"]


def test_file_names_carry_the_unit_and_dialogs_open_where_last_saved(window, ctx, tmp_path):
    from kydesk.ui.widgets.common import default_name, last_folder, remember_folder

    assert default_name(ctx, "2024年作战图（A3）", "pdf") == "商州区康养专班-2024年作战图（A3）.pdf"
    remember_folder(str(tmp_path / "out.pdf"))
    assert last_folder() == tmp_path
    assert window.views["sync"]._documents() == tmp_path                    # the next dialog opens there
    from tests.ui.desk.conftest import TODAY

    name = window.views["ledger"].sheets._file_name("ledger", TODAY)
    assert name == "商州区康养专班-2024年重点工作台账-2024年7月15日.xlsx"
    settings = window.views["settings"]
    font = tmp_path / "simfang.ttf"
    font.write_bytes(b"\0")
    assert settings.ui.browseFangsong.text() == "浏览…"
    settings.browse_font("font_fangsong", str(font))
    assert settings.ui.fontFangsong.text() == str(font)


def test_text_is_not_cut_off(window, qtbot, db):
    from kydesk.ui.models.task_table import KEYS

    ledger = _show(window, qtbot, "ledger")
    table = ledger.ui.table
    partners = KEYS.index("partners")
    row = _select(ledger, "推进中医药康养基地建设")
    index = ledger.model.index(row, partners)
    text = ledger.model.data(index, Qt.DisplayRole)
    assert table.columnWidth(partners) >= table.fontMetrics().horizontalAdvance(text)    # the column fits it
    assert text in ledger.model.data(index, Qt.ToolTipRole)
    em = table.fontMetrics().horizontalAdvance("中")
    for size in ((1280, 800), (900, 500)):                    # the task's name keeps its room, even when narrow
        window.resize(*size)
        qtbot.wait(30)
        assert table.columnWidth(KEYS.index("title")) >= 17 * em, size
    meetings = _show(window, qtbot, "meetings")
    model = meetings.model
    assert [model.headerData(i, Qt.Horizontal) for i in range(2)] == ["期号", "日期"]  # 期号 and date first
    assert model.data(model.index(0, 0)).startswith("第") and "期" in model.data(model.index(0, 0))
    war = _show(window, qtbot, "warroom")
    war.say("已生成作战图：/一个/很长很长的/文件夹/路径/商州区康养专班-2024年作战图（A3）.pdf（3 页）")
    assert war.message.toolTip().endswith("（3 页）")
    assert war.message.width() > 200                           # the footer gives it the room there is


def test_chinese_whatever_the_system_locale(window, qtbot, ctx):
    from kydesk.ui.app import make_app

    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
    make_app()
    assert QLocale().language() == QLocale.Chinese
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    qtbot.addWidget(edit)
    assert edit.calendarWidget().locale().monthName(7) == "七月"      # the calendar popup speaks Chinese
    panel = window.views["warroom"].panel
    assert panel.month.text() == "2024-07" and panel.period.text() == "2024Q3"    # picked, not typed
    panel.period.period.setCurrentIndex(panel.period.period.findData("Q2"))
    assert panel.period.text() == "2024Q2" and panel.period.label() == "2024年第二季度"
    sync = window.views["sync"]
    assert sync.ui.historyTable.horizontalHeaderItem(3).text() == "记录数"


def test_notes_go_by_themselves(window, qtbot, monkeypatch):
    from kydesk.ui.views import spreadsheet_bar

    monkeypatch.setattr(spreadsheet_bar, "NOTE_SECONDS", 0.05)
    ledger = _show(window, qtbot, "ledger")
    ledger.sheets.say("已导入 12 项任务")
    assert ledger.sheets.isVisible()
    qtbot.waitUntil(lambda: not ledger.sheets.isVisible(), timeout=2000)
    meetings = _show(window, qtbot, "meetings")
    top = meetings.ui.tabs.mapTo(meetings, QPoint(0, 0)).y()
    meetings.say("已保存")
    assert meetings.ui.tabs.mapTo(meetings, QPoint(0, 0)).y() == top      # nothing moves under the mouse


def test_home_pictures_and_a_click_that_filters_the_ledger(window, qtbot):
    home = _show(window, qtbot, "home")
    charts = home.charts
    units = {u.name: u for u in charts.units}
    assert units["商州区商务局"].total == 3
    assert [m.month for m in charts.months] == list(range(1, 8))          # January to July 2024
    assert all(0 <= m.done <= 1 and 0 <= m.schedule <= 1 for m in charts.months)
    assert charts.deadlines == sorted(charts.deadlines, key=lambda d: d.due) and charts.deadlines
    chart = home.unit_chart
    home.ui.chartTabs.setCurrentIndex(0)
    qtbot.waitExposed(chart)
    chart.grab()                                                  # paints: the bars are laid out
    assert chart.hits, (chart.size(), chart.isVisible(), [(u.name, u.red) for u in charts.units])
    rect, unit, key, _n = next(h for h in chart.hits if h[2] == "red")
    qtbot.mouseClick(chart, Qt.LeftButton, pos=rect.center().toPoint())
    ledger = window.views["ledger"]
    assert window.current_view() is ledger
    assert ledger.ui.unit.currentText() == unit and ledger.ui.light.currentData() == "red"
    shown = {ledger.model.task_row(r).task.lead_unit for r in range(ledger.model.rowCount())
             if ledger.model.task_row(r) is not None}
    assert shown == {unit}
    home = _show(window, qtbot, "home")
    home.ui.chartTabs.setCurrentIndex(2)
    timeline = home.deadline_chart
    timeline.grab()
    rect, task_id = timeline.hits[0]
    qtbot.mouseClick(timeline, Qt.LeftButton, pos=rect.center().toPoint())
    from kydesk.ui.dialogs.task_dialog import TaskDialog

    dialog = next(d for d in home.findChildren(TaskDialog) if d.isVisible())
    assert dialog.task_id == task_id
    dialog.close()
