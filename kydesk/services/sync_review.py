"""The review of what sync did not simply apply: the conflict log (what lost to what, when, from which
package) and the rows refused from applied packages (with the reason, and whether a later package brought
them in after all), worded for the clerk."""
from __future__ import annotations

import json

from kydesk.domain.models import TaskStatus
from kydesk.services.sync import STATE_NAMES
from kydesk.store import sync_store
from kydesk.store.db import Database
from kydesk.store.rows import TABLE_NAMES

FIELD_LABELS = {"title": "名称", "name": "名称", "text": "内容", "due": "时限日期", "due_text": "时限", "status": "状态",
                "percent": "进度", "lead_unit_id": "牵头单位", "partner_unit_ids": "配合单位", "target": "目标任务",
                "leader": "责任领导", "person": "责任人", "section": "板块", "deleted": "删除", "reason": "理由",
                "state": "状态", "answer": "批复意见", "date": "日期", "note": "备注", "start": "开始日期",
                "done_date": "完成日期", "key": "重点", "code": "代码", "level": "级别", "place": "地点",
                "summary": "纪要", "record": "记录", "measure": "整改措施", "value": "数值", "period": "期间"}
QUIET_FIELDS = {"id", "rev", "site", "site_seq", "owner", "seq", "ord", "task_rev"}
FLAGS = ("deleted", "key", "ongoing", "final")


def _shown(field: str, value, names: dict) -> str:
    """A stored value as the clerk knows it: unit names rather than ids, words rather than codes."""
    if field in ("lead_unit_id", "unit_id") and value:
        return names.get(value, value)
    if field == "partner_unit_ids":
        ids = _load_list(value)
        return "、".join(names.get(i, i) for i in ids) or "（空）"
    if field in FLAGS:
        return "是" if value else "否"
    if field == "state" and value in STATE_NAMES:
        return STATE_NAMES[value]
    if field == "status" and value in {t.value for t in TaskStatus}:
        return TaskStatus(value).label
    return "（空）" if value in (None, "") else str(value)


def _load_list(text) -> list:
    try:
        value = json.loads(text or "[]")
    except (TypeError, ValueError):
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _readable(row: dict, names: dict) -> list[dict]:
    """The row's fields worth reading: no bookkeeping, no empty values or unset flags, no bare ids of other
    rows (the entry names its record already); unit ids as names."""
    out = []
    for k, v in row.items():
        if (k in QUIET_FIELDS or v in (None, "", "[]") or (k in FLAGS and not v)
                or (k.endswith("_id") and k not in ("lead_unit_id", "unit_id"))):
            continue
        out.append({"field": k, "label": FIELD_LABELS.get(k, k), "value": _shown(k, v, names)})
    return out


def _row_label(table: str, row: dict) -> str:
    for key in ("title", "name", "text", "reason", "period"):
        if row.get(key):
            text = str(row[key])
            return text if len(text) <= 40 else text[:39] + "…"
    return str(row.get("id", ""))[:8]


def _load(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _rev(row: dict) -> int:
    try:
        return int(row.get("rev") or 0)
    except (TypeError, ValueError):      # a refused row is whatever the sender wrote
        return 0


def _site_name(db: Database, names: dict, site: str) -> str:
    if site == db.site_id:
        return "本机"
    return f"{names[site]}的电脑" if site in names else f"另一台电脑（{site[:8]}）"


def review(db: Database) -> dict:
    """What lost to what (versions of one rev from two installs of one unit) and the rows refused from
    applied packages, newest first. A refused row that a later package brought in whole reads as resolved."""
    names, units = sync_store.site_names(db), sync_store.unit_names(db)
    logged = sync_store.conflict_log(db)
    ids: dict[str, set] = {}
    for c in logged:
        ids.setdefault(c["tbl"], set()).add(c["row_id"])
    held = sync_store.quarantine_log(db)
    for q in held:
        ids.setdefault(q["tbl"], set()).add(q["row_id"])
    current = {t: sync_store.rows_by_ids(db, t, v) for t, v in ids.items() if t in sync_store.SYNCED_TABLES}
    conflicts = []
    for c in logged:
        lost, now = _load(c["data"]), current.get(c["tbl"], {}).get(c["row_id"]) or {}
        conflicts.append({
            "seq": c["seq"], "at": c["at"], "table": c["tbl"], "table_name": TABLE_NAMES.get(c["tbl"], c["tbl"]),
            "row_id": c["row_id"], "label": _row_label(c["tbl"], now or lost),
            "lost_rev": c["rev"], "lost_site": c["site"], "lost_site_name": _site_name(db, names, c["site"]),
            "winner_rev": c["winner_rev"], "winner_site": c["winner_site"],
            "winner_site_name": _site_name(db, names, c["winner_site"]),
            "package_id": c["package_id"], "package_file": c["package_file"], "from_unit": c["peer_unit"],
            "from_name": c["peer_name"],
            "differences": [{"field": k, "label": FIELD_LABELS.get(k, k), "lost": v, "kept": now.get(k),
                             "lost_text": _shown(k, v, units), "kept_text": _shown(k, now.get(k), units)}
                            for k, v in lost.items() if k not in QUIET_FIELDS and now and now.get(k) != v
                            and not (k == "due" and lost.get("due_text") != now.get("due_text"))],
            "lost": lost, "lost_fields": _readable(lost, units)})
    refused = []
    for q in held:
        row, here = _load(q["data"]), current.get(q["tbl"], {}).get(q["row_id"])
        # only a row refused for a missing reference (merge words it "引用的…本机还没有") comes again whole;
        # a row refused for its owner stays refused whatever arrives later
        resolved = here is not None and here.get("owner") == row.get("owner") and q["reason"].startswith("引用的") \
            and _rev(here) >= _rev(row)
        refused.append({
            "seq": q["seq"], "at": q["at"], "table": q["tbl"], "table_name": TABLE_NAMES.get(q["tbl"], q["tbl"]),
            "row_id": q["row_id"], "owner": q["owner"], "label": _row_label(q["tbl"], row), "reason": q["reason"],
            "resolved": resolved, "package_id": q["package_id"], "package_file": q["package_file"],
            "from_unit": q["peer_unit"], "from_name": q["peer_name"], "row": row,
            "row_fields": _readable(row, units)})
    return {"conflicts": conflicts, "quarantined": refused}
