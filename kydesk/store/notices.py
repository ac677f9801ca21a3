"""Graded notices issued (table notice) and the task source register (table task_source)."""
from __future__ import annotations

from kydesk.store import rows
from kydesk.store.db import Database


def notice_in_month(db: Database, task_id: str, kind: str, month: str) -> dict | None:
    """The notice of `kind` this office already issued for the task in `month` (a reprint keeps its number)."""
    found = list(db.query("SELECT * FROM notice WHERE NOT deleted AND task_id = ? AND kind = ? AND month = ? "
                          "AND owner = ? ORDER BY number LIMIT 1", [task_id, kind, month, db.unit_code]))
    return found[0] if found else None


def highest_number(db: Database, year: int, kind: str) -> int:
    return db.conn.execute("SELECT coalesce(max(number), 0) FROM notice WHERE year = ? AND kind = ? AND owner = ?",
                           (year, kind, db.unit_code)).fetchone()[0]


def add_notice(db: Database, values: dict) -> str:
    return rows.insert(db, "notice", values)


def notices_of_task(db: Database, task_id: str) -> list[dict]:
    return list(db.query("SELECT kind, year, number, issued, month FROM notice WHERE NOT deleted AND task_id = ? "
                         "ORDER BY issued, kind, number", [task_id]))


def notices_in_year(db: Database, year: int) -> list[dict]:
    """Notices issued in `year` on live tasks, with the task's title, lead and partner unit ids."""
    return list(db.query(
        "SELECT n.id, n.kind, n.number, n.task_id, n.unit_id, n.issued, n.month, t.title, t.lead_unit_id, "
        "t.partner_unit_ids FROM notice n JOIN task t ON t.id = n.task_id "
        "WHERE NOT n.deleted AND NOT t.deleted AND n.year = ? ORDER BY n.issued, n.kind, n.number", [year]))


# -- task_source ---------------------------------------------------------------------------------------

SOURCE_FIELDS = ("kind", "doc_no", "leader", "instruction", "instructed_on")


def source_row(db: Database, task_id: str) -> dict | None:
    """The task's live source row (the highest rev, should two installs have written one each)."""
    found = list(db.query("SELECT * FROM task_source WHERE NOT deleted AND task_id = ? "
                          "ORDER BY rev DESC, site DESC, id LIMIT 1", [task_id]))
    return found[0] if found else None


def sources_of(db: Database, task_ids: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for i in range(0, len(task_ids), 500):
        chunk = task_ids[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in db.query(f"SELECT * FROM task_source WHERE NOT deleted AND task_id IN ({marks}) "
                          "ORDER BY rev, site, id", chunk):
            out[r["task_id"]] = r
    return out


def save_source(db: Database, task_id: str, values: dict, *, owner: str | None = None) -> dict:
    """Insert or update the task's source row; returns what changed."""
    row = source_row(db, task_id)
    if row is None:
        rows.insert(db, "task_source", {"task_id": task_id, **values}, owner=owner)
        return {k: (None, v) for k, v in values.items() if v}
    return rows.update(db, "task_source", row["id"], values)
