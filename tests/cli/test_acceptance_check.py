"""Acceptance: `check --json` reports a damaged database as JSON (stdout) too, exit 1, message on stderr."""
import json

from kydesk.cli import main


def test_check_json_on_a_damaged_database_prints_a_report(tmp_path, capsys):
    db = tmp_path / "c.db"
    assert main(["--db", str(db), "init", "--unit-code", "610302", "--unit-name", "渭滨区"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True, "problems": []}
    db.write_bytes(b"\xff" * 8192)
    code = main(["--db", str(db), "check", "--json"])
    out, err = capsys.readouterr()
    assert code == 1 and "损坏" in err
    report = json.loads(out)
    assert report["ok"] is False and "损坏" in report["problems"][0]
