"""Backups (rotating, at start and before risky writes), restore, integrity check."""
from __future__ import annotations

import re
import shutil
import sqlite3
import time
import uuid
from pathlib import Path

from kydesk.domain.errors import KydeskError
from kydesk.paths import backups_dir
from kydesk.store import attachments as attachment_store
from kydesk.store import backups as backup_store
from kydesk.store import open_db
from kydesk.store.db import SQLITE_MAGIC, Database

KEEP = 10


def backup(db: Database, out: Path | None = None, *, reason: str = "manual") -> Path:
    """A consistent copy through SQLite's backup API (safe while the app is writing)."""
    if db.path is None:
        raise KydeskError("内存数据库无法备份")
    n = None
    if out is None:
        folder = backups_dir(db.path)
        folder.mkdir(parents=True, exist_ok=True)
        # a counter, not the clock, orders backups; the time in the name is only for people. It is stored
        # only once the copy is made: a failed backup (full disk) changes nothing. It continues past the files
        # already there: a restored database carries an older counter, and reusing its numbers would sort new
        # backups as the oldest (rotated away) or overwrite one
        n = max([int(db.meta("backup_counter", "0"))] + _numbers_in(folder, db.path.stem)) + 1
        out = folder / f"{db.path.stem}-{n:05d}-{reason}-{time.strftime('%Y%m%d-%H%M%S')}.db"
    else:
        from kydesk.services.outputs import check_output_path

        check_output_path(db, out)
    out = Path(out)
    if out.is_dir():
        raise KydeskError(f"备份失败：{out} 是一个文件夹，请给出备份文件名，如 {out / 'kydesk-备份.db'}")
    if not out.parent.exists():
        raise KydeskError(f"备份失败：文件夹不存在：{out.parent}")
    tmp = out.with_name(out.name + ".part")
    try:
        target = sqlite3.connect(str(tmp))
        with target:
            backup_store.copy_into(db, target)
        target.close()
        tmp.replace(out)
    except (OSError, sqlite3.Error) as e:
        tmp.unlink(missing_ok=True)
        raise KydeskError(f"备份失败：无法写入 {out}。请检查磁盘空间和文件夹的写入权限。") from e
    if n is not None:
        db.set_meta("backup_counter", n)
    if reason != "manual":
        rotate(out.parent, db.path.stem)
    return out


def _numbers_in(folder: Path, stem: str) -> list[int]:
    found = (re.fullmatch(rf"{re.escape(stem)}-(\d+)-.*\.db", p.name) for p in folder.glob(f"{stem}-*.db"))
    return [int(m.group(1)) for m in found if m]


def rotate(folder: Path, stem: str, keep: int = KEEP) -> None:
    auto = sorted(p for p in folder.glob(f"{stem}-*.db") if "-manual-" not in p.name)
    for old in auto[:-keep]:
        old.unlink(missing_ok=True)


def check(db: Database) -> list[str]:
    """Problems found (empty list: all good): SQLite integrity, foreign keys, the change counter."""
    problems = [r[0] for r in db.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    for table, rowid, parent, _ in db.conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"表 {table} 第 {rowid} 行引用的 {parent} 不存在")
    if not problems:        # a damaged database file cannot be trusted to read its chunks either
        problems += attachment_store.verify(db)
    return problems


def restore(db_path: Path, source: Path, *, force: bool = False) -> Path | None:
    """Replace the database with a backup; the current file is kept first (returned; None when there was
    none). The restored copy gets a new database-instance id, so peers can tell it from the one it was copied
    from."""
    source, db_path = Path(source), Path(db_path)
    if not source.is_file():
        raise KydeskError(f"找不到备份文件：{source}")
    with open(source, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise KydeskError(f"{source} 不是 kydesk 备份文件（文件头不是 SQLite 格式），未作改动。")
    probe = open_db(source, migrate=False)
    try:
        if probe.conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or not probe.meta("unit_code"):
            raise KydeskError(f"{source} 已损坏或不是 kydesk 数据库，未作改动。")
    except sqlite3.Error as e:
        raise KydeskError(f"{source} 已损坏或不是 kydesk 数据库（{e}），未作改动。") from e
    finally:
        probe.close()
    kept, seq_before = None, 0
    if db_path.exists():
        current = open_db(db_path, migrate=False)
        try:
            mine, theirs = current.meta("unit_code"), _unit_of(source)
            if mine and theirs != mine and not force:
                raise KydeskError(f"备份 {source} 属于单位 {theirs}，当前数据库属于单位 {mine}：为防止误恢复他人数据，"
                                  "未作改动。确需恢复请加 --force。")
            if source.resolve() == db_path.resolve():
                raise KydeskError("不能用数据库自身作为备份来恢复，未作改动。")
            seq_before = current.site_seq
            kept = backup(current, reason="before-restore")
        finally:
            current.close()
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copy2(source, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp.replace(db_path)
    db = open_db(db_path)
    try:
        with db.tx():
            db.set_meta("db_instance_id", str(uuid.uuid4()))
            db.set_meta("restored_from", source.name)
            # never hand out a change number twice: peers have acknowledged numbers up to seq_before
            backup_store.raise_site_seq(db, seq_before)
    finally:
        db.close()
    return kept


def _unit_of(source: Path) -> str | None:
    probe = open_db(source, migrate=False)
    try:
        return probe.meta("unit_code")
    finally:
        probe.close()


def startup_checks(db: Database) -> list[str]:
    """At every start of the window: a rotating backup, then the integrity check."""
    from kydesk.services.warroom import close_past_month

    problems = []
    try:
        backup(db, reason="start")
    except KydeskError as e:
        problems.append(str(e))  # a full disk must not stop the clerk opening the ledger; tell, then go on
    problems += check(db)
    if not problems:
        close_past_month(db)  # keep each finished month's lights even when nobody made a 月调度
    return problems
