"""The Word documents read back with python-docx: GB/T 9704 page and grid, named styles with explicit East Asian
fonts (no theme fonts), red 纪要标志 and rule, PAGE fields odd right / even left, 版记 on an even page, forms."""
import math
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from tests.printing.word.conftest import run

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def mm(length) -> float:
    return length / 36000


def east_asia(style) -> str:
    fonts = style.element.rPr.find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia"))


@pytest.fixture(scope="module")
def minutes(demo):
    return docx.Document(demo["files"]["minutes"])


def test_page_is_gbt_9704_with_a_22_by_28_grid(minutes):
    sec = minutes.sections[0]
    assert round(mm(sec.page_width)) == 210 and round(mm(sec.page_height)) == 297
    assert round(mm(sec.top_margin)) == 37 and round(mm(sec.left_margin)) == 28
    assert round(mm(sec.page_width - sec.left_margin - sec.right_margin)) == 156
    assert round(mm(sec.page_height - sec.top_margin - sec.bottom_margin)) == 225
    grid = sec._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    pitch, space = int(grid.get(qn("w:linePitch"))), int(grid.get(qn("w:charSpace")))
    body_h = (sec.page_height - sec.top_margin - sec.bottom_margin) / 635        # EMU → twips
    body_w_pt = (sec.page_width - sec.left_margin - sec.right_margin) / 12700
    assert math.floor(body_h / pitch) == 22                                    # 22 lines
    assert math.floor(body_w_pt / (16 + space / 4096)) == 28                   # 28 characters of 3号
    normal = minutes.styles["Normal"].element.pPr.find(qn("w:spacing"))
    assert normal.get(qn("w:line")) == str(pitch) and normal.get(qn("w:lineRule")) == "exact"


def test_styles_name_their_fonts_and_no_theme_font_can_override_them(demo, minutes):
    styles = minutes.styles
    body = styles["Normal"]
    assert body.font.size.pt == 16 and east_asia(body) == "仿宋_GB2312"
    ind = body.element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    assert east_asia(styles["一级标题"]) == "黑体" and east_asia(styles["二级标题"]) == "楷体_GB2312"
    assert east_asia(styles["三级标题"]) == east_asia(styles["四级标题"]) == "仿宋_GB2312"
    title = styles["公文标题"]
    assert title.font.size.pt == 22 and east_asia(title) == "方正小标宋简体"
    assert title.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    for name in ("主送机关", "附件说明", "落款", "版记", "纪要标志", "页码"):
        assert styles[name].type is not None
    assert styles["一级标题"].element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "0"
    with zipfile.ZipFile(demo["files"]["minutes"]) as z:
        xml = z.read("word/styles.xml").decode()
        fonts = z.read("word/fontTable.xml").decode()
    assert "asciiTheme" not in xml and "eastAsiaTheme" not in xml and "hAnsiTheme" not in xml
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in fonts


def test_body_paragraphs_carry_the_styles(minutes, demo):
    by_text = {p.text: p for p in minutes.paragraphs}
    heading = next(p for t, p in by_text.items() if t.startswith("一、"))
    assert heading.style.name == "一级标题"
    body = next(p for t, p in by_text.items() if t.startswith("会议认为"))
    assert body.style.name == "Normal"
    sub = next(p for t, p in by_text.items() if t.startswith("（一）"))
    assert sub.runs[0].style.name == "二级标题字符" and sub.runs[1].style.name != "二级标题字符"
    attend = next(p for t, p in by_text.items() if t.startswith("出席："))
    fonts = attend.runs[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "黑体"
    # every run names its East Asian font as well (the style's), never a theme font
    runs = [r for p in minutes.paragraphs for r in p.runs if r.text.strip()]
    runs += [r for t in minutes.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    assert runs and all(r._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) for r in runs)
    assert body.runs[0]._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert heading.runs[0]._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"


def test_red_mark_and_red_rule_as_a_paragraph_border(minutes):
    mark = minutes.paragraphs[0]
    assert mark.style.name == "纪要标志" and mark.text == "商洛市康养之都建设工作专班推进会议纪要"
    assert str(mark.runs[0].font.color.rgb) == "E60000"
    assert minutes.paragraphs[1].text == "第25期"
    rule = minutes.paragraphs[2]
    assert "2026年12月3日" in rule.text
    bottom = rule._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert bottom.get(qn("w:color")) == "E60000"
    assert not minutes.element.body.findall(f".//{W}drawing") and not minutes.element.body.findall(".//{urn:schemas-microsoft-com:vml}line")


def field_text(paragraph) -> tuple[str, list[str]]:
    instr = [t.text.strip() for t in paragraph._p.iter(qn("w:instrText"))]
    return paragraph.text, instr


def test_page_numbers_are_page_fields_odd_right_even_left(minutes):
    assert minutes.settings.odd_and_even_pages_header_footer
    sec = minutes.sections[0]
    odd, even = sec.footer.paragraphs[0], sec.even_page_footer.paragraphs[0]
    assert field_text(odd) == ("— 1 —", ["PAGE"]) and field_text(even) == ("— 1 —", ["PAGE"])
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT and even.alignment == WD_ALIGN_PARAGRAPH.LEFT
    style = minutes.styles["页码"]
    assert style.font.size.pt == 14 and east_asia(style) == "宋体"


def test_imprint_on_its_own_even_page_without_a_number(minutes):
    """The demo's 纪要 text ends on page 3: the 版记 starts a section on the next even page, footers empty."""
    assert len(minutes.sections) == 2
    last = minutes.sections[-1]
    assert last.start_type == WD_SECTION.EVEN_PAGE
    assert last.footer.paragraphs[0].text == "" and last.even_page_footer.paragraphs[0].text == ""
    table = minutes.tables[-1]
    text = "\n".join(c.text for r in table.rows for c in r.cells)
    assert "分送：专班各成员单位" in text and "2026年12月3日印发" in text
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders.find(qn("w:top")).get(qn("w:sz")) == "8" and borders.find(qn("w:insideH")).get(qn("w:sz")) == "6"
    assert all(p.style.name == "版记" for r in table.rows for c in r.cells for p in c.paragraphs)


def test_record_is_a_word_table_form(demo):
    d = docx.Document(demo["files"]["record"])
    assert d.paragraphs[0].text == "商洛市康养之都建设工作专班会议记录"
    labels = [r.cells[0].text for r in d.tables[0].rows]
    for label in ("会议名称", "会议时间", "主持人", "出席人员", "会议议题", "发言记录", "议定事项"):
        assert label in labels
    row = d.tables[0].rows[1]
    assert [c.text for c in row.cells][2] == "会议地点"
    footer = d.sections[0].footer.paragraphs[0]
    assert field_text(footer)[1] == ["PAGE", "NUMPAGES"]


def test_notice_one_form_per_red_task(demo):
    d = docx.Document(demo["files"]["notice"])
    numbers = [p.text for p in d.paragraphs if "督办〔2026〕" in p.text]
    assert len(numbers) == len(d.tables) >= 1
    assert str(d.paragraphs[1].runs[0].font.color.rgb) == "E60000" and d.paragraphs[1].text == "督 办 单"
    labels = {r.cells[0].text for t in d.tables for r in t.rows}
    assert {"督办事项", "任务来源", "承办单位", "责任领导", "逾期天数", "办复要求"} <= labels


def test_bulletin_body_and_its_table(demo):
    d = docx.Document(demo["files"]["bulletin"])
    styles = [(p.style.name, p.text.replace("\n", "")) for p in d.paragraphs if p.text]     # titles break evenly
    assert styles[0] == ("公文标题", "关于2026年第四季度重点任务推进情况的通报")
    assert ("主送机关", "各成员单位：") in styles and ("一级标题", "一、总体情况") in styles
    assert any(s == "附件说明" and t.startswith("附件：") for s, t in styles)
    assert any(s == "落款" for s, _t in styles)
    table = d.tables[-1]
    assert [c.text for c in table.rows[0].cells][:3] == ["序号", "单位", "任务数"] and table.rows[-1].cells[1].text == "合计"
    assert len(d.sections) == 1                                  # no 版记 on the plain body


def test_official_bulletin_has_its_head_number_and_imprint(demo):
    d = docx.Document(demo["files"]["official"])
    assert d.paragraphs[0].text == "商洛市康养之都建设工作专班文件"
    assert str(d.paragraphs[0].runs[0].font.color.rgb) == "E60000"
    number = d.paragraphs[1]
    assert number.text == "〔2026〕1号" and number.style.name == "发文字号"
    assert number._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom")).get(qn("w:color")) == "E60000"
    assert "印发" in d.tables[-1].rows[-1].cells[1].text
    # printed again: the same number; another period of the year: the next one
    out = demo["folder"] / "again.docx"
    assert run("--db", demo["db"], "report", "bulletin", "--period", "2026Q4", "--official", "-o", out)[0] == 0
    assert docx.Document(out).paragraphs[1].text == "〔2026〕1号"
    assert run("--db", demo["db"], "report", "bulletin", "--period", "2026-11", "--official", "-o", out)[0] == 0
    assert docx.Document(out).paragraphs[1].text == "〔2026〕2号"
    # a print that fails keeps no number
    code, _out, err = run("--db", demo["db"], "report", "bulletin", "--period", "2026-10", "--official", "-o",
                          demo["folder"] / "no-such-folder" / "x.docx")
    assert code == 1 and "不存在" in err
    assert run("--db", demo["db"], "report", "bulletin", "--period", "2026-10", "--official", "-o", out)[0] == 0
    assert docx.Document(out).paragraphs[1].text == "〔2026〕3号"


def test_dispatch_is_landscape_with_both_tables(demo):
    d = docx.Document(demo["files"]["dispatch"])
    assert d.sections[0].orientation == WD_ORIENT.LANDSCAPE and round(mm(d.sections[0].page_width)) == 297
    assert d.tables[0].rows[0].cells[1].text == "牵头单位" and d.tables[0].rows[-1].cells[1].text == "合计"
    assert d.tables[0].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_the_suffix_chooses_word_or_pdf(demo, tmp_path):
    mid = demo["meeting"]["id"]
    for name, magic in (("x.docx", b"PK"), ("x.pdf", b"%PDF"), ("X.DOCX", b"PK")):
        code, out, err = run("--db", demo["db"], "report", "minutes", mid, "-o", tmp_path / name)
        assert code == 0, err
        assert (tmp_path / name).read_bytes()[:len(magic)] == magic and "已生成会议纪要" in err
    code, out, err = run("--db", demo["db"], "report", "minutes", mid, "-o", tmp_path / "nope" / "x.docx")
    assert code == 1 and "不存在" in err and out == ""


def test_the_warroom_is_pdf_only(demo, tmp_path):
    code, out, err = run("--db", demo["db"], "report", "warroom", "-o", tmp_path / "图.docx")
    assert code == 1 and out == "" and "作战图只生成 PDF" in err and not (tmp_path / "图.docx").exists()


def test_a_docx_open_in_wps_is_kept_and_said(demo, tmp_path, monkeypatch):
    from kydesk.printing.word import files

    target = tmp_path / "纪要.docx"
    target.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(13, "另一个程序正在使用此文件")

    monkeypatch.setattr(files.os, "replace", locked)
    code, out, err = run("--db", demo["db"], "report", "minutes", demo["meeting"]["id"], "-o", target)
    assert code == 1 and "其他程序打开" in err
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["纪要.docx"]


def test_properties_are_in_the_schemas_order_for_word(demo):
    """Word (unlike LibreOffice and WPS) refuses out-of-order properties: check every part of every file."""
    from lxml import etree

    from kydesk.printing.word.files import _RANK

    for name, path in demo["files"].items():
        with zipfile.ZipFile(path) as z:
            for part in z.namelist():
                if not part.endswith(".xml"):
                    continue
                root = etree.fromstring(z.read(part))
                for tag, rank in _RANK.items():
                    for el in root.iter(tag):
                        ranks = [rank.get(c.tag, len(rank)) for c in el]
                        assert ranks == sorted(ranks), (name, part, etree.tostring(el)[:300])
