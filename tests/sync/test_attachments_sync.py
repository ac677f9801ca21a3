"""佐证材料 through sync: the city sees and opens the same bytes; a package split in three imports in any order
and converges; one flipped byte refuses the package with nothing changed; a file the recipient holds is never
sent again, and a file whose part was lost is sent again."""
import os
import zipfile
from datetime import date

from kydesk.services import attachments, tasks

DAY = date(2024, 7, 15)


def city_task_for(kit, city, county):
    tid = tasks.add_task(city.db, title="推进市博物馆项目建设", due="2099-12-31", lead_unit=county.name).id
    kit.receive(county, kit.send(city, county))
    return tid


def report_with(county, tid, files, text="主体封顶"):
    return tasks.add_progress(county.db, tid, text=text, attach=files).id


def blob_files(path):
    with zipfile.ZipFile(path) as z:
        return sorted(n for n in z.namelist() if n.startswith("blobs/"))


def test_the_city_receives_the_same_bytes(world, tmp_path):
    kit, city, a, _ = world
    tid = city_task_for(kit, city, a)
    photo = tmp_path / "主体封顶.jpg"
    photo.write_bytes(os.urandom(400_000))
    report_with(a, tid, [photo])
    pkg = kit.send(a, city)
    assert len(blob_files(pkg)) == 1
    [report] = kit.receive(city, pkg)
    assert report.status == "applied" and report.files == 1
    [att] = attachments.of_task(city.db, tid)
    assert att.present and att.name == "主体封顶.jpg" and att.unit == a.name
    copy = attachments.open_copy(city.db, att.id)
    assert copy.read_bytes() == photo.read_bytes()


def test_a_split_export_imports_in_any_order(world, tmp_path):
    kit, city, a, _ = world
    tid = city_task_for(kit, city, a)
    a.db.set_meta("sync_package_mb", 1)
    files = []
    for i in range(3):
        f = tmp_path / f"现场{i}.jpg"
        f.write_bytes(os.urandom(700_000))
        files.append(f)
    report_with(a, tid, files)
    from kydesk.services import sync as sync_services

    out = sync_services.export(a.db, city.code, out=tmp_path / "商州.kysync")
    assert [p.rsplit("/", 1)[-1] for p in out.paths] == ["商州-1of3.kysync", "商州-2of3.kysync", "商州-3of3.kysync"]
    assert out.files == 3 and "分为 3 个包" in out.message
    first, second, third = out.paths
    [r3] = kit.receive(city, third)
    assert r3.status == "applied" and r3.part == "3/3" and attachments.of_task(city.db, tid) == []
    [r1] = kit.receive(city, first)
    shown = attachments.of_task(city.db, tid)
    assert len(shown) == 3 and sum(a.present for a in shown) == 2          # 佐证材料待收（2/3）
    [r2] = kit.receive(city, second)
    assert all(x.present for x in attachments.of_task(city.db, tid))
    assert sorted(attachments.save_copy(city.db, x.id, tmp_path / f"c{i}").read_bytes()
                  for i, x in enumerate(attachments.of_task(city.db, tid))) == sorted(f.read_bytes() for f in files)
    [again] = kit.receive(city, second)
    assert again.status == "already"


def test_one_flipped_byte_in_a_file_refuses_the_package(world, tmp_path, states):
    kit, city, a, _ = world
    tid = city_task_for(kit, city, a)
    payload = os.urandom(50_000)
    photo = tmp_path / "照片.jpg"
    photo.write_bytes(payload)
    report_with(a, tid, [photo])
    pkg = kit.send(a, city)
    data = bytearray(pkg.read_bytes())
    at = data.find(payload[1000:1032])
    assert at > 0                                   # the flip lands inside the attached file itself
    data[at] ^= 0x01
    pkg.write_bytes(bytes(data))
    before = states.whole(city.db)
    [report] = kit.receive(city, pkg)
    assert report.status == "refused"
    assert states.whole(city.db) == before


def test_a_held_file_is_not_sent_again_and_a_lost_one_is(world, tmp_path):
    kit, city, a, _ = world
    tid = city_task_for(kit, city, a)
    photo = tmp_path / "照片.jpg"
    photo.write_bytes(os.urandom(30_000))
    report_with(a, tid, [photo])
    kit.receive(city, kit.send(a, city))
    kit.receive(a, kit.send(city, a))               # the city's package says which files it holds
    report_with(a, tid, [photo], text="再次报送")
    pkg = kit.send(a, city)
    assert blob_files(pkg) == []                    # the row travels; the file the city has does not
    kit.receive(city, pkg)
    assert all(x.present for x in attachments.of_task(city.db, tid))

    a.db.set_meta("sync_package_mb", 1)
    big = [tmp_path / "甲.jpg", tmp_path / "乙.jpg"]
    for f in big:
        f.write_bytes(os.urandom(800_000))
    report_with(a, tid, big, text="两张大照片")
    from kydesk.services import sync as sync_services

    (tmp_path / "out").mkdir()
    out = sync_services.export(a.db, city.code, out=tmp_path / "out" / "a.kysync")
    first, lost = out.paths
    kit.receive(city, first)                        # the second part never arrived
    kit.receive(a, kit.send(city, a))               # acknowledged, yet the city lacks one file
    resend = kit.send(a, city)
    assert len(blob_files(resend)) == 1
    kit.receive(city, resend)
    assert all(x.present for x in attachments.of_task(city.db, tid))


def test_a_county_done_on_a_city_task_is_a_request_the_city_confirms_or_returns(world, tmp_path):
    from kydesk.domain.errors import KydeskError
    from kydesk.services import sync as sync_services

    kit, city, a, _ = world
    tid = city_task_for(kit, city, a)
    other = tasks.add_task(city.db, title="建设康养步道", due="2099-12-31", lead_unit=a.name).id
    kit.receive(a, kit.send(city, a))
    proof = tmp_path / "竣工验收报告.pdf"
    proof.write_bytes(b"%PDF-1.4 " + os.urandom(3000))
    done = tasks.mark_done(a.db, tid, on=DAY, attach=[proof])
    assert "销号申请" in done.message
    assert tasks.get_task(a.db, tid).status.value != "done"             # not closed until the city confirms
    try:
        tasks.mark_done(a.db, tid, on=DAY)
        raise AssertionError("a second request while one waits")
    except KydeskError as e:
        assert "已提交销号申请" in str(e)
    tasks.mark_done(a.db, other, on=DAY)

    kit.receive(city, kit.send(a, city))
    asked = {r["task_title"]: r for r in sync_services.extension_requests(city.db)}
    request = asked["推进市博物馆项目建设"]
    assert request["kind"] == "done" and request["can_answer"] and request["new_due"] == DAY.isoformat()
    [evidence] = attachments.of_task(city.db, tid)
    assert evidence.present and evidence.purpose_text == "销号佐证"
    sync_services.answer_extension(city.db, request["id"], grant=True, answer="经核查属实")
    sync_services.answer_extension(city.db, asked["建设康养步道"]["id"], grant=False, answer="缺少验收材料")
    task = tasks.get_task(city.db, tid)
    assert task.status.value == "done" and task.done_date == DAY and task.percent == 100
    assert tasks.get_task(city.db, other).status.value != "done"

    kit.receive(a, kit.send(city, a))
    assert tasks.get_task(a.db, tid).status.value == "done"
    mine = {r["task_title"]: r for r in sync_services.extension_requests(a.db)}
    assert mine["推进市博物馆项目建设"]["state"] == "granted"
    assert (mine["建设康养步道"]["state"], mine["建设康养步道"]["answer"]) == ("refused", "缺少验收材料")
    assert tasks.get_task(a.db, other).status.value != "done"
