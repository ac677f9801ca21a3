"""What a package to one unit carries, and the package itself.

Scope by direction (DESIGN.md "Data"):
- up (county → city) and to another install of the same unit: every row this unit owns;
- down (city → county): the city's tasks where the county leads or partners (or that were sent to it
  before), the city's progress and 延期 answers on them, and the unit rows those refer to.
Delta: only rows changed here after what the recipient acknowledged, except unit rows a carried row refers
to, which always go along (the recipient may never have been sent them).
"""
from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field

from kydesk.store import migrations, sync_store
from kydesk.store.db import Database
from kydesk.sync import package


@dataclass
class Outgoing:
    data: bytes
    package_id: str
    recipient: dict
    lo: int
    hi: int
    full: bool
    counts: dict = field(default_factory=dict)
    sent_tasks: list = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def scope(db: Database, recipient: dict) -> str:
    if recipient["unit_code"] == db.unit_code:
        return "same"
    if (db.meta("level") or "county") == "city" and recipient.get("level") != "city":
        return "down"
    return "up"


def _partners(text) -> list:
    try:
        value = json.loads(text or "[]")
    except (TypeError, ValueError):
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def select(db: Database, recipient: dict, lo: int) -> tuple[dict[str, list[dict]], list[str]]:
    me, them = db.unit_code, recipient["unit_code"]
    if scope(db, recipient) != "down":
        return {t: sync_store.changed_rows(db, t, lo, owner=me) for t in sync_store.SYNCED_TABLES}, []
    # a unit that has used more than one database (a restored backup, a copy on a second PC) gets its own
    # rows back from us, so every database of it converges on what we hold
    own_back = sync_store.ever_several_instances(db, them)
    unit_ids = sync_store.units_of(db, them, recipient.get("unit_name", ""))
    concerned = sync_store.concerned_task_ids(db, me, unit_ids, them)
    tasks = sync_store.changed_rows(db, "task", lo, ids=concerned)
    # a task the county may not have yet brings its whole history, not only what changed after the ack
    fresh = sorted(sync_store.unacknowledged_sent(db, them, [r["id"] for r in tasks], lo))
    # progress: every unit's reports on the task (relayed: every office that sees a task sees the same
    # reports); answers to 延期申请: ours
    owners = {"progress": None if own_back else [them], "extension_request": [me]}
    children = {}
    for table in ("progress", "extension_request"):
        keep, skip = (None, owners[table]) if table == "progress" else (owners[table], None)
        found = {r["id"]: r for r in sync_store.changed_rows(
            db, table, lo, ids=sync_store.child_ids(db, table, concerned, keep, not_owners=skip))}
        found.update({r["id"]: r for r in sync_store.changed_rows(
            db, table, -1, ids=sync_store.child_ids(db, table, fresh, keep, not_owners=skip))})
        children[table] = list(found.values())
    progress, answers = children["progress"], children["extension_request"]
    carried = {r["lead_unit_id"] for r in tasks if r["lead_unit_id"]}
    for r in tasks:
        carried.update(_partners(r["partner_unit_ids"]))
    carried.update(r["unit_id"] for r in progress if r["unit_id"])
    everyone = set(carried)
    for r in sync_store.rows_by_ids(db, "task", concerned).values():
        everyone.add(r["lead_unit_id"])
        everyone.update(_partners(r["partner_unit_ids"]))
    everyone.discard(None)
    units = {r["id"]: r for r in sync_store.changed_rows(db, "unit", -1, ids=sorted(carried))}
    units.update({r["id"]: r for r in sync_store.changed_rows(db, "unit", lo, ids=sorted(everyone - carried))})
    rows: dict[str, list[dict]] = {"unit": list(units.values()), "task": tasks, "progress": progress, "extension_request": answers}
    if own_back:
        for table in sync_store.SYNCED_TABLES:
            merged = {r["id"]: r for r in rows.get(table, [])}
            merged.update({r["id"]: r for r in sync_store.changed_rows(db, table, lo, owner=them)})
            rows[table] = list(merged.values())
    return rows, [r["id"] for r in tasks]


def make(db: Database, recipient: dict, *, full: bool = False) -> Outgoing:
    """Select and sign in one read transaction, so the rows and the sequence range agree."""
    instance = db.meta("db_instance_id") or ""
    with sync_store.snapshot(db):
        lo = 0 if full else sync_store.ack_of_unit(db, recipient["unit_code"], instance)
        hi = db.site_seq
        rows, sent = select(db, recipient, -1 if full else lo)
        acks = [{"site": h["site"], "instance": h["instance"], "seq": h["seq"]}
                for h in sync_store.haves_of_unit(db, recipient["unit_code"])]
        live = [{"site": s, "instance": i} for s, i in sync_store.live_instances(db, recipient["unit_code"])]
    package_id = str(uuid.uuid4())
    data = package.build(db, package_id=package_id,
                         recipient={"unit_code": recipient["unit_code"], "unit_name": recipient.get("unit_name", "")},
                         seq=(lo, hi), full=full, acks=acks, rows=rows, schema=migrations.LATEST,
                         instances=live)
    counts = {t: len(v) for t, v in rows.items() if v}
    return Outgoing(data, package_id, recipient, lo, hi, full, counts, sent)


def short_name(unit_name: str) -> str:
    """商州区康养专班 → 商州区: the file name keeps the place, which is what a clerk scans for."""
    name = re.split(r"康养|专班", unit_name or "")[0] or unit_name or ""
    return re.sub(r'[\\/:*?"<>|\s]+', "", name)[:20]


def file_name(db: Database, number: int, day: str) -> str:
    return f"{db.unit_code}-{short_name(db.meta('unit_name') or '')}-{day}-{number:04d}{package.SUFFIX}"


def record(db: Database, out: Outgoing, path: str, number: int) -> None:
    """After the file is written: the history, the export counter, the tasks now sent to that unit."""
    with db.tx():
        db.set_meta("sync_export_number", max(number, int(db.meta("sync_export_number") or 0)))
        sync_store.mark_sent(db, out.recipient["unit_code"], out.sent_tasks, out.hi)
        sync_store.log_package(db, id=out.package_id, direction="out", peer_unit=out.recipient["unit_code"],
                               peer_name=out.recipient.get("unit_name", ""), site=db.site_id,
                               instance=db.meta("db_instance_id") or "", lo=out.lo, hi=out.hi, full=int(out.full),
                               rows=out.rows, file=path, result="exported", summary={"counts": out.counts})
