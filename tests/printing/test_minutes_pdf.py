"""The 会议纪要 PDF read back: GB/T 9704-2012 page, grid, fonts, colours, line breaking, 版记, page numbers."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections import defaultdict
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from kydesk.domain.errors import KydeskError
from kydesk.domain.models import Attendance, AttendanceRole, Decision, Meeting
from kydesk.printing import Cancelled
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.linebreak import NO_END, NO_START
from kydesk.printing.minutes import build_minutes_pdf

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
LEFT, TOP = 28 * MM, 37 * MM                 # pdfplumber measures from the top
RIGHT, BOTTOM = LEFT + 156 * MM, TOP + 225 * MM
PITCH = 156 * MM / 28
TOL = 0.6
ORG = "商洛市康养之都建设工作专班"
RED = (0, 0.8, 0.8, 0)

SUMMARY = """7月5日下午，市康养之都建设工作专班召开第三次推进会，听取近期工作进展情况的汇报，了解掌握存在问题，安排部署下一步重点工作。会议由李强同志主持，专班各成员单位负责同志参加会议。

会议认为，上半年全市上下拧成一股绳、拼着一股劲，细化目标任务，强化工作措施，康养之都建设各项任务稳步推进。成功入选国家级全域森林康养试点建设市、陕西省森林康养基地；6县1区全部入选“美丽中国·深呼吸小城”预备名单；成功举办了秦岭生态文化旅游节、康养信息发布会、“云招商”视频推介大会等重大节会；康养大数据平台建设完成15个部门50余万条数据对接，健康医药产业产值增速16.4%，GDP贡献率稳步提升。

一、准确研判形势，找准症结所在

会议指出，当前我市文旅康养产业存在以下问题：一是龙头不强，缺少5A级景区、国家级旅游度假区，缺少融资能力、运作能力、策划能力强的链主型企业；二是品牌不彰，高附加值的产品不多，缺少特色旅游产品和高端业态；三是氛围不浓，同质竞争、同时竞争一定程度上存在——通过融媒体矩阵和新媒体对外宣传的力度不够……各单位要高度重视。

（一）坚持规划引领。要对照《商洛市康养之都建设三年行动方案（2024—2026年）》，逐项梳理目标任务，建立台账，挂图作战，确保“时间过半、任务过半”。

（二）强化项目支撑。围绕“一核、两环、两带、多片”的空间布局，深入开展基础提升、景区提级、业态提质行动，加快柞水云山湖森林康养度假区、丹凤鱼岭水寨等项目建设，力争年内完成投资30亿元以上。

二、压实工作责任，确保任务落地

各县区、各成员单位要按照“一季度一督查一通报，年终考核”的要求，强化督办落实和考核奖惩，确保各项工作落到实处。专班办公室要加强统筹协调，每月5日前汇总各单位工作进展，对进度滞后的任务及时亮灯督办。

会议强调，打造“中国康养之都”是市委、市政府作出的重大决策部署，各级各部门要进一步提高政治站位，增强责任意识，以更加务实的作风、更加有力的举措，推动康养之都建设取得新的更大成效。"""


def make_meeting(**kw) -> Meeting:
    m = Meeting(id="m-1", title="关于加快推进康养之都建设重点项目的会议纪要", date=date(2024, 7, 5), kind="推进会",
                number=3, time="15:00", place="市政府3楼会议室", chair="李强", recorder="王芳", summary=SUMMARY,
                issuer="商洛市康养之都建设工作专班办公室",
                distribution="市委办公室，市政府办公室，各县区人民政府，市康养专班各成员单位",
                issued=date(2024, 7, 8))
    people = [("张华", "市发改委", "主任"), ("李明", "市民政局", "局长"), ("赵丽", "市卫健委", "副主任"),
              ("陈刚", "市文旅局", ""), ("周强", "市林业局", "副局长"), ("吴敏", "市体育局", ""),
              ("郑洁", "市市场监管局", ""), ("黄伟", "市商务局", "副局长")]
    for i, (name, unit, title) in enumerate(people):
        m.attendance.append(Attendance(id=f"a{i}", meeting_id=m.id, name=name, unit=unit, title=title, ord=i))
    m.attendance.append(Attendance(id="o1", meeting_id=m.id, name="孙悦", unit="市政府办",
                                   role=AttendanceRole.OBSERVER))
    m.attendance.append(Attendance(id="l1", meeting_id=m.id, name="王五", unit="市卫健委",
                                   role=AttendanceRole.LEAVE, reason="因公出差"))
    m.decisions.append(Decision(id="d1", meeting_id=m.id, text="加快推进康养大数据平台建设", lead_unit="市大数据局",
                                partner_units=["市卫健委", "市民政局"], due_text="7月底前"))
    for key, value in kw.items():
        setattr(m, key, value)
    return m


def three_pages() -> Meeting:
    return make_meeting(summary=SUMMARY + "\n\n" + SUMMARY.split("\n\n")[1])


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("minutes") / "纪要.pdf"
    result = build_minutes_pdf(three_pages(), out, org_name=ORG)
    assert result.path == out and out.exists()
    return out


@pytest.fixture(scope="module")
def pdf(pdf_path):
    with pdfplumber.open(pdf_path) as doc:
        yield doc


def text_lines(page) -> list[tuple[float, list[dict]]]:
    """Characters grouped into lines by their baseline (top of the page first), left to right."""
    rows: dict[float, list[dict]] = defaultdict(list)
    for ch in page.chars:
        if ch["text"].strip():
            rows[round(ch["matrix"][5], 1)].append(ch)
    return [(min(c["top"] for c in chars), sorted(chars, key=lambda c: c["x0"]))
            for _base, chars in sorted(rows.items(), reverse=True)]


def is_page_number(ch) -> bool:
    return ch["top"] > BOTTOM - TOL


def body_lines(pdf) -> list[tuple[float, list[dict]]]:
    """Lines set in 3号 (16 pt) inside the 版心, on every page."""
    out = []
    for page in pdf.pages:
        for top, chars in text_lines(page):
            if not is_page_number(chars[0]) and all(abs(c["size"] - 16) < 0.05 for c in chars):
                out.append((top, chars))
    return out


def cells(chars) -> float:
    return sum(0.5 if c["text"].isascii() else 1 for c in chars)


def test_builds_three_a4_pages_and_the_imprint_page(pdf, pdf_path):
    # the text ends on page 3 (odd): GB/T 9704 7.5 puts the 版记 on page 4, alone
    assert len(pdf.pages) == 4
    for page in pdf.pages:
        assert page.width == pytest.approx(PAGE_W, abs=0.5) and page.height == pytest.approx(PAGE_H, abs=0.5)
    assert pdf_path.stat().st_size < 250 * 1024


def test_every_glyph_inside_the_type_area_except_page_numbers(pdf):
    for n, page in enumerate(pdf.pages, start=1):
        for ch in page.chars:
            if is_page_number(ch):
                continue
            assert ch["x0"] >= LEFT - TOL and ch["x1"] <= RIGHT + TOL, (n, ch["text"], ch["x0"], ch["x1"])
            assert ch["top"] >= TOP - TOL and ch["bottom"] <= BOTTOM + TOL, (n, ch["text"], ch["top"])


def test_body_is_16_point_on_22_lines(pdf):
    page = pdf.pages[1]
    baselines = [chars[0]["matrix"][5] for top, chars in text_lines(page) if not is_page_number(chars[0])]
    assert len(baselines) == 22
    pitch = 225 * MM / 22
    for a, b in zip(baselines, baselines[1:]):
        assert a - b == pytest.approx(pitch, abs=0.05)
    assert all(c["size"] == pytest.approx(16, abs=0.05) for top, chars in text_lines(page)
               if not is_page_number(chars[0]) for c in chars)


def test_full_lines_hold_28_characters_flush_both_sides(pdf):
    lines = body_lines(pdf)
    full = [chars for _top, chars in lines if len(chars) == 28 and cells(chars) == 28]
    assert len(full) >= 10
    for chars in full:
        assert chars[0]["x0"] == pytest.approx(LEFT, abs=TOL)
        assert chars[-1]["x1"] == pytest.approx(RIGHT, abs=TOL)
        for k, ch in enumerate(chars):                  # on the grid: one cell each
            assert (ch["x0"] + ch["x1"]) / 2 == pytest.approx(LEFT + (k + 0.5) * PITCH, abs=0.6)
    for _top, chars in lines:
        assert cells(chars) <= 28


def test_no_line_starts_or_ends_with_a_forbidden_mark(pdf):
    lines = [chars for _t, chars in body_lines(pdf)]
    assert len(lines) > 40
    for k, chars in enumerate(lines):
        text = "".join(c["text"] for c in chars)
        assert text[0] not in NO_START, text
        assert text[-1] not in NO_END, text
        if k + 1 < len(lines):
            nxt = "".join(c["text"] for c in lines[k + 1])
            assert not (text.endswith("—") and nxt.startswith("—"))
            assert not (text.endswith("…") and nxt.startswith("…"))
    everything = "".join(c["text"] for chars in lines for c in chars)
    assert "——" in everything and "……" in everything


def test_short_lines_are_spread_to_the_right_edge(pdf):
    lines = [chars for _t, chars in body_lines(pdf)]
    spread = [chars for k, chars in enumerate(lines)
              if cells(chars) < 28 and k + 1 < len(lines) and chars[-1]["x1"] > RIGHT - 2
              and chars[0]["x0"] < LEFT + 2 * PITCH + 1]
    assert spread, "expected lines shortened by the line-breaking rules"
    for chars in spread:
        assert chars[-1]["x1"] == pytest.approx(RIGHT, abs=TOL)


def test_fonts_are_embedded_subsets(pdf_path):
    if resolve_fonts().fallback:
        pytest.skip("no Chinese TrueType font on this machine (STSong-Light is not embedded)")
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts (poppler-utils) not installed")
    out = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        name, emb, sub = row.split()[0], row.split()[-5], row.split()[-4]
        assert "+" in name and emb == "yes" and sub == "yes", row


def test_mark_is_red_and_centred_35mm_below_the_top(pdf):
    page = pdf.pages[0]
    mark = [c for c in page.chars if c["top"] < TOP + 60 * MM and c["size"] > 20]
    text = "".join(c["text"] for c in sorted(mark, key=lambda c: c["x0"]))
    assert text == ORG + "推进会议纪要"
    assert all(tuple(round(v, 3) for v in c["non_stroking_color"]) == RED for c in mark)
    assert min(c["top"] for c in mark) == pytest.approx(TOP + 35 * MM, abs=1.5)
    middle = (min(c["x0"] for c in mark) + max(c["x1"] for c in mark)) / 2
    assert middle == pytest.approx((LEFT + RIGHT) / 2, abs=1)
    black = [c for c in page.chars if c not in mark]
    assert all(tuple(c["non_stroking_color"]) == (0, 0, 0, 1) for c in black)


def test_header_number_issuer_and_date(pdf):
    text = pdf.pages[0].extract_text()
    assert "第3期" in text
    line = next(ln for ln in text.splitlines() if "2024年7月8日" in ln and "办公室" in ln)
    assert line.startswith("商洛市康养之都建设工作专班办公室")


def test_headings_in_heiti_and_kaiti(pdf):
    fonts = resolve_fonts()
    if len({fonts.files["fangsong"], fonts.files["heiti"], fonts.files["kaiti"]}) < 3:
        pytest.skip("仿宋, 黑体 and 楷体 resolve to the same font file here")
    chars = [c for page in pdf.pages for c in page.chars]
    text = "".join(c["text"] for c in chars)

    def font_at(fragment):
        return chars[text.index(fragment)]["fontname"].split("+")[-1]

    body = font_at("会议认为")
    assert font_at("一、准确研判形势") != body
    assert font_at("（一）坚持规划引领") not in (body, font_at("一、准确研判形势"))
    assert font_at("要对照") == body                  # the heading ends with its first sentence


def test_page_numbers_outside_edge(pdf):
    assert not [c for c in pdf.pages[-1].chars if is_page_number(c)]      # the 版记 page alone: no number
    for n, page in enumerate(pdf.pages[:-1], start=1):
        num = sorted((c for c in page.chars if is_page_number(c)), key=lambda c: c["x0"])
        assert "".join(c["text"] for c in num if c["text"].strip()) == f"—{n}—"
        assert all(c["size"] == pytest.approx(14, abs=0.05) for c in num)
        assert min(c["top"] for c in num) > BOTTOM + 3 * MM
        if n % 2:
            assert num[-1]["x1"] == pytest.approx(RIGHT - 14, abs=1.5)
        else:
            assert num[0]["x0"] == pytest.approx(LEFT + 14, abs=1.5)


def test_attendance_on_the_last_text_page_and_imprint_alone_on_the_even_page(pdf):
    last = pdf.pages[-2].extract_text()
    for label in ("出席：", "列席：", "请假："):
        assert label in last
    assert "王五（市卫健委，因公出差）" in last.replace("\n", "")
    imprint_page = pdf.pages[-1].extract_text()
    assert "分送：" in imprint_page and "2024年7月8日印发" in imprint_page and "出席" not in imprint_page
    assert len(pdf.pages) % 2 == 0
    for page in pdf.pages[:-1]:
        assert "印发" not in page.extract_text().replace("印发机关", "")
    imprint = [c for c in pdf.pages[-1].chars if c["size"] == pytest.approx(14) and not is_page_number(c)]
    assert max(c["bottom"] for c in imprint) > BOTTOM - 10 * MM


def test_attendance_wrapped_lines_align_after_the_colon(pdf):
    lines = text_lines(pdf.pages[-2])
    k = next(i for i, (_t, chars) in enumerate(lines) if "".join(c["text"] for c in chars).startswith("出席："))
    first, second = lines[k][1], lines[k + 1][1]
    assert first[0]["x0"] == pytest.approx(LEFT + 2 * PITCH, abs=TOL)
    assert second[0]["x0"] == pytest.approx(LEFT + 5 * PITCH, abs=1.5)


def test_without_attendees_the_sections_are_left_out(tmp_path):
    m = make_meeting(attendance=[], decisions=[])
    build_minutes_pdf(m, tmp_path / "a.pdf", org_name=ORG)
    with pdfplumber.open(tmp_path / "a.pdf") as doc:
        text = "".join(p.extract_text() for p in doc.pages)
    assert "出席：" not in text and "列席：" not in text and "请假：" not in text
    m = make_meeting()
    m.attendance = [a for a in m.attendance if a.role is AttendanceRole.PRESENT]
    build_minutes_pdf(m, tmp_path / "b.pdf", org_name=ORG)
    with pdfplumber.open(tmp_path / "b.pdf") as doc:
        text = "".join(p.extract_text() for p in doc.pages)
    assert "出席：" in text and "列席：" not in text and "请假：" not in text


def test_empty_summary_prints_the_decisions(tmp_path):
    m = make_meeting(summary="", distribution="", attendance=[])
    m.decisions.append(Decision(id="d2", meeting_id=m.id, text="做好“秦岭生态文化旅游节”筹备工作。",
                                lead_unit="市文旅局", due=date(2024, 9, 30), ord=2))
    result = build_minutes_pdf(m, tmp_path / "d.pdf", org_name=ORG)
    with pdfplumber.open(result.path) as doc:
        text = "".join(p.extract_text() for p in doc.pages).replace("\n", "")
    assert "会议议定事项如下：" in text
    assert "一、加快推进康养大数据平台建设（牵头单位：市大数据局；配合单位：市卫健委、市民政局；时限：7月底前）。" in text
    assert "二、做好“秦岭生态文化旅游节”筹备工作（牵头单位：市文旅局；时限：2024年9月30日）。" in text
    assert "分送" not in text and "2024年7月8日印发" in text


def test_nothing_but_a_title_still_prints(tmp_path):
    m = Meeting(id="m-0", title="专题会", date=date(2024, 1, 2))
    result = build_minutes_pdf(m, tmp_path / "e.pdf", org_name=ORG)
    assert result.pages == 2                          # page 1, and the 版记 alone on the even page 2
    with pdfplumber.open(result.path) as doc:
        text = doc.pages[0].extract_text()
        imprint = doc.pages[1].extract_text()
    assert "2024年1月2日" in text and "第0期" not in text
    assert "印发" in imprint and "— 2 —" not in imprint


def test_a_200_character_title_wraps_centred(tmp_path):
    title = ("关于统筹推进康养之都建设暨文旅康养产业高质量发展重点项目谋划储备要素保障招商引资和全域旅游示范区创建"
             "等工作的专题会议纪要") * 4
    title = title[:200]
    build_minutes_pdf(make_meeting(title=title), tmp_path / "t.pdf", org_name=ORG)
    with pdfplumber.open(tmp_path / "t.pdf") as doc:
        chars = [c for p in doc.pages for c in p.chars if c["size"] == pytest.approx(22, abs=0.05)]
        rows = defaultdict(list)
        for c in chars:
            rows[(c["page_number"], round(c["top"], 1))].append(c)
    assert sum(len(r) for r in rows.values()) == 200
    assert len(rows) == 10
    for row in rows.values():
        assert len(row) <= 20
        middle = (min(c["x0"] for c in row) + max(c["x1"] for c in row)) / 2
        assert middle == pytest.approx((LEFT + RIGHT) / 2, abs=1.0)
        assert min(c["x0"] for c in row) >= LEFT - TOL and max(c["x1"] for c in row) <= RIGHT + TOL


def test_result_reports_pages_and_fonts(tmp_path):
    result = build_minutes_pdf(make_meeting(), tmp_path / "r.pdf", org_name=ORG)
    assert result.pages >= 1
    assert {"fangsong", "heiti", "xiaobiaosong", "songti"} <= set(result.fonts_used)
    fonts = resolve_fonts()
    assert result.warning == fonts.warning


def test_progress_and_cancel_leave_no_file(tmp_path):
    seen = []
    build_minutes_pdf(three_pages(), tmp_path / "p.pdf", org_name=ORG, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    with pytest.raises(Cancelled):
        build_minutes_pdf(three_pages(), tmp_path / "c.pdf", org_name=ORG, progress=lambda d, t: d < 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.pdf"]


def test_imprint_stays_on_a_text_page_that_is_even(tmp_path):
    """Text ending on an even page with room: the 版记 is the last thing on that page, which keeps its number."""
    m = three_pages()
    para = "会议认为，各县区、各部门按照年度作战图扎实推进各项任务，重点项目建设总体平稳有序。"
    for k in range(4, 40):
        m.summary = "\n\n".join([para] * k)
        result = build_minutes_pdf(m, tmp_path / "even.pdf", org_name=ORG)
        with pdfplumber.open(result.path) as doc:
            pages = [p.extract_text() for p in doc.pages]
        if len(pages) == 2 and "出席" in pages[-1]:
            break
    assert len(pages) == 2 and "出席" in pages[-1] and "印发" in pages[-1] and "— 2 —" in pages[-1]


def test_saving_over_a_locked_pdf_says_so_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "纪要（第3期）.pdf"
    target.write_bytes(b"%PDF-old")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(KydeskError) as err:
        build_minutes_pdf(make_meeting(), target, org_name=ORG)
    assert "纪要（第3期）.pdf" in str(err.value) and "其他程序" in str(err.value)
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(KydeskError, match="不存在"):
        build_minutes_pdf(make_meeting(), tmp_path / "nope" / "a.pdf", org_name=ORG)
