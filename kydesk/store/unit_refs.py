"""Where a unit or a person is used, and moving those uses onto another one (merging duplicates).

Units are referred to by id in columns named unit_id / lead_unit_id (one id) and partner_unit_ids (a JSON
list); the tables holding them are found from the schema, so a table added later is covered too.  People
are referred to by name (task 责任领导/责任人, attendance, meeting 主持人/记录人)."""
from __future__ import annotations

import json

from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.sync_store import SYNCED_TABLES

ONE = ("unit_id", "lead_unit_id")
MANY = ("partner_unit_ids",)
# people by name: (table, column, label)
PERSON_COLUMNS = (("task", "leader", "任务责任领导"), ("task", "person", "任务责任人"),
                  ("attendance", "name", "参会登记"), ("meeting", "chair", "会议主持人"),
                  ("meeting", "recorder", "会议记录人"))


def _unit_columns(db: Database) -> list[tuple[str, str]]:
    out = []
    for table in SYNCED_TABLES:
        for r in db.conn.execute(f"PRAGMA table_info({table})"):
            if r[1] in ONE + MANY:
                out.append((table, r[1]))
    return out


def unit_refs(db: Database, unit_id: str) -> list[dict]:
    """Every live row naming the unit: {table, column, id, owner}."""
    out = []
    quoted = json.dumps(unit_id, ensure_ascii=False)
    for table, col in _unit_columns(db):
        if col in MANY:
            sql = f"SELECT id, owner FROM {table} WHERE NOT deleted AND instr({col}, ?) > 0"
            args = (quoted,)
        else:
            sql = f"SELECT id, owner FROM {table} WHERE NOT deleted AND {col} = ?"
            args = (unit_id,)
        out += [{"table": table, "column": col, "id": r[0], "owner": r[1]} for r in db.conn.execute(sql, args)]
    return out


def move_unit_refs(db: Database, refs: list[dict], old: str, new: str) -> int:
    """Point every ref from `old` to `new` (a partner list keeps each unit once, and never the lead)."""
    moved = 0
    for ref in refs:
        row = rows.get(db, ref["table"], ref["id"])
        col = ref["column"]
        if col in MANY:
            lead = row.get("lead_unit_id")
            kept: list[str] = []
            for i in json.loads(row[col] or "[]"):
                i = new if i == old else i
                if i not in kept and i != lead:
                    kept.append(i)
            value = json.dumps(kept, ensure_ascii=False)
        else:
            value = new
        moved += bool(rows.update(db, ref["table"], ref["id"], {col: value}, enforce_owner=False))
    return moved


def person_refs(db: Database, name: str) -> list[dict]:
    """Every live row naming the person: {table, column, label, id, final, owner} (final: a locked 纪要's
    meeting)."""
    out = []
    for table, col, label in PERSON_COLUMNS:
        if table == "attendance":
            sql = ("SELECT a.id, m.state = 'final', a.owner FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
                   "WHERE NOT a.deleted AND a.name = ?")
        elif table == "meeting":
            sql = f"SELECT id, state = 'final', owner FROM meeting WHERE NOT deleted AND {col} = ?"
        else:
            sql = f"SELECT id, 0, owner FROM {table} WHERE NOT deleted AND {col} = ?"
        out += [{"table": table, "column": col, "label": label, "id": r[0], "final": bool(r[1]), "owner": r[2]}
                for r in db.conn.execute(sql, (name,))]
    return out


def attendance_clashes(db: Database, old: str, new: str) -> list[str]:
    """Titles of the draft meetings where both names are registered (a merge would list one person twice)."""
    return [r[0] for r in db.conn.execute(
        "SELECT DISTINCT m.title FROM attendance a JOIN attendance b ON a.meeting_id = b.meeting_id "
        "JOIN meeting m ON m.id = a.meeting_id WHERE a.name = ? AND b.name = ? AND NOT a.deleted AND NOT b.deleted "
        "AND m.state <> 'final'", (old, new))]


def person_by_name(db: Database, name: str) -> list[dict]:
    return list(db.query("SELECT * FROM person WHERE NOT deleted AND name = ? ORDER BY rowid", [name]))
