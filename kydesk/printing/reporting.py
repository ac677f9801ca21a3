"""报送情况 as a printable list: A4 portrait, per unit its tasks, reports, 按时/逾期/未报送 and the tasks still
without a report, then the 催报 text.  The table runs over pages with its header row repeated."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4

from kydesk.printing import PrintResult
from kydesk.printing.cells import TableCol, TableStyle, draw_lines, draw_row, row_height, text_box, wrap
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.gridtext import Page
from kydesk.printing.layout import MM
from kydesk.printing.output import write_pdf

COLUMNS = [("序号", 10, "center"), ("单位", 38, "left"), ("任务", 13, "center"), ("已报", 13, "center"),
           ("情况", 16, "center"), ("收到日期", 24, "center"), ("尚未报送的任务", 66, "left")]
MARGIN = 18 * MM


@dataclass
class ReportingRow:
    unit: str
    tasks: int
    reported: int
    status: str          # 按时 / 逾期 / 未报送
    received: str
    unreported: str


def build_reporting_pdf(title: str, subtitle: str, rows: list[ReportingRow], reminder: str, out_path) -> PrintResult:
    fonts = resolve_fonts()
    body, head = fonts.name("songti"), fonts.name("heiti")
    w, h = A4
    width = w - 2 * MARGIN
    scale = width / sum(c[1] * MM for c in COLUMNS)
    cols = [TableCol(label, mm * MM * scale, align) for label, mm, align in COLUMNS]
    st = TableStyle(body, 10, head, 10.5, 3, 1.3, 18, 0.5)
    head_cells = [c.label for c in cols]
    head_h = row_height(head_cells, cols, st, head=True)
    pages: list[list[tuple]] = [[("title", None, 30 * MM)]]
    room = [h - 2 * MARGIN - 30 * MM - 10]
    for n, r in enumerate(rows, start=1):
        cells = [str(n), r.unit, str(r.tasks), str(r.reported), r.status, r.received, r.unreported]
        rh = row_height(cells, cols, st)
        if len(pages[-1]) == 1 or rh > room[0]:
            if rh > room[0] and len(pages[-1]) > 1:
                pages.append([])
                room[0] = h - 2 * MARGIN - 10
            pages[-1].append(("head", head_cells, head_h))
            room[0] -= head_h
        pages[-1].append(("row", cells, rh))
        room[0] -= rh
    lines = wrap(reminder, body, 11, width)
    need = 11 * 1.5 * (len(lines) + 1)
    if need > room[0]:
        pages.append([])
    pages[-1].append(("reminder", lines, need))

    def draw(c, number: int, total: int) -> None:
        x, y = MARGIN, h - MARGIN
        for kind, payload, height in pages[number - 1]:
            if kind == "title":
                text_box(c, title, head, 18, x, y, width, 14 * MM, align="center", min_size=12)
                text_box(c, subtitle, body, 11, x, y - 14 * MM, width, 10 * MM, align="center", min_size=8)
            elif kind == "head":
                draw_row(c, payload, cols, st, x, y, height, head=True, fill=HexColor("#D9D9D9"))
            elif kind == "row":
                draw_row(c, payload, cols, st, x, y, height,
                         fill=HexColor("#FBE3E3") if payload[4] == "未报送" else None)
            else:
                draw_lines(c, ["催报通知："] + payload, body, 11, x, y - 6, width, height)
            y -= height
        draw_lines(c, [f"— {number} —"], body, 10, x, MARGIN - 4 * MM, width, 12, "center")

    path = write_pdf(out_path, [Page() for _ in pages], title=title, subject="报送情况", decorate=draw,
                     initial_font=body)
    return PrintResult(Path(path), len(pages), {r: fonts.files[r] for r in ("songti", "heiti")}, fonts.warning)
