"""佐证材料 from the command line: --attach on progress and 销号, `task show --json`, `task attachments -o`,
and a backup restored on another PC that `check` passes with every file."""
import json
import os

from kydesk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_attach_show_export_backup_restore_check(tmp_path, capsys):
    db = tmp_path / "c.db"
    assert run(capsys, "--db", db, "init", "--unit-code", "611002", "--unit-name", "商州区康养专班")[0] == 0
    _, out, _ = run(capsys, "--db", db, "task", "add", "--title", "推进市博物馆项目建设", "--due", "2099-12-31")
    tid = out.strip()
    photo = tmp_path / "主体封顶.jpg"
    photo.write_bytes(os.urandom(1_500_000))
    notice = tmp_path / "会议通知.pdf"
    notice.write_bytes(b"%PDF-1.4 notice")

    code, out, err = run(capsys, "--db", db, "task", "progress", tid, "--text", "主体封顶", "--percent", "70",
                         "--attach", photo, "--attach", notice)
    assert code == 0, err
    assert "2 个佐证材料" in err
    code, out, err = run(capsys, "--db", db, "task", "show", tid, "--json")
    [entry] = json.loads(out)["progress"]
    assert [(a["name"], a["size"]) for a in entry["attachments"]] == [("主体封顶.jpg", 1_500_000),
                                                                       ("会议通知.pdf", 15)]

    code, out, err = run(capsys, "--db", db, "task", "show", tid)
    assert "附件：主体封顶.jpg（1.4 MB）" in out

    out_dir = tmp_path / "导出"
    code, out, err = run(capsys, "--db", db, "task", "attachments", tid, "-o", out_dir)
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        f"{entry['date']} {n}" for n in ("主体封顶.jpg", "会议通知.pdf"))
    assert (out_dir / f"{entry['date']} 主体封顶.jpg").read_bytes() == photo.read_bytes()

    code, out, err = run(capsys, "--db", db, "task", "done", tid, "--attach", notice)
    assert code == 0, err
    assert [a["name"] for a in json.loads(run(capsys, "--db", db, "task", "show", tid, "--json")[1])[
        "attachments"]] == ["会议通知.pdf"]

    backup = tmp_path / "备份.db"
    assert run(capsys, "--db", db, "backup", "-o", backup)[0] == 0
    elsewhere = tmp_path / "新电脑" / "kydesk.db"
    elsewhere.parent.mkdir()
    code, out, err = run(capsys, "--db", elsewhere, "restore", backup)
    assert code == 0, err
    code, out, err = run(capsys, "--db", elsewhere, "check")
    assert code == 0, err + out
    again = tmp_path / "again"
    assert run(capsys, "--db", elsewhere, "task", "attachments", tid, "-o", again)[0] == 0
    assert sorted(p.read_bytes() for p in again.iterdir()) == sorted(
        [photo.read_bytes(), notice.read_bytes(), notice.read_bytes()])


def test_a_too_big_attachment_fails_with_exit_1_and_records_nothing(tmp_path, capsys):
    db = tmp_path / "c.db"
    run(capsys, "--db", db, "init", "--unit-code", "611002", "--unit-name", "商州区康养专班")
    _, out, _ = run(capsys, "--db", db, "task", "add", "--title", "任务", "--due", "2099-12-31")
    tid = out.strip()
    big = tmp_path / "大文件.zip"
    with open(big, "wb") as fh:
        fh.truncate(25 * 1024 * 1024)
    code, out, err = run(capsys, "--db", db, "task", "progress", tid, "--text", "进展", "--attach", big)
    assert code == 1 and "大文件.zip" in err and "25.0 MB" in err
    assert json.loads(run(capsys, "--db", db, "task", "show", tid, "--json")[1])["progress"] == []


def test_problem_progress_carries_its_rectification_evidence(tmp_path, capsys):
    db = tmp_path / "c.db"
    run(capsys, "--db", db, "init", "--unit-code", "611002", "--unit-name", "商州区康养专班")
    code, out, err = run(capsys, "--db", db, "problem", "add", "--text", "康养小镇停车位不足", "--unit", "商州区住建局",
                         "--due", "2099-12-31")
    assert code == 0, err
    pid = out.strip()
    photo = tmp_path / "新建停车场.jpg"
    photo.write_bytes(os.urandom(5000))
    code, out, err = run(capsys, "--db", db, "problem", "progress", pid, "--text", "新建停车场已投用", "--fixed",
                         "--attach", photo)
    assert code == 0, err
    data = json.loads(run(capsys, "--db", db, "problem", "show", pid, "--json")[1])
    [entry] = data["progress"]
    assert entry["attachments"] == [{"name": "新建停车场.jpg", "size": 5000, "sha256": entry["attachments"][0]["sha256"]}]
    assert data["status"] == "fixed"
