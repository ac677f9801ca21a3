"""The printed and Excel 三单制 and 指标 reports from ONE data function each: 问题整改清单, 指标监测表,
重点项目推进表 and 责任清单 (one part per unit or leader).  `write` picks Excel for .xlsx, else PDF."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kydesk.domain import clock
from kydesk.domain.deadlines import format_due
from kydesk.domain.errors import KydeskError
from kydesk.domain.indicator_status import STATUS_LABELS, UPPER_MARK, UPPER_NOTE
from kydesk.domain.models import Light
from kydesk.domain.problems import ProblemStatus
from kydesk.printing.ruled_tables import Part, Table, TableReport
from kydesk.services import indicators as indicator_services
from kydesk.services import problems as problem_services
from kydesk.services import projects as project_services
from kydesk.services.settings import ledger_year, use_print_fonts
from kydesk.services.tasks import list_tasks
from kydesk.services.warroom import office_name
from kydesk.store.db import Database
from kydesk.store.tasks import TaskFilter
from kydesk.store.units import all_units

KINDS = {"problems": "问题整改清单", "indicators": "指标监测表", "projects": "重点项目推进表",
         "responsibility": "责任清单"}
LIGHT_WORDS = {"red": "红", "yellow": "黄", "green": "绿"}


def _light(lit) -> str:
    return LIGHT_WORDS.get(lit.value, "") if isinstance(lit, Light) else ""


def _due(due: date | None, text: str) -> str:
    if due is None:
        return text or "—"
    return format_due(due) if not text or text == format_due(due) else f"{text}（{format_due(due)}）"


def _people(leader: str, person: str) -> str:
    return "/".join(x for x in (leader, person) if x) or "—"


def problems_report(db: Database, *, unit: str | None = None, status: str | None = None,
                    today: date | None = None) -> TableReport:
    today = today or clock.today()
    found = problem_services.list_problems(db, unit=unit, status=status, today=today)
    counts = {s: sum(p.status == s for p, _ in found) for s in ProblemStatus}
    overdue = sum(1 for p, _ in found if p.status == ProblemStatus.OPEN and p.due and p.due < today)
    rows = []
    for i, (p, lit) in enumerate(found, start=1):
        status_text = p.status.label
        if p.status == ProblemStatus.CLOSED and p.closed_date:
            status_text += f"\n{p.closed_date.month}月{p.closed_date.day}日"
        rows.append({"seq": str(i), "text": p.text, "source": p.source or "—", "measures": p.measures or "—",
                     "lead": p.lead_unit or "—", "partners": "、".join(p.partner_units) or "—",
                     "people": _people(p.leader, p.person), "due": _due(p.due, p.due_text), "status": status_text,
                     "light": _light(lit),
                     "progress": (p.closing_note and f"销号核查：{p.closing_note}") or p.latest_progress or "—"})
    values = {"total": len(found), "open": counts[ProblemStatus.OPEN], "fixed": counts[ProblemStatus.FIXED],
              "closed": counts[ProblemStatus.CLOSED], "overdue": overdue, "sheet": "问题整改清单"}
    return TableReport("problems", office_name(db), today, [Part(values, [Table("problems", rows)])])


def indicators_report(db: Database, *, today: date | None = None) -> TableReport:
    today = today or clock.today()
    found = indicator_services.list_indicators(db)
    fmt = indicator_services.fmt_value
    rows, last_field = [], None
    for i, v in enumerate(found, start=1):
        r = v.row
        name = f"{r.name}（{r.measure}）" if r.measure and r.measure not in r.name else r.name
        target = r.target + (f"\n（{r.target_year}年）" if r.target_year else "")
        base = f"{fmt(r.base_value)}（{r.base_year}年）" if r.base_value is not None else "—"
        rows.append({"seq": str(i), "field": r.field if r.field != last_field else "", "name": name, "base": base,
                     "target": target, "nature": r.nature, "latest": fmt(v.latest["value"]) if v.latest else "—",
                     "period": v.latest["period"] if v.latest else "—", "status": indicator_services.status_text(v),
                     "light": _light(v.light), "unit": r.unit or "—"})
        last_field = r.field
    counts = {s: sum(v.status == s for v in found) for s in STATUS_LABELS}
    notes = [v.row.note or UPPER_NOTE for v in found if UPPER_MARK in v.row.target]
    # the plan's own words when all marked indicators share them ("以省上下达指标为准")
    footnote = f"注：标注{UPPER_MARK}的指标数值{notes[0] if len(set(notes)) == 1 else UPPER_NOTE}。" if notes else ""
    return TableReport("indicators", office_name(db), today,
                       [Part({"total": len(found), **counts, "sheet": "指标监测表"}, [Table("indicators", rows, carry=("field",))],
                             footnote)])


def projects_report(db: Database, *, unit: str | None = None, year: int | None = None,
                    today: date | None = None) -> TableReport:
    today = today or clock.today()
    year = year or ledger_year(db, today)
    found = project_services.list_projects(db, unit=unit, year=year, today=today)
    money = project_services.fmt_money
    rows = []
    for i, p in enumerate(found, start=1):
        n = p.node_counts()
        total = len(p.milestones)
        nodes = (f"{n['met'] + n['late']}/{total}个完成" + (f"，逾期完成{n['late']}个" if n["late"] else "")
                 + (f"，逾期未完成{n['overdue']}个" if n["overdue"] else "")) if total else "—"
        rows.append({"seq": str(i), "name": p.task.title, "kind": p.kind, "lead": p.task.lead_unit or "—",
                     "plan_invest": money(p.plan_invest), "year_invest": money(p.year_invest),
                     "done_invest": money(p.done_invest),
                     "year_rate": "—" if p.year_rate is None else f"{p.year_rate:.1f}%",
                     "image": p.image or "—", "nodes": nodes, "light": _light(p.light)})

    def add(attr):
        values = [getattr(p, attr) for p in found if getattr(p, attr) is not None]
        return sum(values) if values else None

    year_plan, year_done = add("year_invest"), add("year_done")
    sums = {"name": "合计", "plan_invest": money(add("plan_invest")), "year_invest": money(year_plan),
             "done_invest": money(add("done_invest")),
             "year_rate": f"{year_done * 100 / year_plan:.1f}%" if year_plan and year_done is not None else "—"}
    return TableReport("projects", office_name(db), today,
                       [Part({"total": len(found), "year": year, "sheet": "重点项目推进表"},
                             [Table("projects", rows, total=sums if found else None)])])


def _task_rows(found, *, lead: bool) -> list[dict]:
    rows = []
    for i, (t, lit) in enumerate(found, start=1):
        rows.append({"seq": str(i), "title": t.title, "partners": "、".join(t.partner_units) or "—",
                     "lead": t.lead_unit or "—", "people": _people(t.leader, t.person),
                     "due": _due(t.due, t.due_text) if t.due or t.due_text else "—", "status": t.status.label,
                     "light": _light(lit), "latest": t.latest_progress or "—"})
    return rows


def responsibility_part(db: Database, *, unit_id: str | None = None, unit_name: str = "", leader: str | None = None,
                        today: date) -> Part:
    """One unit's (or one leader's) page: what it leads, partners, and the problems it must rectify."""
    if leader:
        leads = list_tasks(db, TaskFilter(person=leader), today=today)
        leads = [(t, lit) for t, lit in leads if t.leader == leader]
        partners: list = []
        probs = [(p, lit) for p, lit in problem_services.list_problems(db, today=today) if p.leader == leader]
        who = leader
    else:
        found = list_tasks(db, TaskFilter(unit=unit_id), today=today)
        leads = [(t, lit) for t, lit in found if t.lead_unit_id == unit_id]
        partners = [(t, lit) for t, lit in found if t.lead_unit_id != unit_id]
        probs = problem_services.list_problems(db, unit=unit_id, today=today)
        who = unit_name
    prob_rows = []
    for i, (p, lit) in enumerate(probs, start=1):
        role = "牵头" if leader or p.lead_unit_id == unit_id else "配合"
        prob_rows.append({"seq": str(i), "text": p.text, "role": role, "measures": p.measures or "—",
                          "due": _due(p.due, p.due_text), "status": p.status.label, "light": _light(lit)})
    values = {"who": who, "sheet": who, "leads": len(leads), "partners": len(partners), "problems": len(probs),
              "red": sum(1 for _, lit in leads if lit == Light.RED),
              "yellow": sum(1 for _, lit in leads if lit == Light.YELLOW)}
    tables = [Table("lead", _task_rows(leads, lead=True))]
    if not leader:
        tables.append(Table("partner", _task_rows(partners, lead=False)))
    tables.append(Table("problems", prob_rows))
    return Part(values, tables)


def responsibility_report(db: Database, *, unit: str | None = None, leader: str | None = None,
                          today: date | None = None) -> TableReport:
    """Every unit with something to answer for (or the one named), one part each; or one leader's."""
    today = today or clock.today()
    parts = []
    if leader:
        parts.append(responsibility_part(db, leader=leader.strip(), today=today))
    else:
        from kydesk.store.units import find_unit

        if unit:
            u = find_unit(db, unit)
            if u is None:
                raise KydeskError(f"找不到单位：{unit}")
            units = [u]
        else:
            units = all_units(db)
        for u in units:
            part = responsibility_part(db, unit_id=u.id, unit_name=u.name, today=today)
            if unit or part.values["leads"] or part.values["partners"] or part.values["problems"]:
                parts.append(part)
    if not parts:
        raise KydeskError("没有任何单位承担任务或整改问题，责任清单为空")
    return TableReport("responsibility", office_name(db), today, parts)


def leaders(db: Database) -> list[str]:
    """Every 责任领导 named on a task or problem (the 责任清单's leader list)."""
    names = {t.leader for t, _ in list_tasks(db) if t.leader}
    names |= {p.leader for p, _ in problem_services.list_problems(db) if p.leader}
    return sorted(names)


def build(db: Database, kind: str, *, today: date | None = None, **options) -> TableReport:
    if kind == "problems":
        return problems_report(db, unit=options.get("unit"), status=options.get("status"), today=today)
    if kind == "indicators":
        return indicators_report(db, today=today)
    if kind == "projects":
        return projects_report(db, unit=options.get("unit"), year=options.get("year"), today=today)
    if kind == "responsibility":
        return responsibility_report(db, unit=options.get("unit"), leader=options.get("leader"), today=today)
    raise KydeskError(f"未知的报表：{kind}")


def write(db: Database, kind: str, out, *, paper: str = "A4", today: date | None = None, progress=None,
          **options):
    """The report as PDF, Excel when `out` ends in .xlsx, Word when .docx; returns (path, count, warning):
    pages of the PDF, sheets of the workbook, parts (units) of the Word document."""
    report = build(db, kind, today=today, **options)
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        from kydesk.printing.ruled_tables import resolved
        from kydesk.xlsx.table_report import write_table_report

        sheets = resolved(report)
        return write_table_report(out, sheets, progress=progress), len(sheets), None
    if out.suffix.lower() == ".docx":
        from kydesk.printing.table_docx import build_table_docx

        path, count = build_table_docx(report, out, paper=paper, progress=progress)
        return path, count, None
    use_print_fonts(db)
    from kydesk.printing.ruled_tables import build_table_pdf

    result = build_table_pdf(report, out, paper=paper, progress=progress)
    return result.path, result.pages, result.warning


def responsibility_overview(db: Database, *, by: str = "unit", today: date | None = None) -> list[dict]:
    """The 责任清单 view's rows: per unit (or per 责任领导) how many tasks it leads and partners, their lights,
    and its problems; only those with something to answer for."""
    today = today or clock.today()
    out = []
    if by == "leader":
        for name in leaders(db):
            v = responsibility_part(db, leader=name, today=today).values
            out.append({"key": name, "who": name, **_counts(v)})
        return out
    for u in all_units(db):
        v = responsibility_part(db, unit_id=u.id, unit_name=u.name, today=today).values
        if v["leads"] or v["partners"] or v["problems"]:
            out.append({"key": u.id, "who": u.name, **_counts(v)})
    return out


def _counts(values: dict) -> dict:
    return {k: values[k] for k in ("leads", "partners", "problems", "red", "yellow")}
