"""The 月调度表 and 季度通报 workbooks, written from the very objects the PDFs are printed from
(services.reports.dispatch_data / bulletin_data), so a clerk who prints the PDF and e-mails the Excel sends
the same figures.  Nothing is counted here: every number is copied from the data.

This layer may not import printing, so the data objects are taken by their attributes:
  dispatch: .units / .total (name, total, done, on_time, green, yellow, red, rate in percent, reds_in_year,
            key_progress), .overdue (title, unit, person, due, days, latest, section, leader);
  bulletin: .overall / .units ranked (name, total, done, green, yellow, red, rate, progress, schedule or None),
            .problems [(unit, [Problem(title, why, streak, streak_light)])].
Percentages are written as fractions shown with one decimal, rounded first the way the PDF prints them
(Python's rounding of the exact value): Excel's own rounding could show 6.3% where the paper says 6.2%.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from kydesk.xlsx.writer import CENTER, HEAD_FILL, HEAD_FONT, LEFT, box, print_setup, save, sheet_title, tick

PERCENT = "0.0%"
DAYS = '0"天"'

# Excel widths (characters) by column key; a key the writer does not know gets a blank, like the PDF does
UNIT_WIDTHS = {"seq": 6, "name": 22, "total": 8, "done": 8, "on_time": 10, "green": 10, "yellow": 7, "red": 7,
               "rate": 9, "reds_in_year": 10, "key_progress": 56}
OVERDUE_WIDTHS = {"seq": 6, "section": 18, "title": 34, "unit": 16, "leader": 10, "person": 10, "due": 16,
                  "days": 9, "latest": 44}
# The overdue sheet also shows the section and the leader (for filtering and for pushing the leader):
# each is put in front of the PDF column named here, or at the end when the layout has no such column.
OVERDUE_EXTRAS = [("section", "所属板块", "title"), ("leader", "责任领导", "person")]
NO_OVERDUE = "本月无逾期任务"
NO_PROBLEMS = "本期无红灯任务和连续亮黄灯任务"


def _pct(value: float | None):
    return None if value is None else round(value, 1) / 100


def _table(ws, top: int, columns: list[tuple[str, str]], rows: list[dict], widths: dict[str, int], *,
           formats: dict[str, str] | None = None, bold_last: bool = False) -> int:
    """Header row at `top`, then one row per dict (key -> value); returns the row after the table."""
    formats = formats or {}
    for c, (key, label) in enumerate(columns, start=1):
        box(ws.cell(top, c), label, font=HEAD_FONT, align=CENTER, fill=HEAD_FILL)
        ws.column_dimensions[get_column_letter(c)].width = widths.get(key, 12)
    r = top + 1
    for n, values in enumerate(rows, start=1):
        font = HEAD_FONT if bold_last and n == len(rows) else None
        for c, (key, _) in enumerate(columns, start=1):
            v = values.get(key)
            fmt = formats.get(key) if isinstance(v, (int, float)) else None
            kw = {"font": font} if font else {}
            box(ws.cell(r, c), None if v == "" else v, align=CENTER if isinstance(v, (int, float)) or c == 1 else LEFT,
                number_format=fmt, **kw)
        r += 1
    return r


def _sheet(wb: Workbook, name: str, first: bool):
    ws = wb.active if first else wb.create_sheet(name)
    ws.title = name
    return ws


def _unit_values(u, seq) -> dict:
    return {"seq": seq, "name": u.name, "total": u.total, "done": u.done, "on_time": u.on_time, "green": u.green,
            "yellow": u.yellow, "red": u.red, "rate": _pct(u.rate), "reds_in_year": u.reds_in_year,
            "key_progress": u.key_progress}


def _overdue_columns(columns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = list(columns)
    keys = [k for k, _ in out]
    for key, label, before in OVERDUE_EXTRAS:
        if key in keys:
            continue
        out.insert(keys.index(before) if before in keys else len(out), (key, label))
        keys = [k for k, _ in out]
    return out


def write_dispatch(out, data, *, title: str, subtitle: str, unit_columns: list[tuple[str, str]],
                   overdue_columns: list[tuple[str, str]], progress=None) -> Path:
    """月调度表: sheet 调度表 (the per-unit table and its 合计 line) and sheet 逾期任务, with the PDF's
    columns (key, label) in the PDF's order.  progress(sheets done, 2) answering False raises
    writer.Cancelled, and no file is written."""
    tick(progress, 0, 2)
    wb = Workbook()
    ws = _sheet(wb, "调度表", True)
    width = len(unit_columns)
    top = sheet_title(ws, title, width, subtitle)
    rows = [_unit_values(u, i) for i, u in enumerate(data.units, start=1)]
    if data.total is not None:
        rows.append(_unit_values(data.total, "") | {"key_progress": ""})
    _table(ws, top, unit_columns, rows, UNIT_WIDTHS, formats={"rate": PERCENT},
           bold_last=data.total is not None)
    ws.freeze_panes = ws.cell(top + 1, 3)
    print_setup(ws, f"{top}:{top}", width)
    tick(progress, 1, 2)

    late = _sheet(wb, "逾期任务", False)
    cols = _overdue_columns(overdue_columns)
    late_title = title.replace("调度表", "逾期清单") if "调度表" in title else f"{title}（逾期清单）"
    top = sheet_title(late, late_title, len(cols), subtitle)
    rows = [{"seq": i, "title": o.title, "unit": o.unit, "person": o.person, "due": o.due, "days": o.days,
             "latest": o.latest, "section": o.section, "leader": o.leader}
            for i, o in enumerate(data.overdue, start=1)]
    if not rows:
        rows = [{"title": NO_OVERDUE}]
    _table(late, top, cols, rows, OVERDUE_WIDTHS, formats={"days": DAYS})
    print_setup(late, f"{top}:{top}", len(cols))
    tick(progress, 2, 2)
    return save(wb, out)


BULLETIN_COLUMNS = [("rank", "名次"), ("name", "责任单位"), ("total", "任务数"), ("done", "已完成"),
                    ("rate", "完成率"), ("progress", "平均进度"), ("schedule", "序时进度"), ("green", "正常推进"),
                    ("yellow", "黄灯"), ("red", "红灯")]
BULLETIN_WIDTHS = {"rank": 6, "name": 24, "total": 8, "done": 8, "rate": 9, "progress": 10, "schedule": 10,
                   "green": 10, "yellow": 7, "red": 7}
PROBLEM_COLUMNS = [("seq", "序号"), ("unit", "责任单位"), ("title", "任务"), ("light", "亮灯"), ("why", "问题")]
PROBLEM_WIDTHS = {"seq": 6, "unit": 18, "title": 40, "light": 8, "why": 50}


def _figures(u, rank) -> dict:
    return {"rank": rank, "name": u.name, "total": u.total, "done": u.done, "rate": _pct(u.rate),
            "progress": _pct(u.progress), "schedule": _pct(u.schedule) if u.schedule is not None else "—",
            "green": u.green, "yellow": u.yellow, "red": u.red}


def problem_rows(problems) -> list[dict]:
    """The 存在问题 of the PDF, one task a row, in its order: per unit the red tasks, then the repeated lights."""
    out = []
    for unit, items in problems:
        for p in [p for p in items if p.why] + [p for p in items if not p.why and p.streak >= 2]:
            light = "红灯" if p.why else p.streak_light
            why = p.why or f"连续{p.streak}个月亮{p.streak_light}"
            out.append({"seq": len(out) + 1, "unit": unit, "title": p.title, "light": light, "why": why})
    return out


def write_bulletin(out, data, *, title: str, subtitle: str, progress=None) -> Path:
    """季度通报: sheet 完成情况 (units in the PDF's ranking, then 合计 = 总体情况) and sheet 存在问题.
    progress(sheets done, 2) answering False raises writer.Cancelled, and no file is written."""
    tick(progress, 0, 2)
    wb = Workbook()
    ws = _sheet(wb, "完成情况", True)
    top = sheet_title(ws, title, len(BULLETIN_COLUMNS), subtitle)
    rows = [_figures(u, i) for i, u in enumerate(data.units, start=1)] + [_figures(data.overall, "")]
    _table(ws, top, BULLETIN_COLUMNS, rows, BULLETIN_WIDTHS,
           formats={"rate": PERCENT, "progress": PERCENT, "schedule": PERCENT}, bold_last=True)
    print_setup(ws, f"{top}:{top}", len(BULLETIN_COLUMNS))
    tick(progress, 1, 2)

    ws = _sheet(wb, "存在问题", False)
    top = sheet_title(ws, title, len(PROBLEM_COLUMNS), subtitle)
    rows = problem_rows(data.problems) or [{"unit": NO_PROBLEMS}]
    for unit, text, why in getattr(data, "rectification_items", []):     # 问题清单 lagging in its rectification
        rows.append({"seq": len(rows) + 1, "unit": unit, "title": f"问题：{text}", "light": "整改滞后", "why": why})
    _table(ws, top, PROBLEM_COLUMNS, rows, PROBLEM_WIDTHS)
    print_setup(ws, f"{top}:{top}", len(PROBLEM_COLUMNS))
    tick(progress, 2, 2)
    return save(wb, out)


REPORTING_COLUMNS = [("seq", "序号"), ("unit", "单位"), ("tasks", "任务数"), ("reported", "已报"), ("status", "情况"),
                     ("received", "收到日期"), ("unreported", "尚未报送的任务")]
REPORTING_WIDTHS = {"seq": 6, "unit": 22, "tasks": 8, "reported": 8, "status": 9, "received": 12, "unreported": 60}


def write_reporting(out, rows: list[dict], *, title: str, subtitle: str, reminder: str) -> Path:
    """报送情况: one row per unit, then the 催报 text under the table."""
    wb = Workbook()
    ws = _sheet(wb, "报送情况", True)
    top = sheet_title(ws, title, len(REPORTING_COLUMNS), subtitle)
    rows = [{"seq": n, **r} for n, r in enumerate(rows, start=1)]
    end = _table(ws, top, REPORTING_COLUMNS, rows, REPORTING_WIDTHS)
    box(ws.cell(end + 1, 1), f"催报通知：{reminder}", align=LEFT)
    ws.merge_cells(start_row=end + 1, start_column=1, end_row=end + 1, end_column=len(REPORTING_COLUMNS))
    ws.row_dimensions[end + 1].height = 45
    print_setup(ws, f"{top}:{top}", len(REPORTING_COLUMNS))
    return save(wb, out)
