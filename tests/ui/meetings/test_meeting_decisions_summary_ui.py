"""Decided items become tasks and keep them in step; the 纪要 from its template to final, locked, corrected."""
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from kydesk.services import meetings as ms
from kydesk.services import tasks as ts


def _meeting(view, db):
    mid = ms.add_meeting(db, title="2024年第1期推进会", date_="2024-07-05", place="区政府三楼会议室", chair="王建国",
                         time="15:00").id
    ms.attend(db, mid, name="李明", unit="区发改局")
    view.select_meeting(mid)
    return mid


def _tasks_from(db, mid):
    return [t for t, _light in ts.list_tasks(db) if t.source_meeting_id == mid]


def test_a_decided_item_made_a_task_appears_in_the_ledger_and_follows_edits(qtbot, view, ime, db):
    mid = _meeting(view, db)
    panel = view.decisions
    view.ui.tabs.setCurrentWidget(panel)
    panel.ui.addButton.click()
    dialog = panel.dialog
    assert dialog.ui.makeTask.isChecked()
    ime(dialog.ui.text, "加快推进康养小镇项目前期工作")
    ime(dialog.ui.lead.lineEdit(), "区发改局")
    ime(dialog.ui.partners, "区自然资源局、区住建局")
    ime(dialog.ui.due, "7月底前")
    assert dialog.ui.dueHint.text() == "即 2024年7月31日"
    dialog.ui.buttons.button(QDialogButtonBox.Ok).click()
    assert not dialog.isVisible(), dialog.ui.error.text()
    (task,) = _tasks_from(db, mid)
    decision = ms.get_meeting(db, mid).decisions[0]
    assert (task.title, task.lead_unit, task.partner_units, task.due) == (
        "加快推进康养小镇项目前期工作", "区发改局", ["区自然资源局", "区住建局"], date(2024, 7, 31))
    assert (task.source_decision_id, decision.task_id) == (decision.id, task.id)      # linked both ways
    assert panel.model.index(0, 0).data() == "一、"
    assert panel.model.index(0, 5).data().endswith("未启动")

    # edit: the task follows
    panel.ui.table.selectRow(0)
    assert panel.ui.taskButton.text() == "取消任务"
    panel.ui.editButton.click()
    dialog = panel.dialog
    dialog.ui.text.clear()
    ime(dialog.ui.text, "完成秦岭康养小镇项目可研批复")
    dialog.ui.due.clear()
    ime(dialog.ui.due, "8月15日前")
    dialog.ui.buttons.button(QDialogButtonBox.Ok).click()
    assert not dialog.isVisible(), dialog.ui.error.text()
    (task,) = _tasks_from(db, mid)
    assert (task.title, task.due, task.due_text) == ("完成秦岭康养小镇项目可研批复", date(2024, 8, 15), "8月15日前")

    # a bad deadline stays in the dialog, nothing changes
    panel.ui.editButton.click()
    dialog = panel.dialog
    dialog.ui.due.clear()
    ime(dialog.ui.due, "猴年马月")
    assert "无法识别" in dialog.ui.dueHint.text()
    dialog.ui.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.isVisible() and dialog.ui.error.text()
    dialog.reject()
    assert _tasks_from(db, mid)[0].due == date(2024, 8, 15)

    # the switch: off removes the fresh task, on makes it again
    panel.ui.table.selectRow(0)
    panel.ui.taskButton.click()
    assert _tasks_from(db, mid) == [] and panel.model.index(0, 5).data() == "—"
    panel.ui.taskButton.click()
    assert len(_tasks_from(db, mid)) == 1


def test_summary_from_template_final_locks_and_a_correction_keeps_version_one(qtbot, view, ime, db):
    mid = _meeting(view, db)
    ms.decide(db, mid, text="加快推进康养小镇建设", lead_unit="区发改局", due="7月底前", make_task=True)
    view.reload()
    panel = view.summary
    view.ui.tabs.setCurrentWidget(panel)
    panel.ui.templateButton.click()
    text = panel.ui.editor.toPlainText()
    assert text.startswith("2024年7月5日下午，王建国在区政府三楼会议室主持召开")
    assert "一、加快推进康养小镇建设。（牵头单位：区发改局；完成时限：7月底前）" in text
    assert ms.get_meeting(db, mid).summary == text                   # stored at once
    panel.ui.editor.moveCursor(panel.ui.editor.textCursor().MoveOperation.End)
    ime(panel.ui.editor, "特此纪要。")
    panel.ui.issuer.setFocus()
    assert ms.get_meeting(db, mid).summary.endswith("特此纪要。")
    ime(panel.ui.distribution, "区委办、区政府办")
    panel.ui.editor.setFocus()
    assert ms.get_meeting(db, mid).distribution == "区委办、区政府办"

    panel.ui.finalButton.click()
    m = ms.get_meeting(db, mid)
    assert (m.state, m.summary_version, m.issued) == ("final", 1, date(2024, 7, 15))
    assert panel.ui.editor.isReadOnly() and panel.ui.correctButton.isVisible()
    assert not panel.ui.finalButton.isVisible() and "已定稿" in panel.ui.stateLabel.text()
    assert not view.attendance.ui.addBox.isEnabled() and not view.decisions.ui.addButton.isEnabled()
    assert view.record.ui.text.isReadOnly() and view.ui.editButton.isHidden()
    assert view.ui.stateLabel.text() == "已定稿" and "第1版" in view.ui.stateLabel.toolTip()
    view.attendance.ui.table.selectRow(0)
    assert not view.attendance.ui.deleteButton.isEnabled()

    panel.ui.correctButton.click()
    assert ms.get_meeting(db, mid).state == "draft" and not panel.ui.editor.isReadOnly()
    assert "第 2 版" in panel.ui.stateLabel.text()
    panel.ui.editor.moveCursor(panel.ui.editor.textCursor().MoveOperation.End)
    ime(panel.ui.editor, "（更正）")
    panel.ui.finalButton.click()
    from kydesk.services.meeting_summary import versions

    vs = versions(db, mid)
    assert [v.version for v in vs] == [1, 2] and vs[1].text.endswith("（更正）")
    assert not vs[0].text.endswith("（更正）")
    assert [panel.ui.version.itemData(i) for i in range(panel.ui.version.count())] == [0, 2, 1]
    panel.ui.version.setCurrentIndex(2)
    assert panel.ui.editor.toPlainText() == vs[0].text and panel.ui.editor.isReadOnly()
    assert "第 1 版" in panel.ui.note.text()
