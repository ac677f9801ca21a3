"""kydesk indicator add|reading|list|delete (指标监测)."""
from __future__ import annotations

from kydesk.commands import emit_json, emit_new, open_existing, say
from kydesk.commands.base import Parser


def register(sub, common, add):
    ind = add(sub, "indicator", "指标：目标值、指标性质、分期数据与达标情况")
    s = ind.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)

    p = add(s, "add", "添加指标", parents=[common])
    p.add_argument("--name", required=True, help="指标名称")
    p.add_argument("--target", required=True, help="目标值，如“≥25”“≤11”“<22”“80*”（*：以上级下达为准）")
    p.add_argument("--field", default="", help="领域，如“健康人群”")
    p.add_argument("--measure", default="", help="计量单位，如“%”“岁”“/10万”")
    p.add_argument("--base", help="基期值")
    p.add_argument("--base-year", help="基期年份")
    p.add_argument("--target-year", help="目标年份")
    p.add_argument("--nature", default="预期性", help="指标性质：预期性 或 约束性")
    p.add_argument("--unit", help="责任单位")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_add)

    p = add(s, "reading", "记录指标值", parents=[common])
    p.add_argument("indicator_id", metavar="ID")
    p.add_argument("--period", required=True, help="统计期：2025（年度）、2025Q3（季度）或 2025-06（月份）")
    p.add_argument("--value", required=True, help="指标值（与目标同一计量单位）")
    p.add_argument("--source", default="", help="数据来源，如“市统计局”")
    p.add_argument("--date", help="数据日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_reading)

    p = add(s, "list", "列出指标及达标情况", parents=[common])
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_list)

    p = add(s, "delete", "删除指标", parents=[common])
    p.add_argument("indicator_id", metavar="ID")
    p.set_defaults(func=cmd_delete)


def cmd_add(args):
    from kydesk.services import indicators

    with open_existing(args) as db:
        done = indicators.add_indicator(db, name=args.name, target=args.target, field=args.field,
                                        measure=args.measure, base=args.base, base_year=args.base_year,
                                        target_year=args.target_year, nature=args.nature, unit=args.unit)
        if args.json:
            emit_json(indicators.indicator_json(indicators.list_indicators(db, [done.id])[0]))
        else:
            print(done.id)
            say(done.message)
    return 0


def cmd_reading(args):
    from kydesk.services import indicators

    with open_existing(args) as db:
        emit_new(args, indicators.add_reading(db, args.indicator_id, period=args.period, value=args.value,
                                              source=args.source, on=args.date))
    return 0


def cmd_list(args):
    from kydesk.services import indicators

    with open_existing(args) as db:
        found = indicators.list_indicators(db)
        if args.json:
            emit_json([indicators.indicator_json(v) for v in found])
            return 0
        if not found:
            print("还没有指标。")
            return 0
        for v in found:
            r = v.row
            latest = (f"{v.latest['period']}：{indicators.fmt_value(v.latest['value'])}" if v.latest else "无数据")
            measure = f"（{r.measure}）" if r.measure else ""
            print(f"{r.id[:8]}  {r.field or '—'}  {r.name}{measure}  目标{r.target}  {r.nature}  {latest}  "
                  f"{indicators.status_text(v)}")
        print(f"共 {len(found)} 项指标。")
    return 0


def cmd_delete(args):
    from kydesk.services import indicators

    with open_existing(args) as db:
        say(indicators.delete_indicator(db, args.indicator_id).message)
    return 0
