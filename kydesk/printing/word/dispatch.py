"""月调度表 as Word: A4 landscape, the two tables of the PDF with its titles and columns (reports/dispatch.json).
Header rows repeat on every page; the 合计 row closes the first table."""
from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Mm, Pt

from kydesk.printing import PrintResult
from kydesk.printing.dispatch import DispatchData, _overdue_cells, _unit_cells, column_labels, titles
from kydesk.printing.layout import load_layout
from kydesk.printing.word.base import WordDoc, set_fonts
from kydesk.printing.word.tables import cant_split, cell_margins, cell_text, fixed_widths, repeat_header, table_borders


def build_dispatch_docx(data: DispatchData, out_path, progress=None) -> PrintResult:
    L = load_layout("dispatch")
    m = L.num("page.margin_mm")
    title, subtitle = titles(data, L)
    doc = WordDoc(grid=False, margins_mm=(m, m, m, m), title=title, author=data.org)
    sec = doc.doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(L.num("page.width_mm")), Mm(L.num("page.height_mm"))
    p = doc.para(title, "公文标题", count=False)
    p.runs[0].font.size = Pt(L.num("title.size_pt"))
    p = doc.para(subtitle, "表格文字", count=False)
    p.alignment = 1
    p.runs[0].font.size = Pt(L.num("subtitle.size_pt"))
    blank = L.text("units.no_key_progress")
    _table(doc, L, "units", [_unit_cells(r, str(k), _keys(L, "units"), blank) for k, r in enumerate(data.units, 1)]
           + ([_unit_cells(data.total, "", _keys(L, "units"), blank)] if data.total else []))
    if data.overdue:
        _table(doc, L, "overdue", [_overdue_cells(r, k, _keys(L, "overdue")) for k, r in enumerate(data.overdue, 1)])
    else:
        _caption(doc, L, "overdue")
        doc.para(L.text("overdue.none"), "表格文字", count=False)
    path = doc.save(out_path)
    if progress is not None:
        progress(1, 1)
    return PrintResult(Path(path), 1, {r: doc.font(r) for r in sorted(doc.roles_used)}, None)


def _keys(L, table: str) -> list[str]:
    return [k for k, _label in column_labels(table, L)]


def _caption(doc: WordDoc, L, table: str) -> None:
    p = doc.para(L.text(f"{table}.caption"), "表格文字", count=False)
    r = p.runs[0]
    r.font.size = Pt(L.num("caption.size_pt"))
    set_fonts(r._r, doc.font(L.text("caption.role")))
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True


def _table(doc: WordDoc, L, table: str, rows: list[list[str]]) -> None:
    _caption(doc, L, table)
    cols = L.get(f"{table}.columns")
    t = doc.doc.add_table(rows=len(rows) + 1, cols=len(cols))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(t, [c["width_mm"] for c in cols])
    cell_margins(t, L.num("table.pad_mm"))
    rule = int(L.num("table.rule_mm") / 25.4 * 72 * 8)
    table_borders(t, top=rule, bottom=rule, left=rule, right=rule, insideH=rule, insideV=rule)
    size, head_size = L.num("table.size_pt"), L.num("table.head_size_pt")
    repeat_header(t.rows[0])
    for k, c in enumerate(cols):
        cell_text(t.rows[0].cells[k], c["label"], doc.doc.styles["表格标签"], doc=doc)
    for row, values in zip(t.rows[1:], rows):
        cant_split(row)
        for k, (c, v) in enumerate(zip(cols, values)):
            cell_text(row.cells[k], v, doc.doc.styles["表格文字"], align=c.get("align", "left"), doc=doc)
    for i, row in enumerate(t.rows):
        for cell in row.cells:
            cell.vertical_alignment = 1
            for q in cell.paragraphs:
                for r in q.runs:
                    r.font.size = Pt(head_size if i == 0 else size)
