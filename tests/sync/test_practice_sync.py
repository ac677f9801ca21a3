"""Problems, their progress, indicators and readings, investment and milestones travel by package like tasks:
a county's problems and readings roll up to the city."""
from kydesk.services import indicators, problems, projects, tasks


def test_a_countys_problems_and_readings_roll_up_to_the_city(world):
    kit, city, county, _other = world
    pid = problems.add_problem(county.db, text="温泉项目用地报批滞后", unit="商州区自然资源局", due="9月底前",
                               source="督查").id
    problems.add_progress(county.db, pid, text="已上报省厅", fixed=True)
    iid = indicators.add_indicator(county.db, name="居民健康素养水平", target="≥25", field="健康生活").id
    indicators.add_reading(county.db, iid, period="2023", value=24.1, source="区统计局")
    tid = tasks.add_task(county.db, title="温泉康养酒店建设", lead_unit="商州区住建局", due="年底前").id
    projects.set_project(county.db, tid, plan_invest=50000, year_invest=12000)
    projects.report_investment(county.db, tid, month="2024-06", amount=8000, image="主体施工")
    projects.add_milestone(county.db, tid, title="主体封顶", when="2024-09-30")
    kit.receive(city, kit.send(county, city))
    [(p, _)] = problems.list_problems(city.db)
    assert (p.text, p.source, p.status.value, p.latest_progress) == ("温泉项目用地报批滞后", "督查", "fixed",
                                                                      "已上报省厅")
    [v] = indicators.list_indicators(city.db)
    assert (v.row.field, v.latest["value"], v.latest["source"]) == ("健康生活", 24.1, "区统计局")
    [proj] = projects.list_projects(city.db)
    assert (proj.plan_invest, proj.done_invest, [m["title"] for m in proj.milestones]) == (50000, 8000, ["主体封顶"])
    # the same package again changes nothing
    again = kit.receive(city, kit.send(county, city))
    assert len(problems.list_problems(city.db)) == 1 and again is not None


def test_a_struck_off_problem_and_a_deleted_one_travel_too(world):
    kit, city, county, _other = world
    keep = problems.add_problem(county.db, text="停车位不足", unit="商州区文旅局").id
    gone = problems.add_problem(county.db, text="重复录入", unit="商州区文旅局").id
    kit.receive(city, kit.send(county, city))
    problems.close_problem(county.db, keep, note="现场核查")
    problems.delete_problem(county.db, gone)
    kit.receive(city, kit.send(county, city))
    [(p, _)] = problems.list_problems(city.db)
    assert (p.text, p.status.value, p.closing_note) == ("停车位不足", "closed", "现场核查")


def test_the_citys_problems_and_project_nodes_go_down_to_the_county_concerned(world):
    kit, city, county, other = world
    pid = problems.add_problem(city.db, text="康养新城征地拆迁滞后", unit=county.code, due="9月底前",
                               source="督查").id
    problems.add_problem(city.db, text="与商州区无关的问题", unit=other.code)
    problems.add_progress(city.db, pid, text="市专班已约谈")
    tid = tasks.add_task(city.db, title="推进高铁康养新城建设", lead_unit=county.code, due="年底前").id
    projects.set_project(city.db, tid, kind="标杆项目", plan_invest=860000)
    projects.add_milestone(city.db, tid, title="一期路网通车", when="2024-10-31")
    projects.report_investment(city.db, tid, month="2024-06", amount=367000)
    kit.receive(county, kit.send(city, county))
    [(p, _)] = problems.list_problems(county.db)
    assert (p.text, p.latest_progress) == ("康养新城征地拆迁滞后", "市专班已约谈")
    [proj] = projects.list_projects(county.db)
    assert (proj.kind, proj.done_invest, [m["title"] for m in proj.milestones]) == ("标杆项目", 367000,
                                                                                    ["一期路网通车"])
    # the county reports it rectified; the city sees it 已整改 and strikes it off; the county sees 已销号
    problems.add_progress(county.db, pid, text="征迁协议全部签订", fixed=True)
    kit.receive(city, kit.send(county, city))
    assert problems.get_problem(city.db, pid).status.value == "fixed"
    problems.close_problem(city.db, pid, note="核查协议原件")
    kit.receive(county, kit.send(city, county))
    assert problems.get_problem(county.db, pid).status.value == "closed"
