"""年终考核 rules: a score sheet (reports/assessment.json) applied to the year's facts, per unit.

A fact is one thing that scores: a task-month lit red or yellow, a notice issued, a postponement granted, a
late or missing report, a task finished early, a problem rectified ahead of time. Each fact names its unit,
the unit's role on the task (牵头 / 配合, or none for unit-level facts), the task and the month, so every
point on the result traces back to one of them. Points per fact come from the sheet (separate figures for
牵头 and 配合); each rule's total per unit is capped, the facts counted in date order until the cap is
reached (the fact crossing it counts in part, later ones not at all and are reported as capped).

Arithmetic is decimal so 0.1 + 0.2 is 0.3 on the printed sheet as it is by hand.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from kydesk.domain.errors import ValidationError

DEDUCTION, ADDITION = "deduction", "addition"
LEAD, PARTNER = "lead", "partner"
ROLE_LABELS = {LEAD: "牵头", PARTNER: "配合"}

# The rules the program knows how to find facts for, in the order the sheet lists them.
RULE_KEYS = ("red_month", "yellow_month", "late_report", "missing_report", "reminder", "supervision",
             "postponement", "interview", "early_finish", "problem_early")
UNIT_RULES = {"late_report", "missing_report", "problem_early"}      # no 牵头/配合 split: one figure, "points"


@dataclass(frozen=True)
class Rule:
    key: str
    kind: str                       # deduction | addition
    label: str
    lead: Decimal
    partner: Decimal
    cap: Decimal | None             # None: no cap
    about: str = ""

    def points(self, role: str | None) -> Decimal:
        return self.partner if role == PARTNER else self.lead


@dataclass(frozen=True)
class ScoreSheet:
    base: Decimal
    floor: Decimal
    rules: dict[str, Rule]
    early_days: int = 15            # a task done at least this many days before its deadline is "early"
    source: str = ""

    def rule(self, key: str) -> Rule | None:
        return self.rules.get(key)


@dataclass(frozen=True)
class Fact:
    rule: str
    unit: str
    role: str | None = None         # lead | partner | None (unit-level)
    task: str = ""                  # task (or problem) title
    month: str | None = None        # YYYY-MM
    task_id: str = ""


@dataclass
class Item:
    """One line of the 扣分明细 / 加分明细."""

    rule: str                       # the rule's label, with the role: "红灯（牵头）"
    task: str
    month: str | None
    points: Decimal
    key: str = ""
    task_id: str = ""

    def as_json(self) -> dict:
        return {"rule": self.rule, "task": self.task, "month": self.month, "points": number(self.points)}


@dataclass
class UnitScore:
    unit: str
    score: Decimal
    rank: int = 0
    deductions: list[Item] = field(default_factory=list)
    additions: list[Item] = field(default_factory=list)
    totals: dict[str, Decimal] = field(default_factory=dict)       # rule key -> points counted
    capped: dict[str, int] = field(default_factory=dict)           # rule key -> facts not counted (cap)

    @property
    def deducted(self) -> Decimal:
        return sum((i.points for i in self.deductions), Decimal(0))

    @property
    def added(self) -> Decimal:
        return sum((i.points for i in self.additions), Decimal(0))

    def as_json(self) -> dict:
        return {"unit": self.unit, "score": number(self.score), "rank": self.rank,
                "deductions": [i.as_json() for i in self.deductions],
                "additions": [i.as_json() for i in self.additions]}


def number(value: Decimal) -> int | float:
    """A score as JSON shows it: 100, 97.5 (never 97.50000001)."""
    value = value.quantize(Decimal("0.01"))
    return int(value) if value == value.to_integral_value() else float(value)


def months_text(months: list[str]) -> str:
    """["2026-01", …, "2026-11"] -> "1–11月"; gaps listed: "1–3、5月"; none -> "无"."""
    nums = sorted(int(m[5:7]) for m in months)
    if not nums:
        return "无"
    runs: list[list[int]] = []
    for n in nums:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "、".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs) + "月"


def _dec(value, where: str) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError(f"{where} 应为数字，现为“{value}”", "assessment")
    try:
        out = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(f"{where} 应为数字，现为“{value}”", "assessment") from None
    if out < 0 or not out.is_finite():
        raise ValidationError(f"{where} 不能为负数，现为 {value}", "assessment")
    return out


def parse_sheet(data: dict, source: str = "reports/assessment.json") -> ScoreSheet:
    """The score sheet as declared; a wrong value is refused naming the file and the key."""
    if not isinstance(data, dict):
        raise ValidationError(f"评分表 {source} 格式有误：应为一个 JSON 对象", "assessment")
    rules_in = data.get("rules")
    if not isinstance(rules_in, dict):
        raise ValidationError(f"评分表 {source} 缺少“rules”（各项扣分、加分规则）", "assessment")
    rules = {}
    for key, spec in rules_in.items():
        if key.startswith("_"):
            continue

        def at(part: str = "", key=key) -> str:
            return f"评分表 {source} 中“rules.{key}{part}”"

        if key not in RULE_KEYS:
            raise ValidationError(f"{at()} 不是已知的规则（可用：{'、'.join(RULE_KEYS)}）", "assessment")
        if not isinstance(spec, dict):
            raise ValidationError(f"{at()} 应为一个对象", "assessment")
        kind = spec.get("kind", DEDUCTION)
        if kind not in (DEDUCTION, ADDITION):
            raise ValidationError(f"{at('.kind')} 应为 deduction（扣分）或 addition（加分）", "assessment")
        if key in UNIT_RULES or "points" in spec:
            lead = partner = _dec(spec.get("points", 0), at(".points"))
        else:
            lead = _dec(spec.get("lead", 0), at(".lead"))
            partner = _dec(spec.get("partner", 0), at(".partner"))
        cap = spec.get("cap")
        rules[key] = Rule(key, kind, str(spec.get("label") or key), lead, partner,
                          None if cap is None else _dec(cap, at(".cap")), str(spec.get("_about", "")))
    early = data.get("early_days", 15)
    if isinstance(early, bool) or not isinstance(early, int) or early < 0:
        raise ValidationError(f"评分表 {source} 中“early_days”应为不小于 0 的整数，现为“{early}”", "assessment")
    return ScoreSheet(_dec(data.get("base", 100), f"评分表 {source} 中“base”"),
                      _dec(data.get("floor", 0), f"评分表 {source} 中“floor”"), rules, early, source)


def _label(rule: Rule, role: str | None) -> str:
    return f"{rule.label}（{ROLE_LABELS[role]}）" if role in ROLE_LABELS and rule.key not in UNIT_RULES else rule.label


def score(sheet: ScoreSheet, units: list[str], facts: list[Fact]) -> list[UnitScore]:
    """Every unit of `units` (in that order, plus any a fact names) scored and ranked: rank 1 is the best;
    equal scores share a rank (1, 1, 3)."""
    names = list(dict.fromkeys([*units, *(f.unit for f in facts)]))
    out = {u: UnitScore(u, sheet.base) for u in names}
    ordered = sorted(facts, key=lambda f: (f.month or "9999-99", RULE_KEYS.index(f.rule) if f.rule in RULE_KEYS
                                           else 99, f.task, f.role or ""))
    for f in ordered:
        rule = sheet.rule(f.rule)
        if rule is None:
            continue
        points = rule.points(f.role)
        if points == 0:
            continue
        u = out[f.unit]
        so_far = u.totals.get(rule.key, Decimal(0))
        if rule.cap is not None and so_far + points > rule.cap:
            points = max(rule.cap - so_far, Decimal(0))
            if points == 0:
                u.capped[rule.key] = u.capped.get(rule.key, 0) + 1
                continue
        u.totals[rule.key] = so_far + points
        item = Item(_label(rule, f.role), f.task, f.month, points, rule.key, f.task_id)
        (u.deductions if rule.kind == DEDUCTION else u.additions).append(item)
    for u in out.values():
        u.score = max(sheet.floor, sheet.base - u.deducted + u.added)
    result = list(out.values())
    for u in result:
        u.rank = 1 + sum(1 for v in result if v.score > u.score)
    position = {u: i for i, u in enumerate(names)}
    return sorted(result, key=lambda u: (u.rank, position[u.unit]))
