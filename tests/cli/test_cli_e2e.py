"""Acceptance: the command-line contract of DESIGN.md ("Command line"), end to end on fresh databases, with the
messy input a clerk or the city office's batch scripts produce.

Most commands run in-process through kydesk.cli.main (stdout and stderr captured apart, usage errors caught as
SystemExit); a handful run as real `python -m kydesk` processes to prove exit codes and stream separation.
Bugs this suite found were fixed; each test here now guards its fix.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from kydesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "ledger_sample.xlsx"
TODAY = date.today()          # the CLI has no clock override: everything here is relative to the real day
YEAR = TODAY.year             # init sets the ledger year to this year
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
CJK = re.compile(r"[\u4e00-\u9fff]")
TASK_FIELDS = ("id", "title", "section", "lead_unit", "partner_units", "leader", "owner", "due", "due_text",
               "ongoing", "status", "light")
MEETING_FIELDS = ("id", "kind", "number", "date", "title", "state")
COUNTY = ("611002", "商州区康养专班")
CITY = ("611000", "商洛市康养专班")


class Run(NamedTuple):
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def cli(*argv) -> Run:
    """One command in-process. Anything but SystemExit escaping main() is a traceback a user would see."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as e:
            code = e.code
    return Run(code, out.getvalue(), err.getvalue())


def ok(*argv) -> Run:
    r = cli(*argv)
    assert r.code == 0, f"{argv}: exit {r.code}\n{r.err}"
    assert "Traceback" not in r.err
    return r


def fails(*argv, needle: str | None = None) -> Run:
    """A user-facing error: exit 1, a Chinese message on stderr naming the problem."""
    r = cli(*argv)
    assert r.code == 1, f"{argv}: expected exit 1, got {r.code}\nout={r.out}\nerr={r.err}"
    assert CJK.search(r.err), r.err
    assert "Traceback" not in r.err
    if needle:
        assert needle in r.err, r.err
    return r


def misuse(*argv) -> Run:
    r = cli(*argv)
    assert r.code == 2, f"{argv}: expected exit 2, got {r.code}\n{r.err}"
    assert r.out == "" and r.err
    return r


def new_id(r: Run) -> str:
    """`Commands that add something print its new id`: stdout is the id and nothing else."""
    line = r.out.strip()
    assert UUID.match(line), repr(r.out)
    return line


def snapshot(path) -> dict:
    """Every row of every table (FTS shadow tables aside): equal snapshots = nothing changed."""
    con = sqlite3.connect(str(path))
    try:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                 if not n.startswith("sqlite_") and "_fts" not in n]
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        con.close()


def init(path, code=COUNTY[0], name=COUNTY[1], *extra) -> Path:
    ok("--db", path, "init", "--unit-code", code, "--unit-name", name, *extra)
    return Path(path)


def tasks_of(db, *filters) -> list[dict]:
    return ok("--db", db, "task", "list", *filters, "--json").json()


def titles(db, *filters) -> set[str]:
    return {t["title"] for t in tasks_of(db, *filters)}


def check_task_json(t: dict) -> None:
    """The field names and types of `task list --json` as DESIGN.md states them."""
    for f in TASK_FIELDS:
        assert f in t, f"missing {f}: {t}"
    assert isinstance(t["id"], str) and UUID.match(t["id"])
    for f in ("title", "section", "leader", "owner", "due_text", "status"):
        assert isinstance(t[f], str), (f, t[f])
    assert t["lead_unit"] is None or isinstance(t["lead_unit"], str)
    assert isinstance(t["partner_units"], list) and all(isinstance(u, str) for u in t["partner_units"])
    assert t["due"] is None or date.fromisoformat(t["due"]).isoformat() == t["due"]
    assert isinstance(t["ongoing"], bool)
    assert t["light"] in ("red", "yellow", "green", None)
    if t["status"] in ("done", "已完成"):
        assert t["light"] is None, t
    if t["ongoing"]:
        assert t["due"] is None


@pytest.fixture(autouse=True)
def _no_env_db(monkeypatch, tmp_path):
    monkeypatch.delenv("KYDESK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))   # never touch the real per-user data folder


@pytest.fixture
def county(tmp_path):
    return init(tmp_path / "county.db")


@pytest.fixture
def city(tmp_path):
    return init(tmp_path / "city.db", CITY[0], CITY[1], "--level", "city")


# -- init ------------------------------------------------------------------------------------------------------

def test_init_county_and_city_print_the_site_id_and_refuse_a_second_init(tmp_path):
    r = ok("--db", tmp_path / "c.db", "init", "--unit-code", "611002", "--unit-name", "商州区康养专班")
    new_id(r)
    assert "商州区康养专班" in r.err
    r = ok("--db", tmp_path / "city.db", "init", "--unit-code", "611000", "--unit-name", "商洛市康养专班",
           "--level", "city", "--json")
    card = r.json()
    assert UUID.match(card["id"]) and card["unit_code"] == "611000"
    before = snapshot(tmp_path / "c.db")
    fails("--db", tmp_path / "c.db", "init", "--unit-code", "611002", "--unit-name", "商州区康养专班",
          needle="已初始化")
    fails("--db", tmp_path / "c.db", "init", "--unit-code", "1", "--unit-name", "别的", "--level", "city")
    assert snapshot(tmp_path / "c.db") == before
    misuse("--db", tmp_path / "p.db", "init", "--unit-code", "1", "--unit-name", "甲", "--level", "province")
    misuse("--db", tmp_path / "p.db", "init", "--unit-code", "1")
    fails("--db", tmp_path / "blank.db", "init", "--unit-code", "  ", "--unit-name", "甲", needle="单位代码")
    assert not (tmp_path / "blank.db").exists(), "a failed init leaves no file behind"
    init(tmp_path / "new" / "sub" / "n.db", "611004", "丹凤县康养专班")   # missing folders are made


def test_init_demo_gives_a_ledger_and_meetings_that_honour_the_json_contract(tmp_path):
    db = init(tmp_path / "demo.db", "611000", "商洛市康养专班", "--level", "city", "--demo")
    rows = tasks_of(db)
    assert len(rows) >= 20
    for t in rows:
        check_task_json(t)
    assert {t["light"] for t in rows} >= {"red", "yellow", "green", None}
    assert any(t["partner_units"] for t in rows) and any(t["status"] == "done" for t in rows)
    meetings = ok("--db", db, "meeting", "list", "--json").json()
    assert meetings
    for m in meetings:
        assert set(MEETING_FIELDS) <= set(m)
        assert isinstance(m["number"], int) and date.fromisoformat(m["date"]) and m["state"] in ("draft", "final")


@pytest.mark.parametrize("name, level", [("商州区", "county"), ("市发改委", "city")])
def test_init_demo_with_a_unit_name_the_demo_also_uses(tmp_path, name, level):
    init(tmp_path / "d.db", "611002", name, "--level", level, "--demo")


# -- tasks -----------------------------------------------------------------------------------------------------

def test_task_add_with_every_flag_prints_id_and_json(county):
    r = ok("--db", county, "task", "add", "--title", "编制康养产业发展规划", "--due", "2030年7月底前",
           "--lead-unit", "区发改局", "--partner-units", "区文旅局、区卫健局", "--owner", "王伟", "--leader", "李副区长",
           "--section", "一、规划提升工作", "--target", "完成规划编制并印发", "--start", "2030-01-01", "--key")
    tid = new_id(r)
    assert CJK.search(r.err)
    t = ok("--db", county, "task", "show", tid, "--json").json()
    check_task_json(t)
    assert t | {"id": tid, "title": "编制康养产业发展规划", "due": "2030-07-31", "due_text": "2030年7月底前",
                "lead_unit": "区发改局", "partner_units": ["区文旅局", "区卫健局"], "owner": "王伟", "leader": "李副区长",
                "section": "一、规划提升工作", "ongoing": False, "status": "pending", "progress": []} == t
    j = ok("--db", county, "task", "add", "--title", "  推进智慧康养平台建设  ", "--due", "长期坚持",
           "--partner-units", "区民政局,区卫健局；区医保局", "--json").json()
    check_task_json(j)
    assert UUID.match(j["id"]) and j["title"] == "推进智慧康养平台建设"
    assert j["due"] is None and j["ongoing"] is True and j["due_text"] == "长期坚持"
    assert j["partner_units"] == ["区民政局", "区卫健局", "区医保局"]


@pytest.mark.parametrize("phrase, due, extra", [
    ("7月底前", f"{YEAR}-07-31", {}),
    ("2024年9月30日前", "2024-09-30", {}),
    ("第三季度", f"{YEAR}-09-30", {}),
    ("上半年", f"{YEAR}-06-30", {}),
    ("年底前", f"{YEAR}-12-31", {}),
    ("11月中旬", f"{YEAR}-11-20", {}),
    ("2024/08/15", "2024-08-15", {}),
    ("长期坚持", None, {"ongoing": True}),
    ("每月5日前", "recurring", {"recurrence": "monthly:5"}),
])
def test_phrase_deadlines_keep_the_phrase_beside_the_date(county, phrase, due, extra):
    t = ok("--db", county, "task", "add", "--title", f"任务{phrase}", "--due", phrase, "--json").json()
    assert t["due_text"] == phrase
    if due == "recurring":
        assert t["due"] and date.fromisoformat(t["due"]).day == 5
    else:
        assert t["due"] == due
    for k, v in extra.items():
        assert t[k] == v


@pytest.mark.parametrize("argv, needle", [
    (["--title", "甲", "--due", "尽快"], "尽快"),
    (["--title", "甲", "--due", "2024-02-30"], "2月"),
    (["--title", "甲", "--due", "第五季度"], "季度"),
    (["--title", "甲", "--due", "9999-12-31"], "9999"),
    (["--title", "甲", "--due", "2024-06-30", "--start", "2024-07-01"], "早于"),
    (["--title", "甲", "--start", "2024-13-45"], "开始日期"),
    (["--title", "   "], "不能为空"),
    (["--title", "甲", "--lead-unit", "   "], "单位"),
])
def test_bad_task_input_exits_1_and_changes_nothing(county, argv, needle):
    before = snapshot(county)
    r = fails("--db", county, "task", "add", *argv, needle=needle)
    assert r.out == ""
    assert snapshot(county) == before


def _filter_fixture(db) -> dict[str, str]:
    """red: overdue; yellow: due in 3 days; green: far off; done; active: has progress."""
    soon = (TODAY + timedelta(days=3)).isoformat()
    ids = {}
    for key, argv in {
        "red": ["--due", "2000-01-31", "--lead-unit", "区发改局"],
        "yellow": ["--start", TODAY.isoformat(), "--due", soon, "--lead-unit", "611002", "--partner-units", "区文旅局"],
        "green": ["--start", TODAY.isoformat(), "--due", "2099-12-31", "--lead-unit", "区文旅局"],
        "done": ["--due", "2099-12-31", "--lead-unit", "区发改局"],
        "active": ["--start", TODAY.isoformat(), "--due", "2099-12-31", "--lead-unit", "区卫健局"],
    }.items():
        ids[key] = new_id(ok("--db", db, "task", "add", "--title", key, *argv))
    ok("--db", db, "task", "done", ids["done"])
    ok("--db", db, "task", "progress", ids["active"], "--text", "已启动前期工作", "--percent", "5")
    return ids


def test_task_list_filters_one_by_one_and_combined(county):
    _filter_fixture(county)
    rows = {t["title"]: t for t in tasks_of(county)}
    assert set(rows) == {"red", "yellow", "green", "done", "active"}
    for t in rows.values():
        check_task_json(t)
    assert {k: rows[k]["light"] for k in rows} == {"red": "red", "yellow": "yellow", "green": "green",
                                                    "done": None, "active": "green"}
    assert titles(county, "--unit", "区发改局") == {"red", "done"}
    assert titles(county, "--unit", "区文旅局") == {"yellow", "green"}, "partner units count"
    assert titles(county, "--unit", "611002") == {"yellow"}, "by unit code"
    assert titles(county, "--unit", "商州区康养专班") == {"yellow"}, "by unit name"
    for zh, en, expect in (("未启动", "pending", {"red", "yellow", "green"}), ("推进中", "active", {"active"}),
                           ("已完成", "done", {"done"})):
        assert titles(county, "--status", zh) == titles(county, "--status", en) == expect
    for light in ("red", "yellow", "green"):
        assert titles(county, "--light", light) == {k for k, t in rows.items() if t["light"] == light}
    assert titles(county, "--unit", "区发改局", "--status", "done") == {"done"}
    assert titles(county, "--unit", "区文旅局", "--light", "green") == {"green"}
    assert titles(county, "--light", "green", "--status", "推进中") == {"active"}
    assert titles(county, "--light", "red", "--status", "已完成") == set()
    assert titles(county, "--unit", "区发改局", "--status", "未启动", "--light", "red") == {"red"}
    text = ok("--db", county, "task", "list", "--unit", "区发改局").out
    assert "共 2 项任务" in text and "红" in text
    assert "没有符合条件的任务" in ok("--db", county, "task", "list", "--light", "yellow", "--status", "done").out
    assert ok("--db", county, "task", "list", "--status", "done", "--json").json()[0]["light"] is None
    fails("--db", county, "task", "list", "--status", "差不多", needle="差不多")
    misuse("--db", county, "task", "list", "--light", "purple")
    misuse("--db", county, "task", "list", "--bogus")
    for odd in ('"', "*", "NEAR(", "a AND", "规划\"*", "%", "_"):
        assert isinstance(ok("--db", county, "task", "list", "--search", odd, "--json").json(), list)
        assert isinstance(ok("--db", county, "task", "list", "--unit", odd, "--json").json(), list)
    fails("--db", county, "task", "show", "____", needle="找不到任务")


def test_task_show_and_progress(county):
    tid = new_id(ok("--db", county, "task", "add", "--title", "推进瀛湖5A级景区创建", "--due", "2099-12-31"))
    assert new_id(ok("--db", county, "task", "progress", tid, "--text", "完成资源评价", "--percent", "60",
                     "--date", "2024-06-01"))
    ok("--db", county, "task", "progress", tid[:8], "--text", "启动申报", "--percent", "0", "--date", "2024-03-01")
    ok("--db", county, "task", "progress", tid, "--text", "全部完成", "--percent", "100", "--date", "2024-09-01")
    pid = ok("--db", county, "task", "progress", tid, "--text", "报送材料", "--date", "2024-07-01", "--json").json()
    assert UUID.match(pid["id"])
    before = snapshot(county)
    for pct in ("-1", "101"):
        fails("--db", county, "task", "progress", tid, "--text", "x", "--percent", pct, needle="0–100")
    misuse("--db", county, "task", "progress", tid, "--text", "x", "--percent", "50.5")
    misuse("--db", county, "task", "progress", tid, "--text", "x", "--percent", "六十")
    fails("--db", county, "task", "progress", tid, "--text", "x", "--date", "2024-02-30", needle="日期")
    fails("--db", county, "task", "progress", tid, "--text", "   ", needle="不能为空")
    fails("--db", county, "task", "progress", "nope-nope", "--text", "x", needle="找不到任务")
    misuse("--db", county, "task", "progress", tid)
    assert snapshot(county) == before
    data = ok("--db", county, "task", "show", tid, "--json").json()
    check_task_json(data)
    assert data["progress"] == [
        {"date": "2024-03-01", "text": "启动申报", "percent": 0, "unit": "商州区康养专班", "attachments": []},
        {"date": "2024-06-01", "text": "完成资源评价", "percent": 60, "unit": "商州区康养专班", "attachments": []},
        {"date": "2024-07-01", "text": "报送材料", "percent": None, "unit": "商州区康养专班", "attachments": []},
        {"date": "2024-09-01", "text": "全部完成", "percent": 100, "unit": "商州区康养专班", "attachments": []},
    ], "oldest first, exactly {date, text, percent, unit, attachments}"
    assert data["status"] == "active" and data["light"] is not None, "progress is not 销号"
    text = ok("--db", county, "task", "show", tid).out
    assert "推进瀛湖5A级景区创建" in text and "进展" in text and "完成资源评价" in text
    fails("--db", county, "task", "show", "0000", needle="找不到任务")
    ok("--db", county, "task", "done", tid)
    assert ok("--db", county, "task", "show", tid, "--json").json()["light"] is None


@pytest.mark.parametrize("spelling", ["2024/06/01", "2024年6月1日", "2024.6.1"])
def test_progress_date_in_the_spellings_due_accepts(county, spelling):
    tid = new_id(ok("--db", county, "task", "add", "--title", "甲", "--due", "2099-12-31"))
    ok("--db", county, "task", "progress", tid, "--text", "进展", "--date", spelling)
    assert ok("--db", county, "task", "show", tid, "--json").json()["progress"][0]["date"] == "2024-06-01"


def test_progress_dated_in_the_far_future_is_refused(county):
    tid = new_id(ok("--db", county, "task", "add", "--title", "甲", "--due", "2099-12-31"))
    fails("--db", county, "task", "progress", tid, "--text", "进展", "--date", "2099-01-01", needle="日期")


def test_a_new_unit_whose_name_is_inside_an_existing_one_is_its_own_unit(county):
    ok("--db", county, "task", "add", "--title", "甲", "--lead-unit", "市自然资源局商州分局")
    t = ok("--db", county, "task", "add", "--title", "乙", "--lead-unit", "市自然资源局", "--json").json()
    assert t["lead_unit"] == "市自然资源局"


# -- meetings --------------------------------------------------------------------------------------------------

def test_meeting_life_cycle(county, tmp_path):
    r = ok("--db", county, "meeting", "add", "--title", "第三次推进会", "--date", "2024-07-05", "--kind", "推进会",
           "--place", "区政府三楼会议室", "--chair", "李明", "--recorder", "张华")
    mid = new_id(r)
    m2 = ok("--db", county, "meeting", "add", "--title", "第四次推进会", "--date", "2024-07-19", "--json").json()["id"]
    m3 = new_id(ok("--db", county, "meeting", "add", "--title", "项目调度会", "--date", "2024-07-10", "--kind", "调度会"))
    m4 = new_id(ok("--db", county, "meeting", "add", "--title", "征地专题会", "--date", "2024-07-11", "--kind", "专题会"))
    listed = {m["id"]: m for m in ok("--db", county, "meeting", "list", "--json").json()}
    assert set(listed) == {mid, m2, m3, m4}
    for m in listed.values():
        assert set(MEETING_FIELDS) <= set(m)
    assert {k: listed[mid][k] for k in MEETING_FIELDS} == {"id": mid, "kind": "推进会", "number": 1,
                                                            "date": "2024-07-05", "title": "第三次推进会",
                                                            "state": "draft"}
    assert (listed[m2]["number"], listed[m3]["number"], listed[m4]["number"]) == (2, 1, 1), "期号 per kind"
    assert "第三次推进会" in ok("--db", county, "meeting", "list").out
    misuse("--db", county, "meeting", "add", "--title", "座谈会", "--date", "2024-07-01", "--kind", "座谈会")
    misuse("--db", county, "meeting", "add", "--title", "无日期")
    before = snapshot(county)
    fails("--db", county, "meeting", "add", "--title", "会", "--date", "2024-13-01", needle="日期")
    fails("--db", county, "meeting", "add", "--title", "  ", "--date", "2024-07-01", needle="不能为空")
    assert snapshot(county) == before

    for name, role, extra in (("张华", "出席", ["--unit", "区发改局"]), ("王强", "列席", ["--unit", "区文旅局"]),
                              ("赵敏", "请假", ["--unit", "区卫健局", "--reason", "外出学习"]), ("钱进", "请假", [])):
        new_id(ok("--db", county, "meeting", "attend", mid, "--name", name, "--role", role, *extra))
    assert UUID.match(ok("--db", county, "meeting", "attend", mid, "--name", "孙丽", "--role", "出席",
                         "--json").json()["id"])
    misuse("--db", county, "meeting", "attend", mid, "--name", "周", "--role", "缺席")
    fails("--db", county, "meeting", "attend", "nope-nope", "--name", "周", "--role", "出席", needle="找不到会议")
    fails("--db", county, "meeting", "attend", mid, "--name", " ", "--role", "出席", needle="姓名")

    did = new_id(ok("--db", county, "meeting", "decide", mid, "--text", "各单位长期坚持按月报送进展", "--due", "长期坚持"))
    assert did
    d = ok("--db", county, "meeting", "decide", mid, "--text", "7月底前完成项目清单", "--lead-unit", "区发改局",
           "--due", "7月底前", "--task", "--json").json()
    assert UUID.match(d["id"]) and UUID.match(d["task_id"])
    t = ok("--db", county, "task", "show", d["task_id"], "--json").json()
    assert t["due"] == "2024-07-31", "the meeting's year resolves 7月底前"
    assert t["lead_unit"] == "区发改局" and "议定事项" in t["section"]
    before = snapshot(county)
    fails("--db", county, "meeting", "decide", mid, "--text", "尽快办理", "--due", "尽快", "--task", needle="尽快")
    fails("--db", county, "meeting", "decide", mid, "--text", "   ", needle="不能为空")
    assert snapshot(county) == before

    bom = tmp_path / "纪要.txt"
    bom.write_bytes("\ufeff一、会议听取了各单位汇报。\r\n\r\n二、会议要求加快进度。\r\n".encode("utf-8"))
    ok("--db", county, "meeting", "summary", mid, "--file", bom)
    con = sqlite3.connect(county)
    summary = con.execute("SELECT summary FROM meeting WHERE id = ?", (mid,)).fetchone()[0]
    con.close()
    assert summary.startswith("一、会议听取") and "\ufeff" not in summary and "\r" not in summary
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("一、会议听取了汇报。".encode("gbk"))
    before = snapshot(county)
    fails("--db", county, "meeting", "summary", mid, "--file", gbk, needle="UTF-8")
    fails("--db", county, "meeting", "summary", mid, "--file", tmp_path / "missing.txt", needle="missing.txt")
    assert snapshot(county) == before
    misuse("--db", county, "meeting", "summary", mid)

    ok("--db", county, "meeting", "final", mid)
    assert {m["id"]: m["state"] for m in ok("--db", county, "meeting", "list", "--json").json()}[mid] == "final"
    fails("--db", county, "meeting", "summary", mid, "--file", bom, needle="定稿")
    fails("--db", county, "meeting", "attend", mid, "--name", "迟到者", "--role", "出席", needle="定稿")


def test_attending_twice_does_not_duplicate(county):
    mid = new_id(ok("--db", county, "meeting", "add", "--title", "推进会", "--date", "2024-07-05"))
    ok("--db", county, "meeting", "attend", mid, "--name", "张华", "--role", "出席")
    r = cli("--db", county, "meeting", "attend", mid, "--name", "张华", "--role", "出席")
    con = sqlite3.connect(county)
    n = con.execute("SELECT count(*) FROM attendance WHERE meeting_id = ? AND NOT deleted", (mid,)).fetchone()[0]
    con.close()
    assert n == 1, r


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_meeting_date_outside_plausible_years_is_refused(county, day):
    fails("--db", county, "meeting", "add", "--title", "会", "--date", day, needle="日期")


# -- spreadsheets ----------------------------------------------------------------------------------------------

def test_xlsx_import_of_the_sample_ledger(county, tmp_path):
    before = snapshot(county)
    r = ok("--db", county, "xlsx", "import", SAMPLE, "--dry-run")
    assert "新增 6 项" in r.out
    j = ok("--db", county, "xlsx", "import", SAMPLE, "--dry-run", "--json").json()
    assert j["new"] == 6 and j["sheet"] == "台账" and j["year"] == 2024 and j["dry_run"] is True and not j["errors"]
    assert ok("--db", county, "xlsx", "import", SAMPLE, "--dry-run", "--json", "--year", "2025").json()["year"] == 2025
    assert snapshot(county) == before, "--dry-run changes nothing"
    fails("--db", county, "xlsx", "import", SAMPLE, "--sheet", "Sheet1", needle="Sheet1")
    fails("--db", county, "xlsx", "import", SAMPLE, "--year", "24", needle="24")
    fails("--db", county, "xlsx", "import", tmp_path / "missing.xlsx", needle="missing.xlsx")
    (tmp_path / "ledger.txt").write_text("序号,重点工作\n1,甲\n", encoding="utf-8")
    fails("--db", county, "xlsx", "import", tmp_path / "ledger.txt", needle=".xlsx")
    (tmp_path / "junk.xlsx").write_bytes(b"not a workbook")
    fails("--db", county, "xlsx", "import", tmp_path / "junk.xlsx", needle="junk.xlsx")
    misuse("--db", county, "xlsx", "import")
    assert snapshot(county) == before

    j = ok("--db", county, "xlsx", "import", SAMPLE, "--sheet", "台账", "--json").json()
    assert j["new"] == 6 and j["applied"] is True
    rows = {t["title"]: t for t in tasks_of(county)}
    assert len(rows) == 6
    for t in rows.values():
        check_task_json(t)
    first = rows["制定文旅康养产业链支持清单"]
    assert first["section"] == "一、健全产业体系" and first["due"] == "2024-06-30" and first["due_text"] == "6月底前"
    assert first["lead_unit"] == "市发改委" and first["partner_units"] == ["市文旅局", "市财政局"]
    assert first["leader"] == "赵副市长" and first["owner"] == "王伟"
    assert rows["推进智慧旅游平台建设"]["ongoing"] is True
    assert rows["培育国家级旅游休闲街区"]["due"] == "2024-09-30"
    again = ok("--db", county, "xlsx", "import", SAMPLE, "--json").json()
    assert (again["new"], again["unchanged"]) == (0, 6), "re-import updates, never duplicates"
    assert len(tasks_of(county)) == 6


def test_xlsx_import_of_a_messy_ledger_names_the_cell_and_imports_nothing(county, tmp_path):
    import openpyxl

    wb = openpyxl.load_workbook(SAMPLE)
    wb.active["H5"] = "尽快"
    messy = tmp_path / "台账（改）.xlsx"
    wb.save(messy)
    before = snapshot(county)
    r = fails("--db", county, "xlsx", "import", messy, needle="H5")
    assert "尽快" in r.err
    r = cli("--db", county, "xlsx", "import", messy, "--json")
    assert r.code == 1
    errors = r.json()["errors"]
    assert errors and errors[0]["row"] == 5 and errors[0]["column"] == "H" and errors[0]["sheet"] == "台账"
    assert snapshot(county) == before, "no task and no new unit from a refused workbook"


def test_xlsx_export_each_kind(county, tmp_path):
    import openpyxl

    ok("--db", county, "xlsx", "import", SAMPLE)
    for kind in ("ledger", "dispatch", "bulletin"):
        out = tmp_path / f"{kind}.xlsx"
        r = ok("--db", county, "xlsx", "export", out, "--kind", kind)
        assert r.out.strip() == str(out) and CJK.search(r.err)
        wb = openpyxl.load_workbook(out)
        assert CJK.search(str(wb.worksheets[0].cell(1, 1).value))
    j = ok("--db", county, "xlsx", "export", tmp_path / "default.xlsx", "--json").json()
    assert j["id"] and j["kind"] == "ledger"
    assert ok("--db", county, "xlsx", "export", tmp_path / "b2.xlsx", "--kind", "bulletin", "--period", "2024Q2")
    misuse("--db", county, "xlsx", "export", tmp_path / "x.xlsx", "--kind", "summary")
    fails("--db", county, "xlsx", "export", tmp_path / "x.csv", needle=".xlsx")
    fails("--db", county, "xlsx", "export", tmp_path / "nope" / "x.xlsx", needle="nope")
    other = init(tmp_path / "other.db", "611003", "洛南县康养专班")
    j = ok("--db", other, "xlsx", "import", tmp_path / "ledger.xlsx", "--json").json()
    assert j["new"] == 6, "the exported ledger reads back in"


# -- reports ---------------------------------------------------------------------------------------------------

def _pdf(path: Path):
    from pypdf import PdfReader

    assert path.read_bytes()[:5] == b"%PDF-"
    reader = PdfReader(str(path))
    box = reader.pages[0].mediabox
    return reader, (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4))


def test_reports_write_pdfs_and_print_their_path(county, tmp_path):
    mid = new_id(ok("--db", county, "meeting", "add", "--title", "第三次推进会", "--date", "2024-07-05",
                    "--chair", "李明", "--recorder", "张华", "--place", "区政府三楼会议室"))
    ok("--db", county, "meeting", "attend", mid, "--name", "张华", "--role", "出席")
    ok("--db", county, "meeting", "decide", mid, "--text", "7月底前完成项目清单", "--due", "7月底前", "--task")
    red = new_id(ok("--db", county, "task", "add", "--title", "逾期任务", "--due", "2024-01-31",
                    "--lead-unit", "区发改局"))
    green = new_id(ok("--db", county, "task", "add", "--title", "远期任务", "--start", TODAY.isoformat(),
                      "--due", "2099-12-31", "--lead-unit", "区文旅局"))
    for what in ("minutes", "record"):
        out = tmp_path / f"{what}.pdf"
        r = ok("--db", county, "report", what, mid, "-o", out)
        assert r.out.strip() == str(out) and CJK.search(r.err)
        assert _pdf(out)[1] == (210, 297)
    fails("--db", county, "report", "minutes", "nope-nope", "-o", tmp_path / "x.pdf", needle="找不到会议")
    fails("--db", county, "report", "record", mid, "-o", tmp_path / "nope" / "x.pdf", needle="nope")
    misuse("--db", county, "report", "minutes", mid)

    assert _pdf(Path(ok("--db", county, "report", "warroom", "-o", tmp_path / "w.pdf").out.strip()))[1] == (420, 297)
    for paper in ("A4", "a4"):
        ok("--db", county, "report", "warroom", "--paper", paper, "-o", tmp_path / "w4.pdf")
        assert _pdf(tmp_path / "w4.pdf")[1] == (297, 210)
    reader, _ = _pdf(Path(ok("--db", county, "report", "warroom", "--year", "2024", "--unit", "区发改局",
                             "-o", tmp_path / "wu.pdf").out.strip()))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "2024" in text and "逾期任务" in text and "远期任务" not in text
    misuse("--db", county, "report", "warroom", "--paper", "A5", "-o", tmp_path / "w5.pdf")
    misuse("--db", county, "report", "warroom")

    r = ok("--db", county, "report", "notice", red, "-o", tmp_path / "n.pdf")
    assert r.out.strip() == str(tmp_path / "n.pdf") and "督办" in r.err
    fails("--db", county, "report", "notice", green, "-o", tmp_path / "n2.pdf", needle="红灯")
    fails("--db", county, "report", "notice", "nope-nope", "-o", tmp_path / "n3.pdf", needle="找不到任务")
    ok("--db", county, "report", "notice", "--all-red", "-o", tmp_path / "n4.pdf")

    for period in ("2024Q2", "2024-06", "2024q2"):
        out = tmp_path / f"b-{period}.pdf"
        assert ok("--db", county, "report", "bulletin", "--period", period, "-o", out).out.strip() == str(out)
        assert _pdf(out)[1] == (210, 297)
    # a period that cannot be read is a bad value, like a bad --due: exit 1 (usage errors are for flags)
    for period in ("2024Q5", "2024-13", "Q2", "2024", "二季度"):
        fails("--db", county, "report", "bulletin", "--period", period, "-o", tmp_path / "bx.pdf", needle="统计期")
    misuse("--db", county, "report", "bulletin", "-o", tmp_path / "bx.pdf")


@pytest.mark.parametrize("argv", [
    ["report", "warroom", "--year", "99999", "-o", "{tmp}/w.pdf"],
    ["report", "warroom", "--year", "-1", "-o", "{tmp}/w.pdf"],
    ["report", "bulletin", "--period", "0000Q1", "-o", "{tmp}/b.pdf"],
    ["report", "bulletin", "--period", "9999Q4", "-o", "{tmp}/b.pdf"],
    ["report", "bulletin", "--period", "0001-01", "-o", "{tmp}/b.pdf"],
    ["report", "dispatch", "--month", "0000-01", "-o", "{tmp}/d.pdf"],
    ["xlsx", "export", "{tmp}/b.xlsx", "--kind", "bulletin", "--period", "0000Q1"],
], ids=["warroom-99999", "warroom--1", "bulletin-0000Q1", "bulletin-9999Q4", "bulletin-0001-01", "dispatch-0000-01",
        "xlsx-bulletin-0000Q1"])
def test_out_of_range_years_are_a_clear_error_not_a_traceback(county, tmp_path, argv):
    ok("--db", county, "task", "add", "--title", "每月报送", "--due", "每月5日前")
    fails("--db", county, *[a.format(tmp=tmp_path) for a in argv])


@pytest.mark.parametrize("year", ["24", "1800"])
def test_warroom_year_typo_is_refused(county, tmp_path, year):
    fails("--db", county, "report", "warroom", "--year", year, "-o", tmp_path / "w.pdf", needle=year)


def test_notice_without_task_id_is_wrong_usage(county, tmp_path):
    misuse("--db", county, "report", "notice", "-o", tmp_path / "n.pdf")


# -- sync between a county and its city -------------------------------------------------------------------------

def _rewrite_package(src: Path, dst: Path, old: str, new: str) -> None:
    """Change one payload text inside a package while keeping kydesk's canonical zip layout, so only the
    manifest's SHA-256 can notice."""
    from kydesk.sync import zipfmt

    zf = zipfile.ZipFile(src)
    entries, changed = [], False
    for info in zf.infolist():
        data = zf.read(info.filename)
        entries.append(zipfmt.make_entry(info.filename, data, info.compress_type))
    assert zipfmt.write(entries) == src.read_bytes(), "the rebuild is byte-identical before tampering"
    for i, e in enumerate(entries):
        if e.name.startswith("payload/") and old.encode() in e.data:
            entries[i] = zipfmt.make_entry(e.name, e.data.replace(old.encode(), new.encode()), e.method)
            changed = True
    assert changed
    dst.write_bytes(zipfmt.write(entries))


def _trust_both(county, city, tmp_path):
    card_c, card_m = tmp_path / "county-card.json", tmp_path / "city-card.json"
    r = ok("--db", county, "sync", "identity", "-o", card_c)
    assert r.out.strip() == str(card_c) and "指纹" in r.err
    card = ok("--db", city, "sync", "identity", "-o", card_m, "--json").json()
    assert card["unit_code"] == "611000" and card["fingerprint"] and card["public_key"]
    assert json.loads(card_c.read_text(encoding="utf-8"))["unit_code"] == "611002"
    assert ok("--db", city, "sync", "trust", card_c, "--json").json()["id"]
    ok("--db", county, "sync", "trust", card_m)
    return card_c, card_m


def test_sync_round_trip_between_county_and_city(county, city, tmp_path):
    card_c, _ = _trust_both(county, city, tmp_path)
    fails("--db", county, "sync", "trust", card_c, needle="本机")
    (tmp_path / "bad-card.json").write_text("{不是身份卡", encoding="utf-8")
    fails("--db", county, "sync", "trust", tmp_path / "bad-card.json", needle="身份卡")
    fails("--db", county, "sync", "export", "--to", "999999", "-o", tmp_path / "x.kysync", needle="999999")
    misuse("--db", county, "sync", "export", "-o", tmp_path / "x.kysync")

    # county → city
    own = new_id(ok("--db", county, "task", "add", "--title", "县级自定任务", "--due", "2099-12-31"))
    ok("--db", county, "task", "progress", own, "--text", "已开工", "--percent", "20", "--date", "2024-07-01")
    ok("--db", county, "meeting", "add", "--title", "县推进会", "--date", "2024-07-05")
    up = tmp_path / "up.kysync"
    assert ok("--db", county, "sync", "export", "--to", "611000", "-o", up).out.strip() == str(up)
    j = ok("--db", county, "sync", "export", "--to", "611000", "-o", tmp_path / "up2.kysync", "--json").json()
    assert j["rows"] > 0 and j["recipient_code"] == "611000"
    before = snapshot(city)
    preview = ok("--db", city, "sync", "import", up, "--dry-run", "--json").json()
    assert preview[0]["status"] == "preview" and preview[0]["counts"]["new"] > 0
    assert "预览" in ok("--db", city, "sync", "import", up, "--dry-run").out
    assert snapshot(city) == before, "--dry-run changes nothing"
    applied = ok("--db", city, "sync", "import", up, "--json").json()[0]
    assert applied["status"] == "applied" and applied["sender_code"] == "611002"
    assert "县级自定任务" in titles(city)
    assert "县推进会" in {m["title"] for m in ok("--db", city, "meeting", "list", "--json").json()}
    after = snapshot(city)
    again = ok("--db", city, "sync", "import", up).out
    assert "已导入过" in again
    assert ok("--db", city, "sync", "import", up, "--json").json()[0]["status"] == "already"
    assert snapshot(city) == after, "the same package again changes nothing"
    fails("--db", county, "sync", "import", up, needle="本机")

    # city → county: a city task for the county
    ctask = new_id(ok("--db", city, "task", "add", "--title", "市级下达：建设康养示范基地", "--due", "2099年12月31日前",
                      "--lead-unit", "611002"))
    down = tmp_path / "down.kysync"
    ok("--db", city, "sync", "export", "--to", "611002", "-o", down)
    got = ok("--db", county, "sync", "import", down, "--json").json()[0]
    assert got["status"] == "applied" and got["sender_code"] == "611000"
    t = ok("--db", county, "task", "show", ctask, "--json").json()
    assert t["title"] == "市级下达：建设康养示范基地" and t["lead_unit"] == "商州区康养专班"
    before = snapshot(county)
    fails("--db", county, "task", "delete", ctask, needle="611000")
    assert snapshot(county) == before, "the county cannot change a city task"
    ok("--db", county, "task", "progress", ctask, "--text", "县里已启动选址", "--percent", "10", "--date", "2024-07-10")
    ok("--db", county, "task", "postpone", ctask, "--due", "2100年3月底前", "--reason", "征地未完成")
    up3 = tmp_path / "up3.kysync"
    ok("--db", county, "sync", "export", "--to", "611000", "-o", up3)
    rep = ok("--db", city, "sync", "import", up3, "--json").json()[0]
    assert rep["status"] == "applied" and rep["requests"] and rep["requests"][0]["reason"] == "征地未完成"
    city_view = ok("--db", city, "task", "show", ctask, "--json").json()
    assert [p["text"] for p in city_view["progress"]] == ["县里已启动选址"]
    assert city_view["progress"][0]["unit"] == "商州区康养专班"


def test_sync_refuses_damaged_packages_and_changes_nothing(county, city, tmp_path):
    _trust_both(county, city, tmp_path)
    tid = new_id(ok("--db", county, "task", "add", "--title", "县级任务", "--due", "2099-12-31"))
    ok("--db", county, "task", "progress", tid, "--text", "第二次进展", "--date", "2024-07-01")
    good = tmp_path / "good.kysync"
    ok("--db", county, "sync", "export", "--to", "611000", "-o", good)
    tampered = tmp_path / "tampered.kysync"
    _rewrite_package(good, tampered, "第二次进展", "第三次进展")
    truncated = tmp_path / "truncated.kysync"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    notzip = tmp_path / "notzip.kysync"
    notzip.write_text("hello", encoding="utf-8")
    before = snapshot(city)
    for bad in (tampered, truncated, notzip, tmp_path / "missing.kysync"):
        fails("--db", city, "sync", "import", bad, needle=bad.name)
        r = cli("--db", city, "sync", "import", bad, "--json")
        assert r.code == 1 and r.json()[0]["status"] == "refused"
    assert snapshot(city) == before
    # one bad and one good in a batch: the good one is applied, the bad one named, exit 1
    r = cli("--db", city, "sync", "import", tampered, good)
    assert r.code == 1 and "tampered.kysync" in r.err
    assert "县级任务" in titles(city)


def test_no_stale_progress_warning_for_a_units_own_task(county, city, tmp_path):
    _trust_both(county, city, tmp_path)
    tid = new_id(ok("--db", county, "task", "add", "--title", "县级任务", "--due", "2099-12-31"))
    ok("--db", county, "task", "progress", tid, "--text", "已开工", "--percent", "20", "--date", "2024-07-01")
    up = tmp_path / "up.kysync"
    ok("--db", county, "sync", "export", "--to", "611000", "-o", up)
    rep = ok("--db", city, "sync", "import", up, "--dry-run", "--json").json()[0]
    assert rep["attention"] == []


def test_sync_trust_prints_an_id(county, city, tmp_path):
    card = tmp_path / "card.json"
    ok("--db", city, "sync", "identity", "-o", card)
    assert ok("--db", county, "sync", "trust", card).out.strip()


# -- backup, restore, check -------------------------------------------------------------------------------------

def test_backup_restore_check(county, tmp_path):
    r = ok("--db", county, "backup")
    auto = Path(r.out.strip())
    assert auto.is_file() and CJK.search(r.err)
    copy = tmp_path / "备份.db"
    assert ok("--db", county, "backup", "-o", copy).out.strip() == str(copy)
    assert "完好" in ok("--db", county, "check").out
    assert ok("--db", county, "check", "--json").json() == {"ok": True, "problems": []}
    new_id(ok("--db", county, "task", "add", "--title", "备份之后的任务"))
    r = ok("--db", county, "restore", copy)
    assert "恢复" in r.err
    assert titles(county) == set(), "the backup's state is back"
    assert "完好" in ok("--db", county, "check").out
    before = snapshot(county)
    fails("--db", county, "restore", tmp_path / "missing.db", needle="missing.db")
    (tmp_path / "junk.db").write_bytes(b"junk" * 100)
    fails("--db", county, "restore", tmp_path / "junk.db", needle="junk.db")
    newer = tmp_path / "newer.db"
    newer.write_bytes(copy.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    fails("--db", county, "restore", newer, needle="升级")
    assert snapshot(county) == before
    fails("--db", county, "backup", "-o", tmp_path / "nope" / "b.db", needle="nope")
    misuse("--db", county, "restore")


def test_restore_of_another_units_backup_is_refused(county, city, tmp_path):
    ok("--db", city, "backup", "-o", tmp_path / "city-backup.db")
    fails("--db", county, "restore", tmp_path / "city-backup.db", needle="611000")


# -- which database ---------------------------------------------------------------------------------------------

def test_db_paths_and_env(county, tmp_path, monkeypatch):
    fails("--db", tmp_path, "task", "list", needle="文件夹")
    fails("--db", tmp_path / "missing.db", "task", "list", needle="missing.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 10)
    fails("--db", junk, "task", "list", needle="junk.db")
    assert junk.read_bytes() == b"this is not sqlite at all" * 10
    newer = tmp_path / "newer.db"
    newer.write_bytes(county.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    data = newer.read_bytes()
    for argv in (["task", "list"], ["task", "add", "--title", "甲"], ["check"], ["meeting", "list", "--json"]):
        r = fails("--db", newer, *argv, needle="升级")
        assert r.out == ""
    assert newer.read_bytes() == data
    # KYDESK_DB picks the database; --db beats it; neither: the per-user data folder
    new_id(ok("--db", county, "task", "add", "--title", "环境变量任务"))
    monkeypatch.setenv("KYDESK_DB", str(county))
    assert "环境变量任务" in ok("task", "list").out
    fails("--db", tmp_path / "other.db", "task", "list", needle="other.db")
    monkeypatch.delenv("KYDESK_DB")
    fails("task", "list", needle=str(tmp_path / "xdg"))


def test_a_foreign_sqlite_file_is_left_untouched(tmp_path):
    foreign = tmp_path / "other-app.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE people (name TEXT)")
    con.execute("INSERT INTO people VALUES ('x')")
    con.commit()
    con.close()
    data = foreign.read_bytes()
    fails("--db", foreign, "task", "list")
    assert foreign.read_bytes() == data


# -- real processes: exit codes and streams ---------------------------------------------------------------------

def _proc(*argv, env_extra=None, timeout=60, raw=False):
    env = {k: v for k, v in os.environ.items() if k != "KYDESK_DB"}
    env.update({"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"})
    env.update(env_extra or {})
    args = [sys.executable, "-m", "kydesk", *argv] if raw else [sys.executable, "-m", "kydesk", *map(str, argv)]
    return subprocess.run(args, capture_output=True, env=env, timeout=timeout, cwd=str(ROOT))


def test_real_process_exit_codes_and_stream_separation(tmp_path):
    db = tmp_path / "p.db"
    p = _proc("--db", db, "init", "--unit-code", "611002", "--unit-name", "商州区康养专班")
    assert p.returncode == 0 and UUID.match(p.stdout.decode().strip()) and "已初始化" in p.stderr.decode()
    p = _proc("--db", db, "task", "add", "--title", "进程任务", "--due", "年底前")
    tid = p.stdout.decode().strip()
    assert p.returncode == 0 and UUID.match(tid), p.stderr.decode()
    p = _proc("task", "list", "--json", env_extra={"KYDESK_DB": str(db)})
    assert p.returncode == 0 and json.loads(p.stdout.decode())[0]["id"] == tid and p.stderr == b""
    p = _proc("--db", db, "task", "list", "--light", "purple")
    assert p.returncode == 2 and p.stdout == b"" and "用法" in p.stderr.decode()
    p = _proc("--db", db, "task", "show", "nope-nope")
    err = p.stderr.decode()
    assert p.returncode == 1 and p.stdout == b"" and err.startswith("错误") and "Traceback" not in err
    p = _proc("--db", tmp_path / "missing.db", "meeting", "list", "--json")
    assert p.returncode == 1 and p.stdout == b"" and "missing.db" in p.stderr.decode()


def test_gbk_encoded_arguments_are_read_as_gbk(tmp_path):
    """A batch script saved as ANSI (GBK) on UOS/Kylin: its Chinese arguments are understood, not a traceback."""
    db = tmp_path / "p.db"
    init(db)
    p = _proc(b"--db", os.fsencode(db), b"task", b"add", b"--title", "规划".encode("gbk"), raw=True,
              env_extra={"PYTHONUTF8": "1", "LC_ALL": "C.UTF-8"})
    err = p.stderr.decode("utf-8", "replace")
    assert p.returncode == 0 and "Traceback" not in err
    assert [t["title"] for t in tasks_of(db)] == ["规划"]


@pytest.mark.parametrize("argv", [["task", "add"], ["task", "list", "--light", "purple"], ["task", "list", "--x"],
                                  ["task", "progress", "abc", "--text", "t", "--percent", "5.5"]])
def test_usage_errors_are_chinese(county, argv):
    r = misuse("--db", county, *argv)
    assert not re.search(r"required|invalid|unrecognized|usage:|choose from", r.err), r.err


@pytest.mark.parametrize("argv", [["meeting", "summary", "{mid}", "--file", "{tmp}"],
                                  ["backup", "-o", "{tmp}"]], ids=["summary-dir", "backup-dir"])
def test_os_errors_are_chinese(county, tmp_path, argv):
    mid = new_id(ok("--db", county, "meeting", "add", "--title", "会", "--date", "2024-07-05"))
    r = fails("--db", county, *[a.format(mid=mid, tmp=tmp_path) for a in argv])
    assert not re.search(r"Is a directory|Errno|Permission denied|No such file", r.err), r.err


# -- gui --screenshot -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gui") / "demo.db"
    p = _proc("--db", path, "init", "--unit-code", "611000", "--unit-name", "商洛市康养专班", "--level", "city",
              "--demo")
    assert p.returncode == 0, p.stderr.decode()
    return path


def test_gui_screenshot_usage_errors(demo_db, tmp_path):
    p = _proc("--db", demo_db, "gui", "--screenshot", tmp_path / "x.png", "--view", "nowhere")
    assert p.returncode == 2
    p = _proc("--db", demo_db, "gui", "--screenshot", tmp_path / "x.png", "--size", "大")
    assert p.returncode == 2 and "--size" in p.stderr.decode()
    (tmp_path / "junk.db").write_bytes(b"junk" * 100)
    p = _proc("--db", tmp_path / "junk.db", "gui", "--screenshot", tmp_path / "x.png", timeout=60)
    assert p.returncode == 1 and "junk.db" in p.stderr.decode() and not (tmp_path / "x.png").exists()


def test_gui_screenshot_refuses_a_non_positive_size(demo_db, tmp_path):
    p = _proc("--db", demo_db, "gui", "--screenshot", tmp_path / "x.png", "--size", "0x0", timeout=60)
    assert p.returncode == 2 and "--size" in p.stderr.decode()


def test_gui_screenshot_of_a_missing_database_exits_1(tmp_path):
    p = _proc("--db", tmp_path / "missing.db", "gui", "--screenshot", tmp_path / "x.png", timeout=10)
    assert p.returncode == 1 and "missing.db" in p.stderr.decode()
