"""The command-line contract of DESIGN.md: names, flags, JSON fields, exit codes 0/1/2."""
import json
import subprocess
import sys

import pytest

from kydesk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cdb(tmp_path, capsys):
    path = tmp_path / "c.db"
    code, out, err = run(capsys, "--db", path, "init", "--unit-code", "611002", "--unit-name", "商州区康养专班")
    assert code == 0, err
    return path


def test_init_twice_is_a_user_error_that_changes_nothing(cdb, capsys):
    before = cdb.read_bytes()
    code, out, err = run(capsys, "--db", cdb, "init", "--unit-code", "9", "--unit-name", "别的")
    assert code == 1 and "已初始化" in err
    assert cdb.read_bytes() == before


def test_task_add_prints_id_and_list_json_has_contract_fields(cdb, capsys):
    code, out, err = run(capsys, "--db", cdb, "task", "add", "--title", "制定文旅康养产业链支持清单",
                         "--due", "2099年7月底前", "--lead-unit", "市发改委", "--owner", "王伟")
    assert code == 0, err
    new_id = out.strip()
    assert len(new_id) == 36
    code, out, err = run(capsys, "--db", cdb, "task", "list", "--json")
    rows = json.loads(out)
    assert len(rows) == 1
    t = rows[0]                                # the field list itself: test_cli_e2e.py TASK_FIELDS
    assert t["id"] == new_id and t["due"] == "2099-07-31" and t["due_text"] == "2099年7月底前"
    assert t["lead_unit"] == "市发改委" and t["owner"] == "王伟" and t["partner_units"] == []
    assert t["ongoing"] is False and t["light"] in ("red", "yellow", "green")


def test_task_add_json_and_ongoing(cdb, capsys):
    code, out, err = run(capsys, "--db", cdb, "task", "add", "--title", "推进智慧旅游平台建设", "--due", "长期坚持",
                         "--json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] and data["ongoing"] is True and data["due"] is None and data["due_text"] == "长期坚持"


def test_progress_then_show_lists_it_oldest_first(cdb, capsys):
    _, out, _ = run(capsys, "--db", cdb, "task", "add", "--title", "推进瀛湖5A级景区创建", "--due", "2099-12-31")
    tid = out.strip()
    assert run(capsys, "--db", cdb, "task", "progress", tid, "--text", "完成资源评价", "--percent", "60",
               "--date", "2024-06-01")[0] == 0
    assert run(capsys, "--db", cdb, "task", "progress", tid[:8], "--text", "启动申报", "--percent", "20",
               "--date", "2024-03-01")[0] == 0
    code, out, err = run(capsys, "--db", cdb, "task", "show", tid, "--json")
    data = json.loads(out)
    assert [p["text"] for p in data["progress"]] == ["启动申报", "完成资源评价"]
    assert data["progress"][0] == {"date": "2024-03-01", "text": "启动申报", "percent": 20, "unit": "商州区康养专班",
                                   "attachments": []}
    assert data["status"] == "active" and data["percent"] == 60


def test_filters_by_unit_status_and_light(cdb, capsys):
    run(capsys, "--db", cdb, "task", "add", "--title", "逾期任务", "--due", "2000-01-31", "--lead-unit", "市文旅局")
    run(capsys, "--db", cdb, "task", "add", "--title", "远期任务", "--due", "2099-12-31", "--lead-unit", "市发改委")
    _, out, _ = run(capsys, "--db", cdb, "task", "list", "--light", "red", "--json")
    assert [t["title"] for t in json.loads(out)] == ["逾期任务"]
    _, out, _ = run(capsys, "--db", cdb, "task", "list", "--unit", "市发改委", "--json")
    assert [t["title"] for t in json.loads(out)] == ["远期任务"]
    _, out, _ = run(capsys, "--db", cdb, "task", "list", "--status", "pending", "--json")
    assert len(json.loads(out)) == 2


def test_meeting_add_and_list(cdb, capsys):
    code, out, err = run(capsys, "--db", cdb, "meeting", "add", "--title", "第三次推进会", "--date", "2024-07-05",
                         "--place", "区政府三楼会议室", "--chair", "李明")
    assert code == 0
    mid = out.strip()
    assert run(capsys, "--db", cdb, "meeting", "attend", mid, "--name", "张华", "--role", "出席",
               "--unit", "区发改局")[0] == 0
    code, out, err = run(capsys, "--db", cdb, "meeting", "decide", mid, "--text", "7月底前完成项目清单",
                         "--lead-unit", "区发改局", "--due", "7月底前", "--task")
    assert code == 0
    _, out, _ = run(capsys, "--db", cdb, "meeting", "list", "--json")
    m = json.loads(out)[0]
    assert m == {**m, "id": mid, "kind": "推进会", "number": 1, "date": "2024-07-05", "title": "第三次推进会",
                 "state": "draft"}
    _, out, _ = run(capsys, "--db", cdb, "task", "list", "--json")
    assert [t["due"] for t in json.loads(out)] == ["2024-07-31"], "the meeting's year resolves 7月底前"


@pytest.mark.parametrize("argv, needle", [
    (["task", "show", "nope-nope"], "找不到任务"),
    (["task", "add", "--title", "  "], "不能为空"),
    (["task", "add", "--title", "甲", "--due", "尽快"], "尽快"),
    (["task", "progress", "x", "--text", "y", "--date", "2024-02-30"], "日期"),
    (["meeting", "add", "--title", "会", "--date", "2024-13-01"], "日期"),
])
def test_user_errors_exit_1_with_chinese_message_and_change_nothing(cdb, capsys, argv, needle):
    before = json.loads(run(capsys, "--db", cdb, "task", "list", "--json")[1])
    code, out, err = run(capsys, "--db", cdb, *argv)
    assert code == 1 and needle in err
    assert json.loads(run(capsys, "--db", cdb, "task", "list", "--json")[1]) == before


def test_bad_database_paths_exit_1(tmp_path, capsys):
    code, _, err = run(capsys, "--db", tmp_path / "missing.db", "task", "list")
    assert code == 1 and "不存在" in err and "missing.db" in err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 10)
    code, _, err = run(capsys, "--db", junk, "task", "list")
    assert code == 1 and "junk.db" in err
    assert junk.read_bytes() == b"this is not sqlite at all" * 10


def test_wrong_usage_exits_2(cdb, capsys):
    with pytest.raises(SystemExit) as e:
        main(["--db", str(cdb), "task", "list", "--light", "purple"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["--db", str(cdb), "task", "add"])
    assert e.value.code == 2


def test_locked_database_is_a_clear_error(cdb, capsys, monkeypatch):
    import sqlite3

    monkeypatch.setenv("KYDESK_BUSY_TIMEOUT", "0.2")
    holder = sqlite3.connect(cdb, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(capsys, "--db", cdb, "task", "add", "--title", "甲")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and ("锁定" in err or "占用" in err)


def test_version_does_not_import_qt_or_reportlab():
    code = ("import sys; from kydesk.cli import main; main(['--version']); "
            "print('HEAVY' if any(m in sys.modules for m in ('PySide6', 'reportlab', 'sqlite_utils')) else 'LIGHT')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "kydesk" in out and "LIGHT" in out


def test_env_var_picks_the_database(cdb, capsys, monkeypatch):
    monkeypatch.setenv("KYDESK_DB", str(cdb))
    code, out, _ = run(capsys, "task", "list")
    assert code == 0 and "没有符合条件的任务" in out


def test_unknown_unit_filter_warns_but_still_answers(cdb, capsys):
    code, out, err = run(capsys, "--db", cdb, "task", "list", "--unit", "不存在单位", "--json")
    assert code == 0 and json.loads(out) == [] and "不存在单位" in err


def test_empty_summary_file_does_not_wipe_the_minutes(cdb, capsys, tmp_path):
    _, out, _ = run(capsys, "--db", cdb, "meeting", "add", "--title", "推进会", "--date", "2024-07-05")
    mid = out.strip()
    body = tmp_path / "body.txt"
    body.write_text("会议研究了项目推进工作。", encoding="utf-8")
    assert run(capsys, "--db", cdb, "meeting", "summary", mid, "--file", body)[0] == 0
    body.write_text("\n  \n", encoding="utf-8")
    code, _, err = run(capsys, "--db", cdb, "meeting", "summary", mid, "--file", body)
    assert code == 1 and "空的" in err
