"""Small city–county details: exporting to our own code names the mistake; a county report starts the city task."""
import pytest

from kydesk.domain.errors import KydeskError
from kydesk.services import sync as sync_services


def test_export_to_our_own_code_says_so(kit, tmp_path):
    county = kit.site("611002", "商州区康养专班")
    with pytest.raises(KydeskError, match="本单位自己的代码"):
        sync_services.export(county.db, "611002", out=tmp_path / "x.kysync")
    assert not (tmp_path / "x.kysync").exists()


def test_a_report_from_the_county_starts_the_city_task_everywhere(world):
    from kydesk.services import tasks

    kit, city, a, _ = world
    tid = tasks.add_task(city.db, title="推进市博物馆项目建设", due="2099-12-31", lead_unit=a.name,
                         status="pending").id
    kit.receive(a, kit.send(city, a))
    assert tasks.get_task(a.db, tid).status.value == "pending"
    tasks.add_progress(a.db, tid, text="已完成选址", percent=30)
    kit.receive(city, kit.send(a, city))
    assert (tasks.get_task(city.db, tid).status.value, tasks.get_task(city.db, tid).percent) == ("active", 30)
    kit.receive(a, kit.send(city, a))
    assert tasks.get_task(a.db, tid).status.value == "active"
