"""Attendance entry that cannot damage data (issue 11, item 5): Enter adds from any field, the table edits
only on double-click or F2, 请假 needs a reason; 单位与人员 shows what uses a unit or person, merges and deletes."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from kydesk.services import meetings as ms
from kydesk.services import tasks as ts
from kydesk.services import units

from .conftest import DAY


def _meeting(view, db):
    mid = ms.add_meeting(db, title="2024年第1期推进会", date_="2024-07-05").id
    view.select_meeting(mid)
    return mid


def test_enter_from_any_field_adds_and_the_table_does_not_edit_on_typing(qtbot, view, ime, db):
    mid = _meeting(view, db)
    panel = view.attendance
    ui = panel.ui
    ime(ui.name.lineEdit(), "张华")
    ime(ui.unit.lineEdit(), "区发改局")
    ui.role.setCurrentText("列席")
    qtbot.keyClick(ui.role, Qt.Key_Return)                  # Enter on the 身份 list adds the person
    assert [(a.name, a.role.value, a.unit) for a in ms.get_meeting(db, mid).attendance] == [("张华", "列席", "区发改局")]
    assert ui.name.currentText() == ""
    ime(ui.name.lineEdit(), "李明")
    ime(ui.title, "局长")
    ui.role.setCurrentText("出席")
    qtbot.keyClick(ui.title, Qt.Key_Return)
    ime(ui.name.lineEdit(), "周强")
    ime(ui.unit.lineEdit(), "区民政局")
    qtbot.keyClick(ui.unit.lineEdit(), Qt.Key_Return)
    assert [a.name for a in ms.get_meeting(db, mid).attendance] == ["张华", "李明", "周强"]

    # a stray key in the table does not start an edit (it overwrote a 单位 before); F2 does
    assert ui.table.editTriggers() == QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
    ui.table.setFocus()
    ui.table.setCurrentIndex(panel.model.index(0, 3))
    qtbot.keyClicks(ui.table, "x")
    assert ui.table.state() != QAbstractItemView.EditingState
    assert ms.get_meeting(db, mid).attendance[0].unit == "区发改局"
    qtbot.keyClick(ui.table, Qt.Key_F2)
    assert ui.table.state() == QAbstractItemView.EditingState


def test_leave_needs_a_reason(qtbot, view, ime, db, monkeypatch):
    from kydesk.ui.meetings import attendance_panel

    mid = _meeting(view, db)
    panel = view.attendance
    ui = panel.ui
    ime(ui.name.lineEdit(), "孙涛")
    ui.role.setCurrentText("请假")
    qtbot.keyClick(ui.name.lineEdit(), Qt.Key_Return)
    assert ms.get_meeting(db, mid).attendance == [] and ui.reason.hasFocus()
    ime(ui.reason, "出差")
    qtbot.keyClick(ui.reason, Qt.Key_Return)
    assert [(a.name, a.reason) for a in ms.get_meeting(db, mid).attendance] == [("孙涛", "出差")]

    # 出席 -> 请假 in the table asks for the reason; no answer, no change
    ms.attend(db, mid, name="王五", role="出席")
    view.reload()
    row = panel.model.row_of(ms.get_meeting(db, mid).attendance[1].id)
    monkeypatch.setattr(attendance_panel, "ask_reason", lambda *_: None)
    assert not panel.model.setData(panel.model.index(row, 4), "请假")
    assert ms.get_meeting(db, mid).attendance[1].role.value == "出席"
    monkeypatch.setattr(attendance_panel, "ask_reason", lambda *_: "公务冲突")
    assert panel.model.setData(panel.model.index(row, 4), "请假")
    assert (ms.get_meeting(db, mid).attendance[1].role.value, ms.get_meeting(db, mid).attendance[1].reason) == (
        "请假", "公务冲突")


def test_units_dialog_shows_uses_merges_and_deletes(qtbot, window, db, monkeypatch):
    from kydesk.ui.dialogs import units_dialog

    tid = ts.add_task(db, title="编制规划", lead_unit="市发改委", today=DAY).id
    units.add_unit(db, name="市发展和改革委员会")
    units.add_unit(db, name="临时单位")
    units.add_person(db, name="王建军")
    units.add_person(db, name="王建国")
    ts.update_task(db, tid, leader="王建军")
    asked = []
    monkeypatch.setattr(units_dialog, "confirm", lambda _p, _t, text: asked.append(text) or True)
    monkeypatch.setattr(units_dialog, "pick", lambda _p, _t, _l, items: "市发展和改革委员会")
    dialog = window.views["ledger"].manage_units()
    qtbot.addWidget(dialog)
    ui = dialog.ui

    def select(table, name):
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
        table.selectRow(row)

    select(ui.units, "市发改委")
    assert "牵头的任务 1 项" in ui.unitUses.text() and not ui.deleteUnitButton.isEnabled()
    ui.mergeUnitButton.click()
    assert "牵头的任务 1 项" in asked[-1] and "市发展和改革委员会" in asked[-1]
    assert ts.get_task(db, tid).lead_unit == "市发展和改革委员会"
    assert "市发改委" not in [ui.units.item(r, 0).text() for r in range(ui.units.rowCount())]

    select(ui.units, "临时单位")
    assert "没有被任何" in ui.unitUses.text() and ui.deleteUnitButton.isEnabled()
    ui.deleteUnitButton.click()
    assert "临时单位" not in [ui.units.item(r, 0).text() for r in range(ui.units.rowCount())]

    ui.tabs.setCurrentIndex(1)
    monkeypatch.setattr(units_dialog, "pick", lambda _p, _t, _l, items: "王建国")
    select(ui.people, "王建军")
    assert "任务责任领导 1 项" in ui.personUses.text()
    ui.mergePersonButton.click()
    assert ts.get_task(db, tid).leader == "王建国"
    assert [ui.people.item(r, 0).text() for r in range(ui.people.rowCount())] == ["王建国"]
