"""记为问题: a decided item of a 推进会 put on the 问题清单 from the meeting's decisions panel."""
from datetime import date

from kydesk.services import meetings as ms
from kydesk.services import problems


def test_record_a_decided_item_as_a_problem(window, db, monkeypatch):
    from kydesk.ui.meetings import common

    monkeypatch.setattr(common, "today", lambda: date(2024, 7, 15))
    mid = ms.add_meeting(db, title="2024年第13期推进会", date_="2024-07-10").id
    ms.decide(db, mid, text="协调解决温泉项目征地问题", lead_unit="商州区自然资源局", due="8月底前")
    window.show_view("meetings")
    view = window.views["meetings"]
    view.select_meeting(mid)
    panel = view.decisions
    view.ui.tabs.setCurrentWidget(panel)
    panel.ui.table.selectRow(0)
    assert panel.ui.problemButton.isEnabled()
    panel.ui.problemButton.click()
    [p] = [p for p, _ in problems.list_problems(db) if p.meeting_id == mid]
    assert (p.text, p.source, p.lead_unit, p.due_text) == ("协调解决温泉项目征地问题", "推进会", "商州区自然资源局",
                                                           "8月底前")
    assert not panel.ui.problemButton.isEnabled()              # once only
    window.show_view("practice")
    practice = window.views["practice"].show_tab("problems")
    assert "协调解决温泉项目征地问题" in [practice.model.text(r, 1) for r in range(practice.model.rowCount())]
