"""The Excel copy of a ruled-table report (问题整改清单, 指标监测表, 重点项目推进表, 责任清单), written from what
printing.ruled_tables.resolved gives: the same titles, captions, column labels and rows as the PDF.  One
sheet per part (责任清单: one per unit), each with its header rows repeated when printed."""
from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kydesk.xlsx.writer import BODY_FONT, CENTER, HEAD_FILL, HEAD_FONT, LEFT, SECTION_FONT, box, print_setup, save, tick

NARROW = {"seq": 6, "light": 7, "status": 9, "nature": 8, "period": 10, "due": 14}


def _sheet_name(text: str, used: set[str]) -> str:
    name = re.sub(r"[\\/*?:\[\]]", "", text)[:28] or "Sheet"
    base, n = name, 2
    while name in used:
        name = f"{base[:26]}{n}"
        n += 1
    used.add(name)
    return name


def _width(key: str, label: str, rows: list[dict]) -> float:
    if key in NARROW:
        return NARROW[key]
    longest = max([len(label)] + [len(str(r.get(key, "") or "")) for r in rows[:200]])
    return min(max(8, longest * 1.6 + 2), 48)


def write_table_report(out, parts: list[dict], *, progress=None) -> Path:
    wb = Workbook()
    used: set[str] = set()
    for n, part in enumerate(parts):
        tick(progress, n, len(parts))
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = _sheet_name(part["sheet"] or part["title"], used)
        width = max(len(t["columns"]) for t in part["tables"]) if part["tables"] else 1
        ws.cell(1, 1, part["title"]).font = Font(name="方正小标宋简体", size=16)
        ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        ws.row_dimensions[1].height = 32
        ws.cell(2, 1, part["subtitle"]).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
        r = 4
        head_rows = []
        widths: dict[int, float] = {}
        for t in part["tables"]:
            if t["caption"]:
                ws.cell(r, 1, t["caption"]).font = SECTION_FONT
                r += 1
            head_rows.append(r)
            for c, (key, label) in enumerate(t["columns"], start=1):
                box(ws.cell(r, c), label, font=HEAD_FONT, align=CENTER, fill=HEAD_FILL)
                widths[c] = max(widths.get(c, 0), _width(key, label, t["rows"]))
            r += 1
            body = list(t["rows"]) + ([t["total"]] if t["total"] else [])
            if not body:
                ws.cell(r, 1, t["none"])
                r += 1
            for values in body:
                for c, (key, _) in enumerate(t["columns"], start=1):
                    v = values.get(key, "")
                    box(ws.cell(r, c), None if v in ("", None) else v,
                        align=CENTER if key in NARROW or isinstance(v, (int, float)) else LEFT,
                        font=HEAD_FONT if values is t["total"] else BODY_FONT)
                r += 1
            r += 1
        if part["footnote"]:
            ws.cell(r, 1, part["footnote"])
        for c, w in widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
        # one table: its header repeats on every printed page
        print_setup(ws, f"{head_rows[0]}:{head_rows[0]}" if len(head_rows) == 1 else "1:2", width)
    tick(progress, len(parts), len(parts))
    return save(wb, out)
