"""The review of what sync did not simply apply: conflict losers (what lost to what, when, from which package)
and refused rows with their reason, through the service and `kydesk sync conflicts`."""
import json
import uuid

from kydesk.cli import main
from kydesk.services import sync_review, tasks
from kydesk.store import sync_store
from kydesk.sync import package


def _forge(site, recipient, rows):
    return package.build(site.db, package_id=str(uuid.uuid4()), recipient={"unit_code": recipient.code},
                         seq=(0, site.db.site_seq), full=False, acks=[], rows=rows, schema=3)


def test_conflict_losers_say_what_lost_to_what(kit):
    one = kit.site("611002", "商州区康养专班")
    two = kit.site("611002", "商州区康养专班")
    kit.link(one, two)
    tid = tasks.add_task(one.db, title="区里自己的任务").id
    kit.receive(two, kit.send(one, two))
    tasks.update_task(one.db, tid, title="一号机改的名称")
    tasks.update_task(two.db, tid, title="二号机改的名称")
    from_two = kit.send(two, one)
    kit.receive(one, from_two)
    winner = tasks.get_task(one.db, tid).title
    loser = "二号机改的名称" if winner == "一号机改的名称" else "一号机改的名称"
    found = sync_review.review(one.db)
    assert found["quarantined"] == []
    [c] = found["conflicts"]
    assert c["table"] == "task" and c["table_name"] == "任务" and c["row_id"] == tid and c["label"] == winner
    assert c["package_file"] == str(from_two) and c["from_unit"] == "611002" and c["at"]
    assert c["lost_rev"] == c["winner_rev"]
    names = {c["lost_site_name"], c["winner_site_name"]}
    assert "本机" in names and "商州区康养专班的电脑" in names
    [d] = c["differences"]
    assert (d["field"], d["label"], d["lost"], d["kept"]) == ("title", "名称", loser, winner)
    assert c["lost"]["title"] == loser


def test_refused_rows_are_listed_with_reason_and_a_later_delivery_resolves_missing_ones(world, tmp_path):
    kit, city, a, b = world
    ctask = tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    stolen = dict(sync_store.rows_by_ids(a.db, "task", [ctask])[ctask], due="2099-01-01", rev=99)
    own = tasks.add_task(a.db, title="区里自己的任务").id
    pid = tasks.add_progress(a.db, own, text="已完成选址").id
    orphan = sync_store.rows_by_ids(a.db, "progress", [pid])[pid]
    rogue = tmp_path / "rogue.kysync"
    rogue.write_bytes(_forge(a, city, {"task": [stolen], "progress": [orphan]}))
    [rep] = kit.receive(city, rogue)
    assert rep.status == "applied" and rep.counts["refused"] == 2
    held = {q["row_id"]: q for q in sync_review.review(city.db)["quarantined"]}
    assert set(held) == {ctask, pid}
    assert "不是这条记录的负责单位" in held[ctask]["reason"] and held[ctask]["label"] == "建设康养小镇"
    assert "本机还没有" in held[pid]["reason"] and held[pid]["label"] == "已完成选址"
    assert all(q["from_unit"] == a.code and q["from_name"] == "商州区康养专班" for q in held.values())
    assert all(q["package_file"] == str(rogue) and not q["resolved"] for q in held.values())
    kit.receive(city, kit.send(a, city))                                # the real package brings task and progress
    held = {q["row_id"]: q for q in sync_review.review(city.db)["quarantined"]}
    assert held[pid]["resolved"] and not held[ctask]["resolved"]


def test_the_conflicts_command(world, tmp_path, capsys):
    kit, city, a, b = world
    ctask = tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    stolen = dict(sync_store.rows_by_ids(a.db, "task", [ctask])[ctask], due="2099-01-01", rev=99)
    rogue = tmp_path / "rogue.kysync"
    rogue.write_bytes(_forge(a, city, {"task": [stolen]}))
    kit.receive(city, rogue)
    assert main(["--db", str(city.path), "sync", "conflicts"]) == 0
    out = capsys.readouterr().out
    assert "拒收的记录 1 条" in out and "商州区康养专班（611002）" in out and "建设康养小镇" in out
    assert "rogue.kysync" in out and "未导入" in out
    assert main(["--db", str(city.path), "sync", "conflicts", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    [q] = found["quarantined"]
    assert found["conflicts"] == [] and q["row_id"] == ctask and q["row"]["due"] == "2099-01-01"
    assert set(q) >= {"at", "table", "table_name", "label", "reason", "resolved", "package_id", "package_file",
                      "from_unit", "from_name"}
