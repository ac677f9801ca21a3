"""Units and people: lookups by id, code or name."""
from __future__ import annotations

from kydesk.domain.models import Person, Unit
from kydesk.store import rows
from kydesk.store.db import Database


def _unit(r) -> Unit:
    return Unit(id=r["id"], code=r["code"], name=r["name"], level=r["level"], parent_code=r["parent_code"],
                owner=r["owner"], rev=r["rev"], deleted=bool(r["deleted"]))


def _rows(db: Database, where: str = "NOT deleted", params=()) -> list[dict]:
    return list(db.query(f"SELECT rowid AS rid, * FROM unit WHERE {where} ORDER BY ord, code, name, rowid", params))


def _preferred(db: Database):
    """Among rows of one code: the row this site owns, then the oldest."""
    own = db.unit_code
    return lambda r: (r["owner"] != own, r["rid"])


def _one_per_code(db: Database, found: list[dict]) -> list[dict]:
    """After sync a county's own unit row (owned by the county) and the city's row for that county share a
    code: a pick list shows the code once.  Rows without a code are kept apart (no way to know they are
    the same unit)."""
    best: dict[str, dict] = {}
    key = _preferred(db)
    for r in found:
        if r["code"] and (r["code"] not in best or key(r) < key(best[r["code"]])):
            best[r["code"]] = r
    return [r for r in found if not r["code"] or best[r["code"]] is r]


def all_units(db: Database) -> list[Unit]:
    """The units for pick lists and filters: one per code."""
    return [_unit(r) for r in _one_per_code(db, _rows(db))]


def unit_groups(db: Database) -> list[tuple[str, int, str, str]]:
    """(id, rowid of the row standing for its code, that row's id, its name) for every unit row, deleted
    ones too (a task may still name one): what the ledger groups and counts by."""
    everything = _rows(db, "1")
    shown = {r["code"]: r for r in _one_per_code(db, [r for r in everything if not r["deleted"]]) if r["code"]}
    out = []
    for r in everything:
        main = shown.get(r["code"], r) if r["code"] else r
        out.append((r["id"], main["rid"], main["id"], main["name"]))
    return out


def ids_by_name(db: Database) -> dict[str, str]:
    """Every live unit's name -> its id, the row this site owns first (all_units hides the other rows of a
    code, but a spreadsheet may still name one of them)."""
    out: dict[str, str] = {}
    for r in sorted(_rows(db), key=_preferred(db)):
        out.setdefault(r["name"], r["id"])
    return out


def names_by_id(db: Database) -> dict[str, str]:
    return {r[0]: r[1] for r in db.conn.execute("SELECT id, name FROM unit")}


def find_unit(db: Database, key: str) -> Unit | None:
    """By id, then code, then exact name — never by part of a name: a new “市自然资源局” typed into a task must
    not be filed under an existing “市自然资源局商州分局”. Where two rows share a code (a county's own row and
    the city's row for it), the row this site owns. (Filters match parts of names: unit_ids_matching.)"""
    key = (key or "").strip()
    if not key:
        return None
    prefer = _preferred(db)
    for where in ("id = ?", "code = ? AND code <> ''", "name = ?"):
        found = _rows(db, f"{where} AND NOT deleted", [key])
        if found:
            return _unit(min(_one_per_code(db, found), key=prefer))
    return None


def unit_ids_matching(db: Database, text: str) -> list[str]:
    """Ids of the units a filter names (id, code or part of a name), with every row sharing their code."""
    return [r[0] for r in db.conn.execute(
        "SELECT id FROM unit WHERE NOT deleted AND (id = ?1 OR code = ?1 OR instr(name, ?1) > 0 OR (code <> '' AND "
        "code IN (SELECT code FROM unit WHERE NOT deleted AND code <> '' AND (id = ?1 OR instr(name, ?1) > 0))))",
        (text,))]


def add_unit(db: Database, name: str, code: str = "", level: str = "department", parent_code=None) -> str:
    return rows.insert(db, "unit", {"name": name, "code": code, "level": level, "parent_code": parent_code})


def all_people(db: Database) -> list[Person]:
    return [Person(id=r["id"], name=r["name"], unit_id=r["unit_id"], title=r["title"], phone=r["phone"],
                   owner=r["owner"], rev=r["rev"])
            for r in db.query("SELECT * FROM person WHERE NOT deleted ORDER BY name")]


def own_unit_id(db: Database) -> str | None:
    """This site's own unit row (the one with our code that we own)."""
    row = db.conn.execute("SELECT id FROM unit WHERE code = ? AND NOT deleted ORDER BY owner <> ?, rowid LIMIT 1",
                          (db.unit_code, db.unit_code)).fetchone()
    return row[0] if row else None


def unit_in_use(db: Database, unit_id: str) -> bool:
    """Whether a live task has this unit as its lead or among its partners."""
    return db.conn.execute(
        "SELECT 1 FROM task WHERE NOT deleted AND (lead_unit_id = ? OR instr(partner_unit_ids, ?) > 0) "
        "LIMIT 1", (unit_id, f'"{unit_id}"')).fetchone() is not None
