"""Excel from the 任务台账 view, as a clerk does it: pick or drop a workbook, read the preview (counts, the
year, the sheet, every problem cell), import with a progress bar, see the tasks; export 台账, 月调度表 and
季度通报 and find the file."""
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import SAMPLE_LEDGER as SAMPLE

TODAY = date(2024, 7, 15)


@pytest.fixture
def xwin(db, db_path, qapp, qtbot):
    """The main window over an empty ledger, with jobs run at once on their own connection."""
    from kydesk.services.setup import open_site
    from kydesk.ui.main_window import AppContext, MainWindow
    from kydesk.ui.worker import SyncPool

    opened = []

    def open_db():
        opened.append(open_site(db_path))
        return opened[-1]

    ctx = AppContext(db, pool=SyncPool(), open_db=open_db)
    ctx.today = TODAY
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show_view("ledger")
    win.show()
    qtbot.waitExposed(win)
    return win


def titles(view):
    model = view.model
    return [model.task_row(r).task.title for r in range(model.rowCount()) if model.task_row(r)]


def bad_workbook(path: Path, *, deadline="尽快") -> Path:
    """Two sheets, the ledger on the second; one deadline nobody can read."""
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "填表说明：请勿改动表头"
    ws = wb.create_sheet("台账")
    ws.append(["2023年康养工作台账"])
    ws.append(["序号", "重点工作", "牵头单位", "完成时限"])
    ws.append([1, "建设康养步道", "市发改委", deadline])
    ws.append([2, "改造养老服务中心", "市民政局", "6月底前"])
    wb.save(path)
    return path


def test_import_the_sample_through_the_preview_then_the_table_shows_six_tasks(xwin, qtbot, db):
    view = xwin.views["ledger"]
    assert SAMPLE.exists()
    assert view.model.result.total == 0
    dialog = view.import_xlsx(str(SAMPLE))
    ui = dialog.ui
    assert (ui.newCount.text(), ui.updatedCount.text(), ui.unchangedCount.text()) == ("新增 6 项", "更新 0 项", "未变 0 项")
    assert ui.year.value() == 2024 and "标题" in ui.yearSource.text()          # the year it assumed, and why
    assert not ui.sheet.isVisible() and ui.sheet.count() == 1                  # one sheet: no picker
    assert "预览" in ui.summary.text() and "ledger_sample.xlsx" in ui.summary.text()
    assert ui.problems.rowCount() == 0 and ui.rows.rowCount() == 6
    assert "新建单位 8 个" in ui.otherCounts.text()
    assert db.conn.execute("SELECT count(*) FROM task").fetchone()[0] == 0    # a preview writes nothing
    assert ui.applyButton.isEnabled()
    seen = []
    xwin.ctx.signals.changed.connect(lambda c: seen.append(c))
    qtbot.mouseClick(ui.applyButton, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.applied.applied
    assert seen and "task" in seen[-1].tables
    assert view.model.result.total == 6 and len(titles(view)) == 6            # the table followed the signal
    assert "制定文旅康养产业链支持清单" in titles(view)
    assert "已导入" in view.sheets.message.text() and view.sheets.isVisible()
    assert view.ui.unit.findText("市文旅局") >= 0                              # new units reach the filter
    again = view.import_xlsx(str(SAMPLE))                                     # re-import: nothing new
    assert again.ui.unchangedCount.text() == "未变 6 项" and not again.ui.applyButton.isEnabled()
    again.reject()


def test_the_year_can_be_changed_and_the_preview_follows(xwin):
    dialog = xwin.views["ledger"].import_xlsx(str(SAMPLE))
    dialog.ui.year.setValue(2023)
    assert dialog.preview.result.year == 2023 and dialog.preview.result.year_source == "given"
    assert "手动" in dialog.ui.yearSource.text() and "2023年" in dialog.ui.summary.text()
    dialog.apply()
    due = dict(xwin.ctx.db.conn.execute("SELECT due_text, due FROM task").fetchall())
    assert due["6月底前"] == "2023-06-30" and due["年底前"] == "2023-12-31"      # phrases read in 2023
    assert due["2024年10月31日"] == "2024-10-31"                                  # full dates as written


def test_problems_are_listed_by_sheet_and_cell_and_apply_stays_off(xwin, tmp_path, db):
    path = bad_workbook(tmp_path / "各单位填报.xlsx")
    dialog = xwin.views["ledger"].import_xlsx(str(path))
    ui = dialog.ui
    assert ui.sheet.isVisibleTo(dialog) and [ui.sheet.itemText(i) for i in range(ui.sheet.count())] == ["说明", "台账"]
    assert ui.sheet.currentText() == "台账"                      # the sheet the reader found the ledger on
    assert ui.problems.rowCount() == 1
    assert ui.problems.item(0, 1).text() == "台账!D3" and "尽快" in ui.problems.item(0, 2).text()
    assert "1 处问题" in ui.summary.text() and not ui.applyButton.isEnabled()
    assert ui.tabs.currentIndex() == 0
    ui.sheet.setCurrentIndex(0)                                   # the wrong sheet: told why, nothing to apply
    assert "说明" in ui.summary.text() and "表头" in ui.summary.text() and not ui.applyButton.isEnabled()
    ui.sheet.setCurrentIndex(1)
    assert ui.problems.rowCount() == 1
    bad_workbook(path, deadline="9月底前")                         # corrected in Excel, checked again
    ui.year.setValue(2024)
    assert ui.problems.rowCount() == 0 and ui.applyButton.isEnabled()
    dialog.apply()
    assert db.conn.execute("SELECT count(*) FROM task").fetchone()[0] == 2


def test_a_broken_file_shows_a_message_naming_it(xwin, tmp_path):
    path = tmp_path / "坏掉的台账.xlsx"
    path.write_bytes(b"this is not a workbook at all")
    dialog = xwin.views["ledger"].import_xlsx(str(path))
    assert "坏掉的台账.xlsx" in dialog.ui.summary.text()
    assert not dialog.ui.applyButton.isEnabled() and dialog.preview.result is None


def test_dropping_a_workbook_on_the_window_opens_the_preview(xwin, qtbot):
    xwin.show_view("home")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    event = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    xwin.dropEvent(event)
    view = xwin.views["ledger"]
    assert xwin.current_view() is view
    assert view.sheets.import_dialog is not None and view.sheets.import_dialog.preview.result.new == 6
    assert not view.accept_files(["/tmp/包.kysync", "/tmp/说明.docx"])      # not ours: the sync view's


def test_cancelling_the_import_writes_nothing(xwin, db, monkeypatch):
    from kydesk.ui.worker import Job

    dialog = xwin.views["ledger"].import_xlsx(str(SAMPLE))
    monkeypatch.setattr(Job, "_progress", lambda self, done, total: False)    # the clerk pressed 停止导入
    dialog.apply()
    assert dialog.applied is None and dialog.result() != dialog.DialogCode.Accepted
    assert "取消" in dialog.ui.summary.text() and dialog.ui.applyButton.isEnabled()
    assert db.conn.execute("SELECT count(*) FROM task").fetchone()[0] == 0


@pytest.mark.parametrize("kind, sheet_word", [("ledger", "台账"), ("dispatch", "调度"), ("bulletin", "通报")])
def test_export_writes_the_file_and_offers_its_folder(xwin, tmp_path, monkeypatch, kind, sheet_word):
    import kydesk.ui.pdf_preview as pdf_preview

    view = xwin.views["ledger"]
    view.import_xlsx(str(SAMPLE)).apply()
    out = tmp_path / f"导出-{kind}"                                  # no suffix typed: .xlsx is added
    job = view.export_xlsx(kind, str(out))
    assert job is not None
    written = tmp_path / f"导出-{kind}.xlsx"
    assert written.exists() and view.sheets.last_export == written
    book = openpyxl.load_workbook(written)
    assert any(sheet_word in str(c.value) for ws in book.worksheets for row in ws.iter_rows(max_row=3) for c in row
               if c.value), kind
    assert view.sheets.folder_button.isVisibleTo(view) and not view.sheets.progress.isVisibleTo(view)
    assert str(written) in view.sheets.message.text()
    shown = []
    monkeypatch.setattr(pdf_preview, "show_in_folder", lambda p: shown.append(Path(p)))
    view.sheets.folder_button.click()
    assert shown == [written]


def test_export_refuses_a_missing_folder_with_a_message(xwin, tmp_path):
    view = xwin.views["ledger"]
    view.export_xlsx("ledger", str(tmp_path / "没有这个文件夹" / "台账.xlsx"))
    assert "文件夹不存在" in view.sheets.message.text() and not view.sheets.folder_button.isVisibleTo(view)
    assert view.sheets.export_job is None


def test_preview_and_import_on_worker_threads(db, db_path, qapp, qtbot):
    """With the real pool: results come back to the UI thread by signal, the table follows."""
    from kydesk.services.setup import open_site
    from kydesk.ui.main_window import AppContext, MainWindow
    from kydesk.ui.worker import Pool

    ctx = AppContext(db, pool=Pool(), open_db=lambda: open_site(db_path))
    ctx.today = TODAY
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_view("ledger")
    win.show()
    view = win.views["ledger"]
    dialog = view.import_xlsx(str(SAMPLE))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.ui.newCount.text() == "新增 6 项" and not dialog.ui.progress.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.apply()
    qtbot.waitUntil(lambda: view.model.result.total == 6, timeout=10000)
    job = view.export_xlsx("ledger", str(db_path.parent / "台账.xlsx"))
    assert job is not None
    qtbot.waitUntil(lambda: view.sheets.export_job is None, timeout=10000)
    assert (db_path.parent / "台账.xlsx").exists() and view.sheets.folder_button.isVisible()
