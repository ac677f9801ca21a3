"""年终考核 of a year built through the CLI, every unit's score checked against the sheet by hand."""
import json
from datetime import date

from kydesk.domain.errors import KydeskError

# reports/assessment.json defaults: red 2 (lead) / 0.5 (partner) per task-month, yellow 0.5 / 0.2, 督办单 2 / 0,
# 约谈 5 / 0, 延期 1 / 0, 提醒函 0, early finish +1 / +0.5, late report 0.5, missing report 1, problem early +0.5.
# 市文旅局: A red Mar–Jun as lead 4 × 2 = 8, 督办单 Apr and May 2 × 2 = 4 (the April reprint is one notice),
#          约谈 June 5, C done 60 days early +1          -> 100 − 17 + 1 = 84
# 市住建局: A red Mar–Jun as partner 4 × 0.5 = 2       -> 98
# 市发改委: D yellow in June 0.5, D postponed (original deadline August) 1, C early as partner +0.5 -> 99
EXPECTED = {"市发改委": (99, 1), "市住建局": (98, 2), "市文旅局": (84, 3)}


def test_scores_of_a_year_match_the_hand_computed_sheet(cli, year):
    rows = json.loads(cli.ok("report", "assessment", "--year", "2026", "--json"))
    assert [r["unit"] for r in rows] == ["市发改委", "市住建局", "市文旅局"]
    for r in rows:
        assert set(r) == {"unit", "score", "rank", "deductions", "additions"}
        assert (r["score"], r["rank"]) == EXPECTED[r["unit"]], r
        for item in r["deductions"] + r["additions"]:
            assert set(item) == {"rule", "task", "month", "points"}
        # every point traced: base − deductions + additions is the score
        assert 100 - sum(i["points"] for i in r["deductions"]) + sum(i["points"] for i in r["additions"]) == r["score"]
    culture = next(r for r in rows if r["unit"] == "市文旅局")
    lines = sorted((i["rule"], i["task"], i["month"], i["points"]) for i in culture["deductions"])
    assert lines == sorted([("红灯（牵头）", "景区创建", m, 2) for m in ("2026-03", "2026-04", "2026-05", "2026-06")]
                           + [("督办单（牵头）", "景区创建", "2026-04", 2), ("督办单（牵头）", "景区创建", "2026-05", 2),
                              ("约谈（牵头）", "景区创建", "2026-06", 5)])
    assert culture["additions"] == [{"rule": "提前完成（牵头）", "task": "招商推介会", "month": "2026-05", "points": 1}]
    reform = next(r for r in rows if r["unit"] == "市发改委")
    assert {(i["rule"], i["month"], i["points"]) for i in reform["deductions"]} == {
        ("黄灯（牵头）", "2026-06", 0.5), ("延期（牵头）", "2026-08", 1)}


def test_late_and_missing_reports_and_problems_come_in_as_counts(cli, year):
    from kydesk.services.assessment import assessment_data
    from kydesk.store import open_db, rows

    db = open_db(cli.db_path)
    try:
        with db.tx():   # a problem of 市住建局 rectified before its due (the 问题清单 is another module's)
            unit = db.conn.execute("SELECT id FROM unit WHERE name = '市住建局'").fetchone()[0]
            rows.insert(db, "problem", {"text": "消防通道占用", "unit_id": unit, "due": "2026-09-30",
                                        "status": "fixed"})
        asked = []

        def reporting(db_, year_):
            asked.append(year_)
            return {"市文旅局": (2, 1), "无此单位": (9, 9)}

        data = assessment_data(db, 2026, date(2026, 7, 15), reporting=reporting)
    finally:
        db.close()
    assert asked == [2026]
    got = {u.unit: (float(u.score), u.rank) for u in data.units}
    # 市文旅局 84 − 2 × 0.5 (late) − 1 (missing) = 82; 市住建局 98 + 0.5 (problem) = 98.5
    assert got == {"市发改委": (99, 1), "市住建局": (98.5, 2), "市文旅局": (82, 3)}
    culture = next(u for u in data.units if u.unit == "市文旅局")
    assert [(i.rule, i.points) for i in culture.deductions if i.key in ("late_report", "missing_report")] == [
        ("迟报", 0.5), ("迟报", 0.5), ("漏报", 1)]


def test_notices_are_numbered_per_year_per_kind_and_refused_when_not_due(cli, year):
    from kydesk.store import open_db

    db = open_db(cli.db_path)
    try:
        got = [tuple(r) for r in db.conn.execute("SELECT kind, number, month FROM notice ORDER BY kind, number")]
    finally:
        db.close()
    assert got == [("提醒", 1, "2026-06"), ("督办", 1, "2026-04"), ("督办", 2, "2026-05"), ("约谈", 1, "2026-06")]
    code, out, err = cli("report", "notice", year["B"], "--grade", "约谈", "-o", year["out"] / "x.pdf")
    assert code == 1 and "未达到约谈条件" in err and not (year["out"] / "x.pdf").exists()
    code, _, err = cli("report", "notice", year["B"], "--grade", "表扬", "-o", year["out"] / "x.pdf")
    assert code == 1 and "通知等级" in err


def test_assessment_pdf_and_excel_show_the_same_figures(cli, year, tmp_path):
    import openpyxl
    import pdfplumber

    pdf, xlsx = tmp_path / "考核.pdf", tmp_path / "考核.xlsx"
    assert cli.ok("report", "assessment", "--year", "2026", "-o", pdf) == str(pdf)
    assert cli.ok("report", "assessment", "--year", "2026", "-o", xlsx) == str(xlsx)
    both = json.loads(cli.ok("report", "assessment", "--year", "2026", "--json", "-o", tmp_path / "again.pdf"))
    assert [r["score"] for r in both] == [99, 98, 84] and (tmp_path / "again.pdf").exists()
    with pdfplumber.open(pdf) as doc:
        text = "".join(p.extract_text() or "" for p in doc.pages)
        assert doc.pages[0].width < doc.pages[0].height                     # A4 portrait
    flat = text.replace(" ", "").replace("\n", "")
    assert "2026年度商洛市康养专班重点任务考核结果表" in flat
    for name in ("市发改委", "市住建局", "市文旅局", "景区创建", "约谈（牵头）", "评分规则"):
        assert name in flat
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["考核结果"]
    cells = [[c.value for c in r] for r in ws.iter_rows()]
    head = next(i for i, r in enumerate(cells) if r[0] == "名次")
    table = {r[1]: (r[0], r[5]) for r in cells[head + 1:] if r[1]}
    assert table == {"市发改委": (1, 99), "市住建局": (2, 98), "市文旅局": (3, 84)}
    details = [[c.value for c in r] for r in wb["扣分加分明细"].iter_rows()]
    assert sum(1 for r in details if r[0] == "市文旅局" and r[1] == "红灯（牵头）" and r[4] == "-2") == 0
    assert sum(1 for r in details if r[0] == "市文旅局" and r[1] == "红灯（牵头）" and r[4] == -2) == 4


def test_bad_year_and_bad_sheet_are_user_errors(cli, year, tmp_path, monkeypatch):
    import shutil

    from kydesk.printing.layout import reports_dir

    code, out, err = cli("report", "assessment", "--year", "1800", "--json")
    assert code == 1 and out == "" and "年度" in err
    mine = tmp_path / "reports"
    shutil.copytree(reports_dir(), mine)
    sheet = json.loads((mine / "assessment.json").read_text(encoding="utf-8"))
    sheet["rules"]["red_month"]["lead"] = "两分"
    (mine / "assessment.json").write_text(json.dumps(sheet, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("KYDESK_REPORTS_DIR", str(mine))
    code, out, err = cli("report", "assessment", "--year", "2026", "--json")
    assert code == 1 and "assessment.json" in err and "rules.red_month.lead" in err
    assert KydeskError


def test_the_command_line_scores_reports_with_the_connected_provider(cli, year, monkeypatch):
    from kydesk.services import assessment

    monkeypatch.setattr(assessment, "REPORTING", lambda db, y: {"市住建局": (1, 2)})
    rows = {r["unit"]: r for r in json.loads(cli.ok("report", "assessment", "--year", "2026", "--json"))}
    assert rows["市住建局"]["score"] == 98 - 0.5 - 2
    assert [i["rule"] for i in rows["市住建局"]["deductions"]][-3:] == ["迟报", "漏报", "漏报"]
