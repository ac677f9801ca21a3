"""Task queries: filters and sort run in SQL; rows come back as domain Tasks."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from kydesk.domain.models import Progress, Task, TaskStatus
from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.units import names_by_id, unit_ids_matching

LATEST_PROGRESS = (
    "(SELECT p.text FROM progress p WHERE p.task_id = task.id AND NOT p.deleted "
    "ORDER BY p.date DESC, p.site_seq DESC LIMIT 1)"
)
# A task's percent (DESIGN.md "Data"): the latest report of its lead unit, else the latest report of anyone;
# the task's own percent only when nobody reported one. "Latest" by report date, then the higher figure,
# then the id: only synced fields, so every office that holds the same reports shows the same percent.
# The lead unit's reports are matched by unit code too: each office has its own row for a unit.
LEAD_REPORT = ("(p.unit_id = t.lead_unit_id OR (lu.code <> '' AND "
               "p.unit_id IN (SELECT x.id FROM unit x WHERE x.code = lu.code)))")


def reported_percent(where: str = "") -> str:
    """A derived table (task_id, mp = the reported percent or NULL, md = the latest report date)."""
    return (
        "(SELECT task_id, mp, md FROM (SELECT p.task_id AS task_id, max(p.date) OVER w AS md, "
        f"first_value(p.percent) OVER (w ORDER BY p.percent IS NULL, {LEAD_REPORT} DESC, p.date DESC, "
        "p.percent DESC, p.id DESC) AS mp, row_number() OVER w AS rn "
        "FROM progress p JOIN task t ON t.id = p.task_id LEFT JOIN unit lu ON lu.id = t.lead_unit_id "
        f"WHERE NOT p.deleted {where} WINDOW w AS (PARTITION BY p.task_id)) WHERE rn = 1)")


LATEST_PERCENT = (
    "(SELECT p.percent FROM progress p JOIN task t ON t.id = p.task_id LEFT JOIN unit lu ON lu.id = t.lead_unit_id "
    f"WHERE p.task_id = task.id AND NOT p.deleted AND p.percent IS NOT NULL ORDER BY {LEAD_REPORT} DESC, "
    "p.date DESC, p.percent DESC, p.id DESC LIMIT 1)"
)

# section_rank() is registered by store.db.open_db: sections in their 一、二、…十、十一、 order
SORTS = {
    "section": "section_rank(task.section), task.section, task.seq, task.rowid",
    "due": "task.due IS NULL, task.due, task.seq",
    "unit": "lead_name, section_rank(task.section), task.section, task.seq",
    "status": "task.status, task.due",
    "title": "task.title",
    "percent": "task.percent",
}


@dataclass
class TaskFilter:
    unit: str | None = None          # lead or partner; id, code or (part of a) name
    status: str | None = None
    person: str | None = None        # leader or responsible person (substring)
    search: str | None = None        # any Chinese substring, across title, target, units, people, progress
    key_only: bool = False
    due_from: date | None = None
    due_to: date | None = None
    section: str | None = None
    ids: list[str] | None = None


def _date(v):
    return date.fromisoformat(v) if v else None


def _where(db: Database, f: TaskFilter) -> tuple[str, list]:
    where, params = ["NOT task.deleted"], []
    if f.unit:
        clause, p = unit_clause(unit_ids_matching(db, f.unit))
        where.append(clause)
        params += p
    if f.status:
        where.append("task.status = ?")
        params.append(TaskStatus.parse(f.status).value)
    if f.person:
        where.append("(instr(task.leader, ?) > 0 OR instr(task.person, ?) > 0)")
        params += [f.person, f.person]
    if f.key_only:
        where.append("task.key = 1")
    if f.due_from:
        where.append("task.due >= ?")
        params.append(f.due_from.isoformat())
    if f.due_to:
        where.append("task.due <= ?")
        params.append(f.due_to.isoformat())
    if f.section:
        where.append("task.section = ?")
        params.append(f.section)
    if f.ids is not None:
        where.append(f"task.id IN ({', '.join('?' for _ in f.ids) or 'NULL'})")
        params += list(f.ids)
    if f.search and f.search.strip():
        clause, p = _search_clause(db, f.search.strip())
        where.append(clause)
        params += p
    return " AND ".join(where), params


def _search_clause(db: Database, q: str) -> tuple[str, list]:
    by_unit, unit_params = unit_clause(unit_ids_matching(db, q))
    if len(q) >= 3:
        # trigram index for three characters and more; quote as one phrase so punctuation is literal
        phrase = '"' + q.replace('"', '""') + '"'
        return (f"(task.rowid IN (SELECT rowid FROM task_fts WHERE task_fts MATCH ?) "
                f"OR task.id IN (SELECT p.task_id FROM progress p WHERE p.rowid IN "
                f"(SELECT rowid FROM progress_fts WHERE progress_fts MATCH ?)) OR {by_unit})",
                [phrase, phrase] + unit_params)
    # trigram cannot match one or two characters (张华): scan instead
    cols = ("title", "target", "section", "leader", "person", "note")
    scan = " OR ".join(f"instr(task.{c}, ?) > 0" for c in cols)
    return (f"({scan} OR task.id IN (SELECT p.task_id FROM progress p WHERE instr(p.text, ?) > 0 AND NOT p.deleted)"
            f" OR {by_unit})", [q] * (len(cols) + 1) + unit_params)


def unit_clause(ids: list[str]) -> tuple[str, list]:
    """Lead or partner is one of `ids`. Partners are matched as quoted JSON strings with instr: exact, and
    about four times faster than json_each over 100,000 rows."""
    if not ids:
        return "0", []
    marks = ", ".join("?" for _ in ids)
    partners = " OR ".join("instr(task.partner_unit_ids, ?) > 0" for _ in ids)
    quoted = [json.dumps(i, ensure_ascii=False) for i in ids]
    return f"(task.lead_unit_id IN ({marks}) OR {partners})", list(ids) + quoted


SELECT = (
    "SELECT task.*, u.name AS lead_name, " + LATEST_PROGRESS + " AS latest, " + LATEST_PERCENT + " AS latest_pct "
    "FROM task LEFT JOIN unit u ON u.id = task.lead_unit_id"
)


def query(db: Database, f: TaskFilter | None = None, *, sort: str = "section", desc: bool = False,
          limit: int | None = None, offset: int = 0) -> list[Task]:
    where, params = _where(db, f or TaskFilter())
    order = SORTS.get(sort, SORTS["section"])
    if desc:
        order = ", ".join(part + " DESC" for part in order.split(", "))
    sql = f"{SELECT} WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    names = names_by_id(db)
    return [to_task(r, names) for r in db.query(sql, params)]


# the name services call it by: services hold no ".query(" text, so SQL calls there stand out (tests/test_layers.py)
query_tasks = query


def count(db: Database, f: TaskFilter | None = None) -> int:
    where, params = _where(db, f or TaskFilter())
    return db.conn.execute(f"SELECT count(*) FROM task WHERE {where}", params).fetchone()[0]


def get(db: Database, task_id: str) -> Task:
    row = rows.get(db, "task", task_id)
    r = next(db.query(f"{SELECT} WHERE task.id = ?", [row["id"]]))
    return to_task(r, names_by_id(db))


def find_id(db: Database, prefix: str) -> str | None:
    """Accept a full id or a unique prefix of at least 4 characters (what a clerk copies from a list)."""
    if db.conn.execute("SELECT 1 FROM task WHERE id = ? AND NOT deleted", (prefix,)).fetchone():
        return prefix
    if len(prefix) >= 4:
        found = db.conn.execute("SELECT id FROM task WHERE id LIKE ? AND NOT deleted LIMIT 2",
                                (prefix.replace("%", "") + "%",)).fetchall()
        if len(found) == 1:
            return found[0][0]
    return None


def to_task(r: dict, names: dict[str, str]) -> Task:
    partner_ids = json.loads(r["partner_unit_ids"] or "[]")
    reported = r.get("latest_pct")
    percent = r["percent"] if r["status"] == TaskStatus.DONE.value or reported is None else reported
    return Task(
        id=r["id"], title=r["title"], section=r["section"], target=r["target"],
        lead_unit=r.get("lead_name") or names.get(r["lead_unit_id"], ""), lead_unit_id=r["lead_unit_id"],
        partner_units=[names.get(i, "") for i in partner_ids], partner_unit_ids=partner_ids,
        leader=r["leader"], person=r["person"], start=_date(r["start"]), due=_date(r["due"]),
        due_text=r["due_text"], ongoing=bool(r["ongoing"]), recurrence=r["recurrence"], key=bool(r["key"]),
        status=TaskStatus(r["status"]), percent=percent, done_date=_date(r["done_date"]), note=r["note"],
        source_meeting_id=r["source_meeting_id"], source_decision_id=r["source_decision_id"], seq=r["seq"],
        assigned=_date(r.get("assigned")),
        latest_progress=r.get("latest") or "", owner=r["owner"], rev=r["rev"], site_seq=r["site_seq"],
        deleted=bool(r["deleted"]),
    )


def progress_of(db: Database, task_id: str) -> list[Progress]:
    names = names_by_id(db)
    return [
        Progress(id=r["id"], task_id=r["task_id"], date=date.fromisoformat(r["date"]), text=r["text"],
                 percent=r["percent"], unit=names.get(r["unit_id"], ""), unit_id=r["unit_id"],
                 task_rev=r["task_rev"], owner=r["owner"], rev=r["rev"])
        for r in db.query("SELECT * FROM progress WHERE task_id = ? AND NOT deleted ORDER BY date, site, site_seq",
                          [task_id])
    ]


def last_report_dates(db: Database) -> dict[str, date]:
    return {r[0]: date.fromisoformat(r[1]) for r in db.conn.execute(
        "SELECT task_id, max(date) FROM progress WHERE NOT deleted GROUP BY task_id")}


def has_progress(db: Database, task_id: str) -> bool:
    return bool(list(db.query("SELECT 1 FROM progress WHERE task_id = ? AND NOT deleted LIMIT 1", [task_id])))


def next_seq(db: Database, section: str) -> int:
    """The next 序号 within a section."""
    return db.conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM task WHERE section = ? AND NOT deleted",
                           (section,)).fetchone()[0]


def rev_of(db: Database, task_id: str) -> int:
    return db.conn.execute("SELECT rev FROM task WHERE id = ?", (task_id,)).fetchone()[0]


def raw_rows(db: Database, cols: tuple[str, ...]) -> list[dict]:
    """Live task rows as stored (no name lookups), only `cols`, in ledger order."""
    sql = f"SELECT {', '.join(cols)} FROM task WHERE NOT deleted ORDER BY section, seq, rowid"
    return [dict(zip(cols, r)) for r in db.conn.execute(sql)]


def latest_progress_texts(db: Database) -> dict[str, str]:
    """task id → text of its latest progress report."""
    latest = {}
    for task_id, text in db.conn.execute(
            "SELECT task_id, text FROM progress WHERE NOT deleted ORDER BY date, site_seq"):
        latest[task_id] = text
    return latest
