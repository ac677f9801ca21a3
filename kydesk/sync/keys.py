"""The unit's Ed25519 signing key.

The private key lives in the database's local `meta` table (never synced, never in a package). Why there
and not in a file beside the database: the key then travels with every backup and with a restore, so a
restored database can keep signing without the units exchanging cards again, and there is one file to
protect rather than two that can get separated. Whoever holds the database file holds the ledger anyway.
"""
from __future__ import annotations

import hashlib

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from kydesk.store.db import Database

SECRET = "sync_signing_key"
PUBLIC = "sync_public_key"


def ensure_keys(db: Database) -> str:
    """Make this install's key pair once; returns the public key (hex). Safe to call again."""
    public = db.meta(PUBLIC)
    if public and db.meta(SECRET):
        return public
    key = SigningKey.generate()
    with db.tx():
        db.set_meta(SECRET, key.encode().hex())
        db.set_meta(PUBLIC, key.verify_key.encode().hex())
    return key.verify_key.encode().hex()


def public_key(db: Database) -> str:
    return ensure_keys(db)


def sign(db: Database, message: bytes) -> bytes:
    ensure_keys(db)
    secret = db.meta(SECRET)
    assert secret is not None                  # ensure_keys made it
    return SigningKey(bytes.fromhex(secret)).sign(message).signature


def verify(public_hex: str, message: bytes, signature: bytes) -> bool:
    try:
        VerifyKey(bytes.fromhex(public_hex)).verify(message, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


def valid_public_key(text) -> bool:
    if not isinstance(text, str) or len(text) != 64:
        return False
    try:
        VerifyKey(bytes.fromhex(text))
    except (ValueError, TypeError):
        return False
    return True


def fingerprint(public_hex: str) -> str:
    """24 digits in groups of four: easy to read out over the phone (digits, not letters)."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).digest()
    digits = f"{int.from_bytes(digest[:16], 'big') % 10 ** 24:024d}"
    return " ".join(digits[i:i + 4] for i in range(0, 24, 4))
