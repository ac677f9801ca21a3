"""What the clerk sees when something unplanned fails: one dialog saying what happened and where the log is,
and the traceback in kydesk.log beside the database (the Windows bundle has no console). A KydeskError stays
a plain Chinese message; the command line writes to the same log."""
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kydesk import logs
from kydesk.cli import main
from kydesk.domain.errors import KydeskError
from kydesk.ui import crash
from kydesk.ui.main_window import AppContext
from kydesk.ui.worker import SyncPool, run_op


@pytest.fixture
def seen_dialogs(qapp):
    """Texts of the message boxes that open, each closed as soon as it shows (found among the top-level
    widgets, as a clerk would find it on screen)."""
    seen = []

    def close_boxes():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                seen.append((w.windowTitle(), w.text()))
                w.done(0)

    timer = QTimer()
    timer.timeout.connect(close_boxes)
    timer.start(20)
    yield seen
    timer.stop()


def _boom(_db, _progress):
    return {}["no such key"]


def test_a_background_job_that_crashes_logs_the_traceback_and_shows_one_dialog(qtbot, db, seen_dialogs):
    logs.setup(db.path)
    ctx = AppContext(db, pool=SyncPool(), open_db=None)
    failures, done = [], []
    run_op(ctx, None, _boom, done.append, label="导出", own_db=False, on_failed=failures.append)
    log = db.path.parent / "kydesk.log"
    assert not done and failures and "KeyError" in failures[0]
    assert len(seen_dialogs) == 1
    title, text = seen_dialogs[0]
    assert title == "程序出错" and "KeyError" in text and str(log) in text
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written and "_boom" in written and "后台任务出错：导出" in written


def test_a_kydesk_error_in_a_job_is_a_message_not_a_crash(qtbot, db, seen_dialogs):
    logs.setup(db.path)
    ctx = AppContext(db, pool=SyncPool(), open_db=None)

    def refuse(_db, _progress):
        raise KydeskError("表格第 3 行的时限无法识别")

    failures = []
    run_op(ctx, None, refuse, label="导入", own_db=False, on_failed=failures.append)
    assert failures == ["表格第 3 行的时限无法识别"] and not seen_dialogs
    run_op(ctx, None, refuse, label="导入", own_db=False)              # no on_failed: a message box
    assert seen_dialogs == [("导入", "表格第 3 行的时限无法识别")]
    assert not (db.path.parent / "kydesk.log").exists()               # nothing unexpected, nothing logged


def test_an_exception_escaping_a_slot_goes_through_the_excepthook(qtbot, db, seen_dialogs, monkeypatch):
    logs.setup(db.path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)            # restored after the test
    crash.install()
    button = QPushButton("保存")
    qtbot.addWidget(button)

    def slot():
        raise ZeroDivisionError("division by zero in a slot")

    button.clicked.connect(slot)
    button.click()                                                  # Qt hands the exception to sys.excepthook
    qtbot.waitUntil(lambda: bool(seen_dialogs), timeout=3000)
    assert "ZeroDivisionError" in seen_dialogs[0][1]
    assert "division by zero in a slot" in (db.path.parent / "kydesk.log").read_text(encoding="utf-8")


def test_the_command_line_logs_an_internal_error_beside_its_database(db_path, db, capsys, monkeypatch):
    db.close()
    from kydesk import cli

    real = cli.build_parser

    def parser_with_a_broken_command():
        parser = real()
        parse = parser.parse_args

        def parse_args(argv):
            args = parse(argv)
            args.func = _broken_command
            return args

        parser.parse_args = parse_args
        return parser

    monkeypatch.setattr(cli, "build_parser", parser_with_a_broken_command)
    assert main(["--db", str(db_path), "task", "list"]) == 1
    err = capsys.readouterr().err
    log = db_path.parent / "kydesk.log"
    assert "程序内部错误" in err and str(log) in err
    assert "RuntimeError: a bug in a command" in log.read_text(encoding="utf-8")


def _broken_command(_args):
    raise RuntimeError("a bug in a command")
