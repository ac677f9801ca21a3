"""Acceptance: task commands that would change nothing say so and leave the database as it was."""
import sqlite3

from kydesk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def data(db):
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
                for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_reopen_of_a_task_that_is_not_done_is_refused_and_changes_nothing(tmp_path, capsys):
    db = tmp_path / "c.db"
    assert run(capsys, "--db", db, "init", "--unit-code", "610302", "--unit-name", "渭滨区")[0] == 0
    code, out, err = run(capsys, "--db", db, "task", "add", "--title", "编制康养规划", "--due", "年底前")
    tid = out.strip()
    before = data(db)
    code, out, err = run(capsys, "--db", db, "task", "reopen", tid)
    assert code == 1 and "编制康养规划" in err and "未启动" in err
    assert data(db) == before
    assert run(capsys, "--db", db, "task", "done", tid)[0] == 0
    code, out, err = run(capsys, "--db", db, "task", "reopen", tid)
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "task", "show", tid)
    assert "状态：推进中" in out


def test_postpone_of_a_done_task_or_to_the_same_deadline_is_refused(tmp_path, capsys):
    db = tmp_path / "c.db"
    assert run(capsys, "--db", db, "init", "--unit-code", "610302", "--unit-name", "渭滨区")[0] == 0
    tid = run(capsys, "--db", db, "task", "add", "--title", "编制康养规划", "--due", "年底前")[1].strip()
    before = data(db)
    code, out, err = run(capsys, "--db", db, "task", "postpone", tid, "--due", "12月31日前", "--reason", "无")
    assert code == 1 and "相同" in err
    assert data(db) == before
    assert run(capsys, "--db", db, "task", "done", tid)[0] == 0
    before = data(db)
    code, out, err = run(capsys, "--db", db, "task", "postpone", tid, "--due", "2099-03-31", "--reason", "再延")
    assert code == 1 and "已完成" in err
    assert data(db) == before
