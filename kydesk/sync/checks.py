"""Every check of an incoming package before anything is written: container, sender, trust, signature,
format, addressee, payload hashes and sizes, replayed ids. Each failure is a Refused with a Chinese message.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from kydesk.store import sync_store
from kydesk.store.db import Database
from kydesk.sync import keys, zipfmt
from kydesk.sync.errors import Refused
from kydesk.sync.package import FORMAT, Package, check_format, open_container, read_blobs, read_payload


@dataclass
class Verified:
    package: Package
    peer: dict                 # the trusted card the signature was checked with
    already: bool = False      # this very package was applied before


def read_file(path) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise Refused(f"{p} 是文件夹，不是同步包。", "not_zip")
        if p.stat().st_size > zipfmt.MAX_FILE:
            raise Refused(f"{p.name} 超过 {zipfmt.MAX_FILE // 1024 // 1024} MB，不是正常的同步包，已拒绝。", "too_big")
        return p.read_bytes()
    except FileNotFoundError:
        raise Refused(f"找不到文件：{p}", "missing") from None
    except OSError as e:
        raise Refused(f"无法读取 {p}：{e.strerror or e}", "missing") from None


def verify(db: Database, data: bytes, label: str, *, parse: bool = True) -> Verified:
    """Every check; parse=False stops short of reading the rows (their files' hashes are still checked)."""
    pkg = open_container(data, label)
    m, sender = pkg.manifest, pkg.sender
    key = sender.get("key")
    key = key if isinstance(key, str) else ""          # a missing or odd key matches no peer
    if sender.get("site") == db.site_id or key == keys.public_key(db):
        raise Refused(f"{label} 是本机自己导出的同步包，不能导入到本机；请把它发给对方单位。", "from_self")
    fmt = m.get("format")
    newer = isinstance(fmt, int) and fmt > FORMAT
    peer = sync_store.peer(db, key) if key else None
    claimed = f"{sender.get('unit_name') or ''}（{sender.get('unit_code') or '?'}）"
    if peer is None:
        if newer:
            check_format(pkg, label)
        fp = f"，密钥指纹 {keys.fingerprint(key)}" if keys.valid_public_key(key) else ""
        raise Refused(f"{label} 自称来自 {claimed}{fp}，但本机没有这把密钥，已拒绝。请先导入并电话核对该单位的身份卡"
                      "（同步 → 单位与密钥），再导入此包。", "unknown_key")
    if not peer["trusted"]:
        raise Refused(f"{label} 来自 {peer['unit_name']}（{peer['unit_code']}），但这把密钥已被设为不信任，已拒绝。",
                      "untrusted")
    if not keys.verify(key, pkg.manifest_bytes, pkg.signature):
        raise Refused(f"{label} 的签名无效：文件在传递中被改动或损坏，已拒绝。请让 {peer['unit_name']} 重新导出。",
                      "bad_signature")
    check_format(pkg, label)
    if sender.get("unit_code") != peer["unit_code"]:
        raise Refused(f"{label} 的发送单位（{sender.get('unit_code')}）与其密钥所属单位（{peer['unit_code']}）不符，"
                      "已拒绝。", "bad_sender")
    recipient = m.get("recipient")
    if not isinstance(recipient, dict):
        recipient = {}
    if recipient.get("unit_code") != db.unit_code:
        raise Refused(f"{label} 是发给 {recipient.get('unit_name') or ''}（{recipient.get('unit_code')}）的，"
                      f"不是发给本单位（{db.unit_code}）的，已拒绝。", "not_for_us")
    check_manifest(db, m, label)

    def known(table):
        if table not in sync_store.SYNCED_TABLES:
            return None
        return {**sync_store.column_types(db, table), "site_seq": "INTEGER"}

    read_payload(pkg, label, known, parse=parse)   # even for a package seen before: a damaged copy is still refused
    pkg.blobs = read_blobs(pkg, label)
    for rows in pkg.rows.values():
        for row in rows:
            row.pop("site_seq", None)   # the sender's counter means nothing here; ours is set by triggers
    seen = sync_store.package(db, pkg.id)
    if seen is not None:
        if seen["direction"] == "in" and seen["digest"] == pkg.digest:
            return Verified(pkg, peer, already=True)
        raise Refused(f"{label} 的包编号 {pkg.id} 已经导入过，但内容不同（重放或伪造的包），已拒绝。", "replay")
    return Verified(pkg, peer)


MAX_SEQ = 10 ** 9        # a change counter a clerk could reach: 30 years of one change a second
MAX_LIST = 10_000


def _count(v, top: int = MAX_SEQ) -> bool:
    return type(v) is int and 0 <= v <= top


def _text(v, longest: int = 200) -> bool:
    return isinstance(v, str) and len(v) <= longest


def check_manifest(db: Database, m: dict, label: str) -> None:
    """Every field the import reads, by type and range, before it is used (a signed manifest can still come
    from a modified program)."""
    def bad(what: str) -> NoReturn:
        raise Refused(f"{label} 的清单中{what}无效，已拒绝。", "tampered")

    sender = m.get("sender")
    if not isinstance(sender, dict) or not all(_text(sender.get(k)) for k in ("site", "instance", "unit_code")) \
            or not sender["instance"]:
        bad("发送方")
    if not _text(m.get("package_id"), 100) or not m["package_id"]:
        bad("包编号")
    seq = m["seq"] if isinstance(m.get("seq"), dict) else {}
    lo, hi = seq.get("from"), seq.get("to")
    if not (isinstance(lo, int) and isinstance(hi, int) and _count(lo) and _count(hi) and lo <= hi):
        bad(f"变更序号范围（{str(lo)[:30]}–{str(hi)[:30]}）")
    if not _count(m.get("rows"), MAX_SEQ) or not isinstance(m.get("full", False), bool):
        bad("行数或全量标记")
    acks, mine = m.get("acks"), db.meta("db_instance_id") or ""
    if not isinstance(acks, list) or len(acks) > MAX_LIST:
        bad("确认记录")
    for a in acks:
        if not (isinstance(a, dict) and _text(a.get("site")) and _text(a.get("instance")) and _count(a.get("seq"))):
            bad("确认记录")
        if a["site"] == db.site_id and a["instance"] == mine and a["seq"] > db.site_seq:
            bad(f"确认记录（确认到本机第 {a['seq']} 号变更，本机只到第 {db.site_seq} 号）")
    instances = m.get("instances", [])
    if not isinstance(instances, list) or len(instances) > MAX_LIST or not all(
            isinstance(i, dict) and _text(i.get("site")) and _text(i.get("instance")) for i in instances):
        bad("数据库副本列表")
