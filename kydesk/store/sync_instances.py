"""What this install knows of its peers' databases: what it applied of each (have), what each says it has of
ours (ack), and which databases of a unit are in use (instances: a restored backup or a copy is a new one).
Local tables of migrations 3 and 4; sync_store re-exports these names."""
from __future__ import annotations

from kydesk.store.db import Database


def _dicts(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


# -- have (what we applied of theirs) and ack (what they applied of ours) ---------------------------
def have(db: Database, site: str, instance: str) -> int:
    row = db.conn.execute("SELECT seq FROM sync_have WHERE site = ? AND instance = ?", (site, instance)).fetchone()
    return row[0] if row else 0


def other_instances(db: Database, site: str, instance: str) -> list[str]:
    return [r[0] for r in db.conn.execute(
        "SELECT instance FROM sync_have WHERE site = ? AND instance <> ?", (site, instance))]


def set_have(db: Database, site: str, instance: str, unit_code: str, seq: int) -> None:
    db.conn.execute(
        "INSERT INTO sync_have (site, instance, unit_code, seq) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(site, instance) DO UPDATE SET seq = max(seq, excluded.seq), unit_code = excluded.unit_code",
        (site, instance, unit_code, seq))


def haves_of_unit(db: Database, unit_code: str) -> list[dict]:
    return _dicts(db.conn.execute(
        "SELECT site, instance, seq FROM sync_have WHERE unit_code = ? ORDER BY site, instance", (unit_code,)))


def record_ack(db: Database, *, peer_site: str, peer_instance: str, my_instance: str, unit_code: str,
               seq: int, peer_hi: int) -> None:
    heard = db.conn.execute("SELECT coalesce(max(heard), 0) + 1 FROM sync_ack").fetchone()[0]
    db.conn.execute(
        "INSERT INTO sync_ack (peer_site, peer_instance, my_instance, unit_code, seq, peer_hi, heard) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(peer_site, peer_instance, my_instance) DO UPDATE SET "
        "seq = max(seq, excluded.seq), peer_hi = max(peer_hi, excluded.peer_hi), heard = excluded.heard, "
        "unit_code = excluded.unit_code",
        (peer_site, peer_instance, my_instance, unit_code, seq, peer_hi, heard))
    # every row of that peer database moves together, so its newest database can be told apart
    db.conn.execute("UPDATE sync_ack SET peer_hi = max(peer_hi, ?), heard = ? WHERE peer_site = ? "
                    "AND peer_instance = ?", (peer_hi, heard, peer_site, peer_instance))


def ack_of_unit(db: Database, unit_code: str, my_instance: str) -> int:
    """What every live database of the unit has of ours: the lowest acknowledgement among them. A restored
    database is a new instance with its own (lower) acknowledgement, and the one it replaced stops counting
    once it falls silent; two live copies both count, so neither is starved."""
    acks = []
    for site, instance in live_instances(db, unit_code):
        row = db.conn.execute("SELECT seq FROM sync_ack WHERE peer_site = ? AND peer_instance = ? AND "
                              "my_instance = ?", (site, instance, my_instance)).fetchone()
        acks.append(row[0] if row else 0)
    return min(acks) if acks else 0


RETIRE_AFTER = 10   # packages from another database of the same site, after which a silent one stops counting


def note_instance(db: Database, site: str, instance: str, unit_code: str) -> None:
    """A package from this database of the unit has just been applied."""
    heard = db.conn.execute("SELECT coalesce(max(heard), 0) FROM sync_ack").fetchone()[0]
    heard = max(heard, db.conn.execute("SELECT coalesce(max(last_heard), 0) FROM sync_instance").fetchone()[0]) + 1
    db.conn.execute(
        "INSERT INTO sync_instance (site, instance, unit_code, first_heard, last_heard) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(site, instance) DO UPDATE SET last_heard = excluded.last_heard, unit_code = excluded.unit_code",
        (site, instance, unit_code, heard, heard))


def instances_of_unit(db: Database, unit_code: str) -> list[dict]:
    return _dicts(db.conn.execute("SELECT * FROM sync_instance WHERE unit_code = ? ORDER BY site, first_heard",
                                  (unit_code,)))


def live_instances(db: Database, unit_code: str) -> list[tuple[str, str]]:
    """(site, instance) of the unit's databases still in use: per site the newest one, and any other that
    has sent a package since the newest appeared (a copy used beside it) and has not fallen silent for
    RETIRE_AFTER packages of the others."""
    by_site: dict[str, list[dict]] = {}
    for r in instances_of_unit(db, unit_code):
        by_site.setdefault(r["site"], []).append(r)
    out = []
    for site, found in by_site.items():
        newest = max(found, key=lambda r: r["first_heard"])
        live = [r for r in found if r["last_heard"] >= newest["first_heard"]
                and _packages_since(db, site, r) < RETIRE_AFTER]
        out += [(site, r["instance"]) for r in (live or [newest])]
    return out


def _packages_since(db: Database, site: str, inst: dict) -> int:
    """How many packages other databases of the site sent after this one last spoke."""
    return db.conn.execute(
        "SELECT count(*) FROM sync_package WHERE direction = 'in' AND site = ? AND instance <> ? AND rowid > "
        "coalesce((SELECT max(rowid) FROM sync_package WHERE direction = 'in' AND site = ? AND instance = ?), 0)",
        (site, inst["instance"], site, inst["instance"])).fetchone()[0]


def ever_several_instances(db: Database, unit_code: str) -> bool:
    """The unit has used more than one database (restored, copied): its own rows are relayed back to it."""
    return db.conn.execute("SELECT count(*) FROM sync_instance WHERE unit_code = ?",
                           (unit_code,)).fetchone()[0] > 1
