"""SQL of the start page: per-unit counts with lights, the next and the last meeting and what it left open."""
from __future__ import annotations

from datetime import date

from kydesk.domain.models import LightSettings
from kydesk.store.db import Database
from kydesk.store.ledger_queries import ensure_lights, ensure_units


def unit_stats(db: Database, *, today: date, settings: LightSettings) -> list[dict]:
    """Per lead unit: tasks, done, red, yellow."""
    ensure_lights(db, today, settings)
    ensure_units(db)
    cur = db.conn.execute(
        "SELECT u.canon_id, coalesce(u.name, ''), sum(s.n) AS n, sum(s.done), sum(s.red), sum(s.yellow) FROM "
        "(SELECT task.lead_unit_id AS unit_id, count(*) AS n, sum(task.status = 'done') AS done, "
        "sum(kl.rank = 3) AS red, sum(kl.rank = 2) AS yellow FROM task JOIN temp.kd_light kl ON kl.rid = task.rowid "
        "WHERE NOT task.deleted GROUP BY +task.lead_unit_id) s "
        "LEFT JOIN temp.kd_unit u ON u.id = s.unit_id GROUP BY coalesce(u.canon, s.unit_id) "
        "ORDER BY u.name IS NULL, n DESC, u.name")
    return [dict(zip(("unit_id", "name", "tasks", "done", "red", "yellow"), r)) for r in cur]


MEETING_COLS = "id, kind, number, title, date, time, place, chair, state"


# One line between "next" and "last held": a meeting is held once its day has passed, or on its day once its
# 纪要 is final. So a meeting is never both, and one held this morning moves from "next" to "last" at 定稿.
HELD = "(date < :today OR (date = :today AND state = 'final'))"


def next_meeting(db: Database, today: date) -> dict | None:
    """The next meeting not yet held: a 推进会 first (the fortnightly one the start page is about), else any."""
    for kind in ("AND kind = '推进会'", ""):
        found = list(db.query(f"SELECT {MEETING_COLS} FROM meeting WHERE NOT deleted AND NOT {HELD} {kind} "
                              "ORDER BY date, time LIMIT 1", {"today": today.isoformat()}))
        if found:
            return found[0]
    return None


def last_meeting(db: Database, today: date) -> dict | None:
    """The latest meeting held (any kind)."""
    found = list(db.query(f"SELECT {MEETING_COLS} FROM meeting WHERE NOT deleted AND {HELD} "
                          "ORDER BY date DESC, time DESC, number DESC LIMIT 1", {"today": today.isoformat()}))
    return found[0] if found else None


def open_decisions(db: Database, meeting_id: str) -> list[dict]:
    """Decided items of a meeting whose task is not done (or that made no task)."""
    return list(db.query(
        "SELECT d.id, d.ord, d.text, d.due, d.due_text, d.task_id, t.status, coalesce(u.name, '') AS lead "
        "FROM decision d LEFT JOIN task t ON t.id = d.task_id AND NOT t.deleted "
        "LEFT JOIN unit u ON u.id = d.lead_unit_id WHERE d.meeting_id = ? AND NOT d.deleted "
        "AND (t.status IS NULL OR t.status NOT IN ('done', 'cancelled')) ORDER BY d.ord", [meeting_id]))
