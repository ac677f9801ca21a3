"""Starting the desktop app: pick the database, one instance per database, backup and check, the window."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from kydesk import logs, paths
from kydesk.domain import clock
from kydesk.domain.errors import KydeskError
from kydesk.ui import crash

CJK_FAMILIES = ("Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                "WenQuanYi Zen Hei", "SimSun", "AR PL UMing CN")


def make_app(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("kydesk")
    app.setApplicationDisplayName("康养专班工作台")
    # Chinese whatever the system locale: Qt's own dialogs (message box buttons, file dialogs), the calendar
    # popup's month and weekday names and number formats
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    translator = QTranslator(app)
    if translator.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            font = QFont(family)
            font.setPointSize(10)
            app.setFont(font)
            break
    return app


def demo_db_path() -> Path:
    return paths.data_dir() / "demo.db"


def ensure_demo(path: Path):
    """The demo is rebuilt when missing or made on another day, so its lights stay meaningful."""

    from kydesk.services.setup import init_site, open_site

    if path.exists():
        db = open_site(path)
        if db.meta("demo_made") == clock.today().isoformat():
            return db
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = init_site(path, unit_code="611000", unit_name="商洛市康养之都建设工作专班", level="city", demo=True)
    db.set_meta("demo_made", clock.today().isoformat())
    return db


def open_for_window(path: Path):
    """Open for the window: a rotating backup and the integrity check first; problems are shown, not hidden."""
    from kydesk.services.maintenance import startup_checks
    from kydesk.services.setup import open_site

    db = open_site(path)
    return db, startup_checks(db)


def build_window(db, *, pool=None):
    from kydesk.services.setup import open_site
    from kydesk.ui.main_window import AppContext, MainWindow

    path = db.path
    ctx = AppContext(db, pool=pool, open_db=(lambda: open_site(path)) if path else None)
    return MainWindow(ctx)


def run(args) -> int:
    if getattr(args, "screenshot", None):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scale = getattr(args, "scale", None)
    if scale is not None and not 0.5 <= scale <= 4:
        sys.stderr.write(f"错误：--scale 应在 0.5 到 4 之间（1.5 即 150%），收到 {scale:g}\n")
        return 2
    if scale:
        # before the QApplication exists: Qt reads the factor once at start
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    app = make_app()
    path = demo_db_path() if getattr(args, "demo", False) else Path(args.db or paths.default_db_path())
    try:
        if getattr(args, "demo", False):
            db = ensure_demo(path)
        elif not path.exists() and getattr(args, "screenshot", None):
            raise KydeskError(f"数据库文件不存在：{path}")
        elif not path.exists():
            from kydesk.ui.first_run import FirstRunDialog

            dialog = FirstRunDialog(path)
            if not dialog.exec():
                return 0
            if dialog.choice == "open":
                path = Path(dialog.chosen_path)
                db = None
            else:
                db = dialog.db if dialog.choice == "create" else ensure_demo(demo_db_path())
        else:
            db = None
        path = Path(db.path) if db is not None else path
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)
        if not getattr(args, "screenshot", None) and not lock.tryLock(100):
            raise KydeskError(f"这个数据库已在另一个 kydesk 窗口中打开：{path}")
        problems = []
        if db is None:
            if getattr(args, "screenshot", None):
                from kydesk.services.setup import open_site

                db = open_site(path)  # a picture of the window must not write backups or close months
            else:
                db, problems = open_for_window(path)
    except KydeskError as e:
        if getattr(args, "screenshot", None):
            sys.stderr.write(f"错误：{e}\n")
            return 1
        QMessageBox.critical(None, "无法打开数据库", str(e))
        return 1
    logs.setup(db.path)                  # kydesk.log beside the database the window works on
    if not getattr(args, "screenshot", None):
        crash.install()
        logs.log.info("窗口已启动：%s", db.path)
    window = build_window(db)
    if getattr(args, "screenshot", None):
        return screenshot(app, window, args)
    window.show_restored()
    if problems:
        QMessageBox.warning(window, "数据库检查", "启动检查发现以下问题：\n" + "\n".join(problems[:20]) +
                            "\n\n可在“设置”中从备份恢复，或运行 kydesk check 查看详情。")
    return app.exec()


def screenshot(app, window, args) -> int:
    from kydesk.ui.main_window import VIEWS

    keys = [k for k, _ in VIEWS]
    if args.view not in keys:
        sys.stderr.write(f"错误：--view 只能是 {'、'.join(keys)}，收到“{args.view}”\n")
        return 2
    try:
        w, h = (int(x) for x in args.size.lower().replace("×", "x").split("x"))
        if not (0 < w <= 10000 and 0 < h <= 10000):
            raise ValueError
    except ValueError:
        sys.stderr.write(f"错误：--size 应写成 宽x高（正整数），如 1280x800，收到“{args.size}”\n")
        return 2
    window.setFixedSize(w, h)  # the picture has the size asked for, even where a view would like more room
    window.show_view(args.view)
    window.show()
    out = Path(args.screenshot)

    def grab():
        ok = window.grab().save(str(out))
        app.exit(0 if ok else 1)

    QTimer.singleShot(300, grab)
    code = app.exec()
    if code:
        sys.stderr.write(f"错误：无法保存截图 {out}\n")
    return code
