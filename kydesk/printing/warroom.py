"""The 作战图 as a PDF (layout: reports/warroom.json): A3 landscape by default, A4 on request.

Every page carries the title, the print date, the scope, the legend, the task columns and the month (or
week) header. Long charts run over pages vertically (a unit's heading is repeated as "（续）" at the top of a
page it continues on); a week chart wider than the paper is cut into sheets side by side, each repeating
the task columns, overlapping by a strip marked "拼接线" so the sheets can be taped into one wall chart.
Pages are numbered "第 r 排 第 c 张" for taping. An empty year prints the frame and says so.
"""
from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from reportlab.lib.colors import HexColor

from kydesk.printing import PrintResult
from kydesk.printing.cells import draw_lines, fit, text_box, width
from kydesk.printing.chart import (
    DEFAULT_PALETTE,
    ChartData,
    ChartLayout,
    Column,
    Item,
    Metrics,
    Row,
    TimeScale,
    flatten,
)
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.gridtext import Page
from kydesk.printing.layout import MM, Layout, cn_date, load_layout
from kydesk.printing.output import write_pdf

PAPERS = ("A3", "A4")


def palette(layout: Layout | None = None) -> dict[str, str]:
    """Colour keys -> "#RRGGBB" (the window paints with the same colours as the paper)."""
    L = layout or load_layout("warroom")
    pal = dict(DEFAULT_PALETTE)
    pal.update({k: v for k, v in L.get("colours", {}).items() if isinstance(v, str)})
    return pal


def screen_metrics(zoom: str = "month", layout: Layout | None = None) -> Metrics:
    L = layout or load_layout("warroom")
    s = "screen."
    cols = [Column(c["key"], c["label"], float(c["width_px"]), c.get("align", "left"), int(c.get("lines", 1)))
            for c in L.get(s + "columns")]
    day_w = L.num(s + "week_px") / 7 if zoom == "week" else L.num(s + "month_px") * 12 / 365
    return Metrics(cols, L.num(s + "row_px"), L.num(s + "group_px"), L.num(s + "band_px"), L.num(s + "head_px"),
                   day_w, L.num(s + "pad_px"), L.num(s + "bar_frac"), L.num(s + "diamond_px"), L.num(s + "arrow_px"))


def paginate(rows: list[Row], body_h: float, m: Metrics) -> list[list[Row]]:
    """Rows cut into pages; a unit heading never ends a page and is repeated where its unit continues."""
    pages: list[list[Row]] = []
    cur: list[Row] = []
    used = 0.0
    for row in rows:
        h = m.group_h if row.kind == "group" else m.row_h
        if cur and used + h > body_h + 1e-6:
            carry = cur.pop() if cur[-1].kind == "group" and len(cur) > 1 else None
            pages.append(cur)
            cur, used = [], 0.0
            if carry is not None:
                cur, used = [carry], m.group_h
            elif row.kind == "task":
                cur, used = [Row("group", row.group, continued=True)], m.group_h
        cur.append(row)
        used += h
    pages.append(cur)
    return pages


def build_warroom_pdf(data: ChartData, out_path, *, paper: str = "A3", zoom: str = "month",
                      printed: date | None = None, progress=None) -> PrintResult:
    """Write the chart to `out_path` (atomically). Raises KydeskError, Cancelled."""
    doc = WarroomPdf(data, load_layout("warroom"), paper=paper, zoom=zoom, printed=printed)
    total = doc.page_count
    path = write_pdf(out_path, [Page() for _ in range(total)], title=doc.title, author=data.org, subject="作战图",
                     progress=progress, page_size=(doc.page_w, doc.page_h), decorate=doc.draw)
    return PrintResult(Path(path), total, {r: doc.fonts.files[r] for r in sorted(doc.roles_used)}, doc.fonts.warning)


class WarroomPdf:
    def __init__(self, data: ChartData, layout: Layout, *, paper: str = "A3", zoom: str = "month",
                 printed: date | None = None):
        paper = (paper or "A3").upper()
        self.data, self.L, self.zoom = data, layout, zoom
        self.printed = printed or data.today
        self.fonts = resolve_fonts()
        self.roles_used: set[str] = set()
        P = f"papers.{paper}."
        self.P = P
        self.page_w, self.page_h = layout.mm(P + "width_mm"), layout.mm(P + "height_mm")
        self.margin = layout.mm(P + "margin_mm")
        self.sizes = {k: float(v) for k, v in layout.get(P + "sizes_pt").items()}
        self.pal = {k: HexColor(v) for k, v in palette(layout).items()}
        self.title = layout.text("title.template").format(year=data.year, org=data.org)
        cols = [Column(c["key"], c["label"], float(c["width_mm"]) * MM, c.get("align", "left"),
                       int(c.get("lines", 1))) for c in layout.get(P + "columns")]
        table_w = sum(c.width for c in cols)
        self.content_w = self.page_w - 2 * self.margin
        self.tile_w = self.content_w - table_w                     # room for the time area on one sheet
        scale = TimeScale(data.year, zoom)
        day_w = self.tile_w / scale.days
        if zoom == "week":
            day_w = max(day_w, layout.mm(P + "week_min_mm") / 7)
        mm = lambda k: layout.mm(P + k)  # noqa: E731
        self.metrics = Metrics(cols, mm("row_mm"), mm("group_mm"), mm("band_mm"), mm("head_mm"), day_w,
                               mm("pad_mm"), layout.num(P + "bar_frac"), mm("diamond_mm"), mm("arrow_mm"))
        self.scale = scale
        full_w = scale.days * day_w
        self.overlap = mm("tile_overlap_mm")
        if full_w <= self.tile_w + 0.5:
            self.tiles = [0.0]
        else:
            n = math.ceil((full_w - self.overlap) / (self.tile_w - self.overlap))
            self.tiles = [k * (self.tile_w - self.overlap) for k in range(n)]
        self.chart_top = self.page_h - self.margin - mm("title_h_mm") - mm("info_h_mm") - mm("gap_mm")
        header_h = self.metrics.band_h + self.metrics.head_h
        self.footer_h = mm("footer_h_mm")
        body_h = self.chart_top - header_h - self.margin - self.footer_h
        self.pages = paginate(flatten(data), body_h, self.metrics) if data.groups else [[]]
        self.layouts = [ChartLayout(data, self.metrics, scale, rows) for rows in self.pages]
        self.page_count = len(self.pages) * len(self.tiles)

    # -- fonts -----------------------------------------------------------------------------------------
    def font(self, role_key: str) -> str:
        role = self.L.text(role_key)
        self.roles_used.add(role)
        return self.fonts.name(role)

    def text_font(self, role: str) -> tuple[str, float]:
        key = {"title": "title_cell"}.get(role, role)
        return self.font(f"roles.{role}"), self.sizes.get(key, self.sizes["cell"])

    # -- a page ----------------------------------------------------------------------------------------
    def draw(self, c, number: int, total: int) -> None:
        r, k = divmod(number - 1, len(self.tiles))
        lay = self.layouts[r]
        t0 = self.tiles[k]
        self.header(c, number, total, r, k)
        top = self.chart_top
        ox = self.margin
        items = lay.header_items()
        body_h = lay.height
        body_items: list[Item] = []
        for i in range(len(lay.rows)):
            body_items += lay.row_items(i)
        grid = lay.grid_items(0, max(body_h, 0.0))
        hh = lay.header_h
        tw = lay.table_w

        def in_table(it: Item) -> bool:
            return it.x < tw - 0.01 or (it.kind == "line" and it.w == 0 and abs(it.x - tw) <= 0.01)

        # table part: fixed on every sheet
        self.paint(c, [it for it in items if in_table(it)], ox, top, clip_w=tw)
        self.paint(c, [it for it in grid if in_table(it)], ox, top - hh, clip_w=tw)
        self.paint(c, [it for it in body_items if in_table(it)], ox, top - hh, clip_w=tw)
        # time part: this sheet's window of the year
        lo, hi = lay.table_w + t0, lay.table_w + t0 + self.tile_w
        c.saveState()
        path = c.beginPath()
        path.rect(ox + lay.table_w, top - hh - body_h - 1, self.tile_w, hh + body_h + 2)
        c.clipPath(path, stroke=0, fill=0)
        shift = ox - t0

        def visible(it: Item) -> bool:
            return it.x + it.w >= lo - 1 and it.x <= hi + 1 and it.x + it.w > lay.table_w - 0.01

        self.paint(c, [h for h in (self.clip_label(it, lo, hi) for it in items if visible(it)) if h], shift, top)
        self.paint(c, [it for it in grid if visible(it) and it.x > lay.table_w + 0.01], shift, top - hh)
        self.paint(c, [it for it in body_items if visible(it)], shift, top - hh)
        today = lay.today_item(0, body_h)
        if today is not None and lo <= today.x <= hi:
            self.paint(c, [today], shift, top - hh)
        c.restoreState()
        if today is not None and lo <= today.x <= hi:
            self.today_marker(c, shift + today.x, top)          # above the header, clear of its labels
        if not lay.rows:
            self.empty(c, ox, top - hh, lay)
        if len(self.tiles) > 1:
            self.join_marks(c, k, ox + lay.table_w, top, hh + body_h)

    @staticmethod
    def clip_label(it: Item, lo: float, hi: float) -> Item | None:
        """A header label cut by the sheet edge is centred in what shows of its column, or left to the
        neighbouring sheet when most of it is cut off."""
        if it.kind != "text":
            return it
        x0, x1 = max(it.x, lo), min(it.x + it.w, hi)
        if x1 - x0 < 0.6 * it.w:
            return None
        if x0 == it.x and x1 == it.x + it.w:
            return it
        return Item(it.kind, x0, it.y, x1 - x0, it.h, it.colour, it.text, it.role, it.align, it.lines)

    def paint(self, c, items: list[Item], ox: float, top: float, clip_w: float | None = None) -> None:
        """Items with chart coordinates (y down from `top`) onto the page (y up)."""
        pal = self.pal
        for it in items:
            w = it.w if clip_w is None else max(0.0, min(it.w, clip_w - it.x))
            x, y = ox + it.x, top - it.y
            kind = it.kind
            if kind in ("fill", "bar"):
                c.setFillColor(pal[it.colour])
                c.rect(x, y - it.h, w, it.h, stroke=0, fill=1)
            elif kind == "line":
                c.setStrokeColor(pal[it.colour])
                c.setLineWidth(0.6 if it.colour == "rule" else 0.35)
                c.line(x, y, x + w, y - it.h)
            elif kind == "text":
                font, size = self.text_font(it.role)
                c.setFillColor(pal[it.colour])
                text_box(c, it.text, font, size, x, y, w, it.h, align=it.align, max_lines=it.lines,
                         min_size=min(size, self.sizes["min_cell"]), leading=1.15)
            elif kind in ("diamond", "diamond_open"):
                p = c.beginPath()
                p.moveTo(x + it.w / 2, y)
                p.lineTo(x + it.w, y - it.h / 2)
                p.lineTo(x + it.w / 2, y - it.h)
                p.lineTo(x, y - it.h / 2)
                p.close()
                c.setLineWidth(0.6)
                c.setStrokeColor(pal[it.colour])
                c.setFillColor(pal[it.colour] if kind == "diamond" else HexColor("#FFFFFF"))
                c.drawPath(p, stroke=1, fill=1)
            elif kind in ("arrow_left", "arrow_right"):
                p = c.beginPath()
                if kind == "arrow_left":
                    p.moveTo(x, y - it.h / 2)
                    p.lineTo(x + it.w, y)
                    p.lineTo(x + it.w, y - it.h)
                else:
                    p.moveTo(x + it.w, y - it.h / 2)
                    p.lineTo(x, y)
                    p.lineTo(x, y - it.h)
                p.close()
                c.setFillColor(pal[it.colour])
                c.drawPath(p, stroke=0, fill=1)
            elif kind == "today":
                c.setStrokeColor(pal["today"])
                c.setLineWidth(1.0)
                c.line(x, y, x, y - it.h)

    def today_marker(self, c, x: float, y: float) -> None:
        s = self.metrics.arrow
        p = c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x - s * 0.7, y + s)
        p.lineTo(x + s * 0.7, y + s)
        p.close()
        c.setFillColor(self.pal["today"])
        c.drawPath(p, stroke=0, fill=1)

    def header(self, c, number: int, total: int, r: int, k: int) -> None:
        L, m = self.L, self.margin
        top = self.page_h - m
        title_h = L.mm(self.P + "title_h_mm")
        info_h = L.mm(self.P + "info_h_mm")
        c.setFillColor(self.pal["text"])
        text_box(c, self.title, self.font("title.role"), self.sizes["title"], m, top, self.content_w, title_h,
                 align="center", min_size=self.sizes["title"] * 0.6)
        info_font, info_size = self.font("roles.info"), self.sizes["info"]
        printed = L.text("texts.print_date").format(date=cn_date(self.printed))
        pw = width(printed, info_font, info_size)
        draw_lines(c, [printed], info_font, info_size, m + self.content_w - pw, top, pw, title_h)
        scope = (L.text("texts.scope").format(filters=self.data.filters) if self.data.filters
                 else L.text("texts.scope_all"))
        y = top - title_h
        scope_w = min(self.content_w * 0.3, width(scope, info_font, info_size) + info_size)
        lines, s = fit(scope, info_font, info_size, scope_w, 1, info_size * 0.8)
        draw_lines(c, lines, info_font, s, m, y, scope_w, info_h)
        self.legend(c, m + scope_w + info_size, y, self.content_w - scope_w - info_size, info_h, info_font,
                    info_size)
        # footer
        foot_font, foot_size = self.font("roles.footer"), self.sizes["footer"]
        fy = m + self.footer_h
        left = L.text("texts.maker").format(org=self.data.org)
        if self.data.left_out:
            left += "　" + L.text("texts.left_out").format(n=self.data.left_out)
        draw_lines(c, [left], foot_font, foot_size, m, fy, self.content_w * 0.45, self.footer_h)
        page = L.text("texts.page").format(page=number, pages=total)
        if len(self.tiles) > 1:
            tile = L.text("texts.tile").format(row=r + 1, col=k + 1, cols=len(self.tiles))
            draw_lines(c, [tile], foot_font, foot_size, m, fy, self.content_w, self.footer_h, "center")
        draw_lines(c, [page], foot_font, foot_size, m, fy, self.content_w, self.footer_h, "right")

    def legend(self, c, x: float, top: float, w: float, h: float, font: str, size: float) -> None:
        """Swatches and marks, right-aligned in the box; drawn on every page."""
        L = self.L
        sw, sh = size * 1.6, size * 0.75
        d = self.metrics.diamond
        entries = [("swatch", k, L.text(f"legend.{k}")) for k in ("red", "yellow", "green", "done")]
        entries += [("diamond", "deadline", L.text("legend.deadline")),
                    ("diamond_open", "original", L.text("legend.original")),
                    ("milestone", "milestone", L.text("legend.milestone"))]
        if self.scale.start <= self.data.today < self.scale.end:
            entries.append(("today", "today", L.text("legend.today").format(date=cn_date(self.data.today))))
        entries.append(("arrow", "arrow", L.text("legend.arrow")))
        a = self.metrics.arrow
        icons = [2 * a + size * 0.5 if kind == "arrow" else sw for kind, _, _ in entries]

        def measure(s: float) -> tuple[list[float], float]:
            ws = [iw + s * 0.4 + width(text, font, s) for iw, (_, _, text) in zip(icons, entries)]
            return ws, sum(ws) + s * 1.2 * (len(entries) - 1)

        widths, total = measure(size)
        if total > w:                                 # narrow paper: the short names, then a smaller size
            entries = [(kind, key, text.split("：")[0]) for kind, key, text in entries]
            widths, total = measure(size)
        while total > w and size > 5:
            size -= 0.25
            widths, total = measure(size)
        gap = size * 1.2
        cx = x + max(0.0, w - total)
        mid = top - h / 2
        c.setFont(font, size)
        for (kind, key, text), ew, iw in zip(entries, widths, icons):
            if kind == "swatch":
                c.setFillColor(self.pal[key])
                c.roundRect(cx, mid - sh / 2, sw, sh, sh * 0.3, stroke=0, fill=1)
            elif kind in ("diamond", "diamond_open", "milestone"):
                dd = d * (0.7 if kind == "milestone" else 1.0)
                p = c.beginPath()
                px = cx + sw / 2
                p.moveTo(px, mid + dd / 2)
                p.lineTo(px + dd / 2, mid)
                p.lineTo(px, mid - dd / 2)
                p.lineTo(px - dd / 2, mid)
                p.close()
                c.setStrokeColor(self.pal[key])
                c.setLineWidth(0.6)
                c.setFillColor(HexColor("#FFFFFF") if kind == "diamond_open" else self.pal[key])
                c.drawPath(p, stroke=1, fill=1)
            elif kind == "today":
                c.setStrokeColor(self.pal["today"])
                c.setLineWidth(1.0)
                c.line(cx + sw / 2, mid - size * 0.6, cx + sw / 2, mid + size * 0.6)
            else:
                for px, sign in ((cx + a, -1), (cx + iw - a, 1)):
                    p = c.beginPath()
                    p.moveTo(px + sign * a, mid)
                    p.lineTo(px, mid + a * 0.8)
                    p.lineTo(px, mid - a * 0.8)
                    p.close()
                    c.setFillColor(self.pal["arrow"])
                    c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(self.pal["text"])
            c.drawString(cx + iw + size * 0.4, mid - size * 0.32, text)
            cx += ew + gap

    def empty(self, c, x: float, top: float, lay: ChartLayout) -> None:
        L = self.L
        font, size = self.font("roles.group"), self.sizes["empty"]
        box_h = size * 6
        c.setFillColor(self.pal["muted"])
        msg = L.text("texts.empty").format(year=self.data.year)
        hint = L.text("texts.empty_hint")
        if self.data.filters:
            hint = L.text("texts.scope").format(filters=self.data.filters) + "。" + hint
        text_box(c, msg, font, size, x, top - size, self.content_w, size * 2, align="center")
        text_box(c, hint, self.font("roles.cell"), size * 0.6, x, top - size * 3, self.content_w, size * 1.5,
                 align="center")
        c.setStrokeColor(self.pal["grid"])
        c.rect(x, top - box_h, lay.width if len(self.tiles) == 1 else self.content_w, box_h, stroke=1, fill=0)

    def join_marks(self, c, k: int, x0: float, top: float, h: float) -> None:
        """Dashed 拼接线 where this sheet overlaps its neighbours, with marks above and below the chart."""
        font, size = self.font("roles.footer"), self.sizes["footer"] * 0.9
        label = self.L.text("texts.join")
        marks = []
        if k > 0:
            marks.append(x0 + self.overlap)
        if k < len(self.tiles) - 1:
            marks.append(x0 + self.tile_w - self.overlap)
        c.saveState()
        c.setStrokeColor(self.pal["rule"])
        c.setLineWidth(0.5)
        c.setDash(3, 2)
        for x in marks:
            c.line(x, top + 1, x, top - h - 1)
        c.restoreState()
        c.setFillColor(self.pal["rule"])
        for x in marks:
            c.setFont(font, size)
            c.drawCentredString(x, top - h - size * 1.3, label)
            c.drawCentredString(x, top + size * 0.4, label)
