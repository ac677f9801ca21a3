"""调度: the 进展填报 cycle in the window — 生成填报表, 收取填报表 (or drop the returned forms on the window),
and the 报送情况 panel: each unit's tasks, reports, 按时/逾期/未报送, the tasks without a report, the 催报 text
with a copy button, and a printable list."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from kydesk.domain import reporting as rules
from kydesk.domain.errors import KydeskError
from kydesk.services import reporting, reporting_print
from kydesk.ui.forms.ui_reporting_view import Ui_ReportingView
from kydesk.ui.widgets.common import ERROR_STYLE, documents_folder, today
from kydesk.ui.widgets.job_bar import JobBar, JobBarOwner

HEADERS = ["单位", "任务", "已报", "情况", "收到日期", "尚未报送的任务"]
MISSING = QColor("#FBE3E3")
LATE = QColor("#FCE9A6")
CYCLES = ["每月5日前", "每月10日前", "每周一", "每周五", "每次推进会前"]
WATCHED = {"progress", "task", "unit", "form_issue", "form_receipt", "meta"}


class View(JobBarOwner, QWidget):
    drop_priority = 10      # a returned form is a spreadsheet too: offered here before the ledger import

    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_ReportingView()
        self.ui.setupUi(self)
        t = self.ui.table
        t.setColumnCount(len(HEADERS))
        t.setHorizontalHeaderLabels(HEADERS)
        t.horizontalHeader().setSectionResizeMode(len(HEADERS) - 1, QHeaderView.Stretch)
        t.verticalHeader().setVisible(False)
        on = today(ctx)
        self.ui.period.setText(f"{on.year:04d}-{on.month:02d}")
        self.jobs = JobBar(ctx, self.ui.progress, self.ui.cancelButton, self.ui.folderButton, self.say,
                           busy="上一个任务还在进行，请稍候", no_db="当前数据库无法在后台打开", parent=self)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.period.returnPressed.connect(self.reload)
        self.ui.copyButton.clicked.connect(self.copy_reminder)
        self.ui.makeButton.clicked.connect(lambda: self.make_forms())
        self.ui.collectButton.clicked.connect(lambda: self.collect_forms())
        self.ui.printButton.clicked.connect(lambda: self.print_list())
        self.ui.cycle.addItems(CYCLES)
        self.ui.cycle.setCurrentText(rules.cycle_label(reporting.cycle(ctx.db)))
        self.ui.contact.setText(reporting.contact(ctx.db))
        self.ui.saveCycleButton.clicked.connect(self.save_cycle)
        self.data = None
        self.dialog = None
        self._loaded = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.message.setText(text)
        self.ctx.signals.status.emit(text)

    def period(self) -> rules.Period | None:
        try:
            return rules.parse_period(self.ui.period.text())
        except KydeskError as e:
            self.say(str(e), error=True)
            return None

    def reload(self) -> None:
        p = self.period()
        if p is None:
            return
        self._loaded = True
        self.data = data = reporting.reporting(self.ctx.db, p, today=today(self.ctx))
        self.ui.dueLabel.setText(f"报送截止：{reporting.due_label(data.due)}"
                                 f"（{rules.cycle_label(reporting.cycle(self.ctx.db))}）")
        counts = {s: sum(u.status == s for u in data.units) for s in reporting.STATUS_NAMES}
        self.ui.summary.setText(f"{p.label}应报单位 {len(data.units)} 个：按时 {counts['on_time']} 个，"
                                f"逾期 {counts['late']} 个，未报送 {counts['missing']} 个")
        t = self.ui.table
        t.setRowCount(len(data.units))
        for r, u in enumerate(data.units):
            values = [u.unit, str(u.tasks), str(u.reported), reporting.STATUS_NAMES[u.status],
                      u.received.isoformat() if u.received else "", "；".join(u.unreported)]
            colour = MISSING if u.status == "missing" else LATE if u.status == "late" else None
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                t.setItem(r, c, item)
        t.resizeColumnsToContents()
        self.ui.reminder.setPlainText(reporting.reminder_text(self.ctx.db, data, today=today(self.ctx)))

    def on_changed(self, changed) -> None:
        if self._loaded and changed.tables & WATCHED:
            self.reload()

    def save_cycle(self) -> None:
        """The reporting cycle and the forms' contact line (settings of this database)."""
        try:
            done = self.ctx.run(reporting.save_cycle, self.ui.cycle.currentText(),
                                contact_line=self.ui.contact.text())
        except KydeskError as e:
            self.say(str(e), error=True)
            return
        self.say(done.message)
        self.reload()

    def copy_reminder(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.reminder.toPlainText())
        self.say("催报通知已复制，可粘贴到微信或短信")

    # -- forms out and back ---------------------------------------------------------------------------
    def make_forms(self):
        from kydesk.ui.dialogs.forms_make_dialog import FormsMakeDialog

        self.dialog = FormsMakeDialog(self.ctx, self.ui.period.text(), self)
        self.dialog.open()
        return self.dialog

    def collect_forms(self, paths: list[str] | None = None):
        from kydesk.ui.dialogs.forms_collect_dialog import FormsCollectDialog

        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, "选择交回的填报表", str(documents_folder()),
                                                    "Excel 表格 (*.xlsx *.xlsm);;所有文件 (*)")
            if not paths:
                return None
        self.dialog = FormsCollectDialog(self.ctx, paths, self)
        self.dialog.open()
        self.dialog.start_preview()
        return self.dialog

    def accept_files(self, paths) -> bool:
        """Dropped files that are kydesk forms open the collect preview (all of them at once)."""
        from kydesk.services.forms_in import is_form

        forms = [str(p) for p in paths if is_form(p)]
        if not forms:
            return False
        self.collect_forms(forms)
        return True

    def print_list(self, path: str | None = None):
        p = self.period()
        if p is None:
            return None
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(self, "打印报送情况清单",
                                                       str(documents_folder() / f"{p.label}进展报送情况.pdf"),
                                                       "PDF 文件 (*.pdf);;Excel 表格 (*.xlsx)")
            if not path:
                return None
            if not path.lower().endswith((".pdf", ".xlsx")):
                path += ".xlsx" if "xlsx" in chosen else ".pdf"
        on = today(self.ctx)

        def run(db, progress):
            return reporting_print.write(db, reporting.reporting(db, p, today=on), path)

        return self.jobs.start(run, self._printed, "正在生成报送情况清单…", write=False)

    def _printed(self, path) -> None:
        self.jobs.offer(path)
        self.say(f"已生成报送情况清单：{path}")
