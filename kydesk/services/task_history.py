"""A task's history in words: its timeline (progress and postponements, a county's 延期申请 shown in its
answer's state) and its audit trail (who changed which field, from what to what)."""
from __future__ import annotations

import json
from dataclasses import dataclass

from kydesk.domain.models import TaskStatus
from kydesk.store import task_history_queries as history_queries
from kydesk.store.db import Database
from kydesk.store.units import names_by_id
from kydesk.sync.requests import legacy_answer_id


@dataclass
class TimelineEntry:
    date: str
    kind: str          # 进展 / 延期 / 延期申请
    text: str
    percent: int | None = None
    unit: str = ""


def timeline(db: Database, task_id: str) -> list[TimelineEntry]:
    """Progress updates and postponements, newest first."""
    from kydesk.store.tasks import progress_of

    out = [TimelineEntry(p.date.isoformat(), "进展", p.text, p.percent, p.unit) for p in progress_of(db, task_id)]
    out += _postponements(db, task_id)
    out.sort(key=lambda e: e.date, reverse=True)
    return out


POSTPONE_KINDS = {"granted": "延期", "pending": "延期申请（待批复）", "refused": "延期申请（未同意）"}
DONE_KINDS = {"granted": "销号（已确认）", "pending": "销号申请（待确认）", "refused": "销号申请（已退回）"}


def _postponements(db: Database, task_id: str) -> list[TimelineEntry]:
    """One line per postponement.  A county's 延期申请 and the task owner's answer are two rows (sync.requests),
    and at the city the request stays pending until the county's next package mirrors the verdict: so a
    request is shown in its answer's state, and the answer (only the task owner's counts, as in
    services.sync.extension_requests) is no line of its own."""
    found = history_queries.postponements(db, task_id)
    by_id, owner = {e["id"]: e for e in found}, (history_queries.task_row(db, task_id) or {}).get("owner")
    named = {e["request_id"]: e for e in found if e.get("request_id")}
    answers = {e["id"]: a for e in found
               if (a := named.get(e["id"]) or by_id.get(legacy_answer_id(e["id"]))) is not None
               and a["owner"] != e["owner"] and a["owner"] == (owner or a["owner"])}
    answered = {a["id"] for a in answers.values()}
    out = []
    for e in (e for e in found if e["id"] not in answered):
        verdict = answers.get(e["id"], e)
        if e.get("kind") == "done":
            text = f"完成日期 {e['new_due'] or '—'}；{e['reason']}"
            label = DONE_KINDS.get(verdict["state"], "销号申请")
        else:
            text = f"{e['old_due_text'] or '（无）'} → {e['new_due_text']}；理由：{e['reason']}"
            label = POSTPONE_KINDS.get(verdict["state"], "延期申请")
        text += f"；批复：{verdict['answer']}" if verdict["answer"] else ""
        out.append(TimelineEntry((e["at"] or "")[:10], label, text))
    return out


FIELD_LABELS = {"title": "任务名称", "section": "板块", "target": "目标任务", "lead_unit_id": "牵头单位",
                "partner_unit_ids": "配合单位", "leader": "责任领导", "person": "责任人", "start": "开始日期",
                "due_text": "时限", "due": "时限日期", "key": "重点", "status": "状态", "percent": "进度",
                "done_date": "完成日期", "note": "备注", "seq": "序号", "ongoing": "长期坚持"}
QUIET = {"rev", "site", "owner", "site_seq", "recurrence"}


@dataclass
class AuditEntry:
    at: str
    actor: str
    action: str
    detail: str


def audit_trail(db: Database, task_id: str) -> list[AuditEntry]:
    """Who changed what on a task, its progress and its deadline, newest first, in words."""
    names = names_by_id(db)
    out = []
    for r in history_queries.audit_rows(db, task_id):
        changes = json.loads(r["changes"] or "{}")
        at = (r["at"] or "").replace("T", " ")[:16]
        deleted = changes.get("deleted")
        if r["tbl"] == "task":
            if r["action"] == "insert":
                action, detail = "新建任务", ""
            elif deleted:
                action, detail = ("删除任务", "") if deleted[1] else ("恢复任务", "")
            else:
                action, detail = "修改", _describe(changes, names)
        elif r["tbl"] == "progress":
            action = "撤销进展" if deleted and deleted[1] else "恢复进展" if deleted else "记录进展"
            detail = r["detail"] or ""
        else:
            action = "撤销延期" if deleted and deleted[1] else "恢复延期" if deleted else "延期"
            detail = r["detail"] or ""
        if action == "修改" and not detail:
            continue
        out.append(AuditEntry(at, r["actor"] or "", action, detail))
    return out


def _describe(changes: dict, names: dict) -> str:
    parts = []
    for key, (old, new) in changes.items():
        if key in QUIET or key not in FIELD_LABELS or (key == "due" and "due_text" in changes):
            continue
        parts.append(f"{FIELD_LABELS[key]}：{_value(key, old, names)} → {_value(key, new, names)}")
    return "；".join(parts)


def _value(key: str, value, names: dict) -> str:
    if value in (None, "", "[]"):
        return "（空）"
    if key == "status":
        try:
            return TaskStatus(value).label
        except ValueError:
            return str(value)
    if key == "lead_unit_id":
        return names.get(value, value)
    if key == "partner_unit_ids":
        return "、".join(names.get(i, i) for i in json.loads(value))
    if key in ("key", "ongoing"):
        return "是" if value else "否"
    if key == "percent":
        return f"{value}%"
    return str(value)
