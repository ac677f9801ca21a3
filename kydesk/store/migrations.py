"""Schema migrations: named, applied in order at open, each in one transaction, file backed up first.

PRAGMA user_version holds how many migrations a database has had. A database from a newer program is
refused rather than touched.
"""
from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from kydesk.domain.errors import KydeskError
from kydesk.store import migration_assigned, schema, sync_schema

AUDITED_SKIP = {"site_seq"}  # the counter moves on every write; auditing it is noise


def _columns(body: str) -> list[str]:
    cols = ["id", "owner", "rev", "deleted", "site"]
    for line in body.strip().splitlines():
        m = re.match(r"\s*(\w+)\s", line)
        if m:
            cols.append(m.group(1))
    return cols


def sync_triggers(table: str, columns: list[str]) -> list[str]:
    """site_seq and audit by triggers, so no write path (services, sync, a stray script) can skip them."""
    bump = (
        "UPDATE counter SET value = value + 1 WHERE name = 'site_seq'; "
        f"UPDATE {table} SET site_seq = (SELECT value FROM counter WHERE name = 'site_seq') "
        "WHERE rowid = NEW.rowid;"
    )
    actor = "COALESCE((SELECT value FROM meta WHERE key = 'actor'), '')"
    now = "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"
    seq = "(SELECT value FROM counter WHERE name = 'site_seq')"
    diffs = " UNION ALL ".join(
        f"SELECT '{c}' AS k, OLD.{c} AS o, NEW.{c} AS n" for c in columns if c not in AUDITED_SKIP | {"id"}
    )
    changes = f"(SELECT json_group_object(k, json_array(o, n)) FROM ({diffs}) WHERE o IS NOT n)"
    return [
        f"""CREATE TRIGGER {table}_ins AFTER INSERT ON {table} BEGIN {bump}
            INSERT INTO audit (tbl, row_id, action, actor, at, site_seq)
            VALUES ('{table}', NEW.id, 'insert', {actor}, {now}, {seq}); END""",
        # The counter's own UPDATE (above and here) changes only site_seq and must not count again.
        f"""CREATE TRIGGER {table}_upd AFTER UPDATE ON {table}
            WHEN NEW.site_seq IS OLD.site_seq BEGIN {bump}
            INSERT INTO audit (tbl, row_id, action, changes, actor, at, site_seq)
            SELECT '{table}', NEW.id, CASE WHEN NEW.deleted AND NOT OLD.deleted THEN 'delete' ELSE 'update' END,
                   {changes}, {actor}, {now}, {seq}
            WHERE {changes} <> '{{}}'; END""",
        # A delete must travel as a tombstone; a hard DELETE would lose it.
        f"""CREATE TRIGGER {table}_nodel BEFORE DELETE ON {table} BEGIN
            SELECT RAISE(ABORT, '同步数据只能标记删除，不能物理删除'); END""",
    ]


def _m001_base(conn) -> None:
    for sql in schema.V1_LOCAL:
        conn.execute(sql)
    # This install (site) and this copy of the database: a restored backup or a copied PC gets a new
    # instance id at restore, so sync can tell two databases that claim one site apart.
    conn.execute("INSERT INTO meta VALUES ('site_id', ?), ('db_instance_id', ?)",
                 (str(uuid.uuid4()), str(uuid.uuid4())))
    for table, body in schema.V1_TABLES.items():
        conn.execute(f"CREATE TABLE {table} ({schema.SYNC_COLUMNS}, {body})")
        for sql in sync_triggers(table, _columns(body)):
            conn.execute(sql)
    for sql in schema.V1_INDEXES:
        conn.execute(sql)
    for table in schema.V1_TABLES:
        conn.execute(f"CREATE INDEX {table}_site_seq ON {table}(site_seq)")


def _m002_search(conn) -> None:
    # trigram finds substrings of three or more characters; shorter words are scanned (see queries).
    conn.execute(
        "CREATE VIRTUAL TABLE task_fts USING fts5(title, target, section, leader, person, note, "
        "content='task', content_rowid='rowid', tokenize='trigram')"
    )
    cols = "title, target, section, leader, person, note"
    new = ", ".join(f"NEW.{c}" for c in cols.split(", "))
    old = ", ".join(f"OLD.{c}" for c in cols.split(", "))
    conn.execute(
        f"CREATE TRIGGER task_fts_ins AFTER INSERT ON task BEGIN "
        f"INSERT INTO task_fts(rowid, {cols}) VALUES (NEW.rowid, {new}); END"
    )
    conn.execute(
        f"CREATE TRIGGER task_fts_upd AFTER UPDATE OF {cols} ON task BEGIN "
        f"INSERT INTO task_fts(task_fts, rowid, {cols}) VALUES ('delete', OLD.rowid, {old}); "
        f"INSERT INTO task_fts(rowid, {cols}) VALUES (NEW.rowid, {new}); END"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE progress_fts USING fts5(text, content='progress', content_rowid='rowid', "
        "tokenize='trigram')"
    )
    conn.execute(
        "CREATE TRIGGER progress_fts_ins AFTER INSERT ON progress BEGIN "
        "INSERT INTO progress_fts(rowid, text) VALUES (NEW.rowid, NEW.text); END"
    )
    conn.execute(
        "CREATE TRIGGER progress_fts_upd AFTER UPDATE OF text ON progress BEGIN "
        "INSERT INTO progress_fts(progress_fts, rowid, text) VALUES ('delete', OLD.rowid, OLD.text); "
        "INSERT INTO progress_fts(rowid, text) VALUES (NEW.rowid, NEW.text); END"
    )
    conn.execute("INSERT INTO task_fts(task_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO progress_fts(progress_fts) VALUES ('rebuild')")


def _m003_sync(conn) -> None:
    for sql in sync_schema.SYNC_LOCAL:
        conn.execute(sql)


def _m004_sync_instances(conn) -> None:
    for sql in sync_schema.SYNC_INSTANCES:
        conn.execute(sql)
    conn.execute("ALTER TABLE extension_request ADD COLUMN request_id TEXT")
    for kind in ("ins", "upd", "nodel"):
        conn.execute(f"DROP TRIGGER extension_request_{kind}")
    cols = _columns(schema.V1_TABLES["extension_request"]) + ["request_id"]
    for sql in sync_triggers("extension_request", cols):
        conn.execute(sql)


def _m009_attachments(conn) -> None:
    # Bytes in the database, in 1 MiB chunks: a backup stays one file that holds the rows and their files
    # together, and reading or writing a file never holds more than one chunk in memory.
    conn.execute("""CREATE TABLE blob (
        sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, chunks INTEGER NOT NULL) WITHOUT ROWID""")
    conn.execute("""CREATE TABLE blob_chunk (
        sha256 TEXT NOT NULL, n INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (sha256, n))""")
    for table, body in schema.ATTACHMENT_TABLES.items():
        conn.execute(f"CREATE TABLE {table} ({schema.SYNC_COLUMNS}, {body})")
        for sql in sync_triggers(table, _columns(body)):
            conn.execute(sql)
        conn.execute(f"CREATE INDEX {table}_site_seq ON {table}(site_seq)")
    conn.execute("CREATE INDEX attachment_target ON attachment(target_table, target_id)")
    conn.execute("CREATE INDEX attachment_sha ON attachment(sha256)")
    # Local sync marks for files: what a peer unit says it holds (its packages list their hashes), and
    # which files went to whom with which change number (resent when acknowledged but still missing there).
    conn.execute("CREATE TABLE peer_blob (unit_code TEXT NOT NULL, sha256 TEXT NOT NULL, "
                 "PRIMARY KEY (unit_code, sha256)) WITHOUT ROWID")
    conn.execute("CREATE TABLE blob_sent (unit_code TEXT NOT NULL, sha256 TEXT NOT NULL, hi INTEGER NOT NULL, "
                 "PRIMARY KEY (unit_code, sha256)) WITHOUT ROWID")


def _m005_task_assigned(conn) -> None:
    migration_assigned.task_assigned(conn)


def _m006_decision_people(conn) -> None:
    migration_assigned.decision_people(conn)


def _m008_notices(conn) -> None:
    from kydesk.store import notice_schema

    notice_schema.create(conn, schema.SYNC_COLUMNS,
                         lambda t: sync_triggers(t, _columns(notice_schema.TABLES[t])))


def _m007_practice(conn) -> None:
    from kydesk.store import practice_schema

    for table, column in practice_schema.NEW_COLUMNS:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    # the audit triggers name every column: rebuilt so the new ones are audited too
    for table in sorted({t for t, _ in practice_schema.NEW_COLUMNS}):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "site_seq"]
        for kind in ("ins", "upd", "nodel"):
            conn.execute(f"DROP TRIGGER {table}_{kind}")
        for sql in sync_triggers(table, cols):
            conn.execute(sql)
    for table, body in practice_schema.TABLES.items():
        conn.execute(f"CREATE TABLE {table} ({schema.SYNC_COLUMNS}, {body})")
        for sql in sync_triggers(table, _columns(body)):
            conn.execute(sql)
        conn.execute(f"CREATE INDEX {table}_site_seq ON {table}(site_seq)")
    for sql in practice_schema.INDEXES:
        conn.execute(sql)


def _m006_reporting(conn) -> None:
    from kydesk.store import reporting

    reporting.migrate(conn)


def _m011_request_kind(conn) -> None:
    # a county's 销号 of a city task is a request like 延期申请 (kind 'done'): the city confirms or returns it
    conn.execute("ALTER TABLE extension_request ADD COLUMN kind TEXT NOT NULL DEFAULT 'postpone'")
    cols = [r[1] for r in conn.execute("PRAGMA table_info(extension_request)") if r[1] != "site_seq"]
    for kind in ("ins", "upd", "nodel"):
        conn.execute(f"DROP TRIGGER extension_request_{kind}")
    for sql in sync_triggers("extension_request", cols):
        conn.execute(sql)


MIGRATIONS: list[tuple[str, Callable]] = [
    ("base", _m001_base),
    ("search", _m002_search),
    ("sync", _m003_sync),
    ("sync_instances", _m004_sync_instances),
    ("task_assigned", _m005_task_assigned),
    ("decision_people", _m006_decision_people),
    ("practice", _m007_practice),
    ("reporting", _m006_reporting),
    ("notices", _m008_notices),
    ("attachments", _m009_attachments),
    ("request_kind", _m011_request_kind),
]
LATEST = len(MIGRATIONS)


def current_version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn, path: Path | None = None, *, upto: int = LATEST) -> list[str]:
    """Apply pending migrations; return their names. Backs the file up first if it held data."""
    version = current_version(conn)
    if version > LATEST:
        raise KydeskError(
            f"数据库 {path or ''} 的结构版本为 {version}，比本程序支持的 {LATEST} 新：请升级 kydesk 后再打开，"
            "数据未作任何改动。"
        )
    pending = MIGRATIONS[version:upto]
    if not pending:
        return []
    if path is not None and version > 0 and Path(path).exists():
        backup = Path(path).with_name(f"{Path(path).name}.before-v{upto}.bak")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, backup)
    done = []
    for number, (name, step) in enumerate(pending, start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done.append(name)
    return done
