"""The main window: navigation on the left (工作台, 任务台账, 会议, 作战图, 同步, 设置), one view each."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QMainWindow

from kydesk.ui.forms.ui_main_window import Ui_MainWindow
from kydesk.ui.signals import AppSignals
from kydesk.ui.worker import Pool

VIEWS = [("home", "工作台"), ("ledger", "任务台账"), ("meetings", "会议"), ("warroom", "作战图"),
         ("reporting", "调度"), ("sync", "同步"), ("settings", "设置")]


class AppContext:
    """What every view needs: the UI thread's connection, the signal bus, the worker pool, the undo stack."""

    def __init__(self, db, *, pool: Pool | None = None, open_db=None):
        self.db = db
        self.signals = AppSignals()
        self.pool = pool or Pool()
        self.open_db = open_db          # opens a new connection for a worker thread
        self.undo = QUndoStack()
        self.today = None               # tests and screenshots pin the date; None = the real today

    def run(self, fn, *args, **kwargs):
        """Call a service on the UI thread (short writes) and broadcast what changed."""
        result = fn(self.db, *args, **kwargs)
        if getattr(result, "tables", None):
            self.signals.changed.emit(result)
        return result


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        unit = ctx.db.meta("unit_name") or ""
        self.setWindowTitle(f"康养专班工作台 — {unit}")
        self.views = {}
        for key, title in VIEWS:
            view = make_view(key, ctx)
            self.views[key] = view
            self.ui.stack.addWidget(view)
            item = QListWidgetItem(title)
            item.setData(Qt.UserRole, key)
            item.setSizeHint(QSize(120, 40))
            self.ui.nav.addItem(item)
        self.ui.nav.currentRowChanged.connect(self.ui.stack.setCurrentIndex)
        self.ui.nav.setCurrentRow(0)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.status.connect(lambda text: self.ui.statusbar.showMessage(text, 8000))
        for i, (key, _) in enumerate(VIEWS, start=1):
            QShortcut(QKeySequence(f"Ctrl+{i}"), self, activated=lambda k=key: self.show_view(k))
        QShortcut(QKeySequence.Undo, self, activated=ctx.undo.undo)
        QShortcut(QKeySequence("Ctrl+Y"), self, activated=ctx.undo.redo)
        # QKeySequence.Redo is Ctrl+Y on some platforms: binding it beside "Ctrl+Y" would make the key ambiguous
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, activated=ctx.undo.redo)
        self.setAcceptDrops(True)

    def show_view(self, key: str) -> None:
        keys = [k for k, _ in VIEWS]
        self.ui.nav.setCurrentRow(keys.index(key))

    def _on_changed(self, changed) -> None:
        if changed.message:
            self.ui.statusbar.showMessage(changed.message, 8000)
        for view in self.views.values():
            refresh = getattr(view, "on_changed", None)
            if refresh:
                refresh(changed)

    # drag a package or a spreadsheet onto the window to import it: the views that import say which
    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        for view in sorted(self.views.values(), key=lambda v: -getattr(v, "drop_priority", 0)):
            accept = getattr(view, "accept_files", None)
            if accept and accept(paths):
                self.ui.stack.setCurrentWidget(view)
                self.ui.nav.setCurrentRow(self.ui.stack.currentIndex())
                break


def make_view(key: str, ctx: AppContext):
    """Each view lives in kydesk/ui/views/<key>.py as a class View(ctx)."""
    import importlib

    module = importlib.import_module(f"kydesk.ui.views.{key}")
    return module.View(ctx)
