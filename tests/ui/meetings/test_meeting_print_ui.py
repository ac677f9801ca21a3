"""Print from the window: pages rendered in the app, a printer, save, show in folder; failures are messages
and leave the meeting as it was."""
import pypdf
from PySide6.QtPrintSupport import QPrinter

from kydesk.services import meetings as ms


def _meeting(view, db, decisions=12):
    mid = ms.add_meeting(db, title="2024年第1期推进会", date_="2024-07-05", place="区政府三楼会议室", chair="王建国",
                         recorder="马晓燕", time="15:00").id
    for name, unit, role in (("王建国", "区政府", "出席"), ("李明", "区发改局", "出席"), ("周强", "区自然资源局", "列席"),
                             ("孙涛", "区农业农村局", "请假")):
        ms.attend(db, mid, name=name, unit=unit, role=role, reason="出差" if role == "请假" else "")
    aid = ms.add_agenda(db, mid, title="康养项目建设进展情况").id
    ms.add_entry(db, mid, speaker="李明", text="可研报告已通过专家评审。", agenda_id=aid)
    for i in range(1, decisions + 1):
        ms.decide(db, mid, text=f"第{i}项议定事项：加快推进康养产业重点项目建设，确保按期完成年度目标任务", lead_unit="区发改局",
                  due="7月底前")
    view.select_meeting(mid)
    return mid


def _pages(path):
    return len(pypdf.PdfReader(str(path)).pages)


def _state(db, mid):
    m = ms.get_meeting(db, mid)
    return m.rev, m.state, db.site_seq


def test_the_preview_shows_every_page_of_the_minutes_and_of_the_record(qtbot, view, db):
    mid = _meeting(view, db)
    panel = view.printing
    view.ui.tabs.setCurrentWidget(panel)          # showing the tab makes the preview
    assert panel.job is None and panel.preview.path is not None, panel.ui.info.text()
    pages = _pages(panel.preview.path)
    assert pages >= 2
    assert panel.preview.page_count() == pages == len(panel.preview.labels)
    assert all(not label.pixmap().isNull() for label in panel.preview.labels)
    assert f"共 {pages} 页" in panel.ui.info.text()
    assert panel.preview.images[0].width() > 1000          # rendered at 144 dpi, not a thumbnail
    panel.ui.recordChoice.setChecked(True)
    assert panel.preview.path.name.startswith("record") and panel.preview.page_count() == _pages(panel.preview.path)
    assert panel.ui.info.text().startswith("会议记录预览")
    assert ms.get_meeting(db, mid).state == "draft"


def test_print_to_a_printer_and_a_failing_printer(qtbot, view, db, tmp_path):
    mid = _meeting(view, db, decisions=2)
    panel = view.printing
    view.ui.tabs.setCurrentWidget(panel)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert panel.print_to(printer)
    assert _pages(tmp_path / "printed.pdf") == panel.preview.page_count()
    assert "已送往打印机" in panel.ui.info.text()

    before = _state(db, mid)
    broken = QPrinter(QPrinter.HighResolution)
    broken.setOutputFormat(QPrinter.PdfFormat)
    broken.setOutputFileName(str(tmp_path / "no" / "such" / "folder" / "x.pdf"))
    assert not panel.print_to(broken)
    assert "打印失败" in panel.ui.info.text() and "无法使用打印机" in view.ui.message.text()
    assert _state(db, mid) == before


def test_save_show_in_folder_and_saving_over_an_open_pdf(qtbot, view, db, tmp_path, monkeypatch):
    mid = _meeting(view, db, decisions=2)
    panel = view.printing
    view.ui.tabs.setCurrentWidget(panel)
    assert not panel.ui.folderButton.isEnabled()
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "纪要.pdf"
    panel.save_to(out)
    assert out.exists() and _pages(out) == panel.preview.page_count()
    assert panel.saved_path == out and panel.ui.folderButton.isEnabled()
    opened = []
    from kydesk.ui import pdf_preview

    monkeypatch.setattr(pdf_preview.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(pdf_preview.sys, "platform", "linux")
    panel.ui.folderButton.click()
    assert opened == [str(folder)]

    # the PDF is open in a reader that locks it: the builder's replace fails
    from kydesk.printing import output

    old = out.read_bytes()
    before = _state(db, mid)

    def locked(src, dst):
        raise PermissionError(13, "另一个程序正在使用此文件")

    monkeypatch.setattr(output.os, "replace", locked)
    panel.save_to(out)
    assert "其他程序打开" in view.ui.message.text() and "没有生成 PDF" in panel.ui.info.text()
    assert out.read_bytes() == old and _state(db, mid) == before
    assert [p.name for p in folder.iterdir()] == ["纪要.pdf"]      # no temporary file left


def test_cancel_leaves_no_file(qtbot, view, db, tmp_path):
    _meeting(view, db)
    panel = view.printing
    # the clerk presses 取消 once the bar shows the first page done
    panel.ui.progress.valueChanged.connect(lambda done: panel.ui.cancelButton.click() if done >= 1 else None)
    out = tmp_path / "cancelled.pdf"
    panel.save_to(out)
    assert not out.exists() and "取消" in panel.ui.info.text() and panel.job is None
    assert panel.ui.saveButton.isEnabled()


def test_save_as_word_then_open_it_with_the_pcs_program(qtbot, view, db, tmp_path, monkeypatch):
    import docx

    from kydesk.ui import word_output

    mid = _meeting(view, db, decisions=2)
    panel = view.printing
    view.ui.tabs.setCurrentWidget(panel)
    assert panel.wordButton.isEnabled() and panel.wordButton.text() == "另存为 Word…"
    assert not panel.openButton.isEnabled()
    out = tmp_path / "纪要"
    monkeypatch.setattr(word_output.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), word_output.WORD_FILTER))
    panel.wordButton.click()
    saved = tmp_path / "纪要.docx"
    assert panel.saved_path == saved and saved.read_bytes()[:2] == b"PK"
    document = docx.Document(saved)
    assert document.paragraphs[0].style.name == "纪要标志"
    assert any(p.text == "2024年第1期推进会" for p in document.paragraphs)
    assert "已保存" in panel.ui.info.text() and str(saved) in panel.ui.info.text()
    opened = []
    monkeypatch.setattr(word_output.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert panel.openButton.isEnabled()
    panel.openButton.click()
    assert opened == [str(saved)]
    panel.ui.recordChoice.setChecked(True)
    panel.save_to(tmp_path / "记录.docx")
    assert docx.Document(tmp_path / "记录.docx").tables[0].rows[0].cells[0].text == "会议名称"
    assert ms.get_meeting(db, mid).state == "draft"
