"""Text in boxes and ruled tables for the forms and charts (作战图, 督办单, 月调度表), drawn with reportlab.

Cells hold short texts: they are wrapped character by character (a Latin word or number is kept whole when
it fits), closing punctuation may hang past the right edge instead of starting a line (禁则), and when a text
does not fit in the lines it has, the size steps down to a minimum and then the last line ends in "…" —
a box never spills over its neighbour.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from kydesk.printing.linebreak import NO_END, NO_START

_WIDTHS: dict[str, dict[str, float]] = {}
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.\-/:%][A-Za-z0-9%]+)*%?|.", re.S)
ASCENT = 0.86                       # of the em above the baseline (CJK faces sit low; centre the em box)


def width(text: str, font: str, size: float) -> float:
    cache = _WIDTHS.setdefault(font, {})
    total = 0.0
    for ch in text:
        w = cache.get(ch)
        if w is None:
            w = cache[ch] = stringWidth(ch, font, 1.0)
        total += w
    return total * size


def wrap(text: str, font: str, size: float, box_w: float) -> list[str]:
    """All the lines `text` needs in a box `box_w` wide (explicit newlines kept)."""
    out: list[str] = []
    for para in (text or "").split("\n"):
        line, line_w = "", 0.0
        for tok in _TOKEN.findall(para):
            w = width(tok, font, size)
            if line and line_w + w > box_w + 0.01:
                if tok in NO_START and len(tok) == 1:
                    line += tok                     # hang the closing mark rather than start a line with it
                    out.append(line)
                    line, line_w = "", 0.0
                    continue
                carry = ""
                if line[-1] in NO_END and len(line) > 1:
                    carry, line = line[-1], line[:-1]
                out.append(line)
                line, line_w = carry, width(carry, font, size)
            if not line and w > box_w and len(tok) > 1:  # a word longer than the box: cut it
                for ch in tok:
                    cw = width(ch, font, size)
                    if line and line_w + cw > box_w:
                        out.append(line)
                        line, line_w = "", 0.0
                    line += ch
                    line_w += cw
                continue
            line += tok
            line_w += w
        out.append(line)
    while len(out) > 1 and not out[-1]:
        out.pop()
    return out


def elide(line: str, font: str, size: float, box_w: float) -> str:
    mark = "…"
    while line and width(line + mark, font, size) > box_w:
        line = line[:-1]
    return line + mark


def fit(text: str, font: str, size: float, box_w: float, max_lines: int, min_size: float | None = None,
        step: float = 0.5) -> tuple[list[str], float]:
    """Lines and size that put `text` in at most `max_lines` lines of `box_w`, shrinking to `min_size`."""
    min_size = size if min_size is None else min(min_size, size)
    s = size
    while True:
        lines = wrap(text, font, s, box_w)
        if len(lines) <= max_lines:
            return lines, s
        if s - step < min_size - 1e-6:
            break
        s -= step
    lines = lines[:max_lines]
    lines[-1] = elide(lines[-1], font, s, box_w)
    return lines, s


def draw_lines(canvas, lines: list[str], font: str, size: float, x: float, top: float, w: float, h: float,
               align: str = "left", leading: float = 1.2, valign: str = "middle") -> None:
    """Draw lines in the box whose top-left corner is (x, top) in PDF space (y grows upwards)."""
    if not lines:
        return
    lead = size * leading
    block = size + lead * (len(lines) - 1)
    if valign == "top":
        first = top - size * ASCENT
    else:
        first = top - (h - block) / 2 - size * ASCENT
    canvas.setFont(font, size)
    for k, line in enumerate(lines):
        y = first - k * lead
        if align == "center":
            canvas.drawCentredString(x + w / 2, y, line)
        elif align == "right":
            canvas.drawRightString(x + w, y, line)
        else:
            canvas.drawString(x, y, line)


def text_box(canvas, text: str, font: str, size: float, x: float, top: float, w: float, h: float, *,
             align: str = "left", max_lines: int = 1, min_size: float | None = None, leading: float = 1.2,
             valign: str = "middle") -> float:
    """Fit and draw; returns the size used."""
    lines_room = max(1, int((h - size) // (size * leading)) + 1)
    lines, s = fit(text, font, size, w, min(max_lines, lines_room), min_size)
    draw_lines(canvas, lines, font, s, x, top, w, h, align, leading, valign)
    return s


# -- ruled tables ------------------------------------------------------------------------------------

@dataclass
class TableCol:
    label: str
    width: float                      # points
    align: str = "left"


@dataclass
class TableStyle:
    font: str
    size: float
    head_font: str
    head_size: float
    pad: float = 3.0
    leading: float = 1.25
    min_row: float = 16.0
    rule: float = 0.5


def row_height(cells: list[str], cols: list[TableCol], st: TableStyle, *, head: bool = False) -> float:
    font, size = (st.head_font, st.head_size) if head else (st.font, st.size)
    most = max((len(wrap(text, font, size, col.width - 2 * st.pad)) for text, col in zip(cells, cols)), default=1)
    return max(st.min_row, size + size * st.leading * (most - 1) + 2 * st.pad + size * 0.3)


def draw_row(canvas, cells: list[str], cols: list[TableCol], st: TableStyle, x: float, top: float, h: float,
             *, head: bool = False, fill=None, stroke=None) -> None:
    font, size = (st.head_font, st.head_size) if head else (st.font, st.size)
    total = sum(c.width for c in cols)
    canvas.setLineWidth(st.rule)
    if stroke is not None:
        canvas.setStrokeColor(stroke)
    if fill is not None:
        canvas.setFillColor(fill)
        canvas.rect(x, top - h, total, h, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    cx = x
    for text, col in zip(cells, cols):
        canvas.rect(cx, top - h, col.width, h, stroke=1, fill=0)
        lines = wrap(text, font, size, col.width - 2 * st.pad)
        draw_lines(canvas, lines, font, size, cx + st.pad, top, col.width - 2 * st.pad, h,
                   "center" if head else col.align, st.leading)
        cx += col.width


# -- the ruled-table reports (月调度表, 考核, 三单制, 台账) draw their pages from the same steps ---------------
# A report object passed here has: L (its Layout), style (TableStyle), margin, page_h, width, font(role), and
# title/subtitle unless its title steps carry (title, subtitle) themselves.

def draw_title(doc, c, x: float, y: float, title: str, subtitle: str) -> None:
    L = doc.L
    th = L.mm("title.height_mm")
    text_box(c, title, doc.font("title.role"), L.num("title.size_pt"), x, y, doc.width, th,
             align="center", min_size=L.num("title.size_pt") * 0.6)
    text_box(c, subtitle, doc.font("subtitle.role"), L.num("subtitle.size_pt"), x, y - th,
             doc.width, L.mm("subtitle.height_mm"), align="center", min_size=8)


def draw_footer(doc, c, number: int, total: int) -> None:
    L = doc.L
    foot = L.text("footer.template").format(page=number, pages=total)
    draw_lines(c, [foot], doc.font("footer.role"), L.num("footer.size_pt"), doc.margin, doc.margin, doc.width,
               L.num("footer.size_pt") * 1.2, "center")


def draw_table_steps(doc, c, steps: list[tuple], number: int, total: int) -> None:
    """One page of (kind, payload, height) steps: title, caption, note, head (cols, cells), row (cols, cells,
    is_total); then the page footer."""
    L, st = doc.L, doc.style
    x, y = doc.margin, doc.page_h - doc.margin
    for kind, payload, h in steps:
        if kind == "title":
            title, subtitle = payload if payload else (doc.title, doc.subtitle)
            draw_title(doc, c, x, y, title, subtitle)
        elif kind in ("caption", "note"):
            role = "caption.role" if kind == "caption" else "table.role"
            draw_lines(c, [payload], doc.font(role), L.num("caption.size_pt") if kind == "caption" else st.size,
                       x, y, doc.width, h)
        elif kind == "head":
            cols, cells = payload
            draw_row(c, cells, cols, st, x, y, h, head=True, fill=L.colour("table.head_bg"))
        else:
            cols, cells, is_total = payload
            draw_row(c, cells, cols, st, x, y, h, fill=L.colour("table.total_bg") if is_total else None)
        y -= h
    draw_footer(doc, c, number, total)
