"""Who has reported: 按时 / 逾期 / 未报送 by the date received against the period's due date, the tasks still
without a report, the 催报 text, the printable list (PDF and Excel read back), and late/missing per year."""
import json
from datetime import date

import openpyxl
import pdfplumber
import pytest

from kydesk.cli import main
from kydesk.services import reporting, reporting_print
from kydesk.services.forms_in import collect
from kydesk.services.forms_out import make_forms
from tests.services.forms_helpers import PERIOD, TODAY, city, fill


@pytest.fixture
def db(tmp_path):
    database = city(tmp_path / "city.db")
    yield database
    database.close()


@pytest.fixture
def forms(db, tmp_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    make_forms(db, PERIOD, folder, everyone=True, today=TODAY)
    return {p.name.split("-")[1]: p for p in folder.iterdir()}


def test_on_time_late_and_missing_by_the_date_received(db, forms):
    fill(forms["市文旅局"], {"建设康养小镇": {"progress": "进展一"}})
    collect(db, [forms["市文旅局"]], today=date(2026, 12, 7))              # due 12-07 (12-05 is a Saturday)
    fill(forms["市卫健委"], {"推进医养结合": {"progress": "进展二"}})
    collect(db, [forms["市卫健委"]], today=date(2026, 12, 8))
    data = reporting.reporting(db, PERIOD, today=date(2026, 12, 8))
    assert data.due == date(2026, 12, 7)
    rows = {u.unit: u for u in data.units}
    assert rows["市文旅局"].to_json() == {"unit": "市文旅局", "tasks": 3, "reported": 1, "status": "on_time",
                                      "received": "2026-12-07"}
    assert rows["市文旅局"].unreported == ["打造森林康养基地", "推进医养结合"]
    assert (rows["市卫健委"].status, rows["市卫健委"].received) == ("late", date(2026, 12, 8))
    assert (rows["市财政局"].status, rows["市财政局"].reported, rows["市财政局"].received) == ("missing", 0, None)
    text = reporting.reminder_text(db, data, today=date(2026, 12, 8))
    assert "以下单位尚未报送12月进展：市财政局" in text and "请于12月9日前报送" in text


def test_cli_json_and_printable_lists(db, forms, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KYDESK_TODAY", "2026-12-04")
    fill(forms["市文旅局"], {"建设康养小镇": {"progress": "进展一"}})
    collect(db, [forms["市文旅局"]], today=TODAY)
    path = db.path
    db.close()
    assert main(["--db", str(path), "report", "reporting", "--period", PERIOD, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert all(set(r) == {"unit", "tasks", "reported", "status", "received"} for r in printed)
    assert {r["unit"]: r["status"] for r in printed} == {"市文旅局": "on_time", "市卫健委": "missing",
                                                         "市财政局": "missing"}
    assert main(["--db", str(path), "report", "reporting", "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert "催报" in out and "请于12月7日前报送" in out
    pdf = tmp_path / "报送情况.pdf"
    assert main(["--db", str(path), "report", "reporting", "--period", PERIOD, "-o", str(pdf)]) == 0
    with pdfplumber.open(pdf) as doc:
        text = "".join(p.extract_text() for p in doc.pages)
        assert doc.pages[0].width < doc.pages[0].height                  # A4 portrait
        fonts = {c["fontname"] for c in doc.pages[0].chars}
    assert "2026年12月进展报送情况" in text and "未报送" in text and "市财政局" in text
    assert all("+" in f for f in fonts)                                    # embedded subsets
    xlsx = tmp_path / "报送情况.xlsx"
    assert main(["--db", str(path), "report", "reporting", "--period", PERIOD, "-o", str(xlsx)]) == 0
    ws = openpyxl.load_workbook(xlsx).active
    values = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert "市财政局" in values and "未报送" in values and any(str(v).startswith("催报通知") for v in values)
    assert main(["--db", str(path), "report", "reporting", "--period", "十二月"]) == 1
    assert main(["--db", str(path), "report", "reporting", "--period", PERIOD, "-o", str(tmp_path / "x.docx")]) == 1
    assert "PDF" in capsys.readouterr().err and not (tmp_path / "x.docx").exists()


def test_late_and_missing_per_unit_over_the_tracked_periods(db, tmp_path):
    for period, day in (("2026-10", date(2026, 10, 9)), ("2026-11", date(2026, 11, 4))):
        folder = tmp_path / period
        folder.mkdir()
        made = make_forms(db, period, folder, units=["市文旅局", "市财政局"], today=day)
        lvyou = next(f["file"] for f in made.forms if f["unit"] == "市文旅局")
        fill(lvyou, {"建设康养小镇": {"progress": f"{period}进展"}})
        collect(db, [lvyou], today=day)
    counts = reporting.late_and_missing(db, 2026, today=TODAY)
    assert counts["市文旅局"] == (1, 0)          # October received 10-09, due 10-08 (国庆)
    assert counts["市财政局"] == (0, 2)
    assert counts["市卫健委"] == (0, 2)          # tracked periods count every unit with tasks


def test_write_refuses_a_missing_folder(db, tmp_path):
    data = reporting.reporting(db, PERIOD, today=TODAY)
    with pytest.raises(Exception, match="无法写入"):
        reporting_print.write(db, data, tmp_path / "nope" / "x.pdf")
