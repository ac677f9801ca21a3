"""督办单 as Word: one page per notice, the same form and wording as the PDF (reports/notice.json).

The issuing office and "督 办 单" in red over a red rule (a paragraph border), 督办类别 and 督办〔2024〕3号 on one
line (a right tab), the ruled form (notice_rows), the office and the date at the right, the note.
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt, RGBColor

from kydesk.printing import PrintResult
from kydesk.printing.layout import cn_date, load_layout
from kydesk.printing.notice import NoticeData, notice_rows
from kydesk.printing.word.base import WordDoc, border, set_fonts
from kydesk.printing.word.tables import cell_text, fixed_widths, row_height, table_borders


def build_notice_docx(notices: list[NoticeData], out_path, progress=None) -> PrintResult:
    L = load_layout(notices[0].layout if notices else "notice")
    margins = (L.num("page.margin_top_mm"), L.num("page.margin_right_mm"), L.num("page.margin_bottom_mm"),
               L.num("page.margin_left_mm"))
    doc = WordDoc(grid=False, margins_mm=margins, title="督办单", author=notices[0].office if notices else "")
    width = L.num("page.width_mm") - margins[1] - margins[3]
    red = doc.red
    for k, n in enumerate(notices):
        if k:
            doc.page_break()
        _line(doc, n.office, L.text("org.role"), L.num("org.size_pt"), red, first=k == 0)
        p = _line(doc, L.text("title.text"), L.text("title.role"), L.num("title.size_pt"), red)
        border(p, "bottom", size_eighths=max(4, int(L.num("rule.width_mm") / 25.4 * 72 * 8)), colour=red, space=4)
        p = doc.para([(L.text("number.left"), None, None), ("\t" + n.number_text, None, None)], "表格文字", count=False)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(width), WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(6)
        for r in p.runs:
            r.font.size = Pt(L.num("number.size_pt"))
        _form(doc, L, notice_rows(L, n), width)
        for text, before in ((n.office, L.num("sign.gap_mm")), (cn_date(n.issued), 0)):
            q = doc.para(text, "落款", count=False)
            q.paragraph_format.space_before = Mm(before)
            q.paragraph_format.right_indent = Pt(L.num("sign.size_pt") * L.num("sign.right_indent_chars"))
        note = doc.para(L.text("texts.note"), "表格文字", count=False)
        note.runs[0].font.size = Pt(L.num("note.size_pt"))
        note.paragraph_format.space_before = Pt(6)
        if progress is not None:
            progress(k + 1, len(notices))
    path = doc.save(out_path)
    return PrintResult(Path(path), len(notices), {r: doc.font(r) for r in sorted(doc.roles_used)}, None)


def _line(doc: WordDoc, text: str, role: str, size: float, colour: str, first: bool = False):
    p = doc.para(text, "公文标题", count=False)
    r = p.runs[0]
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(colour)
    set_fonts(r._r, doc.font(role))
    p.paragraph_format.line_spacing = Pt(size * 1.4)
    return p


def _form(doc: WordDoc, L, rows: list[list[tuple[str, str]]], width: float) -> None:
    label_w = L.num("table.label_width_mm")
    half = (width - 2 * label_w) / 2
    table = doc.doc.add_table(rows=len(rows), cols=4)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(table, [label_w, half, label_w, half])
    rule = int(L.num("table.rule_mm") / 25.4 * 72 * 8)
    table_borders(table, top=rule, bottom=rule, left=rule, right=rule, insideH=rule, insideV=rule)
    size = L.num("table.size_pt")
    for row, pairs in zip(table.rows, rows):
        row_height(row, L.num("table.min_row_mm"))
        cells = row.cells
        if len(pairs) == 1:
            (label, value), = pairs
            targets = [(cells[0], label, True), (cells[1].merge(cells[3]), value, False)]
        else:
            targets = [(cells[0], pairs[0][0], True), (cells[1], pairs[0][1], False),
                       (cells[2], pairs[1][0], True), (cells[3], pairs[1][1], False)]
        for cell, text, is_label in targets:
            cell_text(cell, text, doc.doc.styles["表格标签" if is_label else "表格文字"], doc=doc)
            cell.vertical_alignment = 1
            for q in cell.paragraphs:
                for r in q.runs:
                    r.font.size = Pt(size)
                if is_label:
                    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
