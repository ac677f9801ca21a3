"""Issue 10, the smaller list, through the command line: stale or earlier 延期 grants need a confirmation;
a failed import says so in Chinese (and as a JSON object with --json); dates keep to 1990–2100; a GBK
argument is read and warned about; control characters never reach a title."""
import json
import os
import sqlite3

from tests.sync.conftest import cli_run
from tests.sync.test_sync_instances import Office


def _pair(two_offices, capsys, tmp_path):
    city_db, county_db = two_offices
    city, county = Office(capsys, city_db, tmp_path), Office(capsys, county_db, tmp_path)
    city.run("sync", "trust", tmp_path / "county.json")
    county.run("sync", "trust", tmp_path / "city.json")
    return city, county


def test_a_stale_or_earlier_postponement_needs_a_confirmation(two_offices, capsys, tmp_path):
    city, county = _pair(two_offices, capsys, tmp_path)
    tid = city.run("task", "add", "--title", "建设康养小镇", "--due", "2025-03-31", "--lead-unit", "611002")[1].strip()
    county.receive(city.send("611002"))
    county.run("task", "postpone", tid, "--due", "2024-12-31", "--reason", "第四季度完成")
    pkg = county.send("611000")
    city.run("task", "postpone", tid, "--due", "2025-06-30", "--reason", "市里统一调整")
    code, out, err = city.run("sync", "import", pkg["path"], "--dry-run")
    assert "之后已改为" in out and "早于任务现在的时限" in out and "确认" in out
    city.receive(pkg)
    [req] = json.loads(city.run("sync", "requests", "--json")[1])
    assert len(req["warnings"]) == 2
    code, out, err = city.run("sync", "answer", req["id"], "--grant", ok=False)
    assert code == 1 and "--confirm" in err
    assert city.task("建设康养小镇")["due"] == "2025-06-30"
    city.run("sync", "answer", req["id"], "--grant", "--confirm")
    assert city.task("建设康养小镇")["due"] == "2024-12-31"


def test_a_failed_import_is_friendly_and_json(two_offices, capsys, tmp_path, monkeypatch):
    city, county = _pair(two_offices, capsys, tmp_path)
    county.run("task", "add", "--title", "县自办")
    pkg = county.send("611000")
    from kydesk.store import sync_store

    def full(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sync_store, "write_rows", full)
    code, out, err = cli_run(capsys, "--db", city.db, "sync", "import", pkg["path"], "--json")
    assert code == 1 and "磁盘已满" in err and "内部错误" not in err
    assert json.loads(out)["status"] == "failed" and "磁盘已满" in json.loads(out)["error"]
    monkeypatch.undo()
    assert "县自办" not in city.titles()


def test_dates_keep_to_the_years_a_ledger_holds(two_offices, capsys, tmp_path):
    city, county = _pair(two_offices, capsys, tmp_path)
    tid = county.run("task", "add", "--title", "县自办")[1].strip()
    for argv in (("task", "progress", tid, "--text", "x", "--date", "0001-01-01"),
                 ("task", "done", tid, "--date", "9999-12-31"),
                 ("task", "add", "--title", "远古", "--start", "0001-01-01")):
        code, out, err = county.run(*argv, ok=False)
        assert code == 1 and "1990–2100" in err, (argv, err)


def test_a_gbk_argument_is_read_and_warned_about(two_offices, capsys, tmp_path):
    city, county = _pair(two_offices, capsys, tmp_path)
    title = os.fsdecode("养老服务中心".encode("gbk"))
    code, out, err = cli_run(capsys, "--db", county.db, "task", "add", "--title", title, "--json")
    assert code == 0 and json.loads(out)["title"] == "养老服务中心"
    assert "不是 UTF-8" in err


def test_control_characters_never_reach_a_title(two_offices, capsys, tmp_path):
    city, county = _pair(two_offices, capsys, tmp_path)
    code, out, err = county.run("task", "add", "--title", "\x1b[31m红色\x1b[0m任务\x07\n第二行", "--json")
    assert json.loads(out)["title"] == "红色任务 第二行"
