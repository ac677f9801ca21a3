"""SQL of one task's history: its audit trail with progress and postponements, its postponements, its row."""
from __future__ import annotations

from kydesk.store.db import Database


def audit_rows(db: Database, task_id: str, limit: int = 500) -> list[dict]:
    """The audit trail of a task, its progress updates and its postponements, newest first."""
    return list(db.query(
        "SELECT * FROM ("
        "SELECT a.seq, a.tbl, a.action, a.changes, a.actor, a.at, '' AS detail FROM audit a "
        "WHERE a.tbl = 'task' AND a.row_id = :t "
        "UNION ALL SELECT a.seq, a.tbl, a.action, a.changes, a.actor, a.at, p.date || ' ' || p.text FROM audit a "
        "JOIN progress p ON p.id = a.row_id WHERE a.tbl = 'progress' AND p.task_id = :t "
        "UNION ALL SELECT a.seq, a.tbl, a.action, a.changes, a.actor, a.at, "
        "e.old_due_text || ' → ' || e.new_due_text || '：' || e.reason FROM audit a "
        "JOIN extension_request e ON e.id = a.row_id WHERE a.tbl = 'extension_request' AND e.task_id = :t"
        ") ORDER BY seq DESC LIMIT :n", {"t": task_id, "n": limit}))


def postponements(db: Database, task_id: str) -> list[dict]:
    return list(db.query(
        "SELECT e.*, (SELECT min(a.at) FROM audit a WHERE a.tbl = 'extension_request' AND a.row_id = e.id) AS at "
        "FROM extension_request e WHERE e.task_id = ? AND NOT e.deleted ORDER BY e.site_seq", [task_id]))


def task_row(db: Database, task_id: str) -> dict | None:
    cur = db.conn.execute("SELECT * FROM task WHERE id = ?", (task_id,))
    found = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], found)) if found else None
