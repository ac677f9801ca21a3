"""A task's source register: 来源 (年度计划 / 会议议定 / 领导批示 / 上级文件 / 督查发现), 文号, the leader who gave
the instruction, its text and date. Shown in `task show --json`, the task dialog, and cited by the notices.
"""
from __future__ import annotations

import re
from datetime import date

from kydesk.domain.deadlines import format_due as cn_date
from kydesk.domain.errors import ValidationError
from kydesk.services import Changed, changed
from kydesk.services.tasks import parse_day, resolve_id
from kydesk.store import notices as store
from kydesk.store import rows
from kydesk.store.db import Database

SOURCE_KINDS = ("年度计划", "会议议定", "领导批示", "上级文件", "督查发现")
# keys `task show --json` adds (the contract's keys stay as they are)
JSON_KEYS = {"kind": "source", "doc_no": "doc_no", "leader": "instruction_leader", "instruction": "instruction",
             "instructed_on": "instruction_date"}


def check_kind(kind: str | None) -> str:
    kind = (kind or "").strip()
    if kind and kind not in SOURCE_KINDS:
        raise ValidationError(f"任务来源“{kind}”无法识别，可选：{'、'.join(SOURCE_KINDS)}", "source")
    return kind


def normalise_doc_no(text: str | None) -> str:
    """文号 as written, brackets made the official 〔〕: "[2026]12号", "（2026）12号" -> "〔2026〕12号"."""
    text = (text or "").strip()
    return re.sub(r"^(.*?)[\[［(（【〔]\s*(\d{4})\s*[\]］)）】〕]\s*(\d+)\s*号?$", r"\1〔\2〕\3号", text) if text else ""


def source_values(*, kind=None, doc_no=None, leader=None, instruction=None, instructed_on=None) -> dict:
    """The given fields checked and cleaned (None = leave as it is)."""
    out: dict = {}
    if kind is not None:
        out["kind"] = check_kind(kind)
    if doc_no is not None:
        out["doc_no"] = normalise_doc_no(doc_no)
    if leader is not None:
        out["leader"] = leader.strip()
    if instruction is not None:
        out["instruction"] = instruction.strip()
    if instructed_on is not None:
        out["instructed_on"] = parse_day(instructed_on, "instruction_date", "批示日期")
    return out


def set_source(db: Database, task_id: str, **values) -> Changed:
    """Record the task's source; only the task's owner may (a city task's source is the city's)."""
    task_id = resolve_id(db, task_id)
    cleaned = source_values(**values)
    if not cleaned:
        return Changed(id=task_id)
    with db.tx():
        task = rows.get(db, "task", task_id)
        rows.check_owner(db, "task", task)
        diff = store.save_source(db, task_id, cleaned, owner=task["owner"] or None)
    return changed("task_source", id=task_id, message="已保存任务来源") if diff else Changed(id=task_id)


def get_source(db: Database, task_id: str) -> dict:
    """{kind, doc_no, leader, instruction, instructed_on (date or None)} — empty strings when unrecorded."""
    row = store.source_row(db, task_id) or {}
    out = {k: row.get(k) or "" for k in store.SOURCE_FIELDS}
    out["instructed_on"] = date.fromisoformat(row["instructed_on"]) if row.get("instructed_on") else None
    return out


def source_json(db: Database, task_id: str) -> dict:
    src = get_source(db, task_id)
    out = {JSON_KEYS[k]: src[k] for k in store.SOURCE_FIELDS}
    out["instruction_date"] = src["instructed_on"].isoformat() if src["instructed_on"] else None
    return out


def source_text(db: Database, task_id: str) -> str:
    """How a notice cites the source: "领导批示（〔2026〕12号）：王市长2026年3月5日批示“……”"; "" when unrecorded."""
    src = get_source(db, task_id)
    if not any(src[k] for k in ("kind", "doc_no", "leader", "instruction")):
        return ""
    head = src["kind"] or "任务来源"
    if src["doc_no"]:
        head += f"（{src['doc_no']}）"
    said = src["leader"] + (cn_date(src["instructed_on"]) if src["instructed_on"] else "")
    verb = "批示" if src["kind"] == "领导批示" or src["leader"] else ""
    body = f"{said}{verb}“{src['instruction']}”" if src["instruction"] else said
    return f"{head}：{body}" if body else head
