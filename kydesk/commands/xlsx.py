"""kydesk xlsx import|export: a clerk's ledger workbook in, the ledger / 月调度表 / 季度通报 out (the last two
with the figures of `report dispatch` / `report bulletin` on the same date)."""
from __future__ import annotations

from kydesk.cli import Parser
from kydesk.commands import emit_json, open_existing, say


def register(sub, common, add):
    xlsx = add(sub, "xlsx", "Excel 表格：导入台账、导出台账/月调度表/季度通报")
    xs = xlsx.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)

    p = add(xs, "import", "导入台账表格（.xlsx/.xls）；再次导入同一表格只更新、不重复", parents=[common])
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", help="工作表名称（默认：第一个有台账表头的工作表）")
    p.add_argument("--year", type=int, help="台账年度（默认：取表格标题中的年份，否则为本库年度）")
    p.add_argument("--dry-run", action="store_true", help="只预览将新增/更新的数量和问题，不写入")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_import)

    p = add(xs, "export", "导出 Excel：ledger 台账（默认）、dispatch 月调度表、bulletin 季度通报", parents=[common])
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--kind", default="ledger", choices=["ledger", "dispatch", "bulletin"])
    p.add_argument("--date", help="统计日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--month", help="月调度表的调度月份 YYYY-MM（默认：统计日期所在月份）")
    p.add_argument("--period", help="通报的统计期：2024Q2（季度）或 2024-06（月份）（默认：统计日期所在季度）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)


def cmd_import(args):
    from kydesk.services.spreadsheets import import_ledger

    with open_existing(args) as db:
        result = import_ledger(db, args.file, sheet=args.sheet, year=args.year, dry_run=args.dry_run)
    if args.json:
        emit_json(result.to_json())
    if result.errors:
        say(f"错误：{result.summary()}")
        for problem in result.errors:
            say(f"  {problem}")
        return 1
    if not args.json:
        print(result.summary())
        for warning in result.warnings:
            say(f"  注意：{warning}")
        if result.ignored_columns:
            say(f"  未导入的列：{'、'.join(result.ignored_columns)}")
    return 0


def cmd_export(args):
    from datetime import date

    from kydesk.domain.errors import KydeskError
    from kydesk.services.outputs import check_output_path
    from kydesk.services.spreadsheets import export_xlsx

    today = None
    if args.date:
        try:
            today = date.fromisoformat(args.date.strip())
        except ValueError:
            raise KydeskError(f"统计日期“{args.date}”无效，请写成 YYYY-MM-DD，如 2024-07-15") from None
    with open_existing(args) as db:
        check_output_path(db, args.out)
        done = export_xlsx(db, args.out, args.kind, today=today, month=args.month, period=args.period)
    if args.json:
        emit_json({"id": done.id, **done.extra})
    else:
        print(done.extra["path"])
        say(done.message)
    return 0
