"""问题清单 statuses and lights, 指标 periods and the met / on_track / behind rules."""
from datetime import date

import pytest

from kydesk.domain.errors import ValidationError
from kydesk.domain.indicator_status import judge, parse_period, status_light, upper_set
from kydesk.domain.models import Light
from kydesk.domain.problems import Problem, ProblemStatus, explain_problem_light, problem_light

TODAY = date(2025, 7, 15)


@pytest.mark.parametrize("text, status", [("整改中", "open"), ("已整改", "fixed"), ("已销号", "closed"),
                                          ("closed", "closed"), ("销号", "closed"), (" open ", "open")])
def test_problem_status_words(text, status):
    assert ProblemStatus.parse(text).value == status


def test_unknown_problem_status_names_the_choices():
    with pytest.raises(ValidationError, match="整改中、已整改、已销号"):
        ProblemStatus.parse("差不多了")


def _p(**kw):
    return Problem(id="p", text="用地指标不足", start=date(2025, 3, 1), **kw)


def test_a_problem_past_its_deadline_is_red_and_says_how_long():
    p = _p(due=date(2025, 7, 5))
    assert problem_light(p, TODAY) == Light.RED
    assert explain_problem_light(p, TODAY) == "已逾期10天"


def test_a_problem_due_within_the_warning_days_is_yellow():
    assert problem_light(_p(due=date(2025, 7, 20)), TODAY) == Light.YELLOW


def test_a_problem_has_no_percent_so_passing_time_alone_does_not_light_it():
    # 90% of its time has passed: a task at 0% would be red; a problem is judged by its deadline only
    assert problem_light(_p(due=date(2025, 8, 1)), TODAY) == Light.GREEN


def test_rectified_and_struck_off_problems_are_not_lit():
    for status in (ProblemStatus.FIXED, ProblemStatus.CLOSED):
        assert problem_light(_p(due=date(2025, 7, 5), status=status), TODAY) is None


def test_an_ongoing_problem_is_lit_by_its_last_report():
    p = _p(due=None, due_text="长期坚持", ongoing=True, last_report=date(2025, 5, 1))
    assert problem_light(p, TODAY) == Light.RED          # 75 days without a report


@pytest.mark.parametrize("text, key, year, fraction", [
    ("2025", "2025", 2025, 1.0), ("2025Q3", "2025Q3", 2025, 0.75), ("2025q1", "2025Q1", 2025, 0.25),
    ("2025年第三季度", "2025Q3", 2025, 0.75), ("2025-06", "2025-06", 2025, 0.5), ("2025年", "2025", 2025, 1.0)])
def test_periods(text, key, year, fraction):
    p = parse_period(text)
    assert (p.key, p.year, p.end_fraction) == (key, year, fraction)


@pytest.mark.parametrize("text", ["2025H1", "25Q3", "2025Q5", "2025-13", ""])
def test_bad_periods_are_refused(text):
    with pytest.raises(ValidationError, match="统计期"):
        parse_period(text)


def test_met_whatever_the_year():
    assert judge("≤11", 10.5, "2023", base=14, base_year=2020, target_year=2025) == "met"
    assert judge("80*", 81, "2025") == "met"                  # * is the higher level's figure, not part of it


def test_on_the_straight_path_before_the_target_year():
    # 20 (2020) -> 25 (2025): at the end of 2023 the path stands at 23
    assert judge("≥25", 23.0, "2023", base=20, base_year=2020, target_year=2025) == "on_track"
    assert judge("≥25", 22.9, "2023", base=20, base_year=2020, target_year=2025) == "behind"
    # a ceiling: 14 -> 11, at the end of 2023 the path stands at 12.2
    assert judge("≤11", 12.2, "2023", base=14, base_year=2020, target_year=2025) == "on_track"
    assert judge("≤11", 12.5, "2023", base=14, base_year=2020, target_year=2025) == "behind"


def test_a_quarter_is_measured_at_its_end():
    # 2024Q2 is 3.5 years after the 2020 base: path 20 + 5 * 3.5 / 5 = 23.5
    assert judge("≥25", 23.5, "2024Q2", base=20, base_year=2020, target_year=2025) == "on_track"
    assert judge("≥25", 23.4, "2024Q2", base=20, base_year=2020, target_year=2025) == "behind"


def test_not_met_in_the_target_year_is_behind_and_without_base_before_it_on_its_way():
    assert judge("≥25", 24.9, "2025", base=20, base_year=2020, target_year=2025) == "behind"
    assert judge("≥25", 24.9, "2023", target_year=2025) == "on_track"
    assert judge("≥25", 24.9, "2023") == "behind"


def test_behind_is_red_for_binding_indicators_and_yellow_for_expected_ones():
    assert status_light("behind", "约束性") == Light.RED
    assert status_light("behind", "预期性") == Light.YELLOW
    assert status_light("met", "约束性") == Light.GREEN
    assert status_light("no_data", "约束性") is None
    assert upper_set("80*") and not upper_set("≥80")
