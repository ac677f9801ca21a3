"""Making a database for a unit: identity, own unit row, optional demo data."""
from __future__ import annotations

import hashlib
import socket
import uuid
from datetime import date
from pathlib import Path

from kydesk.domain import clock
from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.domain.models import UnitLevel
from kydesk.store import open_db, rows
from kydesk.store.db import Database
from kydesk.store.migrations import current_version


def init_site(path, *, unit_code: str, unit_name: str, level: str = "county", demo: bool = False,
              today: date | None = None) -> Database:
    code, name = (unit_code or "").strip(), (unit_name or "").strip()
    if not code:
        raise ValidationError("单位代码不能为空", "unit_code")
    if not name:
        raise ValidationError("单位名称不能为空", "unit_name")
    if level not in (UnitLevel.CITY.value, UnitLevel.COUNTY.value):
        raise ValidationError(f"单位级别“{level}”无效，可选 city 或 county", "level")
    p = Path(path)
    existed = p.exists() and p.stat().st_size > 0
    db = open_db(p, create=True)
    if db.initialized:
        who = f"{db.meta('unit_name')}（{db.meta('unit_code')}）"
        db.close()
        raise KydeskError(f"数据库 {p} 已初始化为“{who}”，未作改动。")
    try:
        with db.tx():
            db.set_meta("unit_code", code)
            db.set_meta("unit_name", name)
            db.set_meta("level", level)
            db.set_meta("actor", name)
            db.set_meta("year", (today or clock.today()).year)
            db.set_meta("place", _place(db))
            rows.insert(db, "unit", {"code": code, "name": name, "level": level})
            _make_keys(db)
            if demo:
                from kydesk.services import demo as demo_data

                demo_data.fill(db, today=today or clock.today())
    except BaseException:
        db.close()
        if not existed:
            for suffix in ("", "-wal", "-shm"):
                Path(str(p) + suffix).unlink(missing_ok=True)
        raise
    return db


def _make_keys(db: Database) -> None:
    """The unit's signing key for sync packages, made once at init."""
    from kydesk.sync import keys

    keys.ensure_keys(db)


def open_site(path) -> Database:
    """Open an initialised database (the CLI and the window both start here)."""
    db = open_db(path, migrate=False)
    if schema_version(db) == 0 or not db.initialized:
        db.close()
        raise KydeskError(f"数据库 {path} 尚未初始化：请先运行 kydesk init --unit-code 代码 --unit-name 名称")
    db.close()
    db = open_db(path)  # now apply any pending migrations (a backup is taken first)
    _notice_copies(db)
    return db


def schema_version(db: Database) -> int:
    return current_version(db.conn)


def _place(db: Database) -> str:
    where = f"{socket.gethostname()}|{Path(db.path).resolve() if db.path else ':memory:'}"
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


def _notice_copies(db: Database) -> None:
    """A database file copied to another PC (or folder) becomes a new database instance, so a peer can tell
    the copy from the original when both go on sending packages under one site id."""
    place = _place(db)
    known = db.meta("place")
    if known == place:
        return
    with db.tx():
        if known is not None:
            db.set_meta("db_instance_id", str(uuid.uuid4()))
            db.set_meta("copied_from_place", known)
        db.set_meta("place", place)
