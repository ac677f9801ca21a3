"""Tables of migration `notices`: graded notices issued (提醒函 / 督办单 / 约谈通知) and a task's source register
(来源, 文号, 批示领导, 批示内容 and date). Both are synced like tasks: the city's notices and sources travel to the
units they concern, and a county's own tasks carry their source to the city.
"""
from __future__ import annotations

TABLES = {
    # One row per notice issued: numbered per year per kind by the issuing office (its owner). `month` is the
    # month it was issued (YYYY-MM), so a notice printed again in the same month keeps its number.
    "notice": """
        kind TEXT NOT NULL,
        year INTEGER NOT NULL,
        number INTEGER NOT NULL,
        task_id TEXT NOT NULL REFERENCES task(id),
        unit_id TEXT REFERENCES unit(id),
        issued TEXT NOT NULL,
        month TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    """,
    # At most one live row per task (services.task_sources keeps it so).
    "task_source": """
        task_id TEXT NOT NULL REFERENCES task(id),
        kind TEXT NOT NULL DEFAULT '',
        doc_no TEXT NOT NULL DEFAULT '',
        leader TEXT NOT NULL DEFAULT '',
        instruction TEXT NOT NULL DEFAULT '',
        instructed_on TEXT
    """,
}

INDEXES = [
    "CREATE INDEX notice_task ON notice(task_id, kind, month)",
    "CREATE INDEX notice_year ON notice(year, kind)",
    "CREATE INDEX task_source_task ON task_source(task_id)",
]


def create(conn, sync_columns: str, triggers) -> None:
    for table, body in TABLES.items():
        conn.execute(f"CREATE TABLE {table} ({sync_columns}, {body})")
        for sql in triggers(table):
            conn.execute(sql)
        conn.execute(f"CREATE INDEX {table}_site_seq ON {table}(site_seq)")
    for sql in INDEXES:
        conn.execute(sql)
