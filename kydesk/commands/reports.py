"""kydesk report minutes|record|warroom|notice|bulletin|dispatch|ledger.

Each writes one PDF, or a Word document when OUT ends in .docx (the services choose by the suffix):
the path on stdout (a script reads it), a line for people and any font warning on stderr.
"""
from __future__ import annotations

from kydesk.commands import open_existing, practice_reports, say
from kydesk.commands.base import Parser
from kydesk.domain import clock
from kydesk.services.outputs import check_output_path


def register(sub, common, add):
    report = add(sub, "report", "打印（生成 PDF）：会议纪要、会议记录、作战图、督办单、通报、月调度表、任务台账")
    rs = report.add_subparsers(dest="action", metavar="报表", required=True, parser_class=Parser)

    p = add(rs, "minutes", "会议纪要（GB/T 9704）", parents=[common])
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("-o", "--out", required=True, metavar="OUT.pdf|OUT.docx")
    p.add_argument("--issued", help="印发日期 YYYY-MM-DD（默认：会议的印发日期或会议日期）")
    p.set_defaults(func=cmd_minutes)

    p = add(rs, "record", "会议记录", parents=[common])
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("-o", "--out", required=True, metavar="OUT.pdf|OUT.docx")
    p.set_defaults(func=cmd_record)

    p = add(rs, "warroom", "作战图（A3 横向，可选 A4）", parents=[common])
    p.add_argument("--year", type=int, help="年度（默认：台账年度）")
    p.add_argument("--unit", help="只打印某单位牵头或配合的任务（名称、代码均可）")
    p.add_argument("--paper", default="A3", type=str.upper, choices=["A3", "A4"], help="纸张：A3（默认）或 A4")
    p.add_argument("--zoom", default="month", choices=["month", "week"], help="按月（默认）或按周；按周过宽时分张拼接")
    p.add_argument("--light", choices=["red", "yellow", "green", "done"], help="只打印某种亮灯的任务")
    p.add_argument("--key", action="store_true", help="只打印重点任务")
    p.add_argument("--date", help="以此日期亮灯、画今日线 YYYY-MM-DD（默认今天）")
    p.add_argument("-o", "--out", required=True, metavar="OUT.pdf|OUT.docx")
    p.set_defaults(func=cmd_warroom)

    p = add(rs, "notice", "督办单（每项红灯任务一页）", parents=[common])
    p.add_argument("task_ids", metavar="TASK_ID", nargs="*", help="任务编号（可写多个）")
    p.add_argument("--all-red", action="store_true", help="为全部红灯任务生成督办单")
    p.add_argument("--force", action="store_true", help="不符合条件的任务也生成（如非红灯任务的督办单）")
    p.add_argument("--grade", default="督办", help="等级：提醒（提醒函，黄灯）、督办（督办单，默认）、约谈（约谈通知，连续红灯）")
    p.add_argument("--date", help="签发日期 YYYY-MM-DD（默认今天）")
    p.add_argument("-o", "--out", required=True, metavar="OUT.pdf|OUT.docx")
    p.set_defaults(func=cmd_notice)

    p = add(rs, "bulletin", "季度（或月度）通报", parents=[common])
    p.add_argument("--period", required=True, help="统计期：2024Q2（季度）或 2024-06（月份）")
    p.add_argument("--requirements", metavar="TEXT.txt", help="“下步要求”正文（UTF-8 文本文件，空行分段），同时保存")
    p.add_argument("--date", help="印发日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--official", action="store_true", help="作为公文印发：红色版头、发文字号（年内编号）、版记")
    p.add_argument("-o", "--out", required=True, metavar="OUT.pdf|OUT.docx")
    p.set_defaults(func=cmd_bulletin)

    p = add(rs, "dispatch", "月调度表（同时记录本月亮灯情况）", parents=[common])
    p.add_argument("--month", help="调度月份 YYYY-MM（默认本月）")
    p.add_argument("--date", help="调度日期 YYYY-MM-DD（默认今天）")
    p.add_argument("-o", "--out", required=True, metavar="OUT.pdf|OUT.docx")
    p.set_defaults(func=cmd_dispatch)

    from kydesk.commands import assessment
    assessment.register_reports(rs, common, add)
    practice_reports.register(rs, common, add)    # 问题整改清单, 指标监测表, 重点项目推进表, 责任清单
    p = add(rs, "ledger", "任务台账（A3 横向，可选 A4；按板块分组，每页重复表头）", parents=[common])
    p.add_argument("--paper", default="A3", type=str.upper, choices=["A3", "A4"], help="纸张：A3（默认）或 A4")
    p.add_argument("--unit", help="只打印某单位牵头或配合的任务")
    p.add_argument("--light", choices=["red", "yellow", "green", "lit", "none"], help="只打印某种亮灯的任务")
    p.add_argument("--status", help="只打印某种状态：open（未完成）、pending、active、done、cancelled")
    p.add_argument("--date", help="以此日期亮灯 YYYY-MM-DD（默认今天）")
    p.add_argument("-o", "--out", required=True, metavar="OUT.pdf")
    p.set_defaults(func=cmd_ledger)
    from kydesk.commands import reporting

    reporting.register_report(rs, common, add)


def _date_arg(value, label="日期"):
    from kydesk.commands.tasks import _date_arg as parse

    return parse(value, label)


def _done(result, what: str) -> int:
    print(str(result.path))
    say(f"已生成{what}：{result.path}（{result.pages} 页）")
    if result.warning:
        say(f"提示：{result.warning}")
    return 0


def cmd_minutes(args):
    from kydesk.services import reports

    issued = _date_arg(args.issued, "印发日期")
    with open_existing(args) as db:
        check_output_path(db, args.out)
        return _done(reports.minutes_pdf(db, args.meeting_id, args.out, issued=issued), "会议纪要")


def cmd_record(args):
    from kydesk.services import reports

    with open_existing(args) as db:
        check_output_path(db, args.out)
        return _done(reports.record_pdf(db, args.meeting_id, args.out), "会议记录")


def cmd_warroom(args):
    from kydesk.services import warroom

    today = _date_arg(args.date)
    if str(args.out).lower().endswith(".docx"):
        from kydesk.domain.errors import KydeskError

        raise KydeskError(f"作战图只生成 PDF，不生成 Word 文档：请把输出文件名 {args.out} 改为 .pdf")
    with open_existing(args) as db:
        check_output_path(db, args.out)
        if args.unit:
            from kydesk.services.units import matching_units

            if not matching_units(db, args.unit):     # a typo would otherwise print an empty chart in silence
                say(f"提示：没有名称或代码含“{args.unit}”的单位，请检查单位名称。")
        query = warroom.ChartQuery(year=args.year, unit=args.unit, light=args.light, key_only=args.key)
        result = warroom.warroom_pdf(db, args.out, query, paper=args.paper, zoom=args.zoom, today=today)
        return _done(result, f"作战图（{args.paper} 横向）")


def cmd_notice(args):
    from kydesk.domain.errors import KydeskError
    from kydesk.services import reports

    today = _date_arg(args.date, "签发日期")
    if not args.task_ids and not args.all_red:
        import sys

        sys.stderr.write("kydesk report notice：用法错误：请写出任务编号 TASK_ID，或用 --all-red 为全部红灯任务生成督办单\n")
        return 2
    with open_existing(args) as db:
        check_output_path(db, args.out)
        ids = list(args.task_ids)
        if args.all_red:
            ids += reports.red_task_ids(db, today)
        if not ids:
            raise KydeskError("当前没有红灯任务，无需生成督办单")
        result = reports.notice_pdf(db, ids, args.out, today=today, force=args.force, grade=args.grade)
        _done(result, result.name)
        say("编号：" + "、".join(result.numbers))
    return 0


def cmd_bulletin(args):
    from pathlib import Path

    from kydesk.domain.errors import KydeskError
    from kydesk.services import reports

    today = _date_arg(args.date, "印发日期")
    with open_existing(args) as db:
        check_output_path(db, args.out)
        if args.requirements:
            try:
                text = Path(args.requirements).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as e:
                raise KydeskError(f"无法读取下步要求文件 {args.requirements}：{e}") from None
            reports.set_bulletin_requirements(db, args.period, text)
        return _done(reports.bulletin_pdf(db, args.period, args.out, today=today, official=args.official), "通报")


def cmd_dispatch(args):

    from kydesk.services import reports

    today = _date_arg(args.date, "调度日期") or clock.today()
    month = args.month or f"{today.year:04d}-{today.month:02d}"
    with open_existing(args) as db:
        check_output_path(db, args.out)
        return _done(reports.dispatch_pdf(db, month, args.out, today=today), "月调度表")


def cmd_ledger(args):
    from kydesk.services.ledger import LedgerQuery
    from kydesk.services.ledger_print import ledger_pdf

    today = _date_arg(args.date)
    with open_existing(args) as db:
        query = LedgerQuery(unit=args.unit, light=args.light, status=args.status, group="section")
        return _done(ledger_pdf(db, args.out, query, paper=args.paper, today=today), f"任务台账（{args.paper} 横向）")
