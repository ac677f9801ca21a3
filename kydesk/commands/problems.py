"""kydesk problem add|list|show|progress|close|reopen|delete (问题清单)."""
from __future__ import annotations

from kydesk.commands import attach_args, emit_json, emit_new, open_existing, say
from kydesk.commands.base import Parser
from kydesk.domain.attachments import human_size

MARKS = {"red": "红", "yellow": "黄", "green": "绿", None: "—"}


def register(sub, common, add):
    problem = add(sub, "problem", "问题清单：问题、整改措施、整改时限、销号")
    ps = problem.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)

    p = add(ps, "add", "列入问题清单", parents=[common])
    p.add_argument("--text", required=True, help="存在的问题")
    p.add_argument("--unit", required=True, help="整改责任单位（牵头）")
    p.add_argument("--partners", help="配合单位，用逗号或顿号分隔")
    p.add_argument("--measures", default="", help="整改措施")
    p.add_argument("--due", help="整改时限：日期或“7月底前”“第三季度”“长期坚持”等")
    p.add_argument("--source", default="", help="问题来源：推进会/督查/调研/上级反馈/群众反映")
    p.add_argument("--meeting", metavar="MEETING_ID", help="发现该问题的会议（来源默认为该会议）")
    p.add_argument("--leader", default="", help="责任领导")
    p.add_argument("--person", default="", help="责任人")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_add)

    p = add(ps, "list", "列出问题清单", parents=[common])
    p.add_argument("--unit", help="责任单位（牵头或配合；名称、代码均可）")
    p.add_argument("--status", help="状态：整改中/已整改/已销号/未销号 或 open/fixed/closed")
    p.add_argument("--light", choices=["red", "yellow", "green"], help="亮灯")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_list)

    p = add(ps, "show", "查看问题及整改进展", parents=[common])
    p.add_argument("problem_id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = add(ps, "progress", "报送整改进展", parents=[common])
    p.add_argument("problem_id", metavar="ID")
    p.add_argument("--text", required=True, help="整改进展")
    p.add_argument("--fixed", action="store_true", help="已整改到位（待专班销号）")
    p.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--unit", help="报送单位（默认本单位）")
    attach_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_progress)

    p = add(ps, "close", "销号（专班核查确认）", parents=[common])
    p.add_argument("problem_id", metavar="ID")
    p.add_argument("--note", default="", help="核查情况（销号依据）")
    p.add_argument("--date", help="销号日期 YYYY-MM-DD（默认今天）")
    p.set_defaults(func=cmd_close)

    for name, help_, fn in (("reopen", "恢复为整改中", cmd_reopen), ("delete", "删除问题", cmd_delete)):
        p = add(ps, name, help_, parents=[common])
        p.add_argument("problem_id", metavar="ID")
        p.set_defaults(func=fn)


def _date_arg(value, label):
    from kydesk.services.tasks import parse_day

    return parse_day(value, "date", label)


def cmd_add(args):
    from kydesk.domain import clock
    from kydesk.domain.problems import problem_light
    from kydesk.services import problems
    from kydesk.services.settings import light_settings

    with open_existing(args) as db:
        done = problems.add_problem(db, text=args.text, unit=args.unit, partners=args.partners or [],
                                    measures=args.measures, due=args.due, source=args.source, meeting=args.meeting,
                                    leader=args.leader, person=args.person)
        p = problems.get_problem(db, done.id)
        if args.json:
            emit_json(problems.problem_json(p, problem_light(p, clock.today(), light_settings(db))))
        else:
            print(done.id)
            say(f"{done.message}（整改时限：{p.due.isoformat() if p.due else p.due_text or '未定'}）")
    return 0


def cmd_list(args):
    from kydesk.services import problems

    with open_existing(args) as db:
        if args.unit:
            from kydesk.services.units import matching_units

            if not matching_units(db, args.unit):
                say(f"提示：没有名称或代码含“{args.unit}”的单位，请检查单位名称。")
        found = problems.list_problems(db, unit=args.unit, status=args.status, light=args.light)
        if args.json:
            emit_json([problems.problem_json(p, lit) for p, lit in found])
            return 0
        if not found:
            print("没有符合条件的问题。")
            return 0
        for p, lit in found:
            due = p.due.isoformat() if p.due else (p.due_text or "未定")
            print(f"{p.id[:8]}  [{MARKS[lit.value if lit else None]}] {p.status.label}  {due}  "
                  f"{p.lead_unit or '—'}  {p.text}")
        print(f"共 {len(found)} 个问题。")
    return 0


def cmd_show(args):
    from kydesk.services import problems

    with open_existing(args) as db:
        data = problems.problem_detail(db, args.problem_id)
        if args.json:
            emit_json(data)
            return 0
        print(f"问题：{data['text']}")
        print(f"编号：{data['id']}")
        for label, key in (("来源", "source"), ("整改措施", "measures"), ("牵头单位", "lead_unit"),
                           ("责任领导", "leader"), ("责任人", "person")):
            if data[key]:
                print(f"{label}：{data[key]}")
        if data["partner_units"]:
            print(f"配合单位：{'、'.join(data['partner_units'])}")
        print(f"整改时限：{data['due'] or '未定'}" + (f"（原文：{data['due_text']}）" if data["due_text"] else ""))
        print(f"状态：{data['status_text']}" + (f"（{data['closed_date']} 销号：{data['closing_note']}）"
                                              if data["closed_date"] else ""))
        for r in data["progress"]:
            print(f"  {r['date']} {r['unit']} {r['text']}" + ("（已整改）" if r["fixed"] else ""))
            for a in r["attachments"]:
                print(f"      附件：{a['name']}（{human_size(a['size'])}）")
    return 0


def cmd_progress(args):
    from kydesk.services import problems

    on = _date_arg(args.date, "日期")
    with open_existing(args) as db:
        emit_new(args, problems.add_progress(db, args.problem_id, text=args.text, fixed=args.fixed, on=on,
                                             unit=args.unit, attach=args.attach, reduce_images=args.reduce_images))
    return 0


def cmd_close(args):
    from kydesk.services import problems

    on = _date_arg(args.date, "销号日期")
    with open_existing(args) as db:
        say(problems.close_problem(db, args.problem_id, note=args.note, on=on).message)
    return 0


def cmd_reopen(args):
    from kydesk.services import problems

    with open_existing(args) as db:
        say(problems.reopen_problem(db, args.problem_id).message or "没有变化")
    return 0


def cmd_delete(args):
    from kydesk.services import problems

    with open_existing(args) as db:
        say(problems.delete_problem(db, args.problem_id).message)
    return 0
