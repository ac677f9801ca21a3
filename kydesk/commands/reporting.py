"""kydesk report reporting: who has reported a period (按时/逾期/未报送), the 催报 text, a printable list."""
from __future__ import annotations

from kydesk.commands import emit_json, open_existing, say


def register_report(rs, common, add):
    p = add(rs, "reporting", "报送情况：各单位本期进展按时/逾期/未报送，催报文字", parents=[common])
    p.add_argument("--period", required=True, help="填报期 YYYY-MM")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("-o", "--out", metavar="OUT.pdf|OUT.xlsx", help="打印清单（PDF 或 Excel）")
    p.set_defaults(func=cmd_reporting)


def cmd_reporting(args):
    from kydesk.services import reporting, reporting_print

    with open_existing(args) as db:
        data = reporting.reporting(db, args.period)
        text = reporting.reminder_text(db, data)
        path = reporting_print.write(db, data, args.out) if args.out else None
    if args.json:
        emit_json([u.to_json() for u in data.units])
    else:
        print(f"{data.period.label}进展报送情况（截止 {reporting.due_label(data.due)}）")
        for u in data.units:
            when = f"{u.received.isoformat()} " if u.received else ""
            print(f"  {u.unit}：任务 {u.tasks} 项，已报 {u.reported} 项，{when}{reporting.STATUS_NAMES[u.status]}")
        print(f"催报：{text}")
    if path:
        say(f"已生成报送情况清单：{path}")
    return 0
