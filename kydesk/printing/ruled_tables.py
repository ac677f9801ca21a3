"""Ruled-table reports of the 三单制 and 指标 (问题整改清单, 指标监测表, 重点项目推进表, 责任清单): A4 or A3 landscape,
a title and a line under it, then tables whose header row repeats on every page they run over.

Each report has its layout file in reports/ (page sizes, fonts by role, sizes, captions, columns with their
widths); the services fill rows keyed by the layout's column keys, and the Excel copy is written from the
same TableReport with the same titles and labels (`resolved`), so paper and spreadsheet agree.  A report
with several parts (责任清单: one per unit) starts each part on a new page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.domain.errors import KydeskError
from kydesk.printing import PrintResult
from kydesk.printing.cells import TableCol, TableStyle, draw_table_steps, row_height
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.gridtext import Page
from kydesk.printing.layout import MM, Layout, cn_date, load_layout
from kydesk.printing.output import write_pdf

PAPERS = ("A4", "A3")


@dataclass
class Table:
    key: str                                   # the layout's table: its caption, columns, text when empty
    rows: list[dict] = field(default_factory=list)    # column key -> text
    caption: str | None = None                 # instead of the layout's caption
    total: dict | None = None                  # a 合计 row, shaded
    carry: tuple[str, ...] = ()                # columns left blank under their group (领域), repeated atop a page


@dataclass
class Part:
    values: dict = field(default_factory=dict)      # fills the title and subtitle templates
    tables: list[Table] = field(default_factory=list)
    footnote: str = ""                              # 注：… under the tables


@dataclass
class TableReport:
    layout: str                                # reports/<layout>.json
    org: str
    made: date
    parts: list[Part] = field(default_factory=list)


def titles(report: TableReport, part: Part, layout: Layout | None = None) -> tuple[str, str]:
    L = layout or load_layout(report.layout)
    values = {"org": report.org, "date": cn_date(report.made), "year": report.made.year, **part.values}
    try:
        return L.text("title.template").format(**values), L.text("subtitle.template").format(**values)
    except (KeyError, IndexError) as e:
        raise KydeskError(f"版式文件 {L.source} 的标题模板用了程序不认识的词 {e}") from None


def columns(report: TableReport, key: str, layout: Layout | None = None) -> list[dict]:
    """The layout's column specs of table `key`: {key, label, width_mm, align}."""
    L = layout or load_layout(report.layout)
    return list(L.get(f"{key}.columns"))


def resolved(report: TableReport) -> list[dict]:
    """Everything the Excel copy needs, worded as on paper: per part its title, subtitle and tables with
    caption, (key, label) columns, rows and total."""
    L = load_layout(report.layout)
    out = []
    for part in report.parts:
        title, subtitle = titles(report, part, L)
        tables = [{"caption": t.caption if t.caption is not None else L.text(f"{t.key}.caption", ""),
                   "columns": [(c["key"], c["label"]) for c in columns(report, t.key, L)],
                   "rows": t.rows, "total": t.total, "none": L.text(f"{t.key}.none", "无")}
                  for t in part.tables]
        out.append({"title": title, "subtitle": subtitle, "tables": tables, "sheet": part.values.get("sheet", ""),
                    "footnote": part.footnote})
    return out


def build_table_pdf(report: TableReport, out_path, *, paper: str = "A4", progress=None) -> PrintResult:
    paper = (paper or "A4").upper()
    if paper not in PAPERS:
        raise KydeskError(f"纸张“{paper}”不支持：可选 A4 或 A3（横向）")
    doc = _Doc(report, load_layout(report.layout), paper)
    plans = doc.plan()
    title = titles(report, report.parts[0], doc.L)[0] if report.parts else ""
    path = write_pdf(out_path, [Page() for _ in plans], title=title, author=report.org, subject=doc.L.text("subject"),
                     progress=progress, page_size=(doc.page_w, doc.page_h), initial_font=doc.style.font,
                     decorate=lambda c, n, total: doc.draw(c, plans[n - 1], n, total))
    return PrintResult(Path(path), len(plans), {r: doc.fonts.files[r] for r in sorted(doc.roles_used)},
                       doc.fonts.warning)


class _Doc:
    def __init__(self, report: TableReport, layout: Layout, paper: str):
        self.report, self.L = report, layout
        L = layout
        self.fonts = resolve_fonts()
        self.roles_used: set[str] = set()
        w, h = L.get(f"page.{paper}_mm")
        self.page_w, self.page_h = float(w) * MM, float(h) * MM
        self.margin = L.mm("page.margin_mm")
        self.width = self.page_w - 2 * self.margin
        self.style = TableStyle(self.font("table.role"), L.num("table.size_pt"), self.font("table.head_role"),
                                L.num("table.head_size_pt"), L.mm("table.pad_mm"), L.num("table.leading"),
                                L.mm("table.min_row_mm"), L.mm("table.rule_mm"))

    def font(self, key: str) -> str:
        role = self.L.text(key)
        self.roles_used.add(role)
        return self.fonts.name(role)

    def cols(self, key: str) -> tuple[list[TableCol], list[str]]:
        specs = columns(self.report, key, self.L)
        cols = [TableCol(c["label"], float(c["width_mm"]) * MM, c.get("align", "left")) for c in specs]
        scale = self.width / sum(c.width for c in cols)          # the columns fill the page width
        for c in cols:
            c.width *= scale
        return cols, [c["key"] for c in specs]

    def plan(self) -> list[list[tuple]]:
        """Pages as lists of drawing steps (kind, payload, height), laid out before drawing."""
        L, st = self.L, self.style
        full = self.page_h - 2 * self.margin - L.num("footer.size_pt") * 2
        pages: list[list[tuple]] = []
        room = [0.0]

        def new_page(head: tuple | None = None) -> None:
            pages.append([])
            room[0] = full
            if head is not None:
                pages[-1].append(head)
                room[0] -= head[2]

        def add(step: tuple, head: tuple | None = None, need: float | None = None, carried=None) -> None:
            if (step[2] if need is None else need) > room[0] + 1e-6 and pages[-1]:
                new_page(head)
                if carried:                     # a group's name again on the page it continues on
                    cols, cells, is_total = step[1]
                    cells = [c if c else carried.get(i, c) for i, c in enumerate(cells)]
                    step = (step[0], (cols, cells, is_total), step[2])
            pages[-1].append(step)
            room[0] -= step[2]

        cap_h = L.mm("caption.height_mm")
        for part in self.report.parts or [Part()]:
            new_page()
            title, subtitle = titles(self.report, part, L)
            add(("title", (title, subtitle), L.mm("title.height_mm") + L.mm("subtitle.height_mm")))
            for table in part.tables:
                cols, keys = self.cols(table.key)
                head_cells = [c.label for c in cols]
                head = ("head", (cols, head_cells), row_height(head_cells, cols, st, head=True))
                rows = [("row", (cols, cells, False), row_height(cells, cols, st))
                        for cells in ([r.get(k, "") or "" for k in keys] for r in table.rows)]
                if table.total is not None:
                    cells = [table.total.get(k, "") or "" for k in keys]
                    rows.append(("row", (cols, cells, True), row_height(cells, cols, st)))
                caption = table.caption if table.caption is not None else L.text(f"{table.key}.caption", "")
                first = rows[0][2] if rows else cap_h
                if caption:
                    add(("caption", caption, cap_h), need=cap_h + head[2] + first)   # kept with a row
                if not rows:
                    add(("note", L.text(f"{table.key}.none", "无"), cap_h))
                    continue
                add(head, need=head[2] + first)
                carry_at = [keys.index(k) for k in table.carry if k in keys]
                last: dict[int, str] = {}
                for row in rows:
                    add(row, head, carried=dict(last) if carry_at else None)
                    for i in carry_at:
                        last[i] = row[1][1][i] or last.get(i, "")
            if part.footnote:
                add(("note", part.footnote, cap_h))
        return pages

    def draw(self, c, steps: list[tuple], number: int, total: int) -> None:
        draw_table_steps(self, c, steps, number, total)
