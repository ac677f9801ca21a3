"""The demo's 年终考核 material, so the 考核 view, the 晾晒 and `report assessment` have something to show:
the monthly lights of the last RECORDED_MONTHS months of the year that have ended (as the tasks stood then:
the demo's progress reports only reach a few weeks back, so earlier months would all look red), the notices a clerk
would have issued on them (提醒函 for yellow, 督办单 for red, 约谈通知 after the set number of red months, each
at the end of the month), one granted postponement, and each task's source register.

Runs inside demo.fill's transaction, through the services, after the ledger and the meetings are made.
"""
from __future__ import annotations

from datetime import date, timedelta

from kydesk.domain import lights
from kydesk.services import notices, task_sources, tasks
from kydesk.services import warroom as wr
from kydesk.store import assessment as aq
from kydesk.store import tasks as task_store
from kydesk.store.db import Database

RECORDED_MONTHS = 4
INSTRUCTIONS = ["要紧盯节点、压实责任，确保按期完成", "请分管领导亲自调度，月底前见到实效"]


def fill(db: Database, *, today: date) -> None:
    year = today.year
    months = [m for m in lights.months_until(year, lights.month_of(today)) if m < lights.month_of(today)]
    months = months[-RECORDED_MONTHS:]
    for month in months:
        wr.record_month_lights(db, month, today)
    _sources(db, year)
    _notices(db, year, months)
    _postponement(db, today)


def _sources(db: Database, year: int) -> None:
    found = task_store.query_tasks(db)
    for i, t in enumerate(found):
        tasks_kind: dict[str, object]
        if t.source_meeting_id:
            tasks_kind = {"kind": "会议议定"}
        elif t.key and i % 3 == 0:
            tasks_kind = {"kind": "领导批示", "doc_no": f"〔{year}〕{i + 3}号", "leader": "市长",
                          "instruction": INSTRUCTIONS[i % 2], "instructed_on": date(year, 1, 1) + timedelta(days=i)}
        else:
            tasks_kind = {"kind": "年度计划", "doc_no": f"商康养专班发〔{year}〕1号"}
        task_sources.set_source(db, t.id, **tasks_kind)


def _notices(db: Database, year: int, months: list[str]) -> None:
    if not months:
        return
    need = notices.interview_months(db)
    history: dict[str, dict[str, tuple[str, str | None]]] = {}
    for r in aq.lit_months(db, year):
        history.setdefault(r["task_id"], {})[r["month"]] = (r["light"], r["lead_unit_id"])
    for task_id, lit in history.items():
        streak, reminded, supervised = 0, False, False
        for month in months:
            light, unit = lit.get(month, (None, None))
            streak = streak + 1 if light == "red" else 0
            day = lights.month_bounds(month)[1]
            if light == "yellow" and not reminded:
                notices.allocate(db, notices.GRADES["提醒"], [(task_id, unit, "连续亮黄灯")], day)
                reminded = True
            elif light == "red" and not supervised:
                notices.allocate(db, notices.GRADES["督办"], [(task_id, unit, "红灯")], day)
                supervised = True
            if streak == need:
                notices.allocate(db, notices.GRADES["约谈"], [(task_id, unit, f"连续{need}个月红灯")], day)


def _postponement(db: Database, today: date) -> None:
    """One open task of this office, not yet due, had its deadline moved a month (the last such in the ledger:
    a decided item, whose first-set deadline is the one most often found too tight)."""
    for t, _lit in reversed(tasks.list_tasks(db, today=today)):
        if (t.due and today < t.due and not t.recurrence and not t.ongoing
                and t.status.value in ("pending", "active") and t.owner in ("", db.unit_code)):
            tasks.postpone(db, t.id, due=t.due + timedelta(days=30), reason="项目用地手续尚在办理", today=today)
            return
