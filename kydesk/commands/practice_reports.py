"""kydesk report problems|indicators|projects|responsibility -o OUT.pdf|OUT.xlsx|OUT.docx (三单制, 指标)."""
from __future__ import annotations

from pathlib import Path

from kydesk.commands import say


def register(rs, common, add):
    """Called by commands.reports with its sub-parser set, so these sit beside the other reports."""
    p = add(rs, "problems", "问题整改清单（PDF A4/A3 横向，或 .xlsx）", parents=[common])
    p.add_argument("--unit", help="只列某单位牵头或配合整改的问题")
    p.add_argument("--status", help="状态：整改中/已整改/已销号/未销号")
    _common(p, cmd_problems)

    p = add(rs, "indicators", "指标监测表（PDF 或 .xlsx）", parents=[common])
    _common(p, cmd_indicators)

    p = add(rs, "projects", "重点项目推进表（PDF 或 .xlsx）", parents=[common])
    p.add_argument("--unit", help="只列某单位的项目")
    p.add_argument("--year", type=int, help="年度（默认：台账年度）")
    _common(p, cmd_projects)

    p = add(rs, "responsibility", "责任清单（每个单位一页起；PDF 或 .xlsx）", parents=[common])
    p.add_argument("--unit", help="只打印该单位的责任清单")
    p.add_argument("--leader", help="打印某位责任领导的责任清单")
    _common(p, cmd_responsibility)


def _common(p, fn):
    p.add_argument("--paper", default="A4", type=str.upper, choices=["A3", "A4"], help="纸张（横向）：A4（默认）或 A3")
    p.add_argument("--date", help="统计日期 YYYY-MM-DD（默认今天）")
    p.add_argument("-o", "--out", required=True, metavar="OUT.pdf|OUT.xlsx|OUT.docx")
    p.set_defaults(func=fn)


def _run(args, kind: str, **options) -> int:
    from kydesk.commands import open_existing
    from kydesk.commands.tasks import _date_arg
    from kydesk.services import practice_reports

    today = _date_arg(args.date, "统计日期")
    with open_existing(args) as db:
        path, count, warning = practice_reports.write(db, kind, args.out, paper=args.paper, today=today, **options)
    print(str(path))
    what = {".xlsx": "个工作表", ".docx": "部分"}.get(Path(path).suffix.lower(), "页")
    say(f"已生成{practice_reports.KINDS[kind]}：{path}（{count} {what}）")
    if warning:
        say(f"提示：{warning}")
    return 0


def cmd_problems(args):
    return _run(args, "problems", unit=args.unit, status=args.status)


def cmd_indicators(args):
    return _run(args, "indicators")


def cmd_projects(args):
    return _run(args, "projects", unit=args.unit, year=args.year)


def cmd_responsibility(args):
    return _run(args, "responsibility", unit=args.unit, leader=args.leader)
