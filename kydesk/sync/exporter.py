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

from kydesk.store import attachments as attachment_store
from kydesk.store import migrations, sync_store
from kydesk.store.db import Database
from kydesk.sync import package, practice_scope


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
    parts: list = field(default_factory=list)        # what build_part makes of each files-only part that follows
    sent_files: list = field(default_factory=list)   # sha256 of every file carried, in any part

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
    owners = {"progress": None if own_back else [them], "extension_request": [me], "notice": [me],
              "task_source": [me]}
    children: dict[str, list[dict]] = {}
    for table in ("progress", "extension_request", "notice", "task_source"):   # rows hanging off the task
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
    practice, practice_units = practice_scope.down_rows(db, me, unit_ids, concerned, fresh, lo)   # 三单制
    carried.update(practice_units)
    everyone = set(carried)
    for r in sync_store.rows_by_ids(db, "task", concerned).values():
        everyone.add(r["lead_unit_id"])
        everyone.update(_partners(r["partner_unit_ids"]))
    everyone.discard(None)
    units = {r["id"]: r for r in sync_store.changed_rows(db, "unit", -1, ids=sorted(carried))}
    units.update({r["id"]: r for r in sync_store.changed_rows(db, "unit", lo, ids=sorted(everyone - carried))})
    rows: dict[str, list[dict]] = {"unit": list(units.values()), "task": tasks, "progress": progress, "extension_request": answers,
                                   "notice": children["notice"], "task_source": children["task_source"]}
    rows.update(practice)
    # 佐证材料 on those tasks and on every report of them (the rows; their files go by hash, see make)
    keep = None if own_back else them
    on = attachment_store.ids_on(db, concerned, sync_store.child_ids(db, "progress", concerned))
    found = {r["id"]: r for r in sync_store.changed_rows(db, "attachment", lo, ids=on) if r["owner"] != keep}
    on_fresh = attachment_store.ids_on(db, fresh, sync_store.child_ids(db, "progress", fresh))
    found.update({r["id"]: r for r in sync_store.changed_rows(db, "attachment", -1, ids=on_fresh)
                  if r["owner"] != keep})
    rows["attachment"] = list(found.values())
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
        files = files_to_send(db, recipient["unit_code"], rows.get("attachment", []), lo, full=full)
        have = sorted(attachment_store.blob_hashes(db))
    groups = split_files(files, package_limit(db))
    package_id, group = str(uuid.uuid4()), str(uuid.uuid4())
    to = {"unit_code": recipient["unit_code"], "unit_name": recipient.get("unit_name", "")}
    part = {"n": 1, "of": len(groups), "group": group} if len(groups) > 1 else None
    data = package.build(db, package_id=package_id, recipient=to, seq=(lo, hi), full=full, acks=acks, rows=rows,
                         schema=migrations.LATEST, instances=live, blobs=_blobs(db, groups[0]), blobs_have=have,
                         part=part)
    later = [{"package_id": str(uuid.uuid4()), "recipient": to, "seq": hi, "acks": acks, "instances": live,
              "files": shas, "have": have, "part": {"n": n, "of": len(groups), "group": group}}
             for n, shas in enumerate(groups[1:], start=2)]
    counts = {t: len(v) for t, v in rows.items() if v}
    return Outgoing(data, package_id, recipient, lo, hi, full, counts, sent, later, [sha for g in groups for sha in g])


def _blobs(db: Database, shas: list[str]) -> list[tuple[str, bytes]]:
    return [(sha, attachment_store.blob_bytes(db, sha)) for sha in shas]


def build_part(db: Database, spec: dict) -> bytes:
    """A files-only part of a split export, built when it is written (one part in memory at a time; the files
    are content-addressed, so reading them after the snapshot reads the same bytes)."""
    return package.build(db, package_id=spec["package_id"], recipient=spec["recipient"],
                         seq=(spec["seq"], spec["seq"]), full=False, acks=spec["acks"], rows={},
                         schema=migrations.LATEST, instances=spec["instances"], blobs=_blobs(db, spec["files"]),
                         blobs_have=spec["have"], part=spec["part"])


FILES_PER_PACKAGE = 32          # the container allows 64 entries; the rows' tables take the rest
DEFAULT_PACKAGE_MB = 20         # what an office mailbox takes


def package_limit(db: Database) -> int:
    try:
        mb = float(db.meta("sync_package_mb") or DEFAULT_PACKAGE_MB)
    except ValueError:
        mb = DEFAULT_PACKAGE_MB
    return int(max(1.0, mb) * 1024 * 1024)


def files_to_send(db: Database, unit_code: str, attachment_rows: list[dict], ack: int, *,
                  full: bool = False) -> list[tuple[str, int]]:
    """(sha256, size) of the files the recipient lacks: those the carried rows name, and those sent before in
    a package it has acknowledged but that it still does not list (a lost part), less what it says it holds."""
    named = {r["sha256"] for r in attachment_rows if not r.get("deleted") and isinstance(r.get("sha256"), str)}
    held = set() if full else attachment_store.peer_has(db, unit_code)
    wanted = (named | attachment_store.sent_and_acknowledged(db, unit_code, ack)) - held
    out = []
    for sha in sorted(wanted):
        size = attachment_store.blob_size(db, sha)
        if size is not None:            # a file still on its way here cannot be passed on yet
            out.append((sha, size))
    return out


def split_files(files: list[tuple[str, int]], limit: int) -> list[list[str]]:
    """Files into packages of at most `limit` bytes and FILES_PER_PACKAGE files (a file over the limit goes
    alone); the first package also carries the rows, so it always exists."""
    groups: list[list[str]] = [[]]
    size = 0
    for sha, n in files:
        if groups[-1] and (size + n > limit or len(groups[-1]) >= FILES_PER_PACKAGE):
            groups.append([])
            size = 0
        groups[-1].append(sha)
        size += n
    return groups


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
        attachment_store.note_sent(db, out.recipient["unit_code"], out.sent_files, out.hi)
        sync_store.log_package(db, id=out.package_id, direction="out", peer_unit=out.recipient["unit_code"],
                               peer_name=out.recipient.get("unit_name", ""), site=db.site_id,
                               instance=db.meta("db_instance_id") or "", lo=out.lo, hi=out.hi, full=int(out.full),
                               rows=out.rows, file=path, result="exported", summary={"counts": out.counts})
