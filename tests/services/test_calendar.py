"""Working days keep working after the bundled calendar runs out (it stops at 2026)."""
from datetime import date

from kydesk.cli import main
from kydesk.services import calendar


def test_years_without_bundled_data_fall_back_to_weekdays_plus_the_users_table(db):
    # 2027-10-01 is a Friday; without the user's table it is a plain workday
    assert calendar.is_workday(db, date(2027, 10, 1))
    assert calendar.missing_calendar_years(db, [2024, 2027]) == [2027]
    for day in range(1, 8):
        calendar.set_day(db, date(2027, 10, day), name="国庆节")
    calendar.set_day(db, "2027-10-09", workday=True, name="国庆调休")
    assert not calendar.is_workday(db, date(2027, 10, 1))
    assert calendar.is_workday(db, date(2027, 10, 9)), "a 调休 Saturday is a workday"
    assert calendar.add_workdays(db, date(2027, 9, 30), 1) == date(2027, 10, 8)
    assert calendar.missing_calendar_years(db, [2027]) == []


def test_bundled_calendar_still_used_where_it_has_data(db):
    assert not calendar.is_workday(db, date(2024, 10, 1))
    assert calendar.is_workday(db, date(2024, 10, 12)), "2024-10-12 was a 调休 Saturday"


def test_holiday_cli(db_path, db, capsys):
    db.close()
    assert main(["--db", str(db_path), "holiday", "set", "2027-02-06", "--name", "春节"]) == 0
    assert main(["--db", str(db_path), "holiday", "list", "--json"]) == 0
    assert '"春节"' in capsys.readouterr().out
    assert main(["--db", str(db_path), "holiday", "set", "2027-02-30"]) == 1
