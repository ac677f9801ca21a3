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
    db.set_meta("org_name", "=1+2")          # titles and subtitles carry the 专班's name
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


def write(db, kind, folder):
    """Every spreadsheet kydesk writes: the three exports, a unit's 进展填报表, the 报送情况 list."""
    if kind in ("ledger", "dispatch", "bulletin"):
        out = folder / f"{kind}.xlsx"
        export_xlsx(db, out, kind, today=TODAY)
        return out
    if kind == "forms":
        from kydesk.services.forms_out import make_forms

        return make_forms(db, "2024-07", folder, units=["民政局"], today=TODAY).forms[0]["file"]
    from kydesk.services import reporting, reporting_print

    return reporting_print.write(db, reporting.reporting(db, "2024-07", today=TODAY), folder / "报送情况.xlsx")


@pytest.mark.parametrize("kind", ["ledger", "dispatch", "bulletin", "forms", "reporting"])
def test_no_spreadsheet_kydesk_writes_holds_a_formula(nasty, tmp_path, kind):
    out = write(nasty, kind, tmp_path)
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
