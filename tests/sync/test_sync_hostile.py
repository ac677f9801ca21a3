"""Issue 10 cases 6–9: a hostile sender. A zip bomb is refused before any payload is expanded (memory stays
flat), answers to 延期申请 cannot be planted by a county, a package refused at row parsing writes nothing
(not even a backup), and out-of-range numbers are refused with a reason instead of crashing."""
import json
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from kydesk.services import sync as sync_services
from kydesk.services import tasks
from kydesk.store import sync_store
from kydesk.sync import keys, package
from tests.sync.bomb import bomb_payload, write_bomb
from tests.sync.conftest import cli_run

ROOT = Path(__file__).resolve().parents[2]
PEAK = textwrap.dedent("""
    import json, sys
    from kydesk.services import sync
    from kydesk.store import open_db
    db = open_db(sys.argv[1])
    [rep] = sync.import_packages(db, [sys.argv[2]])
    # VmHWM: this process's own peak (ru_maxrss would carry the parent's peak across fork and exec)
    peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) // 1024
    print(json.dumps({"status": rep.status, "code": rep.code, "peak_mb": peak}))
""")


def refuse_in_child(db_path, bomb) -> dict:
    out = subprocess.run([sys.executable, "-c", PEAK, str(db_path), str(bomb)], capture_output=True, text=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


needs_proc = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")


@pytest.fixture(scope="module")
def payload():
    return bomb_payload()


def _sender(site):
    return {"unit_code": site.code, "unit_name": site.name, "level": site.level, "site": site.db.site_id,
            "instance": site.db.meta("db_instance_id"), "key": keys.public_key(site.db)}


@needs_proc
def test_a_bomb_from_an_unknown_key_is_refused_with_flat_memory(kit, payload, tmp_path):
    city = kit.site("611000", "商洛市康养专班", "city")
    stranger = kit.site("611099", "冒名县康养专班")
    bomb = tmp_path / "bomb.kysync"
    write_bomb(bomb, payload, sender=_sender(stranger), recipient={"unit_code": city.code},
               sign=lambda b: keys.sign(stranger.db, b))
    assert bomb.stat().st_size < 40 * 1024 * 1024
    city.db.close()
    got = refuse_in_child(city.path, bomb)
    assert got["status"] == "refused" and got["code"] == "unknown_key"
    assert got["peak_mb"] < 200, got


@needs_proc
def test_a_bomb_from_a_trusted_key_is_refused_before_expanding(world, payload, tmp_path):
    kit, city, a, b = world
    bomb = tmp_path / "bomb.kysync"
    write_bomb(bomb, payload, sender=_sender(a), recipient={"unit_code": city.code},
               sign=lambda data: keys.sign(a.db, data))
    city.db.close()
    got = refuse_in_child(city.path, bomb)
    assert got["status"] == "refused" and got["code"] == "zip_bomb"
    assert got["peak_mb"] < 200, got


def _forge(site, recipient, rows, seq=None, acks=()):
    return package.build(site.db, package_id=str(uuid.uuid4()), recipient={"unit_code": recipient.code},
                         seq=seq or (0, site.db.site_seq), full=False, acks=list(acks), rows=rows, schema=4)


def test_a_county_cannot_plant_an_answer(world, tmp_path):
    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    tasks.postpone(a.db, tid, due="2024-12-31", reason="资金未到位")
    [req] = [r for r in sync_store.changed_rows(a.db, "extension_request", -1) if r["owner"] == a.code]
    fake = dict(req, id=str(uuid.uuid4()), state="granted", answer="同意", request_id=req["id"])
    forged = tmp_path / "forged.kysync"
    forged.write_bytes(_forge(a, city, {"task": [], "extension_request": [req, fake]}))
    [rep] = kit.receive(city, forged)
    assert rep.status == "applied" and [r["code"] for r in rep.refused_rows] == ["answer_from_county"]
    assert sync_services.extension_requests(city.db)[0]["state"] == "pending"
    done = sync_services.answer_extension(city.db, req["id"], grant=True)
    assert done.id not in (req["id"], fake["id"]) and uuid.UUID(done.id).version == 4
    kit.receive(a, kit.send(city, a))
    assert sync_store.rows_by_ids(a.db, "extension_request", [req["id"]])[req["id"]]["state"] == "granted"


@pytest.mark.parametrize("field,value", [("rev", 2 ** 63), ("percent", 2 ** 63), ("percent", 101),
                                         ("date", "99999-01-01"), ("deleted", 2), ("percent", "80")])
def test_a_signed_package_refused_at_its_rows_writes_nothing(two_offices, capsys, tmp_path, field, value):
    from kydesk.services.setup import open_site
    from tests.sync.conftest import Kit, Site

    city_p, county_p = two_offices
    cli_run(capsys, "--db", city_p, "sync", "trust", tmp_path / "county.json")
    cli_run(capsys, "--db", county_p, "sync", "trust", tmp_path / "city.json")
    code, out, err = cli_run(capsys, "--db", county_p, "task", "add", "--title", "县自办")
    tid = out.strip()
    cli_run(capsys, "--db", county_p, "task", "progress", tid, "--text", "进展", "--percent", "10")
    county = open_site(county_p)
    try:
        site = Site("611002", "商州区康养专班", "county", county_p, county, tmp_path / "county.json")
        prog = sync_store.changed_rows(county, "progress", -1)
        prog[0][field] = value
        bad = tmp_path / "bad.kysync"
        bad.write_bytes(_forge(site, Kit(tmp_path).site if False else type("R", (), {"code": "611000"}),
                               {"task": sync_store.changed_rows(county, "task", -1), "progress": prog}))
    finally:
        county.close()
    before = (city_p.read_bytes(), sorted(p.name for p in (city_p.parent / "backups").glob("*")
                                          if (city_p.parent / "backups").exists()))
    code, out, err = cli_run(capsys, "--db", city_p, "sync", "import", bad)
    assert code == 1 and "已拒绝" in err and "内部错误" not in err, err
    assert field in err or "记录格式错误" in err
    backups = city_p.parent / "backups"
    assert not backups.exists() or sorted(p.name for p in backups.glob("*")) == before[1]
    code, out, err = cli_run(capsys, "--db", city_p, "task", "list", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize("seq", [(0, 10 ** 12), (0, 2 ** 63), (5, 3)])
def test_absurd_sequence_ranges_are_refused(world, tmp_path, seq):
    kit, city, a, b = world
    tasks.add_task(a.db, title="县自办")
    bad = tmp_path / "seq.kysync"
    bad.write_bytes(_forge(a, city, {"task": sync_store.changed_rows(a.db, "task", -1)}, seq=seq))
    [rep] = kit.receive(city, bad)
    assert rep.status == "refused" and rep.code == "tampered" and "变更序号" in rep.message


def test_an_acknowledgement_beyond_our_own_counter_is_refused(world, tmp_path):
    kit, city, a, b = world
    ack = {"site": city.db.site_id, "instance": city.db.meta("db_instance_id"), "seq": 10 ** 8}
    bad = tmp_path / "ack.kysync"
    bad.write_bytes(_forge(a, city, {}, acks=[ack]))
    [rep] = kit.receive(city, bad)
    assert rep.status == "refused" and "确认记录" in rep.message
