"""导出佐证材料 from the ledger: the evidence of the selected tasks, for an inspection, as
单位/任务/日期 文件名 under a folder the clerk chooses."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from kydesk.domain.errors import KydeskError
from kydesk.services import attachments
from kydesk.ui import pdf_preview


def export_evidence(view, folder: str | None = None) -> list[Path]:
    ids = view.selected_task_ids()
    if not ids:
        return []
    folder = folder or QFileDialog.getExistingDirectory(view, "导出佐证材料到文件夹")
    if not folder:
        return []
    titles = {}
    for tid in ids:
        row = view.model.row_of(tid)
        found = view.model.task_row(row) if row is not None else None
        if found:
            titles[tid] = (found.task.lead_unit or "", found.task.title)
    try:
        written = attachments.export_evidence(view.ctx.db, list(titles), Path(folder), titles=titles)
    except (KydeskError, OSError) as e:
        QMessageBox.warning(view, "导出佐证材料", f"导出失败：{e}")
        return []
    text = f"已导出 {len(written)} 个佐证材料到 {folder}" if written else "所选任务还没有佐证材料。"
    window = view.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, 10000)
    if written:
        pdf_preview.show_in_folder(written[0])
    return written
