"""调度 → 生成填报表: choose the period and the units (each with its task count), a folder; the forms are
written in the background, then 在文件夹中显示."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem

from kydesk.domain import reporting as rules
from kydesk.domain.errors import KydeskError
from kydesk.services import reporting
from kydesk.services.forms_out import candidates, make_forms
from kydesk.ui.forms.ui_forms_make import Ui_FormsMakeDialog
from kydesk.ui.widgets.common import ERROR_STYLE, documents_folder
from kydesk.ui.widgets.job_bar import JobBar


class FormsMakeDialog(QDialog):
    def __init__(self, ctx, period: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_FormsMakeDialog()
        self.ui.setupUi(self)
        self.ui.period.setText(period)
        self.ui.folder.setText(str(documents_folder()))
        self.result = None
        self.jobs = JobBar(ctx, self.ui.progress, self.ui.cancelButton, self.ui.folderButton, self.say,
                           busy="正在生成填报表，请稍候", no_db="当前数据库无法在后台打开，不能生成", parent=self)
        self._shown = None
        # only an edited period reloads (editingFinished also fires when the dialog merely loses focus)
        self.ui.period.editingFinished.connect(lambda: self.ui.period.text() != self._shown and self.reload())
        self.ui.allUnits.toggled.connect(self._all_toggled)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.makeButton.clicked.connect(self.make)
        self.ui.closeButton.clicked.connect(self.reject)
        self.reload()

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setText(text)

    def period(self) -> rules.Period | None:
        try:
            return rules.parse_period(self.ui.period.text())
        except KydeskError as e:
            self.say(str(e), error=True)
            return None

    def reload(self) -> None:
        """The units with tasks in the period, each with its count, all checked."""
        p = self.period()
        self._shown = self.ui.period.text()
        self.ui.units.clear()
        if p is None:
            return
        self.say("")
        self.ui.due.setText(reporting.due_label(reporting.due_date(self.ctx.db, p)) +
                            f"（{rules.cycle_label(reporting.cycle(self.ctx.db))}）")
        for name, count, by_sync in candidates(self.ctx.db, p):
            # a unit that sends sync packages reports by them: offered, not checked
            item = QListWidgetItem(f"{name}（{count}项）" + ("（按同步包报送）" if by_sync else ""))
            item.setData(Qt.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked if by_sync else Qt.Checked)
            self.ui.units.addItem(item)
        if not self.ui.units.count():
            self.say(f"{p.label}没有需要报送进展的单位任务", error=True)

    def _all_toggled(self, on: bool) -> None:
        for i in range(self.ui.units.count()):
            self.ui.units.item(i).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def chosen(self) -> list[str]:
        items = [self.ui.units.item(i) for i in range(self.ui.units.count())]
        return [it.data(Qt.UserRole) for it in items if it.checkState() == Qt.Checked]

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "填报表保存到", self.ui.folder.text())
        if folder:
            self.ui.folder.setText(folder)

    def make(self):
        p = self.period()
        units = self.chosen()
        if p is None:
            return None
        if not units:
            self.say("请至少勾选一个单位", error=True)
            return None
        folder = Path(self.ui.folder.text().strip())
        today = getattr(self.ctx, "today", None)

        def run(db, progress):
            return make_forms(db, p, folder, units=units, today=today, progress=progress)

        return self.jobs.start(run, self._made, f"正在生成{len(units)}份填报表…", write=True)

    def _made(self, result) -> None:
        self.result = result
        self.say(result.message)
        if result.forms:
            self.jobs.offer(result.forms[0]["file"])
        self.ctx.signals.changed.emit(result)
