"""Opening a database: pragmas, migrations, identity; one connection per thread, transactions."""
from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import overload

import sqlite_utils

from kydesk.domain.errors import KydeskError
from kydesk.domain.sections import section_order
from kydesk.store import migrations

SQLITE_MAGIC = b"SQLite format 3\x00"

# One writer at a time in this process. A background job that writes (an import, a sync) holds it for its
# whole run (ui.worker), and every write transaction takes it too, so an edit made meanwhile on another thread
# (the window's own) waits for the job, then says plainly why, instead of SQLite's "database is locked".
WRITER = threading.RLock()
BUSY_WRITING = "正在导入或保存其他数据（后台任务尚未完成），请稍候再试。本次修改没有保存。"


def new_id() -> str:
    return str(uuid.uuid4())


class Database(sqlite_utils.Database):
    """sqlite_utils.Database plus the kydesk identity and a write transaction that takes the lock early."""

    path: Path | None = None
    write_wait: float = 5.0          # seconds a write waits for another thread's writer (the busy timeout)
    # what store.ledger_queries last put in this connection's temp tables (site_seq, light settings)
    _kd_units: int | None = None
    _kd_lights: tuple | None = None

    @contextlib.contextmanager
    def tx(self):
        """One write transaction (BEGIN IMMEDIATE: take the write lock before reading what we change).

        Nested calls become savepoints, so a service may call another service inside its own transaction.
        """
        if self.conn.in_transaction:
            with self.atomic():
                yield self
            return
        if not WRITER.acquire(timeout=self.write_wait):
            raise KydeskError(BUSY_WRITING)
        try:
            with self._immediate():
                yield self
        finally:
            WRITER.release()

    @contextlib.contextmanager
    def _immediate(self):
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise _friendly(e, self.path) from e
        try:
            yield self
        except sqlite3.OperationalError as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if _is_environment(e):
                raise _friendly(e, self.path) from e   # a full disk, a lock: the clerk's to fix, in Chinese
            raise
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as e:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise _friendly(e, self.path) from e

    # -- local settings and identity (the meta table; never synced) --------------------------------
    @overload
    def meta(self, key: str) -> str | None: ...
    @overload
    def meta(self, key: str, default: str) -> str: ...
    @overload
    def meta(self, key: str, default: None) -> str | None: ...

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value) -> None:
        self.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, None if value is None else str(value)),
        )

    @property
    def site_id(self) -> str:
        return self.meta("site_id") or ""

    @property
    def unit_code(self) -> str:
        return self.meta("unit_code") or ""

    @property
    def site_seq(self) -> int:
        return self.conn.execute("SELECT value FROM counter WHERE name = 'site_seq'").fetchone()[0]

    @property
    def initialized(self) -> bool:
        return bool(self.meta("unit_code"))


def _is_environment(e: sqlite3.Error) -> bool:
    """Errors of the disk or of other programs, not of our SQL."""
    text = str(e)
    return any(w in text for w in ("full", "locked", "busy", "readonly", "read-only", "disk I/O", "malformed",
                                   "not a database", "unable to open"))


def _friendly(e: sqlite3.Error, path) -> KydeskError:
    text = str(e)
    where = f"：{path}" if path else ""
    if "locked" in text or "busy" in text:
        return KydeskError(f"数据库正被其他程序占用（已锁定）{where}。请关闭其他正在使用它的 kydesk 窗口或程序后重试。")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return KydeskError(f"数据库文件已损坏或不是 kydesk 数据库{where}。可用“kydesk restore 备份文件”从备份恢复。")
    if "readonly" in text or "read-only" in text:
        return KydeskError(f"数据库是只读的{where}，无法写入。请检查文件权限。")
    if "disk" in text and "full" in text or "SQLITE_FULL" in text:
        return KydeskError(f"磁盘已满，无法写入数据库{where}。请清理磁盘空间后重试，本次修改未保存。")
    if "unable to open" in text:
        return KydeskError(f"无法打开数据库{where}：请检查路径是否存在、是否有读写权限。")
    return KydeskError(f"数据库出错{where}：{text}")


def open_db(path, *, create: bool = False, migrate: bool = True, timeout: float | None = None) -> Database:
    """Open (or with create=True, make) a kydesk database. Raises KydeskError with a Chinese message."""
    if timeout is None:
        timeout = float(os.environ.get("KYDESK_BUSY_TIMEOUT", "5"))
    memory = str(path) == ":memory:"
    p = None if memory else Path(path)
    if p is not None:
        if p.is_dir():
            raise KydeskError(f"数据库路径是一个文件夹，不是文件：{p}")
        if not p.exists():
            if not create:
                raise KydeskError(f"数据库文件不存在：{p}。请检查路径，或先用“kydesk --db {p} init …”创建。")
            if not p.parent.exists():
                raise KydeskError(f"数据库所在的文件夹不存在：{p.parent}")
        elif p.stat().st_size > 0:
            with open(p, "rb") as fh:
                if fh.read(16) != SQLITE_MAGIC:
                    raise KydeskError(f"不是 kydesk 数据库或文件已损坏：{p}（文件头不是 SQLite 格式）。")
    try:
        conn = sqlite3.connect(":memory:" if memory else str(p), timeout=timeout, isolation_level=None,
                               check_same_thread=True)
        db = Database(conn, recursive_triggers=False, execute_plugins=False)
        db.path = p
        db.write_wait = timeout
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        # ORDER BY section_rank(section), section: 一、二、…十、十一、 as numbered, not by code point
        conn.create_function("section_rank", 1, section_order, deterministic=True)
        version = migrations.current_version(conn)
        if version > migrations.LATEST:
            migrations.migrate(conn, p)  # raises the "newer version" message before anything is written
        if version == 0 and conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]:
            # migration 1 sets the version in the same transaction as its tables: this is another program's file
            conn.close()
            raise KydeskError(f"{p} 是其他程序的 SQLite 数据库，不是 kydesk 数据库；未作任何改动。")
        if version == 0 and not migrate:
            return db  # an empty file: leave it untouched until someone initialises it
        if not memory:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA recursive_triggers = OFF")
        if migrate:
            migrations.migrate(conn, p)
            if p is not None:
                bind_instance(db, p)
    except sqlite3.Error as e:
        raise _friendly(e, p) from e
    return db


def home_of(path: Path) -> str:
    """Where this database file lives: the computer and the full path."""
    return f"{socket.gethostname()}|{Path(path).resolve()}"


def bind_instance(db: Database, path: Path) -> None:
    """A database file that turns up on another computer or at another path is a copy: it becomes a new
    database instance, so it never passes for the one it was copied from (DESIGN.md "Data"). Its peers then
    keep acknowledgements for each copy apart, and send it what it lacks.

    A file merely moved also becomes a new instance; that costs one larger package, never a lost change."""
    home, known = home_of(path), db.meta("instance_home")
    if known == home:
        return
    try:
        with db.tx():
            if known is not None and db.initialized:
                db.set_meta("db_instance_id", new_id())
                db.set_meta("instance_copied_from", known)
            db.set_meta("instance_home", home)
    except KydeskError:
        pass   # a read-only or locked file: nothing can be written to it anyway, so nothing can be sent from it

