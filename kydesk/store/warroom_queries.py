"""Queries of the 作战图 and its reports: the monthly light history, units in display order, where a task
came from (meeting, original deadline), progress within a month, and per-year counters kept in meta."""
from __future__ import annotations

from datetime import date

from kydesk.store.db import Database


def _marks(values) -> str:
    return ", ".join("?" for _ in values) or "NULL"


# -- light_month -----------------------------------------------------------------------------------

def save_month_lights(db: Database, month: str, lights: list[tuple[str, str | None]], *, replace: bool) -> int:
    """Store (task_id, light) pairs for `month`; with replace=False a month already recorded is kept as it
    was (the history of a past month is not rewritten from today's data)."""
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    before = db.conn.total_changes
    db.conn.executemany(f"{verb} INTO light_month (task_id, month, light) VALUES (?, ?, ?)",
                        [(task_id, month, light) for task_id, light in lights])
    return db.conn.total_changes - before


def month_recorded(db: Database, month: str) -> bool:
    return db.conn.execute("SELECT 1 FROM light_month WHERE month = ? LIMIT 1", (month,)).fetchone() is not None


def recorded_months(db: Database, first: str, last: str) -> list[str]:
    return [r[0] for r in db.conn.execute(
        "SELECT DISTINCT month FROM light_month WHERE month BETWEEN ? AND ? ORDER BY month", (first, last))]


def month_history(db: Database, first: str, last: str) -> dict[str, dict[str, str | None]]:
    """task_id -> {month: light} for the months first..last (inclusive, "YYYY-MM")."""
    out: dict[str, dict[str, str | None]] = {}
    for task_id, month, light in db.conn.execute(
            "SELECT task_id, month, light FROM light_month WHERE month BETWEEN ? AND ? ORDER BY month",
            (first, last)):
        out.setdefault(task_id, {})[month] = light
    return out


def reds_by_unit(db: Database, first: str, last: str) -> dict[str | None, tuple[int, int]]:
    """lead unit id -> (red task-months, distinct red tasks) recorded in first..last."""
    return {r[0]: (r[1], r[2]) for r in db.conn.execute(
        "SELECT t.lead_unit_id, count(*), count(DISTINCT lm.task_id) FROM light_month lm "
        "JOIN task t ON t.id = lm.task_id WHERE lm.light = 'red' AND lm.month BETWEEN ? AND ? "
        "AND NOT t.deleted GROUP BY t.lead_unit_id", (first, last))}


# -- units, sources, progress ----------------------------------------------------------------------

def unit_order(db: Database) -> dict[str, int]:
    """unit id -> position in the 成员单位 order (ord, then code, then name)."""
    rows = db.conn.execute("SELECT id FROM unit WHERE NOT deleted ORDER BY ord, code, name").fetchall()
    return {r[0]: i for i, r in enumerate(rows)}


def meeting_sources(db: Database, meeting_ids: list[str]) -> dict[str, dict]:
    ids = sorted({m for m in meeting_ids if m})
    if not ids:
        return {}
    return {r["id"]: r for r in db.query(
        f"SELECT id, title, date, kind, number, year FROM meeting WHERE id IN ({_marks(ids)})", ids)}


def original_deadlines(db: Database, task_ids: list[str]) -> dict[str, tuple[str | None, str]]:
    """task id -> (due, due_text) before its first granted postponement (延期)."""
    if not task_ids:
        return {}
    out: dict[str, tuple[str | None, str]] = {}
    for i in range(0, len(task_ids), 500):
        chunk = task_ids[i:i + 500]
        for task_id, old_due, old_text in db.conn.execute(
                f"SELECT task_id, old_due, old_due_text FROM extension_request WHERE NOT deleted "
                f"AND state = 'granted' AND task_id IN ({_marks(chunk)}) ORDER BY site_seq, rowid", chunk):
            out.setdefault(task_id, (old_due, old_text or ""))
    return out


def latest_progress(db: Database, task_ids: list[str], *, until: date | None = None) -> dict[str, tuple[str, str]]:
    """task id -> (date, text) of the latest progress report (on or before `until` when given)."""
    if not task_ids:
        return {}
    out: dict[str, tuple[str, str]] = {}
    limit = until.isoformat() if until else "9999-12-31"
    for i in range(0, len(task_ids), 500):
        chunk = task_ids[i:i + 500]
        for task_id, day, text in db.conn.execute(
                f"SELECT task_id, date, text FROM progress WHERE NOT deleted AND date <= ? "
                f"AND task_id IN ({_marks(chunk)}) ORDER BY task_id, date, site_seq", [limit, *chunk]):
            out[task_id] = (day, text)
    return out


def progress_between(db: Database, first: date, last: date) -> dict[str, list[tuple[str, str, int | None]]]:
    """task id -> [(date, text, percent)] reported within first..last, oldest first."""
    out: dict[str, list[tuple[str, str, int | None]]] = {}
    for task_id, day, text, percent in db.conn.execute(
            "SELECT task_id, date, text, percent FROM progress WHERE NOT deleted AND date BETWEEN ? AND ? "
            "ORDER BY date, site_seq", (first.isoformat(), last.isoformat())):
        out.setdefault(task_id, []).append((day, text, percent))
    return out


# -- counters in meta --------------------------------------------------------------------------------

def bump_counter(db: Database, key: str) -> int:
    """Raise the number kept in meta under `key` by one and return it (call inside a transaction)."""
    value = int(db.meta(key, "0") or 0) + 1
    db.set_meta(key, value)
    return value


def percent_until(db: Database, task_ids: list[str], until: date) -> dict[str, int]:
    """task id -> the percent reported by `until` (the lead unit's latest, else anyone's: store.tasks), for
    tasks with such reports only."""
    from kydesk.store.tasks import reported_percent

    out: dict[str, int] = {}
    for i in range(0, len(task_ids), 500):
        chunk = task_ids[i:i + 500]
        for task_id, pct in db.conn.execute(
                f"SELECT task_id, mp FROM {reported_percent(f'AND p.date <= ? AND p.task_id IN ({_marks(chunk)})')} "
                "WHERE mp IS NOT NULL", [until.isoformat(), *chunk]):
            out[task_id] = pct
    return out
