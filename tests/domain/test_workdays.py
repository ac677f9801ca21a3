from datetime import date, datetime, timedelta

import pytest

from kydesk.domain import workdays
from kydesk.domain.workdays import (
    add_workdays,
    fixed_holidays,
    has_official_calendar,
    is_workday,
    workdays_between,
)

D = date.fromisoformat


@pytest.mark.parametrize("day, expected", [
    ("2024-09-29", True),    # Sunday made a workday (调休) for National Day
    ("2024-09-30", True),
    ("2024-10-01", False),   # 国庆
    ("2024-10-07", False),   # a Monday inside the holiday
    ("2024-10-08", True),
    ("2024-10-12", True),    # Saturday 调休
    ("2024-10-13", False),   # ordinary Sunday
    ("2024-02-12", False),   # 春节 (lunar: comes from the official data)
    ("2024-02-18", True),    # Sunday 调休 after 春节
    ("2025-05-02", False),   # second 劳动节 day from 2025
    ("2026-01-01", False),
    ("2026-01-04", True),    # Sunday 调休
])
def test_official_calendar_years(day, expected):
    assert is_workday(D(day)) is expected


@pytest.mark.parametrize("day, expected", [
    ("2027-01-01", True),    # a Friday: without the user's table it is an ordinary weekday
    ("2027-01-02", False),   # Saturday
    ("2027-01-03", False),   # Sunday
    ("2027-10-01", True),
    ("2030-06-03", True),    # Monday
    ("2003-06-07", False),   # before the data too: Saturday
])
def test_uncovered_years_fall_back_to_monday_to_friday(day, expected):
    assert is_workday(D(day)) is expected


def test_uncovered_years_use_the_users_tables():
    holidays = {D("2027-01-01"), D("2027-10-01")}
    assert is_workday(D("2027-01-01"), extra_holidays=holidays) is False
    assert is_workday(D("2027-10-01"), extra_holidays=holidays) is False
    assert is_workday(D("2027-09-25"), extra_workdays=[D("2027-09-25")]) is True   # a Saturday 调休


def test_users_tables_override_the_official_calendar():
    assert is_workday(D("2024-10-01"), extra_workdays={D("2024-10-01")}) is True
    assert is_workday(D("2024-10-08"), extra_holidays={D("2024-10-08")}) is False
    # a day in both tables: the explicit 调休 workday wins
    both = {D("2024-10-08")}
    assert is_workday(D("2024-10-08"), extra_holidays=both, extra_workdays=both) is True


def test_tables_may_be_dicts_or_hold_datetimes():
    table = {datetime(2027, 1, 1, 0, 0): "元旦"}
    assert is_workday(D("2027-01-01"), extra_holidays=table) is False
    assert is_workday(datetime(2027, 1, 1, 15, 0), extra_holidays=[D("2027-01-01")]) is False


@pytest.mark.parametrize("start, n, expected", [
    ("2024-09-30", 1, "2024-10-08"),     # across National Day
    ("2024-10-11", 1, "2024-10-12"),     # onto the Saturday 调休
    ("2024-09-27", 1, "2024-09-29"),     # Friday -> Sunday 调休
    ("2024-10-08", -1, "2024-09-30"),
    ("2024-10-05", 0, "2024-10-05"),     # n == 0 leaves even a holiday unchanged
    ("2024-05-13", 5, "2024-05-20"),
    ("2024-05-13", -5, "2024-05-07"),     # Saturday 2024-05-11 was a 调休 workday
    ("2024-12-31", 1, "2025-01-02"),     # 2025-01-01 is 元旦
    ("2026-12-31", 1, "2027-01-01"),     # into an uncovered year: Friday counts
    ("2027-01-01", -1, "2026-12-31"),
    ("2027-12-31", 1, "2028-01-03"),     # Friday -> Monday
    ("2028-02-28", 1, "2028-02-29"),     # leap day, uncovered year
])
def test_add_workdays(start, n, expected):
    assert add_workdays(D(start), n) == D(expected)


def test_add_workdays_with_user_holidays_in_uncovered_year():
    holidays = [d for d, _ in fixed_holidays(2027)]
    assert add_workdays(D("2026-12-31"), 1, extra_holidays=holidays) == D("2027-01-04")
    assert add_workdays(D("2027-09-30"), 1, extra_holidays=holidays) == D("2027-10-04")
    assert add_workdays(D("2027-09-30"), 1, holidays, [D("2027-10-02")]) == D("2027-10-02")


def test_add_workdays_accepts_datetime():
    assert add_workdays(datetime(2024, 5, 13, 18, 0), 1) == D("2024-05-14")


@pytest.mark.parametrize("a, b, expected", [
    ("2024-05-13", "2024-05-13", 0),
    ("2024-05-13", "2024-05-17", 4),      # Tue..Fri
    ("2024-05-17", "2024-05-13", -4),     # Mon..Thu walked backwards
    ("2024-09-30", "2024-10-08", 1),
    ("2024-09-30", "2024-10-13", 5),      # 8,9,10,11,12(Sat 调休)
    ("2024-01-01", "2024-12-31", 251),    # 2024 had 251 working days; 1-1 itself was 元旦
    ("2027-01-01", "2027-12-31", 260),    # uncovered: Monday–Friday count
    ("2024-10-05", "2024-10-06", 0),
])
def test_workdays_between(a, b, expected):
    assert workdays_between(D(a), D(b)) == expected


def test_workdays_between_uses_tables():
    holidays = [d for d, _ in fixed_holidays(2027)]
    assert workdays_between(D("2026-12-31"), D("2027-01-08"), extra_holidays=holidays) == 5


@pytest.mark.parametrize("start", ["2024-10-05", "2024-09-30", "2026-12-25", "2027-06-05", "2024-02-29"])
@pytest.mark.parametrize("n", [-25, -3, -1, 0, 1, 2, 7, 30])
def test_add_and_between_are_inverse(start, n):
    a = D(start)
    assert workdays_between(a, add_workdays(a, n)) == n


def test_has_official_calendar():
    assert has_official_calendar(2024) is True
    assert has_official_calendar(2027) is False
    assert has_official_calendar(2003) is False


def test_fixed_holidays():
    assert fixed_holidays(2024) == [
        (D("2024-01-01"), "元旦"), (D("2024-05-01"), "劳动节"),
        (D("2024-10-01"), "国庆节"), (D("2024-10-02"), "国庆节"), (D("2024-10-03"), "国庆节"),
    ]
    days = [d for d, _ in fixed_holidays(2027)]
    assert D("2027-05-02") in days and len(days) == 6
    # consistent with the official data where it exists
    for y in (2025, 2026):
        assert not any(is_workday(d) for d, _ in fixed_holidays(y))


@pytest.fixture
def fresh_cache(monkeypatch):
    monkeypatch.setattr(workdays, "_uncovered_years", set())


def test_without_chinese_calendar_installed(monkeypatch, fresh_cache):
    monkeypatch.setattr(workdays, "_cc", None)
    assert is_workday(D("2024-10-01")) is True            # just a Tuesday now
    assert is_workday(D("2024-10-12")) is False
    assert has_official_calendar(2024) is False
    assert add_workdays(D("2024-09-30"), 1) == D("2024-10-01")


def test_a_calendar_that_stops_covering_a_year(monkeypatch, fresh_cache):
    calls = []

    class Stub:
        @staticmethod
        def is_workday(d):
            calls.append(d)
            raise NotImplementedError(f"no available data for year {d.year}")

    monkeypatch.setattr(workdays, "_cc", Stub)
    start = D("2024-09-30")
    assert add_workdays(start, 10) == start + timedelta(days=14)
    assert len(calls) == 1        # learnt once per year, not asked again for every day
