"""The 会议记录 PDF read back: the form's labels, the speeches by agenda item, signatures, page count."""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

import pdfplumber
import pytest

from kydesk.domain.models import AgendaItem, Attendance, AttendanceRole, Decision, Meeting, RecordEntry
from kydesk.printing import Cancelled
from kydesk.printing.layout import reports_dir
from kydesk.printing.linebreak import NO_END, NO_START
from kydesk.printing.record import build_record_pdf

MM = 72 / 25.4
LEFT, TOP = 28 * MM, 37 * MM
RIGHT, BOTTOM = LEFT + 156 * MM, TOP + 225 * MM
TOL = 0.8
ORG = "商洛市康养之都建设工作专班"

SPEECH = ("近年来，经过市、县（市、区）各相关部门的努力，目前我市的文旅产业已经取得一定基础，已建成5A级景区1家、"
          "4A级景区19家，省级旅游度假区3个。但我们也清醒地认识到，我市的文旅产业存在以下问题：一是龙头不强——"
          "缺少融资能力、运作能力、策划能力强的链主型企业；二是品牌不彰，缺少特色旅游产品和高端业态；"
          "三是氛围不浓，通过融媒体矩阵和新媒体对外宣传的力度不够……下一步要对照《三年行动方案》逐项推进。")


def make_meeting() -> Meeting:
    m = Meeting(id="m-9", title="商洛市康养之都建设工作专班第三次推进会", date=date(2024, 7, 5), kind="推进会",
                number=3, time="15:00", place="市政府3楼会议室", chair="李强", recorder="王芳",
                record="会议要求各单位于7月15日前报送上半年工作总结。\n\n下次推进会定于7月19日召开。")
    for i, (name, unit) in enumerate([("张华", "市发改委"), ("李明", "市民政局"), ("赵丽", "市卫健委"),
                                      ("陈刚", "市文旅局"), ("周强", "市林业局")]):
        m.attendance.append(Attendance(id=f"a{i}", meeting_id=m.id, name=name, unit=unit, ord=i))
    m.attendance.append(Attendance(id="o", meeting_id=m.id, name="孙悦", unit="市政府办", role=AttendanceRole.OBSERVER))
    m.attendance.append(Attendance(id="l", meeting_id=m.id, name="王五", unit="市体育局", role=AttendanceRole.LEAVE,
                                   reason="因公出差"))
    m.agenda = [AgendaItem(id="g1", meeting_id=m.id, title="上次会议议定事项落实情况", presenter="张华", ord=1),
                AgendaItem(id="g2", meeting_id=m.id, title="文旅康养重点项目推进情况", presenter="陈刚", ord=2)]
    speakers = ["张华", "陈刚", "周强", "李强"]
    for i in range(12):
        m.entries.append(RecordEntry(id=f"e{i}", meeting_id=m.id, speaker=speakers[i % 4], text=SPEECH,
                                     agenda_id="g1" if i < 5 else "g2", ord=i))
    m.decisions = [Decision(id="d1", meeting_id=m.id, text="加快推进康养大数据平台建设", lead_unit="市大数据局",
                            partner_units=["市卫健委"], due_text="7月底前", ord=1),
                   Decision(id="d2", meeting_id=m.id, text="筹备秦岭生态文化旅游节", lead_unit="市文旅局",
                            due=date(2024, 9, 30), ord=2)]
    return m


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    out = tmp_path_factory.mktemp("record") / "记录.pdf"
    result = build_record_pdf(make_meeting(), out, org_name=ORG)
    with pdfplumber.open(out) as doc:
        yield result, doc


def flat(text: str) -> str:
    return "".join(text.split())


def test_all_labels_and_values_present(record):
    result, doc = record
    labels = json.loads((reports_dir() / "record.json").read_text(encoding="utf-8"))["labels"]
    text = flat("".join(p.extract_text() for p in doc.pages))
    assert text.startswith(ORG + "会议记录")
    for key in ("meeting", "time", "place", "chair", "recorder", "present", "observer", "absent", "agenda",
                "speeches", "decisions"):
        assert labels[key] in text, key
    for value in ("2024年7月5日（星期五）15:00", "市政府3楼会议室", "李强", "王芳", "张华（市发改委）",
                  "孙悦（市政府办）", "王五（市体育局，因公出差）", "1．上次会议议定事项落实情况（汇报：张华）",
                  "一、上次会议议定事项落实情况", "二、文旅康养重点项目推进情况", "补充记录",
                  "1．加快推进康养大数据平台建设（牵头单位：市大数据局；配合单位：市卫健委；时限：7月底前）。",
                  "2．筹备秦岭生态文化旅游节（牵头单位：市文旅局；时限：2024年9月30日）。"):
        assert value in text, value
    assert text.index("一、上次会议") < text.index("二、文旅康养") < text.index("补充记录")


def test_a4_pages_with_page_count_footer(record):
    result, doc = record
    assert result.pages == len(doc.pages) >= 2
    for n, page in enumerate(doc.pages, start=1):
        assert page.width == pytest.approx(595.28, abs=0.5) and page.height == pytest.approx(841.89, abs=0.5)
        footer = [c for c in page.chars if c["top"] > BOTTOM]
        assert flat("".join(c["text"] for c in sorted(footer, key=lambda c: c["x0"]))) == f"第{n}页共{len(doc.pages)}页"


def test_signatures_on_the_last_page_only(record):
    _result, doc = record
    assert "主持人（签字）" in flat(doc.pages[-1].extract_text())
    assert "记录人（签字）" in flat(doc.pages[-1].extract_text())
    for page in doc.pages[:-1]:
        assert "签字" not in page.extract_text()


def test_long_speech_row_continues_with_its_label(record):
    _result, doc = record
    label_column = [c for c in doc.pages[1].chars if c["x1"] < LEFT + 24 * MM]
    text = "".join(c["text"] for c in sorted(label_column, key=lambda c: (round(c["matrix"][5]) * -1, c["x0"])))
    assert text == "发言记录（续）"


def test_glyphs_inside_the_type_area_and_line_rules(record):
    _result, doc = record
    for page in doc.pages:
        for ch in page.chars:
            if ch["top"] > BOTTOM:
                continue                                    # the page footer
            assert ch["x0"] >= LEFT - TOL and ch["x1"] <= RIGHT + TOL, ch["text"]
            assert ch["top"] >= TOP - TOL and ch["bottom"] <= BOTTOM + TOL, ch["text"]
        rows = defaultdict(list)
        for ch in page.chars:
            if ch["x0"] > LEFT + 24 * MM and ch["top"] < BOTTOM and ch["text"].strip():   # the wide column
                rows[round(ch["matrix"][5], 1)].append(ch)
        for chars in rows.values():
            text = "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]))
            assert text[0] not in NO_START and text[-1] not in NO_END, text


def test_fonts_used_reported(record):
    result, _doc = record
    assert {"fangsong", "heiti"} <= set(result.fonts_used)


def test_empty_meeting_prints_the_form_without_empty_optional_rows(tmp_path):
    m = Meeting(id="m-0", title="专题会", date=date(2024, 1, 2))
    result = build_record_pdf(m, tmp_path / "r.pdf", org_name=ORG)
    assert result.pages == 1
    with pdfplumber.open(result.path) as doc:
        text = flat(doc.pages[0].extract_text())
    assert "出席人员" in text and "列席人员" not in text and "缺席人员" not in text
    assert "议定事项无" in text and "第1页共1页" in text and "主持人（签字）" in text


def test_cancel_leaves_no_file(tmp_path):
    with pytest.raises(Cancelled):
        build_record_pdf(make_meeting(), tmp_path / "c.pdf", org_name=ORG, progress=lambda d, t: False)
    assert list(tmp_path.iterdir()) == []
