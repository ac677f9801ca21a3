"""佐证材料 rules: what may be attached, how a file's name is made safe, how sizes read to a clerk.

A file's name comes from another PC (or another unit's package): it is a label, never a path. Every place
that writes an attachment to disk takes the name from `safe_name`.
"""
from __future__ import annotations

import re
import unicodedata

DEFAULT_MAX_MB = 20
CHUNK = 1 << 20                 # bytes read, hashed and stored at a time: memory stays flat whatever the size
PURPOSES = {"progress": "进展佐证", "done": "销号佐证", "rectify": "整改佐证", "task": "任务资料"}

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
_BAD = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_IMAGE = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"}
_TYPES = {
    ".pdf": "application/pdf", ".doc": "application/msword", ".wps": "application/vnd.ms-works",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel", ".et": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
    ".bmp": "image/bmp", ".webp": "image/webp", ".tif": "image/tiff", ".tiff": "image/tiff",
    ".txt": "text/plain", ".zip": "application/zip", ".ofd": "application/ofd",
}
MAX_NAME_BYTES = 200            # under the 255-byte limit of every file system, leaving room for "(2)" etc.


def suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def mime_of(name: str) -> str:
    return _TYPES.get(suffix(name), "application/octet-stream")


def is_image(name: str) -> bool:
    return suffix(name) in _IMAGE


def safe_name(name: str, fallback: str = "附件") -> str:
    """A file name that is safe on Windows and Linux: no folders, no reserved device names, no control
    characters, at most MAX_NAME_BYTES in UTF-8 (the extension kept)."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _BAD.sub("_", name).strip().strip(".").strip()
    if not name:
        name = fallback
    stem, ext = (name[: -len(suffix(name))], name[-len(suffix(name)):]) if suffix(name) else (name, "")
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    if len(ext.encode("utf-8")) > 16:       # a "suffix" that long is part of the name
        stem, ext = stem + ext, ""
    while len((stem + ext).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return (stem or fallback) + ext


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} 字节"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def too_big(size: int, max_mb: float) -> str | None:
    """The refusal for a file over the limit (None: within it)."""
    if size > max_mb * 1024 * 1024:
        return f"文件大小 {human_size(size)}，超过佐证材料上限 {max_mb:g} MB"
    return None
