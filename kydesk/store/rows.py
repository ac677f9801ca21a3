"""Writing syncable rows: every local write stamps owner, site and raises rev; triggers do the rest."""
from __future__ import annotations

import json
from datetime import date

from kydesk.domain.errors import KydeskError, NotFound
from kydesk.store.db import Database, new_id

SYNC_FIELDS = ("id", "owner", "rev", "site_seq", "deleted", "site")


def to_sql(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def insert(db: Database, table: str, values: dict, *, owner: str | None = None) -> str:
    row = {k: to_sql(v) for k, v in values.items()}
    row.setdefault("id", new_id())
    row["owner"] = owner if owner is not None else db.unit_code
    row["site"] = db.site_id
    row.setdefault("rev", 1)
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    return row["id"]


def insert_many(db: Database, table: str, rows: list[dict], *, owner: str | None = None) -> list[str]:
    """The batch path (imports, demo): one prepared statement for all rows of the same shape."""
    if not rows:
        return []
    own = owner if owner is not None else db.unit_code
    site = db.site_id
    prepared = []
    for values in rows:
        row = {k: to_sql(v) for k, v in values.items()}
        row.setdefault("id", new_id())
        row["owner"] = own
        row["site"] = site
        row.setdefault("rev", 1)
        prepared.append(row)
    cols = list(prepared[0])
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
    db.conn.executemany(sql, ([r.get(c) for c in cols] for r in prepared))
    return [r["id"] for r in prepared]


def get(db: Database, table: str, row_id: str, *, include_deleted: bool = False) -> dict:
    cur = db.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    names = [d[0] for d in cur.description]
    found = cur.fetchone()
    if found is None or (found[names.index("deleted")] and not include_deleted):
        raise NotFound(f"找不到编号为 {row_id} 的{TABLE_NAMES.get(table, table)}")
    return dict(zip(names, found))


def check_owner(db: Database, table: str, row: dict) -> None:
    if row["owner"] and db.unit_code and row["owner"] != db.unit_code:
        raise KydeskError(
            f"这条{TABLE_NAMES.get(table, table)}由单位 {row['owner']} 负责维护，本单位不能直接修改；"
            "如需调整时限，请提出延期申请。"
        )


def update(db: Database, table: str, row_id: str, values: dict, *, enforce_owner: bool = True) -> dict:
    """Change the given fields; returns {field: (old, new)} of what really changed (empty: nothing done)."""
    row = get(db, table, row_id, include_deleted=True)
    if enforce_owner:
        check_owner(db, table, row)
    changed = {}
    for k, v in values.items():
        new = to_sql(v)
        if row.get(k) != new:
            changed[k] = (row.get(k), new)
    if not changed:
        return {}
    sets = ", ".join(f"{k} = ?" for k in changed)
    db.conn.execute(
        f"UPDATE {table} SET {sets}, rev = rev + 1, site = ? WHERE id = ?",
        [new for _, new in changed.values()] + [db.site_id, row_id],
    )
    return changed


def tombstone(db: Database, table: str, row_id: str) -> bool:
    return bool(update(db, table, row_id, {"deleted": 1}))


TABLE_NAMES = {
    "unit": "单位", "person": "人员", "task": "任务", "progress": "进展", "meeting": "会议",
    "attendance": "参会记录", "agenda_item": "议题", "record_entry": "发言记录", "decision": "议定事项",
    "summary_version": "纪要版本", "problem": "问题", "indicator": "指标", "indicator_reading": "指标数据",
    "extension_request": "延期申请", "notice": "通知", "task_source": "任务来源", "attachment": "佐证材料",
}
TABLE_NAMES.update({"problem_progress": "整改进展", "milestone": "项目节点", "investment": "投资完成情况"})
