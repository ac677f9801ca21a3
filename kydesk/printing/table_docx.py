"""The ruled-table reports (问题整改清单, 指标监测表, 重点项目推进表, 责任清单) as Word documents, for an office
that edits before it prints: landscape A4 or A3, the same titles, captions, columns (widths from the layout
file) and rows as the PDF (printing.ruled_tables.resolved), the header row repeated on every page, each part
(责任清单: one per unit) starting on a new page.  Fonts are named by role as in the PDF layouts (仿宋 body,
黑体 headings, 小标宋 title); Word substitutes what the PC lacks."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kydesk.domain.errors import KydeskError
from kydesk.printing import Cancelled
from kydesk.printing.layout import load_layout
from kydesk.printing.ruled_tables import TableReport, columns, resolved

FONTS = {"fangsong": "仿宋_GB2312", "heiti": "黑体", "songti": "宋体", "kaiti": "楷体_GB2312",
         "xiaobiaosong": "方正小标宋简体"}


def _run(paragraph, text: str, font: str, size: float, bold: bool = False):
    run = paragraph.add_run(text)
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), font)           # Chinese text takes the east-Asian font, not the Latin one
    return run


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    trpr.append(mark)


def _fixed(table, widths) -> None:
    """Column widths Word and WPS keep: a fixed layout and the grid, not only each cell's width."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for col, w in zip(table.columns, widths):
        col.width = w


def build_table_docx(report: TableReport, out_path, *, paper: str = "A4", progress=None) -> tuple[Path, int]:
    """Write the report; returns (path, parts).  Written beside the target, then moved over it."""
    L = load_layout(report.layout)
    paper = (paper or "A4").upper()
    if paper not in ("A4", "A3"):
        raise KydeskError(f"纸张“{paper}”不支持：可选 A4 或 A3（横向）")
    width_mm, height_mm = L.get(f"page.{paper}_mm")
    margin = L.num("page.margin_mm")
    font = lambda key: FONTS.get(L.text(key), "仿宋_GB2312")       # noqa: E731 - a role's Word font
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(width_mm), Mm(height_mm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margin))
    usable = width_mm - 2 * margin
    body, size = font("table.role"), L.num("table.size_pt")
    head, head_size = font("table.head_role"), L.num("table.head_size_pt")
    parts = resolved(report)
    for n, part in enumerate(parts):
        if progress is not None and progress(n, len(parts)) is False:
            raise Cancelled()
        p = doc.add_paragraph() if n == 0 else doc.paragraphs[-1]
        if n:
            p.add_run().add_break(WD_BREAK.PAGE)
            p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, part["title"], font("title.role"), L.num("title.size_pt"))
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, part["subtitle"], font("subtitle.role"), L.num("subtitle.size_pt"))
        for t, source in zip(part["tables"], report.parts[n].tables):
            if t["caption"]:
                _run(doc.add_paragraph(), t["caption"], font("caption.role"), L.num("caption.size_pt"))
            specs = columns(report, source.key, L)
            scale = usable / sum(float(c["width_mm"]) for c in specs)
            body_rows = list(t["rows"]) + ([t["total"]] if t["total"] else [])
            if not body_rows:
                _run(doc.add_paragraph(), t["none"], body, size)
                continue
            table = doc.add_table(rows=1, cols=len(specs))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            _fixed(table, [Mm(float(spec["width_mm"]) * scale) for spec in specs])
            _repeat_header(table.rows[0])
            for cell, spec in zip(table.rows[0].cells, specs):
                cell.width = Mm(float(spec["width_mm"]) * scale)
                para = cell.paragraphs[0]
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _run(para, spec["label"], head, head_size)
            for values in body_rows:
                cells = table.add_row().cells
                for cell, spec in zip(cells, specs):
                    cell.width = Mm(float(spec["width_mm"]) * scale)
                    para = cell.paragraphs[0]
                    if spec.get("align") == "center":
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif spec.get("align") == "right":
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    _run(para, str(values.get(spec["key"], "") or ""), body, size, bold=values is t["total"])
        if part["footnote"]:
            _run(doc.add_paragraph(), part["footnote"], body, size)
    out = Path(out_path)
    if not out.parent.is_dir():
        raise KydeskError(f"无法写入 {out}：文件夹 {out.parent} 不存在")
    tmp = out.with_name(f".{out.stem}.docx.part")
    try:
        doc.save(str(tmp))
        tmp.replace(out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise KydeskError(f"无法写入 {out}：{e.strerror or e}") from None
    return out, len(parts)
