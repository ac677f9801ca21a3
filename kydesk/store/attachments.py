"""佐证材料 in the database: content-addressed blobs kept in 1 MiB chunks, and the synced rows naming them.

Why in SQLite and not a folder beside it: a backup, a restore, a copy to a new PC stay one file that holds
the rows and their files together, and one transaction covers both (a killed process leaves neither a row
without its file nor a stray file). Chunks keep memory flat on every Python the program supports.
"""
from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from kydesk.domain.attachments import CHUNK
from kydesk.domain.errors import KydeskError
from kydesk.store import rows
from kydesk.store.db import Database


class TooBig(KydeskError):
    pass


def _chunked(db: Database, pieces: Iterable[bytes], max_bytes: int | None, label: str) -> tuple[str, str, int, int]:
    """Write the pieces as CHUNK-sized rows under a temporary key: (key, sha256, size, chunks). Pieces of any
    size are cut without copying them again and again; memory holds one chunk."""
    temp = "tmp-" + uuid.uuid4().hex
    digest, total, n, buf = hashlib.sha256(), 0, 0, bytearray()

    def flush() -> None:
        nonlocal buf, n
        db.conn.execute("INSERT INTO blob_chunk (sha256, n, data) VALUES (?, ?, ?)", (temp, n, bytes(buf)))
        buf, n = bytearray(), n + 1

    for piece in pieces:
        total += len(piece)
        if max_bytes is not None and total > max_bytes:
            raise TooBig(f"{label} 超过 {max_bytes / 1024 / 1024:g} MB 上限，未保存")
        digest.update(piece)
        view = memoryview(piece)
        while len(view):
            take = min(CHUNK - len(buf), len(view))
            buf += view[:take]
            view = view[take:]
            if len(buf) == CHUNK:
                flush()
    if buf:
        flush()
    return temp, digest.hexdigest(), total, n


def _keep(db: Database, temp: str, sha: str, size: int, chunks: int) -> None:
    """The temporary chunks become the file `sha` (or go, when that content is here already)."""
    if has_blob(db, sha):
        db.conn.execute("DELETE FROM blob_chunk WHERE sha256 = ?", (temp,))
    else:
        db.conn.execute("UPDATE blob_chunk SET sha256 = ? WHERE sha256 = ?", (sha, temp))
        db.conn.execute("INSERT INTO blob (sha256, size, chunks) VALUES (?, ?, ?)", (sha, size, chunks))


def put_stream(db: Database, stream: BinaryIO, *, max_bytes: int | None = None, label: str = "文件") -> tuple[str, int]:
    """Store the stream's bytes (inside the caller's transaction); return (sha256, size). One copy per content."""
    temp, sha, size, chunks = _chunked(db, iter(lambda: stream.read(CHUNK), b""), max_bytes, label)
    _keep(db, temp, sha, size, chunks)
    return sha, size


def put_verified(db: Database, sha: str, size: int, pieces: Iterable[bytes], *, label: str) -> bool:
    """Store a file that arrived by sync, checked against the hash and size its signed manifest states
    (inside the caller's transaction; False: we had it already). A mismatch raises before anything stays."""
    if has_blob(db, sha):
        for _ in pieces:                # still read through: a damaged copy is refused, not ignored
            pass
        return False
    temp, got, total, chunks = _chunked(db, pieces, None, label)
    if got != sha or total != size:
        db.conn.execute("DELETE FROM blob_chunk WHERE sha256 = ?", (temp,))
        raise KydeskError(f"{label}：佐证材料文件 {sha[:12]}… 的内容与签名清单不符")
    _keep(db, temp, sha, size, chunks)
    return True


def blob_size(db: Database, sha: str) -> int | None:
    row = db.conn.execute("SELECT size FROM blob WHERE sha256 = ?", (sha,)).fetchone()
    return row[0] if row else None


def blob_bytes(db: Database, sha: str) -> bytes:
    """One whole file (a package holds it whole; packages are kept to the emailable size)."""
    return b"".join(chunks(db, sha))


# -- sync marks of files -------------------------------------------------------------------------------
def note_peer_has(db: Database, unit_code: str, hashes: Iterable[str]) -> None:
    """Hashes only grow (a file is never removed), so what any package of the peer lists is kept."""
    db.conn.executemany("INSERT OR IGNORE INTO peer_blob (unit_code, sha256) VALUES (?, ?)",
                        [(unit_code, h) for h in hashes])


def peer_has(db: Database, unit_code: str) -> set[str]:
    return {r[0] for r in db.conn.execute("SELECT sha256 FROM peer_blob WHERE unit_code = ?", (unit_code,))}


def note_sent(db: Database, unit_code: str, hashes: Iterable[str], hi: int) -> None:
    db.conn.executemany("INSERT OR REPLACE INTO blob_sent (unit_code, sha256, hi) VALUES (?, ?, ?)",
                        [(unit_code, h, hi) for h in hashes])


def sent_and_acknowledged(db: Database, unit_code: str, ack: int) -> set[str]:
    """Files sent to the unit in packages it has since acknowledged (if it still lacks one, it went missing)."""
    return {r[0] for r in db.conn.execute("SELECT sha256 FROM blob_sent WHERE unit_code = ? AND hi <= ?",
                                          (unit_code, ack))}


def ids_on(db: Database, task_ids: Iterable[str], progress_ids: Iterable[str]) -> list[str]:
    """Attachment rows on these tasks or progress reports (what travels down with them)."""
    task_ids, progress_ids = list(task_ids), list(progress_ids)
    out: list[str] = []
    for table, ids in (("task", task_ids), ("progress", progress_ids)):
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            out += [r[0] for r in db.conn.execute(
                f"SELECT id FROM attachment WHERE target_table = ? AND target_id IN ({','.join('?' * len(part))})",
                [table, *part])]
    return out


def has_blob(db: Database, sha: str) -> bool:
    return db.conn.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha,)).fetchone() is not None


def blob_hashes(db: Database) -> set[str]:
    return {r[0] for r in db.conn.execute("SELECT sha256 FROM blob")}


def chunks(db: Database, sha: str) -> Iterator[bytes]:
    """The file's bytes, one chunk at a time (each read on its own, so a long copy holds no big cursor)."""
    row = db.conn.execute("SELECT chunks FROM blob WHERE sha256 = ?", (sha,)).fetchone()
    if row is None:
        raise KydeskError(f"佐证材料文件 {sha[:12]}… 尚未收到")
    for n in range(row[0]):
        part = db.conn.execute("SELECT data FROM blob_chunk WHERE sha256 = ? AND n = ?", (sha, n)).fetchone()
        if part is None:
            raise KydeskError(f"佐证材料文件 {sha[:12]}… 不完整（缺第 {n + 1} 段）")
        yield bytes(part[0])


def verify(db: Database) -> list[str]:
    """Every stored file read back against its hash and size; the damaged ones."""
    problems = []
    for sha, size in db.conn.execute("SELECT sha256, size FROM blob").fetchall():
        digest, total = hashlib.sha256(), 0
        try:
            for part in chunks(db, sha):
                digest.update(part)
                total += len(part)
        except KydeskError as e:
            problems.append(str(e))
            continue
        if digest.hexdigest() != sha or total != size:
            problems.append(f"佐证材料文件 {sha[:12]}… 内容与其校验值不符（已损坏）")
    return problems


def awaited(db: Database) -> list[tuple[str, str]]:
    """(name, sha256) of live attachments whose file has not arrived yet (a split package in transit)."""
    return db.conn.execute(
        "SELECT name, sha256 FROM attachment WHERE deleted = 0 AND sha256 NOT IN (SELECT sha256 FROM blob)"
    ).fetchall()


def add(db: Database, values: dict) -> str:
    return rows.insert(db, "attachment", values)


def _dicts(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


ATTACHMENT_SELECT = """SELECT a.*, u.name AS unit, (b.sha256 IS NOT NULL) AS present
    FROM attachment a LEFT JOIN unit u ON u.id = a.unit_id LEFT JOIN blob b ON b.sha256 = a.sha256"""


def of_targets(db: Database, table: str, ids: Iterable[str], *, include_deleted: bool = False) -> list[dict]:
    ids = list(ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    live = "" if include_deleted else " AND a.deleted = 0"
    cur = db.conn.execute(f"{ATTACHMENT_SELECT} WHERE a.target_table = ? AND a.target_id IN ({marks}){live} "
                          "ORDER BY a.attached, a.rowid", [table, *ids])
    return _dicts(cur)


def of_task(db: Database, task_id: str) -> list[dict]:
    """A task's evidence in one list: attached to the task itself and to each of its progress reports."""
    cur = db.conn.execute(
        f"""{ATTACHMENT_SELECT} WHERE a.deleted = 0 AND (
              (a.target_table = 'task' AND a.target_id = ?)
           OR (a.target_table = 'progress' AND a.target_id IN (SELECT id FROM progress WHERE task_id = ? AND deleted = 0))
           OR (a.target_table = 'extension_request'
               AND a.target_id IN (SELECT id FROM extension_request WHERE task_id = ? AND deleted = 0)))
            ORDER BY a.attached, a.rowid""", (task_id, task_id, task_id))
    return _dicts(cur)


def counts_by_task(db: Database, task_ids: list[str], until) -> dict[str, int]:
    """How many live 佐证材料 each task has received up to `until` (its own, its reports', its 销号申请's)."""
    out: dict[str, int] = {}
    day = until.isoformat() if hasattr(until, "isoformat") else str(until)
    for start in range(0, len(task_ids), 500):
        part = task_ids[start:start + 500]
        marks = ",".join("?" * len(part))
        for tid, n in db.conn.execute(
                f"""SELECT coalesce(p.task_id, e.task_id, a.target_id), count(*) FROM attachment a
                    LEFT JOIN progress p ON a.target_table = 'progress' AND p.id = a.target_id AND NOT p.deleted
                    LEFT JOIN extension_request e ON a.target_table = 'extension_request' AND e.id = a.target_id
                    WHERE NOT a.deleted AND a.attached <= ? AND (
                          (a.target_table = 'task' AND a.target_id IN ({marks}))
                       OR p.task_id IN ({marks}) OR e.task_id IN ({marks}))
                    GROUP BY 1""", [day, *part, *part, *part]):
            out[tid] = n
    return out


def get(db: Database, attachment_id: str, *, include_deleted: bool = False) -> dict:
    return rows.get(db, "attachment", attachment_id, include_deleted=include_deleted)


def set_deleted(db: Database, attachment_id: str, deleted: bool) -> dict:
    return rows.update(db, "attachment", attachment_id, {"deleted": int(deleted)})


def hashes_named_by(db: Database, ids: Iterable[str]) -> list[tuple[str, int]]:
    """(sha256, size) of the files that the given attachment rows name and this database holds."""
    ids = list(ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return db.conn.execute(
        f"SELECT DISTINCT b.sha256, b.size FROM attachment a JOIN blob b ON b.sha256 = a.sha256 "
        f"WHERE a.id IN ({marks})", ids).fetchall()
