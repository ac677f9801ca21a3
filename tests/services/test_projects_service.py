"""项目清单: a task made a project, its 累计完成投资 month by month, the share of the year's plan, its
milestones met, late or overdue, drawn ◆ on the 作战图."""
from datetime import date

import pytest

from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.services import projects, tasks, warroom

TODAY = date(2024, 7, 15)


@pytest.fixture
def project(db):
    tid = tasks.add_task(db, title="推进市博物馆项目建设", lead_unit="市文旅局", due="年底前", today=TODAY).id
    projects.set_project(db, tid, kind="重点项目", plan_invest="68000", year_invest=25000, image="主体施工")
    return tid


def test_investment_by_month_and_the_share_of_the_year_plan(db, project):
    projects.report_investment(db, project, month="2023-12", amount=21000)
    projects.report_investment(db, project, month="2024-05", amount=30000)
    projects.report_investment(db, project, month="2024年6月", amount=32400, image="主体封顶")
    [p] = projects.list_projects(db, today=TODAY)
    assert (p.kind, p.plan_invest, p.year_invest, p.done_invest, p.year_done) == ("重点项目", 68000, 25000, 32400,
                                                                                   11400)
    assert round(p.year_rate, 1) == 45.6
    assert p.image == "主体封顶"                       # the latest month's 形象进度 becomes the project's
    data = projects.project_json(p)
    assert [m["month"] for m in data["investment"]] == ["2023-12", "2024-05", "2024-06"]
    # the same month again replaces it; a smaller cumulative figure than an earlier month is refused
    projects.report_investment(db, project, month="2024-06", amount=33000)
    assert projects.list_projects(db, today=TODAY)[0].done_invest == 33000
    with pytest.raises(ValidationError, match="只增不减"):
        projects.report_investment(db, project, month="2024-07", amount=100)
    with pytest.raises(ValidationError, match="月份"):
        projects.report_investment(db, project, month="七月", amount=34000)


def test_only_a_project_takes_investment_and_kinds_are_checked(db):
    tid = tasks.add_task(db, title="普通任务", today=TODAY).id
    with pytest.raises(KydeskError, match="不是项目"):
        projects.report_investment(db, tid, month="2024-06", amount=1)
    with pytest.raises(ValidationError, match="重点项目 或 标杆项目"):
        projects.set_project(db, tid, kind="一般项目")
    with pytest.raises(ValidationError, match="负数"):
        projects.set_project(db, tid, plan_invest=-5)
    assert projects.list_projects(db, today=TODAY) == []
    assert [t.title for t in projects.plain_tasks(db)] == ["普通任务"]


def test_milestones_met_late_overdue_and_on_the_war_room_chart(db, project):
    a = projects.add_milestone(db, project, title="主体封顶", when="2024-03-31").id
    b = projects.add_milestone(db, project, title="幕墙完工", when="2024-05-31").id
    projects.add_milestone(db, project, title="布展设计", when="2024-06-30")
    projects.add_milestone(db, project, title="布展完成", when="2024-12-20")
    projects.milestone_done(db, a, on=date(2024, 3, 28))
    projects.milestone_done(db, b, on=date(2024, 6, 10))
    [p] = projects.list_projects(db, today=TODAY)
    assert [m["state"] for m in p.milestones] == ["met", "late", "overdue", "pending"]
    assert p.node_counts() == {"met": 1, "late": 1, "overdue": 1, "pending": 1}
    chart = warroom.chart_data(db, warroom.ChartQuery(year=2024), today=TODAY)
    [ct] = [ct for g in chart.groups for ct in g.tasks]
    assert ct.milestones == (date(2024, 3, 31), date(2024, 5, 31), date(2024, 6, 30), date(2024, 12, 20))


def test_a_project_made_a_plain_task_again_leaves_the_list(db, project):
    projects.set_project(db, project, kind="")
    assert projects.list_projects(db, today=TODAY) == []
