"""Issue 11 item 9: every printable thing has one print preview (pages, paging, zoom, 打印 on A3/A4, 另存为
PDF); the 督办单's 办复要求 is edited in the preview; the 台账 itself prints, from the window and the CLI."""
import subprocess
import sys

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from kydesk.services import tasks

A3 = (1190.55, 841.89)
A4 = (841.89, 595.28)


@pytest.fixture
def printing_window(window, db_path):
    from kydesk.services.setup import open_site

    window.ctx.open_db = lambda: open_site(db_path)      # jobs open their own connection, as in the program
    return window


def _text(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def _sizes(path):
    with pdfplumber.open(path) as pdf:
        return [(round(float(p.width), 1), round(float(p.height), 1)) for p in pdf.pages]


def test_the_ledger_prints_through_the_preview(printing_window, qtbot, tmp_path, db):
    window = printing_window
    window.show_view("ledger")
    window.show()
    ledger = window.views["ledger"]
    dialog = window.menus.run_view_command("print")              # Ctrl+P on the ledger
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.preview.page_count() >= 1
    assert dialog.current_paper() == "A3" and dialog.paper.count() == 2
    assert _sizes(dialog.pdf_path)[0] == pytest.approx(A3, abs=1)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))   # A4 landscape on request
    assert _sizes(dialog.pdf_path)[0] == pytest.approx(A4, abs=1)
    saved = dialog.save_dialog(str(tmp_path / "台账.pdf"))
    pages = _text(saved)
    assert "商州区康养专班2024年度重点任务台账" in pages[0].replace(" ", "")
    assert "一、规划提升工作" in pages[0] and "编制康养产业发展规划" in pages[0]
    assert dialog.name.startswith("商州区康养专班-2024年任务台账")   # the unit and the date in the file name
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) and (tmp_path / "printed.pdf").stat().st_size > 1000   # …a PDF printer works
    assert "已送往打印机" in dialog.info.text()
    ledger.ui.light.setCurrentIndex(ledger.ui.light.findData("red"))   # the ledger as filtered
    filtered = ledger.print_current()
    qtbot.addWidget(filtered)
    text = _text(filtered.pdf_path)[0]
    assert "筛选：红灯" in text and "森林康养步道二期工程" not in text
    dialog.close()
    filtered.close()


def test_the_preview_pages_through_and_zooms(printing_window, qtbot, db):
    for i in range(60):                                          # enough for several A4 pages
        tasks.add_task(db, title=f"第{i + 1}项补充任务，按期推进并报送进展情况", section="四、补充任务",
                       lead_unit="商州区发改局", due="年底前")
    ledger = printing_window.views["ledger"]
    ledger.apply_filters()
    dialog = ledger.print_current(paper="A4")
    qtbot.addWidget(dialog)
    n = dialog.preview.page_count()
    assert n >= 3 and dialog.page_label.text() == f"第 1 / {n} 页"
    qtbot.mouseClick(dialog.next_button, Qt.LeftButton)
    assert dialog.page == 1 and dialog.page_label.text() == f"第 2 / {n} 页"
    qtbot.mouseClick(dialog.prev_button, Qt.LeftButton)
    assert dialog.page == 0 and not dialog.prev_button.isEnabled()
    qtbot.mouseClick(dialog.preview.in_button, Qt.LeftButton)
    assert dialog.preview.zoom is not None
    pages = _text(dialog.pdf_path)
    assert all("任务名称" in p and "牵头单位" in p for p in pages)          # the header on every page
    assert all("第" in p and f"共 {len(pages)} 页" in p for p in pages)
    dialog.close()


def test_notice_preview_lets_the_clerk_reword_the_reply(printing_window, qtbot, tmp_path, db):
    window = printing_window
    window.show_view("warroom")
    window.show()
    view = window.views["warroom"]
    view.ensure_loaded()
    dialog = view.make_notices()
    qtbot.addWidget(dialog)
    assert dialog.editor is not None and "工作日内" in dialog.editor.toPlainText()
    from tests.ui.meetings.conftest import commit_text

    dialog.editor.selectAll()
    commit_text(dialog.editor, "请于7月19日前将整改情况书面报区专班办公室，并抄送分管副区长。")
    dialog.rebuild()                                             # (the pause after typing does the same)
    out = dialog.save_dialog(str(tmp_path / "督办单.pdf"))
    text = "".join(_text(out)).replace("\n", "")
    assert "请于7月19日前将整改情况书面报区专班办公室" in text and "个工作日内" not in text
    dialog.close()


def test_report_ledger_command(db, db_path, tmp_path):
    from tests.ui.desk.conftest import fill_sample

    fill_sample(db)
    db.close()
    out = tmp_path / "ledger.pdf"
    run = [sys.executable, "-m", "kydesk", "--db", str(db_path), "report", "ledger", "--date", "2024-07-15"]
    proc = subprocess.run([*run, "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out) and "任务台账（A3 横向）" in proc.stderr
    assert _sizes(out)[0] == pytest.approx(A3, abs=1)
    text = _text(out)[0]
    assert "二、项目建设工作" in text and "推进中医药康养基地建设" in text
    from pypdf import PdfReader

    fonts = {str(f["/BaseFont"]) for p in PdfReader(out).pages for f in p["/Resources"]["/Font"].values()}
    assert fonts                                                 # fonts embedded (a subset) or STSong-Light
    proc = subprocess.run([*run, "--paper", "A4", "--light", "red", "-o", str(tmp_path / "a4.pdf")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert _sizes(tmp_path / "a4.pdf")[0] == pytest.approx(A4, abs=1)
    proc = subprocess.run([*run, "--paper", "B5", "-o", str(tmp_path / "b5.pdf")], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2 and not (tmp_path / "b5.pdf").exists()


def test_dispatch_and_bulletin_open_in_the_preview(printing_window, qtbot):
    window = printing_window
    panel = window.views["warroom"].panel
    for make, words in ((panel.make_dispatch, "重点任务调度表"), (panel.make_bulletin, "通报")):
        dialog = make()
        qtbot.addWidget(dialog)
        assert dialog.preview.page_count() >= 1 and dialog.print_button.isEnabled()
        assert words in "".join(_text(dialog.pdf_path)).replace(" ", "").replace("\n", "")
        assert dialog.name.startswith("商州区康养专班-2024年")
        dialog.close()
