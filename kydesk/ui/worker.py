"""Long work off the UI thread, and the one way the window runs it: run_op().

A job opens its own connection in its thread (one per thread), reports progress and can be cancelled;
results come back by signal, never by touching a widget from the worker. A job that writes holds the
process's writer lock for its whole run (services.writer_lock), which every write transaction also takes,
so an edit in the window waits for the job instead of failing with "database is locked"; reads run in
parallel.

One failure path: a KydeskError (or a cancel) is a Chinese message for the clerk, given to the caller's
on_failed (by default a message box); anything else is a bug: its traceback is logged from the worker
(kydesk.logs) and ui.crash shows the one dialog naming the log, then on_failed still runs so the caller's
progress bar and buttons come back.

Edits made on the UI thread show a KydeskError in place (beside the field it names); an unexpected exception
escaping any slot reaches sys.excepthook, which ui.crash installs: the same log and the same dialog.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox

from kydesk import logs
from kydesk.services import writer_lock


class Cancelled(Exception):
    pass


class JobSignals(QObject):
    progress = Signal(int, int)       # done, total
    finished = Signal(object)         # the job's result
    failed = Signal(str)              # a Chinese message for the clerk (KydeskError, 已取消)
    crashed = Signal(str, str)        # an unexpected error: "Type: text", the log file ("" if none)


class Job(QRunnable):
    """fn(db, progress) where progress(done, total) -> False when the user cancelled."""

    def __init__(self, open_db, fn, *, write: bool = False, label: str = ""):
        super().__init__()
        self.open_db, self.fn, self.write, self.label = open_db, fn, write, label
        self.signals = JobSignals()
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        self.cancelled.set()

    def _emit(self, signal: str, *args) -> bool:
        """Tell the window; False when it is gone (closed mid-job): then nobody is listening and the job stops."""
        try:
            getattr(self.signals, signal).emit(*args)
            return True
        except RuntimeError:
            self.cancelled.set()
            return False

    def _progress(self, done: int, total: int) -> bool:
        self._emit("progress", done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        from kydesk.domain.errors import KydeskError

        try:
            if self.write:
                with writer_lock():
                    result = self._call()
            else:
                result = self._call()
        except Cancelled:
            self._emit("failed", "已取消")
        except KydeskError as e:
            self._emit("failed", str(e))
        except Exception as e:  # noqa: BLE001 - logged with its traceback; the window shows the crash dialog
            log = logs.crash(f"后台任务出错：{self.label or getattr(self.fn, '__name__', '')}", e)
            self._emit("crashed", f"{type(e).__name__}: {e}", str(log or ""))
        else:
            self._emit("finished", result)

    def _call(self):
        db = self.open_db() if self.open_db else None
        try:
            return self.fn(db, self._progress)
        finally:
            if db is not None:
                db.close()


class Pool:
    """Runs jobs on Qt's global pool; tests swap in SyncPool so jobs run at once on the test thread."""

    def start(self, job: Job) -> Job:
        QThreadPool.globalInstance().start(job)
        return job


class SyncPool(Pool):
    def start(self, job: Job) -> Job:
        job.run()
        return job


_running: set[Job] = set()       # jobs under way, kept alive here whether or not their caller holds them


class _Op(QObject):
    """The UI-thread end of one job: a QObject living in the window's thread (a child of `parent`), so Qt
    queues the job's signals onto the UI thread, and a closed window takes its pending callbacks with it."""

    def __init__(self, job: Job, parent, on_done, on_failed, progress):
        super().__init__(parent)
        self.job, self.parent_widget = job, parent
        self._on_done, self._on_failed, self._progress = on_done, on_failed, progress
        job.signals.finished.connect(self.finished)
        job.signals.failed.connect(self.failed)
        job.signals.crashed.connect(self.crashed)
        job.signals.progress.connect(self.progressed)
        # a window closed mid-job takes this object along: the job is then nobody's and may be let go
        self.destroyed.connect(lambda *_: _running.discard(job))

    def progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)

    def _end(self) -> None:
        _running.discard(self.job)
        self.deleteLater()

    def finished(self, result) -> None:
        self._end()
        if self._on_done is not None:
            self._on_done(result)

    def failed(self, message: str) -> None:
        self._end()
        if self._on_failed is not None:
            self._on_failed(message)
        else:
            QMessageBox.warning(self.parent_widget, self.job.label or "无法完成", message)

    def crashed(self, summary: str, log: str) -> None:
        from kydesk.ui import crash

        self._end()
        crash.show(summary, log or None, self.parent_widget)
        if self._on_failed is not None:
            self._on_failed(f"出错了：{summary}")


def run_op(ctx, parent, fn: Callable, on_done: Callable | None = None, **kw) -> Job:
    """Run fn(db, progress) -> result off the UI thread on ctx.pool, then on_done(result) on the UI thread.

    fn gets its own connection from ctx.open_db (None with own_db=False, for work that needs none).
    A KydeskError goes to on_failed(message) (default: a message box titled `label`); anything else is
    logged, shown in the crash dialog, then passed to on_failed too. Returns the job (cancel()).
    Keyword arguments: those of prepare_op.
    """
    job = prepare_op(ctx, parent, fn, on_done, **kw)
    ctx.pool.start(job)
    return job


def prepare_op(ctx, parent, fn: Callable, on_done: Callable | None = None, *, label: str = "", write: bool = False,
               on_failed: Callable[[str], None] | None = None, progress: Callable[[int, int], None] | None = None,
               own_db: bool = True) -> Job:
    """run_op's job wired but not started, for a caller that must hold the job first (a synchronous pool
    finishes it inside ctx.pool.start): job = prepare_op(...); self.job = job; ctx.pool.start(job)."""
    job = Job(ctx.open_db if own_db else None, fn, write=write, label=label)
    job.op = _Op(job, parent, on_done, on_failed, progress)          # kept alive with the job
    _running.add(job)
    return job
