"""月调度表 as a PDF (layout: reports/dispatch.json): A4 landscape, per-unit table then the month's overdue list.

Table one: per lead unit — tasks, done, done by the deadline, going to plan (green), yellow, red, 完成率, reds
recorded this year, and the key tasks' progress reported this month; a 合计 row. Table two: the overdue tasks
with days overdue and the latest progress. Tables run over pages with their header row repeated.

The Excel 月调度表 (xlsx export --kind dispatch) is written from the same DispatchData, with the same titles
and column labels (`titles`, `column_labels`), so the printed and the e-mailed table cannot disagree.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.printing import PrintResult
from kydesk.printing.cells import TableCol, TableStyle, draw_table_steps, row_height
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.gridtext import Page
from kydesk.printing.layout import MM, Layout, cn_date, load_layout
from kydesk.printing.output import write_pdf


@dataclass
class UnitRow:
    name: str
    total: int
    done: int
    green: int
    yellow: int
    red: int
    rate: float                       # percent
    reds_in_year: int = 0
    key_progress: str = ""
    on_time: int = 0                  # of the done ones, done by their deadline


@dataclass
class OverdueRow:
    title: str
    unit: str
    person: str
    due: str
    days: int
    latest: str = ""
    section: str = ""                 # the Excel sheet shows these two as well
    leader: str = ""


@dataclass
class DispatchData:
    year: int
    month: int
    org: str
    made: date
    units: list[UnitRow] = field(default_factory=list)
    total: UnitRow | None = None
    overdue: list[OverdueRow] = field(default_factory=list)


def _unit_cells(r: UnitRow, seq: str, keys: list[str], blank: str) -> list[str]:
    values = {"seq": seq, "name": r.name, "total": str(r.total), "done": str(r.done), "on_time": str(r.on_time),
              "green": str(r.green), "yellow": str(r.yellow), "red": str(r.red), "rate": f"{r.rate:.1f}%",
              "reds_in_year": str(r.reds_in_year), "key_progress": r.key_progress or blank}
    return [values.get(k, "") for k in keys]


def _overdue_cells(r: OverdueRow, seq: int, keys: list[str]) -> list[str]:
    values = {"seq": str(seq), "title": r.title, "unit": r.unit, "person": r.person, "due": r.due,
              "days": f"{r.days}天", "latest": r.latest or "—"}
    return [values.get(k, "") for k in keys]


def titles(data: DispatchData, layout: Layout | None = None) -> tuple[str, str]:
    """The table's title and the line under it (调度时间, 统计口径), as the layout words them."""
    L = layout or load_layout("dispatch")
    return (L.text("title.template").format(org=data.org, year=data.year, month=data.month),
            L.text("subtitle.template").format(date=cn_date(data.made)))


def column_labels(table: str, layout: Layout | None = None) -> list[tuple[str, str]]:
    """(key, label) of the columns of table "units" or "overdue", in the layout's order."""
    L = layout or load_layout("dispatch")
    return [(c["key"], c["label"]) for c in L.get(f"{table}.columns")]


def build_dispatch_pdf(data: DispatchData, out_path, progress=None) -> PrintResult:
    doc = DispatchLayout(data, load_layout("dispatch"))
    plans = doc.plan()
    path = write_pdf(out_path, [Page() for _ in plans], title=doc.title, author=data.org, subject="月调度表",
                     progress=progress, page_size=(doc.page_w, doc.page_h),
                     decorate=lambda c, n, total: doc.draw(c, plans[n - 1], n, total))
    return PrintResult(Path(path), len(plans), {r: doc.fonts.files[r] for r in sorted(doc.roles_used)},
                       doc.fonts.warning)


class DispatchLayout:
    def __init__(self, data: DispatchData, layout: Layout):
        self.data, self.L = data, layout
        L = layout
        self.fonts = resolve_fonts()
        self.roles_used: set[str] = set()
        self.page_w, self.page_h = L.mm("page.width_mm"), L.mm("page.height_mm")
        self.margin = L.mm("page.margin_mm")
        self.width = self.page_w - 2 * self.margin
        self.title, self.subtitle = titles(data, L)
        self.style = TableStyle(self.font("table.role"), L.num("table.size_pt"), self.font("table.head_role"),
                                L.num("table.head_size_pt"), L.mm("table.pad_mm"), L.num("table.leading"),
                                L.mm("table.min_row_mm"), L.mm("table.rule_mm"))

    def font(self, key: str) -> str:
        role = self.L.text(key)
        self.roles_used.add(role)
        return self.fonts.name(role)

    def columns(self, key: str) -> tuple[list[TableCol], list[str]]:
        specs = self.L.get(f"{key}.columns")
        cols = [TableCol(c["label"], float(c["width_mm"]) * MM, c.get("align", "left")) for c in specs]
        scale = self.width / sum(c.width for c in cols)          # the columns fill the page width
        for c in cols:
            c.width *= scale
        return cols, [c["key"] for c in specs]

    def plan(self) -> list[list[tuple]]:
        """Pages as lists of drawing steps (kind, payload, height), laid out before drawing."""
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
        for key, rows in (("units", self._unit_rows()), ("overdue", self._overdue_rows())):
            cols, _ = self.columns(key)
            head_cells = [c.label for c in cols]
            head = ("head", (cols, head_cells), row_height(head_cells, cols, st, head=True))
            first = rows[0][2] if rows else cap_h
            add(("caption", L.text(f"{key}.caption"), cap_h), need=cap_h + head[2] + first)  # keep with a row
            if not rows:
                add(("note", L.text(f"{key}.none"), cap_h))
                continue
            add(head)
            for row in rows:
                add(row, head)
        return pages

    def _unit_rows(self) -> list[tuple]:
        cols, keys = self.columns("units")
        blank = self.L.text("units.no_key_progress")
        out = []
        for i, r in enumerate(self.data.units, start=1):
            cells = _unit_cells(r, str(i), keys, blank)
            out.append(("row", (cols, cells, False), row_height(cells, cols, self.style)))
        if self.data.total is not None:
            cells = _unit_cells(self.data.total, "", keys, "")
            out.append(("row", (cols, cells, True), row_height(cells, cols, self.style)))
        return out

    def _overdue_rows(self) -> list[tuple]:
        cols, keys = self.columns("overdue")
        out = []
        for i, r in enumerate(self.data.overdue, start=1):
            cells = _overdue_cells(r, i, keys)
            out.append(("row", (cols, cells, False), row_height(cells, cols, self.style)))
        return out

    def draw(self, c, steps: list[tuple], number: int, total: int) -> None:
        draw_table_steps(self, c, steps, number, total)
