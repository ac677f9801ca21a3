"""The 同步 view's panels: 延期申请 (the city answers, undoably; the county reads the answer after importing),
冲突与拒收 (what lost, what was refused and why), and the quiet-weeks setting."""
import uuid
from datetime import date

import pytest

from kydesk.services import Changed, tasks
from kydesk.services import sync as sync_services
from kydesk.services.setup import open_site
from kydesk.store import sync_store
from kydesk.sync import package


def _view(qtbot, site):
    from kydesk.ui.main_window import AppContext
    from kydesk.ui.views.sync import View
    from kydesk.ui.worker import SyncPool

    ctx = AppContext(site.db, pool=SyncPool(), open_db=lambda: open_site(site.path))
    view = View(ctx)
    ctx.signals.changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.show()
    return view


def _tab(view, panel) -> str:
    return view.ui.tabs.tabText(view.ui.tabs.indexOf(panel))


@pytest.fixture
def asked(world):
    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="建设康养小镇", due="2024年9月30日前", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    rid = tasks.postpone(a.db, tid, due="2024年12月31日前", reason="用地审批延迟").id
    kit.receive(city, kit.send(a, city))
    return kit, city, a, b, tid, rid


def test_the_city_grants_in_the_panel_and_can_undo(qtbot, asked):
    kit, city, a, b, tid, rid = asked
    view = _view(qtbot, city)
    panel = view.requests
    assert _tab(view, panel) == "延期申请（1 条待批复）"
    table = panel.ui.table
    assert table.rowCount() == 1 and not panel.ui.answerBox.isHidden()
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[:6] == ["待批复", "建设康养小镇", "商州区康养专班", "2024年9月30日前（2024-09-30）",
                       "2024年12月31日前（2024-12-31）", "用地审批延迟"]
    assert "用地审批延迟" in panel.ui.details.text() and panel.ui.grantButton.isEnabled()
    panel.ui.answerText.setText("同意，请抓紧")
    panel.ui.grantButton.click()
    assert tasks.get_task(city.db, tid).due == date(2024, 12, 31)
    assert "已同意" in view.ui.message.text()
    assert table.rowCount() == 1 and table.item(0, 0).text() == "已同意" and table.item(0, 6).text() == "同意，请抓紧"
    assert _tab(view, panel) == "延期申请" and not panel.ui.grantButton.isEnabled()
    view.ctx.undo.undo()
    assert tasks.get_task(city.db, tid).due == date(2024, 9, 30)
    assert table.item(0, 0).text() == "待批复" and _tab(view, panel) == "延期申请（1 条待批复）"
    view.ctx.undo.redo()
    assert tasks.get_task(city.db, tid).due == date(2024, 12, 31) and table.item(0, 0).text() == "已同意"


def test_refusing_and_the_pending_filter(qtbot, asked):
    kit, city, a, b, tid, rid = asked
    view = _view(qtbot, city)
    panel = view.requests
    panel.ui.pendingOnly.setChecked(True)
    assert panel.ui.table.rowCount() == 1
    assert panel.answer(False, rid)
    assert tasks.get_task(city.db, tid).due == date(2024, 9, 30)
    assert panel.ui.table.rowCount() == 0 and panel.ui.counts.text() == "共 1 条，待批复 0 条"
    panel.ui.pendingOnly.setChecked(False)
    assert panel.ui.table.item(0, 0).text() == "未同意"
    assert not panel.answer(True, rid) and "已经批复" in view.ui.message.text()


def test_the_county_sees_the_answer_after_importing(qtbot, asked):
    kit, city, a, b, tid, rid = asked
    view = _view(qtbot, a)
    panel = view.requests
    assert panel.ui.answerBox.isHidden() and "市专班批复后" in panel.ui.hint.text()
    assert panel.ui.table.item(0, 0).text() == "待批复" and _tab(view, panel) == "延期申请"
    sync_services.answer_extension(city.db, rid, grant=True, answer="同意")
    pkg = kit.send(city, a)
    view.import_files([str(pkg)])
    view.preview_dialog.ui.applyButton.click()
    assert panel.ui.table.item(0, 0).text() == "已同意" and panel.ui.table.item(0, 6).text() == "同意"
    assert "批复意见：同意" in panel.ui.details.text()
    assert tasks.get_task(a.db, tid).due == date(2024, 12, 31)


def test_conflicts_panel_lists_refused_rows_with_the_reason(qtbot, world, tmp_path):
    kit, city, a, b = world
    tid = tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code).id
    kit.receive(a, kit.send(city, a))
    stolen = dict(sync_store.rows_by_ids(a.db, "task", [tid])[tid], due="2099-01-01", rev=99)
    view = _view(qtbot, city)
    panel = view.conflicts
    assert _tab(view, panel) == "冲突与拒收" and "没有版本冲突" in panel.ui.details.toPlainText()
    rogue = tmp_path / "rogue.kysync"
    rogue.write_bytes(package.build(a.db, package_id=str(uuid.uuid4()), recipient={"unit_code": city.code},
                                    seq=(0, a.db.site_seq), full=False, acks=[], rows={"task": [stolen]}, schema=3))
    kit.receive(city, rogue)
    view.on_changed(Changed(frozenset({"sync"})))
    assert _tab(view, panel) == "冲突与拒收（1）"
    table = panel.ui.quarantineTable
    assert table.rowCount() == 1 and panel.ui.conflictsTable.rowCount() == 0
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[1:5] == ["商州区康养专班（611002）", "任务", "建设康养小镇", "未导入"]
    assert "不是这条记录的负责单位" in row[5] and row[6] == "rogue.kysync"
    panel.show_refused(0)
    text = panel.ui.details.toPlainText()
    assert "原因：" in text and "2099-01-01" in text and "rogue.kysync" in text


def test_conflicts_panel_shows_what_lost_to_what(qtbot, kit):
    one = kit.site("611002", "商州区康养专班")
    two = kit.site("611002", "商州区康养专班")
    kit.link(one, two)
    tid = tasks.add_task(one.db, title="区里自己的任务").id
    kit.receive(two, kit.send(one, two))
    tasks.update_task(one.db, tid, title="一号机改的名称")
    tasks.update_task(two.db, tid, title="二号机改的名称")
    kit.receive(one, kit.send(two, one))
    view = _view(qtbot, one)
    table = view.conflicts.ui.conflictsTable
    assert table.rowCount() == 1 and table.item(0, 1).text() == "任务"
    assert "一号机改的名称" in table.item(0, 5).text() and "二号机改的名称" in table.item(0, 5).text()
    view.conflicts.show_conflict(0)
    assert "落选版本的内容" in view.conflicts.ui.details.toPlainText()
    assert "不同之处（落选 → 现在）" in view.conflicts.ui.details.toPlainText()


def test_quiet_weeks_are_edited_in_the_view(qtbot, world):
    kit, city, a, b = world
    city.db.conn.execute("UPDATE sync_peer SET added_at = '2024-01-01T00:00:00'")   # trusted long ago
    view = _view(qtbot, city)
    weeks = view.quiet.ui.weeks
    assert weeks.value() == 4 and (weeks.minimum(), weeks.maximum()) == (1, 52)
    weeks.setValue(9)
    assert city.db.meta("sync_quiet_weeks") == "9" and "9 周" in view.ui.message.text()
    assert "超过 9 周" in view.ui.quietLabel.text()
    view.ctx.undo.undo()
    assert sync_services.quiet_weeks(city.db) == 4 and weeks.value() == 4
