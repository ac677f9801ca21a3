"""The 三单制 and 指标 of the demo (resources/demo/practice.json), placed in time like the rest of the demo:
problems with sources, partners and their rectification (one 记为问题 from the latest 推进会, one 已整改,
one 已销号), five projects with investment month by month and milestones, and the Baoji indicator table
with three years of readings.  Everything goes through the services, inside the demo's transaction."""
from __future__ import annotations

import json
from datetime import date, timedelta

from kydesk.domain.indicators import parse_target
from kydesk.paths import resources_dir
from kydesk.services import indicators, problems, projects
from kydesk.store.db import Database


def load() -> dict:
    with open(resources_dir() / "demo" / "practice.json", encoding="utf-8") as fh:
        return json.load(fh)


def _months_back(today: date, n: int) -> date:
    """The first day of the month `n` months from today's (negative: earlier)."""
    k = today.year * 12 + today.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def _month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def fill(db: Database, task_ids: dict[str, str], meeting_ids: list[str], *, today: date, year: int) -> None:
    data = load()
    _problems(db, data, meeting_ids, today, year)
    for p in data["projects"]:
        if p["task"] in task_ids:
            _project(db, task_ids[p["task"]], p, today)
    _indicators(db, data, today)


def _problems(db: Database, data: dict, meeting_ids: list[str], today: date, year: int) -> None:
    listed = today - timedelta(days=75)
    # the demo's first problems (demo.json) were found at 推进会 and 督查: say so in the 来源 column
    for i, (p, _lit) in enumerate(problems.list_problems(db, today=today)):
        if not p.source:
            problems.update_problem(db, p.id, source=("推进会", "督查")[i % 2], today=today)
    for p in data["problems"]:
        due = p.get("due") or _phrase(today + timedelta(days=p["due_in"]))
        pid = problems.add_problem(db, text=p["text"], unit=p["unit"], partners=p.get("partners", []),
                                   measures=p.get("measures", ""), due=due, source=p.get("source", ""),
                                   leader=p.get("leader", ""), person=p.get("person", ""), today=listed,
                                   year=year).id or ""
        texts = p.get("progress", [])
        for i, text in enumerate(texts):
            last = i == len(texts) - 1
            problems.add_progress(db, pid, text=text, fixed=bool(p.get("fixed")) and last,
                                  on=today - timedelta(days=30 * (len(texts) - i) - 20), today=today)
        if p.get("closed"):
            problems.close_problem(db, pid, note=p["closed"], on=today - timedelta(days=6))
    if meeting_ids:       # a problem found at the latest 推进会, recorded from its decided item
        from kydesk.services.meetings import get_meeting

        latest = get_meeting(db, meeting_ids[-1])
        for m_id in reversed(meeting_ids):
            for d in get_meeting(db, m_id).decisions:
                if d.text.startswith(data["meeting_problem"]) and d.lead_unit_id:
                    problems.problem_from_decision(
                        db, d.id, measures="成立征迁工作专班，逐户制定补偿安置方案，每周调度", today=latest.date)
                    return


def _phrase(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日前"


def _project(db: Database, task_id: str, p: dict, today: date) -> None:
    projects.set_project(db, task_id, kind=p["kind"], plan_invest=p["plan"], year_invest=p["year"],
                         image=p["images"][-1])
    projects.report_investment(db, task_id, month=f"{today.year - 1}-12", amount=p["before"])
    images = p["images"]
    for n in range(1, today.month):              # January up to last month
        image = images[min(len(images) - 1, (n - 1) * len(images) // max(1, today.month - 1))]
        projects.report_investment(db, task_id, month=f"{today.year}-{n:02d}",
                                   amount=p["before"] + p["monthly"] * n, image=image)
    for title, due_month, done_month in p["milestones"]:
        day = _months_back(today, due_month + 1) - timedelta(days=1)      # the month's last day
        mid = projects.add_milestone(db, task_id, title=title, when=day).id or ""
        if done_month is not None:
            done = min(_months_back(today, done_month + 1) - timedelta(days=3), today)
            projects.milestone_done(db, mid, on=done)


def _indicators(db: Database, data: dict, today: date) -> None:
    base_year, target_year = today.year - 4, today.year + 1
    items = []
    for field, name, measure, target, nature, base, _pace, unit in data["indicators"]:
        parse_target(target.replace("*", ""))       # a typo in the demo file should fail loudly
        items.append({"field": field, "name": name, "measure": measure, "target": target, "nature": nature,
                      "base": base, "base_year": base_year, "target_year": target_year, "unit": unit,
                      "note": data["indicator_note"] if "*" in target else ""})
    indicators.add_indicators(db, items)
    views = {(v.row.field, v.row.name): v.row for v in indicators.list_indicators(db)}
    for field, name, _m, target, _n, base, pace, _u in data["indicators"]:
        _c, goal = parse_target(target.replace("*", ""))
        for y in range(today.year - 3, today.year):
            share = (y - base_year) / (target_year - base_year)
            value = round(base + (goal - base) * share * pace, 2)
            indicators.add_reading(db, views[(field, name)].id, period=str(y), value=value, source="市统计局",
                                   on=date(y + 1, 3, 15), today=today)
