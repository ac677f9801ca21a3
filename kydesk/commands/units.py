"""kydesk unit uses|merge|delete and person uses|merge: keep the unit and people lists clean, seeing first
what uses a name."""
from __future__ import annotations

from kydesk.commands import emit_json, open_existing, say
from kydesk.commands.base import Parser


def register(sub, common, add):
    u = add(sub, "unit", "单位：查看用途、合并重复的单位、删除不用的单位")
    us = u.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)
    p = add(us, "uses", "列出使用该单位的任务、议定事项、参会登记、人员等", parents=[common])
    p.add_argument("unit", metavar="UNIT", help="单位名称、代码或编号")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_unit_uses)
    p = add(us, "merge", "把重复的单位合并到保留的单位（所有用到它的地方随之改过去）", parents=[common])
    p.add_argument("unit", metavar="UNIT", help="要并掉的单位")
    p.add_argument("--into", required=True, metavar="UNIT", help="保留的单位")
    p.set_defaults(func=cmd_unit_merge)
    p = add(us, "delete", "删除没有任何用途的单位", parents=[common])
    p.add_argument("unit", metavar="UNIT")
    p.set_defaults(func=cmd_unit_delete)

    pp = add(sub, "person", "人员：查看用途、合并重名或写错的人员")
    ps = pp.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)
    p = add(ps, "uses", "列出写有该姓名的任务、参会登记、会议", parents=[common])
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_person_uses)
    p = add(ps, "merge", "把一个姓名合并为另一个（已定稿的纪要保持原样）", parents=[common])
    p.add_argument("name", metavar="NAME")
    p.add_argument("--into", required=True, metavar="NAME")
    p.set_defaults(func=cmd_person_merge)


def _uses(args, usage):
    if args.json:
        emit_json(usage.to_json())
    else:
        print(usage.text())
    return 0


def cmd_unit_uses(args):
    from kydesk.services import unit_merge

    with open_existing(args) as db:
        return _uses(args, unit_merge.unit_usage(db, args.unit))


def cmd_unit_merge(args):
    from kydesk.services import unit_merge

    with open_existing(args) as db:
        say(unit_merge.merge_units(db, args.unit, args.into).message)
    return 0


def cmd_unit_delete(args):
    from kydesk.services import unit_merge

    with open_existing(args) as db:
        say(unit_merge.delete_unit(db, args.unit).message)
    return 0


def cmd_person_uses(args):
    from kydesk.services import unit_merge

    with open_existing(args) as db:
        return _uses(args, unit_merge.person_usage(db, args.name))


def cmd_person_merge(args):
    from kydesk.services import unit_merge

    with open_existing(args) as db:
        say(unit_merge.merge_people(db, args.name, args.into).message)
    return 0
