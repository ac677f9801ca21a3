"""Odd ledger input: an 80,000-character title is flagged (Excel's cell limit is 32,767), a header row repeated
mid-sheet is skipped (not reported as a bad deadline), .csv files in UTF-8 or GBK read alike, a WPS .et file
is answered with what to do."""
import openpyxl
import pytest

from kydesk.services.spreadsheets import import_ledger
from kydesk.xlsx.reader import SpreadsheetError, read_ledger
from tests.conftest import TODAY

HEAD = ["序号", "重点工作", "牵头单位", "配合单位", "完成时限"]


def book(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年康养重点工作台账"])
    ws.append(HEAD)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_title_over_the_excel_limit_is_flagged_with_its_cell(db, tmp_path):
    path = book(tmp_path / "long.xlsx", [[1, "甲" * 80_000, "民政局", "", "7月底前"], [2, "正常任务", "民政局", "", "9月底前"]])
    result = import_ledger(db, path, today=TODAY)
    assert not result.applied
    [problem] = result.errors
    assert (problem.row, problem.column) == (3, "B") and "32,767" in problem.message


def test_a_repeated_header_row_is_skipped_not_a_bad_deadline(db, tmp_path):
    path = book(tmp_path / "twice.xlsx", [[1, "任务一", "民政局", "", "7月底前"], HEAD,
                                           [2, "任务二", "文旅局", "", "9月底前"]])
    sheet = read_ledger(path, today=TODAY)
    assert not sheet.problems
    assert [r.title for r in sheet.rows] == ["任务一", "任务二"]
    assert (4, "重复的表头行") in sheet.skipped
    result = import_ledger(db, path, today=TODAY)
    assert result.applied and result.new == 2


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_csv_ledgers_read_in_utf8_or_gbk(db, tmp_path, encoding):
    text = "2024年康养重点工作台账\n序号,重点工作,牵头单位,配合单位,完成时限\n1,建设康养小镇,民政局,\"文旅局、卫健委\",7月底前\n"
    path = tmp_path / "台账.csv"
    path.write_bytes(text.encode(encoding))
    result = import_ledger(db, path, today=TODAY)
    assert result.applied and result.new == 1 and result.year == 2024
    sheet = read_ledger(path, today=TODAY)
    assert sheet.rows[0].title == "建设康养小镇" and sheet.rows[0].partner_units == ["文旅局", "卫健委"]


def test_a_wps_et_file_is_answered_with_what_to_do(db, tmp_path):
    path = tmp_path / "台账.et"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(SpreadsheetError, match="请在WPS中另存为.xlsx"):
        import_ledger(db, path, today=TODAY)


def test_a_binary_file_named_csv_is_refused(db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"PK\x03\x04\0\0\0binary")
    with pytest.raises(SpreadsheetError, match="x.csv"):
        import_ledger(db, path, today=TODAY)
