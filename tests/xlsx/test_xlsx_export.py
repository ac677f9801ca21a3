"""Exporting the ledger (the sample's shape, importable again), the 月调度表 and the 季度通报."""
import json
from datetime import date

import openpyxl
import pytest

from kydesk.cli import main
from kydesk.domain.errors import KydeskError
from kydesk.services import tasks
from kydesk.services.setup import init_site
from kydesk.services.spreadsheets import export_xlsx, import_ledger, unit_table
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
    ongoing = add("长期任务", "市发改委", "长期坚持")
    tasks.add_progress(db, ongoing, text="按月推进", on=date(2024, 7, 10))
    cancelled = add("取消的任务", "市发改委", "2024-08-31")
    tasks.update_task(db, cancelled, status="已取消")


def test_dispatch_numbers_on_a_fixed_day(db, tmp_path):
    dispatch_db(db)
    units, overdue = unit_table(db, TODAY)
    table = {u.unit: (u.total, u.done, u.on_time, u.green, u.yellow, u.red, u.overdue) for u in units}
    assert table == {"市文旅局": (4, 2, 1, 0, 1, 1, 1), "市发改委": (2, 0, 0, 2, 0, 0, 0)}
    assert [(o.title, o.days, o.person) for o in overdue] == [("逾期未完成的任务", 10, "周敏")]
    out = tmp_path / "调度.xlsx"
    export_xlsx(db, out, "dispatch", today=TODAY)
    wb = openpyxl.load_workbook(out)
    ws = wb["调度表"]
    assert ws["A1"].value == "商州区康养专班2024年7月工作调度表" and ws["A2"].value == "统计截至：2024年7月15日"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert rows[0] == ["序号", "责任单位", "任务总数", "已完成", "其中按时完成", "未完成", "绿灯", "黄灯", "红灯", "完成率"]
    assert rows[1] == [1, "市发改委", 2, 0, 0, 2, 2, 0, 0, 0]
    assert rows[2] == [2, "市文旅局", 4, 2, 1, 2, 0, 1, 1, 0.5]
    assert rows[3][:9] == [None, "合计", 6, 2, 1, 4, 2, 1, 1] and rows[3][9] == pytest.approx(2 / 6)
    assert ws["J5"].number_format == "0.0%"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$3"
    late = wb["逾期任务"]
    assert [c.value for c in late[4]] == [1, "市文旅局", None, "逾期未完成的任务", "王建军", "周敏", "2024-07-05",
                                          10, None]


def test_bulletin_ranks_units_by_completion(db, tmp_path):
    dispatch_db(db)
    out = tmp_path / "通报.xlsx"
    export_xlsx(db, out, "bulletin", today=TODAY)
    wb = openpyxl.load_workbook(out)
    ws = wb["完成情况"]
    assert ws["A1"].value == "商州区康养专班2024年第三季度工作通报"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert rows == [[1, "市文旅局", 4, 2, 0.5, 1, 1, 1], [2, "市发改委", 2, 0, 0, 0, 0, 0]]
    assert wb["逾期任务"]["D4"].value == "逾期未完成的任务"


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
