"""A titled report of ruled tables over pages (header rows repeated), laid out by a reports/<name>.json with the
月调度表's keys: page, title, subtitle, caption, table, footer, and per table section: caption, columns
[{key, label, width_mm, align}], none (the line shown when it has no rows). 年度考核结果表 and 过半任务交账表.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kydesk.printing import PrintResult
from kydesk.printing.cells import TableCol, TableStyle, draw_table_steps, row_height
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.gridtext import Page
from kydesk.printing.layout import MM, Layout
from kydesk.printing.output import write_pdf


@dataclass
class Section:
    key: str                                   # the layout's section: its caption, columns and none text
    rows: list[dict] = field(default_factory=list)     # column key -> text
    bold_last: bool = False                    # a 合计 line
    note: str = ""                             # a line under the table


def columns(L: Layout, key: str) -> list[tuple[str, str]]:
    """(key, label) of a section's columns in the layout's order (the Excel uses the same)."""
    return [(c["key"], c["label"]) for c in L.get(f"{key}.columns")]


def build_table_report(L: Layout, title: str, subtitle: str, sections: list[Section], out_path, *, org: str,
                       subject: str, progress=None) -> PrintResult:
    doc = _Doc(L, title, subtitle)
    plans = doc.plan(sections)
    path = write_pdf(out_path, [Page() for _ in plans], title=title, author=org, subject=subject,
                     progress=progress, page_size=(doc.page_w, doc.page_h),
                     decorate=lambda c, n, total: doc.draw(c, plans[n - 1], n, total))
    return PrintResult(Path(path), len(plans), {r: doc.fonts.files[r] for r in sorted(doc.roles_used)},
                       doc.fonts.warning)


class _Doc:
    def __init__(self, L: Layout, title: str, subtitle: str):
        self.L, self.title, self.subtitle = L, title, subtitle
        self.fonts = resolve_fonts()
        self.roles_used: set[str] = set()
        self.page_w, self.page_h = L.mm("page.width_mm"), L.mm("page.height_mm")
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
        specs = self.L.get(f"{key}.columns")
        cols = [TableCol(c["label"], float(c["width_mm"]) * MM, c.get("align", "left")) for c in specs]
        scale = self.width / sum(c.width for c in cols)          # the columns fill the page width
        for c in cols:
            c.width *= scale
        return cols, [c["key"] for c in specs]

    def plan(self, sections: list[Section]) -> list[list[tuple]]:
        L, st = self.L, self.style
        full = self.page_h - 2 * self.margin - L.num("footer.size_pt") * 2
        title = ("title", None, L.mm("title.height_mm") + L.mm("subtitle.height_mm"))
        pages: list[list[tuple]] = [[title]]
        room = [full - title[2]]

        def add(step: tuple, head: tuple | None = None, need: float | None = None) -> None:
            if (step[2] if need is None else need) > room[0] + 1e-6 and pages[-1]:
                pages.append([])
                room[0] = full
                if head is not None:
                    pages[-1].append(head)
                    room[0] -= head[2]
            pages[-1].append(step)
            room[0] -= step[2]

        cap_h = L.mm("caption.height_mm")
        for sec in sections:
            cols, keys = self.cols(sec.key)
            head_cells = [c.label for c in cols]
            head = ("head", (cols, head_cells), row_height(head_cells, cols, st, head=True))
            rows = []
            for i, values in enumerate(sec.rows):
                cells = [str(values.get(k, "")) for k in keys]
                rows.append(("row", (cols, cells, sec.bold_last and i == len(sec.rows) - 1),
                             row_height(cells, cols, st)))
            first = rows[0][2] if rows else cap_h
            add(("caption", L.text(f"{sec.key}.caption"), cap_h), need=cap_h + head[2] + first)
            if not rows:
                add(("note", L.text(f"{sec.key}.none", "无"), cap_h))
                continue
            add(head)
            for row in rows:
                add(row, head)
            if sec.note:
                add(("note", sec.note, cap_h))
        return pages

    def draw(self, c, steps: list[tuple], number: int, total: int) -> None:
        draw_table_steps(self, c, steps, number, total)
