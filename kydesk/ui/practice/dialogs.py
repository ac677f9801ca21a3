"""Dialogs of the 三单制 and 指标 view: a problem, a report or 销号 note, an indicator, a reading, a project.
Each stores at once through a service on 保存 (no save button elsewhere) and shows a wrong field's message
in place; the dialog stays open until the input is right."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kydesk.domain.errors import KydeskError
from kydesk.services import indicators, ledger, problems, projects
from kydesk.ui import undo
from kydesk.ui.forms.ui_indicator_dialog import Ui_IndicatorDialog
from kydesk.ui.forms.ui_practice_note_dialog import Ui_PracticeNoteDialog
from kydesk.ui.forms.ui_problem_dialog import Ui_ProblemDialog
from kydesk.ui.forms.ui_project_dialog import Ui_ProjectDialog
from kydesk.ui.forms.ui_reading_dialog import Ui_ReadingDialog
from kydesk.ui.widgets.common import ERROR_STYLE, FieldErrors, pydate, qdate, today


def _units(combo, db, current: str = "") -> None:
    combo.clear()
    combo.addItem("")
    combo.addItems(ledger.unit_names(db))
    combo.setCurrentText(current)


class _Base(QDialog):
    errors: FieldErrors

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_changed = None

    def _store(self, fn, *args, **kwargs) -> bool:
        """Call the service and broadcast; a wrong field keeps the dialog open with its message."""
        self.errors.clear()
        try:
            self.result_changed = self.ctx.run(fn, *args, **kwargs)
        except KydeskError as e:
            self.errors.show_error(e)
            return False
        self.accept()
        return True


class ProblemDialog(_Base):
    """列入问题清单, or change a listed problem."""

    def __init__(self, ctx, problem_id: str | None = None, parent=None):
        super().__init__(ctx, parent)
        self.problem_id = problem_id
        self.ui = ui = Ui_ProblemDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({"text": ui.textError, "unit": ui.unitError, "lead_unit": ui.unitError,
                                   "due": ui.dueError}, ui.error)
        _units(ui.unit, ctx.db)
        if problem_id:
            p = problems.get_problem(ctx.db, problem_id)
            self.setWindowTitle("修改问题")
            ui.text.setPlainText(p.text)
            ui.source.setCurrentText(p.source)
            ui.unit.setCurrentText(p.lead_unit)
            ui.partners.setText("、".join(p.partner_units))
            ui.measures.setPlainText(p.measures)
            ui.due.setText(p.due_text or (p.due.isoformat() if p.due else ""))
            ui.leader.setText(p.leader)
            ui.person.setText(p.person)
        else:
            self.setWindowTitle("列入问题清单")
        ui.due.textChanged.connect(self._preview)
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.text.setFocus()

    def _preview(self, text: str) -> None:
        ok, meaning = ledger.preview_deadline(self.ctx.db, text, today(self.ctx))
        self.ui.dueResolved.setText(meaning)
        self.ui.dueResolved.setStyleSheet("color: #1e6b3a;" if ok else ERROR_STYLE)

    def values(self) -> dict:
        ui = self.ui
        return {"text": ui.text.toPlainText(), "unit": ui.unit.currentText(), "partners": ui.partners.text(),
                "measures": ui.measures.toPlainText(), "due": ui.due.text() or None,
                "source": ui.source.currentText(), "leader": ui.leader.text(), "person": ui.person.text()}

    def save(self) -> bool:
        values = self.values()
        if self.problem_id:
            return self._store(problems.update_problem, self.problem_id, today=today(self.ctx), **values)
        if not self._store(problems.add_problem, today=today(self.ctx), **values):
            return False
        pid, ctx = self.result_changed.id, self.ctx          # 列入问题 can be undone like any edit
        ctx.undo.push(undo.Step(ctx, "列入问题", lambda: ctx.run(problems.delete_problem, pid),
                                lambda: ctx.run(problems.restore_problem, pid)))
        return True


class NoteDialog(_Base):
    """整改进展 (with 已整改) or 销号 (what the 专班 checked) of one problem."""

    def __init__(self, ctx, problem_id: str, *, closing: bool = False, parent=None):
        super().__init__(ctx, parent)
        self.problem_id, self.closing = problem_id, closing
        self.ui = ui = Ui_PracticeNoteDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({}, ui.error)
        p = problems.get_problem(ctx.db, problem_id)
        ui.subject.setText(f"问题：{p.text}")
        ui.date.setDate(qdate(today(ctx)))
        if closing:
            self.setWindowTitle("销号")
            ui.textLabel.setText("核查情况")
            ui.text.setPlaceholderText("如：现场核查，整改措施已落实到位")
            ui.fixed.hide()
            ui.okButton.setText("销号")
        else:
            self.setWindowTitle("报送整改进展")
            ui.textLabel.setText("整改进展")
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.text.setFocus()

    def save(self) -> bool:
        ui = self.ui
        on = pydate(ui.date.date())
        if self.closing:
            return self._store(problems.close_problem, self.problem_id, note=ui.text.toPlainText(), on=on)
        return self._store(problems.add_progress, self.problem_id, text=ui.text.toPlainText(),
                           fixed=ui.fixed.isChecked(), on=on, today=today(self.ctx))


class IndicatorDialog(_Base):
    def __init__(self, ctx, indicator_id: str | None = None, parent=None):
        super().__init__(ctx, parent)
        self.indicator_id = indicator_id
        self.ui = ui = Ui_IndicatorDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({}, ui.error)
        _units(ui.unit, ctx.db)
        fields = sorted({v.row.field for v in indicators.list_indicators(ctx.db) if v.row.field})
        ui.field.addItems([""] + fields)
        if indicator_id:
            row = indicators.list_indicators(ctx.db, [indicator_id])[0].row
            self.setWindowTitle("修改指标")
            ui.field.setCurrentText(row.field)
            ui.name.setText(row.name)
            ui.measure.setText(row.measure)
            ui.target.setText(row.target)
            ui.targetYear.setText(str(row.target_year or ""))
            ui.nature.setCurrentText(row.nature)
            ui.base.setText(indicators.fmt_value(row.base_value))
            ui.baseYear.setText(str(row.base_year or ""))
            ui.unit.setCurrentText(row.unit)
        else:
            self.setWindowTitle("添加指标")
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> bool:
        ui = self.ui
        values = {"name": ui.name.text(), "target": ui.target.text(), "field": ui.field.currentText(),
                  "measure": ui.measure.text(), "base": ui.base.text(), "base_year": ui.baseYear.text(),
                  "target_year": ui.targetYear.text(), "nature": ui.nature.currentText(),
                  "unit": ui.unit.currentText() or None}
        if self.indicator_id:
            return self._store(indicators.update_indicator, self.indicator_id, **values)
        return self._store(indicators.add_indicator, **values)


class ReadingDialog(_Base):
    def __init__(self, ctx, indicator_id: str, parent=None):
        super().__init__(ctx, parent)
        self.indicator_id = indicator_id
        self.ui = ui = Ui_ReadingDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({}, ui.error)
        row = indicators.list_indicators(ctx.db, [indicator_id])[0].row
        ui.subject.setText(f"{row.name}（目标{row.target}{('，' + row.measure) if row.measure else ''}）")
        ui.period.setText(str(today(ctx).year - 1))
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.value.setFocus()

    def save(self) -> bool:
        ui = self.ui
        return self._store(indicators.add_reading, self.indicator_id, period=ui.period.text(), value=ui.value.text(),
                           source=ui.source.text(), today=today(self.ctx))


class ProjectDialog(_Base):
    """A task's project figures, this month's 累计完成投资 and a new milestone, stored together."""

    def __init__(self, ctx, task_id: str | None = None, parent=None):
        super().__init__(ctx, parent)
        self.task_id = task_id
        self.ui = ui = Ui_ProjectDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({}, ui.error)
        view = projects.project_of(ctx.db, task_id) if task_id else None
        if task_id:
            task = view.task if view else projects.get_task(ctx.db, task_id)
            ui.subject.setText(f"任务：{task.title}")
            ui.taskLabel.hide()
            ui.taskPick.hide()
        else:               # a ledger task becomes a project: pick it (typing filters the list)
            self.setWindowTitle("设为项目")
            ui.subject.setText("从台账中选择要作为重点项目管理的任务")
            for t in projects.plain_tasks(ctx.db):
                ui.taskPick.addItem(t.title, t.id)
            ui.taskPick.setCurrentIndex(-1)
            ui.taskPick.completer().setFilterMode(Qt.MatchContains)
        on = today(ctx)
        ui.month.setText(f"{on.year:04d}-{on.month:02d}")
        if view:
            ui.kind.setCurrentText(view.kind)
            ui.planInvest.setText(projects.fmt_money(view.plan_invest).replace(",", ""))
            ui.yearInvest.setText(projects.fmt_money(view.year_invest).replace(",", ""))
            ui.image.setText(view.image)
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> bool:
        ui = self.ui
        if self.task_id is None:
            index = ui.taskPick.findText(ui.taskPick.currentText())
            if index < 0:
                self.errors.show(None, "请从列表中选择一项台账任务")
                return False
            self.task_id = ui.taskPick.itemData(index)
        kind = ui.kind.currentText()
        kind = "" if kind == "不是项目" else kind
        steps: list[tuple[Callable, dict]] = [(projects.set_project, {"kind": kind, "plan_invest": ui.planInvest.text() or None,
                                         "year_invest": ui.yearInvest.text() or None, "image": ui.image.text()})]
        if kind and ui.amount.text().strip():
            steps.append((projects.report_investment, {"month": ui.month.text(), "amount": ui.amount.text(),
                                                       "image": ui.image.text()}))
        if kind and ui.nodeTitle.text().strip():
            steps.append((projects.add_milestone, {"title": ui.nodeTitle.text(), "when": ui.nodeDate.text()}))
        self.errors.clear()
        try:
            for fn, kwargs in steps:
                self.result_changed = self.ctx.run(fn, self.task_id, **kwargs)
        except KydeskError as e:
            self.errors.show_error(e)
            return False
        self.accept()
        return True
