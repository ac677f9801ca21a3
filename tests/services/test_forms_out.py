"""Forms out: one 进展填报表 per unit with tasks (牵头任务 / 配合任务), locked but for the answer columns, with
hidden ids and digests, a marker, validation and print setup; the reporting cycle's due date on it."""
import json
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from kydesk.cli import main
from kydesk.domain import reporting as rules
from kydesk.domain.errors import KydeskError
from kydesk.services import reporting
from kydesk.services.forms_out import make_forms
from tests.services.forms_helpers import PERIOD, TODAY, city


@pytest.fixture
def db(tmp_path):
    database = city(tmp_path / "city.db")
    yield database
    database.close()


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    return folder


def test_a_form_per_unit_with_its_lead_and_partner_tasks(db, out):
    result = make_forms(db, PERIOD, out, everyone=True, today=TODAY)
    by_unit = {f["unit"]: f for f in result.forms}
    assert set(by_unit) == {"市文旅局", "市卫健委", "市财政局"}
    assert by_unit["市文旅局"]["tasks"] == 3
    path = out / "2026年12月-市文旅局-进展填报表.xlsx"
    assert by_unit["市文旅局"]["file"] == str(path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["牵头任务", "配合任务", "_kydesk"] and wb["_kydesk"].sheet_state == "hidden"
    lead = wb["牵头任务"]
    assert "商洛市康养专班" in lead["A1"].value and "2026年12月" in lead["A1"].value
    assert "2026年12月7日" in lead["A2"].value and "市文旅局" in lead["A2"].value      # 12-05 is a Saturday
    assert lead["A3"].value.startswith("联系人") and lead["A4"].value.startswith("填写说明")
    assert [c.value for c in lead[5]][:11] == ["序号", "任务", "具体措施", "时限", "上期进展", "本期进展", "完成进度（%）",
                                               "状态", "申请延期至", "存在问题", "需协调事项"]
    assert [lead.cell(r, 2).value for r in (6, 7)] == ["建设康养小镇", "打造森林康养基地"]
    assert lead["D6"].value == "2026年12月31日"
    assert wb["配合任务"]["B6"].value == "推进医养结合"
    # locked but for the answers; protected without a password; ids and digests in hidden columns
    assert lead.protection.sheet and not lead.protection.password
    assert lead["B6"].protection.locked and lead["E6"].protection.locked
    assert not any(lead.cell(6, c).protection.locked for c in range(6, 12))
    assert lead.column_dimensions["L"].hidden and lead.column_dimensions["M"].hidden
    assert lead["L6"].value and len(lead["M6"].value.split("-")) == 4
    kinds = {dv.type: str(dv.sqref) for dv in lead.data_validations.dataValidation}
    assert kinds["whole"].startswith("G6") and kinds["list"].startswith("H6")
    status = next(dv for dv in lead.data_validations.dataValidation if dv.type == "list")
    assert status.formula1 == '"推进中,已完成,申请延期"'
    # A4 landscape, header repeated, widths for Chinese text
    assert lead.page_setup.orientation == "landscape" and int(lead.page_setup.paperSize) == 9
    assert lead.print_title_rows == "$5:$5"
    assert lead.column_dimensions["B"].width >= 25 and lead.column_dimensions["F"].width >= 30
    marker = {r[0]: r[1] for r in wb["_kydesk"].iter_rows(values_only=True)}
    assert (marker["org_code"], marker["period"], marker["unit_name"]) == ("611000", PERIOD, "市文旅局")
    assert marker["form_id"]


def test_a_unit_without_partner_tasks_gets_no_partner_sheet_and_one_without_tasks_no_form(db, out):
    from kydesk.services import units

    units.add_unit(db, name="市教育局")
    result = make_forms(db, PERIOD, out, units=["市卫健委", "市教育局"], today=TODAY)
    assert [f["unit"] for f in result.forms] == ["市卫健委"]
    assert result.skipped == ["市教育局"]
    assert openpyxl.load_workbook(result.forms[0]["file"]).sheetnames == ["牵头任务", "_kydesk"]


def test_task_text_that_looks_like_a_formula_stays_text_in_the_form(db, out):
    from kydesk.services import tasks

    tasks.add_task(db, title='=HYPERLINK("http://x.invalid","x")', lead_unit="市卫健委", today=TODAY)
    make_forms(db, PERIOD, out, units=["市卫健委"], today=TODAY)
    with zipfile.ZipFile(out / "2026年12月-市卫健委-进展填报表.xlsx") as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "HYPERLINK" in xml


def test_the_cycle_setting_moves_the_due_date_off_holidays(db):
    assert reporting.due_date(db, rules.parse_period("2026-10")).isoformat() == "2026-10-08"   # 国庆
    reporting.save_cycle(db, "每月10日前")
    assert reporting.due_date(db, rules.parse_period("2026-12")).isoformat() == "2026-12-10"
    reporting.save_cycle(db, "每周五")
    assert reporting.due_date(db, rules.parse_period("2026-12")).isoformat() == "2026-12-04"
    reporting.save_cycle(db, "每次推进会前")
    from kydesk.services import meetings

    meetings.add_meeting(db, title="第12次推进会", date_="2026-12-16", kind="推进会")
    assert reporting.due_date(db, rules.parse_period("2026-12")).isoformat() == "2026-12-15"
    with pytest.raises(KydeskError, match="报送周期"):
        reporting.save_cycle(db, "尽快")


def test_cli_forms_json_and_bad_usage(db, out, capsys):
    path = db.path
    db.close()
    assert main(["--db", str(path), "xlsx", "forms", "--period", PERIOD, "--all", "-o", str(out), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert {f["unit"] for f in printed} == {"市文旅局", "市卫健委", "市财政局"}
    assert all(set(f) == {"unit", "file", "tasks"} for f in printed)
    assert main(["--db", str(path), "xlsx", "forms", "--period", "2026-13", "--all", "-o", str(out)]) == 1
    assert "填报期" in capsys.readouterr().err
    assert main(["--db", str(path), "xlsx", "forms", "--period", PERIOD, "-o", str(out)]) == 1
    assert "--all" in capsys.readouterr().err
    assert main(["--db", str(path), "xlsx", "forms", "--period", PERIOD, "--all", "-o", str(out / "nope")]) == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_a_form_to_pdf(db, out, tmp_path):
    make_forms(db, PERIOD, out, units=["市文旅局"], today=TODAY)
    src = out / "2026年12月-市文旅局-进展填报表.xlsx"
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                           "pdf", "--outdir", str(tmp_path), str(src)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "2026年12月-市文旅局-进展填报表.pdf"
    assert pdf.exists()
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "建设康养小镇" in text and "本期进展" in text
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)            # landscape


def test_cli_cycle_shows_and_sets_the_reporting_cycle(db, capsys):
    path = db.path
    db.close()
    assert main(["--db", str(path), "xlsx", "cycle"]) == 0
    assert "每月5日前" in capsys.readouterr().out
    assert main(["--db", str(path), "xlsx", "cycle", "每月10号前", "--contact", "专班办公室 张华 0914-1234567"]) == 0
    out = capsys.readouterr().out
    assert "每月10日前" in out and "张华" in out
    assert main(["--db", str(path), "xlsx", "cycle", "隔三差五"]) == 1
    assert "报送周期" in capsys.readouterr().err
