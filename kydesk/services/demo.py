"""The embedded demo: 商洛市康养之都建设工作专班 with its units, people, year ledger, three past 推进会,
problems and indicators.

The words live in resources/demo/demo.json; this module only places them in time.  Every date is
relative to `today` so the lights always show all three colours whatever day the demo is made:

- a task with `due` keeps its phrase ("7月底前", "第三季度", "每月5日前", "长期坚持") in the ledger year; if
  that date has already passed it was finished (销号) a few days before it, as most tasks are;
- a task with `due_in` (days from today) is the fixed cast: red ones (overdue, `state: open`), yellow
  ones (due within the warning days) and a few done ones, so no day of the year lacks a colour;
- the percent of an open task is its 序时进度 (share of its time passed) plus `pace` points, and its
  progress reports are spread over the weeks before today, ending at that percent.

Everything goes through the services, inside the caller's transaction (init_site wraps fill in db.tx()).
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta

from kydesk.domain import deadlines, lights, recurrence
from kydesk.domain.cn_text import cn_date
from kydesk.domain.indicators import parse_target
from kydesk.paths import resources_dir
from kydesk.services import demo_assess, demo_practice, meetings, tasks, units
from kydesk.store import rows
from kydesk.store import units as unit_store
from kydesk.store.db import Database

FORTNIGHT = 14


def load() -> dict:
    with open(resources_dir() / "demo" / "demo.json", encoding="utf-8") as fh:
        return json.load(fh)


def fill(db: Database, *, today: date) -> None:
    data = load()
    year = today.year
    with db.tx():
        db.set_meta("year", year)
        if data.get("org_name"):
            db.set_meta("org_name", data["org_name"])
        for u in data["units"]:
            if unit_store.find_unit(db, u["name"]) or (u.get("code") and unit_store.find_unit(db, u["code"])):
                continue  # the clerk's own unit may be one of the demo's units
            units.add_unit(db, name=u["name"], code=u.get("code", ""), level=u.get("level", "department"))
        for p in data["people"]:
            units.add_person(db, name=p["name"], unit=p.get("unit"), title=p.get("title", ""))
        made = _Ledger(db, today, year)
        for section in data["sections"]:
            for item in section["tasks"]:
                made.task(section["title"], item)
        for plan, day in zip(data["meetings"], meeting_days(today, len(data["meetings"]))):
            _meeting(db, made, plan, day, today)
        for p in data.get("problems", []):
            _problem(db, made, p, today, year)
        for ind in data.get("indicators", []):
            _indicator(db, ind, today)
        demo_assess.fill(db, today=today)   # the year's lights, notices, a postponement, sources: 年终考核
        demo_practice.fill(db, made.ids, [m.id for m in meetings.list_meetings(db)], today=today, year=year)


def meeting_days(today: date, count: int) -> list[date]:
    """Fortnightly 推进会 on weekdays, the latest a few days before today; oldest first."""
    last = today - timedelta(days=3)
    while last.weekday() >= 5:
        last -= timedelta(days=1)
    return [last - timedelta(days=FORTNIGHT * k) for k in range(count - 1, -1, -1)]


def phrase_for(day: date, year: int) -> str:
    """A date as a clerk writes a deadline: "7月底前", "7月12日前", with the year only when it differs."""
    prefix = "" if day.year == year else f"{day.year}年"
    if (day + timedelta(days=1)).month != day.month:
        return f"{prefix}{day.month}月底前"
    return f"{prefix}{day.month}月{day.day}日前"


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


def fill_text(text: str, today: date, **values) -> str:
    """{d+N} -> the date N days from today ("7月27日"); {name} -> values[name]."""
    text = re.sub(r"\{d([+-]\d+)\}", lambda m: _md(today + timedelta(days=int(m[1]))), text)
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


class _Ledger:
    """Adds tasks with their progress history, remembering ids by title for meetings and problems."""

    def __init__(self, db: Database, today: date, year: int):
        self.db, self.today, self.year = db, today, year
        self.ids: dict[str, str] = {}

    def _due(self, item: dict) -> tuple[str, date | None]:
        if "due_in" in item:
            day = self.today + timedelta(days=item["due_in"])
            return phrase_for(day, self.year), day
        return item["due"], None

    def task(self, section: str, item: dict) -> str:
        due_text, _ = self._due(item)
        # no start unless given: a period phrase ("第三季度") then brings its own (7月1日)
        # the demo ledger was handed down at the start of its year
        start: dict = {"assigned": date(self.year, 1, 1)}
        if item.get("start_in") == "year":
            start["start"] = date(self.year, 1, 1)
        elif "start_in" in item:
            start["start"] = self.today + timedelta(days=item["start_in"])
        done = tasks.add_task(
            self.db, title=item["title"], section=section, target=item.get("target", ""),
            lead_unit=item.get("lead"), partner_units=item.get("partners", []), leader=item.get("leader", ""),
            person=item.get("person", ""), due=due_text, key=item.get("key", False),
            today=self.today, year=self.year, **start)
        self.ids[item["title"]] = done.new_id
        self.history(done.new_id, item)
        return done.new_id

    def history(self, task_id: str, item: dict) -> None:
        """Progress reports up to today, then 销号 for what is finished."""
        task = tasks.get_task(self.db, task_id)
        texts = item.get("progress", [])
        unit = task.lead_unit or None
        if task.recurrence:
            prev = recurrence.previous_occurrence(task.recurrence, self.today)
            for text in texts:       # answered the latest occurrence, so the light is green
                tasks.add_progress(self.db, task_id, today=self.today, text=text,
                                   on=min(prev + timedelta(days=1), self.today),
                                   unit=unit)
            return
        if task.ongoing or task.due is None:
            age = item.get("report_age", 10)
            for i, text in enumerate(reversed(texts)):
                tasks.add_progress(self.db, task_id, today=self.today, text=text,
                                   on=self.today - timedelta(days=age + 30 * i),
                                   unit=unit)
            return
        finished = item.get("state") == "done" or (item.get("state") != "open" and task.due < self.today)
        first = lights.begin_of(task) or date(task.due.year, 1, 1)
        if finished:
            end = min(task.due - timedelta(days=3), self.today - timedelta(days=1))
            end = max(end, first)
            self._reports(task_id, texts, first, end, 100, unit)
            tasks.mark_done(self.db, task_id, on=end)
            return
        share = lights.task_share(task, self.today)
        percent = max(0, min(95, round(share * 100) + item.get("pace", 0)))
        if share > 0 and texts:
            self._reports(task_id, texts, first, self.today - timedelta(days=2), percent, unit)

    def _reports(self, task_id, texts, first: date, end: date, percent: int, unit) -> None:
        n = len(texts)
        for i, text in enumerate(texts):
            on = max(first, end - timedelta(days=FORTNIGHT * (n - 1 - i)))
            pct = round(percent * (i + 1) / n) or None
            tasks.add_progress(self.db, task_id, today=self.today, text=text, percent=pct, on=min(on, self.today),
                               unit=unit)


def _meeting(db: Database, made: _Ledger, plan: dict, day: date, today: date) -> None:
    number = (day.timetuple().tm_yday - 1) // FORTNIGHT + 1      # fortnightly since January
    mid = meetings.add_meeting(db, title=plan["title"], date_=day, kind=plan.get("kind", "推进会"),
                               place=plan.get("place", ""), chair=plan.get("chair", ""),
                               recorder=plan.get("recorder", ""), time=plan.get("time", ""), number=number).new_id
    for a in plan.get("attendance", []):
        meetings.attend(db, mid, name=a["name"], role=a["role"], unit=a.get("unit"), reason=a.get("reason", ""),
                        title=a.get("title", ""))
    agenda_ids = [meetings.add_agenda(db, mid, title=a["title"], presenter=a.get("presenter", "")).new_id
                  for a in plan.get("agenda", [])]
    for e in plan.get("entries", []):
        agenda = agenda_ids[e["agenda"]] if e.get("agenda") is not None else None
        meetings.add_entry(db, mid, speaker=e["speaker"], text=fill_text(e["text"], today), agenda_id=agenda)
    for d in plan.get("decisions", []):
        due = None
        if "due_in" in d:
            due = phrase_for(today + timedelta(days=d["due_in"]), day.year)
        result = meetings.decide(db, mid, text=d["text"], lead_unit=d.get("lead"),
                                 partner_units=d.get("partners", []), due=due, make_task=d.get("task", False),
                                 today=day)
        task_id = result.extra.get("task_id")
        if task_id:
            made.ids[d["text"]] = task_id
            made.history(task_id, d)
    values = {"date": cn_date(day), "number": number}
    if plan.get("summary"):
        meetings.set_summary(db, mid, fill_text(plan["summary"], today, **values))
    extra = {k: plan[k] for k in ("issuer", "distribution") if plan.get(k)}
    if extra:
        meetings.update_meeting(db, mid, **extra)


def _problem(db: Database, made: _Ledger, p: dict, today: date, year: int) -> None:
    # 问题清单 has no use-case module yet: its rows are written through the store like any service write.
    text = p.get("due") or phrase_for(today + timedelta(days=p["due_in"]), year)
    dl = deadlines.parse_deadline(text, year, today=today)
    rows.insert(db, "problem", {
        "text": p["text"], "measure": p.get("measure", ""), "task_id": made.ids.get(p.get("task", "")),
        "unit_id": units.resolve_unit(db, p.get("unit")), "due": dl.due, "due_text": dl.text,
        "status": p.get("status", "open")})


def _quarters_before(today: date, count: int) -> list[str]:
    """The `count` quarters that ended before today, oldest first: ["2023Q4", "2024Q1", "2024Q2"]."""
    q = today.year * 4 + (today.month - 1) // 3 - 1
    return [f"{i // 4}Q{i % 4 + 1}" for i in range(q - count + 1, q + 1)]


def _indicator(db: Database, ind: dict, today: date) -> None:
    parse_target(ind["target"])     # a typo in the demo file should fail loudly, not print "≥?" later
    iid = rows.insert(db, "indicator", {
        "name": ind["name"], "target": ind["target"], "nature": ind.get("nature", "预期性"),
        "measure_unit": ind.get("measure_unit", ""), "unit_id": units.resolve_unit(db, ind.get("unit"))})
    readings = ind.get("readings", [])
    periods = ([str(today.year - 1)] if ind.get("period") == "year"
               else _quarters_before(today, len(readings)))
    for period, value in zip(periods, readings):
        rows.insert(db, "indicator_reading", {"indicator_id": iid, "period": period, "value": value})
