"""CLI: a task added today is lit from today (issue 11, item 1); `xlsx import --assigned` and the year note."""
import json

import pytest

from tests.cli.test_cli_e2e import cli, fails, ok
from tests.services.test_task_assigned import _ledger


@pytest.fixture
def cdb(tmp_path, monkeypatch):
    monkeypatch.setenv("KYDESK_TODAY", "2024-07-15")
    path = tmp_path / "k.db"
    ok("--db", path, "init", "--unit-code", "611002", "--unit-name", "商州区康养专班")
    return path


def test_task_add_on_the_command_line_is_not_red(cdb):
    tid = ok("--db", cdb, "task", "add", "--title", "完成康养小镇选址", "--due", "7月底前", "--json").json()["id"]
    [row] = ok("--db", cdb, "task", "list", "--json").json()
    assert row["light"] == "green"
    assert ok("--db", cdb, "task", "show", tid, "--json").json()["assigned"] == "2024-07-15"
    assert ok("--db", cdb, "task", "list", "--light", "red", "--json").json() == []


def test_xlsx_import_assigned_and_other_year(cdb, tmp_path):
    path = _ledger(tmp_path / "台账.xlsx", "2023年康养产业重点工作台账")
    r = ok("--db", cdb, "xlsx", "import", path, "--assigned", "2023-03-01", "--dry-run", "--json")
    data = r.json()
    assert (data["year"], data["db_year"], data["assigned"]) == (2023, 2024, "2023-03-01")
    assert {c["label"]: c["column"] for c in data["columns"]}["牵头单位"] == "C"
    assert data["rows"][0] == {"row": 3, "action": "new", "title": "建设康养步道", "due_text": "7月底前",
                               "due": "2023-07-31"}
    r = ok("--db", cdb, "xlsx", "import", path)
    assert "2023 年的台账" in r.err and "2024 年" in r.err
    fails("--db", cdb, "xlsx", "import", path, "--assigned", "2023-02-30", needle="下达日期")
    assert json.loads(cli("--db", cdb, "task", "list", "--json").out)


def test_xlsx_import_year_keeps_its_contract(cdb, tmp_path):
    path = _ledger(tmp_path / "台账.xlsx", "2023年康养产业重点工作台账")
    data = ok("--db", cdb, "xlsx", "import", path, "--year", "2024", "--json").json()
    assert data["year"] == 2024 and data["applied"] and data["new"] == 2
    rows = ok("--db", cdb, "task", "list", "--json").json()
    assert {r["due"] for r in rows} == {"2024-07-31", "2024-12-31"}
