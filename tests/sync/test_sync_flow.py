"""Packages up to the city and back down: what travels, the preview, re-import, lost packages, 延期申请."""
import json
import uuid
import zipfile
from datetime import timedelta

import pytest

from kydesk.domain.errors import KydeskError
from kydesk.services import sync as sync_services
from kydesk.services import tasks
from kydesk.store import sync_store
from kydesk.sync import package


def _titles(db):
    return sorted(t.title for t in tasks.q.query(db))


def _counts(path):
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json"))["counts"]


def test_city_task_goes_down_and_progress_comes_back(world):
    kit, city, a, b = world
    mine = tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code, partner_units=[b.code]).id
    tasks.add_task(city.db, title="市发改委自办事项", due="2024-10-31", lead_unit="市发改委")
    [rep] = kit.receive(a, kit.send(city, a))
    assert rep.status == "applied" and rep.counts["new"] >= 2 and rep.counts["refused"] == 0
    assert _titles(a.db) == ["建设康养小镇"]
    [rep] = kit.receive(b, kit.send(city, b))
    assert _titles(b.db) == ["建设康养小镇"], "a partner gets the task too"
    tasks.add_progress(a.db, mine, text="已完成选址", percent=30)
    [rep] = kit.receive(city, kit.send(a, city))
    assert rep.status == "applied" and rep.tables["progress"]["new"] == 1
    [p] = tasks.task_progress(city.db, mine)
    assert p.text == "已完成选址" and p.unit == "商州区康养专班"
    assert tasks.get_task(city.db, mine).percent == 30


def test_reimport_changes_nothing(world, states):
    kit, city, a, b = world
    tasks.add_task(city.db, title="建设康养小镇", lead_unit=a.code)
    pkg = kit.send(city, a)
    kit.receive(a, pkg)
    before = states.whole(a.db)
    seq = a.db.site_seq
    for dry in (True, False):
        [rep] = kit.receive(a, pkg, dry_run=dry)
        assert rep.status == "already" and "已经导入过" in rep.message
    assert states.whole(a.db) == before and a.db.site_seq == seq


def test_a_lost_package_is_carried_by_the_next_and_acks_shrink_packages(world, states):
    kit, city, a, b = world
    tasks.add_task(city.db, title="任务一", lead_unit=a.code)
    lost = kit.send(city, a)
    tasks.add_task(city.db, title="任务二", lead_unit=a.code)
    second = kit.send(city, a)
    assert _counts(second)["task"] == 2, "nothing acknowledged yet: both tasks again"
    kit.receive(a, second)
    assert _titles(a.db) == ["任务一", "任务二"]
    kit.receive(city, kit.send(a, city))          # the acknowledgement rides up
    tasks.add_task(city.db, title="任务三", lead_unit=a.code)
    third = kit.send(city, a)
    assert _counts(third)["task"] == 1, "only what the county has not acknowledged"
    kit.receive(a, third)
    before = states.synced(a.db)
    [rep] = kit.receive(a, lost)                   # the lost email turns up at last
    assert rep.status == "applied" and rep.counts["new"] == 0 and rep.counts["updated"] == 0
    assert states.synced(a.db) == before


def test_full_export_is_merged_row_by_row(world, states):
    kit, city, a, b = world
    tasks.add_task(city.db, title="任务一", lead_unit=a.code)
    kit.receive(a, kit.send(city, a))
    own = tasks.add_task(a.db, title="区里自己的任务").id
    before = states.synced(a.db)
    [rep] = kit.receive(a, kit.send(city, a, full=True))
    assert rep.full and rep.counts["unchanged"] >= 1 and rep.counts["new"] == 0
    assert states.synced(a.db) == before and tasks.get_task(a.db, own)


def test_preview_shows_field_changes_and_progress_on_an_older_version(world):
    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    tasks.add_progress(a.db, tid, text="按原计划推进", percent=20)
    tasks.update_task(city.db, tid, due="2024-10-31")
    [rep] = kit.receive(a, kit.send(city, a), dry_run=True)
    assert rep.status == "preview" and rep.counts["updated"] == 1
    due = [c for c in rep.field_changes if c["field"] == "due"]
    assert due and due[0]["old"] == "2024-09-30" and due[0]["new"] == "2024-10-31"
    assert any("2024-09-30 → 2024-10-31" in line for line in rep.lines())
    [rep] = kit.receive(city, kit.send(a, city))
    [att] = rep.attention
    assert att["task_id"] == tid and att["task_rev"] < att["current_rev"]
    assert any("需关注" in line for line in rep.lines())


def test_extension_request_goes_up_and_the_answer_comes_down(world):
    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    req = tasks.postpone(a.db, tid, due="2024-12-31", reason="用地审批延迟").id
    with pytest.raises(KydeskError):
        tasks.update_task(a.db, tid, due="2024-12-31")          # the city's task: only a request
    [rep] = kit.receive(city, kit.send(a, city))
    [r] = rep.requests
    assert r["id"] == req and r["state"] == "pending" and r["new_due"] == "2024-12-31"
    sync_services.answer_extension(city.db, req, grant=True, answer="同意，请抓紧")
    assert tasks.get_task(city.db, tid).due.isoformat() == "2024-12-31"
    assert sync_services.extension_answer(a.db, req) is None
    kit.receive(a, kit.send(city, a))
    answer = sync_services.extension_answer(a.db, req)
    assert answer["state"] == "granted" and answer["answer"] == "同意，请抓紧"
    assert tasks.get_task(a.db, tid).due.isoformat() == "2024-12-31"
    mine = sync_store.rows_by_ids(a.db, "extension_request", [req])[req]
    assert (mine["state"], mine["answer"]) == ("granted", "同意，请抓紧"), "the county reads the verdict on its request"
    kit.receive(city, kit.send(a, city))
    assert sync_store.rows_by_ids(city.db, "extension_request", [req])[req]["state"] == "granted"


def _forge(site, recipient, rows):
    """A package signed with the site's real key but carrying rows it chose (what a rogue sender could do)."""
    return package.build(site.db, package_id=str(uuid.uuid4()), recipient={"unit_code": recipient.code},
                         seq=(0, site.db.site_seq), full=False, acks=[], rows=rows, schema=3)


def test_rows_the_sender_does_not_own_are_refused_and_listed(world, states, tmp_path):
    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    task = sync_store.rows_by_ids(a.db, "task", [tid])[tid]
    not_theirs = dict(task, due="2099-01-01", rev=99)                       # the city's row
    takeover = dict(task, owner=a.code, due="2099-01-01", rev=99)            # claims the city's row as its own
    own = tasks.add_task(a.db, title="区里自己的任务").id
    own_row = sync_store.rows_by_ids(a.db, "task", [own])[own]
    before = states.synced(city.db)
    for i, rows in enumerate(([not_theirs, own_row], [takeover])):
        path = tmp_path / f"rogue{i}.kysync"
        path.write_bytes(_forge(a, city, {"task": rows}))
        [rep] = kit.receive(city, path)
        assert rep.status == "applied" and rep.counts["refused"] == 1, rep.message
        [r] = rep.refused_rows
        assert r["id"] == tid and ("不是这条记录的负责单位" in r["reason"] or "属于" in r["reason"])
        assert any("拒收" in line for line in rep.lines())
    assert sync_store.rows_by_ids(city.db, "task", [tid])[tid]["due"] == "2024-09-30"
    assert len(sync_store.quarantined(city.db)) == 2
    after = states.synced(city.db)
    assert [t for t in after["task"] if t["id"] != own] == before["task"]


def test_two_installs_of_one_unit_keep_the_higher_rev_and_log_the_loser(kit, states):
    one = kit.site("611002", "商州区康养专班")
    two = kit.site("611002", "商州区康养专班")
    kit.link(one, two)
    tid = tasks.add_task(one.db, title="区里自己的任务").id
    kit.receive(two, kit.send(one, two))
    tasks.update_task(one.db, tid, title="一号机改的名称")
    tasks.update_task(two.db, tid, title="二号机改的名称")
    p1, p2 = kit.send(one, two), kit.send(two, one)
    kit.receive(two, p1)
    kit.receive(one, p2)
    assert states.synced(one.db)["task"] == states.synced(two.db)["task"]
    winner = "一号机改的名称" if one.db.site_id > two.db.site_id else "二号机改的名称"
    assert tasks.get_task(one.db, tid).title == winner
    for s in (one, two):
        [c] = sync_store.conflicts(s.db)
        assert c["row_id"] == tid and json.loads(c["data"])["title"] != winner


def test_the_senders_clock_changes_nothing(world, states, monkeypatch):
    import shutil

    kit, city, a, b = world
    tasks.add_task(city.db, title="任务一", due="2024-09-30", lead_unit=a.code)
    tasks.add_progress(city.db, tasks.q.query(city.db)[0].id, text="市里的进展")
    twin_path = a.path.with_name("twin.db")
    a.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(a.path, twin_path)
    normal = kit.send(city, a)
    real = package.clock
    monkeypatch.setattr(package, "clock", lambda: real() + timedelta(days=366))
    shifted = kit.send(city, a)
    created = [json.loads(zipfile.ZipFile(p).read("manifest.json"))["created"] for p in (normal, shifted)]
    assert created[0][:4] != created[1][:4]
    kit.receive(a, normal)
    from kydesk.services.setup import open_site

    twin = open_site(twin_path)
    try:
        sync_services.import_packages(twin, [shifted])
        assert states.synced(twin) == states.synced(a.db)
    finally:
        twin.close()


def test_a_restored_backup_makes_the_peers_resend_and_loses_nothing(world):
    from kydesk.services import maintenance
    from kydesk.services.setup import open_site

    kit, city, a, b = world
    tasks.add_task(a.db, title="备份前的任务")
    kit.receive(city, kit.send(a, city))
    kit.receive(a, kit.send(city, a))
    saved = maintenance.backup(a.db, a.path.with_name("saved.db"))
    tasks.add_task(a.db, title="备份后的任务")
    tasks.add_task(city.db, title="市里派的任务", lead_unit=a.code)
    kit.receive(city, kit.send(a, city))
    kit.receive(a, kit.send(city, a))
    a.db.close()
    maintenance.restore(a.path, saved)
    a.db = open_site(a.path)
    assert "备份后的任务" not in _titles(a.db)
    tasks.add_task(a.db, title="恢复后的任务")
    up = kit.send(a, city)
    assert json.loads(zipfile.ZipFile(up).read("manifest.json"))["seq"]["from"] == 0, "a new database starts over"
    [rep] = kit.receive(city, up)
    assert rep.new_instance
    assert {"备份前的任务", "备份后的任务", "恢复后的任务", "市里派的任务"} <= set(_titles(city.db))
    kit.receive(a, kit.send(city, a))
    assert "市里派的任务" in _titles(a.db), "the city resends what the restored county no longer has"


def test_export_needs_a_trusted_recipient(world):
    kit, city, a, b = world
    with pytest.raises(KydeskError, match="身份卡"):
        sync_services.export(city.db, "699999", out=kit.folder)


def test_a_gap_after_a_restore_is_shown_and_filled_later(world):
    from kydesk.services import maintenance
    from kydesk.services.setup import open_site

    kit, city, a, b = world
    tasks.add_task(city.db, title="早先的任务", lead_unit=a.code)
    kit.receive(a, kit.send(city, a))
    saved = maintenance.backup(a.db, a.path.with_name("saved.db"))
    tasks.add_task(city.db, title="备份后市里派的任务", lead_unit=a.code)
    kit.receive(a, kit.send(city, a))
    kit.receive(city, kit.send(a, city))            # the city now believes the county has everything
    a.db.close()
    maintenance.restore(a.path, saved)
    a.db = open_site(a.path)
    tasks.add_task(city.db, title="恢复后市里派的任务", lead_unit=a.code)
    [rep] = kit.receive(a, kit.send(city, a))      # sent from the old acknowledgement: a gap here
    assert rep.status == "applied" and rep.gap and any("缺少对方" in line for line in rep.lines())
    assert "备份后市里派的任务" not in _titles(a.db)
    kit.receive(city, kit.send(a, city))            # the restored county's acknowledgement goes up
    kit.receive(a, kit.send(city, a))
    assert {"早先的任务", "备份后市里派的任务", "恢复后市里派的任务"} <= set(_titles(a.db))


def test_a_task_reassigned_to_a_county_brings_its_earlier_progress(world):
    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="先给商州的任务", lead_unit=a.code).id
    tasks.add_progress(city.db, tid, text="市里早先的督办意见")
    kit.receive(a, kit.send(city, a))
    kit.receive(b, kit.send(city, b))
    kit.receive(city, kit.send(b, city))            # b acknowledges everything the city had
    tasks.update_task(city.db, tid, lead_unit=b.code)
    kit.receive(b, kit.send(city, b))
    assert [p.text for p in tasks.task_progress(b.db, tid)] == ["市里早先的督办意见"]
    kit.receive(a, kit.send(city, a))               # and a, no longer lead, still gets the change
    assert tasks.get_task(a.db, tid).lead_unit_id == tasks.get_task(city.db, tid).lead_unit_id


def test_a_unit_silent_for_weeks_is_flagged(world):
    from datetime import date, timedelta

    kit, city, a, b = world
    kit.receive(city, kit.send(a, city))
    flags = {p["unit_code"]: p["quiet"] for p in sync_services.peers(city.db, weeks=4)}
    assert flags == {a.code: False, b.code: False}, "b was trusted today: not quiet before 4 weeks have passed"
    later = date.today() + timedelta(weeks=5)
    flags = {p["unit_code"]: p["quiet"] for p in sync_services.peers(city.db, today=later, weeks=4)}
    assert flags == {a.code: True, b.code: True}


def test_the_city_relays_the_unit_rows_its_tasks_refer_to_but_a_county_cannot(world, tmp_path):
    kit, city, a, b = world
    kit.receive(city, kit.send(b, city))                      # b's own unit row reaches the city
    b_own = b.unit_id
    tid = tasks.add_task(city.db, title="两县协作任务", lead_unit=b_own, partner_units=[a.code]).id
    [rep] = kit.receive(a, kit.send(city, a))
    assert rep.counts["refused"] == 0
    assert tasks.get_task(a.db, tid).lead_unit == "洛南县康养专班"
    [partner] = tasks.get_task(a.db, tid).partner_unit_ids
    city_unit = sync_store.rows_by_ids(a.db, "unit", [partner])[partner]
    assert city_unit["owner"] == city.code
    renamed = dict(city_unit, name="被改名的单位", rev=city_unit["rev"] + 5)   # a county may not relay it
    path = tmp_path / "relay.kysync"
    path.write_bytes(_forge(a, city, {"unit": [renamed]}))
    [rep] = kit.receive(city, path)
    assert rep.counts["refused"] == 1 and rep.refused_rows[0]["id"] == renamed["id"]


def test_cancelling_an_import_between_packages_says_what_was_done(world, states):
    from kydesk.sync.errors import Cancelled

    kit, city, a, b = world
    tasks.add_task(city.db, title="任务一", lead_unit=a.code)
    first = kit.send(city, a)
    tasks.add_task(city.db, title="任务二", lead_unit=a.code)
    second = kit.send(city, a)
    before = states.synced(a.db)
    with pytest.raises(Cancelled):
        sync_services.import_packages(a.db, [first, second], progress=lambda done, total: False)
    assert states.synced(a.db) == before
    calls = []

    def stop_after_first_apply(done, total):
        calls.append(done)
        return done < 3

    with pytest.raises(KydeskError, match="前 1 个同步包已导入"):
        sync_services.import_packages(a.db, [first, second], progress=stop_after_first_apply)
    assert _titles(a.db) == ["任务一"]
