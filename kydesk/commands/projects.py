"""kydesk project set|invest|milestone|milestone-done|list (项目清单: 投资, 形象进度, 节点)."""
from __future__ import annotations

from kydesk.commands import emit_json, open_existing, say
from kydesk.commands.base import Parser


def register(sub, common, add):
    project = add(sub, "project", "项目清单：重点项目的投资、形象进度和节点")
    ps = project.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)

    p = add(ps, "set", "把任务设为项目，或修改项目信息", parents=[common])
    p.add_argument("task_id", metavar="TASK_ID")
    p.add_argument("--kind", help="项目类别：重点项目（默认）或 标杆项目；写“无”恢复为普通任务")
    p.add_argument("--plan-invest", help="计划总投资（万元）")
    p.add_argument("--year-invest", help="年度计划投资（万元）")
    p.add_argument("--image", help="形象进度")
    p.set_defaults(func=cmd_set)

    p = add(ps, "invest", "报送月度累计完成投资", parents=[common])
    p.add_argument("task_id", metavar="TASK_ID")
    p.add_argument("--month", required=True, help="月份 YYYY-MM")
    p.add_argument("--amount", required=True, help="累计完成投资（万元，自项目开工起累计）")
    p.add_argument("--image", default="", help="该月形象进度")
    p.set_defaults(func=cmd_invest)

    p = add(ps, "milestone", "添加节点", parents=[common])
    p.add_argument("task_id", metavar="TASK_ID")
    p.add_argument("--title", required=True, help="节点名称，如“主体封顶”")
    p.add_argument("--date", required=True, help="节点日期 YYYY-MM-DD")
    p.set_defaults(func=cmd_milestone)

    p = add(ps, "milestone-done", "节点完成", parents=[common])
    p.add_argument("milestone_id", metavar="MILESTONE_ID")
    p.add_argument("--date", help="完成日期（默认今天）")
    p.set_defaults(func=cmd_milestone_done)

    p = add(ps, "list", "列出项目", parents=[common])
    p.add_argument("--unit", help="责任单位")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_list)


def cmd_set(args):
    from kydesk.services import projects

    kind = args.kind
    if kind in ("无", "none", "-"):
        kind = ""
    elif kind is None and not any((args.plan_invest, args.year_invest, args.image)):
        kind = "重点项目"
    with open_existing(args) as db:
        current = projects.get_task(db, args.task_id)
        if kind is None and not projects.project_of(db, current.id):
            kind = "重点项目"
        say(projects.set_project(db, args.task_id, kind=kind, plan_invest=args.plan_invest,
                                 year_invest=args.year_invest, image=args.image).message or "没有变化")
    return 0


def cmd_invest(args):
    from kydesk.services import projects

    with open_existing(args) as db:
        done = projects.report_investment(db, args.task_id, month=args.month, amount=args.amount, image=args.image)
        print(done.id)
        say(done.message)
    return 0


def cmd_milestone(args):
    from kydesk.services import projects

    with open_existing(args) as db:
        done = projects.add_milestone(db, args.task_id, title=args.title, when=args.date)
        print(done.id)
        say(done.message)
    return 0


def cmd_milestone_done(args):
    from kydesk.commands.tasks import _date_arg
    from kydesk.services import projects

    on = _date_arg(args.date, "完成日期")
    with open_existing(args) as db:
        say(projects.milestone_done(db, args.milestone_id, on=on).message)
    return 0


def cmd_list(args):
    from kydesk.services import projects

    with open_existing(args) as db:
        found = projects.list_projects(db, unit=args.unit)
        if args.json:
            emit_json([projects.project_json(p) for p in found])
            return 0
        if not found:
            print("还没有项目。")
            return 0
        m = projects.fmt_money
        for p in found:
            rate = "—" if p.year_rate is None else f"{p.year_rate:.1f}%"
            print(f"{p.task.id[:8]}  {p.kind}  {p.task.title}  {p.task.lead_unit or '—'}  "
                  f"计划{m(p.plan_invest) or '—'}  年度{m(p.year_invest) or '—'}  累计完成{m(p.done_invest) or '—'}"
                  f"（年度计划完成{rate}）  {p.image}")
        print(f"共 {len(found)} 个项目（投资单位：万元）。")
    return 0
