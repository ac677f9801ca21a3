"""Monthly light history: the 月调度 records the running month, an ended month is recorded once and never
rewritten, streaks and the year's reds per unit come from it."""
from datetime import date

from kydesk.domain.lights import light_streak, month_bounds, month_of, months_until, repeated
from kydesk.domain.models import Light
from tests.conftest import TODAY
from tests.printing.warroom.conftest import LEDGER


def stored(db, month):
    return {r[0]: r[1] for r in db.conn.execute("SELECT task_id, light FROM light_month WHERE month = ?", (month,))}


def test_month_helpers():
    assert month_of(date(2024, 7, 15)) == "2024-07"
    assert month_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_bounds("2024-12") == (date(2024, 12, 1), date(2024, 12, 31))
    assert months_until(2024, "2024-03") == ["2024-01", "2024-02", "2024-03"]
    assert repeated(["green", "yellow", "yellow"]) and repeated([None, "yellow", "red"])
    assert not repeated(["yellow", "green"]) and not repeated(["yellow"])
    assert light_streak([Light.YELLOW, Light.RED, Light.YELLOW]) == 3


def test_record_running_month_then_replace_it(db, ledger):
    from kydesk.services import tasks, warroom

    done = warroom.record_month_lights(db, "2024-07", TODAY)
    assert "light_month" in done.tables
    lights = stored(db, "2024-07")
    assert lights[ledger["逾期未完成的景区创建"]] == "red"
    assert lights[ledger["临期的招商推介会"]] == "yellow"
    assert lights[ledger["已办结的规划编制"]] is None                 # done: not lit
    tasks.mark_done(db, ledger["逾期未完成的景区创建"], on=date(2024, 7, 20))
    warroom.record_month_lights(db, "2024-07", date(2024, 7, 25))      # the 月调度 made again: replaced
    assert stored(db, "2024-07")[ledger["逾期未完成的景区创建"]] is None


def test_an_ended_month_is_recorded_as_of_its_last_day_and_never_rewritten(db, ledger):
    from kydesk.services import tasks, warroom

    # on June 30 the 推介会 (due July 20, 80% done) was green; today it is yellow (due within 7 days)
    warroom.record_month_lights(db, "2024-06", TODAY)
    june = stored(db, "2024-06")
    assert june[ledger["临期的招商推介会"]] == "green"
    tasks.update_task(db, ledger["按序时推进的产业链清单"], percent=0)
    again = warroom.record_month_lights(db, "2024-06", TODAY)
    assert not again and "此前已记录" in again.message
    assert stored(db, "2024-06") == june


def test_a_task_done_after_the_month_was_still_lit_in_it(db, ledger):
    from kydesk.services import tasks, warroom

    tasks.mark_done(db, ledger["逾期未完成的景区创建"], on=date(2024, 7, 10))
    warroom.record_month_lights(db, "2024-06", TODAY)
    assert stored(db, "2024-06")[ledger["逾期未完成的景区创建"]] == "red"     # 0% at the deadline
    warroom.record_month_lights(db, "2024-07", TODAY)
    assert stored(db, "2024-07")[ledger["逾期未完成的景区创建"]] is None


def test_close_past_month_once(db, ledger):
    from kydesk.services import warroom

    assert warroom.close_past_month(db, TODAY)
    assert stored(db, "2024-06")
    assert not warroom.close_past_month(db, TODAY)


def test_future_month_and_bad_month_are_refused(db):
    import pytest

    from kydesk.domain.errors import ValidationError
    from kydesk.services import warroom

    with pytest.raises(ValidationError, match="尚未开始"):
        warroom.record_month_lights(db, "2024-09", TODAY)
    with pytest.raises(ValidationError, match="YYYY-MM"):
        warroom.record_month_lights(db, "七月", TODAY)


def test_history_streaks_and_reds_per_unit(db, ledger):
    from kydesk.services import warroom

    warroom.record_month_lights(db, "2024-05", date(2024, 5, 31))
    warroom.record_month_lights(db, "2024-06", date(2024, 6, 30))
    hist = warroom.history(db, 2024, "2024-07", TODAY)                 # July taken live
    scenic = hist[ledger["逾期未完成的景区创建"]]
    assert scenic == [None, None, None, None, Light.RED, Light.RED, Light.RED]      # nothing kept before May
    assert light_streak(scenic) == 3
    fair = hist[ledger["临期的招商推介会"]]
    assert fair[-3:] == [Light.GREEN, Light.GREEN, Light.YELLOW] and not repeated(fair)
    warroom.record_month_lights(db, "2024-07", TODAY)
    reds = warroom.reds_per_unit(db, 2024)
    assert reds["市文旅局"] == (3, 1)
    assert reds["市卫健委"] == (3, 1)                                   # red in May, June and July
    assert len(LEDGER) == 7
