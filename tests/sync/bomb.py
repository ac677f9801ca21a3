"""A zip bomb in the .kysync container (canonical layout, so only the content can refuse it): payload entries
of 1 GiB each, built streaming, compressing at a ratio under the container's limit. Used by the test and
by bench/bench_sync_bomb.py."""
from __future__ import annotations

import hashlib
import json
import os
import zlib

from kydesk.sync import zipfmt

GIB = 1024 ** 3
PIECE = 1024 * 1024


def _expanded_piece(n: int) -> bytes:
    # a little noise per MiB keeps the ratio near 120:1, under the 200:1 the container refuses outright
    return os.urandom(8 * 1024) + bytes(PIECE - 8 * 1024)


def bomb_entry(name: str, size: int = GIB) -> zipfmt.Entry:
    c = zlib.compressobj(1, zlib.DEFLATED, -15)
    raw, crc, sha = [], 0, hashlib.sha256()
    for n in range(size // PIECE):
        piece = _expanded_piece(n)
        crc = zlib.crc32(piece, crc)
        sha.update(piece)
        raw.append(c.compress(piece))
    raw.append(c.flush())
    entry = zipfmt.Entry(name, None, b"".join(raw), zipfmt.DEFLATED, crc & 0xFFFFFFFF, size)
    entry.sha = sha.hexdigest()
    return entry


def bomb_payload(entries: int = 2, size: int = GIB) -> list[zipfmt.Entry]:
    return [bomb_entry(f"payload/{t}.jsonl", size) for t in ("task", "progress")[:entries]]


def write_bomb(path, payload, *, sender: dict, recipient: dict, sign) -> None:
    """The bomb, its manifest declaring the true sizes, signed with `sign(bytes) -> bytes`."""
    files = [{"name": e.name, "table": e.name[8:-6], "rows": 1, "bytes": e.size, "sha256": e.sha,
              "stored_bytes": len(e.raw), "stored_sha256": hashlib.sha256(e.raw).hexdigest()} for e in payload]
    manifest = {"kind": "kydesk-sync", "format": 1, "schema": 4, "app": "x", "package_id": "bomb-1",
                "created": "2024-01-01T00:00:00", "sender": sender, "recipient": recipient, "full": False,
                "seq": {"from": 0, "to": 5}, "acks": [], "instances": [],
                "counts": {f["table"]: 1 for f in files}, "rows": len(files), "files": files}
    mbytes = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    sig = sign(mbytes).hex().encode("ascii")
    data = zipfmt.write([zipfmt.make_entry("manifest.json", mbytes, zipfmt.STORED),
                         zipfmt.make_entry("manifest.sig", sig, zipfmt.STORED)] + payload)
    with open(path, "wb") as fh:
        fh.write(data)
