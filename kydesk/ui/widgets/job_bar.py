"""One background job at a time behind a progress bar and a 取消 button, then 在文件夹中显示 for the file it
made: the part of the 同步, 作战图 and 台账表格 footers that is the same in each."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressBar

from kydesk.ui.word_output import OPENABLE, add_beside, open_document
from kydesk.ui.worker import Job, prepare_op


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    bar.setRange(0, max(total, 1))
    bar.setValue(done)


class JobBar(QObject):
    """Runs fn(db, progress) -> result on a worker while the bar and 取消 show, then calls on_done(result);
    a failure is said as an error. offer(path) shows 在文件夹中显示 for that file."""

    def __init__(self, ctx, bar, cancel_button, folder_button, say, *, busy: str, no_db: str, parent=None):
        super().__init__(parent)
        self.ctx, self.bar, self.cancel_button, self.folder_button, self.say = (ctx, bar, cancel_button,
                                                                                folder_button, say)
        self.busy, self.no_db = busy, no_db
        self.job: Job | None = None
        self.last_output: Path | None = None
        self._on_done = None
        # 打开 beside 在文件夹中显示: a saved PDF, Word or Excel file opens with the PC's own program
        self.open_button = add_beside(folder_button, "打开", "用本机的程序打开刚保存的文件")
        for w in (bar, cancel_button, folder_button, self.open_button):
            w.hide()
        cancel_button.clicked.connect(self.cancel)
        folder_button.clicked.connect(self.show_in_folder)
        self.open_button.clicked.connect(self.open_output)

    def start(self, fn, on_done, text: str, *, write: bool) -> Job | None:
        if self.job is not None:
            self.say(self.busy, error=True)
            return None
        if self.ctx.open_db is None:
            self.say(self.no_db, error=True)
            return None
        self.job = job = prepare_op(self.ctx, self.bar, fn, self._finished, label=text, write=write,
                                    progress=self._progress, on_failed=self._failed)
        self._on_done = on_done
        self.bar.setValue(0)
        for w in (self.bar, self.cancel_button):
            w.show()
        self.folder_button.hide()
        self.open_button.hide()
        self.say(text)
        self.ctx.pool.start(job)
        return job

    def _progress(self, done: int, total: int) -> None:
        show_progress(self.bar, done, total)

    def _end(self) -> None:
        self.job = None
        for w in (self.bar, self.cancel_button):
            w.hide()

    def _finished(self, result) -> None:
        self._end()
        self._on_done(result)

    def _failed(self, message: str) -> None:
        self._end()
        self.say(message, error=True)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def offer(self, path) -> None:
        self.last_output = Path(path)
        self.folder_button.show()
        self.open_button.setVisible(self.last_output.suffix.lower() in OPENABLE)

    def open_output(self) -> None:
        if self.last_output is not None and not open_document(self.last_output):
            self.say(f"无法打开 {self.last_output}：本机没有打开此类文件的程序", error=True)

    def show_in_folder(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output.parent)))


class JobBarOwner:
    """Mixed into a view that keeps its JobBar as self.jobs: the names its callers and tests use."""

    jobs: JobBar

    @property
    def job(self) -> Job | None:
        return self.jobs.job

    @property
    def last_output(self) -> Path | None:
        return self.jobs.last_output

    def cancel_job(self) -> None:
        self.jobs.cancel()

    def show_in_folder(self) -> None:
        self.jobs.show_in_folder()
