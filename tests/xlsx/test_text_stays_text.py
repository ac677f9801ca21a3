"""Every spreadsheet kydesk writes stores user text as text: a task titled =HYPERLINK(...) (or starting with
+ - @, a tab or a CR) never becomes a live formula.  Checked in the written XML of every export kind."""
import re
import zipfile

import pytest

from kydesk.services import tasks
from kydesk.services.spreadsheets import export_xlsx
from tests.conftest import TODAY

NASTY = ['=HYPERLINK("http://x.invalid","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+2", "=cmd|' /C calc'!A0"]


@pytest.fixture
def nasty(db):
    for n, title in enumerate(NASTY):
        # overdue and red, so every table (台账, 月调度 overdue list, 通报 problems) lists them
        tasks.add_task(db, title=title, section="一、规划提升工作", lead_unit="民政局", due="2024年6月30日",
                       today=TODAY)
        assert n >= 0
    return db


def sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/"))


def shared_and_inline_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml"]
        return "".join(z.read(n).decode("utf-8") for n in names)


@pytest.mark.parametrize("kind", ["ledger", "dispatch", "bulletin"])
def test_no_export_kind_writes_a_formula(nasty, tmp_path, kind):
    out = tmp_path / f"{kind}.xlsx"
    export_xlsx(nasty, out, kind, today=TODAY)
    xml = sheet_xml(out)
    assert "<f>" not in xml and "<f " not in xml
    text = shared_and_inline_text(out)
    assert "HYPERLINK(&quot;http://x.invalid&quot;" in text or 'HYPERLINK("http://x.invalid"' in text


def test_ledger_cells_with_formula_text_are_typed_as_strings(nasty, tmp_path):
    out = tmp_path / "ledger.xlsx"
    export_xlsx(nasty, out, "ledger", today=TODAY)
    xml = sheet_xml(out)
    cell = re.search(r'<c r="B\d+"[^>]*>(?:(?!</c>).)*HYPERLINK(?:(?!</c>).)*</c>', xml, re.S)[0]
    assert 't="inlineStr"' in cell or 't="s"' in cell


def test_control_characters_do_not_break_the_export(db, tmp_path):
    tasks.add_task(db, title="含控制字符\x01\x07的任务", lead_unit="民政局", today=TODAY)
    out = tmp_path / "l.xlsx"
    export_xlsx(db, out, "ledger", today=TODAY)
    import openpyxl

    titles = [c.value for c in openpyxl.load_workbook(out).active["B"]]
    assert "含控制字符的任务" in titles
