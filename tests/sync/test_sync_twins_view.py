"""The window tells the clerk what issue 10 made visible: a database in use on two PCs (at the county and
at the city), and a stale or earlier 延期申请 that needs a confirmation before it is granted."""
import shutil
from datetime import date

import pytest

from kydesk.services import sync as sync_services
from kydesk.services import tasks
from kydesk.services.setup import open_site
from tests.sync.conftest import Site


def _view(qtbot, site):
    from kydesk.ui.main_window import AppContext
    from kydesk.ui.views.sync import View
    from kydesk.ui.worker import SyncPool

    ctx = AppContext(site.db, pool=SyncPool(), open_db=lambda: open_site(site.path))
    view = View(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def test_two_pcs_on_one_database_are_shown_plainly(qtbot, world, tmp_path):
    kit, city, a, b = world
    tasks.add_task(a.db, title="区里自己的任务")
    kit.receive(city, kit.send(a, city))
    (tmp_path / "laptop").mkdir()
    a.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(a.path, tmp_path / "laptop" / "kydesk.db")
    laptop = Site(a.code, a.name, a.level, tmp_path / "laptop" / "kydesk.db",
                  open_site(tmp_path / "laptop" / "kydesk.db"), a.card)
    kit.sites.append(laptop)
    assert laptop.db.meta("db_instance_id") != a.db.meta("db_instance_id"), "a copy is a new instance"
    view = _view(qtbot, a)
    assert not view.ui.twinsLabel.isVisible()
    for _ in range(2):
        kit.receive(city, kit.send(laptop, city))
        kit.receive(city, kit.send(a, city))
    kit.receive(a, kit.send(city, a))
    view.refresh()
    assert view.ui.twinsLabel.isVisible()
    assert "本单位有两台电脑在使用同一数据库的副本" in view.ui.twinsLabel.text()
    at_city = _view(qtbot, city)
    assert at_city.ui.twinsLabel.isVisible() and "商州区康养专班（611002）有两台电脑" in at_city.ui.twinsLabel.text()


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_a_stale_request_asks_before_it_is_granted(qtbot, world, monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox

    from kydesk.ui.sync import requests_panel

    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="建设康养小镇", due=date(2025, 3, 31), lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    tasks.postpone(a.db, tid, due=date(2024, 12, 31), reason="第四季度完成")
    kit.receive(city, kit.send(a, city))
    view = _view(qtbot, city)
    panel = view.requests
    assert "早于任务现在的时限" in panel.ui.details.text()
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.Yes if answer == "yes" else QMessageBox.No

    monkeypatch.setattr(requests_panel.QMessageBox, "question", question)
    panel.ui.grantButton.click()
    assert asked and "早于任务现在的时限" in asked[0]
    due = tasks.get_task(city.db, tid).due
    if answer == "yes":
        assert due == date(2024, 12, 31) and sync_services.extension_requests(city.db)[0]["state"] == "granted"
    else:
        assert due == date(2025, 3, 31) and sync_services.extension_requests(city.db)[0]["state"] == "pending"
