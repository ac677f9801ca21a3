"""The 三单制 and 指标 commands of DESIGN.md's contract: problem add|list|progress|close, indicator
add|reading|list, project set|invest|milestone|list, report problems|indicators|projects|responsibility;
JSON fields, exit codes (0 / 1 with a Chinese message and nothing changed / 2 usage)."""
from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kydesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
PROBLEM_FIELDS = {"id", "text", "source", "lead_unit", "partner_units", "measures", "due", "due_text", "status",
                  "light"}
INDICATOR_FIELDS = {"id", "field", "name", "measure", "target", "nature", "unit", "latest_value", "latest_period",
                    "status"}


@pytest.fixture
def kd(tmp_path, monkeypatch):
    monkeypatch.setenv("KYDESK_TODAY", "2025-07-15")
    db = tmp_path / "k.db"

    def run(*argv, code=0):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                got = main(["--db", str(db), *[str(a) for a in argv]])
            except SystemExit as e:
                got = e.code
        assert got == code, f"{argv}: exit {got}\n{err.getvalue()}"
        assert "Traceback" not in err.getvalue()
        return out.getvalue(), err.getvalue()

    run("init", "--unit-code", "610300", "--unit-name", "宝鸡市康养专班", "--level", "city")
    return run


def test_problem_lifecycle(kd):
    out, _ = kd("problem", "add", "--text", "三级医院数量不足", "--unit", "市卫健委", "--partners", "市发改委,市财政局",
                "--measures", "推进市中心医院创三甲", "--due", "9月底前", "--source", "督查", "--json")
    made = json.loads(out)
    assert set(made) >= PROBLEM_FIELDS
    assert (made["partner_units"], made["due"], made["due_text"], made["status"], made["light"]) == (
        ["市发改委", "市财政局"], "2025-09-30", "9月底前", "open", "green")
    pid = made["id"]
    kd("problem", "progress", pid, "--text", "评审材料已报省卫健委")
    kd("problem", "progress", pid, "--text", "通过评审", "--fixed")
    listed = json.loads(kd("problem", "list", "--status", "已整改", "--json")[0])
    assert [p["status"] for p in listed] == ["fixed"]
    _, err = kd("problem", "close", pid[:8], "--note", "现场核查")
    assert "销号" in err
    assert json.loads(kd("problem", "list", "--status", "closed", "--json")[0])[0]["light"] is None
    assert json.loads(kd("problem", "list", "--unit", "市财政局", "--json")[0])[0]["id"] == pid
    assert json.loads(kd("problem", "list", "--status", "整改中", "--json")[0]) == []
    shown = json.loads(kd("problem", "show", pid, "--json")[0])
    assert [r["text"] for r in shown["progress"]] == ["评审材料已报省卫健委", "通过评审"]


def test_a_problem_found_at_a_meeting(kd):
    mid = kd("meeting", "add", "--title", "第五次推进会", "--date", "2025-07-10")[0].strip()
    made = json.loads(kd("problem", "add", "--text", "用地指标不足", "--unit", "市自然资源局", "--meeting", mid,
                         "--json")[0])
    assert made["source"] == "推进会" and made["meeting_id"] == mid


def test_problem_errors_change_nothing(kd):
    _, err = kd("problem", "add", "--text", "x", "--unit", "市卫健委", "--due", "尽快", code=1)
    assert "时限" in err
    kd("problem", "add", "--text", "x", code=2)                       # --unit is required
    kd("problem", "list", "--status", "差不多", code=1)
    kd("problem", "close", "nonexistent", code=1)
    assert json.loads(kd("problem", "list", "--json")[0]) == []


def test_indicators(kd):
    out, _ = kd("indicator", "add", "--name", "居民健康素养水平", "--target", "≥25", "--field", "健康生活",
                "--measure", "%", "--base", "20", "--base-year", "2020", "--target-year", "2025", "--json")
    made = json.loads(out)
    assert set(made) >= INDICATOR_FIELDS and made["status"] == "no_data"
    kd("indicator", "reading", made["id"], "--period", "2024", "--value", "24.2")
    kd("indicator", "add", "--name", "空气质量优良天数比率", "--target", "80*", "--nature", "约束性")
    [a, b] = json.loads(kd("indicator", "list", "--json")[0])
    assert (a["latest_value"], a["latest_period"], a["status"]) == (24.2, "2024", "on_track")
    assert (b["target"], b["status"], b["nature"]) == ("80*", "no_data", "约束性")
    _, err = kd("indicator", "add", "--name", "x", "--target", "约25", code=1)
    assert "约数" in err
    kd("indicator", "reading", a["id"], "--period", "2025H1", "--value", "1", code=1)
    kd("indicator", "add", "--name", "x", "--target", "1", "--nature", "随便", code=1)
    assert len(json.loads(kd("indicator", "list", "--json")[0])) == 2


def test_indicator_table_through_xlsx_import(kd):
    out, _ = kd("xlsx", "import", ROOT / "tests" / "data" / "baoji_indicators.xlsx", "--json")
    result = json.loads(out)
    assert (result["kind"], result["new"], result["applied"]) == ("indicators", 32, True)
    listed = json.loads(kd("indicator", "list", "--json")[0])
    assert len(listed) == 32 and listed[0]["field"] == "健康人群"


def test_projects_and_the_reports(kd, tmp_path):
    tid = kd("task", "add", "--title", "市中心医院新院区建设", "--lead-unit", "市卫健委", "--due", "年底前")[0].strip()
    kd("project", "set", tid, "--plan-invest", "120000", "--year-invest", "30000", "--image", "主体施工")
    kd("project", "invest", tid, "--month", "2024-12", "--amount", "40000")
    kd("project", "invest", tid, "--month", "2025-06", "--amount", "55000", "--image", "主体封顶")
    mid = kd("project", "milestone", tid, "--title", "主体封顶", "--date", "2025-06-30")[0].strip()
    kd("project", "milestone-done", mid, "--date", "2025-06-28")
    [p] = json.loads(kd("project", "list", "--json")[0])
    assert (p["kind"], p["done_invest"], p["year_rate"], p["image"]) == ("重点项目", 55000, 50.0, "主体封顶")
    assert p["milestones"][0]["state"] == "met"
    _, err = kd("project", "invest", tid, "--month", "2025-07", "--amount", "1", code=1)
    assert "只增不减" in err
    kd("problem", "add", "--text", "用地不足", "--unit", "市卫健委")
    for kind in ("problems", "indicators", "projects", "responsibility"):
        for ext in ("pdf", "xlsx", "docx"):
            out, _ = kd("report", kind, "-o", tmp_path / f"{kind}.{ext}")
            assert Path(out.strip()).stat().st_size > 0
    kd("report", "responsibility", "--unit", "市卫健委", "--paper", "A3", "-o", tmp_path / "r.pdf")
    kd("report", "problems", "--paper", "B5", "-o", tmp_path / "x.pdf", code=2)
    kd("report", "responsibility", "--unit", "不存在的局", "-o", tmp_path / "y.pdf", code=1)
    assert not (tmp_path / "y.pdf").exists()


def test_a_real_process_keeps_stdout_for_the_id(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KYDESK_DB": str(tmp_path / "p.db")}
    def run(*argv):
        return subprocess.run([sys.executable, "-m", "kydesk", *argv], capture_output=True, text=True, env=env,
                              timeout=60)
    assert run("init", "--unit-code", "610300", "--unit-name", "宝鸡市康养专班").returncode == 0
    r = run("problem", "add", "--text", "景区厕所不足", "--unit", "市文旅局")
    assert r.returncode == 0 and len(r.stdout.strip()) == 36 and "已列入问题清单" in r.stderr
    bad = run("problem", "add", "--text", "景区厕所不足", "--unit", "市文旅局", "--due", "尽快")
    assert bad.returncode == 1 and "错误" in bad.stderr and bad.stdout == ""
