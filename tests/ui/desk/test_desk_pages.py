"""工作台, 设置 and the units manager through the real widgets; the table model without a window; the
screenshot command."""
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kydesk.services import ledger, tasks
from kydesk.services.ledger import LedgerQuery
from kydesk.ui.dialogs.task_dialog import TaskDialog
from kydesk.ui.models.task_table import HEADER_ROLE, ID_ROLE, KEYS, LIGHT_ROLE, TaskTableModel


def show(window, qtbot, key):
    window.show_view(key)
    window.show()
    qtbot.waitExposed(window)
    return window.views[key]


def items(tree, column=1):
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def test_start_page_shows_lights_deadlines_meetings_and_units(window, qtbot, db):
    home = show(window, qtbot, "home")
    ui = home.ui
    # the item decided on 7月1日 (due 7月底) is not yet judged behind 序时进度: green, no longer yellow
    assert ui.redCard.text() == "红灯  4 项" and ui.yellowCard.text() == "黄灯  4 项"
    lit = items(ui.lit)
    assert lit[0] == "编制康养产业发展规划" and items(ui.lit, 4)[0] == "已逾期15天"      # red first
    assert "推进中医药康养基地建设" in lit and "养老服务中心改造" not in lit
    assert items(ui.thisWeek) == ["推进中医药康养基地建设"] and "剩5天" in items(ui.thisWeek, 0)[0]
    assert "2024年7月29日（星期一）" in ui.nextMeeting.text() and "上次会议" in ui.lastMeeting.text()
    assert items(ui.decisions, 0) == ["1. 7月底前完成温泉项目用地报批"]
    units = {ui.units.topLevelItem(i).text(0): ui.units.topLevelItem(i).text(1)
             for i in range(ui.units.topLevelItemCount())}
    assert units["商州区商务局"] == "3" and units["商州区民政局"] == "1"
    # one click opens the task
    ui.lit.itemClicked.emit(ui.lit.topLevelItem(0), 1)
    dialog = next(d for d in home.findChildren(TaskDialog) if d.isVisible())
    assert dialog.isVisible() and dialog.ui.title.text() == "编制康养产业发展规划"
    dialog.close()
    # a card opens the ledger filtered
    qtbot.mouseClick(ui.redCard, Qt.LeftButton)
    ledger = window.views["ledger"]
    assert window.current_view() is ledger
    assert ledger.ui.count.text() == "显示 4 / 共 11 项"
    # an edit elsewhere refreshes the page
    task_id = dialog.task_id
    tasks.mark_done(db, task_id, on=date(2024, 7, 15))
    window.ctx.signals.changed.emit(tasks.changed("task", id=task_id))
    window.show_view("home")
    assert ui.redCard.text() == "红灯  3 项"


def test_settings_are_stored_when_left_and_can_be_undone(window, qtbot, db, tmp_path):
    view = show(window, qtbot, "settings")
    ui = view.ui
    assert ui.unitName.text() == "商州区康养专班" and ui.unitName.isReadOnly() and ui.unitCode.text() == "611002"
    ui.warnDays.setValue(15)
    ui.warnDays.editingFinished.emit()
    assert db.meta("warn_days") == "15"
    ui.yellowGap.setValue(0)                                  # any lag behind 序时进度 is yellow now
    ui.yellowGap.editingFinished.emit()
    ledger = show(window, qtbot, "ledger")
    ledger.ui.light.setCurrentIndex(ledger.ui.light.findData("yellow"))
    strict = ledger.model.result.shown
    assert not window.menus.actions["undo"].isEnabled()       # a setting is not undone from the ledger
    view = show(window, qtbot, "settings")
    assert window.menus.actions["undo"].text() == "撤销 修改黄灯滞后百分点"
    window.ctx.undo.undo()
    window.ctx.undo.undo()
    assert (db.meta("warn_days"), db.meta("yellow_gap")) == ("7", "20")
    show(window, qtbot, "ledger")
    assert ledger.model.result.shown < strict                 # the ledger follows the setting
    view = show(window, qtbot, "settings")
    assert (ui.warnDays.value(), ui.yellowGap.value()) == (7, 20)
    ui.fontFangsong.setText(str(tmp_path / "没有这个字体.ttf"))
    ui.fontFangsong.editingFinished.emit()
    assert "找不到字体文件" in ui.fontError.text() and not db.meta("font_fangsong")
    font = tmp_path / "simfang.ttf"
    font.write_bytes(b"\0")
    ui.fontFangsong.setText(str(font))
    ui.fontFangsong.editingFinished.emit()
    assert db.meta("font_fangsong") == str(font) and not ui.fontError.isVisible()
    ui.year.setValue(2025)
    ui.year.editingFinished.emit()
    assert db.meta("year") == "2025"


def test_units_manager_renames_everywhere_and_adds(window, qtbot, db):
    ledger = show(window, qtbot, "ledger")
    dialog = ledger.manage_units()
    table = dialog.ui.units
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "商州区商务局")
    assert table.item(row, 3).text() == "3"
    table.item(row, 0).setText("商州区商务和投资促进局")
    titles = {ledger.model.task_row(r).task.lead_unit for r in range(ledger.model.rowCount())
              if ledger.model.task_row(r)}
    assert "商州区商务和投资促进局" in titles and "商州区商务局" not in titles
    assert all(t.lead_unit != "商州区商务局" for t, _ in tasks.list_tasks(db, today=date(2024, 7, 15)))
    window.ctx.undo.undo()
    assert any(t.lead_unit == "商州区商务局" for t, _ in tasks.list_tasks(db, today=date(2024, 7, 15)))
    dialog.ui.newUnitName.setText("   ")
    qtbot.mouseClick(dialog.ui.addUnitButton, Qt.LeftButton)
    assert "只有空格" in dialog.ui.unitError.text()
    dialog.ui.newUnitName.setText("商州区医保局")
    dialog.ui.newUnitCode.setText("611002-18")
    qtbot.mouseClick(dialog.ui.addUnitButton, Qt.LeftButton)
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "商州区医保局" in names and ledger.ui.unit.findText("商州区医保局") >= 0
    dialog.ui.newPersonName.setText("何欣")
    dialog.ui.newPersonUnit.setCurrentText("商州区医保局")
    dialog.ui.newPersonTitle.setText("副局长")
    qtbot.mouseClick(dialog.ui.addPersonButton, Qt.LeftButton)
    people = dialog.ui.people
    assert [people.item(r, 1).text() for r in range(people.rowCount()) if people.item(r, 0).text() == "何欣"] == \
        ["商州区医保局"]
    window.ctx.undo.undo()
    assert all(people.item(r, 0).text() != "何欣" for r in range(people.rowCount()))


def test_model_pages_groups_and_sorts_without_a_window(db, qapp, monkeypatch):
    items_ = [{"title": f"第{i:03d}项康养任务", "section": ["一、规划", "二、建设", "三、招商"][i % 3],
               "due": date(2024, 1 + i % 12, 1 + i % 28), "lead_unit": ["甲局", "乙局"][i % 2]} for i in range(250)]
    tasks.add_tasks(db, items_, today=date(2024, 7, 15))
    model = TaskTableModel(lambda: db, lambda: date(2024, 7, 15))
    model.set_query(LedgerQuery())
    fetched = []
    load_rows = ledger.load_rows
    monkeypatch.setattr(ledger, "load_rows", lambda db_, ids, today: fetched.append(len(ids)) or load_rows(db_, ids, today))
    assert model.rowCount() == 250 and model.count_text == "显示 250 / 共 250 项"
    assert model.data(model.index(249, KEYS.index("title"))).startswith("第")      # a third page, fetched on demand
    assert model.data(model.index(248, KEYS.index("title"))).startswith("第")      # the same page again: held
    assert fetched == [250 - 2 * 100]                                               # only the page asked for, once
    model.set_query(LedgerQuery(group="section"))
    assert model.rowCount() == 253 and model.header_rows == [0, 85, 169]
    assert model.data(model.index(0, 0), HEADER_ROLE) == "一、规划（84 项）"
    assert not model.flags(model.index(0, 3)) & Qt.ItemIsSelectable
    model.set_query(LedgerQuery(search="第12", sort="due"))
    due = [model.task_row(r).task.due for r in range(model.rowCount())]
    assert due == sorted(due) and model.rowCount() == 10                         # 第120…第129 (trigram search)
    model.sort(KEYS.index("due"), Qt.DescendingOrder)
    assert [model.task_row(r).task.due for r in range(model.rowCount())] == sorted(due, reverse=True)
    first = model.index(0, 0)
    assert model.data(first, LIGHT_ROLE) in ("red", "yellow", "green", "")
    task_id = model.data(first, ID_ROLE)
    assert model.row_of(task_id) == 0
    asked = []
    model.edit_requested.connect(lambda *a: asked.append(a))
    assert model.setData(model.index(0, KEYS.index("percent")), 35)
    assert asked == [(task_id, "percent", 35)]
    assert not model.setData(model.index(0, KEYS.index("title")), "改名")          # not editable inline


def test_screenshot_command_renders_each_view(db_path, sample, tmp_path, monkeypatch, qapp):
    """The one test of `gui --screenshot` pictures (its usage errors: tests/cli/test_cli_e2e.py)."""
    from kydesk.cli import main

    monkeypatch.setenv("KYDESK_TODAY", "2024-07-15")
    for view in ("home", "ledger", "meetings", "warroom", "sync", "settings"):
        out = tmp_path / f"{view}.png"
        assert main(["--db", str(db_path), "gui", "--screenshot", str(out), "--view", view, "--size", "1280x800"]) == 0
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1280, 800)
        colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
        assert len(colours) > 12, view                                             # real content, not a blank page
    assert Path(tmp_path / "ledger.png").stat().st_size > 20_000
    assert not (db_path.parent / "backups").exists()      # a picture of the window writes no backup
