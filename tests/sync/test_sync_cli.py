"""The sync commands of the CLI contract: identity, trust, export, import [--dry-run] [--json]; exit 0/1/2."""
import json

import pytest

from kydesk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pair(two_offices, tmp_path):
    return (*two_offices, tmp_path)


def test_identity_json_and_trust_shows_the_fingerprint(pair, capsys):
    city, county, tmp = pair
    code, out, err = run(capsys, "--db", city, "sync", "identity", "--json")
    card = json.loads(out)
    assert code == 0 and card["unit_code"] == "611000" and len(card["fingerprint"].split()) == 6
    code, out, err = run(capsys, "--db", county, "sync", "trust", tmp / "city.json")
    assert code == 0 and card["fingerprint"] in err and "已信任" in err
    code, out, err = run(capsys, "--db", county, "sync", "trust", tmp / "county.json")
    assert code == 1 and "本机自己的身份卡" in err
    (tmp / "bad.json").write_text("{}", encoding="utf-8")
    code, out, err = run(capsys, "--db", county, "sync", "trust", tmp / "bad.json")
    assert code == 1 and "不是 kydesk 身份卡" in err


def test_export_import_dry_run_json_then_apply_then_already(pair, capsys):
    city, county, tmp = pair
    run(capsys, "--db", city, "sync", "trust", tmp / "county.json")
    run(capsys, "--db", county, "sync", "trust", tmp / "city.json")
    code, out, err = run(capsys, "--db", city, "task", "add", "--title", "建设康养小镇", "--due", "2024-09-30",
                         "--lead-unit", "611002")
    assert code == 0
    code, out, err = run(capsys, "--db", city, "sync", "export", "--to", "611002", "-o", tmp / "down.kysync")
    assert code == 0 and out.strip() == str(tmp / "down.kysync") and "已导出" in err
    before = county.read_bytes()
    code, out, err = run(capsys, "--db", county, "sync", "import", tmp / "down.kysync", "--dry-run", "--json")
    [rep] = json.loads(out)
    assert code == 0 and rep["status"] == "preview" and rep["signature"] == "valid"
    assert rep["sender_code"] == "611000" and rep["counts"]["new"] == 2 and rep["tables"]["task"]["new"] == 1
    assert county.read_bytes() == before
    code, out, err = run(capsys, "--db", county, "sync", "import", tmp / "down.kysync")
    assert code == 0 and "已导入" in out and "新增 2" in out
    code, out, err = run(capsys, "--db", county, "sync", "import", tmp / "down.kysync", "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "already"
    for spec in (tmp, tmp / "*.kysync"):          # a folder, or a wildcard a Windows shell leaves unexpanded
        code, out, err = run(capsys, "--db", county, "sync", "import", spec, "--json")
        assert code == 0 and [r["file"] for r in json.loads(out)] == ["down.kysync"]
    code, out, err = run(capsys, "--db", county, "task", "list", "--json")
    assert [t["title"] for t in json.loads(out)] == ["建设康养小镇"]
    code, out, err = run(capsys, "--db", county, "sync", "history", "--json")
    assert [h["direction"] for h in json.loads(out)] == ["in"]
    code, out, err = run(capsys, "--db", county, "sync", "peers")
    assert code == 0 and "商洛市康养专班" in out


def test_refusals_exit_1_with_the_message_on_stderr(pair, capsys):
    city, county, tmp = pair
    code, out, err = run(capsys, "--db", city, "sync", "export", "--to", "611002", "-o", tmp / "x.kysync")
    assert code == 1 and "身份卡" in err
    (tmp / "junk.kysync").write_bytes(b"junk")
    code, out, err = run(capsys, "--db", county, "sync", "import", tmp / "junk.kysync", "--json")
    assert code == 1 and json.loads(out)[0]["code"] == "not_zip" and "不是 zip" in err


@pytest.mark.parametrize("argv", [["sync"], ["sync", "import"], ["sync", "export", "-o", "x.kysync"],
                                  ["sync", "identity", "--bogus"]])
def test_wrong_usage_exits_2(pair, capsys, argv):
    city, county, tmp = pair
    with pytest.raises(SystemExit) as e:
        main(["--db", str(city), *argv])
    assert e.value.code == 2
