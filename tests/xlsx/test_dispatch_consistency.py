"""The printed 月调度表 / 通报 and the Excel ones show the same figures: both are read back (the PDF with
pdfplumber, the workbook with openpyxl) from a ledger of every kind of task on a fixed date, and compared
cell by cell, whichever of the two the clerk makes first."""
import re
from datetime import date

import openpyxl
import pdfplumber
import pytest

from kydesk.services import reports, tasks
from kydesk.services import warroom as wr
from kydesk.services.spreadsheets import export_xlsx
from tests.conftest import TODAY

UNITS = ["市发改委", "市文旅局", "市民政局", "市卫健委", "市住建局", "市自然资源局", "市商务局", "市农业农村局",
         "市体育局", "市人社局", "市医保局", "市财政局", "市林业局", "市大数据局", "市委宣传部", "商州区", "洛南县",
         "丹凤县", "商南县", "山阳县", "镇安县", "柞水县"]
SECTIONS = ["一、规划提升工作", "二、项目建设工作", "三、医养融合工作", "四、品牌创建工作"]


def _kinds(i: int) -> list[dict]:
    """Every way a task can stand on 2024-07-15 (and on 2024-06-30); `i` varies dates and percents."""
    d = 1 + i % 9
    return [
        dict(kind="done_on_time", due="2024-06-30", start=date(2024, 3, 1), done=date(2024, 6, 10 + d)),
        dict(kind="done_late", due="2024-06-30", start=date(2024, 3, 1), done=date(2024, 7, d)),
        dict(kind="overdue", due=f"2024-07-{d:02d}", start=date(2024, 4, 1), report=(date(2024, 7, d), 60 + d)),
        dict(kind="overdue_long", due=f"2024-06-{10 + d:02d}", start=date(2024, 1, 1), percent=30 + d),
        dict(kind="behind_red", due="2024-09-30", start=date(2024, 1, 1), percent=5 + d),
        dict(kind="near_yellow", due=f"2024-07-{17 + d % 5}", start=date(2024, 5, 1), percent=80),
        dict(kind="behind_yellow", due="2024-12-31", start=date(2024, 1, 1), percent=20 + d),
        dict(kind="green", due="2024-12-31", start=date(2024, 1, 1), percent=60, key=True,
             report=(date(2024, 7, 2 + d), 60)),
        dict(kind="ongoing_fresh", due="长期坚持", start=date(2024, 1, 1), report=(date(2024, 7, 1 + d), None)),
        dict(kind="ongoing_stale", due="长期坚持", start=date(2024, 1, 1), report=(date(2024, 5, d), None)),
        dict(kind="monthly_missed", due="每月5日前", start=date(2024, 1, 1)),
        dict(kind="monthly_kept", due="每月5日前", start=date(2024, 1, 1), report=(date(2024, 7, 3), None)),
        dict(kind="cancelled", due="2024-08-31", start=date(2024, 1, 1)),
        dict(kind="next_year", due="2025-06-30", start=date(2024, 10, 1)),
        dict(kind="key_no_report", due="2024-11-30", start=date(2024, 2, 1), percent=50, key=True),
    ]


def build_ledger(db) -> None:
    add = tasks.add_task
    n = 0
    for i, unit in enumerate(UNITS):
        kinds = _kinds(i)
        for k in range(3 + i % 4):
            spec = kinds[(i * 3 + k) % len(kinds)]
            n += 1
            extra = {"percent": spec["percent"]} if "percent" in spec else {}
            tid = add(db, title=f"{unit}{spec['kind']}任务{n}", lead_unit=unit, due=spec["due"], start=spec["start"],
                      section=SECTIONS[n % len(SECTIONS)], leader=f"领导{n}", person=f"专干{n}",
                      key=spec.get("key", False), today=date(2024, 1, 2), **extra).id
            if "report" in spec:
                on, pct = spec["report"]
                tasks.add_progress(db, tid, text=f"第{n}项进展：已完成阶段目标", percent=pct, on=on)
            if "done" in spec:
                tasks.mark_done(db, tid, on=spec["done"])
            if spec["kind"] == "cancelled":
                tasks.update_task(db, tid, status="已取消")
    add(db, title="未明确牵头单位的逾期任务", due="2024-07-08", start=date(2024, 5, 1), person="待定",
        today=date(2024, 1, 2))
    add(db, title="往年已办结的任务", lead_unit="市发改委", due="2023-05-31", start=date(2023, 1, 1), status="done",
        done_date=date(2023, 5, 20), today=date(2024, 1, 2))
    for month, end in (("2024-04", date(2024, 4, 30)), ("2024-05", date(2024, 5, 31))):
        wr.record_month_lights(db, month, end)      # June is closed by whichever report comes first


# -- reading the two back ------------------------------------------------------------------------------

def _flat(cell) -> str:
    return (cell or "").replace("\n", "")


def pdf_tables(path) -> tuple[list[str], list[list[str]], list[str], list[list[str]], int]:
    """(units header, unit rows, overdue header, overdue rows, pages) of the dispatch PDF; the header row
    repeated on later pages is checked and dropped."""
    heads: dict[str, list[str]] = {}
    body: dict[str, list[list[str]]] = {"units": [], "overdue": []}
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            for table in page.extract_tables():
                head = [_flat(c) for c in table[0]]
                which = "units" if "任务数" in head else "overdue"
                assert heads.setdefault(which, head) == head
                body[which] += [[_flat(c) for c in row] for row in table[1:]]
    return heads["units"], body["units"], heads.get("overdue", []), body["overdue"], pages


def xlsx_table(ws, header_row: int = 3) -> tuple[list[str], list[list]]:
    rows = list(ws.iter_rows(min_row=header_row, values_only=True))
    return list(rows[0]), [list(r) for r in rows[1:]]


def as_printed(key: str, value) -> str:
    """An Excel cell as the PDF prints the same figure."""
    if value is None:
        return "—" if key in ("key_progress", "latest") else ""
    if key == "rate":
        return f"{value * 100:.1f}%"
    if key == "days":
        return f"{value}天"
    return str(value)


KEYS = ["seq", "name", "total", "done", "on_time", "green", "yellow", "red", "rate", "reds_in_year", "key_progress"]
OVERDUE_KEYS = {"序号": "seq", "任务": "title", "牵头单位": "unit", "责任人": "person", "时限": "due",
                "逾期天数": "days", "最新进展": "latest"}


def make_both(db, tmp_path, month: str, order: str):
    pdf, book = tmp_path / "调度.pdf", tmp_path / "调度.xlsx"
    steps = [lambda: reports.dispatch_pdf(db, month, pdf, today=TODAY),
             lambda: export_xlsx(db, book, "dispatch", today=TODAY, month=month)]
    for step in steps if order == "pdf_first" else reversed(steps):
        step()
    return pdf, openpyxl.load_workbook(book)


@pytest.mark.parametrize("month,order", [("2024-07", "pdf_first"), ("2024-07", "xlsx_first"),
                                         ("2024-06", "xlsx_first")])
def test_pdf_and_xlsx_dispatch_show_the_same_figures(db, tmp_path, month, order):
    build_ledger(db)
    pdf, wb = make_both(db, tmp_path, month, order)
    p_head, p_units, p_ohead, p_overdue, pages = pdf_tables(pdf)
    x_head, x_units = xlsx_table(wb["调度表"])
    assert pages >= 2 and p_head == x_head                 # same columns, same labels, same order
    assert len(p_units) == len(x_units) == len(UNITS) + 2   # every unit, the one without a lead unit, 合计
    for p_row, x_row in zip(p_units[:-1], x_units[:-1]):
        assert p_row == [as_printed(k, v) for k, v in zip(KEYS, x_row)], x_row[1]
    assert p_units[-1] == [as_printed(k, v) for k, v in zip(KEYS[:-1], x_units[-1])] + [""]   # 合计: no key tasks

    o_head, x_overdue = xlsx_table(wb["逾期任务"])
    assert [h for h in o_head if h in p_ohead] == p_ohead  # the sheet adds 所属板块 and 责任领导
    picked = [[as_printed(OVERDUE_KEYS[h], row[o_head.index(h)]) for h in p_ohead] for row in x_overdue]
    assert p_overdue == picked and len(picked) >= 8

    # and both are the dispatch_data of the same day, on a ledger that exercises every column
    data = reports.dispatch_data(db, month, TODAY)
    total = x_units[-1]
    assert total[1:10] == ["合计", data.total.total, data.total.done, data.total.on_time, data.total.green,
                           data.total.yellow, data.total.red, round(data.total.rate, 1) / 100,
                           data.total.reds_in_year]
    assert data.total.yellow and data.total.red
    if month == "2024-07":
        assert 0 < data.total.on_time < data.total.done
    else:                               # on June 30 the tasks done late (in July) were still open
        assert 0 < data.total.on_time == data.total.done
    assert data.total.total == data.total.done + data.total.green + data.total.yellow + data.total.red
    assert data.total.reds_in_year == sum(u.reds_in_year for u in data.units) > 0
    assert any(u.key_progress for u in data.units) and "未明确牵头单位" in [u.name for u in data.units]
    assert [o.days for o in data.overdue] == sorted((o.days for o in data.overdue), reverse=True)
    assert not any("cancelled" in o.title or "往年" in o.title for o in data.overdue)
    assert data.made == min(TODAY, date(int(month[:4]), int(month[5:]), 30))


# -- 通报 --------------------------------------------------------------------------------------------

def _pct(v) -> str:
    return f"{v * 100:.1f}%".replace(".0%", "%")


def bulletin_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        text = "".join(re.sub(r"—\s*\d+\s*—", "", page.extract_text() or "") for page in pdf.pages)
    return text.replace("\n", "").replace(" ", "")


@pytest.mark.parametrize("order", ["pdf_first", "xlsx_first"])
def test_pdf_and_xlsx_bulletin_show_the_same_figures(db, tmp_path, order):
    build_ledger(db)
    pdf, book = tmp_path / "通报.pdf", tmp_path / "通报.xlsx"
    steps = [lambda: reports.bulletin_pdf(db, "2024Q3", pdf, today=TODAY),
             lambda: export_xlsx(db, book, "bulletin", today=TODAY, period="2024Q3")]
    for step in steps if order == "pdf_first" else reversed(steps):
        step()
    text = bulletin_text(pdf)
    wb = openpyxl.load_workbook(book)
    head, rows = xlsx_table(wb["完成情况"])
    assert head[:7] == ["名次", "责任单位", "任务数", "已完成", "完成率", "平均进度", "序时进度"]
    *units, total = rows
    _, name, n, done, rate, progress, schedule, green, yellow, red = total
    assert (f"共有重点任务{n}项，已完成{done}项，完成率{_pct(rate)}；正常推进{green}项，亮黄灯{yellow}项，"
            f"亮红灯{red}项。任务平均进度{_pct(progress)}，序时进度{_pct(schedule)}") in text
    # the PDF's ranking: （一）unit。牵头任务n项，已完成m项，完成率r；平均进度p，序时进度s…
    found = re.findall(r"（[一二三四五六七八九十]+）([^（。]+?)。牵头任务(\d+)项，已完成(\d+)项，完成率([\d.]+%)；"
                       r"平均进度([\d.]+%)(?:，序时进度([\d.]+%))?", text)
    assert len(units) == len(UNITS) + 1
    assert found == [(u[1], str(u[2]), str(u[3]), _pct(u[4]), _pct(u[5]),
                      _pct(u[6]) if isinstance(u[6], float | int) else "") for u in units]
    problems = list(wb["存在问题"].iter_rows(min_row=4, values_only=True))
    assert len(problems) >= 10
    for _, _unit, title, light, why in problems:
        said = f"“{title}”（{why}）" if light == "红灯" else f"“{title}”{why}"
        assert said in text, said
