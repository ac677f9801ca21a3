"""The import preview's column mappings: what the reader recognised, a correction, remembered per layout."""
from datetime import date

from kydesk.services import spreadsheets
from kydesk.xlsx import reader
from tests.ui.desk.test_import_preview_issue11 import other_year


def test_reader_reports_headers_and_takes_a_correction(tmp_path):
    path = other_year(tmp_path / "t.xlsx")
    plain = reader.read_ledger(path, today=date(2024, 7, 15))
    assert plain.headers == {"A": "序号", "B": "重点工作", "C": "主办", "D": "协办", "E": "完成时限"}
    assert "lead" not in plain.columns and plain.columns["partners"] == "D" and plain.ignored_columns == ["主办"]
    fixed = reader.read_ledger(path, today=date(2024, 7, 15), columns={"lead": "C", "partners": "D", "due": ""})
    assert fixed.columns["lead"] == "C" and "due" not in fixed.columns and fixed.ignored_columns == ["完成时限"]
    assert fixed.rows[0].lead_unit == "区林业局" and fixed.rows[0].partner_units == ["区文旅局"]
    assert fixed.rows[0].deadline is None


def test_a_remembered_correction_applies_to_the_same_layout_only(db, tmp_path):
    path = other_year(tmp_path / "t.xlsx")
    first = spreadsheets.import_ledger(db, path, dry_run=True, today=date(2024, 7, 15))
    assert not first.corrected
    spreadsheets.remember_columns(db, first.signature, {"lead": "C"})
    again = spreadsheets.import_ledger(db, path, dry_run=True, today=date(2024, 7, 15))
    assert again.corrected and {c.field: c.column for c in again.columns}["lead"] == "C"
    other = other_year(tmp_path / "o.xlsx")
    assert spreadsheets.import_ledger(db, other, dry_run=True, today=date(2024, 7, 15)).corrected   # same header
    spreadsheets.remember_columns(db, first.signature, None)
    assert not spreadsheets.import_ledger(db, path, dry_run=True, today=date(2024, 7, 15)).corrected
