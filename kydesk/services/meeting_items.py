"""Editing what a meeting holds after it was added: attendance, agenda, speeches, decided items.

Every change checks the meeting is still a draft (a final 纪要 is locked until 更正). A decided item that
made a task keeps that task in step (text, units, deadline) while the 纪要 is a draft; the switch "make it
a task" can be turned on later, or off while the task has no progress yet.
"""
from __future__ import annotations

from datetime import date

from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.domain.models import AttendanceRole
from kydesk.services import Changed, changed
from kydesk.services import tasks as task_services
from kydesk.services.meetings import _editable, resolve_id
from kydesk.services.units import resolve_unit, resolve_units
from kydesk.store import meetings as meeting_store
from kydesk.store import rows
from kydesk.store import tasks as task_store
from kydesk.store.db import Database

ITEM_TABLES = ("attendance", "agenda_item", "record_entry", "decision")
_KEEP = object()    # "leave this field as it is" where None is a meaningful value


def _item(db: Database, table: str, item_id: str) -> dict:
    if table not in ITEM_TABLES:
        raise ValueError(f"not a meeting item table: {table}")
    row = rows.get(db, table, item_id)
    _editable(db, row["meeting_id"])
    return row


def _siblings(db: Database, table: str, meeting_id: str) -> list[dict]:
    return meeting_store.item_ords(db, table, meeting_id)


def _renumber(db: Database, table: str, ordered_ids: list[str], current: dict[str, int]) -> None:
    for n, rid in enumerate(ordered_ids, start=1):
        if current.get(rid) != n:
            rows.update(db, table, rid, {"ord": n})


# -- attendance ----------------------------------------------------------------------------------
def update_attendance(db: Database, attendance_id: str, *, name=None, role=None, unit=_KEEP, reason=None,
                      title=None) -> Changed:
    cols = {}
    if name is not None:
        if not name.strip():
            raise ValidationError("参会人员姓名不能为空", "name")
        cols["name"] = name.strip()
    if role is not None:
        try:
            cols["role"] = AttendanceRole(str(getattr(role, "value", role)).strip()).value
        except ValueError:
            raise ValidationError(f"参会身份“{role}”无效，可选：出席、列席、请假", "role") from None
    if reason is not None:
        cols["reason"] = reason.strip()
    if title is not None:
        cols["title"] = title.strip()
    with db.tx():
        row = _item(db, "attendance", attendance_id)
        if cols.get("role", row["role"]) == AttendanceRole.LEAVE.value and not cols.get("reason", row["reason"]):
            raise ValidationError(f"{cols.get('name', row['name'])} 请假，须填写请假事由", "reason")
        if unit is not _KEEP:
            cols["unit_id"] = resolve_unit(db, (unit or "").strip() or None, field="unit")
        diff = rows.update(db, "attendance", attendance_id, cols)
    return changed("attendance", id=attendance_id) if diff else Changed(id=attendance_id)


def copy_attendance(db: Database, meeting_id: str, from_meeting_id: str) -> Changed:
    """按上次名单: everyone of another meeting, as 出席 unless they were 列席; names already here are skipped."""
    meeting_id, from_meeting_id = resolve_id(db, meeting_id), resolve_id(db, from_meeting_id)
    with db.tx():
        _editable(db, meeting_id)
        have = meeting_store.attendee_names(db, meeting_id)
        start = max([r["ord"] for r in _siblings(db, "attendance", meeting_id)] or [0])
        added = 0
        for r in meeting_store.attendance_rows(db, from_meeting_id):
            if r["name"] in have:
                continue
            added += 1
            role = AttendanceRole.OBSERVER.value if r["role"] == AttendanceRole.OBSERVER.value \
                else AttendanceRole.PRESENT.value
            rows.insert(db, "attendance", {"meeting_id": meeting_id, "name": r["name"], "role": role,
                                           "unit_id": r["unit_id"], "title": r["title"], "ord": start + added})
            have.add(r["name"])
    if not added:
        return Changed(id=meeting_id, message="上次会议的人员都已在名单中")
    return changed("attendance", id=meeting_id, message=f"已按上次会议名单添加 {added} 人")


# -- agenda and speeches -------------------------------------------------------------------------
def update_agenda(db: Database, agenda_id: str, *, title=None, presenter=None) -> Changed:
    cols = {}
    if title is not None:
        if not title.strip():
            raise ValidationError("议题不能为空", "title")
        cols["title"] = title.strip()
    if presenter is not None:
        cols["presenter"] = presenter.strip()
    with db.tx():
        _item(db, "agenda_item", agenda_id)
        diff = rows.update(db, "agenda_item", agenda_id, cols)
    return changed("agenda_item", id=agenda_id) if diff else Changed(id=agenda_id)


def update_entry(db: Database, entry_id: str, *, speaker=None, text=None, agenda_id=_KEEP) -> Changed:
    """A speech as typed so far: called on every pause in typing, so nothing typed is lost."""
    cols = {}
    if speaker is not None:
        cols["speaker"] = speaker.strip()
    if text is not None:
        cols["text"] = text.rstrip()
    if agenda_id is not _KEEP:
        cols["agenda_id"] = agenda_id
    with db.tx():
        _item(db, "record_entry", entry_id)
        diff = rows.update(db, "record_entry", entry_id, cols)
    return changed("record_entry", id=entry_id) if diff else Changed(id=entry_id)


def set_record(db: Database, meeting_id: str, text: str) -> Changed:
    """The free 会议记录 text, stored exactly as typed (autosaved while typing)."""
    meeting_id = resolve_id(db, meeting_id)
    with db.tx():
        _editable(db, meeting_id)
        diff = rows.update(db, "meeting", meeting_id, {"record": (text or "").replace("\r\n", "\n")})
    return changed("meeting", id=meeting_id) if diff else Changed(id=meeting_id)


# -- decided items -------------------------------------------------------------------------------
def _decision_context(db: Database, decision_id: str) -> tuple[dict, dict, date]:
    row = _item(db, "decision", decision_id)
    meeting = rows.get(db, "meeting", row["meeting_id"])
    return row, meeting, date.fromisoformat(meeting["date"])


def _live_task(db: Database, task_id: str | None) -> dict | None:
    if not task_id:
        return None
    try:
        return rows.get(db, "task", task_id)
    except KydeskError:
        return None   # deleted in the ledger: the decision stands on its own


def _own_task(db: Database, row: dict) -> dict | None:
    """The task this decided item made (None for none, or for a task it is only linked to)."""
    task = _live_task(db, row["task_id"])
    return task if task is not None and task["source_decision_id"] == row["id"] else None


def update_decision(db: Database, decision_id: str, *, text=None, lead_unit=_KEEP, partner_units=None, due=_KEEP,
                    today: date | None = None, leader=None, person=None, section=None, title=None) -> Changed:
    """Edit a decided item; the task it made follows (title, units, people, 板块, deadline). A task it is
    only linked to (与已有任务关联) belongs to the ledger and is left alone."""
    with db.tx():
        row, meeting, day = _decision_context(db, decision_id)
        cols, task_values = {}, {}
        if text is not None:
            if not text.strip():
                raise ValidationError("议定事项内容不能为空", "text")
            cols["text"] = text.strip()
            if not (title if title is not None else row["title"]).strip():
                task_values["title"] = text.strip()
        if title is not None:
            cols["title"] = title.strip()
            task_values["title"] = title.strip() or (cols.get("text") or row["text"])
        for key, value in (("leader", leader), ("person", person)):
            if value is not None:
                cols[key] = task_values[key] = value.strip()
        if section is not None:
            cols["section"] = section.strip()
            task_values["section"] = section.strip() or meeting_services_default_section(meeting)
        if lead_unit is not _KEEP:
            lead = (lead_unit or "").strip() or None
            cols["lead_unit_id"] = resolve_unit(db, lead)
            task_values["lead_unit"] = cols["lead_unit_id"] or ""
        if partner_units is not None:
            cols["partner_unit_ids"] = resolve_units(db, partner_units)
            task_values["partner_units"] = cols["partner_unit_ids"]
        if due is not _KEEP:
            dl = task_services._deadline_fields(db, due, today or day, meeting["year"])
            dl.pop("_start", None)
            cols["due"], cols["due_text"] = dl["due"], dl["due_text"]
            task_values["due"] = due
        diff = rows.update(db, "decision", decision_id, cols)
        tables = {"decision"} if diff else set()
        task = _own_task(db, row)
        if task is not None and task_values:
            tcols = task_services._columns(db, task_values, today or day, meeting["year"])
            if "lead_unit_id" in tcols and not tcols["lead_unit_id"]:
                tcols["lead_unit_id"] = None
            task_services._check_dates({**task, **{k: v for k, v in tcols.items() if k in ("start", "due")}})
            if rows.update(db, "task", task["id"], tcols):
                tables.add("task")
    return Changed(frozenset(tables), decision_id, "议定事项已保存" + ("，任务已同步" if "task" in tables else ""))


def meeting_services_default_section(meeting: dict) -> str:
    from kydesk.services.meetings import default_section

    return default_section(meeting)


def link_decision_task(db: Database, decision_id: str, task_id: str | None) -> Changed:
    """与已有任务关联: tie the decided item to a task already in the ledger (None: undo the link). An item
    that made its own task must first turn that off, so no task is left orphaned."""
    with db.tx():
        row, _meeting, _day = _decision_context(db, decision_id)
        if _own_task(db, row) is not None:
            raise KydeskError("该议定事项已生成了自己的任务；如要改为关联已有任务，请先取消“生成任务”")
        target = task_services.resolve_id(db, task_id) if task_id else None
        rows.update(db, "decision", decision_id, {"task_id": target})
    title = task_store.get(db, target).title if target else ""
    return Changed(frozenset({"decision"}), decision_id,
                   f"已关联任务：{title}" if target else "已取消关联", {"task_id": target})


def link_candidates(db: Database) -> list[tuple[str, str]]:
    """(task id, "title（牵头单位，时限）") of the open tasks a decided item may be linked to, ledger order."""
    from kydesk.store.units import names_by_id

    names = names_by_id(db)
    out = []
    for r in task_store.raw_rows(db, ("id", "title", "lead_unit_id", "due_text", "status")):
        if r["status"] in ("done", "cancelled"):
            continue
        extra = "，".join(x for x in (names.get(r["lead_unit_id"], ""), r["due_text"]) if x)
        out.append((r["id"], f"{r['title']}（{extra}）" if extra else r["title"]))
    return out


def set_decision_task(db: Database, decision_id: str, make_task: bool, *, today: date | None = None) -> Changed:
    """The "make it a task" switch on an existing decided item."""
    with db.tx():
        row, meeting, day = _decision_context(db, decision_id)
        task = _live_task(db, row["task_id"])
        if task is not None and task["source_decision_id"] != decision_id:      # only linked: drop the link
            if make_task:
                return Changed(id=decision_id, extra={"task_id": task["id"]})
            rows.update(db, "decision", decision_id, {"task_id": None})
            return changed("decision", id=decision_id, message="已取消与任务的关联")
        if make_task:
            if task is not None:
                return Changed(id=decision_id, extra={"task_id": task["id"]})
            due = row["due_text"] or row["due"] or None
            made = task_services.add_task(
                db, title=row["title"] or row["text"], lead_unit=row["lead_unit_id"], partner_units=_ids(row),
                due=due, section=row["section"] or meeting_services_default_section(meeting), leader=row["leader"],
                person=row["person"], source_meeting_id=meeting["id"], source_decision_id=decision_id,
                start=meeting["date"], assigned=meeting["date"], year=meeting["year"], today=today or day)
            rows.update(db, "decision", decision_id, {"task_id": made.id})
            return Changed(frozenset({"decision", "task"}), decision_id, "已生成台账任务", {"task_id": made.id})
        if task is None:
            if row["task_id"]:
                rows.update(db, "decision", decision_id, {"task_id": None})
            return changed("decision", id=decision_id)
        if _has_progress(db, task["id"]):
            raise KydeskError("该议定事项的任务已有进展记录，不能取消；如该事项不再推进，请在任务台账中将任务标为“已取消”")
        rows.tombstone(db, "task", task["id"])
        rows.update(db, "decision", decision_id, {"task_id": None})
    return Changed(frozenset({"decision", "task"}), decision_id, "已取消生成任务，台账中的任务已删除",
                   {"task_id": task["id"]})


def _ids(row: dict) -> list[str]:
    import json

    return json.loads(row["partner_unit_ids"] or "[]")


def _has_progress(db: Database, task_id: str) -> bool:
    return task_store.has_progress(db, task_id)


# -- delete, restore (undo), reorder -------------------------------------------------------------
def delete_item(db: Database, table: str, item_id: str) -> Changed:
    """Tombstone one item. An agenda item's speeches move to "no agenda item" (kept, never lost); a
    decided item takes its task along unless that task already has progress."""
    extra: dict = {"table": table}
    message = f"已删除{rows.TABLE_NAMES[table]}"
    tables = {table}
    with db.tx():
        row = _item(db, table, item_id)
        if table == "agenda_item":
            moved = meeting_store.entry_ids_under(db, item_id)
            for eid in moved:
                rows.update(db, "record_entry", eid, {"agenda_id": None})
            if moved:
                extra["entries"] = moved
                tables.add("record_entry")
                message += f"，其下 {len(moved)} 条发言记录已移到“未归入议题”"
        if table == "decision":
            task = _own_task(db, row)       # a task it was only linked to stays in the ledger
            if task is not None and not _has_progress(db, task["id"]):
                rows.tombstone(db, "task", task["id"])
                extra["task_id"] = task["id"]
                tables.add("task")
                message += "及其任务"
            elif task is not None:
                message += "；其任务已有进展，仍保留在台账中"
        rows.tombstone(db, table, item_id)
    return Changed(frozenset(tables), item_id, message, extra)


def restore_item(db: Database, table: str, item_id: str, extra: dict | None = None) -> Changed:
    """Undo of delete_item: the row, the task it took along, the speeches it let go."""
    extra = extra or {}
    tables = {table}
    with db.tx():
        row = rows.get(db, table, item_id, include_deleted=True)
        _editable(db, row["meeting_id"])
        rows.update(db, table, item_id, {"deleted": 0})
        if extra.get("task_id"):
            rows.update(db, "task", extra["task_id"], {"deleted": 0})
            tables.add("task")
        for eid in extra.get("entries", ()):
            rows.update(db, "record_entry", eid, {"agenda_id": item_id})
            tables.add("record_entry")
    return Changed(frozenset(tables), item_id, f"已恢复{rows.TABLE_NAMES[table]}")


def move_item(db: Database, table: str, item_id: str, delta: int) -> Changed:
    """Move one place up (-1) or down (+1); the numbering (一、二、…) follows the order."""
    with db.tx():
        row = _item(db, table, item_id)
        sib = _siblings(db, table, row["meeting_id"])
        ids = [r["id"] for r in sib]
        i = ids.index(item_id)
        j = max(0, min(len(ids) - 1, i + delta))
        if i == j:
            return Changed(id=item_id)
        ids.insert(j, ids.pop(i))
        _renumber(db, table, ids, {r["id"]: r["ord"] for r in sib})
    return changed(table, id=item_id)


def move_to_front(db: Database, table: str, item_id: str) -> Changed:
    with db.tx():
        row = _item(db, table, item_id)
        sib = _siblings(db, table, row["meeting_id"])
        ids = [r["id"] for r in sib]
        ids.insert(0, ids.pop(ids.index(item_id)))
        _renumber(db, table, ids, {r["id"]: r["ord"] for r in sib})
    return changed(table, id=item_id)
