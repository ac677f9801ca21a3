"""Counties that report by sync count in 报送情况: their progress of the period, dated by its arrival."""
from datetime import datetime

from kydesk.services import reporting, tasks


def test_a_countys_report_arriving_by_sync_counts_for_its_period(world):
    kit, city, a, b = world
    task = tasks.add_task(city.db, title="建设康养小镇", due="2099-09-30", lead_unit=a.code, partner_units=[b.code]).id
    kit.receive(a, kit.send(city, a))
    today = datetime.now().date()           # the audit trail's clock: arrival is wall-clock time
    tasks.add_progress(a.db, task, text="已完成选址", percent=30, on=today, today=today)
    kit.receive(city, kit.send(a, city))
    period = f"{today.year:04d}-{today.month:02d}"
    rows = {u.unit: u for u in reporting.reporting(city.db, period, today=today).units}
    county = rows["商州区康养专班"]
    assert (county.tasks, county.reported, county.received) == (1, 1, today)
    assert county.status == ("on_time" if today <= reporting.due_date(city.db, reporting.rules.period_of(today))
                             else "late")
    assert rows["洛南县康养专班"].status == "missing"


def test_forms_for_all_skip_the_units_that_report_by_sync(world, tmp_path):
    from kydesk.services.forms_out import make_forms

    kit, city, a, b = world
    tasks.add_task(city.db, title="建设康养小镇", due="2099-09-30", lead_unit=a.code)
    tasks.add_task(city.db, title="发改委事项", due="2099-09-30", lead_unit="市发改委")
    out = tmp_path / "forms"
    out.mkdir()
    result = make_forms(city.db, "2099-01", out, everyone=True)
    assert [f["unit"] for f in result.forms] == ["市发改委"]
    assert result.skipped == ["商州区康养专班"] and "按同步包报送" in result.message
    named = make_forms(city.db, "2099-01", out, units=[a.code])
    assert [f["unit"] for f in named.forms] == ["商州区康养专班"]
