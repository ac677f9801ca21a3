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
          rows: dict[str, list[dict]], schema: int, instances: list[dict] | None = None) -> bytes:
    """The package bytes, signed with this unit's key."""
    files, payload = [], []
    for table, items in rows.items():
        if not items:
            continue
        entry = zipfmt.make_entry(f"payload/{table}.jsonl", encode_rows(items))
        payload.append(entry)
        files.append({"name": entry.name, "table": table, "rows": len(items), "bytes": len(entry.data),
                      "sha256": hashlib.sha256(entry.data).hexdigest(), "stored_bytes": len(entry.raw),
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
    }
    mbytes = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    sig = keys.sign(db, mbytes).hex().encode("ascii")
    entries = [zipfmt.make_entry(MANIFEST, mbytes, zipfmt.STORED), zipfmt.make_entry(SIGNATURE, sig, zipfmt.STORED)]
    return zipfmt.write(entries + payload)


def _allowed(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE) or bool(PAYLOAD.fullmatch(name))


def open_container(data: bytes, label: str) -> Package:
    """Container and manifest parsed; nothing verified against keys yet."""
    entries = zipfmt.read(data, label, _allowed)
    if MANIFEST not in entries or SIGNATURE not in entries:
        raise Refused(f"{label} 缺少清单或签名（manifest.json / manifest.sig），不是完整的 kydesk 同步包，已拒绝。",
                      "corrupt")
    mbytes = entries[MANIFEST].data
    if len(mbytes) > MAX_MANIFEST:
        raise Refused(f"{label} 的清单过大，已拒绝。", "zip_bomb")
    try:
        manifest = json.loads(mbytes.decode("utf-8"))
        signature = bytes.fromhex(entries[SIGNATURE].data.decode("ascii").strip())
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
    files = m.get("files")
    if not isinstance(files, list):
        raise Refused(f"{label} 的清单缺少文件列表，已拒绝。", "tampered")
    listed = {}
    for f in files:
        if not isinstance(f, dict) or not isinstance(f.get("name"), str):
            raise Refused(f"{label} 的清单格式错误，已拒绝。", "tampered")
        listed[f["name"]] = f
    present = set(pkg.entries) - {MANIFEST, SIGNATURE}
    if present != set(listed):
        missing = sorted(set(listed) - present)
        extra = sorted(present - set(listed))
        what = f"缺少 {'、'.join(missing)}" if missing else f"多出 {'、'.join(extra)}"
        raise Refused(f"{label} 的内容与清单不符（{what}），已拒绝。", "tampered")
    total = 0
    for name, f in sorted(listed.items()):
        entry = pkg.entries[name]
        table = PAYLOAD.fullmatch(name).group(1)
        if f.get("table") != table:
            raise Refused(f"{label} 的清单格式错误（{name}），已拒绝。", "tampered")
        if (f.get("stored_bytes") != len(entry.raw) or f.get("bytes") != len(entry.data)
                or f.get("stored_sha256") != hashlib.sha256(entry.raw).hexdigest()
                or f.get("sha256") != hashlib.sha256(entry.data).hexdigest()):
            raise Refused(f"{label} 中的 {name} 大小或校验值与签名清单不符：文件被改动或损坏，已拒绝。", "tampered")
        cols = known_columns(table)
        total += f.get("rows") if isinstance(f.get("rows"), int) else 0
        if cols is None:
            raise Refused(f"{label} 含有本程序不认识的数据表“{table}”：发送方的 kydesk 较新，已拒绝。"
                          "请先升级本程序。", "newer_format")
        if parse:
            rows = _parse_rows(entry.data, name, label, cols)
            if len(rows) != f.get("rows"):
                raise Refused(f"{label} 中的 {name} 行数与清单不符，已拒绝。", "tampered")
            pkg.rows[table] = rows
    if total != m.get("rows"):
        raise Refused(f"{label} 的总行数与清单不符，已拒绝。", "tampered")


SCALARS = {str, int, float, type(None)}     # by exact type: a JSON true/false is not a column value


def _parse_rows(data: bytes, name: str, label: str, cols: set[str]) -> list[dict]:
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise Refused(f"{label} 中的 {name} 不是 UTF-8 文本，已拒绝。", "tampered") from None
    out, seen = [], set()
    for n, line in enumerate(lines, start=1):
        where = f"{label} 中 {name} 第 {n} 行"
        try:
            row = json.loads(line)
        except ValueError:
            raise Refused(f"{where} 不是有效的 JSON，已拒绝。", "tampered") from None
        if not isinstance(row, dict):
            raise Refused(f"{where} 不是一条记录，已拒绝。", "tampered")
        unknown = set(row) - cols
        if unknown:
            raise Refused(f"{where} 含有本程序不认识的字段“{'、'.join(sorted(unknown))}”：发送方的 kydesk 较新，"
                          "已拒绝。请先升级本程序。", "newer_format")
        rid, rev = row.get("id"), row.get("rev")
        if (not isinstance(rid, str) or not 0 < len(rid) <= 100 or not isinstance(row.get("owner"), str)
                or not isinstance(rev, int) or isinstance(rev, bool) or rev < 1 or row.get("deleted") not in (0, 1)
                or not isinstance(row.get("site"), str)
                or not all(type(v) in SCALARS for v in row.values())):
            raise Refused(f"{where} 的记录格式错误（编号、负责单位、版本或删除标记无效），已拒绝。", "tampered")
        if rid in seen:
            raise Refused(f"{where} 重复出现记录 {rid}，已拒绝。", "tampered")
        seen.add(rid)
        out.append(row)
    return out
