"""打印: the 纪要 or the 会议记录 as PDF, made off the UI thread (progress, cancel), previewed as pages in
the app, printed on a printer, saved where the clerk wants (as PDF or as Word), shown in its folder or opened.
Printing only reads the meeting: a failure (font, printer, a PDF open elsewhere) is a message, the data stays as it was."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTemporaryDir
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from kydesk.domain.errors import KydeskError
from kydesk.services import meeting_print
from kydesk.ui.forms.ui_meeting_print import Ui_PrintPanel
from kydesk.ui.meetings.common import Panel
from kydesk.ui.pdf_preview import PdfPreview, print_pdf, show_in_folder
from kydesk.ui.widgets.job_bar import show_progress
from kydesk.ui.word_output import add_beside, ask_save_path, documents_folder, open_document
from kydesk.ui.worker import Job, prepare_op

LABELS = {"minutes": "会议纪要", "record": "会议记录"}


class PrintPanel(Panel):
    def __init__(self, ctx, say, parent=None):
        super().__init__(ctx, say, parent)
        self.ui = Ui_PrintPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.preview = PdfPreview(self)
        ui.previewLayout.addWidget(self.preview)
        self.job: Job | None = None
        self.job_kind = ""              # "preview" or "save"
        self.preview_for: tuple | None = None    # (meeting id, kind) the preview shows
        self.stale = True
        self.saved_path: Path | None = None
        self._word = False
        self._then = None                # what to do once the preview is ready (print)
        self._tmp = QTemporaryDir()
        ui.busy.setVisible(False)
        ui.previewButton.clicked.connect(self.make_preview)
        ui.minutesChoice.toggled.connect(self._kind_changed)
        ui.printButton.clicked.connect(self.print_dialog)
        ui.saveButton.clicked.connect(self.save_dialog)
        ui.folderButton.clicked.connect(self.open_folder)
        ui.cancelButton.clicked.connect(self.cancel)
        # 另存为 Word beside 另存为 PDF (for the leader's revisions in WPS or Word); 打开 the saved file
        self.wordButton = add_beside(ui.saveButton, "另存为 Word…", "保存为 Word 文档（.docx），可在 WPS 或 Word 中修改")
        self.openButton = add_beside(ui.folderButton, "打开", "用本机的程序（WPS、Word 或 PDF 阅读器）打开保存的文件")
        self.wordButton.clicked.connect(self.save_word_dialog)
        self.openButton.clicked.connect(self.open_saved)
        self._enable()

    @property
    def kind(self) -> str:
        return "minutes" if self.ui.minutesChoice.isChecked() else "record"

    def set_meeting(self, meeting, locked: bool) -> None:
        if self.meeting is None or meeting.id != self.meeting.id:
            self.preview.clear()
            self.preview_for, self.saved_path = None, None
            self.ui.info.clear()
        self.meeting, self.locked = meeting, locked
        self.stale = True       # any change may show in print
        if self.isVisible() and self.job is None:
            self.make_preview()
        self._enable()

    def showEvent(self, event):
        super().showEvent(event)
        if self.meeting is not None and self.job is None and (self.stale or self.preview_for is None):
            self.make_preview()

    def _kind_changed(self, _checked) -> None:
        self.preview.clear()
        self.preview_for = None
        if self.meeting is not None and self.job is None:
            self.make_preview()

    def _enable(self) -> None:
        ui, idle, ready = self.ui, self.job is None, self.meeting is not None
        for w in (ui.previewButton, ui.minutesChoice, ui.recordChoice, ui.printButton, ui.saveButton, self.wordButton):
            w.setEnabled(idle and ready)
        ui.folderButton.setEnabled(idle and self.saved_path is not None)
        self.openButton.setEnabled(idle and self.saved_path is not None)
        ui.busy.setVisible(not idle)

    # -- making PDFs off the UI thread -----------------------------------------------------------
    def _start(self, out: Path, job_kind: str) -> None:
        meeting_id, kind = self.meeting_id, self.kind
        self.job_kind = job_kind
        self._word = out.suffix.lower() == ".docx"

        def build(db, progress):
            return meeting_print.build(db, kind, meeting_id, out, progress=progress)

        own = self.ctx.open_db is not None   # an in-memory database cannot be shared with a thread
        self.job = job = prepare_op(self.ctx, self, build if own else (lambda _db, progress: build(self.ctx.db, progress)),
                                    self._finished, label="生成" + LABELS[kind], progress=self._progress,
                                    on_failed=self._failed, own_db=own)
        self.ui.busyLabel.setText(("正在生成" if job_kind == "preview" else "正在保存") + LABELS[kind])
        self.ui.progress.setRange(0, 0)
        self._enable()
        if self.ctx.open_db is None:
            job.run()
        else:
            self.ctx.pool.start(job)

    def make_preview(self) -> None:
        if self.meeting is None or self.job is not None:
            return
        self.stale = False
        self.preview_for = (self.meeting_id, self.kind)
        self._start(Path(self._tmp.path()) / f"{self.kind}-preview.pdf", "preview")

    def save_to(self, path) -> None:
        """另存为: the builder writes the chosen file itself (atomically; an open PDF there is a message)."""
        if self.meeting is None or self.job is not None:
            return
        self._start(Path(path), "save")

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.ui.busyLabel.setText("正在取消…")

    def _progress(self, done: int, total: int) -> None:
        show_progress(self.ui.progress, done, total)

    def _finished(self, result) -> None:
        self.job = None
        label = LABELS[self.kind]
        warning = f"\n{result.warning}" if getattr(result, "warning", None) else ""
        if self.job_kind == "preview":
            try:
                pages = self.preview.load(result.path)
            except KydeskError as e:
                self._failed(str(e))
                return
            self.ui.info.setText(f"{label}预览：共 {pages} 页。可打印，或另存为 PDF、Word。{warning}")
            then, self._then = self._then, None
            if then is not None:
                then()
        else:
            self.saved_path = Path(result.path)
            self.ui.info.setText(f"{label}已保存：{result.path}（共 {result.pages} 页）{warning}")
            self.say(f"{label}已保存：{result.path}")
        self._enable()

    def _failed(self, message: str) -> None:
        self.job, self._then = None, None
        if self.job_kind == "preview":
            self.preview_for = None
        what = "Word 文档" if self.job_kind == "save" and self._word else " PDF"
        self.ui.info.setText(f"没有生成{what}：{message}" if message != "已取消，未生成文件" else message)
        if "取消" not in message:
            self.say(message, error=True)
        self._enable()

    # -- print, save, folder ---------------------------------------------------------------------
    def print_dialog(self) -> None:
        if self.meeting is None:
            return
        if self.stale or self.preview_for != (self.meeting_id, self.kind) or not self.preview.path:
            self._then = self.print_dialog
            self.make_preview()
            return
        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.A4))
        printer.setDocName(LABELS[self.kind])
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(f"打印{LABELS[self.kind]}")
        if dialog.exec() == QDialog.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        try:
            pages = print_pdf(self.preview.path, printer)
        except KydeskError as e:
            self.ui.info.setText(f"打印失败：{e}")
            self.say(f"打印失败：{e}", error=True)
            return False
        self.ui.info.setText(f"已送往打印机：{LABELS[self.kind]}共 {pages} 页")
        self.say(f"已送往打印机：{LABELS[self.kind]}共 {pages} 页")
        return True

    def save_dialog(self) -> None:
        if self.meeting is None:
            return
        folder = Path(self.saved_path.parent if self.saved_path else
                      QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or Path.home())
        name = meeting_print.default_file_name(self.ctx.db, self.meeting_id, self.kind)
        path, _ = QFileDialog.getSaveFileName(self, f"另存{LABELS[self.kind]}", str(folder / name), "PDF 文件 (*.pdf)")
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(path)

    def save_word_dialog(self) -> None:
        if self.meeting is None:
            return
        folder = Path(self.saved_path.parent if self.saved_path else documents_folder())
        name = meeting_print.default_file_name(self.ctx.db, self.meeting_id, self.kind)
        path = ask_save_path(self, f"另存{LABELS[self.kind]}为 Word", folder / name, word=True, pdf=False)
        if path:
            self.save_to(path)

    def open_folder(self) -> None:
        if self.saved_path is not None:
            show_in_folder(self.saved_path)

    def open_saved(self) -> None:
        if self.saved_path is not None and not open_document(self.saved_path):
            self.say(f"无法打开 {self.saved_path}：本机没有打开此类文件的程序", error=True)
