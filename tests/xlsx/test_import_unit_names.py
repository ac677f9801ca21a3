"""services.spreadsheets: a sheet naming a unit row that all_units hides (another row of the same code is
shown instead) finds that row — no second unit of the name is created, and the 进展情况 is filed under it;
the result also lists every sheet of the workbook for the import window's picker."""
import openpyxl

from kydesk.services import spreadsheets, units
from tests.conftest import TODAY


def _two_rows_of_one_code(db):
    """Ours, shown in pick lists, and the city's row of the same code under another name (as after sync)."""
    ours = units.add_unit(db, name="商洛市民政局", code="611000-07").id
    theirs = units.units.add_unit(db, "市民政局", "611000-07")
    db.conn.execute("UPDATE unit SET owner = '611000' WHERE id = ?", (theirs,))
    assert [u.id for u in units.units.all_units(db) if u.code == "611000-07"] == [ours]
    return ours, theirs


def _book(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    for r, row in enumerate([["2024年重点工作台账"], ["序号", "重点工作", "牵头单位", "完成时限", "进展情况"],
                             [1, "养老服务提升", "市民政局", "9月底前", "已完成方案起草"]], start=1):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    wb.create_sheet("说明").cell(1, 1, "填表说明：……")
    wb.save(path)
    return path


def test_a_row_hidden_by_all_units_is_found_by_name(db, tmp_path):
    ours, theirs = _two_rows_of_one_code(db)
    before = db.conn.execute("SELECT count(*) FROM unit").fetchone()[0]
    preview = spreadsheets.import_ledger(db, _book(tmp_path / "台账.xlsx"), dry_run=True, today=TODAY)
    assert preview.errors == [] and preview.new_units == []
    result = spreadsheets.import_ledger(db, tmp_path / "台账.xlsx", today=TODAY)
    assert result.applied and result.new == 1 and result.new_units == []
    assert db.conn.execute("SELECT count(*) FROM unit").fetchone()[0] == before
    lead, = db.conn.execute("SELECT lead_unit_id FROM task WHERE title = '养老服务提升'").fetchone()
    assert lead == theirs
    unit_id, = db.conn.execute("SELECT unit_id FROM progress WHERE text = '已完成方案起草'").fetchone()
    assert unit_id == theirs


def test_the_result_lists_the_workbooks_sheets(db, tmp_path):
    result = spreadsheets.import_ledger(db, _book(tmp_path / "台账.xlsx"), dry_run=True, today=TODAY)
    assert result.sheet == "台账" and result.sheets == ["台账", "说明"]
    assert result.to_json()["sheets"] == ["台账", "说明"]
