"""Read just enough of a TrueType/OpenType file to choose it: its family names and its outline kind.

reportlab embeds TrueType (glyf) outlines only; a font with CFF/PostScript outlines (Noto CJK, Source Han)
makes it raise "postscript outlines are not supported". This reads the table directory (and the `name`
table) without parsing the whole font, so scanning a fonts folder stays cheap.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")


@dataclass(frozen=True)
class FontFace:
    path: str
    index: int                      # subfont index inside a .ttc (0 for a plain .ttf)
    families: frozenset[str]        # lower-cased family names (every language the file carries)
    truetype: bool                  # has glyf outlines and no CFF table: reportlab can embed it

    @property
    def stem(self) -> str:
        return Path(self.path).name.lower()


def _u16(b: bytes, o: int) -> int:
    return struct.unpack_from(">H", b, o)[0]


def _u32(b: bytes, o: int) -> int:
    return struct.unpack_from(">I", b, o)[0]


def _read(f, offset: int, size: int) -> bytes:
    f.seek(offset)
    data = f.read(size)
    if len(data) < size:
        raise ValueError("truncated font file")
    return data


def _decode_name(platform: int, encoding: int, raw: bytes) -> str | None:
    if platform in (0, 3):
        codec = "utf-16-be"
        if platform == 3 and encoding == 3:
            codec = "gbk"                               # old PRC-encoded Windows names
            raw = raw.replace(b"\x00", b"")
        try:
            return raw.decode(codec).strip("\x00 ")
        except UnicodeDecodeError:
            return None
    if platform == 1:
        mac_codec = {0: "latin-1", 25: "gbk", 2: "big5"}.get(encoding)
        if mac_codec:
            try:
                return raw.decode(mac_codec).strip("\x00 ")
            except UnicodeDecodeError:
                return None
    return None


def _face_at(f, path: str, offset: int, index: int) -> FontFace:
    head = _read(f, offset, 12)
    version = head[:4]
    num_tables = _u16(head, 4)
    records = _read(f, offset + 12, 16 * num_tables)
    tables: dict[bytes, tuple[int, int]] = {}
    for i in range(num_tables):
        tag = records[16 * i:16 * i + 4]
        tables[tag] = (_u32(records, 16 * i + 8), _u32(records, 16 * i + 12))
    truetype = (version in (b"\x00\x01\x00\x00", b"true") and b"glyf" in tables
                and b"CFF " not in tables and b"CFF2" not in tables)
    families: set[str] = set()
    if b"name" in tables:
        n_off, n_len = tables[b"name"]
        data = _read(f, n_off, min(n_len, 1 << 20))
        count, string_offset = _u16(data, 2), _u16(data, 4)
        for i in range(count):
            rec = 6 + 12 * i
            if rec + 12 > len(data):
                break
            platform, encoding, _lang, name_id, length, str_off = struct.unpack_from(">6H", data, rec)
            if name_id not in (1, 16):
                continue
            start = string_offset + str_off
            text = _decode_name(platform, encoding, data[start:start + length])
            if text:
                families.add(text.lower())
    return FontFace(path, index, frozenset(families), truetype)


def read_faces(path: str | Path) -> list[FontFace]:
    """Every face in `path` (one for .ttf/.otf, several for .ttc). Raises OSError/ValueError when unreadable."""
    path = str(path)
    with open(path, "rb") as f:
        tag = _read(f, 0, 12)
        if tag[:4] == b"ttcf":
            count = _u32(tag, 8)
            offsets = _read(f, 12, 4 * count)
            return [_face_at(f, path, _u32(offsets, 4 * i), i) for i in range(count)]
        return [_face_at(f, path, 0, 0)]


def read_face(path: str | Path, index: int = 0) -> FontFace | None:
    try:
        faces = read_faces(path)
    except (OSError, ValueError, struct.error):
        return None
    return faces[index] if 0 <= index < len(faces) else None
