"""Issue 11 through the real meeting widgets: a decided item's people, 板块 and short title, linking an
existing task (item 11); date sanity at 定稿, 印发 and the proposed next date (item 12); the 纪要 draft in
office wording (item 13)."""
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from kydesk.services import meetings as ms
from kydesk.services import tasks as ts

from .conftest import DAY


def _meeting(view, db, day="2024-07-05", **kw):
    mid = ms.add_meeting(db, title="2024年第1期推进会", date_=day, place="区政府三楼会议室", chair="王建国",
                         time="15:00", **kw).id
    ms.attend(db, mid, name="李明", unit="区发改局")
    view.select_meeting(mid)
    return mid


def test_a_decided_item_has_its_people_section_and_title_or_links_a_task(qtbot, view, ime, db):
    existing = ts.add_task(db, title="康养小镇可研批复", section="二、项目建设", lead_unit="区发改局", due="8月底前",
                           today=DAY).id
    mid = _meeting(view, db)
    panel = view.decisions
    view.ui.tabs.setCurrentWidget(panel)

    panel.ui.addButton.click()
    dialog = panel.dialog
    ime(dialog.ui.text, "会议要求区民政局牵头，7月底前制定出台康养机构星级评定办法，报区政府审定后实施")
    ime(dialog.ui.title, "制定康养机构星级评定办法")
    ime(dialog.ui.lead.lineEdit(), "区民政局")
    ime(dialog.ui.leader, "王建国")
    ime(dialog.ui.person, "孙涛")
    ime(dialog.ui.section.lineEdit(), "三、服务提升")
    ime(dialog.ui.due, "7月底前")
    dialog.ui.buttons.button(QDialogButtonBox.Ok).click()
    assert not dialog.isVisible(), dialog.ui.error.text()
    [made] = [t for t, _ in ts.list_tasks(db) if t.source_meeting_id == mid]
    assert (made.title, made.leader, made.person, made.section) == (
        "制定康养机构星级评定办法", "王建国", "孙涛", "三、服务提升")
    decision = ms.get_meeting(db, mid).decisions[0]
    assert decision.text.startswith("会议要求区民政局牵头") and decision.title == "制定康养机构星级评定办法"

    # 与已有任务关联: no duplicate task; the button then unlinks; deleting the item keeps the task
    panel.ui.addButton.click()
    dialog = panel.dialog
    ime(dialog.ui.text, "加快康养小镇可研批复进度")
    assert not dialog.ui.linkedTask.isEnabled()
    dialog.ui.linkTask.click()
    assert dialog.ui.linkedTask.isEnabled() and not dialog.ui.makeTask.isChecked()
    ime(dialog.ui.linkedTask.lineEdit(), "可研批复")
    dialog.ui.buttons.button(QDialogButtonBox.Ok).click()
    assert not dialog.isVisible(), dialog.ui.error.text()
    assert len(ts.list_tasks(db)) == 2
    second = ms.get_meeting(db, mid).decisions[1]
    assert second.task_id == existing and second.linked
    assert panel.model.index(1, 5).data().startswith("关联：康养小镇可研批复")
    panel.ui.table.selectRow(1)
    assert panel.ui.taskButton.text() == "取消关联"
    panel.ui.deleteButton.click()
    assert ts.get_task(db, existing).title == "康养小镇可研批复"           # the ledger's task stays


def test_finalising_before_the_meeting_asks_and_印发_is_never_before_it(qtbot, view, db, monkeypatch):
    from kydesk.ui.meetings import common

    asked = []
    answer = {"yes": False}

    def confirm(_parent, _title, text):
        asked.append(text)
        return answer["yes"] or "尚未举行" not in text

    monkeypatch.setattr(common, "confirm", confirm)
    mid = _meeting(view, db, day="2024-07-29")            # two weeks after today (DAY = 7月15日)
    ms.set_summary(db, mid, "会议议定事项如下。")
    view.reload()
    panel = view.summary
    view.ui.tabs.setCurrentWidget(panel)
    assert panel.ui.issued.date().toPython() == date(2024, 7, 29)      # not before the meeting
    panel.ui.finalButton.click()
    assert "尚未举行" in asked[0] and "2024年7月29日" in asked[0]
    assert ms.get_meeting(db, mid).state == "draft"                    # answered no: nothing happened
    answer["yes"] = True
    panel.ui.finalButton.click()
    m = ms.get_meeting(db, mid)
    assert (m.state, m.issued) == ("final", date(2024, 7, 29))


def test_a_held_meeting_is_issued_on_the_finalising_day(qtbot, view, db):
    mid = _meeting(view, db)
    ms.set_summary(db, mid, "会议议定事项如下。")
    view.reload()
    panel = view.summary
    assert panel.ui.issued.date().toPython() == DAY and panel.ui.issued.minimumDate().toPython() == date(2024, 7, 5)
    panel.ui.finalButton.click()
    assert ms.get_meeting(db, mid).issued == DAY


def test_the_proposed_next_meeting_skips_the_national_day_holiday(qtbot, view, db, monkeypatch):
    from kydesk.ui.meetings import common

    monkeypatch.setattr(common, "today", lambda: date(2024, 9, 23))
    ms.add_meeting(db, title="2024年第9期推进会", date_="2024-09-20")      # a Friday; +14 days is 10月4日
    view.ui.newButton.click()
    dialog = view.plan_dialog
    assert dialog.ui.date.date().toPython() == date(2024, 10, 8)          # 国庆 1–7 off: the next workday
    dialog.reject()
    ms.add_meeting(db, title="2024年第10期推进会", date_="2024-10-08")
    assert ms.proposed_next_date(db, date(2024, 10, 9), kind="推进会") == date(2024, 10, 22)


def test_the_start_page_shows_next_and_last_meeting_the_same_way(qtbot, window, db, monkeypatch):
    monkeypatch.setenv("KYDESK_TODAY", DAY.isoformat())
    ms.add_meeting(db, title="第一次推进会", date_="2024-07-01")
    today_mid = ms.add_meeting(db, title="第二次推进会", date_="2024-07-15", time="09:00").id
    ms.add_meeting(db, title="第三次推进会", date_="2024-07-29")
    window.show_view("home")
    home = window.views["home"]
    home.refresh()
    ui = home.ui
    assert "2024年7月15日（星期一）09:00" in ui.nextMeeting.text() and "第二次推进会" in ui.nextMeeting.text()
    assert "2024年7月1日（星期一）" in ui.lastMeeting.text() and "第一次推进会（第1期）" in ui.lastMeeting.text()
    ms.finalize(db, today_mid, today=DAY)                  # held this morning, 纪要 final: now the last one
    home.refresh()
    assert "第三次推进会" in ui.nextMeeting.text() and "2024年7月29日（星期一）" in ui.nextMeeting.text()
    assert "第二次推进会（第2期）" in ui.lastMeeting.text()


def test_the_draft_reads_like_an_office_wrote_it(qtbot, view, db):
    mid = _meeting(view, db)
    ms.attend(db, mid, name="王建国", unit="区政府", title="副区长")
    ms.add_agenda(db, mid, title="通报上期议定事项落实情况", presenter="专班办公室")
    ms.add_agenda(db, mid, title="研究康养小镇规划修改意见")
    ms.decide(db, mid, text="加快推进康养小镇建设", lead_unit="区发改局", due="7月底前", leader="王建国", person="李明")
    view.reload()
    panel = view.summary
    view.ui.tabs.setCurrentWidget(panel)
    panel.ui.templateButton.click()
    text = panel.ui.editor.toPlainText()
    assert text.startswith("2024年7月5日下午，副区长王建国在区政府三楼会议室主持召开")
    assert "会议听取了专班办公室关于上次会议议定事项落实情况的通报，就康养小镇规划修改意见进行了研究" in text
    assert "责任领导：王建国；责任人：李明" in text
    assert "听取了通报" not in text and "研究部署了" not in text
