"""Notices issued and a task's source register travel with the task: the county sees the city's 督办单."""
from datetime import date


def test_city_notice_and_source_reach_the_county(kit, tmp_path):
    from kydesk.services import reports, task_sources, tasks

    city = kit.site("611000", "商洛市康养专班", "city")
    county = kit.site("611002", "商州区康养专班")
    kit.link(city, county)
    kit.receive(county, kit.send(city, county))
    kit.receive(city, kit.send(county, city))
    tid = tasks.add_task(city.db, title="康养小镇建设", due="2024-06-30", lead_unit="611002",
                         today=date(2024, 6, 1)).id
    task_sources.set_source(city.db, tid, kind="领导批示", doc_no="〔2024〕8号", leader="王市长",
                            instruction="加快建设", instructed_on="2024-05-20")
    reports.notice_pdf(city.db, [tid], tmp_path / "n.pdf", today=date(2024, 7, 15))
    kit.receive(county, kit.send(city, county))
    detail = tasks.task_detail(county.db, tid, today=date(2024, 7, 16))
    assert detail["source"] == "领导批示" and detail["doc_no"] == "〔2024〕8号"
    assert [(n["name"], n["number"]) for n in detail["notices"]] == [("督办单", "督办〔2024〕1号")]
    # the county may not rewrite the city's source
    import pytest

    from kydesk.domain.errors import KydeskError

    with pytest.raises(KydeskError, match="611000"):
        task_sources.set_source(county.db, tid, kind="年度计划")


def test_migration_adds_the_notice_tables_with_sync_triggers(tmp_path):
    import sqlite3

    from kydesk.store import migrations, open_db

    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, None, upto=3)
    conn.close()
    db = open_db(path)
    names = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"notice_ins", "notice_upd", "notice_nodel", "task_source_ins", "task_source_upd"} <= names
    from kydesk.store.sync_store import SYNCED_TABLES

    assert {"notice", "task_source"} <= set(SYNCED_TABLES)
    db.close()
