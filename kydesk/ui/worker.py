"""Long work off the UI thread: a job opens its own connection in its thread (one per thread), reports
progress and can be cancelled; results come back by signal, never by touching a widget from the worker.

Writes are serialised through one writer slot; reads may run in parallel.
"""
from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_writer_lock = threading.Lock()


class Cancelled(Exception):
    pass


class JobSignals(QObject):
    progress = Signal(int, int)       # done, total
    finished = Signal(object)         # the job's result
    failed = Signal(str)              # a Chinese message for the clerk


class Job(QRunnable):
    """fn(db, progress) where progress(done, total) -> False when the user cancelled."""

    def __init__(self, open_db, fn, *, write: bool = False):
        super().__init__()
        self.open_db, self.fn, self.write = open_db, fn, write
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
                with _writer_lock:
                    result = self._call()
            else:
                result = self._call()
        except Cancelled:
            self._emit("failed", "已取消")
        except KydeskError as e:
            self._emit("failed", str(e))
        except Exception as e:  # noqa: BLE001 - the clerk gets a message, the log gets the trace
            traceback.print_exc()
            self._emit("failed", f"出错了：{e}")
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
