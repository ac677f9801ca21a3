"""The 三单·指标 view as a clerk uses it: list a problem, report on it, strike it off; filter; add an
indicator and its reading; make a task a project with investment and a milestone; print and export."""
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from kydesk.services import indicators, problems, projects


def _texts(tab, column: int) -> list[str]:
    m = tab.model
    return [m.text(r, column) for r in range(m.rowCount())]


def test_the_view_is_in_the_navigation(window):
    items = [window.ui.nav.item(i).text() for i in range(window.ui.nav.count())]
    assert "三单·指标" in items
    assert window.current_view() is window.views["practice"]


def test_list_a_problem_report_and_strike_it_off(qtbot, view, ime, db):
    tab = view.show_tab("problems")
    assert _texts(tab, 1) == ["温泉项目用地报批滞后", "景区停车位不足"]
    assert [tab.model.text(r, 0) for r in range(2)] == ["红灯", "绿灯"]
    tab.ui.addButton.click()
    d = tab.dialog
    ime(d.ui.text, "康养小镇污水管网未接通")
    d.ui.source.setCurrentText("调研")
    ime(d.ui.unit.lineEdit(), "商州区住建局")
    ime(d.ui.partners, "商州区生态环境局、商州区水利局")
    ime(d.ui.measures, "8月底前完成管网接驳")
    ime(d.ui.due, "8月底前")
    assert "2024年8月31日" in d.ui.dueResolved.text()
    d.ui.okButton.click()
    assert not d.isVisible(), d.ui.error.text()
    [(p, _)] = [x for x in problems.list_problems(db) if x[0].text == "康养小镇污水管网未接通"]
    assert (p.source, p.lead_unit, p.partner_units, p.due_text) == (
        "调研", "商州区住建局", ["商州区生态环境局", "商州区水利局"], "8月底前")
    assert tab.current()[0].id == p.id                        # the new row is selected
    tab.ui.progressButton.click()
    note = tab.dialog
    ime(note.ui.text, "管网接驳完成并通水")
    note.ui.fixed.setChecked(True)
    note.ui.okButton.click()
    assert tab.model.text(tab.model.row_of(p.id), 7) == "已整改"
    assert "管网接驳完成并通水" in tab.ui.detail.text()
    tab.ui.closeButton.click()
    close = tab.dialog
    ime(close.ui.text, "现场核查通水正常")
    close.ui.okButton.click()
    assert problems.get_problem(db, p.id).closing_note == "现场核查通水正常"
    assert tab.model.text(tab.model.row_of(p.id), 7) == "已销号"
    assert tab.ui.closeButton.text() == "恢复整改"


def test_a_wrong_field_keeps_the_dialog_open_with_its_message(view, ime, db):
    tab = view.show_tab("problems")
    tab.ui.addButton.click()
    d = tab.dialog
    ime(d.ui.text, "问题")
    ime(d.ui.unit.lineEdit(), "商州区住建局")
    ime(d.ui.due, "尽快")
    d.ui.okButton.click()
    assert d.isVisible() and "时限" in d.ui.dueError.text()
    assert len(problems.list_problems(db)) == 2


def test_filters(view):
    tab = view.show_tab("problems")
    tab.ui.light.setCurrentIndex(tab.ui.light.findData("red"))
    assert _texts(tab, 1) == ["温泉项目用地报批滞后"]
    tab.ui.clearButton.click()
    tab.ui.unit.setCurrentText("商州区文旅局")
    tab.ui.unit.lineEdit().editingFinished.emit()
    assert _texts(tab, 1) == ["景区停车位不足"]
    tab.ui.clearButton.click()
    tab.ui.search.setText("停车")
    tab.refresh()
    assert _texts(tab, 1) == ["景区停车位不足"]


def test_print_and_export_the_problem_list(view, tmp_path):
    tab = view.show_tab("problems")
    tab.ui.paper.setCurrentIndex(1)                          # A3
    tab.export(str(tmp_path / "问题清单"))
    pdf = tmp_path / "问题清单.pdf"
    page = PdfReader(pdf).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 420
    assert "温泉项目用地报批滞后" in page.extract_text().replace("\n", "")
    assert "已生成问题整改清单" in tab.ui.message.text() and tab.ui.folderButton.isVisible()
    tab.export(str(tmp_path / "问题清单.xlsx"), excel=True)
    cells = [c.value for row in load_workbook(tmp_path / "问题清单.xlsx").active.iter_rows() for c in row]
    assert "景区停车位不足" in cells
    tab.export(str(tmp_path / "问题清单.docx"))
    assert (tmp_path / "问题清单.docx").stat().st_size > 0 and "问题清单.docx" in tab.ui.message.text()


def test_an_indicator_and_its_reading(view, ime, db):
    tab = view.show_tab("indicators")
    assert tab.model.text(0, 8) == "序时推进"
    tab.ui.addButton.click()
    d = tab.dialog
    d.ui.field.setCurrentText("健康环境")
    ime(d.ui.name, "空气质量优良天数比率")
    d.ui.measure.setText("%")
    d.ui.target.setText("80*")
    d.ui.nature.setCurrentText("约束性")
    d.ui.okButton.click()
    assert not d.isVisible(), d.ui.error.text()
    row = tab.model.row_of(tab.current().row.id)
    assert tab.model.text(row, 2) == "空气质量优良天数比率（%）"
    tab.ui.progressButton.click()
    r = tab.dialog
    r.ui.period.setText("2023")
    r.ui.value.setText("76.5")
    r.ui.okButton.click()
    assert (tab.model.text(row, 6), tab.model.text(row, 8), tab.model.text(row, 0)) == ("76.5", "未达标", "红灯")
    [v] = [v for v in indicators.list_indicators(db) if v.row.target == "80*"]
    assert v.status == "behind"


def test_make_a_task_a_project_with_investment_and_a_milestone(view, db):
    tab = view.show_tab("projects")
    assert _texts(tab, 1) == ["推进温泉康养酒店建设"]
    tab.ui.addButton.click()
    d = tab.dialog
    d.ui.taskPick.setCurrentText("编制康养产业规划")
    d.ui.kind.setCurrentText("标杆项目")
    d.ui.planInvest.setText("8000")
    d.ui.yearInvest.setText("3000")
    d.ui.month.setText("2024-06")
    d.ui.amount.setText("1500")
    d.ui.nodeTitle.setText("规划评审")
    d.ui.nodeDate.setText("2024-08-31")
    d.ui.okButton.click()
    assert not d.isVisible(), d.ui.error.text()
    plan = next(p for p in projects.list_projects(db) if p.task.title == "编制康养产业规划")
    assert (plan.kind, plan.done_invest, [m["title"] for m in plan.milestones]) == ("标杆项目", 1500, ["规划评审"])
    row = tab.model.row_of(plan.task.id)
    assert tab.model.text(row, 7) == "50.0%"
    tab.select(plan.task.id)
    tab.ui.progressButton.click()                           # 节点完成
    assert projects.list_projects(db)[1].milestones[0]["done_date"] == "2024-07-15"


def test_responsibility_list_per_unit_and_printed_for_one(view, tmp_path):
    tab = view.show_tab("responsibility")
    rows = {tab.model.text(r, 0): [tab.model.text(r, c) for c in range(1, 6)] for r in range(tab.model.rowCount())}
    assert rows["商州区文旅局"] == ["0", "0", "0", "1", "1"]
    assert rows["商州区住建局"][0] == "1"
    tab.select(tab.model.items[[tab.model.text(r, 0) for r in range(tab.model.rowCount())].index("商州区文旅局")]["key"])
    tab._only = tab.current()
    tab.export(str(tmp_path / "文旅局.pdf"))
    tab._only = None
    text = PdfReader(tmp_path / "文旅局.pdf").pages[0].extract_text()
    assert text.startswith("商州区文旅局责任清单")
    tab.ui.status.setCurrentIndex(1)                          # by leader
    assert _texts(tab, 0) == ["王副区长"]


def test_the_model_without_a_window():
    from datetime import date

    from kydesk.domain.models import Light
    from kydesk.domain.problems import Problem
    from kydesk.ui.practice.model import ID_ROLE, LIGHT_ROLE, Column, RowsModel

    m = RowsModel([Column("灯", lambda x: ""), Column("问题", lambda x: x[0].text)], ident=lambda x: x[0].id,
                  light=lambda x: x[1].value if x[1] else None)
    m.set_items([(Problem("a", "甲", due=date(2024, 7, 1)), Light.RED), (Problem("b", "乙"), None)])
    assert m.rowCount() == 2 and m.columnCount() == 2
    assert m.text(0, 0) == "红灯" and m.text(1, 0) == "" and m.text(1, 1) == "乙"
    assert m.data(m.index(0, 0), ID_ROLE) == "a" and m.data(m.index(0, 0), LIGHT_ROLE) == "red"
    assert m.headerData(1, Qt.Horizontal) == "问题"
    assert m.row_of("b") == 1 and m.row_of("zz") == -1


def test_delete_and_add_are_undone_with_ctrl_z(view, ime, db, monkeypatch):
    from kydesk.ui.practice import problem_tabs

    monkeypatch.setattr(problem_tabs, "ask", lambda *a: True)
    tab = view.show_tab("problems")
    tab.select(tab.model.items[1][0].id)
    tab.ui.deleteButton.click()
    assert _texts(tab, 1) == ["温泉项目用地报批滞后"]
    view.ctx.undo.undo()
    assert _texts(tab, 1) == ["温泉项目用地报批滞后", "景区停车位不足"]
    tab.ui.addButton.click()
    d = tab.dialog
    ime(d.ui.text, "新问题")
    ime(d.ui.unit.lineEdit(), "商州区住建局")
    d.ui.okButton.click()
    assert "新问题" in _texts(tab, 1)
    view.ctx.undo.undo()
    assert "新问题" not in _texts(tab, 1)
    view.ctx.undo.redo()
    assert "新问题" in _texts(tab, 1) and len(problems.list_problems(db)) == 3
