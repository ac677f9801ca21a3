"""Reporting periods in the database: progress reports carry the period they answer and the day they were
received (migration _m006_reporting), and a local log of the form files collected, so the same file twice
adds nothing and every file's outcome stays on record."""
from __future__ import annotations

import json
from datetime import date, datetime

from kydesk.store.db import Database


def migrate(conn) -> None:
    """_m006_reporting: progress.period ("2026-12", '' when a report answers no form) and progress.received
    (the date a returned form arrived; NULL for a report typed here or arriving by sync, whose arrival is the
    audit trail's insert time).  The progress triggers are made again so the audit records the new columns."""
    from kydesk.store.migrations import sync_triggers

    conn.execute("ALTER TABLE progress ADD COLUMN period TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE progress ADD COLUMN received TEXT")
    for trigger in ("progress_ins", "progress_upd", "progress_nodel"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(progress)")]
    for sql in sync_triggers("progress", columns):
        conn.execute(sql)
    conn.execute("CREATE INDEX progress_period ON progress(period, unit_id)")
    # local, never synced: one row per collected form file (by its content), what it brought
    conn.execute("""CREATE TABLE form_receipt (
        sha256 TEXT PRIMARY KEY, form_id TEXT NOT NULL DEFAULT '', unit_id TEXT, unit_name TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL DEFAULT '', received TEXT NOT NULL, file TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '{}', at TEXT NOT NULL)""")
    # local: the forms sent out (a period for which forms went out is one whose reporting is tracked)
    conn.execute("""CREATE TABLE form_issue (
        form_id TEXT PRIMARY KEY, period TEXT NOT NULL, unit_id TEXT NOT NULL, tasks INTEGER NOT NULL,
        file TEXT NOT NULL DEFAULT '', issued TEXT NOT NULL)""")
    conn.execute("CREATE INDEX form_issue_period ON form_issue(period)")


def receipt(db: Database, sha256: str) -> dict | None:
    cur = db.conn.execute("SELECT * FROM form_receipt WHERE sha256 = ?", (sha256,))
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def add_receipt(db: Database, *, sha256: str, form_id: str, unit_id: str | None, unit_name: str, period: str,
                received: date, file: str, summary: dict) -> None:
    db.conn.execute(
        "INSERT INTO form_receipt (sha256, form_id, unit_id, unit_name, period, received, file, summary, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha256, form_id, unit_id, unit_name, period, received.isoformat(), file,
         json.dumps(summary, ensure_ascii=False), datetime.now().isoformat(timespec="seconds")))


def receipts(db: Database, period: str | None = None) -> list[dict]:
    sql = "SELECT * FROM form_receipt" + (" WHERE period = ?" if period else "") + " ORDER BY received, at"
    cur = db.conn.execute(sql, (period,) if period else ())
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def reports_between(db: Database, first: date, last: date) -> list[dict]:
    """Live progress reports that may answer periods between two dates: those naming a period, and those
    naming none whose date falls in the span.  Each with its unit, period, date, received date and arrival
    (the first audit time of the row here: when it was typed, imported or arrived by sync)."""
    cur = db.conn.execute(
        "SELECT p.id, p.task_id, p.unit_id, p.period, p.date, p.received, p.text, p.percent, p.site, "
        "(SELECT min(a.at) FROM audit a WHERE a.tbl = 'progress' AND a.row_id = p.id) AS arrived "
        "FROM progress p WHERE NOT p.deleted AND (p.period BETWEEN ? AND ? "
        "OR (p.period = '' AND p.date BETWEEN ? AND ?))",
        (first.isoformat()[:7], last.isoformat()[:7], first.isoformat(), last.isoformat()))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def period_reports(db: Database, task_ids: list[str], unit_id: str, period: str) -> list[dict]:
    """This unit's reports of a period on some tasks (text and percent), to tell a repeated answer."""
    if not task_ids:
        return []
    marks = ", ".join("?" for _ in task_ids)
    cur = db.conn.execute(
        f"SELECT task_id, text, percent FROM progress WHERE NOT deleted AND unit_id = ? AND period = ? "
        f"AND task_id IN ({marks})", [unit_id, period, *task_ids])
    return [{"task_id": t, "text": x, "percent": p} for t, x, p in cur]


def tasks_live(db: Database) -> list[dict]:
    """Every task row (deleted ones too: a form may name a task deleted since), with what forms need."""
    cols = ("id", "section", "seq", "title", "target", "lead_unit_id", "partner_unit_ids", "due", "due_text",
            "ongoing", "status", "percent", "done_date", "start", "owner", "rev", "deleted")
    cur = db.conn.execute(f"SELECT {', '.join(cols)} FROM task ORDER BY section, seq, rowid")
    return [dict(zip(cols, r)) for r in cur]


def latest_reports(db: Database) -> dict[tuple[str, str], dict]:
    """(task id, unit id) -> that unit's latest report on the task (text, percent, date, period)."""
    out: dict[tuple[str, str], dict] = {}
    for task_id, unit_id, text, percent, day, period in db.conn.execute(
            "SELECT task_id, unit_id, text, percent, date, period FROM progress WHERE NOT deleted "
            "ORDER BY date, coalesce(received, date), site_seq"):
        out[(task_id, unit_id or "")] = {"text": text, "percent": percent, "date": day, "period": period}
    return out


def synced_unit_codes(db: Database) -> set[str]:
    """Codes of the trusted sync peers: units that run kydesk and report by sync package."""
    return {r[0] for r in db.conn.execute("SELECT unit_code FROM sync_peer WHERE trusted")}


def meeting_dates(db: Database, kind: str = "推进会") -> list[date]:
    return [date.fromisoformat(r[0][:10]) for r in db.conn.execute(
        "SELECT date FROM meeting WHERE NOT deleted AND kind = ?", (kind,))]


def add_issue(db: Database, *, form_id: str, period: str, unit_id: str, tasks: int, file: str, issued: date) -> None:
    db.conn.execute("INSERT INTO form_issue (form_id, period, unit_id, tasks, file, issued) VALUES (?, ?, ?, ?, ?, ?)",
                    (form_id, period, unit_id, tasks, file, issued.isoformat()))


def issued_on(db: Database, form_id: str) -> date | None:
    row = db.conn.execute("SELECT issued FROM form_issue WHERE form_id = ?", (form_id,)).fetchone()
    return date.fromisoformat(row[0]) if row else None


def issued_periods(db: Database, year: int) -> set[str]:
    """Periods of a year whose reporting is tracked: forms went out, or reports name the period."""
    like = f"{year:04d}-%"
    found = {r[0] for r in db.conn.execute("SELECT DISTINCT period FROM form_issue WHERE period LIKE ?", (like,))}
    found |= {r[0] for r in db.conn.execute(
        "SELECT DISTINCT period FROM progress WHERE NOT deleted AND period LIKE ?", (like,))}
    return found


def unit_aliases(db: Database) -> dict[str, str]:
    """unit id -> the id the unit list shows for it: a county's own unit row (arrived by sync) and the row
    this office made for it share a code, so their reports count for one unit."""
    from kydesk.store.units import all_units

    shown = all_units(db)
    by_code = {u.code: u.id for u in shown if u.code}
    by_name = {u.name: u.id for u in shown}
    out: dict[str, str] = {}
    for uid, code, name in db.conn.execute("SELECT id, code, name FROM unit WHERE NOT deleted"):
        out[uid] = by_code[code] if code and code in by_code else by_name.get(name, uid)
    return out
