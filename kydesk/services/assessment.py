"""年终考核: ONE data function (assessment_data) that the JSON, the PDF 年度考核结果表 and the Excel are made from.

The facts of the year are gathered here and scored by the sheet in reports/assessment.json (domain.assessment):
  - red / yellow task-months from the monthly light history (light_month, kept by the 月调度 and at each
    month's end), for the lead unit (牵头) and each partner (配合);
  - notices issued (提醒函, 督办单, 约谈通知; services.notices records them);
  - postponements granted of deadlines in the year (counted in the month of the original deadline);
  - late and missing reports: counts per unit handed in by a provider `reporting(db, year) -> {unit: (late,
    missing)}` (the 填报 module's late_and_missing), unit named by id, code or name; none = no such facts;
  - tasks finished at least `early_days` before their original deadline; problems rectified before their due.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from kydesk.domain import assessment as rules
from kydesk.domain import clock, lights
from kydesk.domain.errors import ValidationError
from kydesk.domain.models import TaskStatus
from kydesk.services import warroom as wr
from kydesk.services.notices import GRADES
from kydesk.services.reporting import late_and_missing
from kydesk.services.settings import use_print_fonts
from kydesk.store import assessment as aq
from kydesk.store import notices as notice_store
from kydesk.store import units as unit_store
from kydesk.store import warroom_queries as wq
from kydesk.store.db import Database

Reporting = Callable[[Database, int], dict[str, tuple[int, int]]]
# The provider the window and the command line score late and missing reports with (tests pass their own).
REPORTING: Reporting | None = late_and_missing
RECTIFIED = {"fixed", "closed", "done", "rectified", "已整改", "已销号"}


@dataclass
class AssessmentData:
    year: int
    org: str
    made: date
    sheet: rules.ScoreSheet
    units: list[rules.UnitScore] = field(default_factory=list)      # ranked, best first
    months: list[str] = field(default_factory=list)                  # months with a recorded light history
    title: str = ""

    def as_json(self) -> list[dict]:
        return [u.as_json() for u in self.units]


def load_sheet() -> rules.ScoreSheet:
    from kydesk.printing.layout import load_layout

    layout = load_layout("assessment")
    return rules.parse_sheet(layout.data, layout.source)


def check_year(year) -> int:
    try:
        y = int(year)
    except (TypeError, ValueError):
        raise ValidationError(f"年度“{year}”无效，请写成四位年份，如 2026", "year") from None
    if not 1990 <= y <= 2100:
        raise ValidationError(f"年度“{year}”不合理（应在 1990–2100 之间）", "year")
    return y


class _Names:
    """Unit ids -> the name the 作战图 and 月调度 count them under (a county's two rows are one unit)."""

    def __init__(self, db: Database):
        self.db = db
        self.leads = wr.Leads(db)

    def of(self, unit_id: str | None) -> str | None:
        name = self.leads.name_of_id(unit_id) if unit_id else wr.NO_UNIT
        return None if name == wr.NO_UNIT else name

    def roles(self, lead_id: str | None, partner_ids_json: str | None) -> list[tuple[str, str]]:
        out: dict[str, str] = {}
        lead = self.of(lead_id)
        if lead:
            out[lead] = rules.LEAD
        for pid in json.loads(partner_ids_json or "[]"):
            name = self.of(pid)
            if name and name not in out:
                out[name] = rules.PARTNER
        return list(out.items())

    def named(self, key: str) -> str | None:
        """A unit as a provider names it: id, code or name."""
        found = self.of(key) if key in self.leads._main else None
        if found:
            return found
        unit = unit_store.find_unit(self.db, key)
        return self.of(unit.id) if unit else None


def _facts(db: Database, year: int, sheet: rules.ScoreSheet, names: _Names, as_of: date,
           reporting: Reporting | None) -> list[rules.Fact]:
    facts: list[rules.Fact] = []

    def per_role(rule: str, row: dict, month: str | None, title: str | None = None, task_id: str = "") -> None:
        for unit, role in names.roles(row["lead_unit_id"], row["partner_unit_ids"]):
            facts.append(rules.Fact(rule, unit, role, title or row["title"], month, task_id))

    for r in aq.lit_months(db, year):
        per_role("red_month" if r["light"] == "red" else "yellow_month", r, r["month"], task_id=r["task_id"])
    for r in notice_store.notices_in_year(db, year):
        g = GRADES.get(r["kind"])
        if g:
            per_role(g.rule, r, r["month"], task_id=r["task_id"])
    for r in aq.granted_postponements(db, year):
        per_role("postponement", r, r["old_due"][:7], task_id=r["task_id"])
    for r in aq.done_in_year(db, year):
        if r["recurrence"] or r["ongoing"] or not r["due"]:
            continue
        done, due = date.fromisoformat(r["done_date"]), date.fromisoformat(r["due"])
        if (due - done).days >= sheet.early_days:
            per_role("early_finish", r, lights.month_of(done), task_id=r["id"])
    for r in aq.problems_due_in(db, year):
        unit = names.of(r["unit_id"])
        if not unit or r["status"] not in RECTIFIED:
            continue
        due = date.fromisoformat(r["due"])
        fixed_on = date.fromisoformat(r["status_on"]) if r["status_on"] else None
        if (fixed_on is not None and fixed_on < due) or as_of < due:
            month = lights.month_of(fixed_on) if fixed_on and fixed_on < due else None
            facts.append(rules.Fact("problem_early", unit, None, r["text"], month, r["id"]))
    if reporting is not None:
        for key, (late, missing) in reporting(db, year).items():
            unit = names.named(key)
            if unit is None:
                continue
            facts += [rules.Fact("late_report", unit, None, "", None)] * int(late or 0)
            facts += [rules.Fact("missing_report", unit, None, "", None)] * int(missing or 0)
    return facts


def _assessed_units(db: Database, year: int, today: date, names: _Names) -> list[str]:
    """Units leading or partnering a task of the year (cancelled ones aside), in 成员单位 order."""
    order = wq.unit_order(db)
    seen: dict[str, int] = {}
    items, _ = wr.year_tasks(db, year, today)
    for ct in items:
        t = ct.task
        if t.status == TaskStatus.CANCELLED:
            continue
        for uid in [t.lead_unit_id, *t.partner_unit_ids]:
            name = names.of(uid)
            if name and name not in seen:
                seen[name] = order.get(uid or "", len(order))
    return sorted(seen, key=lambda n: (seen[n], n))


def assessment_data(db: Database, year: int, today: date | None = None, *,
                    reporting: Reporting | None = None) -> AssessmentData:
    """Every assessed unit's score, rank and 扣分/加分明细 for `year`, as of `today` (default: today)."""
    from kydesk.printing.layout import load_layout

    year = check_year(year)
    today = today or clock.today()
    if today < date(year, 1, 1):
        raise ValidationError(f"{year}年尚未开始，不能考核", "year")
    sheet = load_sheet()
    names = _Names(db)
    as_of = min(today, date(year, 12, 31))
    facts = _facts(db, year, sheet, names, as_of, reporting)
    units = rules.score(sheet, _assessed_units(db, year, today, names), facts)
    org = wr.office_name(db)
    title = load_layout("assessment").text("title.template").format(year=year, org=org)
    return AssessmentData(year, org, today, sheet, units, wq.recorded_months(db, f"{year:04d}-01", f"{year:04d}-12"),
                          title)


def prepare_assessment(db: Database, today: date) -> frozenset[str]:
    """Before scoring: last month's lights are recorded if nobody made its 月调度 (as 通报 does)."""
    return frozenset(wr.close_past_month(db, today).tables)


def assessment_report(db: Database, year: int, out, *, today: date | None = None,
                      reporting: Reporting | None = None, progress=None):
    """The 年度考核结果表 to `out`: Excel when it ends in .xlsx, else PDF. Returns the PrintResult (or, for
    Excel, an object with .path, .pages = sheets, .warning = "")."""
    from pathlib import Path

    today = today or clock.today()
    prepare_assessment(db, today)
    data = assessment_data(db, year, today, reporting=reporting)
    if str(out).lower().endswith(".xlsx"):
        from kydesk.printing import PrintResult
        from kydesk.printing.assessment import assessment_sections, assessment_titles
        from kydesk.printing.layout import load_layout
        from kydesk.printing.table_report import columns
        from kydesk.xlsx.assessment import write_sheets

        L = load_layout("assessment")
        title, sub = assessment_titles(data, L)
        secs = assessment_sections(data, L)
        names = ("考核结果", "扣分加分明细", "评分规则")
        sheets = [(name, columns(L, s.key), s.rows, False, L.text(f"{s.key}.none", "")) for name, s in zip(names, secs)]
        return PrintResult(Path(write_sheets(out, title, sub, sheets, progress=progress)), len(sheets), {}, "")
    use_print_fonts(db)
    from kydesk.printing.assessment import build_assessment_pdf

    return build_assessment_pdf(data, out, progress=progress)
