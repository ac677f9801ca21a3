from datetime import date, datetime

import pytest

from kydesk.domain.deadlines import (
    Deadline,
    format_due,
    parse_deadline,
    parse_optional_deadline,
)
from kydesk.domain.errors import DeadlineError
from kydesk.domain.recurrence import next_occurrence, previous_occurrence

TODAY = date(2024, 5, 15)


def D(m, d, y=2024):
    return date(y, m, d)


@pytest.mark.parametrize("text, due", [
    # month phrases: last day of the month ("X月前" read like "X月底前", see parse_deadline)
    ("7月底前", D(7, 31)), ("7月底", D(7, 31)), ("7月前", D(7, 31)), ("7月份", D(7, 31)),
    ("7月末", D(7, 31)), ("7月底之前", D(7, 31)), ("7月底以前", D(7, 31)), ("7月底前完成", D(7, 31)),
    ("6月底前", D(6, 30)), ("12月底前", D(12, 31)), ("2月底", D(2, 29)), ("4月内", D(4, 30)),
    ("十一月底前", D(11, 30)), ("十二月底", D(12, 31)), ("元月底", D(1, 31)),
    # explicit dates
    ("2024年9月30日前", D(9, 30)), ("9月30日前", D(9, 30)), ("9月30日", D(9, 30)), ("9月30号", D(9, 30)),
    ("9月30", D(9, 30)), ("2024-09-30", D(9, 30)), ("2024.9.30", D(9, 30)), ("2024/9/30", D(9, 30)),
    ("20240930", D(9, 30)), ("9.30", D(9, 30)), ("9/30", D(9, 30)), ("09-30", D(9, 30)),
    ("２０２４年９月３０日", D(9, 30)), ("２０２４－０９－３０", D(9, 30)), ("二〇二四年九月三十日", D(9, 30)),
    ("2024-09-30 00:00:00", D(9, 30)), ("截至2024年9月30日", D(9, 30)), ("2024年2月29日", D(2, 29)),
    ("  7 月 底 前 ", D(7, 31)), ("7月底前。", D(7, 31)),
    # quarters and halves
    ("第三季度", D(9, 30)), ("三季度", D(9, 30)), ("三季度末", D(9, 30)), ("第3季度", D(9, 30)),
    ("三季末", D(9, 30)), ("一季度", D(3, 31)), ("二季度末前", D(6, 30)), ("四季度", D(12, 31)),
    ("Q3", D(9, 30)), ("2024Q2", D(6, 30)), ("2025年第一季度", D(3, 31, 2025)),
    ("上半年", D(6, 30)), ("年中", D(6, 30)), ("上半年底前", D(6, 30)), ("下半年", D(12, 31)),
    # the year
    ("年底前", D(12, 31)), ("年内", D(12, 31)), ("全年", D(12, 31)), ("年底", D(12, 31)),
    ("年末", D(12, 31)), ("年度", D(12, 31)), ("本年度", D(12, 31)), ("今年底", D(12, 31)),
    ("明年底", D(12, 31, 2025)), ("下一年底", D(12, 31, 2025)),
    ("2024年底前", D(12, 31)), ("2025年底", D(12, 31, 2025)), ("2025年", D(12, 31, 2025)),
    ("2025年前", D(12, 31, 2025)), ("2025年度", D(12, 31, 2025)), ("2025年上半年", D(6, 30, 2025)),
    ("2024-2025年", D(12, 31, 2025)), ("2024—2025年", D(12, 31, 2025)), ("2024至2025年", D(12, 31, 2025)),
    ("2024年-2025年", D(12, 31, 2025)), ("2024", D(12, 31)),
    # 旬 and parts of a month
    ("11月中旬", D(11, 20)), ("11月上旬前", D(11, 10)), ("11月下旬", D(11, 30)), ("2月下旬", D(2, 29)),
    ("三月中旬", D(3, 20)), ("7月初", D(7, 10)), ("7月中", D(7, 15)), ("7月中下旬", D(7, 31)),
    # year and month
    ("2024年9月", D(9, 30)), ("2024.9", D(9, 30)), ("2025年2月底", D(2, 28, 2025)),
    # ranges
    ("2024年7月至9月", D(9, 30)), ("7月1日至9月30日", D(9, 30)), ("7-9月", D(9, 30)), ("7月至9月底", D(9, 30)),
    ("2024年11月至2025年3月", D(3, 31, 2025)),
])
def test_phrases_resolve_to_last_day(text, due):
    d = parse_deadline(text, 2024, today=TODAY)
    assert d.due == due
    assert d.text == text.strip()
    assert not d.ongoing and d.recurrence is None


@pytest.mark.parametrize("text, start", [
    ("第三季度", D(7, 1)), ("三季度末", None), ("下半年", D(7, 1)), ("上半年", D(1, 1)),
    ("11月中旬", D(11, 11)), ("11月上旬", D(11, 1)), ("11月下旬", D(11, 21)), ("11月中旬前", None),
    ("7月底前", None), ("7月前", None), ("7月份", D(7, 1)), ("全年", D(1, 1)), ("年内", D(1, 1)),
    ("年底前", None), ("9月30日", None), ("2024-2025年", D(1, 1)), ("7月1日至9月30日", D(7, 1)),
    ("2024年7月至9月", D(7, 1)), ("一季度", D(1, 1)), ("年中", None),
])
def test_period_start(text, start):
    assert parse_deadline(text, 2024, today=TODAY).start == start


def test_written_year_beats_ledger_year():
    assert parse_deadline("2023年9月30日前", 2024, today=TODAY).due == date(2023, 9, 30)
    assert parse_deadline("9月30日", 2025, today=TODAY).due == date(2025, 9, 30)


def test_year_defaults_to_today():
    assert parse_deadline("7月底前", today=date(2026, 1, 3)).due == date(2026, 7, 31)
    assert parse_deadline("年底前", None, today=date(2027, 3, 1)).due == date(2027, 12, 31)


def test_year_default_uses_real_today():
    assert parse_deadline("年底").due == date(date.today().year, 12, 31)


@pytest.mark.parametrize("today, due", [
    (date(2024, 5, 15), date(2024, 5, 31)),
    (date(2024, 2, 1), date(2024, 2, 29)),
    (date(2023, 2, 1), date(2023, 2, 28)),
    (date(2024, 12, 31), date(2024, 12, 31)),
])
def test_month_end_without_month_is_the_current_month(today, due):
    assert parse_deadline("月底前", 2024, today=today).due == due
    assert parse_deadline("本月底", 2024, today=today).due == due


def test_next_month_and_this_quarter():
    assert parse_deadline("下月底", 2024, today=date(2024, 12, 5)).due == date(2025, 1, 31)
    assert parse_deadline("本季度末", 2024, today=date(2024, 11, 5)).due == date(2024, 12, 31)


@pytest.mark.parametrize("text", ["长期坚持", "持续推进", "常态化推进", "长期", "持续", "常态化",
                                  "长期坚持、持续推进", " 长期坚持 ", "常年开展"])
def test_ongoing(text):
    d = parse_deadline(text, 2024, today=TODAY)
    assert d == Deadline(due=None, text=text.strip(), ongoing=True)


@pytest.mark.parametrize("text, rec, due", [
    ("每月5日前", "monthly:5", D(6, 5)),          # May 5 has passed on May 15
    ("每月15日前", "monthly:15", D(5, 15)),       # on the day itself
    ("每月五日前", "monthly:5", D(6, 5)),
    ("每月5号", "monthly:5", D(6, 5)),
    ("每月底前", "monthly:end", D(5, 31)),
    ("每月", "monthly:end", D(5, 31)),
    ("每季度末", "quarterly:end", D(6, 30)),
    ("每季度首月10日前", "quarterly:10", D(7, 10)),
    ("每季度10日前", "quarterly:10", D(7, 10)),
    ("每半年", "halfyearly:end", D(6, 30)),
    ("每年底", "yearly:12-31", D(12, 31)),
    ("每年6月30日前", "yearly:06-30", D(6, 30)),
    ("每年6月底", "yearly:06-end", D(6, 30)),
    ("每周五前", "weekly:5", D(5, 17)),         # 2024-05-15 is a Wednesday
    ("每周一", "weekly:1", D(5, 20)),
    ("每周日", "weekly:7", D(5, 19)),
    ("每星期三", "weekly:3", D(5, 15)),
])
def test_recurring(text, rec, due):
    d = parse_deadline(text, 2024, today=TODAY)
    assert (d.recurrence, d.due, d.ongoing, d.text) == (rec, due, False, text)


def test_recurring_anchor_is_kept_in_the_ledger_year():
    # a 2025 ledger read in May 2024: its first occurrence is in January 2025
    assert parse_deadline("每月5日前", 2025, today=TODAY).due == date(2025, 1, 5)
    # a 2023 ledger read later: the last period of 2023, due early 2024
    assert parse_deadline("每月5日前", 2023, today=TODAY).due == date(2024, 1, 5)
    # December rollover within the ledger year
    assert parse_deadline("每月5日前", 2024, today=date(2024, 12, 20)).due == date(2025, 1, 5)


@pytest.mark.parametrize("text, fragment", [
    ("2月30日", "2024年2月只有29天"), ("2023年2月29日", "2023年2月只有28天"), ("13月底", "月份“13”"),
    ("0月底", "月份“0”"), ("五季度", "季度“5”"), ("9月31日", "9月只有30天"), ("2024年13月", "月份“13”"),
    ("3000年底", "年份“3000”"), ("2025-2024年", "颠倒"), ("9月30日至7月1日", "颠倒"), ("9-7月", "颠倒"),
    ("每月32日前", "每月32日"), ("每年2月30日", "每年2月30日"),
    ("年前", "节日"), ("春节前", "节日"), ("国庆节前", "节日"),
])
def test_impossible_dates_say_why(text, fragment):
    with pytest.raises(DeadlineError) as e:
        parse_deadline(text, 2024, today=TODAY)
    assert fragment in str(e.value)


@pytest.mark.parametrize("text", ["尽快", "马上", "ASAP", "30天内", "3个月内", "下下月", "前", "每", "每月第二周",
                                  "9月30日至", "abc", "2024年9月30日12", "底前"])
def test_unknown_phrases_quote_the_phrase(text):
    with pytest.raises(DeadlineError) as e:
        parse_deadline(text, 2024, today=TODAY)
    assert f"“{text}”" in str(e.value)


def test_unknown_message_matches_the_spec():
    with pytest.raises(DeadlineError) as e:
        parse_deadline("尽快", 2024, today=TODAY)
    assert str(e.value) == ("无法识别的时限“尽快”：请写成日期（如 2024年9月30日）"
                            "或“7月底前”“第三季度”“长期坚持”等")


@pytest.mark.parametrize("value", ["", "   ", None, float("nan")])
def test_empty_is_an_error(value):
    with pytest.raises(DeadlineError, match="时限为空"):
        parse_deadline(value, 2024, today=TODAY)


@pytest.mark.parametrize("value", ["", "  ", None, float("nan"), "/", "—", "无"])
def test_optional_empty_gives_none(value):
    assert parse_optional_deadline(value, 2024, TODAY) is None


def test_optional_passes_real_phrases_through():
    assert parse_optional_deadline("7月底前", 2024, today=TODAY).due == date(2024, 7, 31)
    with pytest.raises(DeadlineError):
        parse_optional_deadline("尽快", 2024)


@pytest.mark.parametrize("value, due, text", [
    (date(2024, 9, 30), date(2024, 9, 30), "2024年9月30日"),
    (datetime(2024, 9, 30, 0, 0), date(2024, 9, 30), "2024年9月30日"),
    (45565, date(2024, 9, 30), "2024年9月30日"),
    (45565.0, date(2024, 9, 30), "2024年9月30日"),
    (45565.75, date(2024, 9, 30), "2024年9月30日"),     # a time of day in the cell
    (45351, date(2024, 2, 29), "2024年2月29日"),
    (45292, date(2024, 1, 1), "2024年1月1日"),
    (2025, date(2025, 12, 31), "2025年"),               # a bare year typed into a cell
    ("45565", date(2024, 9, 30), "45565"),
])
def test_spreadsheet_values(value, due, text):
    d = parse_deadline(value, 2024, today=TODAY)
    assert (d.due, d.text) == (due, text)


@pytest.mark.parametrize("value", [9.3, 12.31, True, 60, 100, 10**7, float("inf")])
def test_spreadsheet_values_that_cannot_be_dates(value):
    with pytest.raises(DeadlineError):
        parse_deadline(value, 2024, today=TODAY)


def test_month_day_number_mangled_by_excel_explains():
    with pytest.raises(DeadlineError, match="设为文本"):
        parse_deadline(9.3, 2024)


def test_bad_ledger_year():
    with pytest.raises(DeadlineError, match="台账年份"):
        parse_deadline("7月底前", 24, today=TODAY)


def test_leap_years():
    assert parse_deadline("2月底前", 2023, today=TODAY).due == date(2023, 2, 28)
    assert parse_deadline("2月底前", 2000, today=TODAY).due == date(2000, 2, 29)
    assert parse_deadline("2月底前", 2100, today=TODAY).due == date(2100, 2, 28)
    assert parse_deadline("2月29日", 2028, today=TODAY).due == date(2028, 2, 29)


@pytest.mark.parametrize("rec, after, expected", [
    ("monthly:5", date(2024, 5, 5), date(2024, 5, 5)),
    ("monthly:5", date(2024, 5, 6), date(2024, 6, 5)),
    ("monthly:5", date(2024, 12, 6), date(2025, 1, 5)),
    ("monthly:31", date(2024, 2, 1), date(2024, 2, 29)),    # clamped to the month's last day
    ("monthly:31", date(2024, 3, 1), date(2024, 3, 31)),
    ("monthly:end", date(2023, 2, 10), date(2023, 2, 28)),
    ("quarterly:end", date(2024, 10, 1), date(2024, 12, 31)),
    ("quarterly:end", date(2024, 12, 31), date(2024, 12, 31)),
    ("quarterly:10", date(2024, 1, 11), date(2024, 4, 10)),
    ("quarterly:10", date(2024, 10, 11), date(2025, 1, 10)),
    ("halfyearly:end", date(2024, 7, 1), date(2024, 12, 31)),
    ("yearly:12-31", date(2025, 1, 1), date(2025, 12, 31)),
    ("yearly:02-29", date(2025, 1, 1), date(2025, 2, 28)),
    ("yearly:2-29", date(2024, 1, 1), date(2024, 2, 29)),
    ("yearly:06-end", date(2024, 7, 1), date(2025, 6, 30)),
    ("weekly:5", date(2024, 12, 28), date(2025, 1, 3)),
    ("weekly:1", date(2024, 5, 13), date(2024, 5, 13)),
])
def test_next_occurrence(rec, after, expected):
    assert next_occurrence(rec, after) == expected


@pytest.mark.parametrize("rec, before, expected", [
    ("monthly:5", date(2024, 5, 5), date(2024, 4, 5)),
    ("monthly:5", date(2024, 5, 6), date(2024, 5, 5)),
    ("monthly:5", date(2024, 1, 3), date(2023, 12, 5)),
    ("quarterly:end", date(2024, 1, 1), date(2023, 12, 31)),
    ("weekly:7", date(2024, 5, 19), date(2024, 5, 12)),
])
def test_previous_occurrence(rec, before, expected):
    assert previous_occurrence(rec, before) == expected


@pytest.mark.parametrize("rec", ["", "monthly", "monthly:0", "monthly:32", "daily:1", "weekly:8",
                                 "yearly:13-01", "yearly:02-30", "quarterly:x", "halfyearly:5"])
def test_bad_recurrence(rec):
    with pytest.raises(DeadlineError, match="周期"):
        next_occurrence(rec, TODAY)


@pytest.mark.parametrize("value, text", [
    (date(2024, 7, 31), "2024年7月31日"),
    (date(2024, 1, 5), "2024年1月5日"),
    (datetime(2024, 10, 1, 9, 30), "2024年10月1日"),
    (Deadline(due=date(2024, 9, 30), text="第三季度"), "2024年9月30日"),
    (Deadline(due=None, text="长期坚持", ongoing=True), "长期坚持"),
    (None, ""),
])
def test_format_due(value, text):
    assert format_due(value) == text


def test_format_due_rejects_other_types():
    with pytest.raises(TypeError):
        format_due("2024-07-31")


def test_format_round_trips_through_the_parser():
    for d in (date(2024, 1, 1), date(2024, 2, 29), date(2027, 12, 31)):
        assert parse_deadline(format_due(d), 2020, today=TODAY).due == d


def test_deadline_is_frozen():
    d = parse_deadline("7月底前", 2024, today=TODAY)
    with pytest.raises(AttributeError):
        d.due = date(2024, 1, 1)


@pytest.mark.parametrize("text", ["截至9月底", "到9月底", "力争9月底"])
def test_prefixes_are_ignored(text):
    d = parse_deadline(text, 2024, today=TODAY)
    assert (d.due, d.start) == (date(2024, 9, 30), None)
