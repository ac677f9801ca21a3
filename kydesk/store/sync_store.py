"""Store-side queries of sync: synced rows read and written as they are (rev, site and owner preserved),
and the local bookkeeping tables of migration 3 (peers, have/ack marks, package log, conflicts, quarantine).
"""
from __future__ import annotations

import contextlib
import json
import re
from datetime import datetime

from kydesk.store import notice_schema, practice_schema, schema
from kydesk.store.db import Database
from kydesk.store.sync_instances import (  # noqa: F401 - re-exported: callers read them as sync_store.*
    RETIRE_AFTER,
    ack_of_unit,
    ever_several_instances,
    have,
    haves_of_unit,
    instances_of_unit,
    live_instances,
    note_instance,
    other_instances,
    record_ack,
    set_have,
)

# in reference order: a row's targets come before it
_DECLARED = {**schema.V1_TABLES, **practice_schema.TABLES, **notice_schema.TABLES, **schema.ATTACHMENT_TABLES}
SYNCED_TABLES: list[str] = list(_DECLARED)
CHUNK = 5000


@contextlib.contextmanager
def snapshot(db: Database):
    """One read transaction, so rows and the change counter read together agree."""
    own = not db.conn.in_transaction
    if own:
        db.conn.execute("BEGIN")
    try:
        yield
    finally:
        if own:
            db.conn.execute("COMMIT")


def defer_references(db: Database) -> None:
    """Inside a write transaction: check foreign keys at commit, so rows may arrive in any order."""
    db.conn.execute("PRAGMA defer_foreign_keys = ON")


def references(table: str) -> dict[str, str]:
    """{column: referenced table} of one synced table, read from its declaration."""
    out = {}
    for line in _DECLARED[table].strip().splitlines():
        m = re.match(r"\s*(\w+)\s.*REFERENCES\s+(\w+)\(id\)", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


_COLUMNS: dict[int, dict[str, list[str]]] = {}


def columns(db: Database, table: str) -> list[str]:
    """The table's columns except site_seq (the one column that never travels)."""
    per_conn = _COLUMNS.setdefault(id(db.conn), {})
    if table not in per_conn:
        per_conn[table] = [r[1] for r in db.conn.execute(f"PRAGMA table_info({table})") if r[1] != "site_seq"]
    return per_conn[table]


def column_types(db: Database, table: str) -> dict[str, str]:
    """{column: declared type (INTEGER, TEXT, ...)} of the columns that travel."""
    return {r[1]: (r[2] or "").upper() for r in db.conn.execute(f"PRAGMA table_info({table})") if r[1] != "site_seq"}


def _dicts(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _select(db: Database, table: str) -> str:
    return f"SELECT {', '.join(columns(db, table))} FROM {table}"


def rows_by_ids(db: Database, table: str, ids) -> dict[str, dict]:
    ids = list(ids)
    out: dict[str, dict] = {}
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        marks = ", ".join("?" for _ in part)
        for r in _dicts(db.conn.execute(f"{_select(db, table)} WHERE id IN ({marks})", part)):
            out[r["id"]] = r
    return out


def existing_ids(db: Database, table: str, ids) -> set[str]:
    ids = list(ids)
    out: set[str] = set()
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        marks = ", ".join("?" for _ in part)
        out.update(r[0] for r in db.conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", part))
    return out


def changed_rows(db: Database, table: str, since: int, *, owner: str | None = None,
                 ids: list[str] | None = None) -> list[dict]:
    """Rows changed here after `since` (this install's site_seq), optionally only one owner's or some ids."""
    where = ["site_seq > ?"]
    params: list[object] = [since]
    if owner is not None:
        where.append("owner = ?")
        params.append(owner)
    if ids is not None:
        out = []
        for i in range(0, len(ids), CHUNK):
            part = ids[i:i + CHUNK]
            marks = ", ".join("?" for _ in part)
            out += _dicts(db.conn.execute(
                f"{_select(db, table)} WHERE {' AND '.join(where)} AND id IN ({marks}) ORDER BY rowid",
                params + part))
        return out
    return _dicts(db.conn.execute(f"{_select(db, table)} WHERE {' AND '.join(where)} ORDER BY rowid", params))


def write_rows(db: Database, table: str, inserts: list[dict], updates: list[dict]) -> None:
    """Rows as they came (rev, site, owner kept); the triggers give them our site_seq and an audit entry."""
    for group in _by_shape(inserts).values():
        cols = list(group[0])
        db.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                            [[r[c] for c in cols] for r in group])
    for group in _by_shape(updates).values():
        cols = [c for c in group[0] if c != "id"]
        sets = ", ".join(f"{c} = ?" for c in cols)
        db.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?",
                            [[r[c] for c in cols] + [r["id"]] for r in group])


def _by_shape(items: list[dict]) -> dict[tuple, list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for r in items:
        groups.setdefault(tuple(r), []).append(r)
    return groups


# -- what a package to a county carries ------------------------------------------------------------
def units_of(db: Database, code: str, name: str) -> list[str]:
    """Our unit rows that stand for a peer unit: its code, or (a row typed without a code) its name."""
    return [r[0] for r in db.conn.execute(
        "SELECT id FROM unit WHERE code = ? OR (code = '' AND name = ?)", (code, name))]


def concerned_task_ids(db: Database, owner: str, unit_ids: list[str], peer_unit: str) -> list[str]:
    """Our tasks where the unit leads or partners, and those once sent to it (the lead may have moved)."""
    marks = ", ".join("?" for _ in unit_ids) or "NULL"
    return [r[0] for r in db.conn.execute(
        f"SELECT id FROM task WHERE owner = ? AND (lead_unit_id IN ({marks}) OR EXISTS "
        f"(SELECT 1 FROM json_each(CASE WHEN json_valid(partner_unit_ids) THEN partner_unit_ids ELSE '[]' END) j "
        f"WHERE j.value IN ({marks})) OR id IN (SELECT row_id FROM sync_sent WHERE peer_unit = ?))",
        [owner] + unit_ids + unit_ids + [peer_unit])]


def child_ids(db: Database, table: str, task_ids: list[str], owners: list[str] | str | None = None, *,
              not_owners: list[str] | None = None) -> list[str]:
    """Rows of `table` on these tasks, of these owners (None: any) except `not_owners`."""
    if isinstance(owners, str):
        owners = [owners]
    out = []
    for i in range(0, len(task_ids), CHUNK):
        part = task_ids[i:i + CHUNK]
        where, params = [f"task_id IN ({', '.join('?' for _ in part)})"], list(part)
        if owners is not None:
            where.append(f"owner IN ({', '.join('?' for _ in owners)})")
            params += owners
        if not_owners:
            where.append(f"owner NOT IN ({', '.join('?' for _ in not_owners)})")
            params += not_owners
        out += [r[0] for r in db.conn.execute(f"SELECT id FROM {table} WHERE {' AND '.join(where)}", params)]
    return out


def unit_with_code(db: Database, code: str) -> dict | None:
    found = _dicts(db.conn.execute("SELECT * FROM unit WHERE code = ? AND NOT deleted LIMIT 1", (code,)))
    return found[0] if found else None


def unit_named_without_code(db: Database, name: str) -> dict | None:
    found = _dicts(db.conn.execute("SELECT * FROM unit WHERE code = '' AND name = ? AND NOT deleted LIMIT 1",
                                   (name,)))
    return found[0] if found else None


def requests_on_task(db: Database, task_id: str, owner: str | None) -> list[dict]:
    """延期 rows on a task, of one owner (None: any)."""
    if owner is None:
        return _dicts(db.conn.execute(f"{_select(db, 'extension_request')} WHERE task_id = ?", (task_id,)))
    return _dicts(db.conn.execute(f"{_select(db, 'extension_request')} WHERE task_id = ? AND owner = ?",
                                  (task_id, owner)))


def answers_to(db: Database, request_ids) -> dict[str, dict]:
    """{request id: its answer row} by the answers' request_id (answers of this version)."""
    ids = list(request_ids)
    out: dict[str, dict] = {}
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        marks = ", ".join("?" for _ in part)
        for r in _dicts(db.conn.execute(
                f"{_select(db, 'extension_request')} WHERE request_id IN ({marks}) ORDER BY rowid", part)):
            out[r["request_id"]] = r
    return out


def mark_sent(db: Database, peer_unit: str, ids, seq: int) -> None:
    db.conn.executemany("INSERT OR IGNORE INTO sync_sent (peer_unit, row_id, seq) VALUES (?, ?, ?)",
                        [(peer_unit, i, seq) for i in ids])


def unacknowledged_sent(db: Database, peer_unit: str, ids: list[str], lo: int) -> set[str]:
    """Of these task ids, those the unit may not have yet: never sent, or first sent after its ack."""
    sent: dict[str, int] = {}
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        marks = ", ".join("?" for _ in part)
        sent.update(db.conn.execute(f"SELECT row_id, seq FROM sync_sent WHERE peer_unit = ? AND row_id IN ({marks})",
                                    [peer_unit] + part).fetchall())
    return {i for i in ids if i not in sent or sent[i] > lo}


# -- peers -------------------------------------------------------------------------------------------
def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def save_peer(db: Database, *, key: str, unit_code: str, unit_name: str, level: str, site_id: str,
              fingerprint: str) -> bool:
    """Install or re-trust a card; True when the key was new."""
    new = peer(db, key) is None
    db.conn.execute(
        "INSERT INTO sync_peer (key, unit_code, unit_name, level, site_id, fingerprint, trusted, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT(key) DO UPDATE SET unit_code = excluded.unit_code, "
        "unit_name = excluded.unit_name, level = excluded.level, site_id = excluded.site_id, trusted = 1",
        (key, unit_code, unit_name, level, site_id, fingerprint, now()))
    return new


def peer(db: Database, key: str) -> dict | None:
    found = _dicts(db.conn.execute("SELECT * FROM sync_peer WHERE key = ?", (key,)))
    return found[0] if found else None


def peers(db: Database) -> list[dict]:
    return _dicts(db.conn.execute("SELECT * FROM sync_peer ORDER BY unit_code, added_at"))


def peers_of_unit(db: Database, unit_code: str, *, trusted_only: bool = True) -> list[dict]:
    sql = "SELECT * FROM sync_peer WHERE unit_code = ?" + (" AND trusted" if trusted_only else "")
    return _dicts(db.conn.execute(sql + " ORDER BY added_at DESC", (unit_code,)))


def set_trusted(db: Database, key: str, trusted: bool) -> None:
    db.conn.execute("UPDATE sync_peer SET trusted = ? WHERE key = ?", (int(trusted), key))


def touch_peer(db: Database, key: str) -> None:
    db.conn.execute("UPDATE sync_peer SET last_heard = ? WHERE key = ?", (now(), key))


def last_heard_by_unit(db: Database) -> dict[str, str | None]:
    return {r[0]: r[1] for r in db.conn.execute(
        "SELECT unit_code, max(last_heard) FROM sync_peer WHERE trusted GROUP BY unit_code")}


# -- the package log, conflicts, quarantine ---------------------------------------------------------
def package(db: Database, package_id: str) -> dict | None:
    found = _dicts(db.conn.execute("SELECT * FROM sync_package WHERE id = ?", (package_id,)))
    return found[0] if found else None


def log_package(db: Database, **values) -> None:
    values.setdefault("at", now())
    if isinstance(values.get("summary"), dict):
        values["summary"] = json.dumps(values["summary"], ensure_ascii=False)
    cols = ", ".join(values)
    db.conn.execute(f"INSERT INTO sync_package ({cols}) VALUES ({', '.join('?' for _ in values)})",
                    list(values.values()))


def history(db: Database, limit: int = 500) -> list[dict]:
    found = _dicts(db.conn.execute("SELECT * FROM sync_package ORDER BY rowid DESC LIMIT ?", (limit,)))
    for r in found:
        r["summary"] = json.loads(r["summary"] or "{}")
    return found


def log_conflict(db: Database, *, table: str, row: dict, winner: dict, package_id: str) -> None:
    db.conn.execute(
        "INSERT OR IGNORE INTO sync_conflict (tbl, row_id, rev, site, data, winner_rev, winner_site, package_id, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (table, row["id"], row["rev"], row["site"], json.dumps(row, ensure_ascii=False, sort_keys=True),
         winner["rev"], winner["site"], package_id, now()))


def conflicts(db: Database) -> list[dict]:
    return _dicts(db.conn.execute("SELECT * FROM sync_conflict ORDER BY seq DESC"))


def quarantine(db: Database, *, package_id: str, table: str, row: dict, reason: str) -> None:
    db.conn.execute(
        "INSERT INTO sync_quarantine (package_id, tbl, row_id, owner, reason, data, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (package_id, table, str(row.get("id", "")), str(row.get("owner", "")), reason,
         json.dumps(row, ensure_ascii=False), now()))


def quarantined(db: Database, package_id: str | None = None) -> list[dict]:
    if package_id is None:
        return _dicts(db.conn.execute("SELECT * FROM sync_quarantine ORDER BY seq DESC"))
    return _dicts(db.conn.execute("SELECT * FROM sync_quarantine WHERE package_id = ? ORDER BY seq",
                                  (package_id,)))


def task_titles(db: Database, ids) -> dict[str, tuple[str, int]]:
    """{task id: (title, rev)} for the preview's wording."""
    return {r["id"]: (r["title"], r["rev"]) for r in rows_by_ids(db, "task", ids).values()}


# -- 延期申请 and the review of conflicts and refused rows --------------------------------------------
def extension_requests(db: Database) -> list[dict]:
    """Requests made by a unit other than the task's owner (a county asking the city), newest first, with the
    task and the asking unit's name. The owner's own postponements and its answers are not requests."""
    return _dicts(db.conn.execute(
        "SELECT e.id, e.task_id, e.owner, e.kind, e.old_due, e.old_due_text, e.new_due, e.new_due_text, e.reason, "
        "e.state, e.answer, t.title AS task_title, t.owner AS task_owner, t.deleted AS task_deleted, "
        "t.due AS task_due, t.due_text AS task_due_text, t.start AS task_start, "
        "coalesce((SELECT u.name FROM unit u WHERE u.code = e.owner AND NOT u.deleted "
        "          ORDER BY u.owner = u.code DESC LIMIT 1), "
        "         (SELECT p.unit_name FROM sync_peer p WHERE p.unit_code = e.owner ORDER BY p.trusted DESC LIMIT 1), "
        "         e.owner) AS unit_name, "
        "(SELECT min(a.at) FROM audit a WHERE a.tbl = 'extension_request' AND a.row_id = e.id) AS at "
        "FROM extension_request e JOIN task t ON t.id = e.task_id "
        "WHERE NOT e.deleted AND e.owner <> '' AND e.owner <> t.owner ORDER BY e.site_seq DESC"))


def find_request_id(db: Database, prefix: str) -> str | None:
    """A full id or a unique prefix of at least 4 characters (what a clerk copies from the list)."""
    if db.conn.execute("SELECT 1 FROM extension_request WHERE id = ? AND NOT deleted", (prefix,)).fetchone():
        return prefix
    if len(prefix) >= 4:
        found = db.conn.execute("SELECT id FROM extension_request WHERE id LIKE ? AND NOT deleted LIMIT 2",
                                (prefix.replace("%", "").replace("_", "") + "%",)).fetchall()
        if len(found) == 1:
            return found[0][0]
    return None


def conflict_log(db: Database) -> list[dict]:
    """The conflict log, newest first, with the package each loser arrived in (or lost to)."""
    return _dicts(db.conn.execute(
        "SELECT c.*, coalesce(p.file, '') AS package_file, coalesce(p.peer_unit, '') AS peer_unit, "
        "coalesce(p.peer_name, '') AS peer_name FROM sync_conflict c "
        "LEFT JOIN sync_package p ON p.id = c.package_id ORDER BY c.seq DESC"))


def quarantine_log(db: Database) -> list[dict]:
    return _dicts(db.conn.execute(
        "SELECT q.*, coalesce(p.file, '') AS package_file, coalesce(p.peer_unit, '') AS peer_unit, "
        "coalesce(p.peer_name, '') AS peer_name FROM sync_quarantine q "
        "LEFT JOIN sync_package p ON p.id = q.package_id ORDER BY q.seq DESC"))


def site_names(db: Database) -> dict[str, str]:
    """{site id: unit name} of the trusted cards (each install of a unit has its own site id)."""
    return {r[0]: r[1] for r in db.conn.execute(
        "SELECT site_id, unit_name FROM sync_peer WHERE site_id <> '' ORDER BY added_at")}


def unit_names(db: Database) -> dict[str, str]:
    return {r[0]: r[1] for r in db.conn.execute("SELECT id, name FROM unit")}
