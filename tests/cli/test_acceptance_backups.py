"""Acceptance: backups after a restore never overwrite or out-rank older backups (DESIGN.md: no command writes
over its backups; rotation keeps the newest)."""
import re

from kydesk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def counters(folder):
    return sorted(int(re.search(r"-(\d{5})-", p.name).group(1)) for p in folder.glob("*.db"))


def test_backup_numbers_keep_rising_after_restoring_an_old_backup(tmp_path, capsys):
    db = tmp_path / "c.db"
    assert run(capsys, "--db", db, "init", "--unit-code", "610302", "--unit-name", "渭滨区")[0] == 0
    old = tmp_path / "old.db"
    assert run(capsys, "--db", db, "backup", "-o", old)[0] == 0
    for _ in range(3):
        assert run(capsys, "--db", db, "backup")[0] == 0
    folder = tmp_path / "backups"
    contents = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert counters(folder) == [1, 2, 3]
    code, out, err = run(capsys, "--db", db, "restore", old)
    assert code == 0, err
    assert counters(folder) == [1, 2, 3, 4]                  # the copy taken before restoring
    code, out, err = run(capsys, "--db", db, "backup")
    assert code == 0, err
    assert counters(folder) == [1, 2, 3, 4, 5]              # not a second 00001 that sorts as the oldest
    for name, data in contents.items():
        assert (folder / name).read_bytes() == data
