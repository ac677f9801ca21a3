"""Acceptance: `xlsx import` of messy clerk spreadsheets (merged cells, blank rows, repeated headers, serials)."""
import json
import os
import sys

import openpyxl
import pytest

from kydesk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cdb(tmp_path, capsys):
    path = tmp_path / "c.db"
    code, _, err = run(capsys, "--db", path, "init", "--unit-code", "6103", "--unit-name", "宝鸡市", "--level", "city")
    assert code == 0, err
    return path


def test_a_header_row_repeated_under_a_later_section_is_skipped_not_read_as_a_task(cdb, tmp_path, capsys):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年康养产业重点工作任务台账"])
    ws.append(["序号", "重点工作", "牵头单位", "配合单位", "完成时限"])
    ws.append(["一、规划提升工作"])
    ws.append([1, "编制康养规划", "市发改委", "市文旅局", 45838])          # an Excel serial typed as a number
    ws.append([])
    ws.append(["二、项目建设工作"])
    ws.append(["序号", "重点工作", "牵头单位", "配合单位", "完成时限"])   # pasted in with its own header
    ws.append([1, "建设康养项目库", "市商务局", None, "7月底前"])
    path = tmp_path / "宝鸡市台账（2025）.xlsx"
    wb.save(path)
    code, out, err = run(capsys, "--db", cdb, "xlsx", "import", path, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [r["title"] for r in data["rows"]] == ["编制康养规划", "建设康养项目库"]
    assert data["rows"][0]["due"] == "2025-06-30"
    assert "牵头单位" not in data["new_units"]
    code, out, _ = run(capsys, "--db", cdb, "task", "list", "--json")
    tasks = {t["title"]: t for t in json.loads(out)}
    assert set(tasks) == {"编制康养规划", "建设康养项目库"}
    assert tasks["编制康养规划"]["section"] == "一、规划提升工作"   # right under a one-row header
    assert tasks["建设康养项目库"]["section"] == "二、项目建设工作"
    assert tasks["建设康养项目库"]["due"] == "2025-07-31" and tasks["建设康养项目库"]["due_text"] == "7月底前"


@pytest.mark.skipif(sys.platform != "linux", reason="file names of raw GBK bytes exist on Linux file systems")
def test_a_spreadsheet_whose_file_name_is_gbk_bytes_imports(cdb, tmp_path, capsys):
    name = os.fsdecode("台账2025".encode("gbk") + b".xlsx")       # unzipped from a Windows PC: not UTF-8
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年台账"])
    ws.append(["序号", "重点工作", "牵头单位", "完成时限"])
    ws.append([1, "推进智慧康养平台建设", "市大数据局", "上半年"])
    path = os.path.join(os.fsdecode(bytes(tmp_path)), name)
    wb.save(path)
    code, out, err = run(capsys, "--db", cdb, "xlsx", "import", path)
    assert code == 0, err
    code, out, _ = run(capsys, "--db", cdb, "task", "list", "--json")
    assert [t["title"] for t in json.loads(out)] == ["推进智慧康养平台建设"]
