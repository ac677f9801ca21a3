"""The window on a county database with a few tasks, problems, an indicator and a project; the 三单·指标 view
shown; jobs run at once (SyncPool) on their own connection; the day pinned."""
from datetime import date

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

TODAY = date(2024, 7, 15)


@pytest.fixture
def filled(db):
    from kydesk.services import indicators, problems, projects, tasks

    tasks.add_task(db, title="推进温泉康养酒店建设", lead_unit="商州区住建局", partner_units="商州区文旅局",
                   leader="王副区长", due="年底前", today=TODAY)
    tasks.add_task(db, title="编制康养产业规划", lead_unit="商州区发改局", due="9月底前", today=TODAY)
    problems.add_problem(db, text="温泉项目用地报批滞后", unit="商州区自然资源局", due="2024-07-05", source="督查",
                         today=date(2024, 5, 1))
    problems.add_problem(db, text="景区停车位不足", unit="商州区文旅局", due="年底前", source="群众反映",
                         today=date(2024, 5, 1))
    iid = indicators.add_indicator(db, name="居民健康素养水平", target="≥25", field="健康生活", measure="%",
                                   base=20, base_year=2020, target_year=2025).id
    indicators.add_reading(db, iid, period="2023", value=23.5)
    hotel = tasks.list_tasks(db)[0][0].id
    projects.set_project(db, hotel, plan_invest=50000, year_invest=12000)
    return db


@pytest.fixture
def window(qtbot, filled, db_path):
    from kydesk.services.setup import open_site
    from kydesk.ui.main_window import AppContext, MainWindow
    from kydesk.ui.worker import SyncPool

    ctx = AppContext(filled, pool=SyncPool(), open_db=lambda: open_site(db_path))
    ctx.today = TODAY
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.show_view("practice")
    return w


@pytest.fixture
def view(window):
    return window.views["practice"]


def commit_text(widget, text: str) -> None:
    """Type Chinese the way an input method does: one committed string (qtbot.keyClicks cannot)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def ime():
    return commit_text
