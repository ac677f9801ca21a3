"""kydesk report assessment|midyear: 年度考核结果表 and 过半任务交账 (JSON, PDF or Excel by the -o suffix)."""
from __future__ import annotations

from kydesk.commands import emit_json, open_existing, say
from kydesk.domain import clock


def register_reports(rs, common, add) -> None:
    """Called by commands.reports with the `report` subparsers."""
    p = add(rs, "assessment", "年终考核结果（得分、排名、扣分明细）", parents=[common])
    p.add_argument("--year", type=int, required=True, help="考核年度 YYYY")
    p.add_argument("--date", help="考核日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("-o", "--out", metavar="OUT.pdf|OUT.xlsx", help="生成年度考核结果表（.xlsx 为 Excel，其余为 PDF）")
    p.set_defaults(func=cmd_assessment)

    p = add(rs, "midyear", "过半任务交账（6月30日前到期任务完成情况、时间过半任务过半）", parents=[common])
    p.add_argument("--year", type=int, required=True, help="年度 YYYY")
    p.add_argument("--date", help="统计日期 YYYY-MM-DD（默认今天，最晚按6月30日统计）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("-o", "--out", metavar="OUT.pdf|OUT.xlsx", help="生成过半任务交账表（.xlsx 为 Excel，其余为 PDF）")
    p.set_defaults(func=cmd_midyear)


def _today(args):
    from kydesk.commands.tasks import _date_arg

    return _date_arg(args.date, "日期") or clock.today()


def _written(result, what: str, *, quiet: bool = False) -> None:
    """The path on stdout for a script, unless stdout carries the JSON (--json with -o)."""
    if not quiet:
        print(str(result.path))
    unit = "页" if str(result.path).lower().endswith(".pdf") else "张工作表"
    say(f"已生成{what}：{result.path}（{result.pages} {unit}）")
    if result.warning:
        say(f"提示：{result.warning}")


def cmd_assessment(args):
    from kydesk.services import assessment

    today = _today(args)
    with open_existing(args) as db:
        if args.out:
            result = assessment.assessment_report(db, args.year, args.out, today=today,
                                                  reporting=assessment.REPORTING)
            _written(result, "年度考核结果表", quiet=args.json)
            if not args.json:
                return 0
        else:
            assessment.prepare_assessment(db, today)
        data = assessment.assessment_data(db, args.year, today, reporting=assessment.REPORTING)
        if args.json:
            emit_json(data.as_json())
            return 0
        print(data.title)
        if not data.units:
            print("本年度没有可考核的单位（没有牵头或配合任务）。")
            return 0
        for u in data.units:
            from kydesk.domain.assessment import number

            print(f"{u.rank:>3}  {u.unit}  {number(u.score)} 分（扣 {number(u.deducted)}，加 {number(u.added)}）")
            for item in u.deductions:
                print(f"       -{number(item.points)}  {item.rule}  {item.month or ''}  {item.task}")
            for item in u.additions:
                print(f"       +{number(item.points)}  {item.rule}  {item.month or ''}  {item.task}")
    return 0


def cmd_midyear(args):
    from kydesk.services import midyear

    today = _today(args)
    with open_existing(args) as db:
        if args.out:
            _written(midyear.midyear_report(db, args.year, args.out, today=today), "过半任务交账表", quiet=args.json)
            if not args.json:
                return 0
        data = midyear.midyear_data(db, args.year, today)
        if args.json:
            emit_json(data.as_json())
            return 0
        print(data.title)
        for u in data.units:
            mark = "已过半" if u.half else "未过半"
            print(f"{u.name}：6月30日前到期 {u.due_h1} 项，完成 {u.done_h1} 项；全年 {u.tasks} 项，"
                  f"平均进度 {u.progress:.1f}%（{mark}）")
            for title in u.undone:
                print(f"    未完成：{title}")
    return 0
