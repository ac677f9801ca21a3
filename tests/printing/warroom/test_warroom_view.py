"""The 作战图 view under qtbot: paints, a click on a bar selects and opens the task, filters, print and
督办单 as jobs with 'show in folder', cancel leaves no file."""
import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import TODAY
from tests.printing.warroom.conftest import words


@pytest.fixture
def view(qtbot, db, db_path, ledger):
    from kydesk.services.setup import open_site
    from kydesk.ui.main_window import AppContext
    from kydesk.ui.views.warroom import View
    from kydesk.ui.worker import SyncPool

    ctx = AppContext(db, pool=SyncPool(), open_db=lambda: open_site(db_path))
    ctx.today = TODAY
    v = View(ctx)
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def bar_point(view, task_id):
    chart = view.chart
    lay = chart.layout_
    i = lay.row_of_task(task_id)
    x, y, w, h = lay.bar_box(lay.rows[i].task, lay.tops[i])
    chart.verticalScrollBar().setValue(0)
    chart.horizontalScrollBar().setValue(max(0, int(x - lay.table_w - 50)))
    sx, sy = chart.horizontalScrollBar().value(), chart.verticalScrollBar().value()
    return QPoint(int(x + min(w, 40) / 2 - sx), int(y + h / 2 + lay.header_h - sy))


def test_view_paints_the_year_grouped_by_unit(view):
    image = view.grab()
    assert not image.isNull()
    assert view.chart.paint_ms                              # the chart widget painted
    data = view.data
    assert data.task_count == 7 and data.left_out == 1
    assert {g.name for g in data.groups} == {"市文旅局", "市发改委", "市民政局", "市卫健委"}
    assert "共 7 项任务" in view.summary.text() and "红灯 2" in view.summary.text()


def test_click_on_a_bar_selects_and_opens_the_task(view, qtbot, ledger):
    tid = ledger["临期的招商推介会"]
    statuses = []
    view.ctx.signals.status.connect(statuses.append)
    with qtbot.waitSignal(view.task_opened, timeout=1000) as opened:
        qtbot.mouseClick(view.chart.viewport(), Qt.LeftButton, pos=bar_point(view, tid))
    assert opened.args == [tid]
    assert view.chart.selected == [tid]
    assert any("临期的招商推介会" in s and "黄灯" in s for s in statuses)


def test_ctrl_click_adds_to_the_selection_and_open_task_hook_is_used(view, qtbot, ledger):
    opened = []
    view.ctx.open_task = opened.append
    a, b = ledger["逾期未完成的景区创建"], ledger["上年遗留的消防整改"]
    qtbot.mouseClick(view.chart.viewport(), Qt.LeftButton, pos=bar_point(view, a))
    qtbot.mouseClick(view.chart.viewport(), Qt.LeftButton, Qt.ControlModifier, pos=bar_point(view, b))
    assert view.chart.selected == [a, b] and opened == [a, b]
    assert "（2）" in view.notice_btn.text()


def test_filters_by_light_key_and_unit(view):
    view.light.setCurrentIndex(view.light.findData("red"))
    assert view.data.task_count == 2
    view.light.setCurrentIndex(0)
    view.key_only.setChecked(True)
    assert [ct.task.title for ct in view.data.all_tasks()] == ["按序时推进的产业链清单"]
    view.key_only.setChecked(False)
    view.unit.setCurrentIndex(view.unit.findData("市民政局"))
    assert view.data.task_count == 2
    view.zoom.setCurrentIndex(1)
    assert view.chart.layout_.scale.zoom == "week"
    view.chart.viewport().repaint()


def test_print_runs_as_a_job_and_offers_show_in_folder(view, tmp_path):
    out = tmp_path / "view.pdf"
    view.paper.setCurrentText("A4")
    view.print_chart(str(out))
    assert out.exists() and view.job is None
    assert "已生成作战图" in view.message.text()
    assert view.folder_btn.isVisibleTo(view) and view.last_output == out
    assert "作战图" in words(out)[0]


def test_notices_for_selected_red_tasks(view, qtbot, ledger, tmp_path):
    qtbot.mouseClick(view.chart.viewport(), Qt.LeftButton, pos=bar_point(view, ledger["上年遗留的消防整改"]))
    out = tmp_path / "n.pdf"
    view.make_notices(str(out))
    pages = words(out)
    assert len(pages) == 1 and "上年遗留的消防整改" in pages[0] and "督办〔2024〕1号" in pages[0]
    assert "督办〔2024〕1号" in view.message.text()
    view.chart.selected = []
    view.make_notices(str(tmp_path / "all.pdf"))
    assert len(words(tmp_path / "all.pdf")) == 2


def test_cancelled_print_leaves_no_file(view, tmp_path):
    class CancellingPool:
        def start(self, job):
            job.cancel()
            job.run()
            return job

    view.ctx.pool = CancellingPool()
    out = tmp_path / "c.pdf"
    view.print_chart(str(out))
    assert not out.exists() and not list(tmp_path.glob("*.tmp"))
    assert "已取消" in view.message.text() and view.job is None


def test_bulletin_requirements_are_stored_as_typed(view, qtbot):
    from kydesk.services import reports

    panel = view.panel
    panel.period.setText("2024Q3")
    panel.load_requirements()
    panel.requirements.setPlainText("加快推进红灯任务整改。")
    panel.save_requirements()
    assert reports.bulletin_requirements(view.ctx.db, "2024Q3") == "加快推进红灯任务整改。"


def test_view_refreshes_when_tasks_change(view, qtbot):
    from kydesk.services import tasks

    view.ctx.signals.changed.connect(view.on_changed)        # as the main window wires every view
    view.ctx.run(tasks.add_task, title="新增的调度任务", due="2024-09-30", lead_unit="市文旅局", today=TODAY)
    qtbot.waitUntil(lambda: view.data.task_count == 8, timeout=2000)


def test_official_bulletin_and_notices_as_word_then_opened(view, qtbot, tmp_path, monkeypatch):
    """调度与通报: 作为公文印发 numbers the 通报, written as Word when the name says .docx (the 通报… button opens
    the print preview); 打开 hands the file to the PC's program."""
    import docx

    from kydesk.ui import word_output

    panel = view.panel
    panel.period.setText("2024Q2")
    panel.official.setChecked(True)
    out = tmp_path / "通报.docx"
    panel.make_bulletin(str(out))
    document = docx.Document(out)
    assert document.paragraphs[1].text == "〔2024〕1号" and "已生成通报" in view.message.text()
    opened = []
    monkeypatch.setattr(word_output.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert view.jobs.open_button.isVisibleTo(view)
    view.jobs.open_button.click()
    assert opened == [str(out)]
    view.make_notices(str(tmp_path / "督办单.docx"))
    assert len(docx.Document(tmp_path / "督办单.docx").tables) == 2
