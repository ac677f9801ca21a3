"""调度 in the window: 生成填报表 (choose units and period, 在文件夹中显示), dropping returned forms opens the
collect preview, the 报送情况 panel with its 催报 text and copy button, and the printable list."""
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.services.forms_helpers import PERIOD, city, fill

TODAY = date(2026, 12, 3)


@pytest.fixture
def cwin(tmp_path, qtbot, qapp):
    from kydesk.services.setup import open_site
    from kydesk.ui.main_window import AppContext, MainWindow
    from kydesk.ui.worker import SyncPool

    db = city(tmp_path / "city.db")
    opened = []

    def open_db():
        opened.append(open_site(tmp_path / "city.db"))
        return opened[-1]

    ctx = AppContext(db, pool=SyncPool(), open_db=open_db)
    ctx.today = TODAY
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.show_view("reporting")
    yield win
    for d in opened:
        d.close()
    db.close()


def rows(view):
    t = view.ui.table
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, t.columnCount())] for r in range(t.rowCount())}


def test_the_panel_lists_units_their_status_and_the_reminder_with_a_copy_button(cwin):
    view = cwin.views["reporting"]
    assert cwin.current_view() is view
    assert view.ui.period.text() == PERIOD
    assert "2026年12月7日" in view.ui.dueLabel.text() and "每月5日前" in view.ui.dueLabel.text()
    assert rows(view)["市文旅局"][:3] == ["3", "0", "未报送"]
    assert "建设康养小镇" in rows(view)["市文旅局"][4]
    assert "以下单位尚未报送12月进展" in view.ui.reminder.toPlainText()
    view.ui.copyButton.click()
    assert QGuiApplication.clipboard().text() == view.ui.reminder.toPlainText()


def test_make_forms_for_the_units_chosen_then_show_in_folder(cwin, tmp_path):
    view = cwin.views["reporting"]
    view.ui.makeButton.click()
    dialog = view.dialog
    names = [dialog.ui.units.item(i).text() for i in range(dialog.ui.units.count())]
    assert names == ["市卫健委（1项）", "市文旅局（3项）", "市财政局（2项）"] or set(names) == {
        "市卫健委（1项）", "市文旅局（3项）", "市财政局（2项）"}
    for i in range(dialog.ui.units.count()):
        if dialog.ui.units.item(i).text().startswith("市财政局"):
            dialog.ui.units.item(i).setCheckState(Qt.Unchecked)
    out = tmp_path / "发出"
    out.mkdir()
    dialog.ui.folder.setText(str(out))
    dialog.ui.makeButton.click()
    assert sorted(p.name for p in out.iterdir()) == ["2026年12月-市卫健委-进展填报表.xlsx",
                                                     "2026年12月-市文旅局-进展填报表.xlsx"]
    assert "已生成 2 份" in dialog.ui.message.text()
    assert dialog.ui.folderButton.isVisible()


def test_dropping_returned_forms_opens_the_preview_and_collecting_updates_the_panel(cwin, tmp_path):
    view = cwin.views["reporting"]
    view.ui.makeButton.click()
    out = tmp_path / "发出"
    out.mkdir()
    view.dialog.ui.folder.setText(str(out))
    view.dialog.ui.makeButton.click()
    view.dialog.reject()
    form = fill(out / "2026年12月-市文旅局-进展填报表.xlsx", {"建设康养小镇": {"progress": "完成投资3亿元", "percent": 80}})
    junk = tmp_path / "坏.xlsx"
    junk.write_bytes(b"not a workbook")
    cwin.show_view("home")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(form))])
    cwin.dropEvent(QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    assert cwin.current_view() is view          # not the ledger import: it is a returned form
    dialog = view.dialog
    files = dialog.ui.files
    assert [files.item(0, c).text() for c in range(1, 8)] == ["市文旅局", PERIOD, "1", "0", "0", "0", "可收取"]
    assert dialog.ui.applyButton.isEnabled()
    dialog.ui.applyButton.click()
    assert files.item(0, 7).text() == "已收取" and "记录进展 1 条" in dialog.ui.message.text()
    assert rows(view)["市文旅局"][:3] == ["3", "1", "按时"]
    assert "市文旅局" not in view.ui.reminder.toPlainText()
    assert not view.accept_files([str(junk)])


def test_a_refused_file_is_shown_with_its_reason(cwin, tmp_path):
    view = cwin.views["reporting"]
    junk = tmp_path / "坏.xlsx"
    junk.write_bytes(b"not a workbook")
    dialog = view.collect_forms([str(junk)])
    assert dialog.ui.files.item(0, 7).text() == "未收取" and not dialog.ui.applyButton.isEnabled()
    assert "不是 Excel" in dialog.ui.problems.toPlainText()


def test_the_printable_list(cwin, tmp_path):
    view = cwin.views["reporting"]
    out = tmp_path / "清单.pdf"
    view.print_list(str(out))
    assert out.exists() and "已生成报送情况清单" in view.ui.message.text() and view.ui.folderButton.isVisible()
    assert QApplication.instance() is not None


def test_the_reporting_cycle_is_set_in_the_window(cwin, qtbot):
    from tests.ui.meetings.conftest import commit_text

    view = cwin.views["reporting"]
    assert view.ui.cycle.currentText() == "每月5日前"
    view.ui.cycle.setCurrentText("每周五")
    view.ui.saveCycleButton.click()
    assert "每周五" in view.ui.message.text() and "2026年12月4日" in view.ui.dueLabel.text()
    view.ui.cycle.setCurrentText("")
    view.ui.cycle.lineEdit().setFocus()
    commit_text(view.ui.cycle.lineEdit(), "尽快")
    view.ui.saveCycleButton.click()
    assert "报送周期" in view.ui.message.text() and view.ui.message.styleSheet()
    assert "2026年12月4日" in view.ui.dueLabel.text()


def test_a_csv_ledger_dropped_on_the_window_opens_the_import_preview(cwin, tmp_path):
    path = tmp_path / "台账.csv"
    path.write_bytes("2026年康养重点工作台账\n序号,重点工作,牵头单位,完成时限\n1,新建康养步道,市林业局,9月底前\n".encode("gbk"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    cwin.dropEvent(QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    view = cwin.views["ledger"]
    assert cwin.current_view() is view
    assert view.sheets.import_dialog.preview.result.new == 1
