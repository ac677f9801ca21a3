"""Meeting queries: a meeting with its attendance, agenda, record entries and decisions."""
from __future__ import annotations

import json
from datetime import date

from kydesk.domain.models import AgendaItem, Attendance, AttendanceRole, Decision, Meeting, RecordEntry
from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.units import names_by_id


def _d(v):
    return date.fromisoformat(v) if v else None


def _meeting(r: dict) -> Meeting:
    return Meeting(
        id=r["id"], title=r["title"], date=date.fromisoformat(r["date"]), kind=r["kind"], year=r["year"],
        number=r["number"], time=r["time"], place=r["place"], chair=r["chair"], recorder=r["recorder"],
        record=r["record"], summary=r["summary"], summary_version=r["summary_version"], state=r["state"],
        issuer=r["issuer"], distribution=r["distribution"], issued=_d(r["issued"]), owner=r["owner"],
        rev=r["rev"], deleted=bool(r["deleted"]),
    )


def list_meetings(db: Database) -> list[Meeting]:
    return [_meeting(r) for r in db.query("SELECT * FROM meeting WHERE NOT deleted ORDER BY date DESC, number DESC")]


def next_number(db: Database, year: int, kind: str) -> int:
    return db.conn.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM meeting WHERE year = ? AND kind = ? AND NOT deleted",
        (year, kind)).fetchone()[0]


def get(db: Database, meeting_id: str) -> Meeting:
    m = _meeting(rows.get(db, "meeting", meeting_id))
    names = names_by_id(db)
    m.attendance = [
        Attendance(id=r["id"], meeting_id=m.id, name=r["name"], role=AttendanceRole(r["role"]),
                   unit=names.get(r["unit_id"], ""), unit_id=r["unit_id"], title=r["title"], reason=r["reason"],
                   ord=r["ord"])
        for r in db.query("SELECT * FROM attendance WHERE meeting_id = ? AND NOT deleted ORDER BY ord, site_seq",
                          [m.id])
    ]
    m.agenda = [
        AgendaItem(id=r["id"], meeting_id=m.id, title=r["title"], presenter=r["presenter"], ord=r["ord"])
        for r in db.query("SELECT * FROM agenda_item WHERE meeting_id = ? AND NOT deleted ORDER BY ord, site_seq",
                          [m.id])
    ]
    m.entries = [
        RecordEntry(id=r["id"], meeting_id=m.id, speaker=r["speaker"], text=r["text"], agenda_id=r["agenda_id"],
                    ord=r["ord"])
        for r in db.query("SELECT * FROM record_entry WHERE meeting_id = ? AND NOT deleted ORDER BY ord, site_seq",
                          [m.id])
    ]
    m.decisions = [
        Decision(id=r["id"], meeting_id=m.id, text=r["text"], ord=r["ord"],
                 lead_unit=names.get(r["lead_unit_id"], ""), lead_unit_id=r["lead_unit_id"],
                 partner_unit_ids=json.loads(r["partner_unit_ids"] or "[]"),
                 partner_units=[names.get(i, "") for i in json.loads(r["partner_unit_ids"] or "[]")],
                 due=_d(r["due"]), due_text=r["due_text"], task_id=r["task_id"], leader=r.get("leader") or "",
                 person=r.get("person") or "", section=r.get("section") or "", title=r.get("title") or "",
                 linked=bool(r["task_id"]) and r["task_source"] != r["id"])
        for r in db.query("SELECT decision.*, (SELECT t.source_decision_id FROM task t WHERE t.id = decision.task_id) "
                          "AS task_source FROM decision WHERE meeting_id = ? AND NOT deleted ORDER BY ord, site_seq",
                          [m.id])
    ]
    return m


def find_id(db: Database, prefix: str) -> str | None:
    if db.conn.execute("SELECT 1 FROM meeting WHERE id = ? AND NOT deleted", (prefix,)).fetchone():
        return prefix
    if len(prefix) >= 4:
        found = db.conn.execute("SELECT id FROM meeting WHERE id LIKE ? AND NOT deleted LIMIT 2",
                                (prefix.replace("%", "") + "%",)).fetchall()
        if len(found) == 1:
            return found[0][0]
    return None


def max_ord(db: Database, table: str, meeting_id: str) -> int:
    return db.conn.execute(f"SELECT coalesce(max(ord), 0) FROM {table} WHERE meeting_id = ? AND NOT deleted",
                           (meeting_id,)).fetchone()[0]


def attendee_role(db: Database, meeting_id: str, name: str) -> str | None:
    row = db.conn.execute("SELECT role FROM attendance WHERE meeting_id = ? AND name = ? AND NOT deleted",
                          (meeting_id, name)).fetchone()
    return row[0] if row else None


def summary_versions(db: Database, meeting_id: str) -> list[dict]:
    """version, text, final and when it was saved (the first audit line of the row), oldest first."""
    return list(db.query(
        "SELECT v.version, v.text, v.final, (SELECT min(a.at) FROM audit a WHERE a.tbl = 'summary_version' "
        "AND a.row_id = v.id) AS at FROM summary_version v WHERE v.meeting_id = ? AND NOT v.deleted "
        "ORDER BY v.version", [meeting_id]))


def previous_meeting_id(db: Database, meeting: dict) -> str | None:
    """The latest meeting of the same kind before this one (a meeting row)."""
    m = meeting
    found = list(db.query(
        "SELECT id FROM meeting WHERE NOT deleted AND kind = ? AND id <> ? AND (date < ? OR (date = ? AND number < ?)) "
        "ORDER BY date DESC, number DESC LIMIT 1", [m["kind"], m["id"], m["date"], m["date"], m["number"]]))
    return found[0]["id"] if found else None


def agenda_item_titled(db: Database, meeting_id: str, title: str) -> str | None:
    found = list(db.query("SELECT id FROM agenda_item WHERE meeting_id = ? AND title = ? AND NOT deleted",
                          [meeting_id, title]))
    return found[0]["id"] if found else None


def last_date(db: Database, kind: str | None = None) -> str | None:
    """The latest meeting date (ISO text), of `kind` when given."""
    if kind:
        return db.conn.execute("SELECT max(date) FROM meeting WHERE NOT deleted AND kind = ?", (kind,)).fetchone()[0]
    return db.conn.execute("SELECT max(date) FROM meeting WHERE NOT deleted").fetchone()[0]


def ids_numbered(db: Database, year: int, kind: str, number: int) -> list[str]:
    """Live meetings that hold this 期号 of the year and kind."""
    return [r[0] for r in db.conn.execute(
        "SELECT id FROM meeting WHERE year = ? AND kind = ? AND number = ? AND NOT deleted",
        (year, kind, number)).fetchall()]


def past_attendees(db: Database) -> list[dict]:
    """Every distinct (name, unit_id, title) that sat in any meeting."""
    return list(db.query("SELECT DISTINCT name, unit_id, title FROM attendance WHERE NOT deleted"))


def recent_places(db: Database) -> list[str]:
    """Meeting places, the most recently used first."""
    return [r["place"] for r in db.query(
        "SELECT place, max(date) AS d FROM meeting WHERE NOT deleted AND place <> '' GROUP BY place ORDER BY d DESC")]


def item_ords(db: Database, table: str, meeting_id: str) -> list[dict]:
    """id and ord of a meeting's live items of one table, in their order."""
    return list(db.query(f"SELECT id, ord FROM {table} WHERE meeting_id = ? AND NOT deleted ORDER BY ord, site_seq",
                         [meeting_id]))


def attendee_names(db: Database, meeting_id: str) -> set[str]:
    return {r["name"] for r in db.query("SELECT name FROM attendance WHERE meeting_id = ? AND NOT deleted",
                                        [meeting_id])}


def attendance_rows(db: Database, meeting_id: str) -> list[dict]:
    return list(db.query("SELECT * FROM attendance WHERE meeting_id = ? AND NOT deleted ORDER BY ord, site_seq",
                         [meeting_id]))


def entry_ids_under(db: Database, agenda_id: str) -> list[str]:
    """Live record entries filed under one agenda item."""
    return [r["id"] for r in db.query("SELECT id FROM record_entry WHERE agenda_id = ? AND NOT deleted", [agenda_id])]
