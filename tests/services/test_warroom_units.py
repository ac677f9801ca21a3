"""At the city, after a sync, a county has two unit rows of one code (the city's row for it and its own):
the 作战图 groups its tasks once, under the row standing for the code (store.units.unit_groups), and the
月调度, 通报 and 年终 red counts show it on one line.  A cancelled task is drawn but counted nowhere: not in a
group's 完成 x/y, nor in any unit's or the overall figures."""
from datetime import date

import pytest

from kydesk.services import reports, sync, tasks, units
from kydesk.services import warroom as wr
from kydesk.services.setup import init_site

TODAY = date(2024, 7, 15)
CITY_NAME = "商州区人民政府"          # the city's own row for 611002, renamed: the county's row says 商州区


@pytest.fixture
def city(tmp_path):
    city = init_site(tmp_path / "city.db", unit_code="611000", unit_name="商洛市康养专班", level="city", today=TODAY)
    county = init_site(tmp_path / "county.db", unit_code="611002", unit_name="商州区", level="county", today=TODAY)
    for db in (city, county):
        db.set_meta("year", 2024)
        sync.identity(db, tmp_path / f"{db.unit_code}.json")
    ours = units.add_unit(city, name="商州区", code="611002", level="county").id
    tasks.add_task(city, title="市级交办：康养小镇规划", lead_unit="商州区", due="6月底前",
                   start=date(2024, 1, 1), today=TODAY)
    gone = tasks.add_task(city, title="市级交办：已取消的任务", lead_unit="商州区", due="9月底前", today=TODAY).id
    tasks.update_task(city, gone, status="已取消", today=TODAY)
    tasks.add_task(county, title="区级自定：森林步道", lead_unit="商州区", due="6月底前", start=date(2024, 1, 1),
                   today=TODAY)
    sync.trust(city, tmp_path / "611002.json")
    sync.trust(county, tmp_path / "611000.json")
    package = sync.export(county, "611000", out=tmp_path / "to-city.kysync")
    assert sync.import_packages(city, [package.path])[0].status == "applied"
    units.rename_unit(city, ours, CITY_NAME)
    leads = city.conn.execute("SELECT DISTINCT lead_unit_id FROM task WHERE NOT deleted").fetchall()
    assert len(leads) == 2                                   # the tasks really name two rows of one code
    yield city
    city.close()
    county.close()


def test_the_chart_groups_a_county_once(city):
    data = wr.chart_data(city, today=TODAY)
    assert [(g.name, len(g.tasks)) for g in data.groups] == [(CITY_NAME, 3)]
    group = data.groups[0]
    assert group.counts() == {"total": 2, "done": 0, "red": 2, "yellow": 0, "green": 0}
    assert group.summary() == "完成 0/2　红灯 2"


def test_dispatch_and_bulletin_show_a_county_on_one_line(city):
    reports.prepare_dispatch(city, "2024-07", TODAY)
    d = reports.dispatch_data(city, "2024-07", TODAY)
    assert [(u.name, u.total, u.red, u.reds_in_year) for u in d.units] == [(CITY_NAME, 2, 2, 4)]   # June (closed) and July
    assert (d.total.total, d.total.red, d.total.reds_in_year) == (2, 2, 4)
    assert sorted(o.unit for o in d.overdue) == [CITY_NAME, CITY_NAME]
    b = reports.bulletin_data(city, "2024Q3", TODAY)
    assert [(u.name, u.total, u.red) for u in b.units] == [(CITY_NAME, 2, 2)] and b.overall.total == 2
    assert [(unit, len(found)) for unit, found in b.problems] == [(CITY_NAME, 2)]
    assert wr.reds_per_unit(city, 2024) == {CITY_NAME: (4, 2)}


def test_unit_stats_leave_cancelled_tasks_out(city):
    items = wr.tasks_on(city, 2024, TODAY)
    assert sorted(ct.paint for ct in items) == ["cancelled", "red", "red"]
    per_unit, total = wr.unit_stats(items, TODAY, wr.Leads(city))
    assert [(u.name, u.total, u.red) for u in per_unit] == [(CITY_NAME, 2, 2)] and total.total == 2
    only_cancelled = [ct for ct in items if ct.paint == "cancelled"]
    assert wr.unit_stats(only_cancelled, TODAY) == ([], wr.UnitStats("合计"))
    stats = wr.UnitStats("x")
    stats.add(only_cancelled[0], TODAY)
    assert stats == wr.UnitStats("x")
