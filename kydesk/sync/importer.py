"""Checking one package into a preview, and applying it in one transaction (the caller backs up first)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kydesk.domain.errors import KydeskError
from kydesk.store import attachments as attachment_store
from kydesk.store import backups as backup_store
from kydesk.store import rows, sync_store
from kydesk.store.db import Database
from kydesk.sync import merge, requests, zipfmt
from kydesk.sync.checks import Verified, read_file, verify
from kydesk.sync.errors import Refused
from kydesk.sync.package import files_only
from kydesk.sync.report import ImportReport


@dataclass
class Checked:
    report: ImportReport
    verified: Verified | None = None

    @property
    def applicable(self) -> bool:
        return self.verified is not None and not self.verified.already


def check(db: Database, path, *, plan: bool = True, parse: bool = True) -> Checked:
    """Every check, then (plan=True) the preview counts against the database as it is now. Writes nothing.
    parse=False leaves the rows unread (a first pass before the backup; apply needs them parsed)."""
    report = ImportReport(file=Path(path).name)
    try:
        verified = verify(db, read_file(path), report.file, parse=parse or plan)
    except Refused as e:
        report.status, report.message, report.code = "refused", str(e), e.code
        return Checked(report)
    _header(db, report, verified)
    if verified.already:
        report.status, report.message = "already", "此包已经导入过，本次没有任何改动。"
    elif plan:
        _fill(report, _classify(db, verified))
    return Checked(report, verified)


def _header(db: Database, report: ImportReport, v: Verified) -> None:
    m, s = v.package.manifest, v.package.sender
    report.package_id = v.package.id
    report.sender_code, report.sender_name = s.get("unit_code", ""), s.get("unit_name", "")
    report.sender_level = v.peer["level"]
    report.key_name, report.fingerprint = v.peer["unit_name"], v.peer["fingerprint"]
    report.signature = "valid"
    report.recipient = (m.get("recipient") or {}).get("unit_code", "")
    report.created = str(m.get("created", ""))
    report.full = bool(m.get("full"))
    report.seq_from, report.seq_to = m["seq"]["from"], m["seq"]["to"]
    report.rows = int(m.get("rows") or 0)
    report.files = len(v.package.blobs)
    if files_only(v.package):           # a later part of a split export: files only, no range of its own
        report.part = f"{m['part'].get('n')}/{m['part'].get('of')}"
        return
    have = sync_store.have(db, s["site"], s["instance"])
    if report.seq_from > have:
        report.gap = [have + 1, report.seq_from]
    report.new_instance = have == 0 and bool(sync_store.other_instances(db, s["site"], s["instance"]))
    if twins_in(db, m):
        report.twins = TWINS_HERE
    elif _sender_has_twin(db, s):
        report.twins = f"{s.get('unit_name') or s.get('unit_code')}{TWINS_THERE}"


TWINS_HERE = "本单位有两台电脑在使用同一数据库的副本"
TWINS_THERE = "有两台电脑在使用同一数据库的副本"


def twins_in(db: Database, manifest: dict) -> list[str]:
    """Other live databases of ours the sender knows of (same site: copies of this very database). Only when
    the sender lists this database too: a package made before it heard of us (after a restore) lists the
    database we replaced, which is no twin."""
    mine = db.meta("db_instance_id") or ""
    listed = {i["instance"] for i in manifest.get("instances") or [] if i["site"] == db.site_id}
    return sorted(listed - {mine}) if mine in listed else []


def _sender_has_twin(db: Database, sender: dict) -> bool:
    """The sender's database is known here and another database of its site is still in use."""
    site, me = sender["site"], sender["instance"]
    known = {r["instance"] for r in sync_store.instances_of_unit(db, sender.get("unit_code", "")) if r["site"] == site}
    live = {i for s, i in sync_store.live_instances(db, sender.get("unit_code", "")) if s == site}
    return me in known and bool(live - {me})


def _classify(db: Database, v: Verified) -> merge.Plan:
    return merge.classify(db, v.package.rows, sender=v.peer["unit_code"], relay_units=v.peer["level"] == "city")


def _fill(report: ImportReport, plan: merge.Plan) -> None:
    report.counts = {k: plan.counts.get(k, 0) for k in merge.KINDS}
    report.tables = {t: {k: c.get(k, 0) for k in merge.KINDS} for t, c in plan.tables.items()}
    report.field_changes, report.attention, report.requests = plan.field_changes, plan.attention, plan.requests
    report.refused_rows = plan.refused
    report.conflicts = len(plan.conflicts)


def apply(db: Database, checked: Checked, *, file: str = "") -> ImportReport:
    """All or nothing: the rows, the conflict log, the quarantine, the marks and the history in one transaction.
    The plan is made again inside the transaction, so what is written matches the database it is written to."""
    report, v = checked.report, checked.verified
    if v is None:                               # a refused package has nothing to apply
        raise ValueError("apply() needs a package that passed its checks (Checked.verified)")
    pkg, peer, sender = v.package, v.peer, v.package.sender
    with db.tx():
        seen = sync_store.package(db, pkg.id)
        if seen is not None:
            if seen["digest"] != pkg.digest or seen["direction"] != "in":
                raise Refused(f"{report.file} 的包编号 {pkg.id} 已经导入过，但内容不同，已拒绝。", "replay")
            report.status, report.message = "already", "此包已经导入过，本次没有任何改动。"
            return report
        _store_files(db, v, report.file)
        if files_only(pkg):
            return _files_only(db, report, v, file)
        plan = _classify(db, v)
        sync_store.defer_references(db)
        actor = db.meta("actor")
        db.set_meta("actor", f"同步：{peer['unit_name']}")
        for table in sync_store.SYNCED_TABLES:
            if plan.inserts.get(table) or plan.updates.get(table):
                sync_store.write_rows(db, table, plan.inserts.get(table, []), plan.updates.get(table, []))
        db.set_meta("actor", actor)
        _start_reported_tasks(db, plan.inserts.get("progress", []))
        requests.mirror_answers(db, plan.inserts.get("extension_request", []) +
                                plan.updates.get("extension_request", []))
        for table, loser, winner in plan.conflicts:
            sync_store.log_conflict(db, table=table, row=loser, winner=winner, package_id=pkg.id)
        for r in plan.refused:
            sync_store.quarantine(db, package_id=pkg.id, table=r["table"], row=r["row"], reason=r["reason"])
        _marks(db, pkg, peer["unit_code"], plan)
        sync_store.touch_peer(db, peer["key"])
        _fill(report, plan)
        report.status = "applied"
        report.message = f"已导入：{report.counts_line()}"
        sync_store.log_package(
            db, id=pkg.id, direction="in", peer_unit=peer["unit_code"], peer_name=peer["unit_name"],
            site=sender["site"], instance=sender["instance"], lo=report.seq_from, hi=report.seq_to,
            full=int(report.full), rows=report.rows, digest=pkg.digest, file=file or report.file, result="applied",
            summary={"counts": report.counts, "refused": len(plan.refused), "conflicts": len(plan.conflicts),
                     "attention": len(plan.attention), "gap": report.gap})
    return report


def _start_reported_tasks(db: Database, arrived: list[dict]) -> None:
    """A report arriving on a task of ours that was still 未启动 starts it (推进中), as our own report would;
    the change is ours, so it goes back down and every office shows the same status."""
    for task_id in sorted({r["task_id"] for r in arrived if not r.get("deleted")}):
        task = sync_store.rows_by_ids(db, "task", [task_id]).get(task_id)
        if task and task["owner"] in ("", db.unit_code) and task["status"] == "pending" and not task["deleted"]:
            rows.update(db, "task", task_id, {"status": "active"})


def _store_files(db: Database, v: Verified, label: str) -> None:
    """The attached files the package carries (each checked again against the signed manifest as stored),
    and what the sender says it holds, so we never send it a file it has."""
    pkg = v.package
    for sha, size in pkg.blobs.items():
        try:
            attachment_store.put_verified(db, sha, size, zipfmt.stream(pkg.entries[f"blobs/{sha}"], label, size),
                                          label=label)
        except KydeskError as e:
            raise Refused(f"{e}，已拒绝。", "tampered") from None
    attachment_store.note_peer_has(db, v.peer["unit_code"], pkg.manifest.get("blobs_have") or [])


def _files_only(db: Database, report: ImportReport, v: Verified, file: str) -> ImportReport:
    pkg, peer, sender = v.package, v.peer, v.package.sender
    sync_store.touch_peer(db, peer["key"])
    report.status = "applied"
    report.message = f"已收到佐证材料 {report.files} 个（分包 {report.part}）"
    sync_store.log_package(
        db, id=pkg.id, direction="in", peer_unit=peer["unit_code"], peer_name=peer["unit_name"],
        site=sender["site"], instance=sender["instance"], lo=0, hi=0, full=0, rows=0, digest=pkg.digest,
        file=file or report.file, result="applied", summary={"files": report.files, "part": report.part})
    return report


def _marks(db: Database, pkg, unit_code: str, plan: merge.Plan) -> None:
    """What we now have of the sender (advanced only over a contiguous, complete range), and what the sender
    says it has of ours."""
    s, m = pkg.sender, pkg.manifest
    lo, hi = m["seq"]["from"], m["seq"]["to"]
    have = sync_store.have(db, s["site"], s["instance"])
    complete = lo <= have and not plan.missing_refs
    sync_store.set_have(db, s["site"], s["instance"], unit_code, hi if complete else have)
    mine = db.meta("db_instance_id") or ""
    sync_store.note_instance(db, s["site"], s["instance"], unit_code)
    sync_store.record_ack(db, peer_site=s["site"], peer_instance=s["instance"], my_instance=mine,
                          unit_code=unit_code, seq=0, peer_hi=hi)
    others = 0
    for a in m.get("acks") or []:
        if a["site"] == db.site_id:
            sync_store.record_ack(db, peer_site=s["site"], peer_instance=s["instance"], my_instance=a["instance"],
                                  unit_code=unit_code, seq=a["seq"], peer_hi=hi)
            if a["instance"] != mine:
                others = max(others, a["seq"])
    # another database of ours (the one this backup or copy came from) has handed out change numbers up to
    # `others`: ours continue above them, so no number is ever used twice
    backup_store.raise_site_seq(db, others)
    twins = twins_in(db, m)
    db.set_meta("sync_twins", json.dumps(twins) if twins else None)
