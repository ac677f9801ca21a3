"""The .kysync container: a plain zip written in one canonical layout, and a reader that trusts nothing.

Why a writer of our own: zip readers ignore many header bytes (times, attributes, the local copies of
sizes), so a flipped byte there would pass unnoticed. We write every entry the same way (fixed time,
no extra fields, no comments), and the reader rebuilds the container from what it parsed and compares it
byte for byte: any change outside the signed manifest and the hashed payload makes them differ.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from kydesk.sync.errors import Refused

STORED, DEFLATED = 0, 8
DOS_DATE = (1 << 5) | 1            # 1980-01-01: package times live in the manifest, for display only
VERSION = 20

# limits against zip bombs and hostile archives (a province's 100 county packages stay far below)
MAX_FILE = 100 * 1024 * 1024       # the .kysync file itself (100,000 rows make about 5 MB)
MAX_ENTRY = 1024 * 1024 * 1024     # one expanded entry, as the zip headers may claim
MAX_TOTAL = 2 * 1024 * 1024 * 1024  # all expanded entries, as the zip headers may claim
MAX_EXPANDED = 256 * 1024 * 1024   # what one payload file may really expand to (streamed, never held whole)
SMALL = 4 * 1024 * 1024            # manifest and signature: expanded before anything is trusted
CHUNK = 1024 * 1024
MAX_RATIO = 200                    # expanded / compressed; JSON Lines of real rows stay under ~20
MAX_ENTRIES = 64


@dataclass
class Entry:
    name: str
    data: bytes | None   # expanded content (None: a payload not expanded yet, see stream())
    raw: bytes           # as stored in the file (compressed for DEFLATED)
    method: int
    crc: int
    size: int = -1       # the expanded size the headers state

    def __post_init__(self):
        if self.size < 0:
            self.size = len(self.data or b"")


def deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def make_entry(name: str, data: bytes, method: int = DEFLATED) -> Entry:
    raw = deflate(data) if method == DEFLATED else data
    return Entry(name, data, raw, method, zlib.crc32(data) & 0xFFFFFFFF)


def write(entries: list[Entry]) -> bytes:
    out, central = io.BytesIO(), io.BytesIO()
    for e in entries:
        name = e.name.encode("ascii")
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, VERSION, 0, e.method, 0, DOS_DATE, e.crc,
                              len(e.raw), e.size, len(name), 0))
        out.write(name)
        out.write(e.raw)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, VERSION, VERSION, 0, e.method, 0, DOS_DATE,
                                  e.crc, len(e.raw), e.size, len(name), 0, 0, 0, 0, 0, offset))
        central.write(name)
    cd = central.getvalue()
    start = out.tell()
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), start, 0))
    return out.getvalue()


def safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or "\x00" in name:
        return False
    parts = name.split("/")
    return all(p not in ("", ".", "..") for p in parts)


def read(data: bytes, label: str, allowed, *, small=lambda name: True) -> dict[str, Entry]:
    """Entries by name, after every structural check. `allowed(name)` says which names may appear; only
    entries `small(name)` are expanded here (at most SMALL bytes each): the others wait until the sender is
    trusted, then expand through stream(), capped."""
    if len(data) > MAX_FILE:
        raise Refused(f"{label} 超过 {MAX_FILE // 1024 // 1024} MB，不是正常的同步包，已拒绝。", "too_big")
    if not data.startswith(b"PK"):
        raise Refused(f"{label} 不是 kydesk 同步包（不是 zip 文件），已拒绝。", "not_zip")
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except Exception:  # noqa: BLE001 - whatever a damaged central directory makes zipfile raise, it is damaged
        raise Refused(f"{label} 不完整或已损坏（可能下载或复制未完成、文件被截断），已拒绝。"
                      "请让对方重新发送。", "corrupt") from None
    if len(infos) > MAX_ENTRIES:
        raise Refused(f"{label} 内含 {len(infos)} 个文件，超出同步包的限制，已拒绝。", "zip_bomb")
    seen = set()
    for info in infos:
        if not safe_name(info.filename):
            raise Refused(f"{label} 内含不安全的路径“{info.filename}”（上级目录或绝对路径），已拒绝。", "bad_path")
        if info.filename in seen:
            raise Refused(f"{label} 内有重复的文件“{info.filename}”，已拒绝。", "bad_path")
        seen.add(info.filename)
        if not allowed(info.filename):
            raise Refused(f"{label} 内含不属于同步包的文件“{info.filename}”，已拒绝。", "bad_path")
    for info in infos:
        if info.compress_type not in (STORED, DEFLATED) or info.flag_bits & 0x1:
            raise Refused(f"{label} 使用了不支持的压缩或加密方式，已拒绝。", "corrupt")
    entries = [_entry(data, info, label, expand=small(info.filename)) for info in infos]
    if write(entries) != data:
        raise Refused(f"{label} 的文件结构被改动过（与 kydesk 写出的格式不一致），已拒绝。", "tampered")
    return {e.name: e for e in entries}


def check_sizes(entries, label: str) -> None:
    """What the headers claim, before a payload is expanded (called once the sender is trusted: a stranger's
    file is refused for its key whatever it holds)."""
    total = 0
    for e in entries:
        total += e.size
        ratio = e.size / max(len(e.raw), 1)
        if e.size > MAX_ENTRY or total > MAX_TOTAL or (e.size > 1024 * 1024 and ratio > MAX_RATIO):
            raise Refused(f"{label} 解压后过大（“{e.name}”压缩比 {ratio:.0f}:1，疑似压缩炸弹），已拒绝。", "zip_bomb")


def _entry(data: bytes, info: zipfile.ZipInfo, label: str, *, expand: bool) -> Entry:
    corrupt = Refused(f"{label} 中的“{info.filename}”已损坏或被改动，已拒绝。", "tampered")
    at = info.header_offset
    if at < 0 or at + 30 > len(data) or data[at:at + 4] != b"PK\x03\x04":
        raise corrupt
    n, m = struct.unpack_from("<HH", data, at + 26)
    start = at + 30 + n + m
    raw = data[start:start + info.compress_size]
    if len(raw) != info.compress_size:
        raise corrupt
    entry = Entry(info.filename, None, raw, info.compress_type, info.CRC, info.file_size)
    if expand:
        if info.file_size > SMALL:
            raise Refused(f"{label} 中的“{info.filename}”过大，已拒绝。", "zip_bomb")
        entry.data = b"".join(stream(entry, label, SMALL))
    return entry


def stream(entry: Entry, label: str, cap: int):
    """The expanded content in pieces, never more than `cap` bytes in all; checks size and CRC at the end.
    Memory stays at a piece or two whatever the entry claims or holds."""
    corrupt = Refused(f"{label} 中的“{entry.name}”已损坏或被改动，已拒绝。", "tampered")
    if entry.size > cap:
        raise Refused(f"{label} 中的“{entry.name}”解压后超过限制，已拒绝。", "zip_bomb")
    crc, total = 0, 0
    if entry.method == DEFLATED:
        d = zlib.decompressobj(-15)
        view, pos = memoryview(entry.raw), 0
        buf: bytes | memoryview
        while not d.eof:
            if d.unconsumed_tail:
                buf = d.unconsumed_tail
            elif pos < len(view):
                buf = view[pos:pos + CHUNK]
                pos += len(buf)
            else:
                raise corrupt          # the compressed stream ends early
            try:
                piece = d.decompress(buf, CHUNK)
            except zlib.error:
                raise corrupt from None
            total += len(piece)
            if total > min(cap, entry.size):
                raise Refused(f"{label} 中的“{entry.name}”解压后超过清单所写的大小，已拒绝。", "zip_bomb")
            if piece:
                crc = zlib.crc32(piece, crc)
                yield piece
        if d.unused_data or d.unconsumed_tail or pos < len(view):
            raise corrupt
    else:
        total = len(entry.raw)
        if total > cap:
            raise Refused(f"{label} 中的“{entry.name}”超过限制，已拒绝。", "zip_bomb")
        crc = zlib.crc32(entry.raw)
        yield entry.raw
    if total != entry.size or (crc & 0xFFFFFFFF) != entry.crc:
        raise corrupt
