"""年终考核 rules: points by role, caps counted in month order, ties share a rank, floor, sheet errors."""
from decimal import Decimal

import pytest

from kydesk.domain.assessment import Fact, months_text, number, parse_sheet, score
from kydesk.domain.errors import ValidationError

SHEET = {"base": 100, "floor": 60, "early_days": 10, "rules": {
    "red_month": {"label": "红灯", "lead": 3, "partner": 1, "cap": 7},
    "late_report": {"label": "迟报", "points": 0.1},
    "early_finish": {"kind": "addition", "label": "提前完成", "lead": 0.3, "partner": 0.1, "cap": 0.5}}}


def test_caps_count_in_month_order_and_the_crossing_fact_counts_in_part():
    sheet = parse_sheet(SHEET)
    facts = [Fact("red_month", "甲局", "lead", "任务一", f"2026-0{m}") for m in (4, 2, 3)]
    facts += [Fact("early_finish", "甲局", "lead", f"任务{n}", "2026-05") for n in "二三"]
    [u] = score(sheet, ["甲局"], facts)
    assert [(i.month, i.points) for i in u.deductions] == [("2026-02", 3), ("2026-03", 3), ("2026-04", 1)]
    assert [i.points for i in u.additions] == [Decimal("0.3"), Decimal("0.2")]
    assert u.capped == {} and u.score == Decimal("93.5")
    facts.append(Fact("red_month", "甲局", "lead", "任务一", "2026-05"))
    [u] = score(sheet, ["甲局"], facts)
    assert u.capped == {"red_month": 1} and u.deducted == 7


def test_partner_points_decimal_sums_ties_and_floor():
    sheet = parse_sheet(SHEET)
    facts = [Fact("late_report", "乙局")] * 3 + [Fact("red_month", "丙局", "partner", "任务", "2026-01")]
    facts += [Fact("red_month", "丁局", "lead", "任务", f"2026-{m:02d}") for m in range(1, 13)]
    result = score(sheet, ["甲局", "乙局", "丙局", "丁局"], facts)
    got = {u.unit: (number(u.score), u.rank) for u in result}
    assert got == {"甲局": (100, 1), "乙局": (99.7, 2), "丙局": (99, 3), "丁局": (93, 4)}
    assert [u.unit for u in result] == ["甲局", "乙局", "丙局", "丁局"]
    assert result[2].deductions[0].rule == "红灯（配合）" and result[1].deductions[0].rule == "迟报"
    uncapped = parse_sheet({**SHEET, "rules": {"red_month": {"lead": 5}}})
    [u] = score(uncapped, ["丁局"], [f for f in facts if f.unit == "丁局"])
    assert u.score == 60                                   # 100 − 60 would be 40: the floor holds
    tied = score(sheet, ["甲局", "乙局"], [])
    assert [(u.unit, u.rank) for u in tied] == [("甲局", 1), ("乙局", 1)]


@pytest.mark.parametrize("bad, words", [
    ({"rules": {"red_month": {"lead": -1}}}, "rules.red_month.lead"),
    ({"rules": {"bonus": {"points": 1}}}, "不是已知的规则"),
    ({"rules": {"red_month": {"kind": "penalty"}}}, "rules.red_month.kind"),
    ({"rules": {"red_month": {"cap": "x"}}}, "rules.red_month.cap"),
    ({}, "rules"),
    ({"rules": {}, "early_days": -3}, "early_days"),
])
def test_sheet_errors_name_the_key(bad, words):
    with pytest.raises(ValidationError, match=words):
        parse_sheet(bad, "reports/assessment.json")


def test_the_shipped_sheet_parses_with_every_rule():
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).resolve().parents[2] / "reports" / "assessment.json").read_text("utf-8"))
    sheet = parse_sheet(data)
    assert sheet.base == 100 and len(sheet.rules) == 10
    assert all(r.about for r in sheet.rules.values())      # every default is documented in the file


def test_months_text():
    assert months_text([]) == "无"
    assert months_text(["2026-01", "2026-02", "2026-03", "2026-05"]) == "1–3、5月"
