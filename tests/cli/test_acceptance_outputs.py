"""Acceptance: no command ever writes over the open database, its -wal/-shm files or its backups (DESIGN.md)."""
import pytest

from kydesk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cdb(tmp_path, capsys):
    path = tmp_path / "c.db"
    code, _, err = run(capsys, "--db", path, "init", "--unit-code", "6103", "--unit-name", "宝鸡市", "--level", "city")
    assert code == 0, err
    code, out, err = run(capsys, "--db", path, "meeting", "add", "--title", "第一次推进会", "--date", "2025-06-10")
    assert code == 0, err
    return path, out.strip()


COMMANDS = [
    ("report", "minutes", "{m}", "-o"),
    ("report", "record", "{m}", "-o"),
    ("report", "warroom", "-o"),
    ("report", "bulletin", "--period", "2025Q2", "-o"),
    ("report", "assessment", "--year", "2025", "-o"),
    ("xlsx", "export"),
    ("sync", "identity", "-o"),
    ("backup", "-o"),
]


@pytest.mark.parametrize("target", ["", "-wal", "-shm", "backup"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_outputs_never_land_on_the_database_or_its_backups(cdb, capsys, command, target):
    db, meeting = cdb
    if target == "backup":
        code, out, err = run(capsys, "--db", db, "backup")
        assert code == 0, err
        dest = (db.parent / "backups").glob("*")
        dest = next(iter(dest))
    else:
        dest = db.with_name(db.name + target)
        if target:
            dest.write_bytes(dest.read_bytes() if dest.exists() else b"")
    before = {p: p.read_bytes() for p in db.parent.rglob("*") if p.is_file()}
    argv = [a.format(m=meeting) for a in command] + [str(dest)]
    code, out, err = run(capsys, "--db", db, *argv)
    assert code == 1, (out, err)
    assert "数据库" in err or "备份" in err
    assert str(dest.name) in err
    after = {p: p.read_bytes() for p in db.parent.rglob("*") if p.is_file()}
    assert after == before
    code, out, err = run(capsys, "--db", db, "meeting", "list", "--json")
    assert code == 0 and meeting in out


def test_warroom_for_a_unit_nobody_has_says_so(cdb, capsys, tmp_path):
    db, _ = cdb
    code, out, err = run(capsys, "--db", db, "report", "warroom", "--unit", "市发该委", "-o", tmp_path / "w.pdf")
    assert code == 0 and "没有名称或代码含“市发该委”的单位" in err
