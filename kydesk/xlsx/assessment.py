"""年度考核结果表 and 过半任务交账表 workbooks: the very cells the PDF prints (printing.assessment makes them
once), one sheet per table, with the PDF's column labels. Figures go in as numbers ("-2" -> -2, "45.0%" ->
0.45 shown as a percent) so the office can add them up; texts stay as printed.
"""
from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from kydesk.xlsx.writer import CENTER, HEAD_FILL, HEAD_FONT, LEFT, box, print_setup, save, sheet_title, tick

WIDE = {"unit": 22, "name": 22, "task": 44, "title": 44, "summary": 40, "about": 50, "rule": 16, "label": 16}
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
_PERCENT = re.compile(r"(\d+(\.\d+)?)%")


def _value(text: str):
    """A cell's value: a number when the text is one (a signed figure, a percent), else the text."""
    if _NUMBER.fullmatch(text):
        return float(text) if "." in text else int(text)
    m = _PERCENT.fullmatch(text)
    if m:
        return round(float(m.group(1)) / 100, 4)
    return text


def write_sheets(out, title: str, subtitle: str, sheets: list[tuple], progress=None) -> Path:
    """sheets: (name, [(key, label)], rows [{key: text}], bold_last, none_text). progress(done, total)
    answering False raises writer.Cancelled and no file is written."""
    wb = Workbook()
    tick(progress, 0, len(sheets))
    for n, (name, cols, rows, bold_last, none_text) in enumerate(sheets):
        ws = wb.active if n == 0 else wb.create_sheet(name)
        ws.title = name
        top = sheet_title(ws, title, len(cols), subtitle)
        for c, (key, label) in enumerate(cols, start=1):
            box(ws.cell(top, c), label, font=HEAD_FONT, align=CENTER, fill=HEAD_FILL)
            ws.column_dimensions[get_column_letter(c)].width = WIDE.get(key, 10)
        body = rows or [{cols[min(1, len(cols) - 1)][0]: none_text}]
        for r, values in enumerate(body, start=top + 1):
            for c, (key, _) in enumerate(cols, start=1):
                v = _value(str(values.get(key, "")))
                kw = {"font": HEAD_FONT} if bold_last and r == top + len(body) else {}
                fmt = "0.0%" if isinstance(v, float) and str(values.get(key, "")).endswith("%") else None
                box(ws.cell(r, c), None if v == "" else v, align=CENTER if isinstance(v, (int, float)) else LEFT,
                    number_format=fmt, **kw)
        print_setup(ws, f"{top}:{top}", len(cols))
        tick(progress, n + 1, len(sheets))
    return save(wb, out)
