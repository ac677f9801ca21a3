"""Task use cases: add, edit, progress, done/reopen, postpone, delete; listing with lights."""
from __future__ import annotations

from datetime import date
from typing import Any

from kydesk.domain import clock, deadlines, lights
from kydesk.domain import status as status_rules
from kydesk.domain.errors import KydeskError, NotFound, StatusError, ValidationError
from kydesk.domain.models import Light, Task, TaskStatus
from kydesk.domain.plain_text import one_line
from kydesk.services import Changed, attachments, changed
from kydesk.services.settings import ledger_year, light_settings
from kydesk.services.units import resolve_unit, resolve_units
from kydesk.store import rows, sync_store
from kydesk.store import tasks as q
from kydesk.store.db import Database
from kydesk.store.tasks import TaskFilter  # noqa: F401  (the filter type callers build)
from kydesk.store.units import own_unit_id

TASK_FIELDS = {"section", "seq", "title", "target", "lead_unit", "partner_units", "leader", "person", "start",
               "due", "key", "status", "percent", "note", "source_meeting_id", "source_decision_id", "done_date",
               "assigned"}


def resolve_id(db: Database, task_id: str) -> str:
    found = q.find_id(db, (task_id or "").strip())
    if not found:
        raise NotFound(f"找不到任务：{task_id}（请用“kydesk task list”查看任务编号）")
    return found


def parse_day(value, field: str, label: str) -> date | None:
    """A day as people type it: 2024-06-01, 2024/6/1, 2024.6.1, 2024年6月1日 (None when empty), in the years
    a ledger can hold (1990–2100, as `task add` and the deadline phrases allow)."""
    if value is None or value == "":
        return None
    day = value if isinstance(value, date) else _typed_day(value, field, label)
    if not deadlines.MIN_YEAR <= day.year <= deadlines.MAX_YEAR:
        raise ValidationError(f"{label}“{value}”的年份不合理（应在 {deadlines.MIN_YEAR}–{deadlines.MAX_YEAR} 之间）",
                              field)
    return day


def _typed_day(value, field: str, label: str) -> date:
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        try:
            d = deadlines.parse_deadline(str(value), None)
        except ValueError as e:   # DeadlineError: say which field, in the field's own words
            why = "请写成 YYYY-MM-DD，如 2024-03-01"
            if "不存在" in str(e):          # "2024年2月只有29天", "月份“13”不存在（应为 1–12）"
                why = str(e).rsplit("：", 1)[-1] if "只有" in str(e) else str(e).split("中的", 1)[-1]
            raise ValidationError(f"{label}“{value}”不是有效日期：{why}", field) from None
        if d.due is None:
            raise ValidationError(f"{label}“{value}”不是有效日期", field) from None
        return d.due


def _deadline_fields(db: Database, due, today: date | None, year: int | None = None) -> dict:
    """A deadline as typed (phrase or date) -> the stored columns, keeping the phrase beside the date."""
    if due is None or (isinstance(due, str) and not due.strip()):
        return {"due": None, "due_text": "", "ongoing": 0, "recurrence": None}
    if isinstance(due, date):
        return {"due": due, "due_text": deadlines.format_due(due), "ongoing": 0, "recurrence": None}
    try:
        d = deadlines.parse_deadline(due, year or ledger_year(db, today), today=today)
    except ValidationError as e:
        e.field = "due"
        raise
    except ValueError as e:
        raise ValidationError(str(e), "due") from e
    out = {"due": d.due, "due_text": d.text, "ongoing": int(d.ongoing), "recurrence": d.recurrence}
    if d.start:
        out["_start"] = d.start
    return out


def _columns(db: Database, values: dict, today: date | None, year: int | None = None) -> dict:
    cols: dict[str, Any] = {}
    for k, v in values.items():
        if k not in TASK_FIELDS:
            raise ValidationError(f"未知的任务字段：{k}", k)
        if k == "title":
            v = one_line(v)
            if not v:
                raise ValidationError("任务名称不能为空", "title")
            cols["title"] = v
        elif k == "lead_unit":
            cols["lead_unit_id"] = resolve_unit(db, v, field="lead_unit")
        elif k == "partner_units":
            cols["partner_unit_ids"] = resolve_units(db, v)
        elif k == "due":
            cols.update(_deadline_fields(db, v, today, year))
        elif k in ("start", "done_date", "assigned"):
            cols[k] = parse_day(v, k, {"start": "开始日期", "done_date": "完成日期", "assigned": "下达日期"}[k])
        elif k == "status":
            cols["status"] = TaskStatus.parse(v.value if isinstance(v, TaskStatus) else v).value
        elif k == "percent":
            cols["percent"] = status_rules.validate_percent(v)
        elif k == "key":
            cols["key"] = int(bool(v))
        elif k in ("leader", "person", "section", "target", "note"):
            cols[k] = (v or "").strip()
        else:
            cols[k] = v
    implied_start = cols.pop("_start", None)
    if implied_start and "start" not in values:
        cols["start"] = implied_start
    return cols


def _check_dates(row: dict) -> None:
    start, due = row.get("start"), row.get("due")
    start = start.isoformat() if isinstance(start, date) else start
    due = due.isoformat() if isinstance(due, date) else due
    if start and due and due < start:
        raise ValidationError(f"时限（{due}）早于开始日期（{start}），请检查", "due")


def add_task(db: Database, *, title: str, today: date | None = None, year: int | None = None,
             **values) -> Changed:
    """`year` resolves phrases like “7月底前” (default: the ledger's year)."""
    with db.tx():
        # inside the transaction: a new unit typed into a form that then fails is not kept
        cols = _columns(db, {"title": title, **values}, today, year)
        # 序时进度 runs from the day it was assigned when there is no 开始日期 (domain.lights.begin_of)
        cols["assigned"] = cols.get("assigned") or today or clock.today()
        if cols.get("status") == TaskStatus.DONE.value:
            cols["percent"] = 100
            cols.setdefault("done_date", today or clock.today())
        _check_dates(cols)
        if "seq" not in cols:
            cols["seq"] = q.next_seq(db, cols.get("section", ""))
        task_id = rows.insert(db, "task", cols)
    return changed("task", "unit", id=task_id, message=f"已添加任务：{cols['title']}")


def add_tasks(db: Database, items: list[dict], *, today: date | None = None) -> Changed:
    """Many tasks in one transaction (spreadsheet import, demo). All or nothing."""
    with db.tx():
        prepared = []
        for i, values in enumerate(items, start=1):
            try:
                cols = _columns(db, values, today)
                cols["assigned"] = cols.get("assigned") or today or clock.today()
                _check_dates(cols)
            except ValidationError as e:
                raise ValidationError(f"第 {i} 条任务：{e}", e.field) from e
            prepared.append(cols)
        # group by shape so each group is one batch insert
        groups: dict[tuple, list[dict]] = {}
        for cols in prepared:
            groups.setdefault(tuple(cols), []).append(cols)
        ids = []
        for group in groups.values():
            ids += rows.insert_many(db, "task", group)
    return changed("task", "unit", message=f"已添加 {len(ids)} 项任务")


def update_task(db: Database, task_id: str, *, today: date | None = None, **values) -> Changed:
    task_id = resolve_id(db, task_id)
    with db.tx():
        current = rows.get(db, "task", task_id)
        cols = _columns(db, values, today)
        if "status" in cols and cols["status"] != current["status"]:
            status_rules.check_transition(TaskStatus(current["status"]), TaskStatus(cols["status"]))
            if cols["status"] == TaskStatus.DONE.value:
                cols["percent"] = 100
                cols.setdefault("done_date", today or clock.today())
            elif current["status"] == TaskStatus.DONE.value:
                cols.setdefault("done_date", None)
        _check_dates({**current, **{k: v for k, v in cols.items() if k in ("start", "due")}})
        diff = rows.update(db, "task", task_id, cols)
    return changed("task", id=task_id, message="已保存" if diff else "没有变化") if diff else Changed(id=task_id)


def mark_done(db: Database, task_id: str, *, on: date | None = None, attach=None,
              reduce_images: bool = False, note: str = "") -> Changed:
    """销号; files given are kept as its 佐证材料, in the same transaction. A task another unit assigned (a
    city task at a county) is not closed here: it becomes a 销号申请 with its evidence, which the task's
    owner confirms (the task is done) or returns with a reason, like a 延期申请."""
    files = attachments.check_files(db, attach, reduce_images=reduce_images)
    task_id = resolve_id(db, task_id)
    current = rows.get(db, "task", task_id)
    if current["owner"] not in ("", db.unit_code):
        return request_done(db, current, on=on or clock.today(), note=note, files=files, reduce_images=reduce_images)
    if not files:
        return update_task(db, task_id, status=TaskStatus.DONE, done_date=on or clock.today())
    with db.tx():
        done = update_task(db, task_id, status=TaskStatus.DONE, done_date=on or clock.today())
        attachments.attach_in_tx(db, "task", task_id, files, purpose="done", reduce_images=reduce_images, on=on)
    done.tables = done.tables | {"attachment", "task"}
    return done


def request_done(db: Database, task: dict, *, on: date, note: str, files, reduce_images: bool) -> Changed:
    if task["status"] in (TaskStatus.DONE.value, TaskStatus.CANCELLED.value):
        raise StatusError(f"任务“{task['title']}”已经办结，无需申请销号")
    with db.tx():
        pending = [r for r in sync_store.requests_on_task(db, task["id"], db.unit_code)
                   if r.get("kind") == "done" and r["state"] == "pending" and not r["deleted"]]
        if pending:
            raise KydeskError(f"任务“{task['title']}”已提交销号申请，正等待 {task['owner']} 确认")
        rid = rows.insert(db, "extension_request", {
            "task_id": task["id"], "kind": "done", "old_due": task["due"], "old_due_text": task["due_text"],
            "new_due": on, "new_due_text": "", "reason": (note or "").strip() or "已完成", "state": "pending"})
        if files:
            attachments.attach_in_tx(db, "extension_request", rid, files, purpose="done", reduce_images=reduce_images,
                                     on=on)
    extra = f"，附佐证材料 {len(files)} 个" if files else ""
    return changed("extension_request", *(["attachment"] if files else []), id=rid,
                   message=f"已提交销号申请{extra}，待 {task['owner']} 确认后办结")


def reopen(db: Database, task_id: str) -> Changed:
    task = get_task(db, resolve_id(db, task_id))
    if task.status not in (TaskStatus.DONE, TaskStatus.CANCELLED):   # else "reopen" would start a pending task
        raise ValidationError(f"任务“{task.title}”当前为“{task.status.label}”，没有完成或取消，无需重新打开", "status")
    return update_task(db, task.id, status=TaskStatus.ACTIVE)


def delete_task(db: Database, task_id: str) -> Changed:
    task_id = resolve_id(db, task_id)
    with db.tx():
        rows.check_owner(db, "task", rows.get(db, "task", task_id))
        rows.tombstone(db, "task", task_id)
    return changed("task", id=task_id, message="已删除任务")


def restore_task(db: Database, task_id: str) -> Changed:
    with db.tx():
        rows.update(db, "task", task_id, {"deleted": 0})
    return changed("task", id=task_id, message="已恢复任务")


def postpone(db: Database, task_id: str, *, due, reason: str, today: date | None = None) -> Changed:
    """延期: the owner moves the deadline (old one kept in the request and the audit); others ask for it."""
    task_id = resolve_id(db, task_id)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请填写延期理由", "reason")
    new = _deadline_fields(db, due, today)
    new.pop("_start", None)
    with db.tx():
        current = rows.get(db, "task", task_id)
        status = TaskStatus(current["status"])
        if status in (TaskStatus.DONE, TaskStatus.CANCELLED):
            raise ValidationError(f"任务“{current['title']}”{status.label}，无需延期", "due")
        new_due = new["due"].isoformat() if isinstance(new["due"], date) else new["due"]
        if (new_due, bool(new["ongoing"]), new["recurrence"]) == (
                current["due"], bool(current["ongoing"]), current["recurrence"]):
            raise ValidationError(f"新时限“{new['due_text']}”与当前时限相同，未作改动", "due")
        mine = not current["owner"] or current["owner"] == db.unit_code
        req = {"task_id": task_id, "old_due": current["due"], "old_due_text": current["due_text"],
               "new_due": new["due"], "new_due_text": new["due_text"], "reason": reason,
               "state": "granted" if mine else "pending"}
        rid = rows.insert(db, "extension_request", req)
        if mine:
            _check_dates({**current, "due": new["due"]})
            rows.update(db, "task", task_id, new)
    if mine:
        return changed("task", "extension_request", id=rid, message=f"时限已调整为：{new['due_text']}")
    return changed("extension_request", id=rid, message=f"已提交延期申请，待 {current['owner']} 批复")


def add_progress(db: Database, task_id: str, *, text: str, percent: int | None = None, on: date | None = None,
                 unit: str | None = None, today: date | None = None, attach=None,
                 reduce_images: bool = False) -> Changed:
    """A progress report; files given are its 佐证材料, stored in the same transaction (all or nothing)."""
    task_id = resolve_id(db, task_id)
    files = attachments.check_files(db, attach, reduce_images=reduce_images)
    text = (text or "").strip()
    if not text:
        raise ValidationError("进展内容不能为空", "text")
    if percent is not None:
        percent = status_rules.validate_percent(percent)
    today = today or clock.today()
    on = on or today
    if on > today:
        raise ValidationError(f"进展日期 {on.isoformat()} 晚于今天：进展只能记录已经发生的情况", "date")
    with db.tx():
        task = rows.get(db, "task", task_id)
        unit_id = resolve_unit(db, unit) if unit else own_unit_id(db)
        # the owner's own report moves the task itself; a partner's report travels as its own row
        if task["owner"] in ("", db.unit_code):
            moves: dict[str, object] = {}
            if percent is not None and percent > task["percent"]:
                moves["percent"] = percent
            if task["status"] == TaskStatus.PENDING.value:
                moves["status"] = TaskStatus.ACTIVE.value
            if moves:
                rows.update(db, "task", task_id, moves)
                task = rows.get(db, "task", task_id)
        # written against the task version it now sees, so sync does not flag the owner's own report as stale
        pid = rows.insert(db, "progress", {"task_id": task_id, "date": on, "text": text,
                                           "percent": percent, "unit_id": unit_id, "task_rev": task["rev"]})
        if files:
            attachments.attach_in_tx(db, "progress", pid, files, purpose="progress", unit_id=unit_id,
                                     reduce_images=reduce_images, on=on)
    message = f"已记录进展，附 {len(files)} 个佐证材料" if files else "已记录进展"
    return changed("progress", "task", *(["attachment"] if files else []), id=pid, message=message)


def light_of(db: Database, task: Task, today: date, last_reports: dict | None = None):
    return lights.task_light(task, today, light_settings(db),
                             last_report=(last_reports or {}).get(task.id))


def list_tasks(db: Database, f: q.TaskFilter | None = None, *, light: str | None = None,
               today: date | None = None, sort: str = "section") -> list[tuple[Task, Light | None]]:
    today = today or clock.today()
    settings = light_settings(db)
    reports = q.last_report_dates(db)
    out = []
    for t in q.query_tasks(db, f, sort=sort):
        lit = lights.task_light(t, today, settings, last_report=reports.get(t.id))
        if light and (lit is None or lit.value != light):
            continue
        out.append((t, lit))
    return out


def task_json(task: Task, light) -> dict:
    return {
        "id": task.id, "title": task.title, "section": task.section, "target": task.target,
        "lead_unit": task.lead_unit, "partner_units": task.partner_units, "leader": task.leader,
        "owner": task.person, "due": task.due.isoformat() if task.due else None, "due_text": task.due_text,
        "ongoing": task.ongoing, "recurrence": task.recurrence, "start": task.start.isoformat() if task.start else None,
        "assigned": task.assigned.isoformat() if task.assigned else None,
        "key": task.key, "status": task.status.value, "status_text": task.status.label, "percent": task.percent,
        "light": light.value if light else None, "latest_progress": task.latest_progress,
        "owner_unit": task.owner, "rev": task.rev,
    }


def get_task(db: Database, task_id: str) -> Task:
    return q.get(db, resolve_id(db, task_id))


def task_progress(db: Database, task_id: str):
    return q.progress_of(db, resolve_id(db, task_id))


def task_detail(db: Database, task_id: str, today: date | None = None) -> dict:
    """Everything `task show` and the task dialog present: the row, its light, its history."""
    task = get_task(db, task_id)
    lit = light_of(db, task, today or clock.today(), q.last_report_dates(db))
    data = task_json(task, lit)
    history = q.progress_of(db, task.id)
    files = attachments.of_rows(db, "progress", [p.id for p in history])
    data["progress"] = [{"date": p.date.isoformat(), "text": p.text, "percent": p.percent, "unit": p.unit,
                         "attachments": [a.as_json() for a in files.get(p.id, [])]}
                        for p in history]
    data["attachments"] = [a.as_json() for a in attachments.of_rows(db, "task", [task.id]).get(task.id, [])]
    from kydesk.services import notices, task_sources  # they build on this module

    data.update(task_sources.source_json(db, task.id))
    data["notices"] = notices.task_notices(db, task.id)
    return data


def check_fields(db: Database, values: dict, today: date | None = None) -> dict[str, str]:
    """Every field's problem at once, for a form ({field: Chinese message}); stores nothing.
    What needs two fields together (a deadline before the start) is left to add_task/update_task."""
    problems = {}
    if "title" in values and not (values["title"] or "").strip():
        problems["title"] = "任务名称不能为空"
    for field in ("lead_unit", "partner_units"):
        text = values.get(field)
        if isinstance(text, str) and text and not text.replace("\u3000", " ").strip(" 、，,；;/"):
            problems[field] = "单位名称不能为空或只有空格"
    for field in ("start", "due"):
        if values.get(field) in (None, ""):
            continue
        try:
            if field == "start":
                parse_day(values[field], "start", "开始日期")
            else:
                _deadline_fields(db, values[field], today)
        except ValidationError as e:
            problems[field] = str(e)
    return problems
