"""The 纪要 draft reads as an office writes it (issue 11, item 13): agenda titles typed as a clerk types them
("通报上期…", "研究…修改意见") come out as 纪要 sentences, never as the raw title glued to a verb."""
from datetime import date

import pytest

from kydesk.domain.models import AgendaItem, Attendance, Decision, Meeting
from kydesk.services.meeting_summary import compose_summary

ORG = "商州区康养专班"


def meeting(agenda=(), decisions=(), **kw):
    return Meeting(id="m", title="推进会", date=date(2024, 7, 5), year=2024, number=3, time="15:00",
                   place="区政府三楼会议室", chair="王建国",
                   agenda=[AgendaItem(f"a{i}", "m", t, presenter=p, ord=i) for i, (t, p) in enumerate(agenda, 1)],
                   decisions=list(decisions),
                   attendance=[Attendance("p1", "m", "王建国", title="副区长"),
                               Attendance("p2", "m", "李明", unit="区发改局")], **kw)


@pytest.mark.parametrize("title, presenter, said", [
    ("通报上期议定事项落实情况", "专班办公室", "听取了专班办公室关于上次会议议定事项落实情况的通报"),
    ("上次会议议定事项落实情况", "", "听取了上次会议议定事项落实情况的通报"),
    ("康养项目建设进展情况汇报", "区发改局", "听取了区发改局关于康养项目建设进展情况的汇报"),
    ("汇报森林康养基地创建进展", "区林业局", "听取了区林业局关于森林康养基地创建进展的汇报"),
    ("研究康养小镇规划修改意见", "", "就康养小镇规划修改意见进行了研究"),
    ("审议《康养产业三年行动方案》", "", "审议了《康养产业三年行动方案》"),
    ("研究部署下半年重点工作", "", "对下半年重点工作作了安排部署"),
])
def test_agenda_titles_become_sentences(title, presenter, said):
    opening = compose_summary(meeting([(title, presenter)]), ORG).split("\n\n")[0]
    assert said in opening
    for clumsy in ("听取了通报", "听取了汇报", "听取了上期", "研究部署了", "修改意见汇报", "的汇报汇报", "的通报通报"):
        assert clumsy not in opening


def test_a_full_draft_reads_like_a_jiyao():
    m = meeting([("通报上期议定事项落实情况", "专班办公室"), ("康养项目建设进展情况汇报", "区发改局"),
                 ("研究康养小镇规划修改意见", ""), ("研究部署下半年重点工作", "")],
                [Decision("d1", "m", "加快推进康养小镇建设", lead_unit="区发改局", due_text="7月底前",
                          leader="王建国", person="李明", ord=1)])
    paras = compose_summary(m, ORG).strip().split("\n\n")
    assert paras[0] == (
        "2024年7月5日下午，副区长王建国在区政府三楼会议室主持召开商州区康养专班2024年第3期推进会。"
        "会议听取了专班办公室关于上次会议议定事项落实情况的通报和区发改局关于康养项目建设进展情况的汇报，"
        "就康养小镇规划修改意见进行了研究，对下半年重点工作作了安排部署。区发改局负责同志出席会议。"
        "现将会议议定事项纪要如下：")
    assert paras[1] == "一、加快推进康养小镇建设。（牵头单位：区发改局；责任领导：王建国；责任人：李明；完成时限：7月底前）"
    assert paras[2].startswith("会议要求，各牵头单位要对照议定事项") and paras[2].endswith("报专班办公室。")


def test_without_agenda_it_says_what_a_推进会_does():
    text = compose_summary(meeting(), ORG)
    assert "会议听取了各成员单位近期工作进展情况汇报，分析了存在的问题，对下一步重点工作作了安排部署。" in text
    assert "纪要如下" not in text          # nothing follows such a line when nothing was decided
