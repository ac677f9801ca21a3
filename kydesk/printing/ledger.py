"""The 任务台账 printed for the meeting folder (layout: reports/ledger.json): A3 or A4 landscape, the
columns of the ledger, a full-width row per section (板块) heading its tasks, the column header repeated on
every page, a section's heading kept with its first task, page numbers at the foot."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.domain.errors import KydeskError
from kydesk.printing import PrintResult
from kydesk.printing.cells import TableCol, TableStyle, draw_footer, draw_lines, draw_row, draw_title, row_height
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.gridtext import Page
from kydesk.printing.layout import MM, cn_date, load_layout
from kydesk.printing.output import write_pdf


@dataclass
class LedgerLine:
    seq: str
    title: str
    lead: str = ""
    partners: str = ""
    leader: str = ""
    person: str = ""
    due: str = ""
    status: str = ""
    percent: str = ""
    light: str = ""
    latest: str = ""
    closed: bool = False


@dataclass
class LedgerSection:
    label: str                        # "" when the ledger is not grouped
    lines: list[LedgerLine] = field(default_factory=list)


@dataclass
class LedgerPrint:
    org: str
    year: int
    made: date
    sections: list[LedgerSection] = field(default_factory=list)
    filter_text: str = ""             # "（筛选：红灯）" when the printed list is not the whole ledger

    @property
    def count(self) -> int:
        return sum(len(s.lines) for s in self.sections)


def build_ledger_pdf(data: LedgerPrint, out_path, *, paper: str = "A3", progress=None) -> PrintResult:
    doc = LedgerLayout(data, paper)
    plans = doc.plan()
    path = write_pdf(out_path, [Page() for _ in plans], title=doc.title, author=data.org, subject="任务台账",
                     progress=progress, page_size=(doc.page_w, doc.page_h),
                     decorate=lambda c, n, total: doc.draw(c, plans[n - 1], n, total))
    return PrintResult(Path(path), len(plans), {r: doc.fonts.files[r] for r in sorted(doc.roles_used)},
                       doc.fonts.warning)


class LedgerLayout:
    def __init__(self, data: LedgerPrint, paper: str):
        L = self.L = load_layout("ledger")
        papers = L.get("papers")
        paper = (paper or "A3").upper()
        if paper not in papers:
            raise KydeskError(f"纸张只能是 {'、'.join(papers)}，收到“{paper}”")
        self.data, self.paper = data, paper
        self.fonts = resolve_fonts()
        self.roles_used: set[str] = set()
        self.page_w, self.page_h = L.mm(f"papers.{paper}.width_mm"), L.mm(f"papers.{paper}.height_mm")
        self.margin = L.mm("page.margin_mm")
        self.width = self.page_w - 2 * self.margin
        size = L.num(f"papers.{paper}.size_pt")
        self.style = TableStyle(self.font("table.role"), size, self.font("table.head_role"), size,
                                L.mm("table.pad_mm"), L.num("table.leading"), L.mm("table.min_row_mm"),
                                L.mm("table.rule_mm"))
        specs = L.get("columns")
        self.keys = [c["key"] for c in specs]
        self.cols = [TableCol(c["label"], float(c["width_mm"]) * MM, c.get("align", "left")) for c in specs]
        scale = self.width / sum(c.width for c in self.cols)          # the columns fill the page width
        for c in self.cols:
            c.width *= scale
        self.title = L.text("title.template").format(org=data.org, year=data.year)
        self.subtitle = L.text("subtitle.template").format(date=cn_date(data.made), count=data.count,
                                                           filter=data.filter_text)

    def font(self, key: str) -> str:
        role = self.L.text(key)
        self.roles_used.add(role)
        return self.fonts.name(role)

    def plan(self) -> list[list[tuple]]:
        """Pages as lists of steps (kind, payload, height); the header row starts every page's table."""
        L, st = self.L, self.style
        full = self.page_h - 2 * self.margin - L.num("footer.size_pt") * 2
        head_cells = [c.label for c in self.cols]
        head = ("head", head_cells, row_height(head_cells, self.cols, st, head=True))
        title = ("title", None, L.mm("title.height_mm") + L.mm("subtitle.height_mm"))
        pages: list[list[tuple]] = [[title, head]]
        room = [full - title[2] - head[2]]

        def add(step: tuple, need: float | None = None) -> None:
            if (step[2] if need is None else need) > room[0] + 1e-6 and len(pages[-1]) > 2 - (len(pages) > 1):
                pages.append([head])
                room[0] = full - head[2]
            pages[-1].append(step)
            room[0] -= step[2]

        if not self.data.count:
            add(("note", L.text("none"), L.mm("table.min_row_mm")))
        for section in self.data.sections:
            rows = [("row", (self._cells(line), line.closed), row_height(self._cells(line), self.cols, st))
                    for line in section.lines]
            if section.label:
                sec = ("section", section.label, L.mm("table.min_row_mm"))
                add(sec, need=sec[2] + (rows[0][2] if rows else 0))     # a heading never ends a page
            for row in rows:
                add(row)
        return pages

    def _cells(self, line: LedgerLine) -> list[str]:
        return [str(getattr(line, k, "")) for k in self.keys]

    def draw(self, c, steps: list[tuple], number: int, total: int) -> None:
        L, st = self.L, self.style
        x, y = self.margin, self.page_h - self.margin
        for kind, payload, h in steps:
            if kind == "title":
                draw_title(self, c, x, y, self.title, self.subtitle)
            elif kind == "head":
                draw_row(c, payload, self.cols, st, x, y, h, head=True, fill=L.colour("table.head_bg"))
            elif kind == "section":
                c.setFillColor(L.colour("table.section_bg"))
                c.setLineWidth(st.rule)
                c.rect(x, y - h, self.width, h, stroke=1, fill=1)
                c.setFillColorRGB(0, 0, 0)
                draw_lines(c, [payload], self.font("section.role"), st.size, x + st.pad, y,
                           self.width - 2 * st.pad, h)
            elif kind == "note":
                draw_lines(c, [payload], self.font("table.role"), st.size, x, y, self.width, h, "center")
            else:
                cells, _closed = payload
                draw_row(c, cells, self.cols, st, x, y, h)
            y -= h
        draw_footer(self, c, number, total)
