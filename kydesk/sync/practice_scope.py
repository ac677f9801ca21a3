"""What a city package carries down of the 三单制 (exporter.select, direction "down"): the city's problems the
county leads or partners with the city's reports on them, and the milestones and monthly investment of the
city tasks the county is sent.  Up and same-unit packages carry every owned row already (SYNCED_TABLES)."""
from __future__ import annotations

import json

from kydesk.store import problems as problem_store
from kydesk.store import sync_store
from kydesk.store.db import Database


def down_rows(db: Database, me: str, unit_ids: list[str], task_ids: list[str], fresh: list[str],
              lo: int) -> tuple[dict[str, list[dict]], set[str]]:
    """(rows by table, ids of the units they refer to); a task the county may not have yet (`fresh`) brings
    all its milestones and investment, not only what changed after the acknowledgement."""
    pids = problem_store.ids_for_units(db, me, unit_ids)
    out: dict[str, list[dict]] = {
        "problem": sync_store.changed_rows(db, "problem", lo, ids=pids),
        "problem_progress": sync_store.changed_rows(db, "problem_progress", lo,
                                                    ids=problem_store.progress_ids_of(db, pids, me)),
    }
    for table in ("milestone", "investment"):
        rows = {r["id"]: r for r in sync_store.changed_rows(db, table, lo,
                                                           ids=sync_store.child_ids(db, table, task_ids, me))}
        rows.update({r["id"]: r for r in sync_store.changed_rows(db, table, -1,
                                                                ids=sync_store.child_ids(db, table, fresh, me))})
        out[table] = list(rows.values())
    units: set[str] = set()
    for r in out["problem"]:
        units.add(r["unit_id"])
        try:
            units.update(v for v in json.loads(r["partner_unit_ids"] or "[]") if isinstance(v, str))
        except (TypeError, ValueError):
            pass
    units.update(r["unit_id"] for r in out["problem_progress"])
    units.discard(None)
    return out, units
