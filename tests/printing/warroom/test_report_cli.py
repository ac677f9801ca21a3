"""`kydesk report …`: the output path on stdout, a Chinese line on stderr, exit 0/1/2."""
import pytest

from kydesk.cli import main
from tests.printing.warroom.conftest import words


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli(db_path, ledger, capsys):
    def go(*argv):
        return run(capsys, "--db", db_path, *argv)
    return go


def test_warroom_prints_the_path_and_a_chinese_line(cli, tmp_path):
    out = tmp_path / "作战图.pdf"
    code, stdout, stderr = cli("report", "warroom", "--year", "2024", "--date", "2024-07-15", "-o", out)
    assert code == 0, stderr
    assert stdout.strip() == str(out) and out.exists()
    assert "已生成作战图（A3 横向）" in stderr and "1 页" in stderr
    code, stdout, stderr = cli("report", "warroom", "--paper", "a4", "--unit", "市文旅局", "--date", "2024-07-15",
                               "-o", tmp_path / "a4.pdf")
    assert code == 0 and "A4" in stderr
    assert "临期的招商推介会" in words(tmp_path / "a4.pdf")[0]


def test_unwritable_output_is_a_user_error(cli, tmp_path):
    code, stdout, stderr = cli("report", "warroom", "-o", tmp_path / "no-such-folder" / "x.pdf")
    assert code == 1 and stdout == ""
    assert "错误：无法写入" in stderr and "不存在" in stderr
    code, _, stderr = cli("report", "warroom", "-o", tmp_path)
    assert code == 1 and "文件夹" in stderr


def test_wrong_usage_exits_2(cli, tmp_path):
    with pytest.raises(SystemExit) as e:
        cli("report", "warroom", "--paper", "A5", "-o", tmp_path / "x.pdf")
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        cli("report", "warroom")
    assert e.value.code == 2


def test_notice_for_one_task_and_for_all_red(cli, ledger, tmp_path):
    tid = ledger["逾期未完成的景区创建"]
    code, stdout, stderr = cli("report", "notice", tid[:8], "--date", "2024-07-15", "-o", tmp_path / "one.pdf")
    assert code == 0, stderr
    assert stdout.strip() == str(tmp_path / "one.pdf") and "督办〔2024〕1号" in stderr
    code, _, stderr = cli("report", "notice", "--all-red", "--date", "2024-07-15", "-o", tmp_path / "all.pdf")
    assert code == 0 and len(words(tmp_path / "all.pdf")) == 2
    code, _, stderr = cli("report", "notice", ledger["临期的招商推介会"], "--date", "2024-07-15", "-o",
                          tmp_path / "y.pdf")
    assert code == 1 and "黄灯" in stderr and not (tmp_path / "y.pdf").exists()
    code, _, stderr = cli("report", "notice", "-o", tmp_path / "none.pdf")
    assert code == 2 and "--all-red" in stderr, "a missing TASK_ID is wrong usage"
    code, _, stderr = cli("report", "notice", "nosuchtask", "-o", tmp_path / "none.pdf")
    assert code == 1 and "找不到任务" in stderr


def test_bulletin_and_dispatch(cli, tmp_path):
    req = tmp_path / "req.txt"
    req.write_text("各单位要加快进度。\n\n确保年底前全部完成。", encoding="utf-8")
    code, stdout, stderr = cli("report", "bulletin", "--period", "2024Q3", "--requirements", req, "--date",
                               "2024-07-15", "-o", tmp_path / "b.pdf")
    assert code == 0, stderr
    text = "".join(words(tmp_path / "b.pdf"))
    assert "四、下步要求" in text and "确保年底前全部完成" in text
    code, _, stderr = cli("report", "bulletin", "--period", "2024Q9", "-o", tmp_path / "x.pdf")
    assert code == 1 and "2024Q2" in stderr
    code, stdout, stderr = cli("report", "dispatch", "--month", "2024-07", "--date", "2024-07-15", "-o",
                               tmp_path / "d.pdf")
    assert code == 0 and "月调度表" in stderr and (tmp_path / "d.pdf").exists()


def test_minutes_and_record_route_to_the_meeting_printers(db, cli, tmp_path):
    from datetime import date

    from kydesk.services import meetings

    mid = meetings.add_meeting(db, title="第三次推进会", date_=date(2024, 7, 10), place="区政府三楼会议室",
                               chair="李副区长", recorder="张华").id
    meetings.attend(db, mid, name="王伟", role="出席", unit="市发改委")
    meetings.decide(db, mid, text="加快推进产业链清单编制", lead_unit="市发改委", due="7月底前")
    code, stdout, stderr = cli("report", "minutes", mid, "-o", tmp_path / "m.pdf")
    assert code == 0, stderr
    assert stdout.strip() == str(tmp_path / "m.pdf") and "会议纪要" in stderr
    code, stdout, stderr = cli("report", "record", mid[:8], "-o", tmp_path / "r.pdf")
    assert code == 0, stderr
    assert (tmp_path / "r.pdf").exists() and "会议记录" in stderr
    code, _, stderr = cli("report", "minutes", "nosuchmeeting", "-o", tmp_path / "x.pdf")
    assert code == 1 and stderr.startswith("错误：")
