"""Exporting the ledger (the sample's shape, importable again), the 月调度表 and the 季度通报."""
import json
from datetime import date

import openpyxl
import pytest

from kydesk.cli import main
from kydesk.domain.errors import KydeskError
from kydesk.services import reports, tasks
from kydesk.services.setup import init_site
from kydesk.services.spreadsheets import export_xlsx, import_ledger
from tests.conftest import TODAY


@pytest.fixture
def demo(tmp_path):
    db = init_site(tmp_path / "demo.db", unit_code="611000", unit_name="商洛市康养之都建设工作专班", level="city",
                   demo=True, today=TODAY)
    yield db
    db.close()


def merged(ws):
    return {str(r) for r in ws.merged_cells.ranges}


def test_ledger_export_has_the_sample_shape_and_prints_on_a4_landscape(demo, tmp_path):
    out = tmp_path / "台账.xlsx"
    done = export_xlsx(demo, out, "ledger", today=TODAY)
    assert done.extra["path"] == str(out) and done.extra["tasks"] >= 55 and not done.tables
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "台账"
    assert ws["A1"].value == "2024年商洛市康养之都建设工作专班重点工作台账"
    cells = merged(ws)
    last = ws.max_column
    assert f"A1:{openpyxl.utils.get_column_letter(last)}1" in cells
    assert {"A2:A3", "B2:B3", "C2:C3", "D2:E2"} <= cells
    assert [ws.cell(2, c).value for c in (1, 2, 3, 4)] == ["序号", "重点工作", "具体措施", "责任单位"]
    assert (ws["D3"].value, ws["E3"].value) == ("牵头单位", "配合单位")
    heads = [ws.cell(2, c).value for c in range(1, last + 1)]
    for name in ("责任领导", "责任人", "完成时限", "备注", "系统编号"):
        assert name in heads
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(last)].hidden    # 系统编号
    sections = [ws.cell(r, 1).value for r in range(4, ws.max_row + 1) if ws.cell(r, 2).value is None]
    assert sections[:8] == ["一、规划提升工作", "二、项目招商工作", "三、项目建设工作", "四、医养融合工作",
                            "五、品牌创建工作", "六、大数据平台建设", "七、品牌宣传营销", "八、人才培育与机制保障"]
    assert all("议定事项" in s for s in sections[8:]) and len(sections) == 11
    assert f"A4:{openpyxl.utils.get_column_letter(last - 1)}4" in cells
    assert ws["A5"].value == 1 and ws["B5"].value == "完善提升康养之都建设规划"
    assert ws["B5"].alignment.wrap_text and ws["B5"].border.left.style == "thin"
    assert ws.column_dimensions["B"].width >= 20 and ws.column_dimensions["C"].width >= 30
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$2:$3"
    assert ws.freeze_panes == "C4"
    due = heads.index("完成时限") + 1
    assert ws.cell(5, due).value == "第三季度"


def snapshot(db):
    out = {}
    for t, _ in tasks.list_tasks(db, today=TODAY):
        key = (t.section, t.title, t.target)
        assert key not in out
        out[key] = (t.lead_unit, tuple(t.partner_units), t.leader, t.person, t.start, t.due, t.due_text, t.ongoing,
                    t.recurrence, t.key, t.status.value, t.percent, t.note, t.latest_progress)
    return out


def test_export_then_import_into_a_fresh_database_gives_the_same_tasks(demo, tmp_path):
    out = tmp_path / "round.xlsx"
    export_xlsx(demo, out, today=TODAY)
    fresh = init_site(tmp_path / "fresh.db", unit_code="611000", unit_name="商洛市康养之都建设工作专班",
                      level="city", today=TODAY)
    try:
        result = import_ledger(fresh, out, today=TODAY)
        assert result.errors == [] and result.year == 2024
        mine, theirs = snapshot(demo), snapshot(fresh)
        assert len(theirs) == len(mine) >= 55
        for key, value in mine.items():
            assert theirs[key] == value, key
    finally:
        fresh.close()


def test_reimporting_the_own_export_changes_nothing(demo, tmp_path):
    out = tmp_path / "own.xlsx"
    export_xlsx(demo, out, today=TODAY)
    before = snapshot(demo)
    count = demo.conn.execute("SELECT count(*) FROM task").fetchone()[0]
    result = import_ledger(demo, out, today=TODAY)
    assert result.errors == [] and result.new == 0 and result.updated == 0 and result.unchanged == count
    assert result.progress == 0
    assert snapshot(demo) == before
    wb = openpyxl.load_workbook(out)
    wb.active["B5"] = "完善提升康养之都建设规划（修订）"       # renamed in Excel: matched by its 系统编号
    wb.save(out)
    result = import_ledger(demo, out, today=TODAY)
    assert (result.new, result.updated) == (0, 1)
    assert demo.conn.execute("SELECT count(*) FROM task").fetchone()[0] == count


def dispatch_db(db):
    def add(title, lead, due, **kw):
        # a ledger handed down in January: in June these tasks already stood (and were lit) in it
        kw.setdefault("assigned", date(2024, 1, 1))
        return tasks.add_task(db, title=title, lead_unit=lead, due=due, today=TODAY, **kw).id

    t1 = add("按时完成的任务", "市文旅局", "2024-06-30")
    tasks.mark_done(db, t1, on=date(2024, 6, 20))
    t2 = add("逾期完成的任务", "市文旅局", "2024-06-30")
    tasks.mark_done(db, t2, on=date(2024, 7, 5))
    add("逾期未完成的任务", "市文旅局", "2024-07-05", leader="王建军", person="周敏")
    soon = add("三天后到期的任务", "市文旅局", "2024-07-18", start="2024-07-01")
    tasks.add_progress(db, soon, text="接近完成", percent=70, on=date(2024, 7, 12))
    green = add("刚开始的任务", "市发改委", "2024-12-31", start="2024-07-01")
    tasks.add_progress(db, green, text="已启动", percent=10, on=date(2024, 7, 10))
    ongoing = add("长期任务", "市发改委", "长期坚持", assigned=date(2024, 7, 1))
    tasks.add_progress(db, ongoing, text="按月推进", on=date(2024, 7, 10))
    cancelled = add("取消的任务", "市发改委", "2024-08-31")
    tasks.update_task(db, cancelled, status="已取消")


def test_dispatch_numbers_on_a_fixed_day(db, tmp_path):
    dispatch_db(db)
    data = reports.dispatch_data(db, "2024-07", TODAY)
    table = {u.name: (u.total, u.done, u.on_time, u.green, u.yellow, u.red) for u in data.units}
    assert table == {"市文旅局": (4, 2, 1, 0, 1, 1), "市发改委": (2, 0, 0, 2, 0, 0)}     # the cancelled one counts nowhere
    assert [(o.title, o.days, o.person, o.leader) for o in data.overdue] == [("逾期未完成的任务", 10, "周敏", "王建军")]
    out = tmp_path / "调度.xlsx"
    done = export_xlsx(db, out, "dispatch", today=TODAY)
    assert done.tables == {"light_month"} and done.extra["tasks"] == 6
    wb = openpyxl.load_workbook(out)
    ws = wb["调度表"]
    assert ws["A1"].value == "商州区康养专班2024年7月重点任务调度表" and ws["A2"].value.startswith("调度时间：2024年7月15日")
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert rows[0] == ["序号", "牵头单位", "任务数", "已完成", "按时完成", "正常推进", "黄灯", "红灯", "完成率",
                       "年内红灯月次", "重点任务本月进展"]
    # June closed and July recorded, as the PDF does: the overdue task was red in both, the one done late in June
    assert rows[1] == [1, "市发改委", 2, 0, 0, 2, 0, 0, 0, 0, None]
    assert rows[2] == [2, "市文旅局", 4, 2, 1, 0, 1, 1, 0.5, 3, None]
    assert rows[3] == [None, "合计", 6, 2, 1, 2, 1, 1, 0.333, 3, None]
    assert ws["I5"].number_format == "0.0%" and ws["B6"].font.name == "黑体"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$3"
    late = wb["逾期任务"]
    assert [c.value for c in late[3]] == ["序号", "所属板块", "任务", "牵头单位", "责任领导", "责任人", "时限", "逾期天数",
                                          "最新进展"]
    assert [c.value for c in late[4]] == [1, None, "逾期未完成的任务", "市文旅局", "王建军", "周敏", "2024-07-05", 10,
                                          None]
    assert late["H4"].number_format == '0"天"'


def test_dispatch_of_an_earlier_month_and_bad_months(db, tmp_path):
    dispatch_db(db)
    out = tmp_path / "六月.xlsx"
    export_xlsx(db, out, "dispatch", today=TODAY, month="2024-06")
    ws = openpyxl.load_workbook(out)["调度表"]
    assert ws["A1"].value == "商州区康养专班2024年6月重点任务调度表" and "2024年6月30日" in ws["A2"].value
    rows = {r[1]: r for r in ws.iter_rows(min_row=4, values_only=True)}
    # on June 30 the task done on July 5 was still open, and red (0% at the end of its time)
    assert rows["市文旅局"][2:8] == (4, 1, 1, 1, 0, 2)
    with pytest.raises(KydeskError, match="尚未开始"):
        export_xlsx(db, out, "dispatch", today=TODAY, month="2024-08")
    with pytest.raises(KydeskError, match="调度月份"):
        export_xlsx(db, out, "dispatch", today=TODAY, month="2024Q3")
    with pytest.raises(KydeskError, match="只用于"):
        export_xlsx(db, out, "ledger", today=TODAY, month="2024-07")


def test_bulletin_has_the_pdf_ranking_and_problems(db, tmp_path):
    dispatch_db(db)
    out = tmp_path / "通报.xlsx"
    export_xlsx(db, out, "bulletin", today=TODAY)
    wb = openpyxl.load_workbook(out)
    ws = wb["完成情况"]
    assert ws["A1"].value == "关于2024年第三季度重点任务推进情况的通报"
    assert [c.value for c in ws[3]] == ["名次", "责任单位", "任务数", "已完成", "完成率", "平均进度", "序时进度", "正常推进",
                                        "黄灯", "红灯"]
    data = reports.bulletin_data(db, "2024Q3", TODAY)
    rows = [list(r) for r in ws.iter_rows(min_row=4, values_only=True)]
    assert [r[1] for r in rows] == [u.name for u in data.units] + ["合计"] == ["市文旅局", "市发改委", "合计"]
    assert rows[0][:5] == [1, "市文旅局", 4, 2, 0.5] and rows[0][7:] == [0, 1, 1]
    assert rows[2][2:4] == [6, 2] and rows[2][5] == round(data.overall.progress, 1) / 100
    assert ws["F4"].number_format == "0.0%"
    problems = [r for r in wb["存在问题"].iter_rows(min_row=4, values_only=True)]
    assert problems == [(1, "市文旅局", "逾期未完成的任务", "红灯", "已逾期10天，已连续2个月亮灯")]
    month = tmp_path / "七月.xlsx"
    export_xlsx(db, month, "bulletin", today=TODAY, period="2024-07")
    assert openpyxl.load_workbook(month).active["A1"].value == "关于2024年7月重点任务推进情况的通报"
    with pytest.raises(KydeskError, match="统计期"):
        export_xlsx(db, month, "bulletin", today=TODAY, period="2024Q9")


def test_empty_database_exports_every_kind(db, tmp_path):
    for kind in ("ledger", "dispatch", "bulletin"):
        out = tmp_path / f"{kind}.xlsx"
        export_xlsx(db, out, kind, today=TODAY)
        assert openpyxl.load_workbook(out).active["A1"].value


def test_bad_export_targets(db, tmp_path):
    with pytest.raises(KydeskError, match=r"\.xlsx"):
        export_xlsx(db, tmp_path / "台账.xls")
    with pytest.raises(KydeskError, match="文件夹不存在"):
        export_xlsx(db, tmp_path / "no" / "台账.xlsx")
    with pytest.raises(KydeskError, match="导出类型"):
        export_xlsx(db, tmp_path / "a.xlsx", "weekly")


def test_cli_export(db, tmp_path, capsys):
    dispatch_db(db)
    path = db.path
    db.close()
    out = tmp_path / "d.xlsx"
    code = main(["--db", str(path), "xlsx", "export", str(out), "--kind", "dispatch", "--date", "2024-07-15"])
    stdout, err = capsys.readouterr()
    assert code == 0 and stdout.strip() == str(out) and "月调度表" in err
    assert openpyxl.load_workbook(out).active["A1"].value == "商州区康养专班2024年7月重点任务调度表"
    code = main(["--db", str(path), "xlsx", "export", str(out), "--kind", "dispatch", "--month", "2024-06", "--date",
                 "2024-07-15"])
    capsys.readouterr()
    assert code == 0 and openpyxl.load_workbook(out).active["A1"].value == "商州区康养专班2024年6月重点任务调度表"
    code = main(["--db", str(path), "xlsx", "export", str(tmp_path / "b.xlsx"), "--kind", "bulletin", "--period",
                 "2024Q2", "--date", "2024-07-15", "--json"])
    stdout, _ = capsys.readouterr()
    assert code == 0 and json.loads(stdout)["tasks"] == 6
    assert openpyxl.load_workbook(tmp_path / "b.xlsx").active["A1"].value == "关于2024年第二季度重点任务推进情况的通报"
    code = main(["--db", str(path), "xlsx", "export", str(out), "--kind", "bulletin", "--month", "2024-06"])
    _, err = capsys.readouterr()
    assert code == 1 and "只用于月调度表" in err
    code = main(["--db", str(path), "xlsx", "export", str(tmp_path / "l.xlsx"), "--json"])
    stdout, _ = capsys.readouterr()
    assert code == 0 and json.loads(stdout)["tasks"] == 7
    code = main(["--db", str(path), "xlsx", "export", str(tmp_path / "l.xls")])
    _, err = capsys.readouterr()
    assert code == 1 and "l.xls" in err
    with pytest.raises(SystemExit) as e:
        main(["--db", str(path), "xlsx", "export", str(out), "--kind", "weekly"])
    assert e.value.code == 2


def test_a_copied_row_with_the_same_system_id_is_refused(demo, tmp_path):
    out = tmp_path / "copy.xlsx"
    export_xlsx(demo, out, today=TODAY)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    last = openpyxl.utils.get_column_letter(ws.max_column)
    ws[f"{last}6"] = ws[f"{last}5"].value
    wb.save(out)
    result = import_ledger(demo, out, today=TODAY)
    assert [(e.row, e.column) for e in result.errors] == [(6, last)]
    assert "与第 5 行是同一任务" in result.errors[0].message and not result.applied
