"""Forms back: the preview per file, what is applied (each file in one transaction), and every bad input of
the issue, each with a file the test builds."""
import json
import shutil
import subprocess

import openpyxl
import pytest

from kydesk.cli import main
from kydesk.services import sync, tasks
from kydesk.services.forms_in import collect
from kydesk.services.forms_out import make_forms
from kydesk.store import reporting as store
from tests.services.forms_helpers import PERIOD, TODAY, city, fill


@pytest.fixture
def db(tmp_path):
    database = city(tmp_path / "city.db")
    yield database
    database.close()


@pytest.fixture
def form(db, tmp_path):
    """The 市文旅局 form of 2026-12, as sent out."""
    folder = tmp_path / "forms"
    folder.mkdir()
    make_forms(db, PERIOD, folder, units=["市文旅局"], today=TODAY)
    return folder / "2026年12月-市文旅局-进展填报表.xlsx"


def task_id(db, title):
    return next(t.id for t, _ in tasks.list_tasks(db, today=TODAY) if t.title == title)


def progress(db, title):
    return tasks.task_detail(db, task_id(db, title), today=TODAY)["progress"]


ANSWERS = {"建设康养小镇": {"progress": "完成投资 3 亿元", "percent": 80, "status": "推进中"},
           "推进医养结合": {"progress": "配合完成 2 家机构备案", "percent": 50}}


def test_preview_then_apply_records_progress_for_the_unit_with_period_and_date(db, form):
    fill(form, ANSWERS)
    preview = collect(db, [form], dry_run=True, today=TODAY)
    [f] = preview.files
    assert (f.unit, f.period, f.progress, f.unchanged, f.postpone_requests, f.refused) == ("市文旅局", PERIOD, 2, 0, 0,
                                                                                           False)
    assert progress(db, "建设康养小镇") == []                       # a preview writes nothing
    done = collect(db, [form], today=TODAY)
    assert done.files[0].applied and "progress" in done.tables
    [p] = progress(db, "建设康养小镇")
    assert (p["text"], p["percent"], p["unit"], p["date"]) == ("完成投资 3 亿元", 80, "市文旅局", "2026-12-03")
    [row] = store.period_reports(db, [task_id(db, "建设康养小镇")], next(
        u for u, n in store_units(db) if n == "市文旅局"), PERIOD)
    assert row["percent"] == 80
    assert tasks.get_task(db, task_id(db, "建设康养小镇")).percent == 80    # the lead's report moves the task
    # the same file again adds nothing
    again = collect(db, [form], today=TODAY)
    assert again.files[0].already and again.files[0].progress == 0 and not again.refused
    assert len(progress(db, "建设康养小镇")) == 1


def store_units(db):
    from kydesk.store import units

    return [(u.id, u.name) for u in units.all_units(db)]


def test_a_formula_in_the_answer_is_read_as_its_text(db, form):
    fill(form, {"建设康养小镇": {"progress": "=HYPERLINK(\"http://x.invalid\",\"点我\")", "percent": "=1+1"}})
    result = collect(db, [form], today=TODAY)
    [p] = progress(db, "建设康养小镇")
    assert p["text"] == '=HYPERLINK("http://x.invalid","点我")'
    assert p["percent"] is None
    assert any("=1+1" in x.message for x in result.files[0].problems)


def test_100000_characters_in_a_cell_are_refused_for_that_row(db, form):
    fill(form, {"建设康养小镇": {"progress": "进" * 100_000}, "打造森林康养基地": {"progress": "已选址"}})
    result = collect(db, [form], today=TODAY)
    f = result.files[0]
    assert f.progress == 1 and any("32,767" in x.message and x.cell == "牵头任务!F6" for x in f.problems)
    assert progress(db, "建设康养小镇") == [] and progress(db, "打造森林康养基地")[0]["text"] == "已选址"


def test_merged_cells_added_by_the_unit_are_reported_with_their_cell(db, form):
    fill(form, {"建设康养小镇": {"progress": "推进中"}, "打造森林康养基地": {"progress": "同上"}},
         edit=lambda wb: wb["牵头任务"].merge_cells("J6:K7"))
    f = collect(db, [form], dry_run=True, today=TODAY).files[0]
    assert any(x.cell == "牵头任务!J6" and "合并" in x.message for x in f.problems)


def test_rows_resorted_by_the_unit_still_match_by_the_hidden_id(db, form):
    def resort(wb):
        ws = wb["牵头任务"]
        first = [ws.cell(6, c).value for c in range(1, 14)]
        second = [ws.cell(7, c).value for c in range(1, 14)]
        for c in range(1, 14):
            ws.cell(6, c).value, ws.cell(7, c).value = second[c - 1], first[c - 1]
    fill(form, {"建设康养小镇": {"progress": "小镇进展"}, "打造森林康养基地": {"progress": "基地进展"}}, edit=resort)
    assert openpyxl.load_workbook(form)["牵头任务"]["B6"].value == "打造森林康养基地"
    collect(db, [form], today=TODAY)
    assert progress(db, "建设康养小镇")[0]["text"] == "小镇进展"
    assert progress(db, "打造森林康养基地")[0]["text"] == "基地进展"


def test_hidden_columns_deleted_fall_back_to_title_and_unit_with_a_warning(db, form):
    def drop(wb):
        for ws in wb.worksheets[:2]:
            ws.delete_cols(12, 2)
    fill(form, {"建设康养小镇": {"progress": "小镇进展"}}, edit=drop)
    f = collect(db, [form], today=TODAY).files[0]
    assert f.progress == 1 and any("任务编号列已被删除" in x.message for x in f.problems)
    assert progress(db, "建设康养小镇")[0]["text"] == "小镇进展"


def test_a_password_protected_workbook_is_refused(db, tmp_path):
    locked = tmp_path / "加密.xlsx"
    # an encrypted .xlsx is an OLE compound file (EncryptionInfo + EncryptedPackage), not a zip
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + b"EncryptedPackage".ljust(512, b"\0"))
    result = collect(db, [locked], today=TODAY)
    assert result.refused and "密码" in result.files[0].problems[0].message


def test_protection_removed_and_locked_cells_edited_are_shown_not_applied(db, form):
    def tamper(wb):
        ws = wb["牵头任务"]
        ws.protection.sheet = False
        ws["B6"] = "建设康养小镇（已完成）"
        ws["D6"] = "2027年12月31日"
    fill(form, {"建设康养小镇": {"progress": "按计划推进"}}, edit=tamper)
    f = collect(db, [form], today=TODAY).files[0]
    messages = [x.message for x in f.problems]
    assert any(m.startswith("B6 任务名称被修改") for m in messages)
    assert any(m.startswith("D6 时限被修改") for m in messages)
    t = tasks.get_task(db, task_id(db, "建设康养小镇"))
    assert t.title == "建设康养小镇" and t.due.isoformat() == "2026-12-31"
    assert f.progress == 1                  # the answer itself is taken


def test_the_same_units_form_twice_the_later_wins_and_the_earlier_stays_in_history(db, form, tmp_path):
    first = fill(form, {"建设康养小镇": {"progress": "第一次填报", "percent": 60}}, out=tmp_path / "一.xlsx")
    second = fill(form, {"建设康养小镇": {"progress": "更正后的进展", "percent": 70}}, out=tmp_path / "二.xlsx")
    collect(db, [first], today=TODAY)
    collect(db, [second], today=TODAY)
    texts = [p["text"] for p in progress(db, "建设康养小镇")]
    assert texts == ["第一次填报", "更正后的进展"]
    assert tasks.get_task(db, task_id(db, "建设康养小镇")).latest_progress == "更正后的进展"


def test_a_file_that_is_not_a_spreadsheet_is_refused_and_the_cli_exits_1(db, form, tmp_path, capsys):
    fake = tmp_path / "进展.xlsx"
    fake.write_text("这不是表格", encoding="utf-8")
    fill(form, ANSWERS)
    path = db.path
    db.close()
    code = main(["--db", str(path), "xlsx", "collect", str(fake), str(form), "--json"])
    assert code == 1
    out = json.loads(capsys.readouterr().out)
    bad, good = out["files"]
    assert bad["refused"] and bad["problems"][0]["cell"] == "进展.xlsx" and "不是 Excel" in bad["problems"][0]["message"]
    assert set(good) == {"file", "unit", "period", "progress", "unchanged", "postpone_requests", "problems", "refused"}
    assert (good["unit"], good["period"], good["progress"], good["refused"]) == ("市文旅局", PERIOD, 2, False)


def test_a_wps_et_file_is_answered_with_what_to_do(db, tmp_path):
    et = tmp_path / "进展.et"
    et.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    f = collect(db, [et], today=TODAY).files[0]
    assert f.refused and "请在WPS中另存为.xlsx" in f.problems[0].message


def test_a_form_of_another_zhuanban_is_refused(db, form, tmp_path):
    other = city(tmp_path / "other.db")
    other.set_meta("unit_code", "612000")
    folder = tmp_path / "other"
    folder.mkdir()
    make_forms(other, PERIOD, folder, units=["市文旅局"], today=TODAY)
    other.close()
    theirs = fill(next(folder.iterdir()), ANSWERS)
    f = collect(db, [theirs], today=TODAY).files[0]
    assert f.refused and "不是本专班" in f.problems[0].message
    assert progress(db, "建设康养小镇") == []


def test_a_form_of_another_period_is_warned_and_applied_to_its_period(db, tmp_path):
    folder = tmp_path / "nov"
    folder.mkdir()
    make_forms(db, "2026-11", folder, units=["市文旅局"], today=TODAY)
    path = fill(next(folder.iterdir()), ANSWERS)
    f = collect(db, [path], today=TODAY).files[0]
    assert f.period == "2026-11" and any("2026年11月的填报表" in x.message for x in f.problems)
    uid = next(u for u, n in store_units(db) if n == "市文旅局")
    assert store.period_reports(db, [task_id(db, "建设康养小镇")], uid, "2026-11")


def test_postpone_rows_become_requests_awaiting_the_clerk(db, form):
    fill(form, {"打造森林康养基地": {"progress": "土地报批延迟", "status": "申请延期", "postpone": "2027年12月底前",
                                     "problem": "用地指标未落实"}})
    f = collect(db, [form], today=TODAY).files[0]
    assert f.postpone_requests == 1
    [req] = sync.extension_requests(db)
    assert req["task_title"] == "打造森林康养基地" and req["unit"] == "市文旅局" and req["can_answer"]
    assert req["new_due"] == "2027-12-31" and "用地指标" in req["reason"]
    assert tasks.get_task(db, task_id(db, "打造森林康养基地")).due.isoformat() == "2027-06-30"   # not moved yet


def test_out_of_range_percent_rows_added_by_the_unit_and_deleted_tasks_are_listed(db, form):
    def add_row(wb):
        ws = wb["牵头任务"]
        ws["B9"] = "建议新增：康养人才培训"
        ws["F9"] = "拟于明年开展"
    fill(form, {"建设康养小镇": {"progress": "进展", "percent": 120},
                "打造森林康养基地": {"progress": "已选址"}}, edit=add_row)
    tasks.delete_task(db, task_id(db, "打造森林康养基地"))
    before = len(tasks.list_tasks(db, today=TODAY))
    f = collect(db, [form], today=TODAY).files[0]
    cells = {x.cell: x.message for x in f.problems}
    assert "120" in cells["牵头任务!G6"]
    assert "新增事项建议" in cells["牵头任务!B9"] and f.suggestions == ["建议新增：康养人才培训"]
    assert "已删除" in cells["牵头任务!B7"]
    assert len(tasks.list_tasks(db, today=TODAY)) == before           # no task created
    assert progress(db, "建设康养小镇")[0]["percent"] is None


def test_a_task_closed_since_the_form_went_out_is_listed_not_applied(db, form):
    fill(form, {"建设康养小镇": {"progress": "已完工"}, "打造森林康养基地": {"progress": "已选址"}})
    tasks.mark_done(db, task_id(db, "建设康养小镇"), on=TODAY)
    f = collect(db, [form], today=TODAY).files[0]
    assert f.progress == 1 and any("销号" in p.message and p.cell == "牵头任务!B6" for p in f.problems)
    assert progress(db, "建设康养小镇") == []


def test_a_folder_is_collected_file_by_file(db, form, tmp_path):
    fill(form, ANSWERS)
    (form.parent / "~$lock.xlsx").write_bytes(b"lock")
    result = collect(db, [form.parent], dry_run=True, today=TODAY)
    assert [f.unit for f in result.files] == ["市文旅局"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_form_resaved_by_libreoffice_still_reads(db, form, tmp_path):
    fill(form, ANSWERS)
    lo = tmp_path / "lo"
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                           "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(lo), str(form)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    f = collect(db, [lo / form.name], today=TODAY).files[0]
    assert not f.refused and f.progress == 2, [p.message for p in f.problems]
    assert not any("被修改" in p.message for p in f.problems)


def test_a_form_returned_blank_says_so(db, form):
    f = collect(db, [form], dry_run=True, today=TODAY).files[0]
    assert not f.refused and f.progress == 0 and any("没有填写任何本期进展" in p.message for p in f.problems)
