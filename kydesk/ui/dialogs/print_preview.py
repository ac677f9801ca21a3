"""One print preview for everything printable (台账, 作战图, 督办单): the pages in the app (pypdfium2, see
kydesk/ui/pdf_preview.py) to page through and zoom, 打印… through the system's print dialog on A3 or A4,
另存为 PDF…, and for the 督办单 the 办复要求 the clerk may reword before printing.

The PDF is built by a worker into a temporary file (progress and cancel on the dialog's bar); printing and
saving use that very file, so what is printed is what was looked at.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kydesk.domain.errors import KydeskError
from kydesk.ui.pdf_preview import PdfPreview, print_pdf, show_in_folder
from kydesk.ui.widgets.common import ask_save_path, default_name, remember_folder, today
from kydesk.ui.widgets.job_bar import show_progress
from kydesk.ui.worker import prepare_op

PAPERS = {"A3": QPageSize.A3, "A4": QPageSize.A4}


class PrintPreviewDialog(QDialog):
    """build(db, out_path, paper, extra_text, progress) -> PrintResult makes the PDF; `what` names it
    ("任务台账"); `papers` the choices (the first is the default); `editor` a (label, text) to edit."""

    def __init__(self, ctx, what: str, build, *, name: str, papers=("A4",), paper: str | None = None,
                 editor: tuple[str, str] | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.what, self.build, self.name = ctx, what, build, name
        self.setWindowTitle(f"打印预览 — {what}")
        self.job = None
        self.result = None
        self._tmp = Path(tempfile.mkdtemp(prefix="kydesk-preview-"))
        self.pdf_path: Path | None = None
        self._then = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.paper = QComboBox()
        for p in papers:
            self.paper.addItem(f"{p} 横向" if p == "A3" or len(papers) > 1 else p, p)
        if paper and self.paper.findData(paper) >= 0:
            self.paper.setCurrentIndex(self.paper.findData(paper))
        self.paper.setVisible(len(papers) > 1)
        paper_label = QLabel("纸张")
        paper_label.setVisible(len(papers) > 1)
        self.prev_button, self.next_button = QPushButton("上一页"), QPushButton("下一页")
        self.page_label = QLabel()
        self.print_button = QPushButton("打印…")
        self.save_button = QPushButton("另存为 PDF…")
        self.close_button = QPushButton("关闭")
        for w in (paper_label, self.paper, self.prev_button, self.page_label, self.next_button):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.print_button, self.save_button, self.close_button):
            top.addWidget(w)
        layout.addLayout(top)
        body = QHBoxLayout()
        self.editor = None
        if editor is not None:
            side = QWidget()
            side_layout = QVBoxLayout(side)
            side_layout.setContentsMargins(0, 0, 0, 0)
            side_layout.addWidget(QLabel(editor[0]))
            self.editor = QPlainTextEdit(editor[1])
            self.editor.setToolTip("修改后停顿片刻，预览随之更新；打印和另存的都是改过的内容")
            side_layout.addWidget(self.editor, 1)
            side.setMaximumWidth(300)
            body.addWidget(side)
            self._edit_timer = QTimer(self, singleShot=True, interval=800, timeout=self.rebuild)
            self.editor.textChanged.connect(self._edit_timer.start)
        self.preview = PdfPreview()
        body.addWidget(self.preview, 1)
        layout.addLayout(body, 1)
        bottom = QHBoxLayout()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("取消")
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)
        self.paper.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.prev_button.clicked.connect(lambda: self.go_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go_page(self.page + 1))
        self.print_button.clicked.connect(lambda: self.print_dialog())
        self.save_button.clicked.connect(lambda: self.save_dialog())
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)
        self.preview.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._page_from_scroll())
        self.page = 0
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1100, screen.width() * 9 // 10), min(760, screen.height() * 9 // 10))
        self._enable()
        self.rebuild()

    # -- building -----------------------------------------------------------------------------------------
    def current_paper(self) -> str:
        return self.paper.currentData()

    def extra_text(self) -> str:
        return self.editor.toPlainText() if self.editor is not None else ""

    def rebuild(self) -> None:
        if self.job is not None:
            self._then = self.rebuild          # after the one running: the latest wording and paper
            return
        out = self._tmp / f"preview-{self.current_paper()}.pdf"
        paper, extra, build = self.current_paper(), self.extra_text(), self.build
        if self.ctx.open_db is None:        # an in-memory database: no worker connection, build it here
            try:
                result = build(self.ctx.db, out, paper, extra, None)
            except KydeskError as e:
                self._failed(str(e))
            else:
                self._finished(result)
            return
        self.job = job = prepare_op(self.ctx, self, lambda db, progress: build(db, out, paper, extra, progress),
                                    self._finished, write=True, on_failed=self._failed, progress=self._progress)
        self.info.setText(f"正在生成{self.what}…")
        self.progress.setValue(0)
        self._enable()
        self.ctx.pool.start(job)

    def _progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)

    def _finished(self, result) -> None:
        self.job = None
        self.result = result
        self.pdf_path = Path(result.path)
        try:
            pages = self.preview.load(self.pdf_path)
        except KydeskError as e:
            self._failed(str(e))
            return
        self.info.setText(f"{self.what}共 {pages} 页" + (f"。{result.warning}" if result.warning else ""))
        self.go_page(min(self.page, pages - 1))
        self._enable()
        self._next()

    def _failed(self, message: str) -> None:
        self.job = None
        self.info.setText(f"没有生成{self.what}：{message}")
        self._enable()
        self._then = None

    def _next(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _enable(self) -> None:
        ready = self.job is None and self.pdf_path is not None
        for b in (self.print_button, self.save_button):
            b.setEnabled(ready)
        self.progress.setVisible(self.job is not None)
        self.cancel_button.setVisible(self.job is not None)
        n = self.preview.page_count()
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < n - 1)
        self.page_label.setText(f"第 {self.page + 1} / {n} 页" if n else "")

    # -- paging -------------------------------------------------------------------------------------------
    def go_page(self, n: int) -> None:
        labels = self.preview.labels
        if not labels:
            return
        self.page = max(0, min(n, len(labels) - 1))
        self.preview.pages.layout().activate()           # the pages' places, before scrolling to one
        self._scrolling = True                           # the page asked for, not the one the scroll guesses
        try:
            self.preview.scroll.verticalScrollBar().setValue(labels[self.page].y() - 10)
        finally:
            self._scrolling = False
        self._enable()

    def _page_from_scroll(self) -> None:
        labels = self.preview.labels
        if not labels or getattr(self, "_scrolling", False):
            return
        y = self.preview.scroll.verticalScrollBar().value() + 20
        page = max((i for i, lb in enumerate(labels) if lb.y() <= y), default=0)
        if page != self.page:
            self.page = page
            self._enable()

    # -- print and save -----------------------------------------------------------------------------------
    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageSize(QPageSize(PAPERS.get(self.current_paper(), QPageSize.A4)))
        printer.setPageOrientation(QPageLayout.Landscape if self.landscape() else QPageLayout.Portrait)
        printer.setDocName(self.what)
        return printer

    def landscape(self) -> bool:
        if not self.preview.images:
            return False
        image = self.preview.images[0]
        return image.width() > image.height()

    def print_dialog(self):
        if self.pdf_path is None:
            return None
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(f"打印{self.what}")
        if dialog.exec() == QDialog.Accepted:
            return self.print_to(printer)
        return None

    def print_to(self, printer: QPrinter) -> bool:
        try:
            pages = print_pdf(self.pdf_path, printer)
        except KydeskError as e:
            self.info.setText(f"打印失败：{e}")
            return False
        self.info.setText(f"已送往打印机：{self.what}共 {pages} 页")
        self.ctx.signals.status.emit(self.info.text())
        return True

    def save_dialog(self, path: str | None = None) -> Path | None:
        if self.pdf_path is None:
            return None
        path = path or ask_save_path(self, f"另存{self.what}", self.name, "PDF 文件 (*.pdf)")
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as e:
            self.info.setText(f"无法保存到 {path}：{e.strerror or e}")
            return None
        remember_folder(path)
        self.saved_path = Path(path)
        self.info.setText(f"已保存：{path}")
        self.ctx.signals.status.emit(f"已保存{self.what}：{path}")
        return self.saved_path

    def open_folder(self) -> None:
        if getattr(self, "saved_path", None):
            show_in_folder(self.saved_path)

    def done(self, r):
        self.cancel()
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(r)


def _open(dialog: PrintPreviewDialog) -> PrintPreviewDialog:
    dialog.open()
    return dialog


def preview_ledger(ctx, query, parent=None, *, paper: str | None = None) -> PrintPreviewDialog:
    from kydesk.services.ledger_print import ledger_pdf

    d = today(ctx)

    def build(db, out, paper, _extra, progress):
        return ledger_pdf(db, out, query, paper=paper, today=d, progress=progress)

    return _open(PrintPreviewDialog(ctx, "任务台账", build, name=default_name(ctx, f"{d.year}年任务台账", "pdf", d),
                                    papers=("A3", "A4"), paper=paper, parent=parent))


def preview_warroom(ctx, query, *, zoom: str = "month", paper: str = "A3", parent=None) -> PrintPreviewDialog:
    from kydesk.services.warroom import warroom_pdf

    d = today(ctx)

    def build(db, out, paper, _extra, progress):
        return warroom_pdf(db, out, query, paper=paper, zoom=zoom, today=d, progress=progress)

    year = query.year or d.year
    return _open(PrintPreviewDialog(ctx, "作战图", build, name=default_name(ctx, f"{year}年作战图（{paper}）", "pdf"),
                                    papers=("A3", "A4"), paper=paper, parent=parent))


def preview_notices(ctx, task_ids: list[str], *, grade: str = "督办", name: str = "督办单",
                    parent=None) -> PrintPreviewDialog:
    """督办单 (or 提醒函, 约谈通知): the clerk may reword the 办复要求 before printing."""
    from kydesk.services.reports import notice_pdf, notice_reply_default

    d = today(ctx)

    def build(db, out, _paper, reply, progress):
        return notice_pdf(db, task_ids, out, today=d, progress=progress, grade=grade, reply=reply)

    return _open(PrintPreviewDialog(ctx, name, build,
                                    name=default_name(ctx, f"{name}（{len(task_ids)}份）", "pdf", d),
                                    editor=("办复要求", notice_reply_default(ctx.db, d, grade)), parent=parent))


def preview_report(ctx, what: str, build, *, name: str, parent=None) -> PrintPreviewDialog:
    """月调度表, 通报 and the like: A4 documents built by `build(db, out, paper, extra, progress)`."""
    return _open(PrintPreviewDialog(ctx, what, build, name=name, parent=parent))
