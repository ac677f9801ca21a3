"""sync requests|answer|conflicts on the command line, and the 延期申请 round trip county → city → county
driven by the CLI alone (kydesk.cli.main, as a city office's batch job would)."""
import json

import pytest

from kydesk.cli import main

FIELDS = {"id", "task_id", "task_title", "unit", "old_due", "old_due_text", "new_due", "new_due_text", "reason",
          "state", "answer"}


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def offices(two_offices, tmp_path, capsys):
    """A city and a county that trust each other; the city has assigned a task to the county, delivered."""
    city, county = two_offices
    assert run(capsys, "--db", city, "sync", "trust", tmp_path / "county.json")[0] == 0
    assert run(capsys, "--db", county, "sync", "trust", tmp_path / "city.json")[0] == 0
    code, out, err = run(capsys, "--db", city, "task", "add", "--title", "建设康养小镇", "--due", "2024-09-30",
                         "--lead-unit", "611002")
    assert code == 0
    task_id = out.strip()
    assert run(capsys, "--db", city, "sync", "export", "--to", "611002", "-o", tmp_path / "down1.kysync")[0] == 0
    assert run(capsys, "--db", county, "sync", "import", tmp_path / "down1.kysync")[0] == 0
    return city, county, task_id, tmp_path


def _task(capsys, db, task_id):
    code, out, err = run(capsys, "--db", db, "task", "show", task_id, "--json")
    assert code == 0, err
    return json.loads(out)


def test_round_trip_county_asks_city_grants_county_sees_the_new_deadline(offices, capsys):
    city, county, task_id, tmp = offices
    # the county asks: the city's task cannot be moved here, so a request is filed
    code, out, err = run(capsys, "--db", county, "task", "postpone", task_id, "--due", "2024-12-31",
                         "--reason", "用地审批延迟")
    assert code == 0 and "延期申请" in err
    assert _task(capsys, county, task_id)["due"] == "2024-09-30"
    code, out, err = run(capsys, "--db", county, "sync", "requests", "--json")
    [mine] = json.loads(out)
    assert set(mine) >= FIELDS and mine["state"] == "pending" and mine["unit"] == "商州区康养专班"
    assert run(capsys, "--db", county, "sync", "export", "--to", "611000", "-o", tmp / "up1.kysync")[0] == 0

    # the city imports, lists, grants
    assert run(capsys, "--db", city, "sync", "requests", "--json")[1].strip() == "[]"
    code, out, err = run(capsys, "--db", city, "sync", "import", tmp / "up1.kysync")
    assert code == 0 and "延期申请" in out
    code, out, err = run(capsys, "--db", city, "sync", "requests", "--json")
    [req] = json.loads(out)
    assert req["id"] == mine["id"] and req["task_id"] == task_id and req["task_title"] == "建设康养小镇"
    assert (req["old_due"], req["new_due"], req["reason"]) == ("2024-09-30", "2024-12-31", "用地审批延迟")
    assert req["unit"] == "商州区康养专班" and req["state"] == "pending" and req["can_answer"]
    code, out, err = run(capsys, "--db", city, "sync", "requests")
    assert code == 0 and "待批复" in out and "2024-09-30 → 2024-12-31" in out and "1 条待本单位批复" in out
    code, out, err = run(capsys, "--db", city, "sync", "answer", req["id"][:8], "--grant", "--text", "同意，请抓紧")
    assert code == 0 and "已同意" in err and "2024-12-31" in err
    assert _task(capsys, city, task_id)["due"] == "2024-12-31"
    code, out, err = run(capsys, "--db", city, "sync", "requests", "--json")
    [req] = json.loads(out)
    assert (req["state"], req["answer"]) == ("granted", "同意，请抓紧"), "the answer row is not a new request"
    code, out, err = run(capsys, "--db", city, "sync", "answer", req["id"], "--refuse")
    assert code == 1 and "已经批复" in err
    assert run(capsys, "--db", city, "sync", "export", "--to", "611002", "-o", tmp / "down2.kysync")[0] == 0

    # the county imports and reads the verdict on its request and the new deadline on the task
    code, out, err = run(capsys, "--db", county, "sync", "requests")
    assert "待批复" in out
    assert run(capsys, "--db", county, "sync", "import", tmp / "down2.kysync")[0] == 0
    assert _task(capsys, county, task_id)["due"] == "2024-12-31"
    code, out, err = run(capsys, "--db", county, "sync", "requests")
    assert code == 0 and "已同意" in out and "同意，请抓紧" in out
    [mine] = json.loads(run(capsys, "--db", county, "sync", "requests", "--json")[1])
    assert (mine["state"], mine["answer"], mine["can_answer"]) == ("granted", "同意，请抓紧", False)


def test_refusal_leaves_the_deadline_and_the_answer_command_reports_errors(offices, capsys):
    city, county, task_id, tmp = offices
    run(capsys, "--db", county, "task", "postpone", task_id, "--due", "年底前", "--reason", "资金未到位")
    run(capsys, "--db", county, "sync", "export", "--to", "611000", "-o", tmp / "up.kysync")
    run(capsys, "--db", city, "sync", "import", tmp / "up.kysync")
    [req] = json.loads(run(capsys, "--db", city, "sync", "requests", "--pending", "--json")[1])
    assert req["new_due_text"] == "年底前"
    code, out, err = run(capsys, "--db", city, "sync", "answer", req["id"], "--refuse", "--text", "请按期完成", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["state"] == "refused" and shown["answer"] == "请按期完成" and shown["answer_id"]
    assert _task(capsys, city, task_id)["due"] == "2024-09-30"
    assert json.loads(run(capsys, "--db", city, "sync", "requests", "--pending", "--json")[1]) == []
    code, out, err = run(capsys, "--db", city, "sync", "answer", "ffffffff", "--grant")
    assert code == 1 and "找不到延期申请" in err
    code, out, err = run(capsys, "--db", county, "sync", "answer", req["id"], "--grant")
    assert code == 1 and "只有它能批复" in err
    run(capsys, "--db", city, "sync", "export", "--to", "611002", "-o", tmp / "down.kysync")
    run(capsys, "--db", county, "sync", "import", tmp / "down.kysync")
    [mine] = json.loads(run(capsys, "--db", county, "sync", "requests", "--json")[1])
    assert (mine["state"], mine["answer"]) == ("refused", "请按期完成")
    assert "未同意" in run(capsys, "--db", county, "sync", "requests")[1]
    assert _task(capsys, county, task_id)["due"] == "2024-09-30"


@pytest.mark.parametrize("argv", [["sync", "answer"], ["sync", "answer", "abcd"],
                                  ["sync", "answer", "abcd", "--grant", "--refuse"], ["sync", "requests", "x"],
                                  ["sync", "conflicts", "--bogus"]])
def test_wrong_usage_exits_2(offices, capsys, argv):
    city, county, task_id, tmp = offices
    with pytest.raises(SystemExit) as e:
        main(["--db", str(city), *argv])
    assert e.value.code == 2 and "用法错误" in capsys.readouterr().err


def test_empty_lists_and_conflicts(offices, capsys):
    city, county, task_id, tmp = offices
    code, out, err = run(capsys, "--db", city, "sync", "requests")
    assert code == 0 and "没有延期申请" in out
    code, out, err = run(capsys, "--db", city, "sync", "conflicts")
    assert code == 0 and "没有版本冲突" in out
    code, out, err = run(capsys, "--db", city, "sync", "conflicts", "--json")
    assert json.loads(out) == {"conflicts": [], "quarantined": []}
