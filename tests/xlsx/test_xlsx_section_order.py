"""The exported ledger orders its sections by domain.sections, the one ranking the desk, its pick list and
SQL use (（三） before （七）, 2. before 三、, 十一、 after them), with the tasks of no section first (above every
section row, or the reader would put them in the last section); xlsx.layout keeps no ranking of its own."""
import openpyxl

from kydesk.domain.sections import section_rank
from kydesk.services import ledger, spreadsheets, tasks
from kydesk.xlsx import layout
from tests.conftest import TODAY

SECTIONS = ["（七）甲", "十一、戊", "其他工作", "（三）乙", "2.丙", "三、丁", ""]


def test_exported_sections_follow_the_domain_order(db, tmp_path):
    for n, section in enumerate(SECTIONS):
        tasks.add_task(db, title=f"任务{n}", section=section, due="9月底前", today=TODAY)
    out = tmp_path / "exports" / "台账.xlsx"
    out.parent.mkdir()
    spreadsheets.export_xlsx(db, out, "ledger", today=TODAY)
    ws = openpyxl.load_workbook(out).active
    column_a = [ws.cell(r, 1).value for r in range(4, ws.max_row + 1)]
    shown = [v for v in column_a if isinstance(v, str)]
    numbered = sorted([s for s in SECTIONS if s], key=section_rank)
    assert shown == numbered == ["2.丙", "三、丁", "（三）乙", "（七）甲", "十一、戊", "其他工作"]
    assert shown == ledger.pick_lists(db).sections                     # as the desk lists them
    assert column_a[0] == 1 and ws.cell(4, 2).value == "任务6"          # no section: first, no heading row
    again = spreadsheets.import_ledger(db, out, dry_run=True, today=TODAY)
    assert again.errors == [] and (again.new, again.updated, again.unchanged) == (0, 0, len(SECTIONS))


def test_layout_has_no_ranking_of_its_own():
    assert not hasattr(layout, "section_rank") and not hasattr(layout, "chinese_number")
