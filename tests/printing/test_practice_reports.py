"""问题整改清单, 指标监测表, 重点项目推进表 and 责任清单 printed (landscape A4/A3, fonts embedded) and in Excel,
from the same data: the paper and the spreadsheet say the same things."""
import shutil
import subprocess
from datetime import date

import pdfplumber
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kydesk.printing.fonts import resolve_fonts
from kydesk.services import indicators, practice_reports, problems, projects, tasks

TODAY = date(2024, 7, 15)
MM = 72 / 25.4


@pytest.fixture
def filled(db):
    problems.add_problem(db, text="景区厕所不足，旺季游客投诉较多", unit="市文旅局", partners="市住建局",
                         measures="新建改建旅游厕所30座", due="2024-07-10", source="群众反映", leader="王副市长",
                         today=date(2024, 5, 1))
    closed = problems.add_problem(db, text="统计口径不统一", unit="市统计局", due="6月底前", today=date(2024, 5, 1)).id
    problems.close_problem(db, closed, note="现场核查，标准已印发", on=date(2024, 6, 28))
    iid = indicators.add_indicator(db, name="空气质量优良天数比率", target="80*", field="健康环境", measure="%",
                                   nature="约束性", base=77.8, base_year=2020, target_year=2025).id
    indicators.add_reading(db, iid, period="2023", value=78.1)
    tid = tasks.add_task(db, title="推进市博物馆项目建设", lead_unit="市文旅局", leader="王副市长", due="年底前",
                         today=TODAY).id
    projects.set_project(db, tid, plan_invest=68000, year_invest=25000, image="主体封顶")
    projects.report_investment(db, tid, month="2023-12", amount=21000)
    projects.report_investment(db, tid, month="2024-06", amount=32400)
    tasks.add_task(db, title="编制文旅康养规划", lead_unit="市发改委", partner_units="市文旅局", due="10月底前",
                   today=TODAY)
    return db


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def _fonts_embedded(path) -> None:
    """Every font an embedded subset (the way test_minutes_pdf checks the 纪要)."""
    if resolve_fonts().fallback:
        pytest.skip("no Chinese TrueType font on this machine (STSong-Light is not embedded)")
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts (poppler-utils) not installed")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        name, emb, sub = row.split()[0], row.split()[-5], row.split()[-4]
        assert "+" in name and emb == "yes" and sub == "yes", row


def test_problem_list_pdf(filled, tmp_path):
    path, pages, _ = practice_reports.write(filled, "problems", tmp_path / "问题.pdf", today=TODAY)
    text = _text(path)
    for words in ("问题整改清单", "共2个问题：整改中1个（其中逾期1个），已整改0个，已销号1个", "景区厕所不足",
                  "群众反映", "新建改建旅游厕所30座", "市住建局", "已销号", "销号核查："):
        assert words in text.replace("\n", ""), words
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (297, 210)
    _fonts_embedded(path)
    a3, _, _ = practice_reports.write(filled, "problems", tmp_path / "a3.pdf", paper="A3", today=TODAY)
    box = PdfReader(a3).pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (420, 297)


def test_indicator_table_pdf_has_the_footnote(filled, tmp_path):
    path, _, _ = practice_reports.write(filled, "indicators", tmp_path / "指标.pdf", today=TODAY)
    text = _text(path).replace("\n", "")
    for words in ("主要指标监测表", "健康环境", "空气质量优良天数比率（%）", "80*", "约束性", "78.1", "落后序时",
                  "注：标注*的指标数值以上级下达指标为准"):
        assert words in text, words


def test_project_table_pdf_and_excel_agree(filled, tmp_path):
    path, _, _ = practice_reports.write(filled, "projects", tmp_path / "项目.pdf", today=TODAY)
    text = _text(path).replace("\n", "")
    for words in ("2024年重点项目推进表", "推进市博物馆项目建设", "68,000", "25,000", "32,400", "45.6%", "主体封顶", "合计"):
        assert words in text, words
    xlsx, sheets, _ = practice_reports.write(filled, "projects", tmp_path / "项目.xlsx", today=TODAY)
    ws = load_workbook(xlsx).active
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert sheets == 1 and "推进市博物馆项目建设" in cells and "45.6%" in cells and "32,400" in cells
    assert ws.cell(1, 1).value.endswith("2024年重点项目推进表")


def test_responsibility_list_one_page_per_unit(filled, tmp_path):
    path, pages, _ = practice_reports.write(filled, "responsibility", tmp_path / "责任.pdf", today=TODAY)
    with pdfplumber.open(path) as pdf:
        firsts = [(p.extract_text() or "").split("\n")[0] for p in pdf.pages]
    assert "市文旅局责任清单" in firsts and "市发改委责任清单" in firsts and "市统计局责任清单" in firsts
    one, pages, _ = practice_reports.write(filled, "responsibility", tmp_path / "文旅.pdf", unit="市文旅局",
                                           today=TODAY)
    text = _text(one).replace("\n", "")
    assert pages == 1
    for words in ("市文旅局责任清单", "牵头任务1项", "配合任务1项", "整改问题1个", "推进市博物馆项目建设",
                  "编制文旅康养规划", "景区厕所不足"):
        assert words in text, words
    leader, _, _ = practice_reports.write(filled, "responsibility", tmp_path / "王.xlsx", leader="王副市长",
                                          today=TODAY)
    ws = load_workbook(leader).active
    assert ws.cell(1, 1).value == "王副市长责任清单"


def test_a_group_name_is_repeated_atop_the_page_it_continues_on(tmp_path):
    from kydesk.printing.ruled_tables import Part, Table, TableReport, build_table_pdf

    rows = [{"seq": str(i), "field": "健康事业" if i == 1 else "", "name": f"第{i}项指标"} for i in range(1, 60)]
    report = TableReport("indicators", "宝鸡市康养专班", TODAY,
                         [Part({"total": 59, "met": 0, "on_track": 0, "behind": 0, "no_data": 59},
                               [Table("indicators", rows, carry=("field",))])])
    result = build_table_pdf(report, tmp_path / "t.pdf")
    assert result.pages >= 2
    with pdfplumber.open(result.path) as pdf:
        second = (pdf.pages[1].extract_text() or "").split("\n")
    first_row = next(line for line in second if "项指标" in line)
    assert "健康事业" in first_row


def test_word_copies_for_an_office_that_edits_before_it_prints(filled, tmp_path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn

    path, parts, _ = practice_reports.write(filled, "problems", tmp_path / "问题.docx", paper="A3", today=TODAY)
    doc = docx.Document(path)
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and round(section.page_width.mm) == 420
    assert doc.paragraphs[0].text.endswith("问题整改清单")
    assert "共2个问题" in doc.paragraphs[1].text
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells][:3] == ["序号", "存在问题", "来源"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None       # repeated on every page
    assert table.rows[1].cells[1].text == "景区厕所不足，旺季游客投诉较多"
    resp, parts, _ = practice_reports.write(filled, "responsibility", tmp_path / "责任.docx", today=TODAY)
    titles = [p.text for p in docx.Document(resp).paragraphs if p.text.endswith("责任清单")]
    assert parts == len(titles) >= 3 and "市文旅局责任清单" in titles
