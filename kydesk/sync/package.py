"""Building and parsing a .kysync package: manifest.json, manifest.sig, payload/<table>.jsonl.

The signature covers the exact manifest bytes; the manifest carries the SHA-256 and size of every payload
file both as stored in the zip and expanded, so every byte of the file is covered by the signature or by
the canonical container check in zipfmt.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from kydesk import __version__
from kydesk.store.db import Database
from kydesk.sync import keys, zipfmt
from kydesk.sync.errors import Refused

KIND = "kydesk-sync"
FORMAT = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
PAYLOAD = re.compile(r"payload/([a-z_]{1,40})\.jsonl")
BLOB = re.compile(r"blobs/([0-9a-f]{64})")          # 佐证材料: named by their SHA-256, never by a user's file name
MAX_BLOB = 200 * 1024 * 1024
MAX_MANIFEST = 4 * 1024 * 1024
SUFFIX = ".kysync"


@dataclass
class Package:
    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    digest: str                                     # SHA-256 of the manifest: same id + other digest = replay
    entries: dict = field(default_factory=dict)     # name -> zipfmt.Entry
    rows: dict[str, list[dict]] = field(default_factory=dict)
    blobs: dict[str, int] = field(default_factory=dict)      # sha256 -> size of the attached files it carries

    @property
    def id(self) -> str:
        return str(self.manifest.get("package_id", ""))

    @property
    def sender(self) -> dict:
        s = self.manifest.get("sender")
        return s if isinstance(s, dict) else {}


def clock() -> datetime:
    """Wall-clock time: only for display (the manifest's `created`); no merge rule reads it."""
    return datetime.now()


def encode_rows(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows).encode("utf-8")


def build(db: Database, *, package_id: str, recipient: dict, seq: tuple[int, int], full: bool, acks: list[dict],
          rows: dict[str, list[dict]], schema: int, instances: list[dict] | None = None,
          blobs: list[tuple[str, bytes]] | None = None, blobs_have: list[str] | None = None,
          part: dict | None = None) -> bytes:
    """The package bytes, signed with this unit's key. `blobs`: (sha256, bytes) of attached files it carries;
    `blobs_have`: the hashes this database holds (the recipient sends no file we have); `part`: which of
    the packages of one export this is ({"n", "of", "group"}; parts after the first carry files only)."""
    files: list[dict] = []
    payload = []
    for table, items in rows.items():
        if not items:
            continue
        entry = zipfmt.make_entry(f"payload/{table}.jsonl", encode_rows(items))
        payload.append(entry)
        files.append({"name": entry.name, "table": table, "rows": len(items), "bytes": entry.size,
                      "sha256": hashlib.sha256(entry.data or b"").hexdigest(), "stored_bytes": len(entry.raw),
                      "stored_sha256": hashlib.sha256(entry.raw).hexdigest()})
    manifest = {
        "kind": KIND, "format": FORMAT, "schema": schema, "app": __version__, "package_id": package_id,
        "created": clock().isoformat(timespec="seconds"),
        "sender": {"unit_code": db.unit_code, "unit_name": db.meta("unit_name") or "",
                   "level": db.meta("level") or "county", "site": db.site_id,
                   "instance": db.meta("db_instance_id") or "", "key": keys.public_key(db)},
        "recipient": recipient, "full": full, "seq": {"from": seq[0], "to": seq[1]}, "acks": acks,
        "instances": instances or [],
        "counts": {f["table"]: f["rows"] for f in files}, "rows": sum(f["rows"] for f in files), "files": files,
        "blobs": [{"sha256": sha, "bytes": len(data)} for sha, data in blobs or []],
        "blobs_have": sorted(blobs_have or []),
    }
    if part:
        manifest["part"] = part
    payload += [zipfmt.make_entry(f"blobs/{sha}", data, zipfmt.STORED) for sha, data in blobs or []]
    mbytes = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    sig = keys.sign(db, mbytes).hex().encode("ascii")
    entries = [zipfmt.make_entry(MANIFEST, mbytes, zipfmt.STORED), zipfmt.make_entry(SIGNATURE, sig, zipfmt.STORED)]
    return zipfmt.write(entries + payload)


def _allowed(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE) or bool(PAYLOAD.fullmatch(name)) or bool(BLOB.fullmatch(name))


def open_container(data: bytes, label: str) -> Package:
    """Container and manifest parsed; nothing verified against keys yet."""
    entries = zipfmt.read(data, label, _allowed, small=lambda name: name in (MANIFEST, SIGNATURE))
    if MANIFEST not in entries or SIGNATURE not in entries:
        raise Refused(f"{label} 缺少清单或签名（manifest.json / manifest.sig），不是完整的 kydesk 同步包，已拒绝。",
                      "corrupt")
    mbytes = entries[MANIFEST].data or b""
    if len(mbytes) > MAX_MANIFEST:
        raise Refused(f"{label} 的清单过大，已拒绝。", "zip_bomb")
    try:
        manifest = json.loads(mbytes.decode("utf-8"))
        signature = bytes.fromhex((entries[SIGNATURE].data or b"").decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        raise Refused(f"{label} 的清单或签名无法读取：文件已损坏或被改动，已拒绝。", "tampered") from None
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        raise Refused(f"{label} 不是 kydesk 同步包（清单类型不符），已拒绝。", "not_package")
    digest = hashlib.sha256(mbytes).hexdigest()
    return Package(manifest, mbytes, signature, digest, entries)


def check_format(pkg: Package, label: str) -> None:
    fmt = pkg.manifest.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt < 1:
        raise Refused(f"{label} 的格式版本无效，已拒绝。", "tampered")
    if fmt > FORMAT:
        raise Refused(f"{label} 的格式版本为 {fmt}，由更新版本的 kydesk 生成（本程序支持到 {FORMAT}）。"
                      "已拒绝。请先升级本程序再导入。", "newer_format")


def read_payload(pkg: Package, label: str, known_columns, *, parse: bool = True) -> None:
    """Check every payload file against the signed manifest, then (parse=True) its rows into pkg.rows."""
    m = pkg.manifest
    zipfmt.check_sizes(pkg.entries.values(), label)
    files = m.get("files")
    if not isinstance(files, list):
        raise Refused(f"{label} 的清单缺少文件列表，已拒绝。", "tampered")
    listed = {}
    for f in files:
        if not isinstance(f, dict) or not isinstance(f.get("name"), str):
            raise Refused(f"{label} 的清单格式错误，已拒绝。", "tampered")
        listed[f["name"]] = f
    present = {name for name in pkg.entries if PAYLOAD.fullmatch(name)}
    if present != set(listed):
        missing = sorted(set(listed) - present)
        extra = sorted(present - set(listed))
        what = f"缺少 {'、'.join(missing)}" if missing else f"多出 {'、'.join(extra)}"
        raise Refused(f"{label} 的内容与清单不符（{what}），已拒绝。", "tampered")
    total = 0
    for name, f in sorted(listed.items()):
        entry = pkg.entries[name]
        named = PAYLOAD.fullmatch(name)
        if named is None:
            raise Refused(f"{label} 的清单格式错误（{name}），已拒绝。", "tampered")
        table = named.group(1)
        if f.get("table") != table:
            raise Refused(f"{label} 的清单格式错误（{name}），已拒绝。", "tampered")
        declared = f.get("bytes")
        if (f.get("stored_bytes") != len(entry.raw) or declared != entry.size
                or f.get("stored_sha256") != hashlib.sha256(entry.raw).hexdigest()):
            raise Refused(f"{label} 中的 {name} 大小或校验值与签名清单不符：文件被改动或损坏，已拒绝。", "tampered")
        if type(declared) is not int or declared > zipfmt.MAX_EXPANDED:
            raise Refused(f"{label} 中的 {name} 解压后超过 {zipfmt.MAX_EXPANDED // 1024 // 1024} MB，已拒绝。",
                          "zip_bomb")
        cols = known_columns(table)
        count = f.get("rows")
        total += count if isinstance(count, int) else 0
        if cols is None:
            raise Refused(f"{label} 含有本程序不认识的数据表“{table}”：发送方的 kydesk 较新，已拒绝。"
                          "请先升级本程序。", "newer_format")
        digest = hashlib.sha256()
        pieces = _hashed(zipfmt.stream(entry, label, declared), digest)
        if parse:
            rows = _parse_rows(_lines(pieces), name, label, cols)
        else:
            for _ in pieces:
                pass
        if f.get("sha256") != digest.hexdigest():
            raise Refused(f"{label} 中的 {name} 大小或校验值与签名清单不符：文件被改动或损坏，已拒绝。", "tampered")
        if parse:
            if len(rows) != f.get("rows"):
                raise Refused(f"{label} 中的 {name} 行数与清单不符，已拒绝。", "tampered")
            pkg.rows[table] = rows
    if total != m.get("rows"):
        raise Refused(f"{label} 的总行数与清单不符，已拒绝。", "tampered")


def read_blobs(pkg: Package, label: str) -> dict[str, int]:
    """Every attached file against the signed manifest (hash and size, streamed, capped); {sha256: size}."""
    listed = pkg.manifest.get("blobs", [])
    if not isinstance(listed, list) or len(listed) > zipfmt.MAX_ENTRIES:
        raise Refused(f"{label} 的清单中佐证材料列表无效，已拒绝。", "tampered")
    out: dict[str, int] = {}
    for b in listed:
        sha, size = (b.get("sha256"), b.get("bytes")) if isinstance(b, dict) else (None, None)
        if not (isinstance(sha, str) and BLOB.fullmatch(f"blobs/{sha}") and type(size) is int
                and 0 <= size <= MAX_BLOB) or sha in out:
            raise Refused(f"{label} 的清单中佐证材料列表无效，已拒绝。", "tampered")
        out[sha] = size
    present = {m.group(1) for name in pkg.entries if (m := BLOB.fullmatch(name))}
    if present != set(out):
        what = "缺少" if set(out) - present else "多出"
        raise Refused(f"{label} 的佐证材料与清单不符（{what}文件），已拒绝。", "tampered")
    for sha, size in out.items():
        digest = hashlib.sha256()
        for piece in zipfmt.stream(pkg.entries[f"blobs/{sha}"], label, size):
            digest.update(piece)
        if digest.hexdigest() != sha:
            raise Refused(f"{label} 中的佐证材料文件 {sha[:12]}… 与签名清单不符：文件被改动或损坏，已拒绝。", "tampered")
    have = pkg.manifest.get("blobs_have", [])
    if not isinstance(have, list) or len(have) > 1_000_000 or not all(
            isinstance(h, str) and len(h) == 64 for h in have):
        raise Refused(f"{label} 的清单中佐证材料列表无效，已拒绝。", "tampered")
    return out


def files_only(pkg: Package) -> bool:
    """A later part of a split export: files, no rows, no sequence range of its own."""
    part = pkg.manifest.get("part")
    return isinstance(part, dict) and part.get("n") != 1 and not pkg.manifest.get("rows")


def _hashed(pieces, digest):
    for piece in pieces:
        digest.update(piece)
        yield piece


def _lines(pieces):
    """Bytes lines out of pieces, without ever joining the whole file."""
    rest = b""
    for piece in pieces:
        rest += piece
        *done, rest = rest.split(b"\n")
        yield from done
    if rest:
        yield rest


BIG = 2 ** 53                               # integers beyond what every JSON reader keeps exact
FLAGS = {"deleted", "ongoing", "key"}
DATES = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_TEXT = 200_000


def _bad_field(row: dict, ints: set, dates: set) -> str | None:
    """The first column whose value breaks its declared type or the range its meaning allows (None: all
    good). Kept to plain comparisons: it runs for every value of every row."""
    for col, value in row.items():
        t = type(value)
        if t is str:
            if col in ints or len(value) > MAX_TEXT:
                return col
            if col in dates and value and not (DATES.fullmatch(value) and "1900-01-01" <= value <= "2199-12-31"):
                return col
        elif t is int:
            if not -BIG < value < BIG:
                return col
            if col in ints and ((col in FLAGS and value not in (0, 1)) or (col == "rev" and value < 1)
                                or (col == "percent" and not 0 <= value <= 100)):
                return col
        elif value is None:
            if col in ("id", "owner", "rev", "deleted", "site"):
                return col
        elif t is float:
            if col in ints or not -BIG < value < BIG:
                return col
        else:
            return col
    return None


DATE_COLUMNS = {"date", "start", "due", "done_date", "old_due", "new_due"}


def _parse_rows(lines, name: str, label: str, cols: dict[str, str]) -> list[dict]:
    out, seen = [], set()
    known = set(cols)
    ints = {c for c, kind in cols.items() if kind == "INTEGER"}
    dates = DATE_COLUMNS & known
    for n, raw in enumerate(lines, start=1):
        where = f"{label} 中 {name} 第 {n} 行"
        try:
            row = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise Refused(f"{label} 中的 {name} 不是 UTF-8 文本，已拒绝。", "tampered") from None
        except (ValueError, RecursionError):
            raise Refused(f"{where} 不是有效的 JSON，已拒绝。", "tampered") from None
        if not isinstance(row, dict):
            raise Refused(f"{where} 不是一条记录，已拒绝。", "tampered")
        unknown = row.keys() - known
        if unknown:
            raise Refused(f"{where} 含有本程序不认识的字段“{'、'.join(sorted(unknown))}”：发送方的 kydesk 较新，"
                          "已拒绝。请先升级本程序。", "newer_format")
        rid = row.get("id")
        if (not isinstance(rid, str) or not 0 < len(rid) <= 100 or not isinstance(row.get("owner"), str)
                or type(row.get("rev")) is not int or row.get("deleted") not in (0, 1)
                or not isinstance(row.get("site"), str)):
            raise Refused(f"{where} 的记录格式错误（编号、负责单位、版本或删除标记无效），已拒绝。", "tampered")
        col = _bad_field(row, ints, dates)
        if col is not None:
            raise Refused(f"{where} 的字段“{col}”的值（{str(row[col])[:40]}）类型或范围无效，已拒绝。", "tampered")
        if rid in seen:
            raise Refused(f"{where} 重复出现记录 {rid}，已拒绝。", "tampered")
        seen.add(rid)
        out.append(row)
    return out
