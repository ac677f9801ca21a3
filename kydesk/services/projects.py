"""项目清单: a task made a project (重点项目/标杆项目) with 计划总投资, 年度计划投资 and 形象进度, its milestones
(节点, drawn ◆ on the 作战图) and its 累计完成投资 reported month by month (万元)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kydesk.domain import clock
from kydesk.domain.errors import KydeskError, NotFound, ValidationError
from kydesk.domain.indicators import _reading
from kydesk.domain.models import Light, Task
from kydesk.services import Changed, changed
from kydesk.services.settings import ledger_year
from kydesk.services.tasks import get_task, list_tasks, parse_day
from kydesk.services.tasks import resolve_id as resolve_task
from kydesk.store import projects as q
from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.tasks import TaskFilter

KINDS = ("重点项目", "标杆项目")


@dataclass
class ProjectView:
    task: Task
    light: Light | None
    kind: str
    plan_invest: float | None
    year_invest: float | None
    image: str
    done_invest: float | None              # 累计完成投资, the latest report
    year_done: float | None                # of it, completed this year
    months: list[dict] = field(default_factory=list)
    milestones: list[dict] = field(default_factory=list)   # + "state": met | late | overdue | pending

    @property
    def year_rate(self) -> float | None:
        if self.year_done is None or not self.year_invest:
            return None
        return self.year_done * 100 / self.year_invest

    def node_counts(self) -> dict[str, int]:
        out = {"met": 0, "late": 0, "overdue": 0, "pending": 0}
        for m in self.milestones:
            out[m["state"]] += 1
        return out


def _money(value, field: str, label: str) -> float | None:
    if value in (None, ""):
        return None
    try:
        v = _reading(value)
    except ValidationError:
        raise ValidationError(f"{label}“{value}”不是数字（单位：万元）", field) from None
    if v < 0:
        raise ValidationError(f"{label}不能为负数", field)
    return v


def set_project(db: Database, task_id: str, *, kind: str | None = "重点项目", plan_invest=None, year_invest=None,
                image: str | None = None) -> Changed:
    """Make a task a project or change its figures; kind "" makes it a plain task again."""
    task_id = resolve_task(db, task_id)
    cols: dict = {}
    if kind is not None:
        kind = kind.strip()
        if kind and kind not in KINDS:
            raise ValidationError(f"项目类别“{kind}”无法识别：应为 重点项目 或 标杆项目", "kind")
        cols["project"] = kind
    for key, value, label in (("plan_invest", plan_invest, "计划总投资"), ("year_invest", year_invest, "年度计划投资")):
        if value is not None:
            cols[key] = _money(value, key, label)
    if image is not None:
        cols["image_progress"] = image.strip()
    with db.tx():
        diff = rows.update(db, "task", task_id, cols)
    return changed("task", id=task_id, message="已保存项目信息") if diff else Changed(id=task_id)


def _month(text: str) -> str:
    m = re.fullmatch(r"\s*(\d{4})[-年/.]?(\d{1,2})月?\s*", str(text or ""))
    if not m or not 1 <= int(m[2]) <= 12:
        raise ValidationError(f"月份“{text}”无法识别：请写成 2025-06", "month")
    return f"{m[1]}-{int(m[2]):02d}"


def report_investment(db: Database, task_id: str, *, month: str, amount, image: str = "") -> Changed:
    """累计完成投资 (万元, since the project began) as of the end of `month`, with the 形象进度 then."""
    task_id = resolve_task(db, task_id)
    month = _month(month)
    value = _money(amount, "amount", "累计完成投资")
    if value is None:
        raise ValidationError("请填写累计完成投资（万元）", "amount")
    with db.tx():
        task = rows.get(db, "task", task_id)
        if not task["project"]:
            raise KydeskError("该任务不是项目：请先设为重点项目或标杆项目（kydesk project set）")
        earlier = [r for r in q.investments(db).get(task_id, []) if r["month"] < month]
        if earlier and value + 1e-9 < earlier[-1]["amount"]:
            raise ValidationError(f"累计完成投资 {value:g} 万元少于 {earlier[-1]['month']} 已报的 "
                                  f"{earlier[-1]['amount']:g} 万元：累计数只增不减，请检查", "amount")
        existing = q.investment_id(db, task_id, month, db.unit_code)
        cols = {"amount": value, "image": (image or "").strip()}
        if existing:
            rows.update(db, "investment", existing, cols)
            rid = existing
        else:
            rid = rows.insert(db, "investment", {"task_id": task_id, "month": month, **cols})
        if image and task["owner"] in ("", db.unit_code):
            rows.update(db, "task", task_id, {"image_progress": image.strip()})
    return changed("investment", "task", id=rid, message=f"已记录 {month} 累计完成投资 {value:g} 万元")


def add_milestone(db: Database, task_id: str, *, title: str, when) -> Changed:
    task_id = resolve_task(db, task_id)
    title = (title or "").strip()
    if not title:
        raise ValidationError("节点名称不能为空", "title")
    day = parse_day(when, "date", "节点日期")
    if day is None:
        raise ValidationError("请填写节点日期", "date")
    with db.tx():
        rows.get(db, "task", task_id)
        mid = rows.insert(db, "milestone", {"task_id": task_id, "title": title, "date": day,
                                            "ord": q.next_milestone_ord(db, task_id)})
    return changed("milestone", id=mid, message=f"已添加节点：{title}（{day.isoformat()}）")


def _milestone_id(db: Database, milestone_id: str) -> str:
    found = q.find_milestone(db, (milestone_id or "").strip())
    if not found:
        raise NotFound(f"找不到节点：{milestone_id}")
    return found


def milestone_done(db: Database, milestone_id: str, *, on: date | None = None) -> Changed:
    milestone_id = _milestone_id(db, milestone_id)
    with db.tx():
        rows.update(db, "milestone", milestone_id, {"done_date": on or clock.today()})
    return changed("milestone", id=milestone_id, message="节点已完成")


def milestone_undone(db: Database, milestone_id: str) -> Changed:
    milestone_id = _milestone_id(db, milestone_id)
    with db.tx():
        rows.update(db, "milestone", milestone_id, {"done_date": None})
    return changed("milestone", id=milestone_id, message="节点改为未完成")


def delete_milestone(db: Database, milestone_id: str) -> Changed:
    milestone_id = _milestone_id(db, milestone_id)
    with db.tx():
        rows.tombstone(db, "milestone", milestone_id)
    return changed("milestone", id=milestone_id, message="已删除节点")


def _state(m: dict, today: date) -> str:
    due = date.fromisoformat(m["date"])
    if m["done_date"]:
        return "met" if date.fromisoformat(m["done_date"]) <= due else "late"
    return "overdue" if today > due else "pending"


def list_projects(db: Database, *, unit: str | None = None, year: int | None = None,
                  today: date | None = None) -> list[ProjectView]:
    today = today or clock.today()
    year = year or ledger_year(db, today)
    fields = q.project_fields(db)
    ids = list(fields)
    if not ids:
        return []
    found = list_tasks(db, TaskFilter(unit=unit, ids=ids), today=today)
    nodes = q.milestones(db, set(ids))
    money = q.investments(db)
    out = []
    for t, lit in found:
        f = fields[t.id]
        months = money.get(t.id, [])
        in_year = [m for m in months if m["month"] <= f"{year:04d}-12"]
        before = [m for m in in_year if m["month"] < f"{year:04d}-01"]
        done = in_year[-1]["amount"] if in_year else None
        year_done = None if done is None else done - (before[-1]["amount"] if before else 0.0)
        ms = [{**m, "state": _state(m, today)} for m in nodes.get(t.id, [])]
        light = lit if isinstance(lit, Light) else None
        out.append(ProjectView(t, light, f["project"], f["plan_invest"], f["year_invest"], f["image_progress"],
                               done, year_done, months, ms))
    return out


def fmt_money(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def project_json(p: ProjectView) -> dict:
    return {"id": p.task.id, "title": p.task.title, "kind": p.kind, "lead_unit": p.task.lead_unit,
            "plan_invest": p.plan_invest, "year_invest": p.year_invest, "done_invest": p.done_invest,
            "year_done": p.year_done, "year_rate": None if p.year_rate is None else round(p.year_rate, 1),
            "image": p.image, "light": p.light.value if p.light else None,
            "milestones": [{"id": m["id"], "title": m["title"], "date": m["date"], "done_date": m["done_date"],
                            "state": m["state"]} for m in p.milestones],
            "investment": [{"month": m["month"], "amount": m["amount"], "image": m["image"]} for m in p.months]}


def project_of(db: Database, task_id: str) -> ProjectView | None:
    task = get_task(db, task_id)
    return next((p for p in list_projects(db) if p.task.id == task.id), None)


def plain_tasks(db: Database) -> list[Task]:
    """Live tasks that are not projects yet, in ledger order (what 设为项目 offers)."""
    fields = q.project_fields(db)
    return [t for t, _ in list_tasks(db) if t.id not in fields]
