"""Fixtures for the desk's GUI tests: a small county ledger like a clerk's, a context with a synchronous pool
and today pinned, the main window."""
from datetime import date

import pytest

TODAY = date(2024, 7, 15)

SECTIONS = ["一、规划提升工作", "二、项目建设工作", "三、招商引资工作"]
TASKS = [
    # section, title, lead, partners, leader, person, start, due, status, percent, key
    (0, "编制康养产业发展规划", "商州区发改局", ["商州区民政局"], "王副区长", "张华", "2024-01-10", "6月底前", "active", 60, True),
    (0, "完成康养小镇详细规划", "商州区自然资源局", [], "王副区长", "李明", "2024-03-01", "第三季度", "active", 30, False),
    (0, "建立康养项目储备库", "商州区发改局", ["商州区财政局"], "赵主任", "刘洋", None, "长期坚持", "active", 0, False),
    (1, "推进中医药康养基地建设", "商州区卫健局", ["商州区文旅局", "商州区发改局"], "王副区长", "陈静", "2024-02-01",
     "7月20日前", "active", 80, True),
    (1, "森林康养步道二期工程", "商州区林业局", ["商州区文旅局"], "赵主任", "张华", "2024-04-01", "2024年12月31日",
     "active", 20, False),
    (1, "温泉康养酒店主体完工", "商州区住建局", [], "孙局长", "黄磊", "2024-01-15", "9月底前", "pending", 0, True),
    (2, "举办康养产业招商推介会", "商州区商务局", ["商州区文旅局"], "孙局长", "周敏", "2024-05-01", "8月15日前",
     "active", 40, False),
    (2, "引进医养结合龙头企业", "商州区商务局", ["商州区卫健局"], "王副区长", "吴刚", "2024-01-01", "年底前",
     "active", 25, False),
    (2, "每月报送招商项目进展", "商州区商务局", [], "孙局长", "周敏", "2024-01-01", "每月5日前", "active", 0, False),
    (1, "养老服务中心改造", "商州区民政局", [], "赵主任", "徐丽", "2024-02-01", "5月底前", "done", 100, False),
]


def fill_sample(db, today=TODAY):
    """About a dozen tasks over three sections, several units, lights of every colour, progress and a meeting."""
    from kydesk.services import meetings, tasks

    ids = []
    for sec, title, lead, partners, leader, person, start, due, status, pct, key in TASKS:
        made = tasks.add_task(db, title=title, section=SECTIONS[sec], lead_unit=lead, partner_units=partners,
                              leader=leader, person=person, start=start, due=due, status=status, percent=pct,
                              key=key, target=f"{title}，按期完成年度目标", today=today)
        ids.append(made.id)
    tasks.add_progress(db, ids[0], text="规划初稿已完成，正在征求意见", percent=60, on=date(2024, 6, 20))
    tasks.add_progress(db, ids[3], text="基地一期主体已封顶", percent=80, on=date(2024, 7, 10))
    tasks.add_progress(db, ids[2], text="已入库项目12个", on=date(2024, 4, 1))
    m = meetings.add_meeting(db, title="康养产业推进会", date_=date(2024, 7, 1), place="区政府三楼会议室",
                             chair="王副区长")
    meetings.decide(db, m.id, text="7月底前完成温泉项目用地报批", lead_unit="商州区自然资源局", due="7月底前",
                    make_task=True, today=date(2024, 7, 1))
    meetings.add_meeting(db, title="康养产业推进会", date_=date(2024, 7, 29), place="区政府三楼会议室")
    return ids


@pytest.fixture
def sample(db):
    return fill_sample(db)


@pytest.fixture
def ctx(db, qapp):
    from kydesk.ui.main_window import AppContext
    from kydesk.ui.worker import SyncPool

    context = AppContext(db, pool=SyncPool())
    context.today = TODAY
    return context


@pytest.fixture
def window(ctx, qtbot, sample):
    from kydesk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    return win
