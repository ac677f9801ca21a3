"""The 同步 view: my card and the trusted units, export then show in folder, drop packages, preview, apply."""
import pytest

from kydesk.services import tasks
from kydesk.services.setup import open_site


@pytest.fixture
def desk(qtbot, world):
    from kydesk.ui.main_window import AppContext
    from kydesk.ui.views.sync import View
    from kydesk.ui.worker import SyncPool

    kit, city, a, b = world
    ctx = AppContext(a.db, pool=SyncPool(), open_db=lambda: open_site(a.path))
    seen = []
    ctx.signals.changed.connect(seen.append)
    view = View(ctx)
    qtbot.addWidget(view)
    view.show()
    return kit, city, a, b, view, seen


def test_keys_tab_shows_my_fingerprint_and_the_trusted_units(desk):
    kit, city, a, b, view, seen = desk
    from kydesk.services import sync

    assert view.ui.myFingerprint.text() == sync.my_card(a.db).fingerprint
    assert view.ui.peersTable.rowCount() == 1 and view.ui.peersTable.item(0, 1).text() == "商洛市康养专班"
    shown = []
    assert view.trust_card(str(b.card), confirm=lambda parent, card: shown.append(card.fingerprint) or True)
    assert shown == [sync.read_card(b.card).fingerprint]
    assert view.ui.peersTable.rowCount() == 2 and "已信任" in view.ui.message.text()
    assert not view.trust_card(str(city.card.with_name("missing.json")), confirm=lambda *_: True)
    assert "找不到" in view.ui.message.text()
    view.export_card(str(kit.folder / "mine.json"))
    assert (kit.folder / "mine.json").exists() and view.ui.folderButton.isVisible()


def test_export_then_history_and_show_in_folder(desk):
    kit, city, a, b, view, seen = desk
    tasks.add_task(a.db, title="区里自己的任务")
    out = kit.folder / "up.kysync"
    job = view.export(str(out), unit=city.code)
    assert job is not None and out.exists()
    assert view.ui.folderButton.isVisible() and "已导出" in view.ui.message.text()
    assert view.ui.historyTable.rowCount() == 1 and view.ui.historyTable.item(0, 1).text() == "导出"
    [rep] = kit.receive(city, out)
    assert rep.status == "applied"


def test_dropped_packages_are_previewed_then_applied(desk, qtbot):
    kit, city, a, b, view, seen = desk
    tasks.add_task(city.db, title="建设康养小镇", due="2024-09-30", lead_unit=a.code)
    pkg = kit.send(city, a)
    assert not view.accept_files([str(kit.folder / "台账.xlsx")])
    assert view.accept_files([str(pkg)])
    dialog = view.preview_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.packages.rowCount() == 1 and dialog.ui.packages.item(0, 1).text().startswith("商洛市")
    assert "签名：有效" in dialog.ui.details.toPlainText()
    assert tasks.q.query(a.db) == [], "nothing applied before the clerk confirms"
    dialog.ui.applyButton.click()
    assert [t.title for t in tasks.q.query(a.db)] == ["建设康养小镇"]
    assert "已导入 1 个同步包" in view.ui.message.text()
    assert any("task" in c.tables for c in seen)
    assert view.ui.historyTable.item(0, 1).text() == "导入"


def test_cancel_in_the_preview_changes_nothing_and_refusals_cannot_be_applied(desk):
    kit, city, a, b, view, seen = desk
    tasks.add_task(city.db, title="建设康养小镇", lead_unit=a.code)
    pkg = kit.send(city, a)
    view.import_files([str(pkg)])
    view.preview_dialog.ui.cancelButton.click()
    assert tasks.q.query(a.db) == [] and "已取消" in view.ui.message.text()
    junk = kit.folder / "junk.kysync"
    junk.write_bytes(b"not a package")
    view.import_files([str(junk)])
    dialog = view.preview_dialog
    assert not dialog.ui.applyButton.isEnabled() and "已拒绝" in dialog.ui.details.toPlainText()


def test_a_unit_not_heard_from_is_flagged(desk):
    kit, city, a, b, view, seen = desk
    assert view.ui.quietLabel.isHidden(), "a unit trusted today is not yet overdue"
    assert "从未收到" in view.ui.peersTable.item(0, 5).text() and "⚠" not in view.ui.peersTable.item(0, 5).text()
    a.db.conn.execute("UPDATE sync_peer SET added_at = '2024-01-01T00:00:00'")       # trusted long ago
    view.refresh()
    assert (not view.ui.quietLabel.isHidden()) and "商洛市康养专班" in view.ui.quietLabel.text()
    kit.receive(a, kit.send(city, a))
    view.refresh()
    assert view.ui.quietLabel.isHidden()


def test_the_window_hands_dropped_packages_to_the_sync_view(qtbot, world):
    from kydesk.ui.app import build_window
    from kydesk.ui.worker import SyncPool

    kit, city, a, b = world
    tasks.add_task(city.db, title="建设康养小镇", lead_unit=a.code)
    pkg = kit.send(city, a)
    window = build_window(a.db, pool=SyncPool())
    qtbot.addWidget(window)
    view = window.views["sync"]
    assert view.accept_files([str(pkg)]) and view.preview_dialog is not None
