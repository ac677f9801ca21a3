"""SQL of the desk: the ledger's ordered row ids per filter and sort, pages of rows, pick lists (the start
page is in store.home_queries, a task's history in store.task_history_queries).

The ledger never holds all tasks: a query yields the ordered rowids only (an `array` of 8-byte integers),
and the table fetches pages of full rows by rowid as they scroll into view. Sorting 100,000 rows is most of
a query's cost, so the whole ledger's order is kept per sort and grouping until the next write (site_seq),
and a filter asks SQL only for the set of matching rowids.

The traffic light is computed in SQL (LIGHT_INNER + LIGHT_RANK) and kept per connection in a TEMP table
(rowid -> rank) for one day and one set of thresholds, brought up to date by site_seq (every write, local
or imported, raises it) so only changed tasks are recomputed. The SQL mirrors kydesk.domain.lights exactly
(integer-exact comparisons; a test cross-checks it against task_light on thousands of random tasks);
recurring tasks (每月5日前) go through a Python function that calls the domain rule itself.
"""
from __future__ import annotations

import itertools
import re
from array import array
from dataclasses import dataclass
from datetime import date, timedelta

from kydesk.domain import lights
from kydesk.domain.models import LightSettings, Task, TaskStatus
from kydesk.domain.sections import section_rank
from kydesk.store import tasks as tq
from kydesk.store.db import Database
from kydesk.store.units import names_by_id, unit_groups

RED, YELLOW, GREEN, UNLIT = 3, 2, 1, 0
RANKS = {"red": RED, "yellow": YELLOW, "green": GREEN, "none": UNLIT}
STATUS_RANK = "CASE task.status WHEN 'pending' THEN 0 WHEN 'active' THEN 1 WHEN 'done' THEN 2 ELSE 3 END"
PROGRESS_AGG = tq.reported_percent()

# The light's inputs, computed once per row inside a co-routine (the outer WHERE stops SQLite from
# flattening it, which would repeat julianday() and the progress join in every CASE branch).
# Where a task's time begins (domain.lights.begin_of), and its first reporting date (first_report_day).
BEGIN = "coalesce(task.start, task.assigned, substr(task.due, 1, 4) || '-01-01')"
FIRST_REPORT = f"date({BEGIN}, '+{lights.FIRST_REPORT_DAYS} days', 'start of month', '+1 month', '-1 day')"
LIGHT_INNER = """task.status AS l_st, task.recurrence AS l_rec, task.ongoing AS l_og, task.due AS l_due,
    task.start AS l_start, task.assigned AS l_asg, coalesce(pg.mp, task.percent) AS l_pct, pg.md AS l_last,
    CASE WHEN task.status IN ('done', 'cancelled') OR task.recurrence IS NOT NULL OR task.ongoing
              OR task.due IS NULL OR +task.due < :l_today OR :l_today <= FIRST_REPORT THEN NULL
         WHEN julianday(BEGIN) >= julianday(task.due)
              THEN (CASE WHEN :l_today >= task.due THEN 100 ELSE 0 END) - coalesce(pg.mp, task.percent)
         ELSE 100.0 * max(:l_jt - julianday(BEGIN), 0)
              / (julianday(task.due) - julianday(BEGIN))
              - coalesce(pg.mp, task.percent) END AS l_gap""".replace(
    "FIRST_REPORT", FIRST_REPORT).replace("BEGIN", BEGIN)
LIGHT_RANK = """(CASE
    WHEN l_st IN ('done', 'cancelled') THEN 0
    WHEN l_rec IS NOT NULL THEN kd_light(l_rec, l_st, coalesce(l_start, l_asg), l_due, l_og, l_pct, l_last)
    WHEN l_og OR l_due IS NULL THEN
        (CASE WHEN coalesce(max(l_last, l_start), l_last, l_start, l_asg) IS NULL THEN 1
              WHEN coalesce(max(l_last, l_start), l_last, l_start, l_asg) < :l_og_red THEN 3
              WHEN coalesce(max(l_last, l_start), l_last, l_start, l_asg) < :l_og_yellow THEN 2 ELSE 1 END)
    WHEN l_due < :l_today THEN 3
    WHEN l_gap > :l_rg THEN 3
    WHEN l_due <= :l_warn THEN 2
    WHEN l_gap > :l_yg THEN 2
    ELSE 1 END)"""


def light_params(today: date, settings: LightSettings) -> dict:
    jt = (today - date(2000, 1, 1)).days + 2451544.5
    return {"l_today": today.isoformat(), "l_jt": jt, "l_rg": settings.red_gap, "l_yg": settings.yellow_gap,
            "l_warn": (today + timedelta(days=settings.warn_days)).isoformat(),
            "l_og_red": (today - timedelta(days=lights.ONGOING_RED_DAYS)).isoformat(),
            "l_og_yellow": (today - timedelta(days=lights.ONGOING_YELLOW_DAYS)).isoformat()}


def register_light(db: Database, today: date, settings: LightSettings) -> None:
    """kd_light(...) for recurring tasks: the domain rule itself, bound to today and the settings."""
    def light(rec, status, start, due, ongoing, percent, last):
        task = Task(id="", title="", recurrence=rec, status=TaskStatus(status), start=_d(start), due=_d(due),
                    ongoing=bool(ongoing), percent=percent or 0)
        lit = lights.task_light(task, today, settings, last_report=_d(last))
        return RANKS[lit.value] if lit else UNLIT

    db.conn.create_function("kd_light", 7, light, deterministic=True)


def _d(v):
    return date.fromisoformat(v) if v else None


# -- ledger: ordered ids ---------------------------------------------------------------------------------
@dataclass
class Ordering:
    sort: str = "section"        # section title unit leader person due status percent light
    desc: bool = False
    group: str | None = None     # section unit month light status


L = "kl.rank"   # the light rank, from temp.kd_light
# (expression, direction): 1 follows the chosen direction, -1 runs against it, 0 is always ascending
SORTS = {
    "section": [("s_rank", 1), ("task.seq", 1)], "title": [("task.title", 1)],
    "unit": [("coalesce(u.name, '')", 1)], "leader": [("task.leader", 1)], "person": [("task.person", 1)],
    "due": [("task.due IS NULL", 0), ("task.due", 1)], "status": [(STATUS_RANK, 1)],
    "percent": [("task.percent", 1)], "light": [(L, -1), ("task.due IS NULL", 0), ("task.due", 1)],
}
# group: (its order terms, its key). Keys are small integers (fetching 100,000 strings would double the
# time); the service turns them into labels. Groups keep their natural order whatever the sort direction.
GROUPS = {
    "section": ([("s_rank", 0)], "s_rank"),
    "unit": ([("u.name IS NULL", 0), ("coalesce(u.name, '')", 0)], "u.canon"),
    "month": ([("task.due IS NULL", 0), ("substr(task.due, 1, 7)", 0)],
              "CAST(substr(task.due, 1, 4) || substr(task.due, 6, 2) AS INTEGER)"),
    "light": ([(L, -1)], L),
    "status": ([(STATUS_RANK, 0)], STATUS_RANK),
}
MAX_CASE_SECTIONS = 40


def _cached(db: Database, name: str, fn):
    """A value that only changes when something is written: every write raises site_seq."""
    seq = db.site_seq
    cache = db.__dict__.setdefault("_kd_cache", {})
    hit = cache.get(name)
    if hit is None or hit[0] != seq:
        hit = cache[name] = (seq, fn())
    return hit[1]


def section_ranks(db: Database) -> list[tuple[str, int]]:
    """Sections in ledger order (domain.sections: 一、二、…十、十一、, code points would put 七 before 三),
    each with its rank. Reads only the section index."""
    def ranks():
        found = [r[0] for r in db.conn.execute("SELECT DISTINCT section FROM task")]
        found.sort(key=section_rank)
        return [(name, i) for i, name in enumerate(found)]

    return _cached(db, "sections", ranks)


def ensure_units(db: Database) -> None:
    """temp.kd_unit: every unit row -> the row standing for its code (store.units.unit_groups), so the rows
    a county's unit has at the city (its own and the city's) sort and group as one unit."""
    seq = db.site_seq
    if db._kd_units == seq:
        return
    db.conn.execute("CREATE TEMP TABLE IF NOT EXISTS kd_unit (id TEXT PRIMARY KEY, canon INTEGER NOT NULL, "
                    "canon_id TEXT NOT NULL, name TEXT NOT NULL)")
    db.conn.execute("DELETE FROM temp.kd_unit")
    db.conn.executemany("INSERT INTO temp.kd_unit VALUES (?, ?, ?, ?)", unit_groups(db))
    db._kd_units = seq


def _direction(term: tuple[str, int], desc: bool) -> str:
    expr, way = term
    flip = (way == 1 and desc) or (way == -1 and not desc)
    return f"{expr} DESC" if flip else expr


def ensure_lights(db: Database, today: date, settings: LightSettings) -> None:
    """temp.kd_light holds every task's light rank for `today` and `settings`, up to date."""
    key = (today, settings.warn_days, settings.yellow_gap, settings.red_gap)
    seq = db.site_seq
    state = db._kd_lights
    if state and state == (key, seq):
        return
    register_light(db, today, settings)
    lp = light_params(today, settings)
    changed = ""
    params: list[object] = []
    if state and state[0] == key:
        changed = (" AND (task.site_seq > ? OR task.id IN (SELECT task_id FROM progress WHERE site_seq > ?))")
        params = [state[1], state[1]]
    else:
        db.conn.execute("CREATE TEMP TABLE IF NOT EXISTS kd_light (rid INTEGER PRIMARY KEY, rank INTEGER NOT NULL)")
        db.conn.execute("DELETE FROM temp.kd_light")
    inner = (f"SELECT task.rowid AS rid, {_lp(LIGHT_INNER)} FROM task LEFT JOIN {PROGRESS_AGG} pg "
             f"ON pg.task_id = task.id WHERE 1{changed} LIMIT -1")
    # the outer WHERE keeps SQLite from flattening the inner query (see LIGHT_INNER)
    db.conn.execute(f"INSERT OR REPLACE INTO temp.kd_light SELECT rid, {_lp(LIGHT_RANK)} FROM ({inner}) WHERE 1",
                    _lp_values(LIGHT_RANK, lp) + _lp_values(LIGHT_INNER, lp) + params)
    db._kd_lights = (key, seq)


def ordered_ids(db: Database, f: tq.TaskFilter, order: Ordering, *, today: date, settings: LightSettings,
                light: str | None = None, open_only: bool = False) -> tuple[array, list[tuple[object, int]]]:
    """(rowids in display order, [(group key, count)] in display order; empty without grouping).

    `light`: red, yellow, green, none (not lit: done or cancelled) or lit (red and yellow).

    Sorting 100,000 rows is most of the cost of a query, so the whole ledger's order is computed once per
    sort, grouping and version of the data (site_seq), and a filter only asks SQL for the set of matching
    rowids, unordered; the order's members are kept, in order, in Python (a few milliseconds)."""
    where, params = tq._where(db, f)
    if open_only:
        where += " AND task.status IN ('pending', 'active')"
    full, groups = _full_order(db, order, today, settings)
    if where == "NOT task.deleted" and not light:
        return full, groups
    join = ""
    if light:
        ensure_lights(db, today, settings)
        join = "JOIN temp.kd_light kl ON kl.rid = task.rowid"
        where += " AND kl.rank >= 2" if light == "lit" else f" AND kl.rank = {RANKS[light]}"
    matching = {r[0] for r in db.conn.execute(f"SELECT task.rowid FROM task {join} WHERE {where}", params)}
    if not groups:
        return array("q", [r for r in full if r in matching]), []
    ids, kept, start = array("q"), [], 0
    for key, count in groups:
        part = [r for r in full[start:start + count] if r in matching]
        start += count
        if part:
            ids.extend(part)
            kept.append((key, len(part)))
    return ids, kept


KEEP_ORDERS = 6          # about 1 MB each at 100,000 tasks


def _full_order(db: Database, order: Ordering, today: date, settings: LightSettings):
    """The whole ledger in this order (cached): the rowids and the groups' keys and sizes."""
    uses_light = order.sort == "light" or order.group == "light"
    key = (order.sort, order.desc, order.group, db.site_seq,
           (today, settings.warn_days, settings.yellow_gap, settings.red_gap) if uses_light else None)
    cache = db.__dict__.setdefault("_kd_orders", {})
    if key not in cache:
        while len(cache) >= KEEP_ORDERS:
            cache.pop(next(iter(cache)))
        cache[key] = _order_all(db, order, today, settings)
    return cache[key]


def _order_all(db: Database, order: Ordering, today: date, settings: LightSettings):
    group_terms, group_key = GROUPS.get(order.group or "", ([], None))
    terms = group_terms + SORTS.get(order.sort, SORTS["section"])
    text = " ".join(e for e, _ in terms) + (group_key or "")
    joins, rank_sql = [], ""
    rank_params: list[object] = []
    if L in text:
        ensure_lights(db, today, settings)
        joins.append("JOIN temp.kd_light kl ON kl.rid = task.rowid")
    if "u.name" in text or "u.canon" in text:
        ensure_units(db)
        joins.append("LEFT JOIN temp.kd_unit u ON u.id = task.lead_unit_id")
    if "s_rank" in text:
        rank_sql, rank_params = _section_rank(db)
        if rank_sql.startswith("JOIN"):
            joins.append(rank_sql)
            rank_sql = "ks.rank"
    order_by = ", ".join(_direction(t, order.desc) for t in terms) + ", task.rowid"
    key = f", {group_key}" if group_key else ""
    sql = f"SELECT task.rowid{key} FROM task {' '.join(joins)} WHERE NOT task.deleted ORDER BY {order_by}"
    # parameters in the order they appear: the key, then the ORDER BY
    n_key = group_key.count("s_rank") if group_key else 0
    n_order = order_by.count("s_rank")
    sql = sql.replace("s_rank", rank_sql)
    cur = db.conn.execute(sql, rank_params * n_key + rank_params * n_order)
    if not group_key:
        return array("q", [r[0] for r in cur]), []
    found = cur.fetchall()
    return (array("q", [r[0] for r in found]),
            [(gkey, len(list(run))) for gkey, run in itertools.groupby(r[1] for r in found)])


def _section_rank(db: Database) -> tuple[str, list]:
    """An integer rank per section: a CASE for a usual ledger, a temp table join for hundreds of sections."""
    ranks = section_ranks(db) or [("", 0)]
    if len(ranks) <= MAX_CASE_SECTIONS:
        return ("(CASE task.section " + " ".join("WHEN ? THEN ?" for _ in ranks) + " END)",
                [v for pair in ranks for v in pair])
    db.conn.execute("CREATE TEMP TABLE IF NOT EXISTS kd_section (name TEXT PRIMARY KEY, rank INTEGER NOT NULL)")
    db.conn.execute("DELETE FROM temp.kd_section")
    db.conn.executemany("INSERT INTO temp.kd_section VALUES (?, ?)", ranks)
    return "JOIN temp.kd_section ks ON ks.name = task.section", []


_NAMED = re.compile(r":(l_\w+)")


def _lp(sql: str) -> str:
    """Named light parameters -> positional, so they mix with positional ones."""
    return _NAMED.sub("?", sql)


def _lp_values(sql: str, values: dict) -> list:
    return [values[name] for name in _NAMED.findall(sql)]


def total(db: Database) -> int:
    return _cached(db, "total", lambda: db.conn.execute("SELECT count(*) FROM task WHERE NOT deleted").fetchone()[0])


# -- pages of rows ---------------------------------------------------------------------------------------
PAGE_SELECT = (
    "SELECT task.*, task.rowid AS rid, u.name AS lead_name, " + tq.LATEST_PROGRESS + " AS latest, "
    "pg.mp AS latest_pct, pg.md AS last_report FROM task LEFT JOIN unit u ON u.id = task.lead_unit_id "
    "LEFT JOIN " + tq.reported_percent("AND p.task_id IN (SELECT id FROM task WHERE rowid IN ({marks}))")
    + " pg ON pg.task_id = task.id "
    "WHERE task.rowid IN ({marks})"
)


def rows_by_rowid(db: Database, rowids) -> list[tuple[Task, date | None]]:
    """(Task, date of its last progress report) for the given rowids, in the given order."""
    rowids = list(rowids)
    if not rowids:
        return []
    marks = ", ".join("?" for _ in rowids)
    names = names_by_id(db)
    found = {}
    for r in db.query(PAGE_SELECT.format(marks=marks), rowids + rowids):
        found[r["rid"]] = (tq.to_task(r, names), _d(r["last_report"]))
    return [found[i] for i in rowids if i in found]


def rowid_of(db: Database, task_id: str) -> int | None:
    row = db.conn.execute("SELECT rowid FROM task WHERE id = ?", (task_id,)).fetchone()
    return row[0] if row else None



# -- pick lists ------------------------------------------------------------------------------------------
def sections(db: Database) -> list[str]:
    return [name for name, _ in section_ranks(db) if name]


def frequent(db: Database, column: str, limit: int = 300) -> list[str]:
    """Names clerks typed before (leader or person), most used first."""
    assert column in ("leader", "person")
    return [r[0] for r in db.conn.execute(
        f"SELECT {column} FROM task WHERE NOT deleted AND {column} <> '' GROUP BY {column} "
        f"ORDER BY count(*) DESC, {column} LIMIT ?", (limit,))]


def units_with_counts(db: Database) -> list[dict]:
    return list(db.query(
        "SELECT u.id, u.code, u.name, u.level, u.owner, "
        "(SELECT count(*) FROM task t WHERE t.lead_unit_id = u.id AND NOT t.deleted) AS tasks "
        "FROM unit u WHERE NOT u.deleted ORDER BY u.ord, u.code = '', u.code, u.name"))


def unit_names_by_rowid(db: Database) -> dict[int, str]:
    return {r[0]: r[1] for r in db.conn.execute("SELECT rowid, name FROM unit")}
