"""Importing clerks' ledger workbooks: the sample, messy real-world variants, bad cells, broken files."""
import json
from datetime import date

import openpyxl
import pytest

from kydesk.cli import main
from kydesk.services import tasks
from kydesk.services.spreadsheets import ImportCancelled, SpreadsheetError, import_ledger
from tests.conftest import TODAY

SAMPLE_NAME = "ledger_sample.xlsx"


@pytest.fixture
def sample(sample_ledger):
    return sample_ledger


def all_tasks(db):
    return {t.title: t for t, _ in tasks.list_tasks(db, today=TODAY)}


def write_book(path, rows, *, merges=(), title="台账", fmt=None):
    """rows: lists of cell values from A1; merges: "A1:I1" ranges; fmt: {"E5": "0%"}."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(r, c, v)
    for m in merges:
        ws.merge_cells(m)
    for ref, number_format in (fmt or {}).items():
        ws[ref].number_format = number_format
    wb.save(path)
    return path


def test_sample_imports_every_field(db, sample):
    db.set_meta("year", 2030)     # the title's year wins over the database's
    result = import_ledger(db, sample, today=TODAY)
    assert result.errors == [] and result.applied
    assert (result.sheet, result.year, result.year_source) == ("台账", 2024, "title")
    assert (result.new, result.updated, result.unchanged, result.skipped) == (6, 0, 0, 0)
    assert "瀛湖管委会" in result.new_units and "各县（市、区）政府" in result.new_units
    t = all_tasks(db)
    assert len(t) == 6
    a = t["制定文旅康养产业链支持清单"]
    assert a.section == "一、健全产业体系" and a.seq == 1
    assert a.target == "各成员单位根据项目投资指南制定清单"
    assert a.lead_unit == "市发改委" and a.partner_units == ["市文旅局", "市财政局"]
    assert a.leader == "赵副市长" and a.person == "王伟"
    assert a.due == date(2024, 6, 30) and a.due_text == "6月底前" and not a.ongoing
    assert a.status.value == "pending" and a.percent == 0
    b = t["建立链主企业培育机制"]
    assert b.seq == 2 and b.partner_units == [] and b.person == "刘洋"
    assert b.due == date(2024, 10, 31) and b.due_text == "2024年10月31日"
    c = t["推进瀛湖5A级景区创建"]
    assert c.section == "二、增强核心吸引" and c.lead_unit == "瀛湖管委会" and c.partner_units == ["市文旅局"]
    assert c.leader == "钱副市长" and c.due == date(2024, 12, 31) and c.due_text == "年底前"
    d = t["培育国家级旅游休闲街区"]
    assert d.target == "各县（市、区）至少申报1个"
    assert d.partner_units == ["各县（市、区）政府"]          # 、 inside brackets does not split
    assert d.due == date(2024, 9, 30) and d.due_text == "2024年9月30日"    # a real date cell
    e = t["推进智慧旅游平台建设"]
    assert e.section == "三、提升服务效能" and e.partner_units == ["市大数据局"]
    assert e.ongoing and e.due is None and e.due_text == "长期坚持"
    f = t["全面实行行政许可事项清单管理"]
    assert f.lead_unit == "市行政审批局" and f.due == date(2024, 8, 31) and f.due_text == "8月底前"
    assert all(x.note == "" and x.key is False and x.owner == "611002" for x in t.values())


def test_year_option_overrides_the_title(db, sample):
    result = import_ledger(db, sample, year=2025, today=TODAY)
    assert (result.year, result.year_source) == (2025, "given")
    assert all_tasks(db)["制定文旅康养产业链支持清单"].due == date(2025, 6, 30)
    # a real date cell stays what it is
    assert all_tasks(db)["培育国家级旅游休闲街区"].due == date(2024, 9, 30)


def test_reimport_does_not_duplicate_and_counts_unchanged(db, sample):
    import_ledger(db, sample, today=TODAY)
    again = import_ledger(db, sample, today=TODAY)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 6) and again.new_units == []
    assert len(all_tasks(db)) == 6
    units = db.conn.execute("SELECT count(*) FROM unit").fetchone()[0]
    import_ledger(db, sample, today=TODAY)
    assert db.conn.execute("SELECT count(*) FROM unit").fetchone()[0] == units


def test_edited_sheet_updates_matched_tasks_even_when_sections_are_renumbered(db, sample, tmp_path):
    import_ledger(db, sample, today=TODAY)
    before = all_tasks(db)
    wb = openpyxl.load_workbook(sample)
    ws = wb.active
    ws["A4"] = "二、健全产业体系"          # renumbered section
    ws["H5"] = "7月底前"                   # deadline moved
    ws["G6"] = "刘洋、李娜"
    wb.save(tmp_path / "edited.xlsx")
    result = import_ledger(db, tmp_path / "edited.xlsx", today=TODAY)
    assert (result.new, result.updated, result.unchanged) == (0, 2, 4)
    after = all_tasks(db)
    assert len(after) == 6
    a = after["制定文旅康养产业链支持清单"]
    assert a.id == before[a.title].id and a.due == date(2024, 7, 31) and a.due_text == "7月底前"
    assert a.section == "二、健全产业体系"
    assert after["建立链主企业培育机制"].person == "刘洋、李娜"
    changed = {p.title: p.changes for p in result.plans if p.action == "updated"}
    assert changed["制定文旅康养产业链支持清单"]["due_text"] == ("6月底前", "7月底前")


def test_dry_run_reports_counts_and_changes_nothing(db, sample):
    before = db.conn.execute("SELECT value FROM counter").fetchone()[0]
    result = import_ledger(db, sample, dry_run=True, today=TODAY)
    assert result.new == 6 and not result.applied and result.dry_run and "预览" in result.summary()
    assert all_tasks(db) == {}
    assert db.conn.execute("SELECT value FROM counter").fetchone()[0] == before


MESSY_HEADER = ["序号", "工作任务", "具体内容", "责任部门", "牵头领导", "具体责任人", "时限要求（2024年）",
                "完成情况", "资金（万元）", "进度(%)", "备 注"]


def messy_rows():
    return [
        ["2024年度康养产业重点工作任务清单"],
        ["填报单位：商州区康养专班", None, None, None, None, None, None, "填报时间：2024年7月"],
        MESSY_HEADER,
        [],
        ["（一）项目建设"],
        ["1", "推进金山大健康城建设", "完成一期健康管理中心", "商州区（牵头）、市卫健委、市住建局", "王建军", "杨帆",
         "第三季度", "一期主体完工", 5000, "60%", None],
        [2.0, "推进高铁康养新城建设", "完成控规", "市自然资源局\n商州区", "王建军", "赵磊", "45565", None, None,
         None, "重点"],
        [3, "推进市博物馆项目建设", "完成主体", "市文旅局", "王建军", "孙丽", 45565, None, None, 0.5, None],
        [None, None, "完成布展设计", "市文旅局", "王建军", "孙丽", "2024.11.30", None, None, None, None],
        [],
        ["（二）医养融合"],
        [1, "新增医养结合机构", "新增3家", "市民政局", "李红梅", "梁秀英", "10月底前", None, None, None, None],
        [2, "抓好健康食品质量安全", "抽检合格率98%以上", "市市场监管局", "李红梅", "郑海涛", "每月5日前", None,
         None, None, None],
        ["合计", None, None, None, None, None, None, None, 5000, None, None],
        ["注：时限以市专班通知为准。"],
        ["2", "这一行在表尾说明之后"],
    ]


def test_messy_sheet_header_on_row_three_with_synonyms_blank_and_total_rows(db, tmp_path):
    path = write_book(tmp_path / "messy.xlsx", messy_rows(), merges=["A1:K1", "A5:K5", "A11:K11"],
                      title="Sheet1")
    result = import_ledger(db, path, today=TODAY)
    assert result.errors == [], [str(e) for e in result.errors]
    assert (result.sheet, result.year) == ("Sheet1", 2024)
    assert result.new == 6 and result.skipped == 2          # the 合计 row and the note under the table
    assert result.ignored_columns == ["资金（万元）"]
    t = all_tasks(db)
    a = t["推进金山大健康城建设"]
    assert a.section == "（一）项目建设" and a.lead_unit == "商州区" and a.partner_units == ["市卫健委", "市住建局"]
    assert a.leader == "王建军" and a.person == "杨帆" and a.due == date(2024, 9, 30) and a.start == date(2024, 7, 1)
    assert a.percent == 60 and a.status.value == "active" and a.latest_progress == "一期主体完工"
    b = t["推进高铁康养新城建设"]
    assert b.lead_unit == "市自然资源局" and b.partner_units == ["商州区"]
    assert b.due == date(2024, 9, 30) and b.note == "重点"          # "45565" typed as text: an Excel serial
    museum = [x for x, _ in tasks.list_tasks(db, today=TODAY) if x.title == "推进市博物馆项目建设"]
    assert sorted((m.target, m.due) for m in museum) == [("完成主体", date(2024, 9, 30)),
                                                         ("完成布展设计", date(2024, 11, 30))]
    assert {m.percent for m in museum} == {50, 0}      # 0.5 in a percent column of fractions
    assert t["新增医养结合机构"].section == "（二）医养融合"
    assert t["抓好健康食品质量安全"].recurrence == "monthly:5"
    assert "这一行在表尾说明之后" not in t
    again = import_ledger(db, path, today=TODAY)
    assert (again.new, again.unchanged) == (0, 6)


def test_vertically_merged_task_name_covers_every_measure_row(db, tmp_path):
    rows = [["2024年台账"], ["序号", "重点工作", "具体措施", "责任单位", "完成时限"],
            ["一、规划提升"],
            [1, "完善康养规划", "对接专家", "市发改委", "7月底前"],
            [None, None, "形成提升意见", "市发改委", "9月底前"],
            [2, "编制专项规划", "森林康养", "市林业局", "年底前"]]
    path = write_book(tmp_path / "merged.xlsx", rows, merges=["A4:A5", "B4:B5", "A3:E3"])
    result = import_ledger(db, path, today=TODAY)
    assert result.errors == [] and result.new == 3
    got = sorted((t.title, t.target, t.seq) for t, _ in tasks.list_tasks(db, today=TODAY))
    assert got == [("完善康养规划", "对接专家", 1), ("完善康养规划", "形成提升意见", 2), ("编制专项规划", "森林康养", 3)]
    assert import_ledger(db, path, today=TODAY).unchanged == 3


def test_bad_cells_refuse_the_whole_import_and_name_sheet_row_column(db, sample, tmp_path):
    wb = openpyxl.load_workbook(sample)
    ws = wb.active
    ws["H8"] = "尽快"
    ws["H9"] = 9.3                         # typed into a date-formatted cell: Excel shows 1900-01-09
    ws["H12"] = "13月底前"
    ws["B11"] = None                       # a row with units but no task name
    wb.save(tmp_path / "bad.xlsx")
    result = import_ledger(db, tmp_path / "bad.xlsx", today=TODAY)
    messages = [str(e) for e in result.errors]
    assert messages[0].startswith("台账!H8：无法识别的时限“尽快”")
    assert any(m.startswith("台账!H12：") and "13" in m for m in messages)
    assert any(m.startswith("台账!B11：缺少任务名称") for m in messages)
    assert any(m.startswith("台账!H9：") and "1900-01-09" in m for m in messages)
    assert len(messages) == 4
    assert [(e.sheet, e.row, e.column) for e in result.errors][0] == ("台账", 8, "H")
    assert all_tasks(db) == {} and not result.applied
    assert "未导入任何内容" in result.summary()


def test_status_and_key_columns_and_status_rules(db, tmp_path):
    head = ["序号", "重点工作", "牵头单位", "完成时限", "完成状态", "是否重点"]
    path = write_book(tmp_path / "s.xlsx", [head, [1, "任务甲", "市发改委", "2024-09-30", "推进中", "是"],
                                             [2, "任务乙", "市发改委", "2024-06-30", "已完成", None]])
    result = import_ledger(db, path, today=TODAY)
    assert result.errors == []
    t = all_tasks(db)
    assert t["任务甲"].status.value == "active" and t["任务甲"].key
    assert t["任务乙"].status.value == "done" and t["任务乙"].percent == 100 and t["任务乙"].done_date == TODAY
    assert result.year == TODAY.year and result.year_source == "default"
    back = write_book(tmp_path / "s2.xlsx", [head, [1, "任务甲", "市发改委", "2024-09-30", "未启动", "是"]])
    refused = import_ledger(db, back, today=TODAY)
    assert [(e.row, e.column) for e in refused.errors] == [(2, "E")]
    assert "不能把任务状态" in refused.errors[0].message
    assert all_tasks(db)["任务甲"].status.value == "active"


def test_tasks_of_another_unit_are_reported_not_changed(db, sample):
    import_ledger(db, sample, today=TODAY)
    task_id = all_tasks(db)["推进瀛湖5A级景区创建"].id
    db.conn.execute("UPDATE task SET owner = '611000', due_text = '9月底前' WHERE id = ?", (task_id,))
    result = import_ledger(db, sample, today=TODAY)
    assert result.errors == [] and result.skipped == 1 and result.updated == 0
    assert "611000" in result.warnings[0].message and result.warnings[0].row == 8
    assert all_tasks(db)["推进瀛湖5A级景区创建"].due_text == "9月底前"


def test_cancel_from_the_progress_callback_changes_nothing(db, tmp_path):
    rows = [["序号", "重点工作", "完成时限"]] + [[i, f"任务{i}", "年底前"] for i in range(1, 1201)]
    path = write_book(tmp_path / "big.xlsx", rows)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < total // 2 + 600

    with pytest.raises(ImportCancelled):
        import_ledger(db, path, progress=progress, today=TODAY)
    assert seen and db.conn.execute("SELECT count(*) FROM task").fetchone()[0] == 0


@pytest.mark.parametrize("content, needle", [
    (b"PK\x03\x04 this is not a real zip", "无法读取表格"),
    (b"hello, not a spreadsheet", "无法读取表格"),
])
def test_broken_files_are_refused_with_the_file_named(db, tmp_path, content, needle):
    path = tmp_path / "损坏的台账.xlsx"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError) as e:
        import_ledger(db, path, today=TODAY)
    assert needle in str(e.value) and "损坏的台账.xlsx" in str(e.value)


def test_missing_file_wrong_type_missing_sheet_and_no_header(db, tmp_path, sample):
    with pytest.raises(SpreadsheetError, match="找不到文件"):
        import_ledger(db, tmp_path / "nope.xlsx")
    (tmp_path / "a.txt").write_text("序号,重点工作", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="不是 Excel 表格"):
        import_ledger(db, tmp_path / "a.txt")
    with pytest.raises(SpreadsheetError, match="没有名为“汇总”的工作表（现有：台账）"):
        import_ledger(db, sample, sheet="汇总")
    path = write_book(tmp_path / "plain.xlsx", [["今天的会议安排"], ["9:00", "开会"]])
    with pytest.raises(SpreadsheetError, match="没有找到台账表头"):
        import_ledger(db, path)


def test_first_sheet_with_a_header_is_chosen(db, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "本表由各单位填报"
    ws = wb.create_sheet("重点任务")
    ws.append(["序号", "重点工作", "完成时限"])
    ws.append([1, "任务甲", "年底前"])
    wb.save(tmp_path / "two.xlsx")
    result = import_ledger(db, tmp_path / "two.xlsx", today=TODAY)
    assert result.sheet == "重点任务" and result.new == 1


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_json_and_chinese_summary(db, sample, capsys):
    path = db.path
    db.close()
    code, out, err = run(capsys, "--db", path, "xlsx", "import", sample, "--dry-run", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {k: data[k] for k in ("sheet", "year", "new", "updated", "unchanged")} == {
        "sheet": "台账", "year": 2024, "new": 6, "updated": 0, "unchanged": 0}
    assert data["file"] == str(sample) and data["errors"] == [] and data["dry_run"] is True
    code, out, err = run(capsys, "--db", path, "xlsx", "import", sample)
    assert code == 0 and "新增 6 项" in out
    code, out, err = run(capsys, "--db", path, "task", "list", "--json")
    assert len(json.loads(out)) == 6


def test_cli_import_errors_exit_1_with_cells_listed(db, sample, tmp_path, capsys):
    wb = openpyxl.load_workbook(sample)
    wb.active["H8"] = "尽快"
    wb.save(tmp_path / "bad.xlsx")
    path = db.path
    db.close()
    code, out, err = run(capsys, "--db", path, "xlsx", "import", tmp_path / "bad.xlsx", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["errors"][0] == {"sheet": "台账", "row": 8, "column": "H",
                                 "message": data["errors"][0]["message"]}
    assert "尽快" in data["errors"][0]["message"] and "台账!H8" in err
    code, out, err = run(capsys, "--db", path, "xlsx", "import", tmp_path / "missing.xlsx")
    assert code == 1 and "missing.xlsx" in err
    (tmp_path / "junk.xlsx").write_bytes(b"junk")
    code, out, err = run(capsys, "--db", path, "xlsx", "import", tmp_path / "junk.xlsx")
    assert code == 1 and "junk.xlsx" in err and "损坏" in err
    code, out, err = run(capsys, "--db", path, "xlsx", "import", sample, "--sheet", "汇总")
    assert code == 1 and "汇总" in err
    code, out, err = run(capsys, "--db", path, "task", "list", "--json")
    assert json.loads(out) == []


def test_a_task_moved_to_another_section_is_matched_by_name(db, tmp_path):
    head = ["序号", "重点工作", "完成时限"]
    first = write_book(tmp_path / "a.xlsx", [head, ["一、规划"], [1, "任务甲", "年底前"], [2, "任务乙", "年底前"]])
    import_ledger(db, first, today=TODAY)
    ids = {t.title: t.id for t in all_tasks(db).values()}
    moved = write_book(tmp_path / "b.xlsx", [head, ["一、规划"], [1, "任务乙", "年底前"],
                                             ["二、招商"], [1, "任务甲", "9月底前"]])
    result = import_ledger(db, moved, today=TODAY)
    assert (result.new, result.updated) == (0, 2)
    after = all_tasks(db)
    assert after["任务甲"].id == ids["任务甲"] and after["任务甲"].section == "二、招商"
    assert after["任务乙"].seq == 1


def test_repeated_names_in_one_section_match_in_order(db, tmp_path):
    head = ["序号", "重点工作", "具体措施", "完成时限"]
    rows = [head, ["一、项目"], [1, "推进项目建设", "甲项目", "年底前"], [2, "推进项目建设", "乙项目", "年底前"]]
    import_ledger(db, write_book(tmp_path / "a.xlsx", rows), today=TODAY)
    rows.append([3, "推进项目建设", "丙项目", "年底前"])
    result = import_ledger(db, write_book(tmp_path / "b.xlsx", rows), today=TODAY)
    assert (result.new, result.unchanged) == (1, 2)
    targets = sorted(t.target for t, _ in tasks.list_tasks(db, today=TODAY))
    assert targets == ["丙项目", "乙项目", "甲项目"]
