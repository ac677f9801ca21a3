"""CLI: `meeting decide` with 责任领导/责任人/板块/简称 or linked to a task (issue 11, item 11), and `meeting
final` refusing a meeting not yet held without --force, 印发 never before the meeting (item 12)."""
import pytest

from tests.cli.test_cli_e2e import fails, misuse, ok


@pytest.fixture
def cdb(tmp_path, monkeypatch):
    monkeypatch.setenv("KYDESK_TODAY", "2024-07-15")
    path = tmp_path / "k.db"
    ok("--db", path, "init", "--unit-code", "611002", "--unit-name", "商州区康养专班")
    return path


def test_decide_with_people_section_title_and_link(cdb):
    mid = ok("--db", cdb, "meeting", "add", "--title", "第1期推进会", "--date", "2024-07-12", "--json").json()["id"]
    got = ok("--db", cdb, "meeting", "decide", mid, "--text", "会议要求7月底前制定出台康养机构星级评定办法",
             "--title", "制定星级评定办法", "--leader", "王建国", "--person", "孙涛", "--section", "三、服务提升",
             "--lead-unit", "区民政局", "--due", "7月底前", "--task", "--json").json()
    task = ok("--db", cdb, "task", "show", got["task_id"], "--json").json()
    assert (task["title"], task["leader"], task["owner"], task["section"]) == (
        "制定星级评定办法", "王建国", "孙涛", "三、服务提升")
    assert task["assigned"] == "2024-07-12" and task["light"] == "green"
    linked = ok("--db", cdb, "meeting", "decide", mid, "--text", "抓紧推进星级评定", "--link", got["task_id"][:8],
                "--json").json()
    assert linked["task_id"] == got["task_id"]
    assert len(ok("--db", cdb, "task", "list", "--json").json()) == 1          # no duplicate
    fails("--db", cdb, "meeting", "decide", mid, "--text", "两者都要", "--task", "--link", got["task_id"],
          needle="只能选一个")
    fails("--db", cdb, "meeting", "decide", mid, "--text", "关联不存在的任务", "--link", "nope", needle="找不到任务")
    # the contract stays: the plain form still prints the new id
    assert ok("--db", cdb, "meeting", "decide", mid, "--text", "做好宣传").out.strip()


def test_final_of_a_meeting_not_yet_held(cdb):
    mid = ok("--db", cdb, "meeting", "add", "--title", "第2期推进会", "--date", "2024-07-29", "--json").json()["id"]
    fails("--db", cdb, "meeting", "final", mid, needle="尚未举行")
    assert ok("--db", cdb, "meeting", "list", "--json").json()[0]["state"] == "draft"
    fails("--db", cdb, "meeting", "final", mid, "--force", "--issued", "2024-07-20", needle="早于会议日期")
    ok("--db", cdb, "meeting", "final", mid, "--force")
    assert ok("--db", cdb, "meeting", "list", "--json").json()[0]["state"] == "final"
    misuse("--db", cdb, "meeting", "final")


def test_unit_and_person_uses_merge_delete(cdb):
    tid = ok("--db", cdb, "task", "add", "--title", "编制规划", "--lead-unit", "市发改委", "--json").json()["id"]
    ok("--db", cdb, "task", "add", "--title", "建设步道", "--lead-unit", "市发展和改革委员会")
    uses = ok("--db", cdb, "unit", "uses", "市发改委", "--json").json()
    assert uses == {"name": "市发改委", "total": 1, "uses": {"牵头的任务": 1}}
    fails("--db", cdb, "unit", "delete", "市发改委", needle="不能删除")
    r = ok("--db", cdb, "unit", "merge", "市发改委", "--into", "市发展和改革委员会")
    assert "已将“市发改委”合并到“市发展和改革委员会”" in r.err
    assert ok("--db", cdb, "task", "show", tid, "--json").json()["lead_unit"] == "市发展和改革委员会"
    fails("--db", cdb, "unit", "uses", "市发改委", needle="找不到单位")
    fails("--db", cdb, "unit", "merge", "市发展和改革委员会", "--into", "市发展和改革委员会", needle="同一个单位")
    misuse("--db", cdb, "unit", "merge", "市发展和改革委员会")
    mid = ok("--db", cdb, "meeting", "add", "--title", "推进会", "--date", "2024-07-05", "--chair", "王建军",
             "--json").json()["id"]
    # the contract keeps --reason optional; a 请假 without one is stored with a warning
    r = ok("--db", cdb, "meeting", "attend", mid, "--name", "孙涛", "--role", "请假")
    assert "未填写事由" in r.err
    ok("--db", cdb, "meeting", "attend", mid, "--name", "钱进", "--role", "请假", "--reason", "出差")
    assert ok("--db", cdb, "person", "uses", "王建军", "--json").json()["uses"] == {"会议主持人": 1}
    ok("--db", cdb, "person", "merge", "王建军", "--into", "王建国")
    assert ok("--db", cdb, "person", "uses", "王建国", "--json").json()["total"] == 1
