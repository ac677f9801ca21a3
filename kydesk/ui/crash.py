"""What the window does with a failure nobody planned for: the traceback goes to the log (kydesk.logs), and
one dialog tells the clerk what happened and where that log is (the Windows bundle has no console, so a
traceback printed to stderr would reach nobody).

Used by sys.excepthook (an exception escaping a Qt slot) and by worker.run_op (a background job that raised
something other than KydeskError). While the dialog is open, further failures are logged but not shown, so
a failure that repeats on every repaint cannot bury the clerk in dialogs.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from kydesk import logs

TITLE = "程序出错"
_showing = False


def message(summary: str, log: object) -> str:
    where = f"详细信息已写入日志文件：\n{log}\n请把这个文件发给技术支持。" if log else "日志文件无法写入（文件夹只读？）。"
    return f"程序遇到了意外的错误：{summary}\n\n已保存的数据不受影响；刚才这一步可能没有完成，请检查后重试。\n\n{where}"


def show(summary: str, log: object, parent=None) -> None:
    """The one dialog (none while another is open: a failure repeating on every repaint shows once)."""
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, TITLE, message(summary, log), QMessageBox.StandardButton.Ok,
                          parent or QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
    finally:
        _showing = False


def report(exc: BaseException, what: str = "", parent=None) -> None:
    """Log `exc` with its traceback, then show the dialog."""
    log = logs.crash(what or "未处理的异常", exc)
    show(f"{type(exc).__name__}: {exc}", log, parent)


class _Relay(QObject):
    """Carries an exception raised on another thread to the UI thread, where a dialog may be shown."""

    crashed = Signal(object, str)


_relay: _Relay | None = None


def install() -> None:
    """sys.excepthook: an exception that escaped a slot or event handler is logged and shown, not lost."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.crashed.connect(lambda exc, what: report(exc, what), Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _hook


def _hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if _relay is not None:
        _relay.crashed.emit(exc, "未处理的异常")
    else:
        report(exc)
