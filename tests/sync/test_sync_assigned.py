"""A task synced from the city keeps the city's 下达日期, so both offices light it the same (issue 11)."""
from datetime import date

from kydesk.services import tasks
from tests.services.test_task_assigned import JULY15, domain_light, sql_light


def test_city_task_keeps_the_citys_day_at_the_county(make_kit):
    kit = make_kit()
    city = kit.site("611000", "商洛市康养专班", "city")
    county = kit.site("611002", "商州区康养专班")
    kit.link(city, county)
    tid = tasks.add_task(city.db, title="建设康养小镇", due="7月底前", lead_unit=county.code, today=JULY15).id
    [rep] = kit.receive(county, kit.send(city, county))
    assert rep.status == "applied"
    task = tasks.get_task(county.db, tid)
    assert task.assigned == JULY15
    assert domain_light(county.db, tid, date(2024, 7, 20)) == sql_light(county.db, "建设康养小镇", date(2024, 7, 20))
    assert sql_light(county.db, "建设康养小镇", date(2024, 7, 20)) == "green"
