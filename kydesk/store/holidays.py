"""The user's holiday table: statutory days off and 调休 workdays the bundled calendar does not know."""
from __future__ import annotations

from datetime import date

from kydesk.store.db import Database


def all_days(db: Database) -> list[tuple[date, bool, str]]:
    return [(date.fromisoformat(d), bool(w), n)
            for d, w, n in db.conn.execute("SELECT day, workday, name FROM holiday ORDER BY day")]


def put(db: Database, day: date, workday: bool, name: str) -> None:
    db.conn.execute("INSERT INTO holiday (day, workday, name) VALUES (?, ?, ?) ON CONFLICT(day) DO UPDATE SET "
                    "workday = excluded.workday, name = excluded.name", (day.isoformat(), int(workday), name))


def remove(db: Database, day: date) -> bool:
    return db.conn.execute("DELETE FROM holiday WHERE day = ?", (day.isoformat(),)).rowcount > 0
