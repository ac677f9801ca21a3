"""指标 queries: indicators in the plan's order with their readings."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field

from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.units import names_by_id


@dataclass
class IndicatorRow:
    id: str
    name: str
    target: str
    nature: str = "预期性"
    measure: str = ""
    field: str = ""
    unit_id: str | None = None
    unit: str = ""
    base_value: float | None = None
    base_year: int | None = None
    target_year: int | None = None
    note: str = ""
    ord: int = 0
    owner: str = ""
    readings: list[dict] = dc_field(default_factory=list)    # {id, period, value, source, date}, in period order


def query_indicators(db: Database, ids: list[str] | None = None) -> list[IndicatorRow]:
    names = names_by_id(db)
    where, params = "NOT deleted", []
    if ids is not None:
        where += f" AND id IN ({', '.join('?' for _ in ids) or 'NULL'})"
        params = list(ids)
    out = []
    by_id = {}
    for r in db.query(f"SELECT * FROM indicator WHERE {where} ORDER BY ord, rowid", params):
        row = IndicatorRow(id=r["id"], name=r["name"], target=r["target"], nature=r["nature"],
                           measure=r["measure_unit"], field=r["field"], unit_id=r["unit_id"],
                           unit=names.get(r["unit_id"], ""), base_value=r["base_value"], base_year=r["base_year"],
                           target_year=r["target_year"], note=r["note"], ord=r["ord"], owner=r["owner"])
        out.append(row)
        by_id[row.id] = row
    for r in db.query("SELECT * FROM indicator_reading WHERE NOT deleted ORDER BY rowid"):
        if r["indicator_id"] in by_id:
            by_id[r["indicator_id"]].readings.append(
                {"id": r["id"], "period": r["period"], "value": r["value"], "source": r["source"], "date": r["date"]})
    return out


def find_id(db: Database, prefix: str) -> str | None:
    if db.conn.execute("SELECT 1 FROM indicator WHERE id = ? AND NOT deleted", (prefix,)).fetchone():
        return prefix
    if len(prefix) >= 4:
        found = db.conn.execute("SELECT id FROM indicator WHERE id LIKE ? AND NOT deleted LIMIT 2",
                                (prefix.replace("%", "") + "%",)).fetchall()
        if len(found) == 1:
            return found[0][0]
    return None


def next_ord(db: Database) -> int:
    return db.conn.execute("SELECT coalesce(max(ord), 0) + 1 FROM indicator").fetchone()[0]


def reading_id(db: Database, indicator_id: str, period: str) -> str | None:
    row = db.conn.execute("SELECT id FROM indicator_reading WHERE indicator_id = ? AND period = ? AND NOT deleted "
                          "ORDER BY rowid DESC LIMIT 1", (indicator_id, period)).fetchone()
    return row[0] if row else None


def indicator_named(db: Database, field_: str, name: str) -> str | None:
    row = db.conn.execute("SELECT id FROM indicator WHERE name = ? AND field = ? AND NOT deleted LIMIT 1",
                          (name, field_)).fetchone()
    return row[0] if row else None


def get_row(db: Database, indicator_id: str) -> dict:
    return rows.get(db, "indicator", indicator_id)
