"""Tables in the Word documents (fixed widths, borders, header rows) and the 版记 at the foot of an even page."""
from __future__ import annotations

import math

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from kydesk.printing.word.base import TWIPS_PER_MM, WordDoc, _el, _replace, set_fonts

# -- tables ------------------------------------------------------------------------------------------

def table_borders(table, **sides) -> None:
    """sides: top/bottom/left/right/insideH/insideV = size in eighths of a point (0: none)."""
    tblpr = table._tbl.tblPr
    bdr = tblpr.find(qn("w:tblBorders"))
    if bdr is None:
        bdr = OxmlElement("w:tblBorders")
        tblpr.append(bdr)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        size = sides.get(side, 0)
        _replace(bdr, _el(f"w:{side}", val="single" if size else "nil", sz=size or 0, space=0, color="000000"))


def cell_border(cell, side: str, size: int) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    bdr = tcpr.find(qn("w:tcBorders"))
    if bdr is None:
        bdr = OxmlElement("w:tcBorders")
        tcpr.append(bdr)
    _replace(bdr, _el(f"w:{side}", val="single" if size else "nil", sz=size, space=0, color="000000"))


def cell_margins(table, mm: float) -> None:
    """Left and right padding of every cell (narrow number columns keep "100.0%" on one line)."""
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        mar.append(_el(f"w:{side}", w=int(mm * TWIPS_PER_MM), type="dxa"))
    _replace(table._tbl.tblPr, mar)


def fixed_widths(table, widths_mm: list[float]) -> None:
    """Column widths that Word, WPS and LibreOffice keep (fixed layout, grid and every cell)."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    _replace(tblpr, _el("w:tblW", w=int(sum(widths_mm) * TWIPS_PER_MM), type="dxa"))
    _replace(tblpr, _el("w:tblLayout", type="fixed"))
    grid = table._tbl.tblGrid
    for col, w in zip(grid.iterchildren(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(int(w * TWIPS_PER_MM)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)


def row_height(row, mm: float, exact: bool = False) -> None:
    trpr = row._tr.get_or_add_trPr()
    _replace(trpr, _el("w:trHeight", val=int(mm * TWIPS_PER_MM), hRule="exact" if exact else "atLeast"))


def repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(_el("w:tblHeader"))


def cant_split(row) -> None:
    row._tr.get_or_add_trPr().append(_el("w:cantSplit"))


def cell_text(cell, runs, style, *, align: str | None = None, doc: WordDoc | None = None) -> None:
    """Fill a cell: `runs` a string or [(text, role or None)]; a "\\n" starts a new paragraph."""
    text_runs = [(runs, None)] if isinstance(runs, str) else runs
    cell.paragraphs[0].style = style
    p = cell.paragraphs[0]
    first = True
    for text, role in text_runs:
        for k, piece in enumerate(text.split("\n")):
            if k or (not first and piece == ""):
                p = cell.add_paragraph(style=style)
            r = p.add_run(piece)
            if doc is not None:                      # the cell style's font unless told otherwise
                set_fonts(r._r, doc.font(role or doc.style_role(style.name)))
            first = False
    for q in cell.paragraphs:
        # off the character grid, said on the paragraph itself: LibreOffice does not take it from the style
        _replace(q._p.get_or_add_pPr(), _el("w:snapToGrid", val=0))
    if align:
        for q in cell.paragraphs:
            q.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "left": WD_ALIGN_PARAGRAPH.LEFT, "both": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]


def imprint(doc: WordDoc, rows: list[tuple[str, str]], issuer: str, issued_text: str) -> bool:
    """The 版记 at the foot of an even page, as the last thing on it (GB/T 9704-2012 7.4, 7.5).

    `rows`: (label, text) above the 印发 line, e.g. ("分送", "…。"). When the body ends on an odd page (or the
    even page has no room left) the 版记 starts a section on the next even page whose footers are empty:
    a page that holds nothing else carries no page number. Returns whether such a page was added.
    """
    L = doc.L
    size = L.num("styles.imprint.size_pt")
    row_mm = 8.5
    need = math.ceil((len(rows) + 1) * row_mm * TWIPS_PER_MM / doc.line_pitch) + 1
    left_on_page = doc.lines - (doc.used_lines % doc.lines or doc.lines) if doc.used_lines else doc.lines
    own_page = doc.total_pages % 2 == 1 or left_on_page < need
    if own_page:
        sec = doc.new_section(WD_SECTION.EVEN_PAGE)
        doc.page_numbers(sec, blank=True)
    # A table pushed to the foot of the 版心 by a spacer of exact height (floating tables and frames are
    # placed differently by Word, WPS and LibreOffice; an exact spacer is placed the same by all three).
    pitch = doc.line_pitch
    row = int(row_mm * TWIPS_PER_MM)
    height = row * (len(rows) + 1)
    free = (doc.lines if own_page else left_on_page) * pitch - height - 40
    if free > 0:
        spacer = doc.doc.add_paragraph(style=doc.doc.styles["版记"])
        _replace(spacer._p.get_or_add_pPr(), _el("w:spacing", before=0, after=0, line=free, lineRule="exact"))
    width = L.num("page.body_width_mm")
    table = doc.doc.add_table(rows=len(rows) + 1, cols=2)
    # the date (11 characters, digits half width) keeps one line; the issuing body gets the rest
    date_w = min(width / 2, len(issued_text) * size * 0.8 / 72 * 25.4 + 12)
    fixed_widths(table, [width - date_w, date_w])
    table_borders(table, top=8, bottom=8, insideH=6)
    style = doc.doc.styles["版记"]
    indent = int(size * 20)                                   # one character in from each side
    for k, (label, text) in enumerate(rows):
        cell = table.rows[k].cells[0].merge(table.rows[k].cells[1])
        cell_text(cell, f"{label}：{text}", style, doc=doc)
        hang = int((len(label) + 1) * size * 20)
        _replace(cell.paragraphs[0]._p.get_or_add_pPr(), _el("w:ind", left=indent + hang, hanging=hang, right=indent))
    last = table.rows[-1]
    cell_text(last.cells[0], issuer, style, doc=doc)
    cell_text(last.cells[1], issued_text, style, align="right", doc=doc)
    _replace(last.cells[0].paragraphs[0]._p.get_or_add_pPr(), _el("w:ind", left=indent))
    _replace(last.cells[1].paragraphs[0]._p.get_or_add_pPr(), _el("w:ind", right=indent))
    for r in table.rows:
        row_height(r, row_mm, exact=True)
        cant_split(r)
        for cell in r.cells:
            cell.vertical_alignment = 1                      # centre
    tail = doc.doc.add_paragraph(style=style)               # a body must not end with a table
    _replace(tail._p.get_or_add_pPr(), _el("w:spacing", before=0, after=0, line=20, lineRule="exact"))
    return own_page
