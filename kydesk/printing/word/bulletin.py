"""通报 as Word: the body the PDF prints (bulletin_blocks), the 落款, and the per-unit figures as an 附件 table.

As a 公文 (`official`): 发文机关标志 in red, 发文字号 〔2026〕N号, the red rule, then title, 主送, body, 落款 with
成文日期, and the 版记 at the foot of an even page.
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from kydesk.printing import PrintResult
from kydesk.printing.bulletin import BulletinData, bulletin_blocks, pct
from kydesk.printing.layout import cn_date, load_layout
from kydesk.printing.word.base import WordDoc, border
from kydesk.printing.word.minutes import red_header
from kydesk.printing.word.tables import cell_margins, cell_text, fixed_widths, imprint, repeat_header, table_borders

ROLE_STYLE = {"body": None, "h1": "一级标题字符", "h2": "二级标题字符"}
COLUMNS = [("序号", 14), ("单位", 44), ("任务数", 16), ("已完成", 16), ("完成率", 18), ("平均进度", 20),
           ("黄灯", 14), ("红灯", 14)]


def build_bulletin_docx(data: BulletinData, out_path, *, official: dict | None = None, progress=None) -> PrintResult:
    """`official`: {"mark": 发文机关标志, "number": 发文字号} prints the 公文 版头 and the 版记."""
    L = load_layout("bulletin")
    blocks = bulletin_blocks(data, L)
    doc = WordDoc(title=blocks[0][1][0][0], author=data.org)
    if official:
        red_header(doc, official["mark"], size=36, min_size=22, number="", issuer="", when="", rule_below=False)
        p = doc.para(official["number"], "发文字号", before_lines=1)
        border(p, "bottom", size_eighths=8, colour=doc.red, space=8)
    for kind, runs in blocks:
        if kind == "title":
            doc.title(runs[0][0], before_lines=1 if official else 0, after_lines=L.int("title.gap_lines_after"))
        elif kind == "recipients":
            doc.para(runs[0][0], "主送机关")
        elif kind == "head" and len(runs) == 1:
            doc.para(runs[0][0], "一级标题")
        else:
            doc.para([(text, ROLE_STYLE[role], None) for text, role in runs])
    attach = f"{data.period}各单位重点任务推进情况表"
    if data.units:
        doc.para(f"附件：{attach}", "附件说明", before_lines=1)
    doc.para(data.org, "落款", before_lines=2)
    doc.para(cn_date(data.issued), "落款")
    for q in doc.doc.paragraphs[-2:]:
        q.paragraph_format.right_indent = Pt(16 * L.num("signature.right_indent_chars"))
    doc.page_numbers()
    if data.units:
        doc.page_break()
        doc.para([("附件", "一级标题字符", None)], "主送机关")
        doc.para(attach, "公文标题", before_lines=1, after_lines=1)
        _figures(doc, data)
    if official:
        imprint(doc, [], data.org, cn_date(data.issued) + "印发")
    path = doc.save(out_path)
    if progress is not None:
        progress(1, 1)
    return PrintResult(Path(path), doc.total_pages, {r: doc.font(r) for r in sorted(doc.roles_used)}, None)


def _figures(doc: WordDoc, data: BulletinData) -> None:
    rows = [[str(k), u.name, str(u.total), str(u.done), pct(u.rate), pct(u.progress), str(u.yellow), str(u.red)]
            for k, u in enumerate(data.units, 1)]
    o = data.overall
    rows.append(["", "合计", str(o.total), str(o.done), pct(o.rate), pct(o.progress), str(o.yellow), str(o.red)])
    t = doc.doc.add_table(rows=len(rows) + 1, cols=len(COLUMNS))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(t, [w for _l, w in COLUMNS])
    cell_margins(t, 1.0)
    table_borders(t, top=8, bottom=8, left=8, right=8, insideH=4, insideV=4)
    repeat_header(t.rows[0])
    for k, (label, _w) in enumerate(COLUMNS):
        cell_text(t.rows[0].cells[k], label, doc.doc.styles["表格标签"], doc=doc)
    for row, values in zip(t.rows[1:], rows):
        for k, v in enumerate(values):
            cell_text(row.cells[k], v, doc.doc.styles["表格文字"], align="left" if k == 1 else "center", doc=doc)
    for row in t.rows:
        for cell in row.cells:
            cell.vertical_alignment = 1
    # a one-line row of 12 pt text is about 17 pt high: what the grid lines count must know for the 版记's page
    doc.used_lines += -(-(len(rows) + 1) * 17 * 20 // doc.line_pitch)
