"""The task source register: `task add` flags, `task show --json` extra keys, `task source`, the 督办单 cites it."""
import json

from tests.printing.warroom.conftest import words


def test_source_register_from_the_command_line_to_the_notice(cli, tmp_path):
    cli.ok("init", "--unit-code", "6110", "--unit-name", "商洛市康养专班", "--level", "city", today="2026-03-01")
    tid = cli.ok("task", "add", "--title", "康养基地招商", "--lead-unit", "市文旅局", "--due", "2026-03-20",
                 "--source", "领导批示", "--doc-no", "[2026]12号", "--instruction-leader", "王市长",
                 "--instruction", "抓紧对接签约", "--instruction-date", "2026-02-26")
    data = json.loads(cli.ok("task", "show", tid, "--json"))
    assert {k: data[k] for k in ("source", "doc_no", "instruction_leader", "instruction", "instruction_date")} == {
        "source": "领导批示", "doc_no": "〔2026〕12号", "instruction_leader": "王市长", "instruction": "抓紧对接签约",
        "instruction_date": "2026-02-26"}
    assert data["title"] == "康养基地招商" and data["notices"] == []
    cli.ok("report", "notice", tid, "-o", tmp_path / "n.pdf", today="2026-03-25")
    page = words(tmp_path / "n.pdf")[0]
    assert "领导批示（〔2026〕12号）" in page and "王市长2026年2月26日批示" in page and "抓紧对接签约" in page
    data = json.loads(cli.ok("task", "show", tid, "--json"))
    assert [(n["name"], n["number"]) for n in data["notices"]] == [("督办单", "督办〔2026〕1号")]
    assert "来源：领导批示" in cli.ok("task", "show", tid)
    cli.ok("task", "source", tid, "--source", "上级文件", "--doc-no", "商政办发〔2026〕3号")
    data = json.loads(cli.ok("task", "show", tid, "--json"))
    assert (data["source"], data["doc_no"], data["instruction_leader"]) == ("上级文件", "商政办发〔2026〕3号", "王市长")


def test_a_bad_source_adds_nothing(cli):
    cli.ok("init", "--unit-code", "6110", "--unit-name", "商洛市康养专班", "--level", "city", today="2026-03-01")
    code, out, err = cli("task", "add", "--title", "无效来源的任务", "--source", "道听途说")
    assert code == 1 and out == "" and "任务来源“道听途说”无法识别" in err
    code, out, err = cli("task", "add", "--title", "无效日期的任务", "--source", "领导批示", "--instruction-date", "2026-02-30")
    assert code == 1 and "批示日期" in err
    assert json.loads(cli.ok("task", "list", "--json")) == []
