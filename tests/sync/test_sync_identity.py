"""Keys made at init, identity cards that cannot be edited unnoticed, trust, and the private key staying home."""
import json
import sqlite3

import pytest

from kydesk.domain.errors import KydeskError
from kydesk.services import sync as sync_services
from kydesk.services import tasks
from kydesk.store import migrations, open_db, sync_store
from kydesk.sync import identity, keys


def test_init_makes_the_key_once(db):
    public = db.meta(keys.PUBLIC)
    assert public and db.meta(keys.SECRET)
    assert keys.ensure_keys(db) == public
    assert keys.verify(public, b"x", keys.sign(db, b"x")) and not keys.verify(public, b"y", keys.sign(db, b"x"))


def test_a_database_from_before_sync_gets_its_tables_and_a_key_on_demand(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, None, upto=2)
    conn.execute("INSERT INTO meta VALUES ('unit_code', '611002'), ('unit_name', '商州区康养专班')")
    conn.close()
    db = open_db(path)
    try:
        assert sync_store.peers(db) == [] and db.meta(keys.PUBLIC) is None
        card = sync_services.my_card(db)
        assert card.public_key == db.meta(keys.PUBLIC) and card.fingerprint == keys.fingerprint(card.public_key)
    finally:
        db.close()


def test_card_round_trip_and_edits_are_detected(kit):
    a = kit.site("611002", "商州区康养专班")
    card = sync_services.read_card(a.card)
    assert (card.unit_code, card.unit_name, card.level) == ("611002", "商州区康养专班", "county")
    body = json.loads(a.card.read_text(encoding="utf-8"))
    for field, value in (("unit_name", "冒充的单位"), ("unit_code", "611099"), ("fingerprint", "0000 " * 5 + "0000")):
        bad = kit.folder / f"bad-{field}.json"
        bad.write_text(json.dumps({**body, field: value}, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(KydeskError, match="改动"):
            identity.read_card(bad)
    other = kit.site("611003", "洛南县康养专班")
    swapped = {**body, "public_key": json.loads(other.card.read_text(encoding="utf-8"))["public_key"]}
    bad = kit.folder / "swapped.json"
    bad.write_text(json.dumps(swapped, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KydeskError):
        identity.read_card(bad)


def test_a_city_trusting_a_county_gets_a_unit_row_for_it(kit):
    city = kit.site("611000", "商洛市康养专班", "city")
    tasks.add_task(city.db, title="先写的任务", lead_unit="洛南县康养专班")       # typed before any card
    a, b = kit.site("611002", "商州区康养专班"), kit.site("611003", "洛南县康养专班")
    done = sync_services.trust(city.db, a.card)
    assert "已添加单位" in done.message and sync_store.unit_with_code(city.db, "611002")["name"] == "商州区康养专班"
    done = sync_services.trust(city.db, b.card)
    assert "填上代码" in done.message
    assert tasks.q.query(city.db)[0].lead_unit_id == sync_store.unit_with_code(city.db, "611003")["id"]
    again = sync_services.trust(city.db, a.card)
    assert "重新信任" in again.message and len(sync_store.peers(city.db)) == 2


def test_untrusting_keeps_the_card_but_refuses_its_packages(kit):
    a, city = kit.site("611002", "商州区康养专班"), kit.site("611000", "商洛市康养专班", "city")
    kit.link(a, city)
    key = sync_services.read_card(city.card).public_key
    sync_services.untrust(a.db, key)
    assert [p["trusted"] for p in sync_store.peers(a.db)] == [0]
    assert sync_services.recipients(a.db) == []
    with pytest.raises(KydeskError, match="身份卡"):
        sync_services.export(a.db, city.code, out=kit.folder)


def test_the_private_key_never_leaves_the_database(kit):
    a, city = kit.site("611002", "商州区康养专班"), kit.site("611000", "商洛市康养专班", "city")
    kit.link(a, city)
    tasks.add_task(a.db, title="区里自己的任务")
    secret = a.db.meta(keys.SECRET)
    for path in (a.card, kit.send(a, city, full=True)):
        assert secret.encode() not in path.read_bytes()
