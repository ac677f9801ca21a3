"""Every refusal leaves the database exactly as it was, with a clear Chinese message."""
import io
import uuid
import zipfile

import pytest

from kydesk.services import sync as sync_services
from kydesk.services import tasks
from kydesk.sync import checks, package, zipfmt
from kydesk.sync.errors import Refused


@pytest.fixture
def setup(world, states):
    kit, city, a, b = world
    tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code, partner_units=[b.code])
    tasks.add_progress(city.db, tasks.q.query(city.db)[0].id, text="市里已下达资金")
    pkg = kit.send(city, a)
    return kit, city, a, b, pkg, states.whole(a.db)


def _refused(kit, site, path, before, states, code):
    [rep] = kit.receive(site, path)
    assert rep.status == "refused", rep.lines()
    assert rep.code == code, (rep.code, rep.message)
    assert "已拒绝" in rep.message or "不能导入" in rep.message
    assert states.whole(site.db) == before
    return rep


def test_one_flipped_byte_anywhere_is_refused(setup, states):
    kit, city, a, b, pkg, before = setup
    data = pkg.read_bytes()

    def every_flip_refused():
        for mask in (0xFF, 0x01, 0x80):
            for i in range(len(data)):
                bad = data[:i] + bytes([data[i] ^ mask]) + data[i + 1:]
                with pytest.raises(Refused):
                    checks.verify(a.db, bad, "x.kysync")

    every_flip_refused()
    kit.receive(a, pkg)
    every_flip_refused()   # a damaged copy of a package seen before is refused too, not "already imported"
    before = states.whole(a.db)
    bad = bytearray(data)
    bad[len(data) // 2] ^= 0xFF
    pkg.write_bytes(bytes(bad))
    rep = _refused(kit, a, pkg, before, states, rep_code(a, bytes(bad)))
    assert rep.file == pkg.name


def rep_code(site, data):
    try:
        checks.verify(site.db, data, "x")
    except Refused as e:
        return e.code


@pytest.mark.parametrize("keep", [0, 1, 30, 0.5, -1, -22, -23])
def test_a_truncated_file_is_refused(setup, states, keep):
    kit, city, a, b, pkg, before = setup
    data = pkg.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else (keep if keep >= 0 else len(data) + keep)
    pkg.write_bytes(data[:n])
    rep = _refused(kit, a, pkg, before, states, "not_zip" if n < 2 else "corrupt")
    assert "不完整" in rep.message or "不是" in rep.message


def test_unknown_and_untrusted_keys_are_refused(setup, states, tmp_path):
    kit, city, a, b, pkg, before = setup
    stranger = tmp_path / "stranger.kysync"
    stranger.write_bytes(package.build(b.db, package_id=str(uuid.uuid4()), recipient={"unit_code": a.code},
                                       seq=(0, 1), full=False, acks=[], rows={}, schema=3))
    rep = _refused(kit, a, stranger, before, states, "unknown_key")
    assert "身份卡" in rep.message and "洛南县" in rep.message
    key = sync_services.read_card(city.card).public_key
    sync_services.untrust(a.db, key)
    before = states.whole(a.db)
    _refused(kit, a, pkg, before, states, "untrusted")


def test_a_package_from_this_very_site_is_refused(setup, states):
    kit, city, a, b, pkg, before = setup
    mine = kit.send(a, city)
    before = states.whole(a.db)
    rep = _refused(kit, a, mine, before, states, "from_self")
    assert "本机自己导出" in rep.message


def test_a_package_for_another_unit_is_refused(setup, states):
    kit, city, a, b, pkg, before = setup
    _refused(kit, a, kit.send(city, b), before, states, "not_for_us")


def test_a_replayed_package_id_with_other_content_is_refused(setup, states, tmp_path):
    kit, city, a, b, pkg, before = setup
    [rep] = kit.receive(a, pkg)
    tasks.add_task(city.db, title="另一项任务", lead_unit=a.code)
    again = tmp_path / "again.kysync"
    again.write_bytes(package.build(city.db, package_id=rep.package_id, recipient={"unit_code": a.code},
                                    seq=(0, city.db.site_seq), full=False, acks=[], rows={}, schema=3))
    before = states.whole(a.db)
    rep = _refused(kit, a, again, before, states, "replay")
    assert "已经导入过" in rep.message and "内容不同" in rep.message


def test_a_newer_format_is_refused(setup, states, tmp_path, monkeypatch):
    kit, city, a, b, pkg, before = setup
    monkeypatch.setattr(package, "FORMAT", 2)
    newer = tmp_path / "newer.kysync"
    newer.write_bytes(package.build(city.db, package_id=str(uuid.uuid4()), recipient={"unit_code": a.code},
                                    seq=(0, 1), full=False, acks=[], rows={}, schema=3))
    monkeypatch.setattr(package, "FORMAT", 1)
    rep = _refused(kit, a, newer, before, states, "newer_format")
    assert "升级" in rep.message


def test_a_row_with_a_column_we_do_not_know_is_refused_as_newer(setup, states, tmp_path):
    kit, city, a, b, pkg, before = setup
    t = tasks.q.query(city.db)[0]
    newer = tmp_path / "newer.kysync"
    newer.write_bytes(package.build(city.db, package_id=str(uuid.uuid4()), recipient={"unit_code": a.code},
                                    seq=(0, 1), full=False, acks=[], schema=9,
                                    rows={"task": [{"id": t.id, "owner": city.code, "rev": 5, "deleted": 0,
                                                    "site": "x", "title": "t", "colour": "red"}]}))
    rep = _refused(kit, a, newer, before, states, "newer_format")
    assert "colour" in rep.message


def _zip_with(entries):
    return zipfmt.write([zipfmt.make_entry(n, d) for n, d in entries])


def test_a_zip_bomb_is_refused_without_expanding_it(setup, states, tmp_path):
    kit, city, a, b, pkg, before = setup
    bomb = tmp_path / "bomb.kysync"
    bomb.write_bytes(_zip_with([("manifest.json", b"{}"), ("manifest.sig", b"00"),
                                ("payload/task.jsonl", b" " * (50 * 1024 * 1024))]))
    assert bomb.stat().st_size < 200 * 1024
    # nothing is expanded before the manifest is read and its sender trusted: this one has no real manifest
    _refused(kit, a, bomb, before, states, "not_package")
    # an entry that lies about its size expands no further than the size it declares
    big = zipfmt.make_entry("payload/task.jsonl", b" " * (5 * 1024 * 1024))
    liar = zipfmt.Entry(big.name, b"", big.raw, zipfmt.DEFLATED, 0)
    bomb.write_bytes(zipfmt.write([zipfmt.make_entry("manifest.json", b"{}"), liar]))
    # payloads are expanded only once the signed manifest is trusted: this one stops at the missing signature
    _refused(kit, a, bomb, before, states, "corrupt")


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "payload/../../x", "C:\\x", "payload\\..\\x"])
def test_paths_outside_the_package_are_refused(setup, states, tmp_path, name):
    kit, city, a, b, pkg, before = setup
    evil = tmp_path / "evil.kysync"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("manifest.json", "{}")
        z.writestr(zipfile.ZipInfo(name), "x")
    evil.write_bytes(buf.getvalue())
    rep = _refused(kit, a, evil, before, states, "bad_path")
    assert "路径" in rep.message


@pytest.mark.parametrize("content", [b"", b"hello", "会议纪要".encode(), b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
                                     b"SQLite format 3\x00" + b"\0" * 100])
def test_not_a_zip_at_all_is_refused(setup, states, tmp_path, content):
    kit, city, a, b, pkg, before = setup
    junk = tmp_path / "junk.kysync"
    junk.write_bytes(content)
    rep = _refused(kit, a, junk, before, states, "not_zip")
    assert "不是 zip" in rep.message or "不是 kydesk 同步包" in rep.message


def test_a_foreign_zip_is_refused(setup, states, tmp_path):
    kit, city, a, b, pkg, before = setup
    other = tmp_path / "photos.kysync"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8" * 100)
    other.write_bytes(buf.getvalue())
    _refused(kit, a, other, before, states, "bad_path")


def test_a_refused_package_does_not_block_the_good_ones(setup, states, tmp_path):
    kit, city, a, b, pkg, before = setup
    junk = tmp_path / "junk.kysync"
    junk.write_bytes(b"not a package")
    reports = kit.receive(a, junk, pkg)
    assert [r.status for r in reports] == ["refused", "applied"]
