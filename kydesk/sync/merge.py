"""The merge rules, decided row by row before anything is written.

- A row may come only from its owner (the unit that may change it). The exceptions all come from a city,
  which relays: the unit rows its tasks refer to (a county needs the names of its partner units), every
  unit's progress reports on a task to every unit named on it, and a unit's own rows back to it (another
  database of the same unit wrote them: a restored backup, a copy on a second PC). All merge by the same rule.
- Only a city answers 延期申请: an answer row (it names the request it answers) from a county is refused.
- A row that already exists here keeps its owner: nobody takes over someone else's row.
- Of two versions the higher rev wins, then the higher site id, then the content digest (two versions of
  one rev from one site only happen when a backup was restored; the digest keeps every install agreeing).
- The loser of an equal-rev pair is kept in the conflict log, and so is our own version of our own row when
  another database of ours wrote a newer one. A row whose references we do not have is
  refused for now and comes again in a later package (the acknowledgement is not advanced).
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field

from kydesk.store import sync_store
from kydesk.store.db import Database
from kydesk.store.rows import TABLE_NAMES

KINDS = ("new", "updated", "unchanged", "older", "deleted", "refused")
WATCHED = {"title": "任务名称", "due": "时限", "due_text": "时限（原文）", "status": "状态", "percent": "进度",
           "lead_unit_id": "牵头单位", "partner_unit_ids": "配合单位", "target": "具体措施", "leader": "责任领导",
           "person": "责任人", "section": "板块", "deleted": "删除"}
MAX_LISTED = 500


@dataclass
class Plan:
    inserts: dict[str, list[dict]] = field(default_factory=dict)
    updates: dict[str, list[dict]] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    tables: dict[str, Counter] = field(default_factory=dict)
    refused: list[dict] = field(default_factory=list)        # {table, id, owner, reason, code, row}
    conflicts: list[tuple] = field(default_factory=list)     # (table, loser row, winner row)
    field_changes: list[dict] = field(default_factory=list)
    attention: list[dict] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)
    missing_refs: bool = False

    @property
    def touched(self) -> int:
        return sum(len(v) for v in self.inserts.values()) + sum(len(v) for v in self.updates.values())


def digest(row: dict, cols) -> str:
    body = json.dumps({c: row.get(c) for c in sorted(cols)}, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def version_key(row: dict, cols) -> tuple:
    return (row["rev"], row["site"], digest(row, cols))


RELAYED = ("unit", "progress")


def _may_send(table: str, row: dict, sender: str, relay: bool, me: str) -> bool:
    if row["owner"] == sender:
        return True
    return relay and (table in RELAYED or row["owner"] == me)


def classify(db: Database, rows: dict[str, list[dict]], *, sender: str, relay_units: bool) -> Plan:
    plan = Plan()
    me = db.unit_code
    local_rows: dict[str, dict[str, dict]] = {}
    winners: dict[str, list[tuple[dict, dict | None]]] = {}
    for table in sync_store.SYNCED_TABLES:
        incoming = rows.get(table) or []
        if not incoming:
            continue
        counts = plan.tables.setdefault(table, Counter())
        local = sync_store.rows_by_ids(db, table, (r["id"] for r in incoming))
        local_rows[table] = local
        for row in incoming:
            old = local.get(row["id"])
            if not _may_send(table, row, sender, relay_units, me):
                _refuse(plan, table, row, "not_owner",
                        f"发送方 {sender} 不是这条记录的负责单位（负责单位：{row['owner'] or '未指定'}）")
                continue
            if table == "extension_request" and not relay_units and _is_answer(db, row):
                _refuse(plan, table, row, "answer_from_county",
                        f"延期申请只能由市级单位批复，{sender} 发来的批复记录已拒收")
                continue
            if old is not None and old["owner"] != row["owner"]:
                _refuse(plan, table, row, "not_owner",
                        f"本地这条记录属于 {old['owner'] or '本单位'}，发送方不能改变它的负责单位")
                continue
            if old is None:
                winners.setdefault(table, []).append((row, None))
                continue
            if all(old.get(c) == v for c, v in row.items()):
                counts["unchanged"] += 1
                continue
            mine, theirs = version_key(old, row), version_key(row, row)
            if theirs > mine:
                winners.setdefault(table, []).append((row, old))
                if row["rev"] == old["rev"] or (row["owner"] == me and sender != me):
                    plan.conflicts.append((table, old, row))
            else:
                counts["older"] += 1
                if row["rev"] == old["rev"]:
                    plan.conflicts.append((table, row, old))
    _check_references(db, plan, winners)
    for table, pairs in winners.items():
        counts = plan.tables.setdefault(table, Counter())
        for row, old in pairs:
            if row["deleted"] and (old is None or not old["deleted"]):
                counts["deleted"] += 1
            else:
                counts["new" if old is None else "updated"] += 1
            (plan.inserts if old is None else plan.updates).setdefault(table, []).append(row)
    for counts in plan.tables.values():
        plan.counts.update(counts)
    _describe(db, plan, winners)
    return plan


def _is_answer(db: Database, row: dict) -> bool:
    """An answer names its request; an answer of an older version had an id derived from the request's."""
    if row.get("request_id"):
        return True
    from kydesk.sync.requests import legacy_answer_id

    return any(legacy_answer_id(r["id"]) == row["id"] for r in sync_store.requests_on_task(db, row.get("task_id") or "", None))


def _refuse(plan: Plan, table: str, row: dict, code: str, reason: str) -> None:
    plan.tables.setdefault(table, Counter())["refused"] += 1
    plan.refused.append({"table": table, "id": row.get("id"), "owner": row.get("owner"), "reason": reason,
                         "code": code, "row": row})


def _check_references(db: Database, plan: Plan, winners: dict) -> None:
    """A row is applied only when the rows it refers to exist here or arrive with it (to a fixed point)."""
    refs = {t: sync_store.references(t) for t in winners}
    targets = {target for r in refs.values() for target in r.values()}
    wanted: dict[str, set] = {t: set() for t in targets}
    for table, pairs in winners.items():
        for col, target in refs[table].items():
            wanted[target].update(r[col] for r, _ in pairs if r.get(col))
    have = {t: sync_store.existing_ids(db, t, ids) for t, ids in wanted.items()}
    while True:
        arriving = {t: {r["id"] for r, _ in pairs} for t, pairs in winners.items()}
        dropped = False
        for table, pairs in winners.items():
            keep = []
            for row, old in pairs:
                missing = [(col, target) for col, target in refs[table].items() if row.get(col)
                           and row[col] not in have.get(target, ()) and row[col] not in arriving.get(target, ())]
                if missing:
                    col, target = missing[0]
                    _refuse(plan, table, row, "missing_ref",
                            f"引用的{sync_store_name(target)}（{row[col]}）本机还没有，可能缺少更早的同步包；"
                            "会在对方下次导出时重新带上")
                    plan.missing_refs = True
                    dropped = True
                else:
                    keep.append((row, old))
            winners[table] = keep
        if not dropped:
            return


def sync_store_name(table: str) -> str:
    return TABLE_NAMES.get(table, table)


def _unit_names(db: Database, winners: dict) -> dict[str, str]:
    names = {r["id"]: r["name"] for r in sync_store.rows_by_ids(db, "unit", _unit_refs(winners)).values()}
    names.update({r["id"]: r["name"] for r, _ in winners.get("unit", [])})
    return names


def _unit_refs(winners: dict) -> set:
    ids = set()
    for row, old in winners.get("task", []):
        for r in (row, old or {}):
            if r.get("lead_unit_id"):
                ids.add(r["lead_unit_id"])
            ids.update(_json_list(r.get("partner_unit_ids")))
    return ids


def _json_list(text) -> list:
    try:
        value = json.loads(text or "[]")
    except (TypeError, ValueError):
        return []
    return value if isinstance(value, list) else []


def _show(field_name: str, value, names: dict) -> str:
    if field_name == "lead_unit_id":
        return names.get(value, value or "—")
    if field_name == "partner_unit_ids":
        return "、".join(names.get(i, i) for i in _json_list(value)) or "—"
    if field_name == "deleted":
        return "已删除" if value else "未删除"
    return "—" if value in (None, "") else str(value)


def _describe(db: Database, plan: Plan, winners: dict) -> None:
    """What the preview lists: task field changes, progress against an older task version, 延期申请."""
    names = _unit_names(db, winners)
    task_rev = {r["id"]: r["rev"] for r, _ in winners.get("task", [])}
    progress = [r for r, _ in winners.get("progress", [])]
    requests = [r for r, _ in winners.get("extension_request", [])]
    titles = sync_store.task_titles(db, {r["task_id"] for r in progress + requests} - set(task_rev))
    titles.update({r["id"]: (r["title"], r["rev"]) for r, _ in winners.get("task", [])})
    for row, old in winners.get("task", []):
        if old is None:
            continue
        for f, label in WATCHED.items():
            if f in row and row[f] != old.get(f) and len(plan.field_changes) < MAX_LISTED:
                plan.field_changes.append({"id": row["id"], "title": row.get("title") or old.get("title"), "field": f,
                                           "label": label, "old": _show(f, old.get(f), names),
                                           "new": _show(f, row[f], names)})
    for row in progress:
        title, rev = titles.get(row["task_id"], ("", 0))
        current = task_rev.get(row["task_id"], rev)
        if row.get("task_rev") and current and row["task_rev"] < current and len(plan.attention) < MAX_LISTED:
            plan.attention.append({"id": row["id"], "task_id": row["task_id"], "title": title, "text": row.get("text"),
                                   "date": row.get("date"), "task_rev": row["task_rev"], "current_rev": current})
    from kydesk.sync.requests import grant_warnings

    tasks_now = sync_store.rows_by_ids(db, "task", {r["task_id"] for r in requests})
    tasks_now.update({r["id"]: r for r, _ in winners.get("task", [])})
    for row in requests[:MAX_LISTED]:
        pending = row.get("state") == "pending" and not row.get("request_id")
        plan.requests.append({"warnings": grant_warnings(row, tasks_now.get(row["task_id"])) if pending else [],
                              "id": row["id"], "task_id": row["task_id"],
                              "title": titles.get(row["task_id"], ("", 0))[0], "owner": row["owner"],
                              "old_due": row.get("old_due_text") or row.get("old_due"),
                              "new_due": row.get("new_due_text") or row.get("new_due"),
                              "reason": row.get("reason"), "state": row.get("state"), "answer": row.get("answer")})
