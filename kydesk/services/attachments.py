"""佐证材料: attach files to a progress report, a 销号 or a task; list, open, save and export them.

Files are checked (exists, regular, within the size limit) before anything is written, then stored inside
the same transaction as the row they prove, so a report and its evidence arrive together or not at all.
"""
from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kydesk.domain import clock
from kydesk.domain.attachments import DEFAULT_MAX_MB, PURPOSES, human_size, is_image, mime_of, safe_name, too_big
from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.services import Changed, changed
from kydesk.store import attachments as store
from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.units import own_unit_id

LONG_SIDE = 2000                # an image reduced on request: long side in pixels, JPEG


@dataclass(frozen=True)
class Attachment:
    id: str
    name: str
    size: int
    sha256: str
    mime: str
    purpose: str
    target_table: str
    target_id: str
    unit: str
    attached: date
    present: bool               # the bytes are here (a synced row may arrive before its file)

    @property
    def size_text(self) -> str:
        return human_size(self.size)

    @property
    def is_image(self) -> bool:
        return is_image(self.name)

    @property
    def purpose_text(self) -> str:
        return PURPOSES.get(self.purpose, self.purpose)

    def as_json(self) -> dict:
        return {"name": self.name, "size": self.size, "sha256": self.sha256}


def _of(row: dict) -> Attachment:
    return Attachment(id=row["id"], name=row["name"], size=row["size"], sha256=row["sha256"], mime=row["mime"],
                      purpose=row["purpose"], target_table=row["target_table"], target_id=row["target_id"],
                      unit=row.get("unit") or "", attached=date.fromisoformat(row["attached"][:10]),
                      present=bool(row.get("present")))


def max_mb(db: Database) -> float:
    try:
        return float(db.meta("attachment_max_mb") or DEFAULT_MAX_MB)
    except ValueError:
        return DEFAULT_MAX_MB


def set_max_mb(db: Database, value: float) -> None:
    if not 1 <= value <= 200:
        raise ValidationError("佐证材料大小上限应在 1–200 MB 之间", "attachment_max_mb")
    db.set_meta("attachment_max_mb", f"{value:g}")


def check_files(db: Database, paths, *, reduce_images: bool = False) -> list[Path]:
    """Refuse, before any write, a file that is missing, not a regular file, or over the limit."""
    limit = max_mb(db)
    out = []
    for raw in paths or []:
        path = Path(raw)
        if not path.exists():
            raise ValidationError(f"找不到要附加的文件：{path}", "attach")
        if not path.is_file():
            raise ValidationError(f"{path} 不是普通文件，不能作为佐证材料", "attach")
        size = path.stat().st_size
        refusal = too_big(size, limit)
        if refusal and not (reduce_images and is_image(path.name)):
            hint = "；图片可选择“压缩图片”后再附加" if is_image(path.name) else ""
            raise ValidationError(f"{path.name}：{refusal}{hint}", "attach")
        out.append(path)
    return out


def _reduced(path: Path) -> tuple[io.BytesIO, str]:
    """The image with its long side at most LONG_SIDE px, as JPEG (only when the clerk asked for it)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            im = im.convert("RGB")
            im.thumbnail((LONG_SIDE, LONG_SIDE))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=85)
    except (UnidentifiedImageError, OSError) as e:
        raise ValidationError(f"{path.name} 不是可识别的图片，无法压缩（{e}）", "attach") from e
    buf.seek(0)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return buf, f"{stem}.jpg"


def attach_in_tx(db: Database, target_table: str, target_id: str, paths: list[Path], *, purpose: str,
                 unit_id: str | None = None, reduce_images: bool = False, on: date | None = None) -> list[str]:
    """Inside the caller's transaction: store each file and name it on a new attachment row."""
    limit = int(max_mb(db) * 1024 * 1024)
    made = []
    for path in paths:
        name = safe_name(path.name)
        if reduce_images and is_image(path.name):
            stream, name = _reduced(path)
            sha, size = store.put_stream(db, stream, max_bytes=limit, label=name)
        else:
            with open(path, "rb") as fh:
                sha, size = store.put_stream(db, fh, max_bytes=limit, label=name)
        made.append(store.add(db, {
            "target_table": target_table, "target_id": target_id, "purpose": purpose, "sha256": sha,
            "name": name, "size": size, "mime": mime_of(name), "unit_id": unit_id or own_unit_id(db),
            "attached": (on or clock.today()).isoformat()}))
    return made


def attach(db: Database, target_table: str, target_id: str, paths, *, purpose: str = "progress",
           reduce_images: bool = False) -> Changed:
    """Attach files to an existing row (a progress report, a task, a problem)."""
    files = check_files(db, paths, reduce_images=reduce_images)
    if not files:
        raise ValidationError("请选择要附加的文件", "attach")
    with db.tx():
        rows.get(db, target_table, target_id)
        ids = attach_in_tx(db, target_table, target_id, files, purpose=purpose, reduce_images=reduce_images)
    return changed("attachment", id=ids[0], message=f"已附加 {len(ids)} 个佐证材料")


def of_task(db: Database, task_id: str) -> list[Attachment]:
    return [_of(r) for r in store.of_task(db, task_id)]


def of_rows(db: Database, table: str, ids) -> dict[str, list[Attachment]]:
    out: dict[str, list[Attachment]] = {}
    for r in store.of_targets(db, table, ids):
        out.setdefault(r["target_id"], []).append(_of(r))
    return out


def delete(db: Database, attachment_id: str) -> Changed:
    with db.tx():
        row = store.get(db, attachment_id)
        rows.check_owner(db, "attachment", row)
        store.set_deleted(db, attachment_id, True)
    return changed("attachment", id=attachment_id, message=f"已删除佐证材料“{row['name']}”")


def undelete(db: Database, attachment_id: str) -> Changed:
    with db.tx():
        store.set_deleted(db, attachment_id, False)
    return changed("attachment", id=attachment_id, message="已恢复佐证材料")


def save_copy(db: Database, attachment_id: str, out: Path) -> Path:
    """Write the file's bytes to `out` (a temporary name in the same folder, then renamed)."""
    row = store.get(db, attachment_id)
    return _write(db, row["sha256"], Path(out))


def _write(db: Database, sha: str, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".kydesk-", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for part in store.chunks(db, sha):
                fh.write(part)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def open_copy(db: Database, attachment_id: str) -> Path:
    """A copy in a temporary folder for the system's program to open (the stored file stays untouched)."""
    row = store.get(db, attachment_id)
    folder = Path(tempfile.mkdtemp(prefix="kydesk-open-"))
    return _write(db, row["sha256"], folder / safe_name(row["name"]))


def _unique(folder: Path, name: str, taken: set[str]) -> Path:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 1
    while candidate.lower() in taken or (folder / candidate).exists():
        n += 1
        candidate = f"{stem}({n}).{ext}" if ext else f"{stem}({n})"
    taken.add(candidate.lower())
    return folder / candidate


def export_task(db: Database, task_id: str, out_dir: Path) -> list[Path]:
    """`task attachments TASK_ID -o DIR`: every present file of the task, named "日期 原文件名"."""
    return _export(db, of_task(db, task_id), Path(out_dir))


def _export(db: Database, items: list[Attachment], folder: Path) -> list[Path]:
    if folder.exists() and not folder.is_dir():
        raise KydeskError(f"{folder} 不是文件夹")
    missing = [a.name for a in items if not a.present]
    if missing:
        raise KydeskError(f"以下佐证材料的文件尚未收到，暂不能导出：{'、'.join(missing)}")
    taken: set[str] = set()
    written = []
    for a in items:
        target = _unique(folder, safe_name(f"{a.attached.isoformat()} {a.name}"), taken)
        written.append(_write(db, a.sha256, target))
    return written


def export_evidence(db: Database, task_ids: list[str], out_dir: Path, *, titles: dict[str, tuple[str, str]]) -> list[Path]:
    """导出佐证材料 for an inspection: 单位/任务/日期 文件名, for each task given (titles: id → (unit, title))."""
    written = []
    for tid in task_ids:
        unit, title = titles[tid]
        items = of_task(db, tid)
        if items:
            written += _export(db, items, Path(out_dir) / safe_name(unit or "未定单位") / safe_name(title))
    return written


def image_bytes(db: Database, attachment_id: str, *, limit: int = 25 * 1024 * 1024) -> bytes | None:
    """The bytes of an image attachment for a thumbnail (None: not an image, not here, or too large)."""
    row = store.get(db, attachment_id)
    if not is_image(row["name"]) or row["size"] > limit or not store.has_blob(db, row["sha256"]):
        return None
    return b"".join(store.chunks(db, row["sha256"]))


def awaited(db: Database) -> int:
    """How many live attachments wait for their file (a split package not all in yet)."""
    return len(store.awaited(db))


def check(db: Database) -> list[str]:
    return store.verify(db)
