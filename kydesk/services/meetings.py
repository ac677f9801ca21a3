"""Meeting use cases: plan, attend, agenda, record, decide (optionally as a task), summary, finalise."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date, timedelta

from kydesk.domain import clock, workdays
from kydesk.domain.errors import KydeskError, NotFound, ValidationError
from kydesk.domain.models import MEETING_KINDS, AttendanceRole, Meeting
from kydesk.services import Changed, changed
from kydesk.services import tasks as task_services
from kydesk.services.units import resolve_unit, resolve_units
from kydesk.store import meetings as q
from kydesk.store import rows
from kydesk.store.db import Database


def resolve_id(db: Database, meeting_id: str) -> str:
    found = q.find_id(db, (meeting_id or "").strip())
    if not found:
        raise NotFound(f"找不到会议：{meeting_id}（请用“kydesk meeting list”查看会议编号）")
    return found


def _meeting_date(value) -> date:
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(f"会议日期“{value}”无效，请写成 YYYY-MM-DD，如 2024-07-05", "date") from None
    if not 1990 <= day.year <= 2100:
        raise ValidationError(f"会议日期“{value}”的年份不合理（应在 1990–2100 之间）", "date")
    return day


def _meeting_time(value: str) -> str:
    """"15:00", "9:30" or empty; kept as typed (zero-padded) for print."""
    text = (value or "").strip().replace("：", ":")
    if not text:
        return ""
    hh, _, mm = text.partition(":")
    if hh.isdigit() and mm.isdigit() and 0 <= int(hh) <= 23 and 0 <= int(mm) <= 59 and len(mm) == 2:
        return f"{int(hh):02d}:{mm}"
    raise ValidationError(f"会议时间“{value}”无效，请写成 时:分，如 15:00", "time")


def proposed_next_date(db: Database, today: date | None = None, *, kind: str | None = None) -> date:
    """推进会 are fortnightly: two weeks after the last one (of `kind` when given), or today; moved on to the
    next working day when that falls on a weekend or holiday (the user's holiday table counts)."""
    from kydesk.services.calendar import tables

    last = q.last_date(db, kind)
    today = today or clock.today()
    day = today
    if last:
        day = max(date.fromisoformat(last) + timedelta(days=14), today)
    off, on = tables(db)
    while not workdays.is_workday(day, off, on):
        day += timedelta(days=1)
    return day


def add_meeting(db: Database, *, title: str, date_, kind: str = "推进会", place: str = "", chair: str = "",
                recorder: str = "", time: str = "", number: int | None = None) -> Changed:
    title = (title or "").strip()
    if not title:
        raise ValidationError("会议名称不能为空", "title")
    if kind not in MEETING_KINDS:
        raise ValidationError(f"会议类型“{kind}”无效，可选：{'、'.join(MEETING_KINDS)}", "kind")
    day = _meeting_date(date_)
    with db.tx():
        if number:
            _check_number(db, day.year, kind, number)
        num = number or q.next_number(db, day.year, kind)
        mid = rows.insert(db, "meeting", {"title": title, "date": day, "year": day.year, "kind": kind,
                                          "number": num, "place": place.strip(), "chair": chair.strip(),
                                          "recorder": recorder.strip(), "time": _meeting_time(time)})
    return changed("meeting", id=mid, message=f"已添加会议：{title}（第{num}期）")


def next_number(db: Database, year: int, kind: str = "推进会") -> int:
    """期号 run per year and kind: the next free one."""
    return q.next_number(db, year, kind)


def _check_number(db: Database, year: int, kind: str, number, except_id: str | None = None) -> int:
    try:
        n = int(number)
    except (TypeError, ValueError):
        raise ValidationError(f"期号“{number}”须为正整数", "number") from None
    if n < 1:
        raise ValidationError(f"期号须为正整数，收到 {n}", "number")
    taken = q.ids_numbered(db, year, kind, n)
    if any(mid != except_id for mid in taken):
        raise ValidationError(f"{year}年{kind}第{n}期已经有了，请换一个期号", "number")
    return n


def _editable(db: Database, meeting_id: str) -> dict:
    row = rows.get(db, "meeting", meeting_id)
    if row["state"] == "final":
        raise KydeskError("该会议纪要已定稿（锁定），如需更正请先“更正纪要”生成新版本")
    return row


def attend(db: Database, meeting_id: str, *, name: str, role: str = "出席", unit: str | None = None,
           reason: str = "", title: str = "", reason_required: bool = True) -> Changed:
    """Register one attendee. 请假 needs a reason; `reason_required=False` is for the command line, whose
    contract has --reason optional (the batch scripts of the city office rely on it): it warns instead."""
    meeting_id = resolve_id(db, meeting_id)
    name = (name or "").strip()
    if not name:
        raise ValidationError("参会人员姓名不能为空", "name")
    try:
        role_v = AttendanceRole(role.strip())
    except ValueError:
        raise ValidationError(f"参会身份“{role}”无效，可选：出席、列席、请假", "role") from None
    if role_v == AttendanceRole.LEAVE and not (reason or "").strip() and reason_required:
        raise ValidationError(f"{name} 请假，须填写请假事由（如 出差、公务冲突）", "reason")
    with db.tx():
        _editable(db, meeting_id)
        already = q.attendee_role(db, meeting_id, name)
        if already:
            raise ValidationError(f"{name} 已登记为{already}，不能重复登记；如需改变身份，请修改原登记", "name")
        aid = rows.insert(db, "attendance", {
            "meeting_id": meeting_id, "name": name, "role": role_v.value, "unit_id": resolve_unit(db, unit),
            # a reason belongs to 请假 only; for 出席/列席 it would print as if they had been excused
            "reason": (reason or "").strip() if role_v == AttendanceRole.LEAVE else "", "title": title.strip(),
            "ord": q.max_ord(db, "attendance", meeting_id) + 1})
    return changed("attendance", id=aid, message=f"已登记{role_v.value}：{name}")


def add_agenda(db: Database, meeting_id: str, *, title: str, presenter: str = "") -> Changed:
    meeting_id = resolve_id(db, meeting_id)
    if not (title or "").strip():
        raise ValidationError("议题不能为空", "title")
    with db.tx():
        _editable(db, meeting_id)
        aid = rows.insert(db, "agenda_item", {"meeting_id": meeting_id, "title": title.strip(),
                                              "presenter": presenter.strip(),
                                              "ord": q.max_ord(db, "agenda_item", meeting_id) + 1})
    return changed("agenda_item", id=aid)


def add_entry(db: Database, meeting_id: str, *, speaker: str, text: str, agenda_id: str | None = None) -> Changed:
    meeting_id = resolve_id(db, meeting_id)
    with db.tx():
        _editable(db, meeting_id)
        eid = rows.insert(db, "record_entry", {"meeting_id": meeting_id, "speaker": speaker.strip(),
                                               "text": text.strip(), "agenda_id": agenda_id,
                                               "ord": q.max_ord(db, "record_entry", meeting_id) + 1})
    return changed("record_entry", id=eid)


def decide(db: Database, meeting_id: str, *, text: str, lead_unit: str | None = None, partner_units=(),
           due: str | None = None, make_task: bool = False, today: date | None = None, leader: str = "",
           person: str = "", section: str = "", title: str = "", link_task: str | None = None) -> Changed:
    """A decided item; with make_task it becomes a ledger task whose source is this meeting, with
    link_task it is tied to a task already in the ledger (与已有任务关联) instead of making a duplicate.
    `title` is the task's short name (the decision sentence stays the 纪要's wording)."""
    meeting_id = resolve_id(db, meeting_id)
    text = (text or "").strip()
    if not text:
        raise ValidationError("议定事项内容不能为空", "text")
    if make_task and link_task:
        raise ValidationError("“生成任务”与“与已有任务关联”只能选一个", "link_task")
    people = {"leader": (leader or "").strip(), "person": (person or "").strip(),
              "section": (section or "").strip(), "title": (title or "").strip()}
    with db.tx():
        meeting = _editable(db, meeting_id)
        linked = task_services.resolve_id(db, link_task) if link_task else None
        held = date.fromisoformat(meeting["date"])
        year = meeting["year"]
        dl = task_services._deadline_fields(db, due, today or held, year)
        if dl["due"] is not None and dl["due"] < held:
            # "1月底前" decided at a December meeting means next January; a phrase naming its year does not move
            later = task_services._deadline_fields(db, due, today or held, year + 1)
            if later["due"] != dl["due"]:
                dl, year = later, year + 1
        dl.pop("_start", None)
        did = rows.insert(db, "decision", {
            "meeting_id": meeting_id, "text": text, "ord": q.max_ord(db, "decision", meeting_id) + 1,
            "lead_unit_id": resolve_unit(db, lead_unit), "partner_unit_ids": resolve_units(db, partner_units),
            "due": dl["due"], "due_text": dl["due_text"], "task_id": linked, **people})
        tables = {"decision"}
        if make_task:
            made = task_services.add_task(
                db, title=people["title"] or text, lead_unit=lead_unit, partner_units=partner_units, due=due,
                section=people["section"] or default_section(meeting), leader=people["leader"],
                person=people["person"], source_meeting_id=meeting_id, source_decision_id=did,
                start=meeting["date"], assigned=meeting["date"], year=year,
                today=today or date.fromisoformat(meeting["date"]))
            rows.update(db, "decision", did, {"task_id": made.id})
            tables |= {"task"}
    extra = {"task_id": made.id} if make_task else {"task_id": linked} if linked else {}
    what = "并生成任务" if make_task else "并关联已有任务" if linked else ""
    return Changed(frozenset(tables), did, "已添加议定事项" + what, extra)


def default_section(meeting: dict) -> str:
    """The 板块 a decided item's task goes under when none is named: this meeting's own heading."""
    return f"{meeting['year']}年第{meeting['number']}期{meeting['kind']}议定事项"


def set_summary(db: Database, meeting_id: str, text: str) -> Changed:
    meeting_id = resolve_id(db, meeting_id)
    with db.tx():
        _editable(db, meeting_id)
        diff = rows.update(db, "meeting", meeting_id, {"summary": text.replace("\r\n", "\n")})
    return changed("meeting", id=meeting_id, message="纪要正文已保存") if diff else Changed(id=meeting_id)


def update_meeting(db: Database, meeting_id: str, **values) -> Changed:
    meeting_id = resolve_id(db, meeting_id)
    allowed = {"title", "place", "chair", "recorder", "time", "record", "issuer", "distribution", "kind"}
    bad = set(values) - allowed - {"date", "number"}
    if bad:
        raise ValidationError(f"未知的会议字段：{'、'.join(bad)}", next(iter(bad)))
    cols = {k: (v.strip() if isinstance(v, str) and k not in ("record",) else v) for k, v in values.items()}
    if "title" in cols and not cols["title"]:
        raise ValidationError("会议名称不能为空", "title")
    if "kind" in cols and cols["kind"] not in MEETING_KINDS:
        raise ValidationError(f"会议类型“{cols['kind']}”无效，可选：{'、'.join(MEETING_KINDS)}", "kind")
    if "date" in cols:
        d = _meeting_date(cols["date"])
        cols["date"], cols["year"] = d, d.year
    if "time" in cols:
        cols["time"] = _meeting_time(cols["time"])
    with db.tx():
        row = _editable(db, meeting_id)
        if "number" in cols or "kind" in cols or "date" in cols:
            year, kind = cols.get("year", row["year"]), cols.get("kind", row["kind"])
            number = cols.get("number", row["number"])
            if (year, kind, int(number or 0)) != (row["year"], row["kind"], row["number"]):
                cols["number"] = _check_number(db, year, kind, number, except_id=meeting_id)
        diff = rows.update(db, "meeting", meeting_id, cols)
    return changed("meeting", id=meeting_id) if diff else Changed(id=meeting_id)


class NotYetHeld(KydeskError):
    """定稿 of a meeting dated after today: the window asks, the command line wants --force."""


def finalize(db: Database, meeting_id: str, *, issued: date | None = None, today: date | None = None,
             early: bool = False) -> Changed:
    """定稿: lock the 纪要 and keep this version; a later correction makes a new version.

    A meeting that has not happened yet is refused unless `early` (the clerk confirmed: a 纪要 drafted in
    advance). 印发 defaults to the finalising day, and is never before the meeting itself."""
    meeting_id = resolve_id(db, meeting_id)
    today = today or clock.today()
    with db.tx():
        row = _editable(db, meeting_id)
        held = date.fromisoformat(row["date"])
        if held > today and not early:
            raise NotYetHeld(f"会议定于{held.year}年{held.month}月{held.day}日召开，尚未举行：会后再定稿纪要；"
                             "确需提前定稿，请确认（命令行加 --force）。")
        issued = issued or max(today, held)
        if issued < held:
            raise ValidationError(f"印发日期（{issued.isoformat()}）早于会议日期（{held.isoformat()}），请改正", "issued")
        version = row["summary_version"] + 1
        rows.insert(db, "summary_version", {"meeting_id": meeting_id, "version": version,
                                            "text": row["summary"], "final": 1})
        rows.update(db, "meeting", meeting_id, {"state": "final", "summary_version": version, "issued": issued})
    return changed("meeting", "summary_version", id=meeting_id, message=f"纪要已定稿（第{version}版）")


def issue_date(db: Database, meeting_id: str, today: date | None = None) -> date:
    """The 印发 date the window proposes: today, but never before the meeting."""
    return max(today or clock.today(), date.fromisoformat(rows.get(db, "meeting", resolve_id(db, meeting_id))["date"]))


def reopen_for_correction(db: Database, meeting_id: str) -> Changed:
    """更正: unlock a final 纪要; the final versions stay in summary_version, the next 定稿 adds one."""
    meeting_id = resolve_id(db, meeting_id)
    with db.tx():
        if rows.get(db, "meeting", meeting_id)["state"] != "final":
            raise KydeskError("该会议纪要尚未定稿，可直接修改，无需更正")
        rows.update(db, "meeting", meeting_id, {"state": "draft"})
    return changed("meeting", id=meeting_id, message="纪要已解锁，可更正；定稿时保存为新版本")


def delete_meeting(db: Database, meeting_id: str) -> Changed:
    """Only a draft can go (a final 纪要 is a record); its decided items' tasks stay in the ledger."""
    meeting_id = resolve_id(db, meeting_id)
    with db.tx():
        row = _editable(db, meeting_id)
        rows.check_owner(db, "meeting", row)
        rows.tombstone(db, "meeting", meeting_id)
    return changed("meeting", id=meeting_id, message=f"已删除会议：{row['title']}")


def restore_meeting(db: Database, meeting_id: str) -> Changed:
    with db.tx():
        rows.update(db, "meeting", meeting_id, {"deleted": 0})
    return changed("meeting", id=meeting_id, message="已恢复会议")


@dataclass
class PlanDefaults:
    """What the plan dialog proposes: the next 期号 and date, and last time's place, chair and recorder."""

    kind: str
    date: date
    number: int
    time: str = ""
    place: str = ""
    chair: str = ""
    recorder: str = ""
    last_date: datetime.date | None = None     # the module's name: the field `date` hides the class


def plan_defaults(db: Database, *, kind: str = "推进会", today: date | None = None) -> PlanDefaults:
    day = proposed_next_date(db, today, kind=kind)
    last = next((m for m in q.list_meetings(db) if m.kind == kind), None)
    out = PlanDefaults(kind=kind, date=day, number=q.next_number(db, day.year, kind))
    if last:
        out.time, out.place, out.chair, out.recorder = last.time, last.place, last.chair, last.recorder
        out.last_date = last.date
    return out


@dataclass
class PickLists:
    """Names a clerk picks from: units, people (name, unit, 职务), places used before."""

    units: list[str] = field(default_factory=list)
    people: list[tuple[str, str, str]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


def pick_lists(db: Database) -> PickLists:
    from kydesk.store import units as unit_store

    names = unit_store.names_by_id(db)
    people = {(p.name, names.get(p.unit_id or "", ""), p.title) for p in unit_store.all_people(db)}
    # people who sat in earlier meetings count too: the clerk typed them once
    for r in q.past_attendees(db):
        if not any(p[0] == r["name"] for p in people):
            people.add((r["name"], names.get(r["unit_id"], ""), r["title"]))
    places = q.recent_places(db)
    return PickLists(units=[u.name for u in unit_store.all_units(db)], people=sorted(people), places=places)


def get_meeting(db: Database, meeting_id: str) -> Meeting:
    return q.get(db, resolve_id(db, meeting_id))


def list_meetings(db: Database) -> list[Meeting]:
    return q.list_meetings(db)


def meeting_json(m: Meeting) -> dict:
    return {"id": m.id, "kind": m.kind, "number": m.number, "date": m.date.isoformat(), "title": m.title,
            "state": m.state, "time": m.time, "place": m.place, "chair": m.chair, "recorder": m.recorder}
