"""Shared by the 进展填报 tests: a city with member units and tasks, and a way to fill a form as a unit would."""
from datetime import date
from pathlib import Path

import openpyxl

from kydesk.services import tasks
from kydesk.services.setup import init_site

TODAY = date(2026, 12, 3)
PERIOD = "2026-12"


def city(path: Path):
    db = init_site(path, unit_code="611000", unit_name="商洛市康养专班", level="city", today=TODAY)
    db.set_meta("year", 2026)
    add = tasks.add_task
    add(db, title="建设康养小镇", target="完成年度投资", lead_unit="市文旅局", partner_units=["市财政局"],
        due="2026年12月31日", section="一、项目建设", today=TODAY)
    add(db, title="打造森林康养基地", lead_unit="市文旅局", due="2027年6月底前", section="一、项目建设", today=TODAY)
    add(db, title="推进医养结合", lead_unit="市卫健委", partner_units=["市文旅局"], due="长期坚持",
        section="二、医养融合", today=TODAY)
    add(db, title="争取专项债", lead_unit="市财政局", due="2026年12月20日", section="三、要素保障", today=TODAY)
    return db


def form_rows(ws):
    """{task id: row number} of a form sheet (the hidden 任务编号 column is L)."""
    return {ws.cell(r, 12).value: r for r in range(6, ws.max_row + 1) if ws.cell(r, 12).value}


def fill(path: Path, answers: dict[str, dict], out: Path | None = None, edit=None) -> Path:
    """Answer a form as a unit in Excel would: answers {task title: {progress, percent, status, postpone,
    problem, coord}} on whichever sheet holds the task. `edit(wb)` changes anything else."""
    wb = openpyxl.load_workbook(path)
    cols = {"progress": 6, "percent": 7, "status": 8, "postpone": 9, "problem": 10, "coord": 11}
    for ws in wb.worksheets:
        if ws.title.startswith("_"):
            continue
        for r in range(6, ws.max_row + 1):
            title = ws.cell(r, 2).value
            for key, value in answers.get(title, {}).items():
                ws.cell(r, cols[key]).value = value
    if edit is not None:
        edit(wb)
    out = out or path
    wb.save(out)
    return out
