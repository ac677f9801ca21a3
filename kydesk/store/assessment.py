"""Queries of 年终考核: the year's recorded task-month lights, granted postponements, tasks done, problems."""
from __future__ import annotations

from kydesk.store.db import Database


def lit_months(db: Database, year: int, lights: tuple[str, ...] = ("red", "yellow")) -> list[dict]:
    """Recorded (task, month, light) of `year` in `lights`, on live tasks, with title, lead and partners."""
    marks = ", ".join("?" for _ in lights)
    return list(db.query(
        f"SELECT lm.task_id, lm.month, lm.light, t.title, t.lead_unit_id, t.partner_unit_ids FROM light_month lm "
        f"JOIN task t ON t.id = lm.task_id WHERE NOT t.deleted AND lm.light IN ({marks}) "
        f"AND lm.month BETWEEN ? AND ? ORDER BY lm.month, t.section, t.seq",
        [*lights, f"{year:04d}-01", f"{year:04d}-12"]))


def red_months_of(db: Database, task_id: str, last: str) -> list[tuple[str, str | None]]:
    """Months up to `last` (YYYY-MM) recorded for the task, with their lights, newest first."""
    return list(db.conn.execute("SELECT month, light FROM light_month WHERE task_id = ? AND month <= ? "
                                "ORDER BY month DESC", (task_id, last)))


def granted_postponements(db: Database, year: int) -> list[dict]:
    """Postponements granted of deadlines falling in `year` (old_due), on live tasks."""
    return list(db.query(
        "SELECT e.id, e.task_id, e.old_due, e.new_due, t.title, t.lead_unit_id, t.partner_unit_ids "
        "FROM extension_request e JOIN task t ON t.id = e.task_id WHERE NOT e.deleted AND NOT t.deleted "
        "AND e.state = 'granted' AND e.old_due BETWEEN ? AND ? ORDER BY e.old_due, e.site_seq",
        [f"{year:04d}-01-01", f"{year:04d}-12-31"]))


def done_in_year(db: Database, year: int) -> list[dict]:
    """Tasks done in `year` (done_date), with their deadline before any granted postponement."""
    return list(db.query(
        "SELECT t.id, t.title, t.lead_unit_id, t.partner_unit_ids, t.done_date, t.recurrence, t.ongoing, "
        "coalesce((SELECT e.old_due FROM extension_request e WHERE e.task_id = t.id AND NOT e.deleted "
        "AND e.state = 'granted' ORDER BY e.site_seq, e.rowid LIMIT 1), t.due) AS due "
        "FROM task t WHERE NOT t.deleted AND t.status = 'done' AND t.done_date BETWEEN ? AND ? "
        "ORDER BY t.done_date, t.section, t.seq", [f"{year:04d}-01-01", f"{year:04d}-12-31"]))


def problems_due_in(db: Database, year: int) -> list[dict]:
    """Problems due in `year` (existing columns only: text, unit_id, status, due) with the day their current
    status was recorded here (from the audit trail; None when never changed since it was added)."""
    return list(db.query(
        "SELECT p.id, p.text, p.unit_id, p.status, p.due, "
        "(SELECT substr(max(a.at), 1, 10) FROM audit a WHERE a.tbl = 'problem' AND a.row_id = p.id "
        " AND json_extract(a.changes, '$.status[1]') = p.status) AS status_on "
        "FROM problem p WHERE NOT p.deleted AND p.due BETWEEN ? AND ? ORDER BY p.due",
        [f"{year:04d}-01-01", f"{year:04d}-12-31"]))
