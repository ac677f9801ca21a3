"""收取填报表: the preview of the returned forms (per file: unit, period, new progress, unchanged, 延期申请,
problems with their cells, refused or already collected), then 收取 records each file in its own
transaction.  Both steps run in the background."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from kydesk.services.forms_in import collect
from kydesk.ui.forms.ui_forms_collect import Ui_FormsCollectDialog
from kydesk.ui.widgets.common import ERROR_STYLE
from kydesk.ui.widgets.job_bar import JobBar

HEADERS = ["文件", "单位", "填报期", "新进展", "未变", "延期申请", "问题", "结果"]


def verdict(f, applied: bool) -> str:
    if f.refused:
        return "未收取"
    if f.already:
        return "已收取过"
    return "已收取" if applied else "可收取"


class FormsCollectDialog(QDialog):
    def __init__(self, ctx, paths: list[str], parent=None):
        super().__init__(parent)
        self.ctx, self.paths = ctx, list(paths)
        self.ui = Ui_FormsCollectDialog()
        self.ui.setupUi(self)
        self.ui.files.setColumnCount(len(HEADERS))
        self.ui.files.setHorizontalHeaderLabels(HEADERS)
        self.ui.files.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.preview = None
        self.applied = None
        self.jobs = JobBar(ctx, self.ui.progress, self.ui.cancelButton, self.ui.folderButton, self.say,
                           busy="正在读取，请稍候", no_db="当前数据库无法在后台打开，不能收取", parent=self)
        self.ui.files.currentCellChanged.connect(lambda row, *_: self._show_problems(row))
        self.ui.applyButton.clicked.connect(self.apply)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.applyButton.setEnabled(False)

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setText(text)

    def start_preview(self):
        today = getattr(self.ctx, "today", None)
        paths = self.paths

        def run(db, progress):
            return collect(db, paths, dry_run=True, today=today, progress=progress)

        return self.jobs.start(run, self._previewed, f"正在读取 {len(paths)} 个文件…", write=False)

    def _previewed(self, result) -> None:
        self.preview = result
        self._fill(result, applied=False)
        ready = [f for f in result.files if not f.refused and not f.already]
        self.ui.applyButton.setEnabled(bool(ready))
        refused = sum(f.refused for f in result.files)
        self.say(f"共 {len(result.files)} 个文件：可收取 {len(ready)} 个" + (f"，未收取 {refused} 个" if refused else ""),
                 error=bool(refused))

    def apply(self):
        today = getattr(self.ctx, "today", None)
        paths = [f.file for f in self.preview.files if not f.refused and not f.already] if self.preview else []
        if not paths:
            return None
        self.ui.applyButton.setEnabled(False)

        def run(db, progress):
            return collect(db, paths, today=today, progress=progress)

        return self.jobs.start(run, self._applied, "正在收取…", write=True)

    def _applied(self, result) -> None:
        self.applied = result
        done = {f.file: f for f in result.files}
        files = [done.get(f.file, f) for f in self.preview.files]
        self.preview.files = files
        self._fill(self.preview, applied=True)
        self.say(f"已收取 {sum(f.applied for f in result.files)} 个文件，记录进展 {sum(f.progress for f in result.files)} 条")
        if result.tables:
            self.ctx.signals.changed.emit(result)

    def _fill(self, result, *, applied: bool) -> None:
        from pathlib import Path

        t = self.ui.files
        t.setRowCount(len(result.files))
        for r, f in enumerate(result.files):
            values = [Path(f.file).name, f.unit, f.period, f.progress, f.unchanged, f.postpone_requests,
                      len(f.problems), verdict(f, applied and f.applied)]
            for c, v in enumerate(values):
                t.setItem(r, c, QTableWidgetItem(str(v)))
        if result.files:
            t.setCurrentCell(0, 0)
            self._show_problems(0)

    def _show_problems(self, row: int) -> None:
        source = self.preview
        if source is None or not 0 <= row < len(source.files):
            return
        f = source.files[row]
        lines = [f"{p.cell}：{p.message}" for p in f.problems] or ["（无问题）"]
        self.ui.problems.setPlainText("\n".join(lines))
