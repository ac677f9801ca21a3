"""kydesk holiday list|set|remove: the user's holiday table for working-day arithmetic."""
from __future__ import annotations

from kydesk.commands import emit_json, open_existing, say
from kydesk.commands.base import Parser


def register(sub, common, add):
    h = add(sub, "holiday", "节假日表（内置日历未覆盖的年份请在此录入）")
    hs = h.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)
    p = add(hs, "list", "列出自定义节假日", parents=[common])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = add(hs, "set", "设置某日放假（或 --workday 调休上班）", parents=[common])
    p.add_argument("day", metavar="YYYY-MM-DD")
    p.add_argument("--name", default="", help="名称，如 春节")
    p.add_argument("--workday", action="store_true", help="调休上班")
    p.set_defaults(func=cmd_set)
    p = add(hs, "remove", "删除自定义节假日", parents=[common])
    p.add_argument("day", metavar="YYYY-MM-DD")
    p.set_defaults(func=cmd_remove)


def cmd_list(args):
    from kydesk.services import calendar

    with open_existing(args) as db:
        days = calendar.list_days(db)
    if args.json:
        emit_json([{"day": d.isoformat(), "workday": w, "name": n} for d, w, n in days])
    else:
        for d, w, n in days:
            print(f"{d.isoformat()}  {'调休上班' if w else '放假'}  {n}")
        if not days:
            print("没有自定义节假日。")
    return 0


def cmd_set(args):
    from kydesk.services import calendar

    with open_existing(args) as db:
        say(calendar.set_day(db, args.day, workday=args.workday, name=args.name).message)
    return 0


def cmd_remove(args):
    from kydesk.services import calendar

    with open_existing(args) as db:
        done = calendar.remove_day(db, args.day)
    say(done.message or f"{args.day} 不在自定义节假日表中")
    return 0
