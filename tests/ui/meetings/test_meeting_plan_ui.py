"""Driving the real widgets: plan a 推进会, register attendance, set the agenda, take the record."""
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kydesk.services import meetings as ms


def _plan(qtbot, view, ime, place=None):
    view.ui.newButton.click()
    dialog = view.plan_dialog
    assert dialog.isVisible()
    if place:
        dialog.ui.place.setEditText("")
        ime(dialog.ui.place.lineEdit(), place)
    dialog.ui.buttons.button(QDialogButtonBox.Ok).click()
    assert not dialog.isVisible(), dialog.ui.error.text()
    return dialog


def test_planning_numbers_the_meetings_and_proposes_the_date_two_weeks_on(qtbot, view, ime, db):
    assert view.ui.editorStack.currentWidget() is view.ui.emptyPage
    view.ui.newButton.click()
    dialog = view.plan_dialog
    assert dialog.ui.number.value() == 1 and dialog.ui.kind.currentText() == "推进会"
    assert dialog.ui.title.text() == "2024年第1期推进会"
    assert dialog.ui.date.date().toPython() == date(2024, 7, 15)
    ime(dialog.ui.place.lineEdit(), "区政府三楼会议室")
    ime(dialog.ui.chair.lineEdit(), "王建国")
    dialog.ui.buttons.button(QDialogButtonBox.Ok).click()
    assert not dialog.isVisible()
    first = ms.list_meetings(db)[0]
    assert (first.number, first.date, first.place, first.chair) == (1, date(2024, 7, 15), "区政府三楼会议室", "王建国")
    assert view.ui.editorStack.currentWidget() is view.ui.editorPage
    assert view.ui.titleLabel.text() == "2024年第1期推进会" and "第1期" in view.ui.infoLabel.text()

    view.ui.newButton.click()
    dialog = view.plan_dialog
    assert dialog.ui.number.value() == 2
    assert dialog.ui.date.date().toPython() == date(2024, 7, 29)           # two weeks after the last
    assert dialog.ui.place.currentText() == "区政府三楼会议室"               # taken over from last time
    assert "建议 2024年7月29日" in dialog.ui.dateHint.text()
    dialog.ui.kind.setCurrentText("专题会")
    assert dialog.ui.number.value() == 1 and dialog.ui.title.text() == "2024年第1期专题会"
    dialog.ui.kind.setCurrentText("推进会")
    dialog.ui.number.setValue(1)                                            # taken: refused, dialog stays
    dialog.ui.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.isVisible() and "已经有了" in dialog.ui.error.text()
    dialog.ui.number.setValue(2)
    dialog.ui.buttons.button(QDialogButtonBox.Ok).click()
    assert not dialog.isVisible()
    assert [m.number for m in ms.list_meetings(db)] == [2, 1]
    assert view.model.rowCount() == 2 and view.current_id == ms.list_meetings(db)[0].id


def test_attendees_are_registered_with_roles_and_counted(qtbot, view, ime, db):
    _plan(qtbot, view, ime)
    panel = view.attendance
    for name, unit, role, reason in (("张华", "区发改局", "出席", ""), ("李明", "区民政局", "出席", ""),
                                     ("周强", "区自然资源局", "列席", ""), ("孙涛", "区农业农村局", "请假", "出差")):
        ime(panel.ui.name.lineEdit(), name)
        ime(panel.ui.unit.lineEdit(), unit)
        panel.ui.role.setCurrentText(role)
        assert panel.ui.reason.isEnabled() == (role == "请假")
        if reason:
            ime(panel.ui.reason, reason)
        qtbot.keyClick(panel.ui.name.lineEdit(), Qt.Key_Return)
        assert panel.ui.name.currentText() == ""
    assert panel.ui.counts.text() == "出席 2 人　列席 1 人　请假 1 人　（共 4 人）"
    assert view.ui.tabs.tabText(0) == "参会人员（4）"
    m = ms.get_meeting(db, view.current_id)
    leave = [a for a in m.attendance if a.role.value == "请假"][0]
    assert (leave.name, leave.unit, leave.reason) == ("孙涛", "区农业农村局", "出差")

    # a cell edit goes through the services: 列席 -> 出席
    index = panel.model.index(2, 4)
    assert panel.model.setData(index, "出席")
    assert panel.ui.counts.text().startswith("出席 3 人　列席 0 人")
    # delete, then undo
    panel.ui.table.selectRow(0)
    panel.ui.deleteButton.click()
    assert [a.name for a in ms.get_meeting(db, view.current_id).attendance] == ["李明", "周强", "孙涛"]
    view.ctx.undo.undo()
    assert len(ms.get_meeting(db, view.current_id).attendance) == 4

    # a known person brings unit and 职务 along at the next meeting; "按上次会议名单添加"
    _plan(qtbot, view, ime)
    assert panel.ui.copyButton.isEnabled()
    panel.ui.copyButton.click()
    assert panel.model.rowCount() == 4
    ime(panel.ui.name.lineEdit(), "张华")
    assert panel.ui.unit.currentText() == "区发改局"


def test_agenda_and_the_previous_meetings_open_items(qtbot, view, ime, db):
    _plan(qtbot, view, ime)
    first = view.current_id
    ms.decide(db, first, text="加快推进康养小镇项目前期工作", lead_unit="区发改局", due="7月底前", make_task=True)
    _plan(qtbot, view, ime)
    panel = view.agenda
    view.ui.tabs.setCurrentWidget(panel)
    ime(panel.ui.title, "康养项目建设进展情况")
    ime(panel.ui.presenter, "区发改局")
    qtbot.keyClick(panel.ui.title, Qt.Key_Return)
    assert [(a.title, a.presenter) for a in ms.get_meeting(db, view.current_id).agenda] == [("康养项目建设进展情况",
                                                                                             "区发改局")]
    assert panel.ui.followBox.isVisible() and panel.follow_model.rowCount() == 1
    assert "1 项议定事项尚未办结" in panel.ui.followLabel.text()
    light = panel.follow_model.index(0, 4).data()
    assert light in ("红灯", "黄灯", "绿灯")
    panel.ui.followButton.click()
    titles = [a.title for a in ms.get_meeting(db, view.current_id).agenda]
    assert titles == ["上次会议议定事项落实情况", "康养项目建设进展情况"]
    assert not panel.ui.followButton.isVisible()
    panel.ui.table.selectRow(1)
    panel.ui.upButton.click()
    assert [a.title for a in ms.get_meeting(db, view.current_id).agenda][0] == "康养项目建设进展情况"


def test_the_record_is_stored_while_typing_and_ctrl_enter_starts_the_next_speech(qtbot, view, ime, db):
    _plan(qtbot, view, ime)
    mid = view.current_id
    ms.add_agenda(db, mid, title="项目建设")
    ms.attend(db, mid, name="李明", unit="区发改局")
    view.reload()
    panel = view.record
    view.ui.tabs.setCurrentWidget(panel)
    assert panel.ui.agenda.currentText().startswith("1. 项目建设")
    ime(panel.ui.speaker.lineEdit(), "李明")
    ime(panel.ui.text, "秦岭康养小镇项目可研报告已通过专家评审，")
    # no button, no focus change: the pause in typing stores it
    qtbot.waitUntil(lambda: [e.text for e in ms.get_meeting(db, mid).entries] ==
                    ["秦岭康养小镇项目可研报告已通过专家评审，"], timeout=3000)
    ime(panel.ui.text, "预计7月下旬取得批复。")
    qtbot.waitUntil(lambda: ms.get_meeting(db, mid).entries[0].text.endswith("批复。"), timeout=3000)
    entry = ms.get_meeting(db, mid).entries[0]
    assert (entry.speaker, entry.agenda_id) == ("李明", ms.get_meeting(db, mid).agenda[0].id)
    qtbot.keyClick(panel.ui.text, Qt.Key_Return, Qt.ControlModifier)
    assert panel.entry_id is None and panel.ui.text.toPlainText() == ""
    assert panel.model.rowCount() == 1
    ime(panel.ui.speaker.lineEdit(), "王建国")
    ime(panel.ui.text, "要再提速。")
    panel.ui.freeText.setFocus()                         # leaving the field stores at once
    assert [e.speaker for e in ms.get_meeting(db, mid).entries] == ["李明", "王建国"]
    ime(panel.ui.freeText, "15:00 会议开始。")
    panel.ui.text.setFocus()
    assert ms.get_meeting(db, mid).record == "15:00 会议开始。"
    # a click on an earlier speech opens it for correction
    panel.ui.entries.clicked.emit(panel.model.index(0, 2))
    assert panel.ui.text.toPlainText().startswith("秦岭") and panel.entry_id == entry.id
    panel.ui.deleteButton.click()
    assert [e.speaker for e in ms.get_meeting(db, mid).entries] == ["王建国"]
    view.ctx.undo.undo()
    assert len(ms.get_meeting(db, mid).entries) == 2
