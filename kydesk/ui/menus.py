"""The menu bar: 文件 编辑 视图 工具 帮助, and the keys Chinese office users know.

The common commands (新建 Ctrl+N, 搜索 Ctrl+F, 打印 Ctrl+P, 另存为 Ctrl+S, 刷新 F5, 删除 Delete, 销号 Ctrl+D) act
on the view in front: each is enabled when that view defines the method of the same purpose (VIEW_COMMANDS).
Delete is bound to the Delete key alone: on Linux Qt's standard Delete sequence also holds Ctrl+D, which
would make 销号 ambiguous and fire neither.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

# action name -> (label, keys, the view's method)
VIEW_COMMANDS = {
    "new": ("新建…", "Ctrl+N", "new_item"),
    "search": ("搜索", "Ctrl+F", "focus_search"),
    "print": ("打印…", "Ctrl+P", "print_current"),
    "save": ("另存为/导出…", "Ctrl+S", "save_as"),
    "refresh": ("刷新", "F5", "refresh_view"),
    "delete": ("删除", "Del", "delete_selected"),
    "done": ("销号", "Ctrl+D", "mark_selected_done"),
}

SHORTCUTS_HELP = """Ctrl+N　新建（台账中为任务，会议中为会议）
Ctrl+F　搜索
Ctrl+P　打印（当前文件或作战图）
Ctrl+S　另存为/导出
Ctrl+Z / Ctrl+Y　撤销 / 重做（只撤销当前页面里的修改）
F5　刷新
Delete　删除所选（可撤销）
Ctrl+D　销号
Ctrl+E　延期　　Ctrl+R　记录进展
Ctrl+1 … Ctrl+6　切换页面
F2 或双击　在表格中直接修改"""


class Menus:
    def __init__(self, window):
        self.window = window
        self.actions: dict[str, QAction] = {}
        bar = window.menuBar()
        ctx = window.ctx
        file_menu = bar.addMenu("文件(&F)")
        self._add(file_menu, "open_db", "打开数据库…", None, self.open_database)
        file_menu.addSeparator()
        self._add(file_menu, "import_xlsx", "导入 Excel 台账…", None, lambda: self._on("ledger", "import_xlsx"))
        self._add(file_menu, "export_xlsx", "导出 Excel 台账…", None, lambda: self._on("ledger", "export_xlsx"))
        self._add(file_menu, "import_sync", "导入同步包…", None, lambda: self._on("sync", "import_files"))
        self._add(file_menu, "export_sync", "导出同步包…", None, lambda: self._on("sync", "export"))
        file_menu.addSeparator()
        for name in ("print", "save"):
            self._view_command(file_menu, name)
        file_menu.addSeparator()
        self._add(file_menu, "backup", "备份…", None, self.backup)
        self._add(file_menu, "restore", "从备份恢复…", None, self.restore)
        file_menu.addSeparator()
        self._add(file_menu, "quit", "退出", "Ctrl+Q", window.close)

        edit = bar.addMenu("编辑(&E)")
        undo = ctx.undo_group.createUndoAction(window, "撤销")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = ctx.undo_group.createRedoAction(window, "重做")
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.actions["undo"], self.actions["redo"] = undo, redo
        edit.addSeparator()
        for name in ("new", "delete", "done"):
            self._view_command(edit, name)
        edit.addSeparator()
        self._view_command(edit, "search")

        view_menu = bar.addMenu("视图(&V)")
        from kydesk.ui.main_window import VIEWS

        for i, (key, title) in enumerate(VIEWS, start=1):
            self._add(view_menu, f"view_{key}", title, f"Ctrl+{i}" if i <= 9 else None,
                      lambda _c=False, k=key: window.show_view(k))
        view_menu.addSeparator()
        self._view_command(view_menu, "refresh")

        tools = bar.addMenu("工具(&T)")
        self._add(tools, "units", "单位与人员…", None, lambda: self._on("ledger", "manage_units", show=False))
        self._add(tools, "check", "检查数据库", None, self.check)

        help_menu = bar.addMenu("帮助(&H)")
        self._add(help_menu, "keys", "快捷键", None, self.show_keys)
        self._add(help_menu, "about", "关于", None, self.about)
        self.menus = [file_menu, edit, view_menu, tools, help_menu]

    def _add(self, menu, name: str, label: str, keys: str | None, slot) -> QAction:
        action = QAction(label, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window.addAction(action)       # the keys work while the menu bar is hidden too
        self.actions[name] = action
        return action

    def _view_command(self, menu, name: str) -> QAction:
        label, keys, method = VIEW_COMMANDS[name]
        return self._add(menu, name, label, keys, lambda: self.run_view_command(name))

    def run_view_command(self, name: str):
        fn = getattr(self.window.current_view(), VIEW_COMMANDS[name][2], None)
        return fn() if fn else None

    def view_changed(self, view) -> None:
        for name, (_label, _keys, method) in VIEW_COMMANDS.items():
            self.actions[name].setEnabled(callable(getattr(view, method, None)))

    def _on(self, key: str, method: str, *, show: bool = True):
        view = self.window.views[key]
        if show:
            self.window.show_view(key)
        return getattr(view, method)()

    # -- 文件 ----------------------------------------------------------------------------------------------
    def open_database(self):
        from kydesk.ui.dialogs.backup_dialog import open_database

        return open_database(self.window)

    def backup(self):
        from kydesk.ui.dialogs.backup_dialog import backup

        return backup(self.window, self.window.ctx)

    def restore(self):
        from kydesk.ui.dialogs.backup_dialog import restore

        return restore(self.window, self.window.ctx)

    def check(self) -> None:
        from kydesk.services.maintenance import check

        problems = check(self.window.ctx.db)
        if problems:
            QMessageBox.warning(self.window, "检查数据库", "发现以下问题：\n" + "\n".join(problems[:20]) +
                                "\n\n可用“文件 → 从备份恢复…”恢复。")
        else:
            QMessageBox.information(self.window, "检查数据库", "数据库完好。")

    def show_keys(self) -> None:
        QMessageBox.information(self.window, "快捷键", SHORTCUTS_HELP)

    def about(self) -> None:
        from kydesk import __version__

        QMessageBox.about(self.window, "关于", f"康养专班工作台 {__version__}\n台账、会议、作战图、督办与同步。")


def build_menus(window) -> Menus:
    return Menus(window)
