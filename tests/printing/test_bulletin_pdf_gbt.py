"""The 通报 PDF read back: 标点挤压 instead of letter-spacing, and the 公文 form (版头, 发文字号, 版记 on an even page)."""
from collections import defaultdict
from datetime import date

import pdfplumber
import pytest

from kydesk.printing.bulletin import BulletinData, UnitFigures, build_bulletin_pdf

MM = 72 / 25.4
LEFT, RIGHT = 28 * MM, (28 + 156) * MM
PITCH = 156 * MM / 28


def data(**kw) -> BulletinData:
    units = [UnitFigures("市人社局", 2, 0, 2, 0, 0, 0.0, 93.0, 90.0), UnitFigures("市体育局", 2, 2, 0, 0, 0, 100.0, 100.0, 95.0),
             UnitFigures("镇安县", 1, 1, 0, 0, 0, 100.0, 100.0, 98.0),
             UnitFigures("市林业局", 3, 2, 0, 1, 0, 66.7, 97.7, 97.7)]
    base = dict(year=2026, period="2026年第四季度", as_of=date(2026, 12, 6), org="商洛市康养之都建设工作专班",
                issued=date(2026, 12, 6), overall=UnitFigures("合计", 8, 5, 2, 1, 0, 62.5, 96.0, 95.0), units=units)
    base.update(kw)
    return BulletinData(**base)


def lines(page):
    rows = defaultdict(list)
    for c in page.chars:
        if c["text"].strip() and abs(c["size"] - 16) < 0.1:
            rows[round(c["matrix"][5], 1)].append(c)
    return [sorted(chars, key=lambda c: c["x0"]) for _y, chars in sorted(rows.items(), reverse=True)]


def test_the_forestry_line_is_not_letter_spaced(tmp_path):
    path = build_bulletin_pdf(data(), tmp_path / "b.pdf").path
    with pdfplumber.open(path) as pdf:
        all_lines = [ln for p in pdf.pages for ln in lines(p)]
    line = next(ln for ln in all_lines if "".join(c["text"] for c in ln).startswith("（四）市林业局。"))
    text = "".join(c["text"] for c in line)
    assert text.startswith("（四）市林业局。牵头任务3项，已完成2项，完成率66.7%")     # the number came up
    assert line[-1]["x1"] == pytest.approx(RIGHT, abs=PITCH / 2 + 0.6)
    for a, b in zip(line, line[1:]):                     # no letter-spacing: neighbours touch their cells
        assert b["x0"] - a["x0"] <= PITCH + 0.6, (a["text"], b["text"])


def test_official_bulletin_has_a_red_head_its_number_and_the_imprint_on_an_even_page(tmp_path):
    head = {"mark": "商洛市康养之都建设工作专班文件", "number": "〔2026〕3号", "issuer": "商洛市康养之都建设工作专班"}
    path = build_bulletin_pdf(data(), tmp_path / "o.pdf", official=head).path
    with pdfplumber.open(path) as pdf:
        first = pdf.pages[0]
        mark = [c for c in first.chars if c["size"] > 22]
        assert "".join(c["text"] for c in mark) == head["mark"]
        assert all(c["non_stroking_color"] == pytest.approx((0, 0.8, 0.8, 0)) for c in mark)
        assert min(c["top"] for c in mark) == pytest.approx((37 + 35) * MM, abs=3 * MM)
        assert "〔2026〕3号" in first.extract_text()
        reds = [r for r in first.lines if r.get("stroking_color") == pytest.approx((0, 0.8, 0.8, 0))]
        assert reds and reds[0]["x0"] == pytest.approx(LEFT, abs=1) and reds[0]["x1"] == pytest.approx(RIGHT, abs=1)
        assert len(pdf.pages) % 2 == 0
        last = pdf.pages[-1].extract_text()
        assert "2026年12月6日印发" in last
        numbers = [p.extract_text().splitlines()[-1] for p in pdf.pages[:-1]]
        assert numbers == [f"— {n} —" for n in range(1, len(pdf.pages))]
        if not lines(pdf.pages[-1]):                     # the 版记 alone: no page number
            assert f"— {len(pdf.pages)} —" not in last
