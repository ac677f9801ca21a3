"""Every check of an incoming package before anything is written: container, sender, trust, signature,
format, addressee, payload hashes and sizes, replayed ids. Each failure is a Refused with a Chinese message.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kydesk.store import sync_store
from kydesk.store.db import Database
from kydesk.sync import keys
from kydesk.sync.errors import Refused
from kydesk.sync.package import FORMAT, Package, check_format, open_container, read_payload


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
    seq = m.get("seq")
    if not isinstance(seq, dict):
        seq = {}
    lo, hi = seq.get("from"), seq.get("to")
    if not (isinstance(lo, int) and isinstance(hi, int) and 0 <= lo <= hi) or not isinstance(m.get("acks"), list) \
            or not isinstance(sender.get("instance"), str) or not isinstance(m.get("package_id"), str):
        raise Refused(f"{label} 的清单内容不完整，已拒绝。", "tampered")

    def known(table):
        return set(sync_store.columns(db, table)) | {"site_seq"} if table in sync_store.SYNCED_TABLES else None

    read_payload(pkg, label, known, parse=parse)   # even for a package seen before: a damaged copy is still refused
    for rows in pkg.rows.values():
        for row in rows:
            row.pop("site_seq", None)   # the sender's counter means nothing here; ours is set by triggers
    seen = sync_store.package(db, pkg.id)
    if seen is not None:
        if seen["direction"] == "in" and seen["digest"] == pkg.digest:
            return Verified(pkg, peer, already=True)
        raise Refused(f"{label} 的包编号 {pkg.id} 已经导入过，但内容不同（重放或伪造的包），已拒绝。", "replay")
    return Verified(pkg, peer)
