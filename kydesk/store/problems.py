"""问题清单 queries: problems with their units' names, latest progress and effective status."""
from __future__ import annotations

import json
from datetime import date

from kydesk.domain.problems import Problem, ProblemStatus
from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.units import names_by_id, unit_ids_matching

LATEST = ("(SELECT p.text FROM problem_progress p WHERE p.problem_id = problem.id AND NOT p.deleted "
          "ORDER BY p.date DESC, p.site_seq DESC LIMIT 1)")
LAST_DATE = "(SELECT max(p.date) FROM problem_progress p WHERE p.problem_id = problem.id AND NOT p.deleted)"
# a report of the responsible unit saying 已整改 shows the problem rectified at every office that has it,
# as a task's percent follows its lead unit's report
# (the latest report decides, so a report after 恢复整改 that is not 已整改 puts the problem back in hand)
FIXED_ON = ("(SELECT CASE WHEN p.fixed THEN p.date END FROM problem_progress p WHERE p.problem_id = problem.id "
            "AND NOT p.deleted ORDER BY p.date DESC, p.site_seq DESC LIMIT 1)")
SELECT = (f"SELECT problem.*, {LATEST} AS latest, {LAST_DATE} AS last_report, {FIXED_ON} AS fixed_on "
          "FROM problem")


def _d(v) -> date | None:
    return date.fromisoformat(v) if v else None


def to_problem(r: dict, names: dict[str, str]) -> Problem:
    partner_ids = json.loads(r.get("partner_unit_ids") or "[]")
    status = ProblemStatus(r["status"]) if r["status"] in ("open", "fixed", "closed") else ProblemStatus.OPEN
    fixed_date = _d(r["fixed_date"])
    if status == ProblemStatus.OPEN and r.get("fixed_on"):
        status, fixed_date = ProblemStatus.FIXED, _d(r["fixed_on"])
    return Problem(
        id=r["id"], text=r["text"], measures=r["measure"], source=r["source"],
        lead_unit=names.get(r["unit_id"], ""), lead_unit_id=r["unit_id"],
        partner_units=[names.get(i, "") for i in partner_ids], partner_unit_ids=partner_ids,
        leader=r["leader"], person=r["person"], start=_d(r["start"]), due=_d(r["due"]), due_text=r["due_text"],
        ongoing=r["due"] is None and bool(r["due_text"]), status=status, fixed_date=fixed_date,
        closed_date=_d(r["closed_date"]), closing_note=r["closing_note"], meeting_id=r["meeting_id"],
        decision_id=r["decision_id"], task_id=r["task_id"], latest_progress=r.get("latest") or "",
        last_report=_d(r.get("last_report")), owner=r["owner"], rev=r["rev"], ord=r["ord"])


def query_problems(db: Database, *, unit: str | None = None, ids: list[str] | None = None) -> list[Problem]:
    where, params = ["NOT problem.deleted"], []
    if unit:
        found = unit_ids_matching(db, unit)
        marks = ", ".join("?" for _ in found) or "NULL"
        partners = " OR ".join("instr(problem.partner_unit_ids, ?) > 0" for _ in found) or "0"
        where.append(f"(problem.unit_id IN ({marks}) OR {partners})")
        params += list(found) + [json.dumps(i, ensure_ascii=False) for i in found]
    if ids is not None:
        where.append(f"problem.id IN ({', '.join('?' for _ in ids) or 'NULL'})")
        params += list(ids)
    sql = f"{SELECT} WHERE {' AND '.join(where)} ORDER BY problem.ord, problem.rowid"
    names = names_by_id(db)
    return [to_problem(r, names) for r in db.query(sql, params)]


def get(db: Database, problem_id: str) -> Problem:
    rows.get(db, "problem", problem_id)
    r = next(db.query(f"{SELECT} WHERE problem.id = ?", [problem_id]))
    return to_problem(r, names_by_id(db))


def find_id(db: Database, prefix: str) -> str | None:
    """A full id or a unique prefix of at least 4 characters."""
    if db.conn.execute("SELECT 1 FROM problem WHERE id = ? AND NOT deleted", (prefix,)).fetchone():
        return prefix
    if len(prefix) >= 4:
        found = db.conn.execute("SELECT id FROM problem WHERE id LIKE ? AND NOT deleted LIMIT 2",
                                (prefix.replace("%", "") + "%",)).fetchall()
        if len(found) == 1:
            return found[0][0]
    return None


def next_ord(db: Database) -> int:
    return db.conn.execute("SELECT coalesce(max(ord), 0) + 1 FROM problem").fetchone()[0]


def progress_of(db: Database, problem_id: str) -> list[dict]:
    names = names_by_id(db)
    return [{"id": r["id"], "date": r["date"], "text": r["text"], "fixed": bool(r["fixed"]),
             "unit": names.get(r["unit_id"], "")}
            for r in db.query("SELECT * FROM problem_progress WHERE problem_id = ? AND NOT deleted "
                              "ORDER BY date, site, site_seq", [problem_id])]


def decision_row(db: Database, decision_id: str) -> dict:
    return rows.get(db, "decision", decision_id)


def problem_of_decision(db: Database, decision_id: str) -> str | None:
    row = db.conn.execute("SELECT id FROM problem WHERE decision_id = ? AND NOT deleted LIMIT 1",
                          (decision_id,)).fetchone()
    return row[0] if row else None


def problems_of_meeting(db: Database, meeting_id: str) -> dict[str, str]:
    """decision id -> problem id, for the decisions panel."""
    return {r[0]: r[1] for r in db.conn.execute(
        "SELECT decision_id, id FROM problem WHERE meeting_id = ? AND decision_id IS NOT NULL AND NOT deleted",
        (meeting_id,))}


def ids_for_units(db: Database, owner: str, unit_ids: list[str]) -> list[str]:
    """Our problems (deleted too: the tombstone must travel) that one of `unit_ids` leads or partners."""
    marks = ", ".join("?" for _ in unit_ids) or "NULL"
    return [r[0] for r in db.conn.execute(
        f"SELECT id FROM problem WHERE owner = ? AND (unit_id IN ({marks}) OR EXISTS "
        f"(SELECT 1 FROM json_each(CASE WHEN json_valid(partner_unit_ids) THEN partner_unit_ids ELSE '[]' END) j "
        f"WHERE j.value IN ({marks})))", [owner] + unit_ids + unit_ids)]


def progress_ids_of(db: Database, problem_ids: list[str], owner: str) -> list[str]:
    marks = ", ".join("?" for _ in problem_ids) or "NULL"
    return [r[0] for r in db.conn.execute(
        f"SELECT id FROM problem_progress WHERE owner = ? AND problem_id IN ({marks})", [owner] + problem_ids)]
