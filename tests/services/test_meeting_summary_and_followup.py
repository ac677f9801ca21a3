"""The 纪要 template built from the meeting, and the previous meeting's open items offered first."""
from datetime import date

from kydesk.domain.models import Light
from kydesk.services import meeting_summary as su
from kydesk.services import meetings as ms
from kydesk.services import tasks as ts

TODAY = date(2024, 7, 15)


def _full_meeting(db):
    db.set_meta("org_name", "商州区康养专班")
    mid = ms.add_meeting(db, title="2024年第1期推进会", date_="2024-07-05", place="区政府三楼会议室", chair="王建国",
                         time="15:00").id
    ms.attend(db, mid, name="王建国", unit="区政府", title="副区长")
    ms.attend(db, mid, name="李明", unit="区发改局")
    ms.attend(db, mid, name="周强", unit="区自然资源局", role="列席")
    ms.attend(db, mid, name="孙涛", unit="区农业农村局", role="请假", reason="出差")
    ms.add_agenda(db, mid, title="康养项目建设进展情况汇报")
    ms.add_agenda(db, mid, title="研究部署下半年重点工作")
    ms.decide(db, mid, text="加快推进康养小镇建设。", lead_unit="区发改局", partner_units="区自然资源局、区住建局",
              due="7月底前")
    ms.decide(db, mid, text="制定星级评定办法", lead_unit="区民政局", due="2024-08-15")
    return mid


def test_the_template_opens_with_date_place_chair_and_attendance_and_numbers_the_decisions(db):
    text = su.summary_template(db, _full_meeting(db))
    paras = text.strip().split("\n\n")
    assert paras[0].startswith("2024年7月5日下午，副区长王建国在区政府三楼会议室主持召开商州区康养专班2024年第1期推进会。")
    assert "会议听取了康养项目建设进展情况汇报，对下半年重点工作作了安排部署。" in paras[0]
    assert "区政府、区发改局负责同志出席会议，区自然资源局负责同志列席会议" in paras[0]
    assert "区农业农村局" not in paras[0]          # 请假 is not attendance
    assert paras[1] == "一、加快推进康养小镇建设。（牵头单位：区发改局；配合单位：区自然资源局、区住建局；完成时限：7月底前）"
    assert paras[2] == "二、制定星级评定办法。（牵头单位：区民政局；完成时限：2024年8月15日）"
    assert paras[3].startswith("会议要求")
    assert len(paras) == 4


def test_a_bare_meeting_still_gets_an_opening_and_a_closing(db):
    mid = ms.add_meeting(db, title="专题会", date_="2024-07-05", kind="专题会").id
    paras = su.summary_template(db, mid).strip().split("\n\n")
    assert paras[0].startswith("2024年7月5日，") and "对下一步重点工作作了安排部署" in paras[0]
    assert "纪要如下" not in paras[0] and len(paras) == 2 and paras[1].startswith("会议要求")


def test_cn_numbers():
    assert [su.cn_number(n) for n in (1, 9, 10, 11, 20, 23)] == ["一", "九", "十", "十一", "二十", "二十三"]


def test_the_previous_meetings_open_items_come_with_their_lights(db):
    first = ms.add_meeting(db, title="第1期", date_="2024-06-21").id
    a = ms.decide(db, first, text="项目前期", due="7月底前", make_task=True)
    b = ms.decide(db, first, text="招商推介", due="6月30日前", make_task=True)
    c = ms.decide(db, first, text="评定办法", due="8月15日前", make_task=True)
    ms.decide(db, first, text="没有任务的事项")
    ts.mark_done(db, b.extra["task_id"], on=date(2024, 6, 28))
    second = ms.add_meeting(db, title="第2期", date_="2024-07-05").id
    ms.add_meeting(db, title="专题", date_="2024-06-30", kind="专题会")        # another kind is not "previous"
    f = su.follow_up(db, second, today=TODAY)
    assert f.previous.id == first and not f.on_agenda
    assert [(i.number, i.decision.text) for i in f.items] == [(1, "项目前期"), (3, "评定办法"), (4, "没有任务的事项")]
    assert f.items[0].light in (Light.GREEN, Light.YELLOW, Light.RED) and f.items[2].light is None
    assert f.items[2].status_text == "未生成任务" and f.items[0].task.id == a.extra["task_id"]
    assert c.extra["task_id"] == f.items[1].task.id

    ms.add_agenda(db, second, title="项目建设")
    su.add_follow_up_agenda(db, second)
    su.add_follow_up_agenda(db, second)        # once only
    assert [x.title for x in ms.get_meeting(db, second).agenda] == [su.FOLLOW_UP_TITLE, "项目建设"]
    assert su.follow_up(db, second, today=TODAY).on_agenda
    assert su.follow_up(db, first, today=TODAY).previous is None
