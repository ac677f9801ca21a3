"""项目清单 queries: tasks marked as projects, their milestones (节点) and monthly investment."""
from __future__ import annotations

from datetime import date

from kydesk.store import rows
from kydesk.store.db import Database


def project_fields(db: Database) -> dict[str, dict]:
    """task id -> {project, plan_invest, year_invest, image_progress} of every live project task."""
    return {r["id"]: r for r in db.query(
        "SELECT id, project, plan_invest, year_invest, image_progress FROM task "
        "WHERE project <> '' AND NOT deleted")}


def project_task_ids(db: Database) -> list[str]:
    return [r[0] for r in db.conn.execute("SELECT id FROM task WHERE project <> '' AND NOT deleted "
                                          "ORDER BY section_rank(section), section, seq, rowid")]


def milestones(db: Database, task_ids: set[str] | None = None) -> dict[str, list[dict]]:
    """task id -> its live milestones, by date."""
    out: dict[str, list[dict]] = {}
    for r in db.query("SELECT id, task_id, title, date, done_date, ord FROM milestone WHERE NOT deleted "
                      "ORDER BY date, ord, rowid"):
        if task_ids is None or r["task_id"] in task_ids:
            out.setdefault(r["task_id"], []).append(r)
    return out


def milestone_dates(db: Database) -> dict[str, list[date]]:
    """task id -> milestone dates, for the 作战图's ◆."""
    out: dict[str, list[date]] = {}
    for task_id, day in db.conn.execute("SELECT task_id, date FROM milestone WHERE NOT deleted ORDER BY date"):
        out.setdefault(task_id, []).append(date.fromisoformat(day))
    return out


def investments(db: Database) -> dict[str, list[dict]]:
    """task id -> monthly reports {id, month, amount, image}, by month (the latest written per month)."""
    out: dict[str, dict[str, dict]] = {}
    for r in db.query("SELECT id, task_id, month, amount, image FROM investment WHERE NOT deleted "
                      "ORDER BY month, site_seq"):
        out.setdefault(r["task_id"], {})[r["month"]] = r
    return {k: [v[m] for m in sorted(v)] for k, v in out.items()}


def investment_id(db: Database, task_id: str, month: str, owner: str) -> str | None:
    row = db.conn.execute("SELECT id FROM investment WHERE task_id = ? AND month = ? AND owner = ? AND NOT deleted "
                          "LIMIT 1", (task_id, month, owner)).fetchone()
    return row[0] if row else None


def find_milestone(db: Database, prefix: str) -> str | None:
    if db.conn.execute("SELECT 1 FROM milestone WHERE id = ? AND NOT deleted", (prefix,)).fetchone():
        return prefix
    if len(prefix) >= 4:
        found = db.conn.execute("SELECT id FROM milestone WHERE id LIKE ? AND NOT deleted LIMIT 2",
                                (prefix.replace("%", "") + "%",)).fetchall()
        if len(found) == 1:
            return found[0][0]
    return None


def next_milestone_ord(db: Database, task_id: str) -> int:
    return db.conn.execute("SELECT coalesce(max(ord), 0) + 1 FROM milestone WHERE task_id = ?",
                           (task_id,)).fetchone()[0]


def milestone_row(db: Database, milestone_id: str) -> dict:
    return rows.get(db, "milestone", milestone_id)
