"""The .docx files converted to PDF by LibreOffice, read back with the checks of the PDF tests: lines of 28
characters, 22 lines on a full page, "— N —" on the outside edge (odd right, even left), the 版记 as the last
thing on an even page that has no number when it holds nothing else. Skipped when LibreOffice is absent."""
from collections import Counter, defaultdict

import pdfplumber
import pytest

from tests.printing.word.conftest import convert, run

A4 = (595.3, 841.9)
PUNCT = "，。、；：？！”’）》"


def lines(page, size: float) -> list[str]:
    rows: dict[int, list] = defaultdict(list)
    for c in page.chars:
        if c["text"].strip() and abs(c["size"] - size) < 0.3:
            rows[round(c["top"])].append(c)
    return ["".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])) for _top, chars in sorted(rows.items())]


def page_number(page) -> tuple[str, float] | None:
    # below the 版心 (its foot is 35 mm above the paper's edge)
    chars = [c for c in page.chars if c["top"] > page.height - 35 * 72 / 25.4 + 2 and c["text"].strip()]
    if not chars:
        return None
    return "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])), min(c["x0"] for c in chars)


def check_numbers_and_imprint(pdf) -> None:
    pages = pdf.pages
    assert len(pages) % 2 == 0, "the 版记 is on an even page"
    assert "印发" in pages[-1].extract_text()
    for n, page in enumerate(pages, start=1):
        assert (page.width, page.height) == pytest.approx(A4, abs=1)
        found = page_number(page)
        if n == len(pages) and not lines(page, 16):
            assert found is None                                  # the 版记 alone: no page number
            continue
        assert found is not None and found[0] == f"—{n}—"
        assert (found[1] > page.width / 2) if n % 2 else (found[1] < page.width / 2)


def test_minutes_lines_of_28_and_pages_of_22(converted):
    with pdfplumber.open(converted["minutes"]) as pdf:
        body = [ln for p in pdf.pages for ln in lines(p, 16)]
        full = [ln.rstrip(PUNCT) if len(ln) > 28 else ln for ln in body if len(ln) >= 24]
        assert max(len(ln) for ln in full) <= 28
        assert Counter(len(ln) for ln in full).most_common(1)[0][0] == 28
        assert len(lines(pdf.pages[1], 16)) == 22                 # a full page: 22 lines
        text = "".join(body)
        assert "一、关于近期工作进展" in text and "出席：" in text


def test_minutes_ending_on_an_odd_page_puts_the_imprint_alone_on_the_next(converted):
    with pdfplumber.open(converted["minutes"]) as pdf:
        assert len(pdf.pages) == 4 and not lines(pdf.pages[-1], 16)
        check_numbers_and_imprint(pdf)
        imprint = [c for c in pdf.pages[-1].chars if c["text"].strip()]
        assert min(c["top"] for c in imprint) > pdf.pages[-1].height * 0.75     # at the foot of the 版心


def test_minutes_ending_on_an_even_page_keeps_the_imprint_on_it(demo, tmp_path):
    from tests.printing.word.conftest import ORG  # noqa: F401 - the demo's org names the mark

    db = demo["db"]
    code, out, err = run("--db", db, "meeting", "add", "--title", "专题会", "--date", "2026-11-20", "--kind", "专题会")
    mid = out.strip()
    para = "会议认为，各县区、各部门按照年度作战图扎实推进各项任务，重点项目建设总体平稳有序。"
    target = tmp_path / "even.docx"
    for k in range(8, 40):
        (tmp_path / "s.txt").write_text("\n\n".join([para] * k), encoding="utf-8")
        assert run("--db", db, "meeting", "summary", mid, "--file", tmp_path / "s.txt")[0] == 0
        code, out, err = run("--db", db, "report", "minutes", mid, "-o", target)
        if "（2 页）" in err:
            break
    pdf_path = convert([target], tmp_path / "pdf")["even"]
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) == 2 and lines(pdf.pages[1], 16)     # text and 版记 share page 2
        check_numbers_and_imprint(pdf)


def test_other_documents_convert_and_read_back(converted, demo):
    with pdfplumber.open(converted["record"]) as pdf:
        text = "".join(p.extract_text() for p in pdf.pages).replace(" ", "")
        for label in ("会议记录", "会议名称", "出席人员", "发言记录", "议定事项", "主持人（签字）"):
            assert label in text
        assert "第1页共" in text
    with pdfplumber.open(converted["notice"]) as pdf:
        numbers = [p.extract_text().count("督办〔2026〕") for p in pdf.pages]
        assert numbers == [1] * len(pdf.pages)                    # one page per 督办单
    with pdfplumber.open(converted["dispatch"]) as pdf:
        assert pdf.pages[0].width > pdf.pages[0].height
        assert "合计" in "".join(p.extract_text() for p in pdf.pages)
    with pdfplumber.open(converted["bulletin"]) as pdf:
        text = "".join(p.extract_text() for p in pdf.pages).replace(" ", "").replace("\n", "")
        assert "关于2026年第四季度重点任务推进情况的通报" in text and "合计" in text
    with pdfplumber.open(converted["official"]) as pdf:
        first = pdf.pages[0]
        red = [c for c in first.chars if c["text"] == "文" and c["non_stroking_color"] not in (None, (0,), [0])]
        assert red and "〔2026〕1号" in first.extract_text().replace(" ", "")
        check_numbers_and_imprint(pdf)
