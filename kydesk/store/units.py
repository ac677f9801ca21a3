"""Units and people: lookups by id, code or name."""
from __future__ import annotations

from kydesk.domain.models import Person, Unit
from kydesk.store import rows
from kydesk.store.db import Database


def _unit(r) -> Unit:
    return Unit(id=r["id"], code=r["code"], name=r["name"], level=r["level"], parent_code=r["parent_code"],
                owner=r["owner"], rev=r["rev"], deleted=bool(r["deleted"]))


def all_units(db: Database) -> list[Unit]:
    return [_unit(r) for r in db.query("SELECT * FROM unit WHERE NOT deleted ORDER BY ord, code, name")]


def names_by_id(db: Database) -> dict[str, str]:
    return {r[0]: r[1] for r in db.conn.execute("SELECT id, name FROM unit")}


def find_unit(db: Database, key: str) -> Unit | None:
    """By id, then code, then exact name, then a unique name containing the key."""
    key = (key or "").strip()
    if not key:
        return None
    for sql in ("SELECT * FROM unit WHERE id = ? AND NOT deleted",
                "SELECT * FROM unit WHERE code = ? AND code <> '' AND NOT deleted",
                "SELECT * FROM unit WHERE name = ? AND NOT deleted"):
        found = list(db.query(sql, [key]))
        if found:
            return _unit(found[0])
    found = list(db.query("SELECT * FROM unit WHERE instr(name, ?) > 0 AND NOT deleted", [key]))
    return _unit(found[0]) if len(found) == 1 else None


def unit_ids_matching(db: Database, text: str) -> list[str]:
    return [r[0] for r in db.conn.execute(
        "SELECT id FROM unit WHERE NOT deleted AND (id = ? OR code = ? OR instr(name, ?) > 0)", (text, text, text))]


def add_unit(db: Database, name: str, code: str = "", level: str = "department", parent_code=None) -> str:
    return rows.insert(db, "unit", {"name": name, "code": code, "level": level, "parent_code": parent_code})


def all_people(db: Database) -> list[Person]:
    return [Person(id=r["id"], name=r["name"], unit_id=r["unit_id"], title=r["title"], phone=r["phone"],
                   owner=r["owner"], rev=r["rev"])
            for r in db.query("SELECT * FROM person WHERE NOT deleted ORDER BY name")]
