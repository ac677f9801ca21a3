"""导出佐证材料 from the ledger: the evidence of the selected tasks, for an inspection, as
单位/任务/日期 文件名 under a folder the clerk chooses."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from kydesk.domain.errors import KydeskError
from kydesk.services import attachments
from kydesk.ui import pdf_preview
from kydesk.ui.worker import run_op


def export_evidence(view, folder: str | None = None):
    """Copies the files off the UI thread (an inspection may take hundreds of MB); returns the job."""
    ids = view.selected_task_ids()
    if not ids:
        return None
    folder = folder or QFileDialog.getExistingDirectory(view, "导出佐证材料到文件夹")
    if not folder:
        return None
    titles = {}
    for tid in ids:
        row = view.model.row_of(tid)
        found = view.model.task_row(row) if row is not None else None
        if found:
            titles[tid] = (found.task.lead_unit or "", found.task.title)
    ctx = view.ctx

    def copy(db, _progress):          # its own connection on a worker (none with an in-process pool)
        try:
            return attachments.export_evidence(db or ctx.db, list(titles), Path(folder), titles=titles)
        except OSError as e:
            raise KydeskError(f"导出失败：{e}") from e

    def done(written: list[Path]) -> None:
        text = f"已导出 {len(written)} 个佐证材料到 {folder}" if written else "所选任务还没有佐证材料。"
        window = view.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10000)
        if written:
            pdf_preview.show_in_folder(written[0])

    return run_op(ctx, view, copy, done, label="导出佐证材料")
