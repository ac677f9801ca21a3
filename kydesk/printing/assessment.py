"""年度考核结果表 (reports/assessment.json) and 过半任务交账表 (reports/midyear.json) as PDF, A4 portrait.

Both are printed from the data objects of services.assessment / services.midyear (taken by attribute: this
layer does not import services) through printing.table_report. The row texts are made here once, by
`assessment_sections` / `midyear_sections`, and the Excel writes the very same cells.
"""
from __future__ import annotations

from kydesk.domain.assessment import ADDITION, months_text, number
from kydesk.domain.cn_text import cn_date
from kydesk.printing.layout import Layout, load_layout
from kydesk.printing.table_report import Section, build_table_report, columns

__all__ = ["assessment_sections", "build_assessment_pdf", "build_midyear_pdf", "columns", "midyear_sections"]


def _pts(value, sign: str = "") -> str:
    return f"{sign}{number(value)}"


def assessment_titles(data, L: Layout | None = None) -> tuple[str, str]:
    L = L or load_layout("assessment")
    sub = L.text("subtitle.template").format(year=data.year, date=cn_date(data.made), base=number(data.sheet.base),
                                             months=months_text(data.months))
    return data.title, sub


def assessment_sections(data, L: Layout | None = None) -> list[Section]:
    L = L or load_layout("assessment")
    rules = data.sheet.rules
    ranking, details = [], []
    for u in data.units:
        parts = [f"{rules[k].label}{number(v)}分" for k, v in u.totals.items() if rules[k].kind != ADDITION]
        ranking.append({"rank": str(u.rank), "unit": u.unit, "base": number(data.sheet.base),
                        "deducted": _pts(u.deducted), "added": _pts(u.added), "score": number(u.score),
                        "summary": "；".join(parts) or "—"})
        for item in u.deductions:
            details.append({"unit": u.unit, "rule": item.rule, "task": item.task or "—",
                            "month": _month(item.month), "points": _pts(item.points, "-")})
        for item in u.additions:
            details.append({"unit": u.unit, "rule": item.rule, "task": item.task or "—",
                            "month": _month(item.month), "points": _pts(item.points, "+")})
        for key, n in u.capped.items():
            details.append({"unit": u.unit, "rule": rules[key].label, "month": "",
                            "task": L.text("capped_note").format(n=n), "points": "0"})
    rule_rows = []
    for r in rules.values():
        same = r.lead == r.partner
        rule_rows.append({"label": r.label, "kind": "加分" if r.kind == ADDITION else "扣分",
                          "lead": number(r.lead), "partner": "同左" if same else number(r.partner),
                          "cap": number(r.cap) if r.cap is not None else "不设", "about": r.about})
    return [Section("ranking", ranking), Section("details", details), Section("rules_section", rule_rows)]


def _month(month: str | None) -> str:
    return f"{int(month[5:7])}月" if month else "—"


def build_assessment_pdf(data, out_path, progress=None):
    L = load_layout("assessment")
    title, sub = assessment_titles(data, L)
    return build_table_report(L, title, sub, assessment_sections(data, L), out_path, org=data.org,
                              subject="年度考核结果表", progress=progress)


# -- 过半任务交账表 ---------------------------------------------------------------------------------------

def midyear_titles(data, L: Layout | None = None) -> tuple[str, str]:
    L = L or load_layout("midyear")
    return (L.text("title.template").format(org=data.org, year=data.year),
            L.text("subtitle.template").format(date=cn_date(data.on), half=number_text(data.half_percent)))


def number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def midyear_sections(data) -> list[Section]:
    units = []
    for i, u in enumerate([*data.units, data.total], start=1):
        last = u is data.total
        units.append({"seq": "" if last else str(i), "name": u.name, "due_h1": str(u.due_h1),
                      "done_h1": str(u.done_h1), "undone_h1": str(u.due_h1 - u.done_h1), "tasks": str(u.tasks),
                      "done": str(u.done), "progress": f"{u.progress:.1f}%",
                      "schedule": f"{u.schedule:.1f}%" if u.schedule is not None else "—",
                      "half": "是" if u.half else "否"})
    undone = [{"seq": str(i), "unit": r.unit, "title": r.title, "due": r.due, "percent": f"{r.percent}%"}
              for i, r in enumerate(data.undone, start=1)]
    return [Section("units", units if data.units else [], bold_last=True), Section("undone", undone)]


def build_midyear_pdf(data, out_path, progress=None):
    L = load_layout("midyear")
    title, sub = midyear_titles(data, L)
    return build_table_report(L, title, sub, midyear_sections(data), out_path, org=data.org,
                              subject="过半任务交账表", progress=progress)
