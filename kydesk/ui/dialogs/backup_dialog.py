"""备份…, 从备份恢复… and 打开数据库… from the 文件 menu and from 设置: what `kydesk backup|restore` do.

Restoring replaces the open database: the connection is closed, the file replaced (the current one kept as
a backup first, by services.maintenance.restore), reopened, and every view told that everything changed.
Opening another database starts a second window process on it (one instance per database holds).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from kydesk.domain.errors import KydeskError
from kydesk.services import Changed
from kydesk.ui.widgets.common import ask, ask_open_path, ask_save_path, default_name, today

EVERYTHING = frozenset({"task", "progress", "unit", "person", "meta", "meeting", "decision", "sync",
                        "extension_request", "attendance", "agenda", "record", "problem", "indicator"})


def backup(parent, ctx, path: str | None = None) -> Path | None:
    from kydesk.services.maintenance import backup as make_backup

    path = path or ask_save_path(parent, "备份数据库", default_name(ctx, "备份", "db", today(ctx)),
                                 "数据库备份 (*.db)")
    if not path:
        return None
    try:
        out = make_backup(ctx.db, Path(path))
    except KydeskError as e:
        QMessageBox.warning(parent, "备份", str(e))
        return None
    ctx.signals.status.emit(f"已备份到 {out}")
    return out


def restore(parent, ctx, path: str | None = None, *, confirm=None) -> bool:
    from kydesk.services.maintenance import restore as restore_file
    from kydesk.services.setup import open_site

    if ctx.db.path is None:
        QMessageBox.warning(parent, "从备份恢复", "内存数据库不能恢复。")
        return False
    path = path or ask_open_path(parent, "选择备份文件", "数据库备份 (*.db);;所有文件 (*)")
    if not path:
        return False
    confirm = confirm or (lambda text: ask(parent, "从备份恢复", text))
    if not confirm(f"用备份 {path} 替换当前数据库？\n当前数据库会先自动备份，恢复后可再从那份备份还原。"):
        return False
    db_path = Path(ctx.db.path)
    ctx.db.close()
    try:
        kept = restore_file(db_path, Path(path))
    except KydeskError as e:
        ctx.db = open_site(db_path)
        QMessageBox.warning(parent, "从备份恢复", str(e))
        return False
    ctx.db = open_site(db_path)
    for key in list(ctx._stacks):          # edits of the replaced database can no longer be undone
        ctx._stacks[key].clear()
    ctx.signals.changed.emit(Changed(EVERYTHING, message=f"已从 {path} 恢复" +
                                     (f"，原数据库已备份为 {kept}" if kept else "")))
    return True


def launch_window(db_path: str) -> None:
    """A new window process on `db_path` (frozen: the program itself; else this Python with -m kydesk)."""
    args = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kydesk"]
    subprocess.Popen([*args, "--db", str(db_path)])


def open_database(parent, path: str | None = None, *, launch=launch_window) -> str | None:
    path = path or ask_open_path(parent, "打开数据库", "kydesk 数据库 (*.db);;所有文件 (*)")
    if not path:
        return None
    launch(path)
    parent.statusBar().showMessage(f"正在新窗口中打开 {path}", 8000)
    return path
