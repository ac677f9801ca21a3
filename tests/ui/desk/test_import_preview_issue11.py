"""The import preview of issue 11 (item 2), through the real dialog: a ledger of another year is pointed out
with two ways out; the 下达日期 is shown and can be changed; every column mapping is shown, can be corrected
and is remembered for that header layout; each row says how its 时限 was read."""
from datetime import date

import openpyxl
from PySide6.QtCore import QDate, Qt

from kydesk.services import tasks
from kydesk.services.settings import ledger_year
from tests.ui.desk.test_desk_xlsx import TODAY, xwin  # noqa: F401  (the fixture)


def other_year(path, title="2023年康养产业重点工作台账（2023年3月1日印发）"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.append(["序号", "重点工作", "主办", "协办", "完成时限"])         # 主办/协办: not the usual words
    ws.append([1, "建设康养步道", "区林业局", "区文旅局", "7月底前"])
    ws.append([2, "编制康养规划", "区发改局", "", "年底前"])
    wb.save(path)
    return path


def test_another_years_ledger_is_pointed_out_and_switched(xwin, qtbot, db, tmp_path):  # noqa: F811
    view = xwin.views["ledger"]
    dialog = view.import_xlsx(str(other_year(tmp_path / "2023台账.xlsx")))
    ui = dialog.ui
    assert not ui.yearNoteBox.isHidden()
    assert "2023 年的台账" in ui.yearNote.text() and "2024 年" in ui.yearNote.text()
    assert dialog.preview.result.plans[0].due == date(2023, 7, 31)
    assert ui.rows.item(0, 3).text() == "7月底前 → 2023年7月31日"           # how 时限 was read, per row
    assert ui.assigned.date().toPython() == date(2023, 3, 1) and "标题" in ui.assignedSource.text()

    qtbot.mouseClick(ui.useDbYearButton, Qt.LeftButton)                     # the ledger is really this year's
    assert ui.year.value() == 2024 and ui.yearNoteBox.isHidden()
    assert ui.rows.item(0, 3).text() == "7月底前 → 2024年7月31日"

    ui.year.setValue(2023)                                                  # back; now move the database instead
    assert not ui.yearNoteBox.isHidden()
    qtbot.mouseClick(ui.setDbYearButton, Qt.LeftButton)
    assert ledger_year(db) == 2023 and ui.yearNoteBox.isHidden()


def test_columns_are_shown_corrected_and_remembered(xwin, qtbot, db, tmp_path):  # noqa: F811
    view = xwin.views["ledger"]
    path = other_year(tmp_path / "台账.xlsx", "2024年康养产业重点工作台账")
    dialog = view.import_xlsx(str(path))
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.columnsTab)
    lead = dialog.column_combo("lead")
    assert lead.currentData() == "" and lead.currentText() == "（不导入）"    # 主办 was not recognised
    assert dialog.column_combo("title").currentText() == "B 列：重点工作"
    assert dialog.column_combo("due").currentData() == "E"
    lead.setCurrentIndex(lead.findData("C"))                                # 主办 is the lead unit
    partners = dialog.column_combo("partners")
    partners.setCurrentIndex(partners.findData("D"))
    assert dialog.column_combo("lead").currentData() == "C" and "已按您的修改" in ui.tabs.tabText(2)
    assert "新建单位 3 个" in ui.otherCounts.text()
    ui.assigned.setDate(QDate(2024, 7, 1))                                  # the clerk confirms the 下达日期
    assert "手动" in ui.assignedSource.text()
    qtbot.mouseClick(ui.applyButton, Qt.LeftButton)
    assert dialog.applied is not None and dialog.applied.applied
    found = {t.title: t for t in tasks.q.query(db)}
    assert found["建设康养步道"].lead_unit == "区林业局" and found["建设康养步道"].partner_units == ["区文旅局"]
    assert found["编制康养规划"].assigned == date(2024, 7, 1)

    # the same layout next time: read the way the clerk said, without asking
    again = view.import_xlsx(str(path))
    assert again.column_combo("lead").currentData() == "C"
    assert "已按您的修改" in again.ui.tabs.tabText(2) and again.ui.unchangedCount.text() == "未变 2 项"
    qtbot.mouseClick(again.ui.resetColumnsButton, Qt.LeftButton)
    assert again.column_combo("lead").currentData() == ""
    again.reject()
