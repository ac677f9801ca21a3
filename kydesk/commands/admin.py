"""kydesk init | backup | restore | check | gui (and the window when no command is given)."""
from __future__ import annotations

import os

from kydesk.commands import emit_json, open_existing, say


def register(sub, common, add):
    p = add(sub, "init", "初始化本单位数据库", parents=[common])
    p.add_argument("--unit-code", required=True, help="单位代码，如 611002")
    p.add_argument("--unit-name", required=True, help="单位名称，如 商州区康养专班")
    p.add_argument("--level", default="county", choices=["city", "county"], help="级别：city 市级 / county 县级")
    p.add_argument("--demo", action="store_true", help="同时写入演示数据")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_init)

    p = add(sub, "backup", "备份数据库", parents=[common])
    p.add_argument("-o", "--output", help="备份文件（默认：数据文件夹 backups/）")
    p.set_defaults(func=cmd_backup)

    p = add(sub, "restore", "从备份恢复（当前数据库先自动备份）", parents=[common])
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true", help="备份属于其他单位时仍然恢复")
    p.set_defaults(func=cmd_restore)

    p = add(sub, "check", "检查数据库完整性", parents=[common])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = add(sub, "gui", "打开桌面窗口（或 --screenshot 截图后退出）", parents=[common])
    p.add_argument("--screenshot", metavar="OUT.png")
    # any view the window registers (kydesk/ui/main_window.py VIEWS); checked when the window starts
    p.add_argument("--view", default="home", help="截图的页面：home、ledger、meetings、warroom、sync、settings 等")
    p.add_argument("--size", default="1280x800", help="窗口大小 WxH（逻辑像素；--scale 1.5 时图片为其 1.5 倍）")
    p.add_argument("--scale", type=float, metavar="FACTOR", help="界面缩放（如 1.5 即 150%%，设置 QT_SCALE_FACTOR）")
    p.add_argument("--demo", action="store_true", help="打开内置演示数据库")
    p.set_defaults(func=run_gui)


def cmd_init(args):
    from kydesk.commands.base import db_path
    from kydesk.services.setup import init_site

    path = db_path(args)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    db = init_site(path, unit_code=args.unit_code, unit_name=args.unit_name, level=args.level, demo=args.demo)
    with db:
        if args.json:
            emit_json({"id": db.site_id, "site_id": db.site_id, "db_instance_id": db.meta("db_instance_id"),
                       "unit_code": db.unit_code, "unit_name": db.meta("unit_name"), "db": str(path)})
        else:
            print(db.site_id)
            say(f"已初始化：{args.unit_name}（{args.unit_code}），数据库：{path}")
    return 0


def cmd_backup(args):
    from pathlib import Path

    from kydesk.services.maintenance import backup

    with open_existing(args) as db:
        out = backup(db, Path(args.output) if args.output else None)
    print(out)
    say("备份完成。")
    return 0


def cmd_restore(args):
    from pathlib import Path

    from kydesk.commands.base import db_path
    from kydesk.services.maintenance import restore

    kept = restore(Path(db_path(args)), Path(args.file), force=args.force)
    say(f"已从 {args.file} 恢复。" + (f"原数据库已备份为 {kept}" if kept else ""))
    return 0


def cmd_check(args):
    from kydesk.domain.errors import KydeskError
    from kydesk.services.maintenance import check

    try:
        with open_existing(args) as db:
            problems = check(db)
    except KydeskError as e:      # a damaged or missing file is what check is for: report it in JSON too
        if args.json:
            emit_json({"ok": False, "problems": [str(e)]})
        raise
    if args.json:
        emit_json({"ok": not problems, "problems": problems})
    elif problems:
        for p in problems:
            say(p)
    else:
        print("数据库完好。")
    if problems:
        raise KydeskError(f"数据库检查发现 {len(problems)} 处问题")
    return 0


def run_gui(args):
    from kydesk.ui.app import run

    return run(args)
