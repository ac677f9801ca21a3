"""Sync use cases: identity cards, trust, export to a unit, import packages (preview, backup, apply)."""
from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from kydesk.domain import clock, deadlines
from kydesk.domain.errors import KydeskError, NotFound, ValidationError
from kydesk.domain.models import TaskStatus
from kydesk.services import Changed, changed, outputs
from kydesk.services.maintenance import backup
from kydesk.store import rows, sync_store
from kydesk.store.db import Database
from kydesk.sync import exporter, importer, keys, requests
from kydesk.sync import identity as cards
from kydesk.sync.errors import Cancelled, Refused
from kydesk.sync.report import ExportResult, ImportReport

SYNC_TABLES = frozenset(sync_store.SYNCED_TABLES) | {"sync"}
QUIET_WEEKS = 4


def _tick(progress, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


# -- identity and trust ----------------------------------------------------------------------------
def my_card(db: Database) -> cards.Card:
    return cards.my_card(db)


def card_file_name(db: Database) -> str:
    return f"{db.unit_code}-{exporter.short_name(db.meta('unit_name') or '')}-身份卡.json"


def identity(db: Database, out) -> dict:
    """Write this unit's identity card (to send to the other unit, then read the fingerprint out by phone).
    Returns the card's fields and the `path` written."""
    out = Path(out)
    if out.is_dir():
        out = out / card_file_name(db)
    if not out.parent.exists():
        raise KydeskError(f"文件夹不存在：{out.parent}")
    outputs.check_output_path(db, out)
    outputs.atomic_write(out, cards.card_bytes(db))
    return {**cards.my_card(db).as_dict(), "path": str(out)}


def read_card(path) -> cards.Card:
    return cards.read_card(path)


def trust(db: Database, card_path) -> Changed:
    """Install a peer's card (after its fingerprint was compared over the phone). A city trusting a county's
    card also makes sure a unit row with that code exists, so tasks assigned to it find their way."""
    card = cards.read_card(card_path)
    if card.public_key == keys.public_key(db) or card.site_id == db.site_id:
        raise KydeskError("这是本机自己的身份卡，无需导入；请导入对方单位发来的身份卡。")
    note = ""
    with db.tx():
        others = [p for p in sync_store.peers_of_unit(db, card.unit_code) if p["key"] != card.public_key]
        new = sync_store.save_peer(db, key=card.public_key, unit_code=card.unit_code, unit_name=card.unit_name,
                                   level=card.level, site_id=card.site_id, fingerprint=card.fingerprint)
        if others:
            note = f"（该单位另有 {len(others)} 把受信任的密钥，如旧电脑已停用，可在列表中取消信任）"
        if (db.meta("level") == "city" and card.level != "city" and card.unit_code != db.unit_code):
            note += _ensure_unit(db, card)
    tables = ("sync", "unit") if "单位" in note else ("sync",)
    verb = "已信任" if new else "已重新信任"
    return Changed(frozenset(tables), card.public_key,
                   f"{verb}：{card.unit_name}（{card.unit_code}），指纹 {card.fingerprint}{note}",
                   {"card": card.as_dict(), "new": new})


def _ensure_unit(db: Database, card: cards.Card) -> str:
    if sync_store.unit_with_code(db, card.unit_code):
        return ""
    found = sync_store.unit_named_without_code(db, card.unit_name)
    if found and found["owner"] in ("", db.unit_code):
        rows.update(db, "unit", found["id"], {"code": card.unit_code, "level": card.level}, enforce_owner=False)
        return f"；已为单位“{card.unit_name}”填上代码 {card.unit_code}"
    rows.insert(db, "unit", {"code": card.unit_code, "name": card.unit_name, "level": card.level})
    return f"；已添加单位“{card.unit_name}”"


def untrust(db: Database, key: str) -> Changed:
    p = sync_store.peer(db, key)
    if p is None:
        raise NotFound("找不到这把密钥")
    with db.tx():
        sync_store.set_trusted(db, key, False)
    return changed("sync", id=key, message=f"已取消信任：{p['unit_name']}（{p['unit_code']}）的密钥 {p['fingerprint']}")


def peers(db: Database, *, today: date | None = None, weeks: int | None = None) -> list[dict]:
    """Trusted units with when we last heard from them; `quiet` flags those silent for N weeks or more."""
    weeks = quiet_weeks(db) if weeks is None else weeks
    now = datetime.combine(today, datetime.min.time()) if today else datetime.now()
    out = []
    for p in sync_store.peers(db):
        heard = datetime.fromisoformat(p["last_heard"]) if p["last_heard"] else None
        # a unit never heard from is quiet only once it has been trusted that long: not on the day it is added
        since = heard or _parse_time(p.get("added_at"))
        p["quiet"] = bool(p["trusted"]) and (since is None or (now - since).days >= weeks * 7)
        p["quiet_days"] = (now - heard).days if heard else None
        out.append(p)
    return out


def _parse_time(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None) if text else None
    except ValueError:
        return None


def quiet_weeks(db: Database) -> int:
    """How many weeks of silence flag a peer (设置 in 同步 → 同步记录; services.settings checks 1–52)."""
    try:
        return min(52, max(1, int(db.meta("sync_quiet_weeks") or QUIET_WEEKS)))
    except ValueError:
        return QUIET_WEEKS


def recipients(db: Database) -> list[dict]:
    """Units a package can go to: one entry per trusted unit code."""
    seen: dict[str, dict] = {}
    for p in sync_store.peers(db):
        if p["trusted"] and p["unit_code"] not in seen:
            seen[p["unit_code"]] = {"unit_code": p["unit_code"], "unit_name": p["unit_name"], "level": p["level"]}
    return list(seen.values())


# -- export ----------------------------------------------------------------------------------------
def _recipient(db: Database, unit_code: str) -> dict:
    code = (unit_code or "").strip()
    for r in recipients(db):
        if r["unit_code"] == code:
            return r
    if code and code == db.unit_code:     # no other PC of ours is trusted either
        raise KydeskError(f"{code} 是本单位自己的代码：同步包要导出给对方单位（如市专班或县区专班）；"
                          "本单位另一台电脑须先导入并核对它的身份卡。")
    raise KydeskError(f"还没有单位 {code} 的身份卡：请先用“kydesk sync trust 身份卡.json”导入并电话核对指纹，"
                      "再导出给它。")


def default_name(db: Database) -> str:
    number = int(db.meta("sync_export_number") or 0) + 1
    return exporter.file_name(db, number, clock.today().strftime("%Y%m%d"))


def export(db: Database, to_unit: str, *, full: bool = False, out=None, progress=None) -> ExportResult:
    """One .kysync file holding every change the unit has not acknowledged (or, full, everything relevant).
    Without a file name the name is made from the unit, the day and a number, and a name another export
    (another window, a batch job) took meanwhile is never reused: the next number is taken instead."""
    recipient = _recipient(db, to_unit)
    _tick(progress, 0, 3)
    number = int(db.meta("sync_export_number") or 0) + 1
    day = clock.today().strftime("%Y%m%d")
    path = Path(out) if out else None
    named = path is not None and not path.is_dir()
    if path is not None and named:
        if path.suffix.lower() != ".kysync":
            path = path.with_name(path.name + ".kysync")
        if not path.parent.exists():
            raise KydeskError(f"导出文件夹不存在：{path.parent}")
        outputs.check_output_path(db, path)
    else:
        folder = path or Path(".")
        if not folder.exists():
            raise KydeskError(f"导出文件夹不存在：{folder}")
    outgoing = exporter.make(db, recipient, full=full)
    _tick(progress, 2, 3)
    if named:
        outputs.atomic_write(path, outgoing.data)
    else:
        for _ in range(10000):
            path = folder / exporter.file_name(db, number, day)
            outputs.check_output_path(db, path)
            try:
                outputs.atomic_write(path, outgoing.data, exclusive=True)
                break
            except FileExistsError:
                number += 1
    paths = _write_parts(db, Path(str(path)), outgoing) if outgoing.parts else [Path(str(path))]
    exporter.record(db, outgoing, str(paths[0]), number)
    _tick(progress, 3, 3)
    return ExportResult(path=str(paths[0]), package_id=outgoing.package_id, recipient_code=recipient["unit_code"],
                        recipient_name=recipient["unit_name"], rows=outgoing.rows,
                        bytes=sum(p.stat().st_size for p in paths),
                        full=full, seq_from=outgoing.lo, seq_to=outgoing.hi, counts=outgoing.counts,
                        files=len(outgoing.sent_files), paths=[str(p) for p in paths])


def _write_parts(db: Database, first: Path, outgoing) -> list[Path]:
    """An export whose files exceed the package limit: NAME-1of3.kysync (the rows and some files), then the
    files-only parts; any order of import converges. The first, already written, is renamed last, so a
    failure leaves no part-numbered set that lacks its rows."""
    total = len(outgoing.parts) + 1
    named = [first.with_name(f"{first.stem}-{n}of{total}{first.suffix}") for n in range(1, total + 1)]
    for target in named:
        outputs.check_output_path(db, target)
        if target.exists():
            raise KydeskError(f"{target} 已存在：请换一个文件名或文件夹再导出")
    written = []
    try:
        for target, spec in zip(named[1:], outgoing.parts):
            outputs.atomic_write(target, exporter.build_part(db, spec), exclusive=True)
            written.append(target)
        os.replace(first, named[0])
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        first.unlink(missing_ok=True)
        raise
    return named


# -- import ----------------------------------------------------------------------------------------
def preview(db: Database, paths, *, progress=None) -> list[ImportReport]:
    return import_packages(db, paths, dry_run=True, progress=progress)


def import_packages(db: Database, paths, *, dry_run: bool = False, progress=None) -> list[ImportReport]:
    """Check every file first; with dry_run that is all (the preview). Otherwise one backup, then each package
    that passed in its own transaction: a refused package never blocks the others, and never half-applies.

    Packages are read again when applied rather than held: a province importing 100 counties' packages
    keeps one package's rows in memory at a time."""
    paths = [Path(p) for p in paths]
    if not paths:
        raise ValidationError("没有选择要导入的同步包", "files")
    total = len(paths) * (1 if dry_run else 2)
    reports, todo, checks = [], [], []
    for i, p in enumerate(paths):
        _tick(progress, i, total)
        # every row read and checked before anything is written (the backup and its counter included);
        # the rows are let go again and read once more when applied, one package at a time
        checked = importer.check(db, p, plan=dry_run, parse=True)
        if checked.verified is not None and len(paths) > 1:
            checked.verified.package.rows = {}
            checked.verified.package.entries = {}       # the file's bytes (attached files too): read again
        reports.append(checked.report)
        checks.append(checked)
        if checked.applicable:
            todo.append(i)
    if dry_run or not todo:
        _tick(progress, total, total)
        return reports
    kept = backup(db, reason="before-sync") if db.path is not None else None
    for n, i in enumerate(todo):
        try:
            _tick(progress, len(paths) + n, total)
        except Cancelled:
            if n:
                raise KydeskError(f"已取消：前 {n} 个同步包已导入，其余 {len(todo) - n} 个未导入。") from None
            raise
        # one package is applied as it was checked; of many, each is read again (one in memory at a time)
        checked = checks[i] if len(paths) == 1 else importer.check(db, paths[i], plan=False)
        if checked.applicable:
            try:
                importer.apply(db, checked, file=str(paths[i]))
            except Refused as e:
                checked.report.status, checked.report.message, checked.report.code = "refused", str(e), e.code
        checked.report.backup = str(kept) if kept and checked.report.status == "applied" else None
        reports[i] = checked.report
    _tick(progress, total, total)
    return reports


def import_changed(reports: list[ImportReport]) -> Changed:
    """What the window refreshes after an import."""
    applied = [r for r in reports if r.status == "applied"]
    tables: set[str] = set()
    for r in applied:
        tables.update(t for t, c in r.tables.items() if c.get("new") or c.get("updated") or c.get("deleted"))
    msg = f"已导入 {len(applied)} 个同步包" if applied else "没有导入任何同步包"
    return Changed(frozenset(tables | {"sync"}) if applied else frozenset(), None, msg)


TWINS_ADVICE = "两处的修改经市级互相转达，不会丢失；请尽快只保留一台电脑使用，另一台停用。"


def twin_warnings(db: Database) -> list[str]:
    """Plain words for the clerk when one database is in use on two PCs: ours (the city told us in its
    last package), or, at the city, each unit it hears from on two copies."""
    out = []
    if db.meta("sync_twins"):
        out.append(f"{importer.TWINS_HERE}。{TWINS_ADVICE}")
    names = {p["unit_code"]: p["unit_name"] for p in sync_store.peers(db)}
    for code in sorted(names):
        sites = [site for site, _ in sync_store.live_instances(db, code)]
        if len(sites) != len(set(sites)):
            out.append(f"{names[code]}（{code}）{importer.TWINS_THERE}：其两台电脑的修改由本单位互相转达。")
    return out


def history(db: Database, limit: int = 500) -> list[dict]:
    return sync_store.history(db, limit)


def quarantined(db: Database) -> list[dict]:
    return sync_store.quarantined(db)


def conflicts(db: Database) -> list[dict]:
    return sync_store.conflicts(db)


class NeedsConfirmation(KydeskError):
    """Granting would override a later deadline or move it earlier: the clerk must say so explicitly."""

    def __init__(self, message: str, warnings: list[str]):
        super().__init__(message)
        self.warnings = warnings


# -- 延期申请: the county's request travels up as its own row, the city's answer comes down as the city's --
STATE_NAMES = {"pending": "待批复", "granted": "已同意", "refused": "未同意"}


def find_request(db: Database, request_id: str) -> str:
    found = sync_store.find_request_id(db, (request_id or "").strip())
    if not found:
        raise NotFound(f"找不到延期申请：{request_id}（请用“kydesk sync requests”查看申请编号）")
    return found


def extension_requests(db: Database, *, pending_only: bool = False) -> list[dict]:
    """延期申请 as both sides read them: the city the requests of its counties, a county its own requests.
    The state is the answer's once there is one (at the city at once, at the county after the exchange);
    a withdrawn (undone) answer reads as pending again. Those waiting for our answer come first."""
    me, out = db.unit_code, []
    found = sync_store.extension_requests(db)
    answers = requests.answers_for(db, [r["id"] for r in found])
    for r in found:
        a = answers.get(r["id"])
        state, text = r["state"], r["answer"]
        if a is not None and a["owner"] == r["task_owner"]:
            state, text = ("pending", "") if a["deleted"] else (a["state"], a["answer"])
        ours = r["task_owner"] == me
        out.append({"id": r["id"], "kind": r.get("kind") or "postpone", "task_id": r["task_id"],
                    "task_title": r["task_title"], "unit": r["unit_name"],
                    "unit_code": r["owner"], "old_due": r["old_due"], "old_due_text": r["old_due_text"],
                    "new_due": r["new_due"], "new_due_text": r["new_due_text"], "reason": r["reason"],
                    "state": state, "state_text": STATE_NAMES.get(state, state), "answer": text,
                    "at": r["at"], "mine": r["owner"] == me, "ours_to_answer": ours,
                    "can_answer": ours and state == "pending", "task_deleted": bool(r["task_deleted"]),
                    "task_due": r["task_due"], "task_due_text": r["task_due_text"],
                    "warnings": requests.grant_warnings(r, {"due": r["task_due"], "due_text": r["task_due_text"]})
                    if ours and state == "pending" and r.get("kind") != "done" else []})
    if pending_only:
        out = [r for r in out if r["state"] == "pending"]
    out.sort(key=lambda r: not r["can_answer"])
    return out


def extension_request(db: Database, request_id: str) -> dict:
    rid = find_request(db, request_id)
    for r in extension_requests(db):
        if r["id"] == rid:
            return r
    raise KydeskError("这是本单位自己调整时限的记录（或对申请的批复），不是延期申请。")


def waiting_answers(db: Database) -> int:
    """How many requests wait for our answer (the 延期申请 tab's count)."""
    return sum(1 for r in extension_requests(db) if r["can_answer"])


def answer_extension(db: Database, request_id: str, *, grant: bool, answer: str = "",
                     confirm: bool = False) -> Changed:
    """The task's owner grants (the deadline moves; the old one stays in the request and the task's
    修改记录) or refuses a 延期申请, once. The request stays the county's row; the answer is a row of ours with
    a derived id, carried down with the task. An undone answer (tombstoned) may be given again."""
    rid = find_request(db, request_id)
    with db.tx():
        req = rows.get(db, "extension_request", rid)
        task = rows.get(db, "task", req["task_id"], include_deleted=True)
        if task["owner"] not in ("", db.unit_code):
            raise KydeskError(f"任务“{task['title']}”由 {task['owner']} 负责，只有它能批复延期申请；"
                              "本单位的申请会在导入对方的同步包后看到批复。")
        if req["owner"] in ("", db.unit_code):
            raise KydeskError("这是本单位自己调整时限的记录（或对申请的批复），不是下级单位的延期申请，无需批复。")
        prior = requests.answers_for(db, [rid]).get(rid)
        if prior is not None and not prior["deleted"]:
            raise KydeskError(f"这条延期申请已经批复（{STATE_NAMES.get(prior['state'], prior['state'])}），"
                              "不能重复批复；如需再调整时限，请直接修改任务。")
        if grant and task["deleted"]:
            raise KydeskError(f"任务“{task['title']}”已删除，不能同意延期（可以选择不同意）。")
        done = req.get("kind") == "done"
        warnings = requests.grant_warnings(req, task) if grant and not done else []
        if warnings and not confirm:
            raise NeedsConfirmation("；".join(warnings) + "。确认同意请加 --confirm（窗口中会请您确认）。", warnings)
        values = {"task_id": req["task_id"], "kind": req.get("kind") or "postpone",
                  "old_due": req["old_due"], "old_due_text": req["old_due_text"],
                  "new_due": req["new_due"], "new_due_text": req["new_due_text"], "reason": req["reason"],
                  "state": "granted" if grant else "refused", "answer": (answer or "").strip(), "deleted": 0}
        if prior is not None:
            aid = prior["id"]
            rows.update(db, "extension_request", aid, values)
        else:
            aid = rows.insert(db, "extension_request", {**values, "request_id": rid})
        if grant and done:      # 销号申请 confirmed: the task is done on the day the county reported it
            rows.update(db, "task", req["task_id"], {"status": TaskStatus.DONE.value, "percent": 100,
                                                     "done_date": req["new_due"] or clock.today().isoformat()})
        elif grant:
            rows.update(db, "task", req["task_id"], _granted_deadline(db, req, task))
    if done:
        verdict = "已确认销号" if grant else "已退回销号申请"
        return changed("extension_request", "task", id=aid,
                       message=f"{verdict}：{task['title']}（{req['owner']}）；结果将随下次导出的同步包送达")
    verdict = "已同意" if grant else "未同意"
    moved = f"，时限已调整为 {req['new_due_text'] or req['new_due']}" if grant else ""
    return changed("extension_request", "task", id=aid,
                   message=f"{verdict}延期申请：{task['title']}（{req['owner']}）{moved}；批复将随下次导出的同步包送达")


def _granted_deadline(db: Database, req: dict, task: dict) -> dict:
    """The requested deadline as the task's: the date as asked, the phrase beside it, and what the phrase
    says of recurrence or 长期坚持 (read again here: the request carries only the date and the phrase)."""
    out = {"due": req["new_due"], "due_text": req["new_due_text"] or (req["new_due"] or ""), "ongoing": 0,
           "recurrence": None}
    if req["new_due_text"]:
        year = int(req["new_due"][:4]) if req["new_due"] else int(db.meta("year") or clock.today().year)
        try:
            d = deadlines.parse_deadline(req["new_due_text"], year)
            out.update(ongoing=int(d.ongoing), recurrence=d.recurrence)
        except ValueError:
            pass
    if task["start"] and out["due"] and out["due"] < task["start"]:
        raise KydeskError(f"申请的时限（{out['due']}）早于任务的开始日期（{task['start']}），不能同意；"
                          "请选择不同意并说明理由。")
    return out


def extension_answer(db: Database, request_id: str) -> dict | None:
    """The answer to one of our requests, once it has come down (None while pending)."""
    found = requests.answers_for(db, [request_id]).get(request_id)
    return found if found is not None and not found["deleted"] else None
