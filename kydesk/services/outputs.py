"""Every file a command or the window writes goes through here: never over the open database, its -wal/-shm
files or its backups, never onto a folder or a device; written to a temporary name beside it, then renamed.

Why one place: an output path that happened to name the database replaced the live ledger with a PDF or a
JSON card (issue 10). Each writer calls check_output_path before it opens anything.
"""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from kydesk.domain.errors import KydeskError
from kydesk.paths import backups_dir

if TYPE_CHECKING:
    from kydesk.store.db import Database

DB_SUFFIXES = ("", "-wal", "-shm", "-journal")


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a == b


def protected_paths(db: Database) -> list[Path]:
    if db.path is None:
        return []
    base = Path(db.path).resolve()
    return [Path(str(base) + s) for s in DB_SUFFIXES]


def check_output_path(db: Database | None, path) -> Path:
    """The target as given, after refusing what must never be written over. Raises KydeskError (Chinese)."""
    out = Path(path)
    try:
        mode = os.stat(out).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as e:
        raise KydeskError(f"无法写入 {out}：{e.strerror or e}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise KydeskError(f"无法写入 {out}：这是一个文件夹，请给出文件名。")
    if mode is not None and not stat.S_ISREG(mode):
        raise KydeskError(f"无法写入 {out}：这不是普通文件（设备或特殊文件），请换一个文件名。")
    if not out.parent.is_dir():
        raise KydeskError(f"无法写入 {out}：文件夹 {out.parent} 不存在。")
    if db is not None and db.path is not None:
        target = out.resolve()
        for p in protected_paths(db):
            if target == p or (mode is not None and p.exists() and _same(out, p)):
                raise KydeskError(f"不能写到 {out}：这是正在使用的数据库文件（或其日志文件），写入会毁掉数据。"
                                  "请换一个文件名，未作任何改动。")
        folder = backups_dir(db.path)
        if folder == target.parent or folder in target.parents:
            raise KydeskError(f"不能写到 {out}：这是数据库的备份文件夹，请换一个位置，未作任何改动。")
    return out


def atomic_write(path, data: bytes, *, exclusive: bool = False) -> None:
    """Bytes to a temporary file in the same folder, flushed to disk, then renamed over the target: a failure
    leaves no partial file and an old file stays as it was. exclusive=True never replaces an existing file
    (FileExistsError: the caller picks another name), so concurrent runs with default names never collide."""
    out = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}-", suffix=".part", dir=out.parent or ".")
    except OSError as e:
        raise KydeskError(f"无法写入 {out}：不能在文件夹 {out.parent} 中创建文件（{e.strerror or e}），"
                          "请检查文件夹的写入权限。") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if exclusive:
            _link_new(tmp, out)
        else:
            os.replace(tmp, out)
    except FileExistsError:
        os.unlink(tmp)
        raise
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        full = getattr(e, "errno", None) == 28
        why = "磁盘空间不足" if full else (e.strerror or str(e))
        raise KydeskError(f"无法写入 {out}：{why}。未写出任何文件。") from None


def _link_new(tmp: str, out: Path) -> None:
    """Move tmp to out only if out does not exist yet, atomically (a hard link fails on an existing name)."""
    try:
        os.link(tmp, out)
    except FileExistsError:
        raise
    except OSError:
        # a file system without hard links: reserve the name first, then move over the reservation
        fd = os.open(out, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        os.close(fd)
        os.replace(tmp, out)
        return
    os.unlink(tmp)
