"""佐证材料 in the window: files dropped on the progress dialog go with the report, the task's 资料 tab lists
them with a thumbnail, saves a copy with the same bytes, deletes with undo; 销号 carries its evidence."""
import os

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from kydesk.services import attachments, tasks
from kydesk.ui.dialogs.task_dialog import TaskDialog
from tests.ui.desk.test_desk_ledger import ledger_view, select, type_chinese


def drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    widget.dropEvent(QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def test_progress_with_dropped_files_then_the_evidence_tab(window, qtbot, db, tmp_path, monkeypatch):
    photo = tmp_path / "基地主体封顶.png"
    Image.new("RGB", (640, 480), (30, 120, 60)).save(photo)
    report = tmp_path / "验收意见.pdf"
    report.write_bytes(b"%PDF-1.4 " + os.urandom(2000))
    view = ledger_view(window, qtbot)
    task_id = select(view, "推进中医药康养基地建设")

    dialog = view.record_progress()
    picker = dialog.ui.attachments
    drop(picker, [photo, report])
    assert picker.ui.files.count() == 2 and "2 个文件" in picker.ui.summary.text()
    drop(picker, [tmp_path])                                   # a folder is refused at once, with a reason
    assert "不是普通文件" in picker.ui.summary.text() and picker.ui.files.count() == 2
    type_chinese(dialog.ui.text, "基地一期主体封顶，附现场照片和验收意见")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)
    assert [a.name for a in attachments.of_task(db, task_id)] == ["基地主体封顶.png", "验收意见.pdf"]

    dialog = TaskDialog(window.ctx, task_id, window)
    qtbot.addWidget(dialog)
    panel = dialog.ui.evidenceTab
    assert dialog.ui.tabs.tabText(dialog.ui.tabs.indexOf(panel)) == "资料"
    assert panel.model.rowCount() == 2 and panel.ui.status.text() == "共 2 个佐证材料"
    icon = panel.model.data(panel.model.index(0, 0), Qt.DecorationRole)
    assert not icon.pixmap(40, 40).isNull()
    panel.ui.table.selectRow(1)
    saved = panel.save_selected(str(tmp_path / "copy.pdf"))
    assert saved.read_bytes() == report.read_bytes()

    monkeypatch.setattr("kydesk.ui.widgets.evidence_panel.show_in_folder", lambda p: None)
    panel.export_all(str(tmp_path / "全部"))
    assert sorted(p.read_bytes() for p in (tmp_path / "全部").iterdir()) == sorted(
        [photo.read_bytes(), report.read_bytes()])

    assert panel.delete_selected()
    assert [a.name for a in attachments.of_task(db, task_id)] == ["基地主体封顶.png"]
    assert panel.model.rowCount() == 1
    window.ctx.undo.undo()
    assert len(attachments.of_task(db, task_id)) == 2


def test_done_with_evidence(window, qtbot, db, tmp_path):
    proof = tmp_path / "完工证明.jpg"
    Image.new("RGB", (100, 80)).save(proof)
    view = ledger_view(window, qtbot)
    task_id = select(view, "森林康养步道二期工程")
    dialog = view.mark_done()
    dialog.ui.attachments.add_files([proof])
    qtbot.mouseClick(dialog.ui.okButton, Qt.LeftButton)
    assert tasks.get_task(db, task_id).status.value == "done"
    [a] = attachments.of_task(db, task_id)
    assert (a.name, a.purpose_text) == ("完工证明.jpg", "销号佐证")


def test_export_the_evidence_of_selected_tasks_for_an_inspection(window, qtbot, db, tmp_path, monkeypatch):
    from kydesk.ui import pdf_preview

    monkeypatch.setattr(pdf_preview, "show_in_folder", lambda p: None)
    photo = tmp_path / "主体封顶.jpg"
    Image.new("RGB", (64, 48)).save(photo)
    view = ledger_view(window, qtbot)
    task_id = select(view, "推进中医药康养基地建设")
    tasks.add_progress(db, task_id, text="主体封顶", on=tasks.get_task(db, task_id).start, attach=[photo])
    out = tmp_path / "检查"
    view.export_evidence(str(out))
    written = [p for p in out.rglob("*") if p.is_file()]
    assert len(written) == 1
    [path] = written
    assert path.relative_to(out).parts[:2] == ("商州区卫健局", "推进中医药康养基地建设")
    assert path.name.endswith("主体封顶.jpg") and path.read_bytes() == photo.read_bytes()
    assert "已导出 1 个佐证材料" in window.statusBar().currentMessage()
