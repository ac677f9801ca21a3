"""kydesk xlsx import|export: a clerk's ledger workbook in, the ledger / 月调度表 / 季度通报 out (the last two
with the figures of `report dispatch` / `report bulletin` on the same date)."""
from __future__ import annotations

from kydesk.commands import emit_json, open_existing, say
from kydesk.commands.base import Parser


def register(sub, common, add):
    xlsx = add(sub, "xlsx", "Excel 表格：导入台账、导出台账/月调度表/季度通报")
    xs = xlsx.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)

    p = add(xs, "import", "导入台账表格（.xlsx/.xls）；再次导入同一表格只更新、不重复", parents=[common])
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", help="工作表名称（默认：第一个有台账表头的工作表）")
    p.add_argument("--year", type=int, help="台账年度（默认：取表格标题中的年份，否则为本库年度）")
    p.add_argument("--assigned", metavar="YYYY-MM-DD",
                   help="下达日期：新任务的序时进度从这天算起（默认：表格标题中的日期，否则为今天）")
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

    p = add(xs, "forms", "生成进展填报表：每个有任务的单位一份（牵头任务/配合任务）", parents=[common])
    p.add_argument("--period", required=True, help="填报期 YYYY-MM，如 2026-12")
    p.add_argument("--unit", action="append", metavar="U", help="单位名称或代码（可重复）")
    p.add_argument("--all", action="store_true", help="所有有任务的单位")
    p.add_argument("-o", "--out", required=True, metavar="DIR", help="输出文件夹")
    p.add_argument("--json", action="store_true", help="输出 JSON：[{unit, file, tasks}]")
    p.set_defaults(func=cmd_forms)

    p = add(xs, "collect", "收取各单位交回的进展填报表（文件或文件夹，可多个）", parents=[common])
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_collect)

    p = add(xs, "cycle", "查看或设置报送周期（每月N日前 / 每周X / 每次推进会前）", parents=[common])
    p.add_argument("cycle", nargs="?", metavar="周期", help="如：每月5日前、每周五、每次推进会前")
    p.add_argument("--contact", help="填报表上的联系人一行，如“专班办公室 张华 0914-1234567”")
    p.set_defaults(func=cmd_cycle)


def cmd_import(args):
    from kydesk.services.spreadsheets import import_ledger
    from kydesk.services.tasks import parse_day

    assigned = parse_day(args.assigned, "assigned", "下达日期") if args.assigned else None
    with open_existing(args) as db:
        result = import_ledger(db, args.file, sheet=args.sheet, year=args.year, dry_run=args.dry_run,
                               assigned=assigned)
    if args.json:
        emit_json(result.to_json())
    if result.errors:
        say(f"错误：{result.summary()}")
        for problem in result.errors:
            say(f"  {problem}")
        return 1
    if not args.json:
        print(result.summary())
        if result.year_note():
            say(f"  {result.year_note()}（可用 --year 指定年度）")
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


def cmd_forms(args):
    from kydesk.services.forms_out import make_forms

    with open_existing(args) as db:
        result = make_forms(db, args.period, args.out, units=args.unit, everyone=args.all)
    if args.json:
        emit_json(result.to_json())
    else:
        for form in result.forms:
            print(form["file"])
    say(result.message)
    return 0


def cmd_collect(args):
    from kydesk.services.forms_in import collect

    with open_existing(args) as db:
        result = collect(db, args.paths, dry_run=args.dry_run)
    if args.json:
        emit_json(result.to_json())
    for outcome in result.files:
        line = outcome.summary()
        if not args.json:
            print(line)
        else:
            say(line)
        for problem in outcome.problems[1 if outcome.refused else 0:] if not outcome.already else []:
            say(f"  {problem.cell}：{problem.message}")
    if result.refused:
        say("错误：有表格未能收取（见上），其余表格" + ("可收取" if args.dry_run else "已分别收取"))
        return 1
    return 0


def cmd_cycle(args):
    from kydesk.domain.reporting import cycle_label
    from kydesk.services import reporting

    with open_existing(args) as db:
        if args.cycle or args.contact is not None:
            done = reporting.save_cycle(db, args.cycle or reporting.cycle(db), contact_line=args.contact)
            say(done.message)
        print(f"报送周期：{cycle_label(reporting.cycle(db))}；联系人：{reporting.contact(db)}")
    return 0
