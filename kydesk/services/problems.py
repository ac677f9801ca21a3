"""问题清单 use cases: list a problem (by hand or from a meeting's decided item), report its rectification,
mark it 已整改, 销号 it, and list problems with their lights."""
from __future__ import annotations

from datetime import date

from kydesk.domain import clock
from kydesk.domain.errors import KydeskError, NotFound, ValidationError
from kydesk.domain.models import Light
from kydesk.domain.problems import Problem, ProblemStatus, problem_light
from kydesk.services import Changed, attachments, changed
from kydesk.services import meetings as meeting_services
from kydesk.services.settings import light_settings
from kydesk.services.tasks import _deadline_fields, parse_day
from kydesk.services.units import resolve_unit, resolve_units
from kydesk.store import problems as q
from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.units import own_unit_id

TEXT_FIELDS = {"text", "measures", "source", "leader", "person"}
FIELDS = TEXT_FIELDS | {"unit", "partners", "due", "start"}


def resolve_id(db: Database, problem_id: str) -> str:
    found = q.find_id(db, (problem_id or "").strip())
    if not found:
        raise NotFound(f"找不到问题：{problem_id}（请用“kydesk problem list”查看问题编号）")
    return found


def _columns(db: Database, values: dict, today: date | None, year: int | None = None) -> dict:
    cols: dict = {}
    for k, v in values.items():
        if k not in FIELDS:
            raise ValidationError(f"未知的问题字段：{k}", k)
        if k == "text":
            v = (v or "").strip()
            if not v:
                raise ValidationError("问题内容不能为空", "text")
            cols["text"] = v
        elif k == "measures":
            cols["measure"] = (v or "").strip()
        elif k in ("source", "leader", "person"):
            cols[k] = (v or "").strip()
        elif k == "unit":
            if not (v or "").strip():
                raise ValidationError("请填写整改责任单位（牵头单位）", "unit")
            cols["unit_id"] = resolve_unit(db, v, field="unit")
        elif k == "partners":
            cols["partner_unit_ids"] = resolve_units(db, v, field="partners")
        elif k == "due":
            dl = _deadline_fields(db, v, today, year)
            dl.pop("_start", None)
            cols["due"], cols["due_text"] = dl["due"], dl["due_text"]
        elif k == "start":
            cols["start"] = parse_day(v, "start", "开始日期")
    return cols


def add_problem(db: Database, *, text: str, unit: str, partners=(), measures: str = "", due=None,
                source: str = "", meeting: str | None = None, leader: str = "", person: str = "",
                decision_id: str | None = None, task_id: str | None = None, today: date | None = None,
                year: int | None = None) -> Changed:
    """A problem for the 问题清单; with `meeting` it is one found at that 推进会 (source defaults to 推进会)."""
    today = today or clock.today()
    meeting_id = meeting_services.resolve_id(db, meeting) if meeting else None
    start = today
    if meeting_id:
        m = meeting_services.get_meeting(db, meeting_id)
        source = source or m.kind
        year = year or m.year
        start = m.date
    with db.tx():
        cols = _columns(db, {"text": text, "unit": unit, "partners": partners, "measures": measures, "due": due,
                             "source": source, "leader": leader, "person": person}, today, year)
        cols.update({"meeting_id": meeting_id, "decision_id": decision_id, "task_id": task_id,
                     "start": start, "status": ProblemStatus.OPEN.value, "ord": q.next_ord(db)})
        pid = rows.insert(db, "problem", cols)
    return changed("problem", "unit", id=pid, message=f"已列入问题清单：{cols['text']}")


def problem_from_decision(db: Database, decision_id: str, *, measures: str = "", today: date | None = None) -> Changed:
    """记为问题: a decided item of a meeting listed as a problem to rectify (once)."""
    existing = q.problem_of_decision(db, decision_id)
    if existing:
        raise KydeskError("这条议定事项已记为问题，请在问题清单中查看")
    d = q.decision_row(db, decision_id)
    unit = d["lead_unit_id"]
    if not unit:
        raise ValidationError("这条议定事项没有牵头单位：请先填写牵头单位，再记为问题", "unit")
    m = meeting_services.get_meeting(db, d["meeting_id"])
    import json

    return add_problem(db, text=d["text"], unit=unit, partners=json.loads(d["partner_unit_ids"] or "[]"),
                       measures=measures, due=d["due_text"] or (date.fromisoformat(d["due"]) if d["due"] else None),
                       meeting=m.id, decision_id=decision_id, task_id=d["task_id"], today=today or m.date)


def update_problem(db: Database, problem_id: str, *, today: date | None = None, **values) -> Changed:
    problem_id = resolve_id(db, problem_id)
    with db.tx():
        diff = rows.update(db, "problem", problem_id, _columns(db, values, today))
    return changed("problem", id=problem_id, message="已保存") if diff else Changed(id=problem_id)


def add_progress(db: Database, problem_id: str, *, text: str, fixed: bool = False, on: date | None = None,
                 unit: str | None = None, today: date | None = None, attach=None,
                 reduce_images: bool = False) -> Changed:
    """整改进展, owned by the reporting unit; `fixed` reports the problem rectified (已整改). Files given are
    its 佐证材料 (整改佐证), stored in the same transaction."""
    problem_id = resolve_id(db, problem_id)
    files = attachments.check_files(db, attach, reduce_images=reduce_images)
    text = (text or "").strip()
    if not text:
        raise ValidationError("整改进展不能为空", "text")
    today = today or clock.today()
    on = on or today
    if on > today:
        raise ValidationError(f"进展日期 {on.isoformat()} 晚于今天：只能记录已经发生的情况", "date")
    with db.tx():
        row = rows.get(db, "problem", problem_id)
        if row["status"] == ProblemStatus.CLOSED.value:
            raise KydeskError("该问题已销号，不能再报送整改进展")
        unit_id = resolve_unit(db, unit) if unit else own_unit_id(db)
        pid = rows.insert(db, "problem_progress", {"problem_id": problem_id, "date": on, "text": text,
                                                   "fixed": int(fixed), "unit_id": unit_id})
        if fixed and row["owner"] in ("", db.unit_code) and row["status"] == ProblemStatus.OPEN.value:
            rows.update(db, "problem", problem_id, {"status": ProblemStatus.FIXED.value, "fixed_date": on})
        if files:
            attachments.attach_in_tx(db, "problem_progress", pid, files, purpose="rectify", unit_id=unit_id,
                                     reduce_images=reduce_images, on=on)
    return changed("problem_progress", "problem", *(["attachment"] if files else []), id=pid,
                   message="已记录整改进展" + ("，问题已整改" if fixed else "")
                   + (f"，附 {len(files)} 个佐证材料" if files else ""))


def close_problem(db: Database, problem_id: str, *, note: str = "", on: date | None = None) -> Changed:
    """销号: the 专班 confirms the rectification, with the date and what was checked."""
    problem_id = resolve_id(db, problem_id)
    on = on or clock.today()
    with db.tx():
        row = rows.get(db, "problem", problem_id)
        if row["status"] == ProblemStatus.CLOSED.value:
            raise KydeskError(f"该问题已于 {row['closed_date']} 销号")
        rows.update(db, "problem", problem_id, {
            "status": ProblemStatus.CLOSED.value, "closed_date": on, "closing_note": (note or "").strip(),
            "fixed_date": row["fixed_date"] or on})
    return changed("problem", id=problem_id, message="问题已销号")


def reopen_problem(db: Database, problem_id: str, *, reason: str = "", today: date | None = None) -> Changed:
    """Back to 整改中 (a 销号 made by mistake, or a problem that came back); a report says so, so the earlier
    已整改 report no longer stands and every office that has the problem sees it open again."""
    problem_id = resolve_id(db, problem_id)
    on = today or clock.today()
    with db.tx():
        rows.update(db, "problem", problem_id, {"status": ProblemStatus.OPEN.value, "closed_date": None,
                                                "closing_note": "", "fixed_date": None})
        rows.insert(db, "problem_progress", {"problem_id": problem_id, "date": on, "fixed": 0,
                                             "text": "恢复整改" + (f"：{reason.strip()}" if reason.strip() else ""),
                                             "unit_id": own_unit_id(db)})
    return changed("problem", "problem_progress", id=problem_id, message="问题已恢复为整改中")


def delete_problem(db: Database, problem_id: str) -> Changed:
    problem_id = resolve_id(db, problem_id)
    with db.tx():
        rows.check_owner(db, "problem", rows.get(db, "problem", problem_id))
        rows.tombstone(db, "problem", problem_id)
    return changed("problem", id=problem_id, message="已删除问题")


def restore_problem(db: Database, problem_id: str) -> Changed:
    with db.tx():
        rows.update(db, "problem", problem_id, {"deleted": 0})
    return changed("problem", id=problem_id, message="已恢复问题")


def list_problems(db: Database, *, unit: str | None = None, status: str | None = None, light: str | None = None,
                  search: str | None = None, today: date | None = None) -> list[tuple[Problem, Light | None]]:
    """Problems with their lights; status 整改中/已整改/已销号 (or open/fixed/closed, or 未销号)."""
    today = today or clock.today()
    settings = light_settings(db)
    wanted: set[ProblemStatus] | None = None
    if status:
        wanted = ({ProblemStatus.OPEN, ProblemStatus.FIXED} if status.strip() in ("未销号", "unclosed")
                  else {ProblemStatus.parse(status)})
    out = []
    for p in q.query_problems(db, unit=unit):
        if wanted is not None and p.status not in wanted:
            continue
        if search and not any(search in s for s in (p.text, p.measures, p.lead_unit, p.source, p.person,
                                                    p.leader, p.latest_progress, *p.partner_units)):
            continue
        lit = problem_light(p, today, settings)
        if light and (lit.value if lit else "none") != light:
            continue
        out.append((p, lit))
    return out


def get_problem(db: Database, problem_id: str) -> Problem:
    return q.get(db, resolve_id(db, problem_id))


def problem_json(p: Problem, light) -> dict:
    return {
        "id": p.id, "text": p.text, "source": p.source, "lead_unit": p.lead_unit, "partner_units": p.partner_units,
        "measures": p.measures, "due": p.due.isoformat() if p.due else None, "due_text": p.due_text,
        "status": p.status.value, "status_text": p.status.label, "light": light.value if light else None,
        "leader": p.leader, "person": p.person, "meeting_id": p.meeting_id,
        "fixed_date": p.fixed_date.isoformat() if p.fixed_date else None,
        "closed_date": p.closed_date.isoformat() if p.closed_date else None, "closing_note": p.closing_note,
        "latest_progress": p.latest_progress,
    }


def problem_detail(db: Database, problem_id: str, today: date | None = None) -> dict:
    p = get_problem(db, problem_id)
    data = problem_json(p, problem_light(p, today or clock.today(), light_settings(db)))
    history = q.progress_of(db, p.id)
    files = attachments.of_rows(db, "problem_progress", [r["id"] for r in history])
    data["progress"] = [{**{k: v for k, v in r.items() if k != "id"},
                         "attachments": [a.as_json() for a in files.get(r["id"], [])]} for r in history]
    return data


def decision_problems(db: Database, meeting_id: str) -> dict[str, str]:
    """decision id -> the problem recorded from it (the decisions panel marks them)."""
    return q.problems_of_meeting(db, meeting_id)


def bulletin_rectification(db: Database, on: date) -> tuple[dict, list[tuple[str, str, str]]]:
    """The 问题清单 as of `on` for the 通报's 存在问题: counts, and the open problems lit red or yellow (unit,
    problem, why)."""
    import dataclasses

    from kydesk.domain.problems import explain_problem_light

    settings = light_settings(db)
    found = []
    for p, lit in list_problems(db, today=on):
        if p.start and p.start > on:
            continue                       # listed after the period
        if p.closed_date and p.closed_date > on or p.fixed_date and p.fixed_date > on:
            was = ProblemStatus.FIXED if p.fixed_date and p.fixed_date <= on else ProblemStatus.OPEN
            p = dataclasses.replace(p, status=was)
            lit = problem_light(p, on, settings)
        found.append((p, lit))
    counts = {"total": len(found), **{s.value: sum(p.status == s for p, _ in found) for s in ProblemStatus}}
    lagging = [(p.lead_unit or "未明确责任单位", p.text, explain_problem_light(p, on, settings))
               for p, lit in found if lit is not None and lit.value in ("red", "yellow")]
    return counts, lagging
