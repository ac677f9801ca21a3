"""Migrations of issue 11: the day a task was assigned (序时进度 runs from it when there is no 开始日期),
and the people, 板块 and short title of a decided item (议定事项)."""
from __future__ import annotations


def _recreate_sync_triggers(conn, table: str) -> None:
    # The audit triggers list the table's columns; a new column must be audited like the others.
    from kydesk.store.migrations import sync_triggers

    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    for suffix in ("ins", "upd", "nodel"):
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
    for sql in sync_triggers(table, [c for c in cols if c != "site_seq"]):
        conn.execute(sql)


def task_assigned(conn) -> None:
    """task.assigned (下达日期). Backfill, best evidence first: the date of the meeting that decided it,
    else the day this database first recorded the row (its audit insert), else its 开始日期."""
    conn.execute("ALTER TABLE task ADD COLUMN assigned TEXT")
    # The backfill is bookkeeping of the past, not a change: it must not raise site_seq (it would be sent
    # to every peer as if every task had been edited) nor fill the audit trail.
    conn.execute("DROP TRIGGER IF EXISTS task_upd")
    conn.execute(
        "UPDATE task SET assigned = coalesce("
        "(SELECT m.date FROM meeting m WHERE m.id = task.source_meeting_id), "
        "(SELECT substr(min(a.at), 1, 10) FROM audit a WHERE a.tbl = 'task' AND a.row_id = task.id "
        " AND a.action = 'insert'), task.start)")
    _recreate_sync_triggers(conn, "task")


def decision_people(conn) -> None:
    """decision: 责任领导, 责任人, 板块 and a short task title beside the decision sentence."""
    for col in ("leader", "person", "section", "title"):
        conn.execute(f"ALTER TABLE decision ADD COLUMN {col} TEXT NOT NULL DEFAULT ''")
    _recreate_sync_triggers(conn, "decision")
