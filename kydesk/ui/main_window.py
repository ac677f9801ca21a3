"""The main window: navigation on the left (工作台, 任务台账, 会议, 作战图, 三单·指标, 考核, 同步, 设置), one view
each, a menu bar (kydesk/ui/menus.py) and a status bar.

Adding a view is one line in VIEWS: (key, title). The view is the class View(ctx) in
kydesk/ui/views/<key>.py; what the menu's common commands do on it is whatever of new_item, focus_search,
print_current, save_as, refresh, delete_selected, mark_selected_done it defines (menus.py).

Undo belongs to the view in front of the clerk: each view has its own QUndoStack in one QUndoGroup, and the
stack of the shown view is the active one, so Ctrl+Z on 会议 never undoes a 销号 made in the ledger.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QFrame, QLabel, QListWidgetItem, QMainWindow, QScrollArea, QSplitter, QWidget

from kydesk.ui.forms.ui_main_window import Ui_MainWindow
from kydesk.ui.signals import AppSignals
from kydesk.ui.worker import Pool

# Adding a view is one line here: (key, title); its class is View(ctx) in kydesk/ui/views/<key>.py.
VIEWS = [("home", "工作台"), ("ledger", "任务台账"), ("meetings", "会议"), ("warroom", "作战图"),
         ("reporting", "调度"), ("practice", "三单·指标"), ("assessment", "考核"), ("sync", "同步"),
         ("settings", "设置")]
# the navigation's icon of a view (a QStyle standard pixmap); a view not named here gets a plain page
ICONS = {"home": "SP_DirHomeIcon", "ledger": "SP_FileDialogDetailedView", "meetings": "SP_FileDialogContentsView",
         "warroom": "SP_FileDialogListView", "reporting": "SP_MessageBoxInformation", "practice": "SP_FileIcon",
         "assessment": "SP_DialogYesButton",
         "sync": "SP_DriveNetIcon", "settings": "SP_FileDialogInfoView"}
SMALL_SCREEN = QSize(1400, 860)       # below this available area the window opens maximised
DEFAULT_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(900, 500)        # 1366×768 at 150 % leaves about 911×512 for a window


def settings_store() -> QSettings:
    return QSettings("kydesk", "kydesk")


class AppContext:
    """What every view needs: the UI thread's connection, the signal bus, the worker pool, undo stacks."""

    def __init__(self, db, *, pool: Pool | None = None, open_db=None):
        self.db = db
        self.signals = AppSignals()
        self.pool = pool or Pool()
        self.open_db = open_db          # opens a new connection for a worker thread
        self.undo_group = QUndoGroup()
        self._stacks: dict[str, QUndoStack] = {}
        self.today = None               # tests and screenshots pin the date; None = the real today

    def undo_stack(self, key: str) -> QUndoStack:
        """The undo stack of view `key` (made on first use)."""
        if key not in self._stacks:
            stack = QUndoStack(self.undo_group)
            self.undo_group.addStack(stack)
            self._stacks[key] = stack
        return self._stacks[key]

    @property
    def undo(self) -> QUndoStack:
        """The stack an edit made now belongs to: the shown view's (dialogs are opened from it)."""
        stack = self.undo_group.activeStack()
        if stack is None:
            stack = self.undo_stack("main")
            stack.setActive(True)
        return stack

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
        # the application display name ("康养专班工作台") is added by Qt after the title: the unit comes once
        self.setWindowTitle(unit or "康养专班工作台")
        self.views = {}
        for key, title in VIEWS:
            view = make_view(key, ctx)
            self.views[key] = view
            # below a view's own minimum (1366×768 at 150 %) the view scrolls instead of holding the window wide
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.NoFrame)
            holder.setWidget(ViewHolder(view))
            self.ui.stack.addWidget(holder)
            item = QListWidgetItem(title)
            item.setData(Qt.UserRole, key)
            item.setSizeHint(QSize(120, 44))
            self.ui.nav.addItem(item)
        self.ui.nav.currentRowChanged.connect(self._view_shown)
        from kydesk.ui.menus import build_menus
        from kydesk.ui.widgets.nav_badges import NavBadges

        self.menus = build_menus(self)
        self.badges = NavBadges(self)
        self.place = QLabel()
        self.place.setStyleSheet("color: #5f6368; padding: 0 6px;")
        self.ui.statusbar.addPermanentWidget(self.place)
        self.place.setText(f"{unit} · {ctx.db.path or '内存数据库'}")
        self.ui.nav.setCurrentRow(0)
        self._view_shown(0)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.status.connect(lambda text: self.ui.statusbar.showMessage(text, 8000))
        self.setMinimumSize(MINIMUM_SIZE)
        self.setAcceptDrops(True)

    # -- views --------------------------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        keys = [k for k, _ in VIEWS]
        self.ui.nav.setCurrentRow(keys.index(key))

    def current_key(self) -> str:
        return VIEWS[max(0, self.ui.nav.currentRow())][0]

    def current_view(self):
        return self.views[self.current_key()]

    def _view_shown(self, row: int) -> None:
        if row < 0:
            return
        self.ui.stack.setCurrentIndex(row)
        self.ctx.undo_stack(VIEWS[row][0]).setActive(True)
        self.menus.view_changed(self.current_view())

    def _on_changed(self, changed) -> None:
        if changed.message:
            self.ui.statusbar.showMessage(changed.message, 8000)
        for view in self.views.values():
            refresh = getattr(view, "on_changed", None)
            if refresh:
                refresh(changed)
        self.badges.on_changed(changed)

    # -- size and splitters, remembered -------------------------------------------------------------------
    def show_restored(self) -> None:
        """Show at the remembered size; the first time maximised on a small screen, else 1280×800."""
        s = settings_store()
        geometry = s.value("window/geometry")
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry().size() if screen else DEFAULT_SIZE
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(min(DEFAULT_SIZE.width(), avail.width()), min(DEFAULT_SIZE.height(), avail.height()))
        self.restore_splitters()
        if not geometry and (avail.width() < SMALL_SCREEN.width() or avail.height() < SMALL_SCREEN.height()):
            self.showMaximized()
        else:
            self.show()

    def splitters(self) -> dict[str, QSplitter]:
        out = {}
        for key, view in self.views.items():
            for i, sp in enumerate(view.findChildren(QSplitter)):      # names repeat between panels
                out[f"{key}/{i}-{sp.objectName() or 'splitter'}"] = sp
        return out

    def restore_splitters(self) -> None:
        s = settings_store()
        for name, sp in self.splitters().items():
            state = s.value(f"splitters/{name}")
            if isinstance(state, QByteArray):
                sp.restoreState(state)

    def save_layout(self) -> None:
        s = settings_store()
        s.setValue("window/geometry", self.saveGeometry())
        for name, sp in self.splitters().items():
            s.setValue(f"splitters/{name}", sp.saveState())
        for view in self.views.values():
            save = getattr(view, "save_layout", None)
            if save:
                save(s)

    def closeEvent(self, event):
        self.save_layout()
        super().closeEvent(event)

    # drag a package or a spreadsheet onto the window to import it: the views that import say which
    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        for key, view in sorted(self.views.items(), key=lambda kv: -getattr(kv[1], "drop_priority", 0)):
            accept = getattr(view, "accept_files", None)
            if accept and accept(paths):
                self.show_view(key)
                break


class ViewHolder(QWidget):
    """A view inside its scroll area, sized to the area but never below the view's minimum. Without a layout
    of its own the area sizes it by that minimum, not by the height a wrapping label or button row would
    like (which would make a table-filled view taller than the window)."""

    def __init__(self, view: QWidget):
        super().__init__()
        self.view = view
        view.setParent(self)
        view.show()

    def minimumSizeHint(self) -> QSize:
        return self.view.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.view.minimumSizeHint()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.view.setGeometry(self.rect())


def make_view(key: str, ctx: AppContext):
    """Each view lives in kydesk/ui/views/<key>.py as a class View(ctx)."""
    import importlib

    module = importlib.import_module(f"kydesk.ui.views.{key}")
    return module.View(ctx)
