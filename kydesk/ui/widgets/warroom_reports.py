"""调度与通报 panel beside the 作战图: the month's 调度表, and the period's 通报 with its 下步要求 text.

The 下步要求 is stored as the clerk types (no save button); printing runs as a job of the view.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kydesk.domain.errors import KydeskError
from kydesk.services import reports
from kydesk.ui.dialogs.print_preview import preview_report
from kydesk.ui.widgets.common import default_name
from kydesk.ui.widgets.period_picker import PeriodPicker


def current_quarter(d: date) -> str:
    return f"{d.year}Q{(d.month - 1) // 3 + 1}"


class ReportsPanel(QWidget):
    def __init__(self, ctx, today: date, start_job, parent=None):
        super().__init__(parent)
        self.ctx, self.today, self.start_job = ctx, today, start_job
        outer = QVBoxLayout(self)
        box = QGroupBox("月调度表")
        form = QFormLayout(box)
        self.month = PeriodPicker(f"{today.year:04d}-{today.month:02d}", quarters=False)
        form.addRow("调度月份", self.month)
        self.dispatch_btn = QPushButton("月调度表…")
        self.dispatch_btn.setToolTip("同时记录本月各任务的亮灯情况（用于连续亮灯和年终考核）")
        form.addRow(self.dispatch_btn)
        outer.addWidget(box)
        box = QGroupBox("季度通报")
        form = QFormLayout(box)
        self.period = PeriodPicker(current_quarter(today), quarters=True)
        form.addRow("统计期", self.period)
        self.requirements = QPlainTextEdit()
        self.requirements.setPlaceholderText("四、下步要求（空行分段；不填则用通用表述）")
        form.addRow(QLabel("下步要求"))
        form.addRow(self.requirements)
        self.saved = QLabel()
        form.addRow(self.saved)
        self.official = QCheckBox("作为公文印发（红色版头、发文字号、版记）")
        self.official.setToolTip("发文字号按年度顺序编号；同一统计期再次印发时沿用原编号")
        form.addRow(self.official)
        self.bulletin_btn = QPushButton("通报…")
        form.addRow(self.bulletin_btn)
        outer.addWidget(box, 1)
        self._save_timer = QTimer(self, singleShot=True, interval=600)
        self._save_timer.timeout.connect(self.save_requirements)
        self.requirements.textChanged.connect(self._save_timer.start)
        self.period.editingFinished.connect(self.load_requirements)
        self.dispatch_btn.clicked.connect(lambda: self.make_dispatch())
        self.bulletin_btn.clicked.connect(lambda: self.make_bulletin())
        self.setMinimumWidth(280)
        self.load_requirements()

    def load_requirements(self) -> None:
        try:
            text = reports.bulletin_requirements(self.ctx.db, self.period.text())
        except KydeskError as e:
            self.saved.setText(str(e))
            return
        self._loaded_period = self.period.text().strip()
        self.requirements.blockSignals(True)
        self.requirements.setPlainText(text)
        self.requirements.blockSignals(False)
        self.saved.setText("")

    def save_requirements(self) -> None:
        period = getattr(self, "_loaded_period", self.period.text().strip())
        try:
            reports.set_bulletin_requirements(self.ctx.db, period, self.requirements.toPlainText())
        except KydeskError as e:
            self.saved.setText(str(e))
            return
        self.saved.setText(f"已保存（{period}）")
        QTimer.singleShot(4000, self._clear_saved)         # said once, then gone: not a standing "已保存"

    def _clear_saved(self) -> None:
        if self.saved.text().startswith("已保存"):
            self.saved.setText("")

    def make_dispatch(self, path: str | None = None):
        month, today = self.month.text().strip(), self.today
        if path is None:              # the preview: page through, then 打印 or 另存为 PDF
            return preview_report(
                self.ctx, "月调度表", lambda db, out, _paper, _extra, progress: reports.dispatch_pdf(
                    db, month, out, today=today, progress=progress),
                name=default_name(self.ctx, f"{self.month.label()}调度表", "pdf"), parent=self)
        return self.start_job(lambda db, progress: reports.dispatch_pdf(db, month, path, today=today,
                                                                         progress=progress),
                              path, "月调度表", write=True)

    def make_bulletin(self, path: str | None = None):
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_requirements()
        period, today, official = self.period.text().strip(), self.today, self.official.isChecked()
        if path is None:
            return preview_report(
                self.ctx, "通报", lambda db, out, _paper, _extra, progress: reports.bulletin_pdf(
                    db, period, out, today=today, progress=progress, official=official),
                name=default_name(self.ctx, f"{self.period.label()}通报", "pdf"), parent=self)
        return self.start_job(lambda db, progress: reports.bulletin_pdf(db, period, path, today=today,
                                                                         progress=progress, official=official),
                              path, "通报", write=True)
