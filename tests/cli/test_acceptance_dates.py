"""Acceptance: deadlines said at the turn of the year ("1月底前" decided at a December meeting)."""
import json

from kydesk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_december_meeting_deciding_1月底前_means_next_january(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KYDESK_TODAY", "2025-12-31")
    db = tmp_path / "c.db"
    assert run(capsys, "--db", db, "init", "--unit-code", "6103", "--unit-name", "宝鸡市", "--level", "city")[0] == 0
    code, out, err = run(capsys, "--db", db, "meeting", "add", "--title", "年末推进会", "--date", "2025-12-30")
    assert code == 0, err
    meeting = out.strip()
    code, out, err = run(capsys, "--db", db, "meeting", "decide", meeting, "--text", "完成年度工作总结",
                         "--due", "1月底前", "--task")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "meeting", "decide", meeting, "--text", "年底前完成收尾",
                         "--due", "年底前", "--task")                       # still this year: 2025-12-31
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "meeting", "decide", meeting, "--text", "写明年份的不改",
                         "--due", "2025年1月31日前", "--task")
    assert code == 1 and "2025-01-31" in err
    code, out, _ = run(capsys, "--db", db, "task", "list", "--json")
    tasks = {t["title"]: t for t in json.loads(out)}
    assert set(tasks) == {"完成年度工作总结", "年底前完成收尾"}
    assert tasks["完成年度工作总结"]["due"] == "2026-01-31" and tasks["完成年度工作总结"]["due_text"] == "1月底前"
    assert tasks["完成年度工作总结"]["light"] == "green"
    assert tasks["年底前完成收尾"]["due"] == "2025-12-31"
