"""Identity cards: code, name, level, site and public key of a unit, self-signed, read out by fingerprint."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kydesk.domain.errors import KydeskError
from kydesk.store.db import Database
from kydesk.sync import keys

CARD_KIND = "kydesk-identity"
CARD_FORMAT = 1
MAX_CARD_BYTES = 64 * 1024
FIELDS = ("kind", "format", "unit_code", "unit_name", "level", "site_id", "public_key", "fingerprint")


@dataclass
class Card:
    unit_code: str
    unit_name: str
    level: str
    site_id: str
    public_key: str
    fingerprint: str

    def as_dict(self) -> dict:
        return {"kind": CARD_KIND, "format": CARD_FORMAT, "unit_code": self.unit_code, "unit_name": self.unit_name,
                "level": self.level, "site_id": self.site_id, "public_key": self.public_key,
                "fingerprint": self.fingerprint}


def _signed_bytes(body: dict) -> bytes:
    return json.dumps({k: body[k] for k in FIELDS}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def my_card(db: Database) -> Card:
    public = keys.ensure_keys(db)
    return Card(unit_code=db.unit_code, unit_name=db.meta("unit_name") or "", level=db.meta("level") or "county",
                site_id=db.site_id, public_key=public, fingerprint=keys.fingerprint(public))


def card_bytes(db: Database) -> bytes:
    body = my_card(db).as_dict()
    body["signature"] = keys.sign(db, _signed_bytes(body)).hex()
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_card(path) -> Card:
    """A card file checked whole: its own signature, a fingerprint that matches the key. Raises KydeskError."""
    p = Path(path)
    name = p.name
    try:
        if p.stat().st_size > MAX_CARD_BYTES:
            raise KydeskError(f"{name} 太大，不是 kydesk 身份卡。")
        body = json.loads(p.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise KydeskError(f"找不到身份卡文件：{p}") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KydeskError(f"{name} 不是 kydesk 身份卡（无法读取为 JSON）。") from None
    if not isinstance(body, dict) or body.get("kind") != CARD_KIND:
        raise KydeskError(f"{name} 不是 kydesk 身份卡。")
    if not isinstance(body.get("format"), int) or body["format"] > CARD_FORMAT:
        raise KydeskError(f"{name} 由更新版本的 kydesk 生成，请先升级本程序。")
    for f in FIELDS[2:]:
        if not isinstance(body.get(f), str) or not body[f].strip():
            raise KydeskError(f"身份卡 {name} 缺少“{f}”，文件可能不完整。")
    if not keys.valid_public_key(body["public_key"]):
        raise KydeskError(f"身份卡 {name} 中的公钥无效。")
    if keys.fingerprint(body["public_key"]) != body["fingerprint"]:
        raise KydeskError(f"身份卡 {name} 的指纹与公钥不符：文件已被改动，请向对方重新索取。")
    try:
        sig = bytes.fromhex(body.get("signature") or "")
    except ValueError:
        sig = b""
    if not keys.verify(body["public_key"], _signed_bytes(body), sig):
        raise KydeskError(f"身份卡 {name} 的签名无效：文件已被改动，请向对方重新索取。")
    return Card(unit_code=body["unit_code"].strip(), unit_name=body["unit_name"].strip(), level=body["level"],
                site_id=body["site_id"], public_key=body["public_key"], fingerprint=body["fingerprint"])
