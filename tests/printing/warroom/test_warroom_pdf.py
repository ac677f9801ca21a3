"""The 作战图 PDF read back: paper, header and legend on every page, one bar per task in its light's colour,
the today line, edge arrows for tasks outside the year, tiles, an empty year."""
import json
from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest

from tests.conftest import TODAY
from tests.printing.warroom.conftest import LEDGER, rgb, same_colour, words

ROOT = Path(__file__).resolve().parents[3]
LAYOUT = json.loads((ROOT / "reports" / "warroom.json").read_text(encoding="utf-8"))
MM = 72 / 25.4
PAINTS = ("red", "yellow", "green", "done")


def chart(db, tmp_path, name="wr.pdf", **kw):
    from kydesk.services import warroom

    out = tmp_path / name
    query = warroom.ChartQuery(**{k: kw.pop(k) for k in ("year", "unit", "light", "key_only") if k in kw})
    result = warroom.warroom_pdf(db, out, query, today=TODAY, **kw)
    return out, result


def geometry(paper="A3"):
    p = LAYOUT["papers"][paper]
    left = p["margin_mm"] * MM
    table_w = sum(c["width_mm"] for c in p["columns"]) * MM
    right = (p["width_mm"] - p["margin_mm"]) * MM
    return left + table_w, right, p


def bars(page):
    """Filled rectangles in a light's colour, as (colour name, rect)."""
    colours = {k: rgb(LAYOUT["colours"][k]) for k in PAINTS}
    found = []
    for r in page.rects:
        if not r.get("fill"):
            continue
        for name, c in colours.items():
            if same_colour(r.get("non_stroking_color"), c):
                found.append((name, r))
    return found


def test_a3_landscape_by_default_and_a4_on_request(db, ledger, tmp_path):
    out, result = chart(db, tmp_path)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        assert (round(page.width), round(page.height)) == (1191, 842)
    assert result.pages == 1
    out, _ = chart(db, tmp_path, "a4.pdf", paper="A4")
    with pdfplumber.open(out) as pdf:
        assert (round(pdf.pages[0].width), round(pdf.pages[0].height)) == (842, 595)


def test_one_bar_per_task_in_the_colour_of_its_light(db, ledger, tmp_path):
    out, _ = chart(db, tmp_path)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        found = bars(page)
        assert len(found) == len(LEDGER)                      # the task closed last year is left out
        lines = page.extract_words(keep_blank_chars=True)
        for title, (paint, _) in LEDGER.items():
            word = next(w for w in lines if title in w["text"])
            mid = (word["top"] + word["bottom"]) / 2
            in_row = [name for name, r in found if r["top"] - 6 <= mid <= r["bottom"] + 6]
            assert in_row == [paint], title
        text = page.extract_text()
    assert "另有 1 项往年已办结的任务未列入" in text


def test_today_line_at_today(db, ledger, tmp_path):
    out, _ = chart(db, tmp_path)
    x0, x1, _ = geometry()
    day = (TODAY - date(2024, 1, 1)).days + 0.5
    expected = x0 + (x1 - x0) * day / 366
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        red = rgb(LAYOUT["colours"]["today"])
        verticals = [ln for ln in page.lines if abs(ln["x0"] - ln["x1"]) < 0.01
                     and same_colour(ln.get("stroking_color"), red) and ln["top"] > 100]   # not the legend's
    assert len(verticals) == 1
    assert verticals[0]["x0"] == pytest.approx(expected, abs=0.5)
    assert verticals[0]["bottom"] - verticals[0]["top"] > 100       # runs down the chart


def test_no_today_line_in_another_year(db, ledger, tmp_path):
    out, _ = chart(db, tmp_path, year=2023)
    red = rgb(LAYOUT["colours"]["today"])
    with pdfplumber.open(out) as pdf:
        assert not [ln for ln in pdf.pages[0].lines if same_colour(ln.get("stroking_color"), red)]


def test_tasks_outside_the_year_are_drawn_at_the_edge_with_an_arrow(db, ledger, tmp_path):
    out, _ = chart(db, tmp_path)
    x0, x1, _ = geometry()
    arrow = rgb(LAYOUT["colours"]["arrow"])
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        found = bars(page)
        arrows = [c for c in page.curves if same_colour(c.get("non_stroking_color"), arrow) and c["top"] > 100]   # not the legend
        ws = page.extract_words(keep_blank_chars=True)

        def row(title):
            w = next(w for w in ws if title in w["text"])
            return (w["top"] + w["bottom"]) / 2

        def bar(title):
            mid = row(title)
            return next(r for _, r in found if r["top"] - 6 <= mid <= r["bottom"] + 6)

        def arrows_in(title):
            mid = row(title)
            return [a for a in arrows if a["top"] - 6 <= mid <= a["bottom"] + 6]

    last_year = bar("上年遗留的消防整改")
    assert last_year["x0"] == pytest.approx(x0, abs=0.5) and last_year["x1"] - last_year["x0"] < 20
    assert [a for a in arrows_in("上年遗留的消防整改") if a["x0"] < x0 + 10]          # ◀ at the left edge
    next_year = bar("明年完成的康养小镇二期")
    assert next_year["x1"] == pytest.approx(x1, abs=0.5)
    assert [a for a in arrows_in("明年完成的康养小镇二期") if a["x1"] > x1 - 10]      # ▶ at the right edge
    ongoing = bar("长期推进的智慧平台")
    assert ongoing["x1"] == pytest.approx(x1, abs=0.5) and arrows_in("长期推进的智慧平台")
    inside = bar("按序时推进的产业链清单")
    assert not arrows_in("按序时推进的产业链清单") and inside["x0"] == pytest.approx(x0, abs=0.5)


def test_long_chart_repeats_header_and_legend_on_every_page(db, tmp_path):
    from kydesk.services import tasks

    items = [{"title": f"第{i}项：推进康养产业重点项目建设并按月报送进展情况，确保按期完成年度目标任务",
              "lead_unit": ["市发改委", "市文旅局", "市民政局"][i % 3], "start": date(2024, 1, 1),
              "due": date(2024, 1, 1) + timedelta(days=3 * i), "person": "张华", "leader": "王副市长"}
             for i in range(1, 90)]
    tasks.add_tasks(db, items, today=TODAY)
    out, result = chart(db, tmp_path)
    assert result.pages >= 3
    pages = words(out)
    assert len(pages) == result.pages
    for n, text in enumerate(pages, start=1):
        for needle in ("2024年", "作战图", "打印日期：2024年7月15日", "序号", "任务", "责任领导", "时限", "1月", "12月",
                       "第一季度", "红灯：逾期或严重滞后", "黄灯", "绿灯", "已完成", f"第 {n} 页 / 共 {result.pages} 页"):
            assert needle in text, (n, needle)
    assert "（续）" in "".join(pages[1:])                    # a unit running over a page break is headed again
    with pdfplumber.open(out) as pdf:
        assert sum(len(bars(p)) for p in pdf.pages) == 89


def test_week_zoom_tiles_side_by_side_with_join_marks(db, ledger, tmp_path):
    out, result = chart(db, tmp_path, zoom="week")
    assert result.pages == 2
    pages = words(out)
    for k, text in enumerate(pages, start=1):
        assert "拼接线" in text and f"第 1 排 第 {k} 张（共 2 张）" in text
        assert "序号" in text and "任务" in text                # task columns on every sheet
    assert "1月" in pages[0] and "12月" in pages[1]


def test_an_empty_year_prints_a_chart_that_says_so(db, tmp_path):
    out, result = chart(db, tmp_path, year=2030)
    assert result.pages == 1
    text = words(out)[0]
    assert "2030年度没有符合条件的任务" in text and "作战图" in text and "1月" in text


def test_filters_are_named_on_the_page(db, ledger, tmp_path):
    out, _ = chart(db, tmp_path, light="red", unit="市文旅局")
    text = words(out)[0]
    assert "范围：牵头或配合单位含“市文旅局”；红灯" in text
    assert "逾期未完成的景区创建" in text and "临期的招商推介会" not in text


def test_chinese_is_embedded_as_subset_fonts(db, ledger, tmp_path):
    from pypdf import PdfReader

    out, result = chart(db, tmp_path)
    fonts = set()
    for page in PdfReader(out).pages:
        for f in page["/Resources"]["/Font"].values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    if result.warning is None:
        assert any(name.startswith("/AAAAAA+") for name in fonts)
