"""A GB/T 9704-2012 Word document: page, document grid, named styles, fonts, page-number footers, saving.

Word and WPS let the theme's fonts win over a style's explicit font names, so every theme attribute is
stripped from the template and each style and run names its font for all four scripts. A font the PC may
lack (仿宋_GB2312) gets the font an office really has (仿宋) as its alternate name in the font table.
The 22 × 28 grid is the section's `w:docGrid` (type linesAndChars) plus exact line spacing of one grid
pitch, which Word, WPS and LibreOffice all honour the same way.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from kydesk.printing.gridtext import GOOD_BREAK_AFTER
from kydesk.printing.layout import Layout, load_layout
from kydesk.printing.linebreak import break_lines, normalize, tokenize
from kydesk.printing.word.files import save_atomically

TWIPS_PER_MM = 1440 / 25.4
THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

# style name -> (styles key in word.json, outline level or None, alignment, first-line indent in chars)
PARA_STYLES = {
    "公文标题": ("title", None, "center", 0),
    "一级标题": ("heading1", 0, "both", 2),
    "二级标题": ("heading2", 1, "both", 2),
    "三级标题": ("heading3", 2, "both", 2),
    "四级标题": ("heading4", 3, "both", 2),
    "主送机关": ("body", None, "both", 0),
    "附件说明": ("body", None, "both", 2),
    "落款": ("body", None, "right", 0),
    "版记": ("imprint", None, "left", 0),
    "纪要标志": ("mark", None, "center", 0),
    "发文字号": ("body", None, "center", 0),
    "页码": ("page_number", None, "right", 0),
    "表格文字": ("table", None, "left", 0),
    "表格标签": ("table_label", None, "center", 0),
}
STYLE_IDS = {"公文标题": "GwTitle", "一级标题": "GwHeading1", "二级标题": "GwHeading2", "三级标题": "GwHeading3",
             "四级标题": "GwHeading4", "主送机关": "GwRecipients", "附件说明": "GwAttachments", "落款": "GwSignature",
             "版记": "GwImprint", "纪要标志": "GwMark", "发文字号": "GwNumber", "页码": "GwPageNumber",
             "表格文字": "GwTableText", "表格标签": "GwTableLabel"}
CHAR_STYLES = {"一级标题字符": ("heading1", "GwHeading1Char"), "二级标题字符": ("heading2", "GwHeading2Char")}


def set_fonts(parent, name: str) -> None:
    """Name `name` for every script on an rPr (theme attributes removed so nothing overrides it)."""
    rpr = parent if parent.tag == qn("w:rPr") else parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    fonts.set(qn("w:hint"), "eastAsia")


def _el(tag: str, **attrs) -> Any:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), str(v))
    return el


def _replace(parent, el) -> None:
    old = parent.find(el.tag)
    if old is not None:
        parent.replace(old, el)
    else:
        parent.append(el)


def border(p, side: str, *, size_eighths: int, colour: str, space: int = 1) -> None:
    """A rule as a paragraph border (the red 分隔线, the 版记 lines), never a drawn shape."""
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    _replace(bdr, _el(f"w:{side}", val="single", sz=size_eighths, space=space, color=colour))


class WordDoc:
    """One document: `grid=True` gives the 22 × 28 公文 page, else a plain page with the given margins."""

    def __init__(self, *, grid: bool = True, margins_mm: tuple[float, float, float, float] | None = None,
                 landscape: bool = False, title: str = "", author: str = ""):
        self.L: Layout = load_layout("word")
        self.doc = docx.Document()
        self.grid = grid
        L = self.L
        self.lines = L.int("grid.lines")
        self.chars = L.int("grid.chars")
        body_w = L.num("page.body_width_mm") * TWIPS_PER_MM
        body_h = L.num("page.body_height_mm") * TWIPS_PER_MM
        # floor, so that 22 lines and 28 characters really fit in the 版心
        self.line_pitch = math.floor(body_h / self.lines)
        self.body_size = L.num("styles.body.size_pt")
        self.char_space = math.floor((body_w / self.chars / 20 - self.body_size) * 4096)
        self.red = L.text("red")
        self.used_lines = 0                       # grid lines the page run took so far (for the 版记's page)
        self.pages_before = 0                     # pages before the current run (page breaks, sections)
        self.roles_used: set[str] = set()
        core = self.doc.core_properties
        core.title, core.author, core.comments = title, author, ""
        core.last_modified_by = author
        self._strip_theme_fonts()
        self._font_table()
        self._page(margins_mm, landscape)
        self._styles()
        self.doc.settings.odd_and_even_pages_header_footer = grid
        body = self.doc.element.body
        for p in list(body.iterchildren(qn("w:p"))):      # the template's empty first paragraph
            body.remove(p)

    # -- fonts and styles ------------------------------------------------------------------------
    def font(self, role: str) -> str:
        self.roles_used.add(role)
        return self.L.text(f"fonts.{role}.name", None) or self.L.text("fonts.fangsong.name")

    def _strip_theme_fonts(self) -> None:
        styles = self.doc.styles.element
        for fonts in styles.iter(qn("w:rFonts")):
            for attr in THEME_ATTRS:
                fonts.attrib.pop(qn(attr), None)
        defaults = styles.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        set_fonts(rpr, self.font("fangsong"))
        # the default size is the body's too: the grid's character pitch (charSpace) is counted from "the default
        # font size", which some programs take from here and some from 正文 — both are 3号 then
        half_points = int(self.body_size * 2)
        _replace(rpr, _el("w:sz", val=half_points))
        _replace(rpr, _el("w:szCs", val=half_points))
        _replace(rpr, _el("w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"))

    def _font_table(self) -> None:
        part = next(p for p in self.doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
        from docx.oxml import parse_xml

        root = parse_xml(part.blob)
        have = {f.get(qn("w:name")) for f in root.iterchildren(qn("w:font"))}
        for role, spec in self.L.get("fonts").items():
            if not isinstance(spec, dict) or spec.get("name") in have:
                continue
            f = _el("w:font", name=spec["name"])
            if spec.get("alt"):
                f.append(_el("w:altName", val=spec["alt"]))
            f.append(_el("w:charset", val="86"))                  # GB2312
            f.append(_el("w:family", val="modern" if role != "heiti" else "swiss"))
            f.append(_el("w:pitch", val="fixed"))
            root.append(f)
            have.add(spec["name"])
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _run_props(self, style, key: str) -> None:
        spec = self.L.get(f"styles.{key}")
        f = style.font
        f.size = Pt(spec["size_pt"])
        f.bold = bool(spec.get("bold", False))
        f.italic = False
        f.color.rgb = RGBColor(0, 0, 0)
        set_fonts(style.element.get_or_add_rPr(), self.font(spec["role"]))

    def _styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]                          # shown as 正文 by Chinese Word and WPS
        self._run_props(normal, "body")
        self._para_props(normal, "both", self.L.num("styles.body.indent_chars"))
        # full pages of 22 lines, as the PDF: no widow/orphan control pulling lines to the next page
        _replace(normal.element.get_or_add_pPr(), _el("w:widowControl", val=0))
        if self.grid:
            # Glyphs 2% narrower than the grid's cell: LibreOffice gives a character wider than its cell two
            # cells (14 to a line); Word and WPS put each character in one cell, 28 to a line, either way.
            _replace(normal.element.get_or_add_rPr(), _el("w:w", val=98))
        for name, (key, level, align, indent) in PARA_STYLES.items():
            st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.element.set(qn("w:styleId"), STYLE_IDS[name])
            st.base_style = normal
            st.quick_style = True
            self._run_props(st, key)
            self._para_props(st, align, indent)
            if level is not None:
                st.element.get_or_add_pPr().append(_el("w:outlineLvl", val=level))
                st.paragraph_format.keep_with_next = True       # a heading goes with the text it heads
                st.next_paragraph_style = normal
        for name in ("公文标题", "纪要标志"):                 # large type keeps its natural width
            _replace(styles[name].element.get_or_add_pPr(), _el("w:snapToGrid", val=0))
            _replace(styles[name].element.get_or_add_rPr(), _el("w:w", val=100))
        for name in ("表格文字", "表格标签", "版记", "页码"):
            self._off_grid(styles[name].element.get_or_add_pPr(), exact_pt=None)
        for name, (key, sid) in CHAR_STYLES.items():
            st = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
            st.element.set(qn("w:styleId"), sid)
            self._run_props(st, key)

    def _para_props(self, style, align: str, indent_chars: float) -> None:
        ppr = style.element.get_or_add_pPr()
        _replace(ppr, _el("w:spacing", before=0, after=0, line=self.line_pitch if self.grid else 240,
                          lineRule="exact" if self.grid else "auto"))
        hundredths = int(round(indent_chars * 100))
        _replace(ppr, _el("w:ind", firstLineChars=hundredths, firstLine=int(indent_chars * self.body_size * 20),
                          leftChars=0, left=0, rightChars=0, right=0))
        _replace(ppr, _el("w:jc", val=align))

    def _off_grid(self, ppr, exact_pt: float | None) -> None:
        """Text that is not on the grid (tables, the 版记, page numbers) keeps its own pitch and spacing."""
        _replace(ppr, _el("w:snapToGrid", val=0))
        _replace(ppr, _el("w:spacing", before=0, after=0, line=int(exact_pt * 20) if exact_pt else 240,
                          lineRule="exact" if exact_pt else "auto"))

    # -- page ----------------------------------------------------------------------------------------
    def _page(self, margins_mm, landscape: bool) -> None:
        L = self.L
        sec = self.doc.sections[0]
        w, h = L.num("page.width_mm"), L.num("page.height_mm")
        if landscape:
            w, h = h, w
            sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(w), Mm(h)
        if margins_mm is None:
            top, left = L.num("page.margin_top_mm"), L.num("page.margin_left_mm")
            margins_mm = (top, w - left - L.num("page.body_width_mm"), h - top - L.num("page.body_height_mm"), left)
        top, right, bottom, left = margins_mm
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Mm(top), Mm(right), Mm(bottom), Mm(left)
        sec.header_distance = Mm(min(15, top / 2))
        sec.footer_distance = Mm(L.num("page.footer_mm") if self.grid else min(10, bottom / 2))
        sec.gutter = 0
        grid = sec._sectPr.find(qn("w:docGrid"))
        if self.grid:
            grid.set(qn("w:type"), "linesAndChars")
            grid.set(qn("w:linePitch"), str(self.line_pitch))
            grid.set(qn("w:charSpace"), str(self.char_space))
        else:
            grid.set(qn("w:linePitch"), "312")

    def page_numbers(self, section=None, *, blank: bool = False) -> None:
        """"— N —" in 4号宋体 as a PAGE field: odd pages at the right, even pages at the left, one character in.
        `blank`: this section's footers stay empty (the 版记 page that holds nothing else)."""
        sec = section or self.doc.sections[-1]
        for footer, align in ((sec.footer, "right"), (sec.even_page_footer, "left")):
            footer.is_linked_to_previous = False
            p = footer.paragraphs[0]
            p.style = self.doc.styles["页码"]
            if blank:
                continue
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.LEFT
            ppr = p._p.get_or_add_pPr()
            _replace(ppr, _el("w:ind", **({"rightChars": 100, "right": 280} if align == "right"
                                          else {"leftChars": 100, "left": 280}), firstLine=0, firstLineChars=0))
            before, after = self.L.text("styles.page_number.template").split("{n}")
            p.add_run(before)
            self.field(p, "PAGE", "1")
            p.add_run(after)
        self.font("songti")

    @staticmethod
    def field(p, instr: str, shown: str) -> None:
        """A complex field (begin / instrText / separate / result / end), as Word writes it."""
        def run_with(el):
            r = p.add_run()
            r._r.append(el)
            return r
        run_with(_el("w:fldChar", fldCharType="begin"))
        t = OxmlElement("w:instrText")
        t.set(qn("xml:space"), "preserve")
        t.text = f" {instr} "
        run_with(t)
        run_with(_el("w:fldChar", fldCharType="separate"))
        p.add_run(shown)
        run_with(_el("w:fldChar", fldCharType="end"))

    # -- content ---------------------------------------------------------------------------------
    def para(self, runs, style: str = "Normal", *, count: bool = True, before_lines: int = 0,
             after_lines: int = 0):
        """A paragraph of `runs`: a string, or [(text, char style name or role or None, colour or None)]."""
        p = self.doc.add_paragraph(style=None if style == "Normal" else self.doc.styles[style])
        if isinstance(runs, str):
            runs = [(runs, None, None)]
        for text, how, colour in runs:
            r = p.add_run(text)
            if how in CHAR_STYLES:
                r.style = self.doc.styles[how]
            # every run names its font too (the style's, unless told otherwise): WPS and Word then never
            # fall back to a theme or default font for a run, whatever template the file is opened with
            set_fonts(r._r, self.font(how if how and how not in CHAR_STYLES else self.style_role(how or style)))
            if colour:
                r.font.color.rgb = RGBColor.from_string(colour)
        if before_lines or after_lines:
            _replace(p._p.get_or_add_pPr(), _el("w:spacing", beforeLines=before_lines * 100,
                                                before=before_lines * self.line_pitch, afterLines=after_lines * 100,
                                                after=after_lines * self.line_pitch))
        if count:
            self.used_lines += before_lines + after_lines + self.count_lines(
                "".join(t for t, _h, _c in runs), style)
        return p

    def style_role(self, name: str) -> str:
        """The font role of a paragraph or character style (正文: fangsong)."""
        key = CHAR_STYLES[name][0] if name in CHAR_STYLES else PARA_STYLES.get(name, ("body",))[0]
        return self.L.text(f"styles.{key}.role")

    def title(self, text: str, style: str = "公文标题", **kw):
        """A long title in centred lines of even length, broken where the words allow (the PDF's rule):
        Word would fill the first line and leave an orphan character on the second."""
        size = self.L.num("styles.title.size_pt")
        cells = int(self.L.num("page.body_width_mm") / 25.4 * 72 // size)
        # off the grid a title's digits and letters take their natural width, a little over half a cell
        tokens = tokenize(normalize(text), measure=lambda run, _st: 0.56 * len(run), max_width=cells * 2)
        lines = break_lines(tokens, cells * 2) if tokens else []
        if len(lines) > 1:
            total = sum(t.width for t in tokens)
            best, best_score = lines, None
            for cap in range(-(-total // len(lines)), cells * 2 + 1):
                trial = break_lines(tokens, cap)
                if len(trial) != len(lines):
                    continue
                widths = [ln.width for ln in trial]
                score = sum(GOOD_BREAK_AFTER.get(ln.text[-1:], 0.0) for ln in trial[:-1])
                score -= 0.15 * (max(widths) - min(widths)) / 2
                if best_score is None or score > best_score + 1e-9:
                    best, best_score = trial, score
            lines = best
        p = self.para(text, style, **kw)
        if len(lines) > 1:
            p.runs[0].text = ""
            for k, ln in enumerate(lines):
                r = p.add_run(ln.text)
                set_fonts(r._r, self.font(self.style_role(style)))
                if k < len(lines) - 1:
                    r.add_break()
            p._p.remove(p.runs[0]._r)
        return p

    def count_lines(self, text: str, style: str) -> int:
        """Grid lines the paragraph takes (禁则 as in the PDF, which lays the same text on the same grid)."""
        key, _level, _align, indent = PARA_STYLES.get(style, ("body", None, "both", 2))
        size = self.L.num(f"styles.{key}.size_pt")
        cells = max(1, int(self.chars * self.body_size // size))
        # on a character grid every character, a digit too, takes a cell of its own
        tokens = tokenize(normalize(text), measure=lambda run, _st: float(len(run)), max_width=cells * 2)
        if not tokens:
            return 1
        return len(break_lines(tokens, cells * 2, cells * 2 - round(indent * 2)))

    def page_break(self) -> None:
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        self.pages_before += self.last_page
        self.used_lines = 0

    def new_section(self, start: WD_SECTION = WD_SECTION.NEW_PAGE):
        """A section starting on the next page (WD_SECTION.EVEN_PAGE: the next even page), same page setup."""
        body = self.doc.element.body
        sentinel = body.get_or_add_sectPr()
        blocks = [el for el in body if el.tag in (qn("w:p"), qn("w:tbl"))]
        # the break rides on the last paragraph (an extra empty one could spill onto a page of its own); after a
        # table it needs a paragraph of its own, or the table would move into the new section
        last = blocks[-1] if blocks and blocks[-1].tag == qn("w:p") else body.add_p()
        if last.pPr is not None and last.pPr.sectPr is not None:
            last = body.add_p()
        last.set_sectPr(sentinel.clone())
        for ref in sentinel.xpath("w:headerReference|w:footerReference"):
            sentinel.remove(ref)
        sentinel.start_type = start
        self.pages_before += self.last_page
        if start == WD_SECTION.EVEN_PAGE and self.pages_before % 2 == 0:
            self.pages_before += 1                              # Word leaves an odd page blank
        self.used_lines = 0
        return self.doc.sections[-1]

    @property
    def last_page(self) -> int:
        """The page the text has reached within the current run (1-based, at least 1)."""
        return max(1, -(-self.used_lines // self.lines))

    @property
    def total_pages(self) -> int:
        """Pages of the document as the grid counts them (tables estimated): the PrintResult's figure."""
        return self.pages_before + self.last_page

    def save(self, out_path) -> Path:
        """Write atomically (a temporary file in the target folder moved over the target)."""
        return save_atomically(self.doc, out_path)
