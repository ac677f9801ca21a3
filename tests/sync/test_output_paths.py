"""Issue 10 case 1: an output path that names the database (or its -wal/-shm, its backups folder, a folder,
a device) is refused by every command that writes a file, and the database is left as it was."""
import hashlib
import os

import pytest

from tests.sync.conftest import cli_run


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _commands(db, target):
    return [
        ("sync", "identity", "-o", target),
        ("backup", "-o", target),
        ("xlsx", "export", target),
        ("report", "warroom", "--year", "2024", "-o", target),
        ("report", "bulletin", "--period", "2024Q2", "-o", target),
        ("report", "dispatch", "-o", target),
    ]


def test_no_command_writes_over_the_open_database(two_offices, capsys):
    city, county = two_offices
    tmp = county.parent
    assert cli_run(capsys, "--db", county, "sync", "trust", tmp / "city.json")[0] == 0
    assert cli_run(capsys, "--db", county, "task", "add", "--title", "本县任务")[0] == 0
    (tmp / "backups").mkdir(exist_ok=True)
    targets = [county, str(county) + "-wal", str(county) + "-shm", tmp / "backups" / "x.pdf", tmp]
    if os.path.exists("/dev/full"):
        targets.append("/dev/full")
    for target in targets:
        before = _digest(county)
        for argv in _commands(county, target):
            if target == tmp and argv[:2] == ("sync", "identity"):
                continue     # a folder there means "the card, named for the unit, in that folder"
            code, out, err = cli_run(capsys, "--db", county, *argv)
            assert code == 1, (argv, out, err)
            assert "错误" in err and ("数据库" in err or "文件夹" in err or "不是普通文件" in err), (argv, err)
        assert _digest(county) == before
    # sync export would add .kysync to a name without it, but "-o county.db" names the database: refused too
    code, out, err = cli_run(capsys, "--db", county, "sync", "export", "--to", "611000", "-o", county)
    assert code == 1 and "数据库" in err and _digest(county) == before
    code, out, err = cli_run(capsys, "--db", county, "task", "list", "--json")
    assert code == 0 and "本县任务" in out


@pytest.mark.parametrize("argv", [("report", "minutes"), ("report", "record")])
def test_meeting_reports_refuse_the_database_too(two_offices, capsys, argv):
    city, county = two_offices
    code, out, err = cli_run(capsys, "--db", county, "meeting", "add", "--title", "推进会", "--date", "2024-05-06")
    mid = out.strip()
    before = _digest(county)
    code, out, err = cli_run(capsys, "--db", county, *argv, mid, "-o", county)
    assert code == 1 and "正在使用的数据库" in err
    assert _digest(county) == before


def test_default_export_names_never_collide(two_offices, capsys, monkeypatch):
    """Six exports that all start from the same counter value each get a file of their own."""
    from kydesk.services import sync
    from kydesk.services.setup import open_site

    city, county = two_offices
    tmp = county.parent
    cli_run(capsys, "--db", county, "sync", "trust", tmp / "city.json")
    out = tmp / "out"
    out.mkdir()
    db = open_site(county)
    try:
        paths = []
        for _ in range(6):
            db.set_meta("sync_export_number", 0)     # as if six runs read the counter at the same moment
            paths.append(sync.export(db, "611000", out=out).path)
    finally:
        db.close()
    assert len(set(paths)) == 6 and len(list(out.glob("*.kysync"))) == 6
