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
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kydesk.domain.errors import KydeskError
from kydesk.services import reports
from kydesk.ui.word_output import ask_save_path, documents_folder


def current_quarter(d: date) -> str:
    return f"{d.year}Q{(d.month - 1) // 3 + 1}"


class ReportsPanel(QWidget):
    def __init__(self, ctx, today: date, start_job, parent=None):
        super().__init__(parent)
        self.ctx, self.today, self.start_job = ctx, today, start_job
        outer = QVBoxLayout(self)
        box = QGroupBox("月调度表")
        form = QFormLayout(box)
        self.month = QLineEdit(f"{today.year:04d}-{today.month:02d}")
        self.month.setPlaceholderText("2024-07")
        form.addRow("调度月份", self.month)
        self.dispatch_btn = QPushButton("生成月调度表…")
        self.dispatch_btn.setToolTip("同时记录本月各任务的亮灯情况（用于连续亮灯和年终考核）")
        form.addRow(self.dispatch_btn)
        outer.addWidget(box)
        box = QGroupBox("季度通报")
        form = QFormLayout(box)
        self.period = QLineEdit(current_quarter(today))
        self.period.setPlaceholderText("2024Q2 或 2024-06")
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
        self.bulletin_btn = QPushButton("生成通报…")
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

    def _ask(self, title: str, name: str) -> str | None:
        """PDF or Word: the services write what the name's suffix says."""
        return ask_save_path(self, title, documents_folder() / name, word=True)

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

    def make_dispatch(self, path: str | None = None):
        month, today = self.month.text().strip(), self.today
        path = path or self._ask("保存月调度表", f"{month}月调度表.pdf")
        if not path:
            return None
        return self.start_job(lambda db, progress: reports.dispatch_pdf(db, month, path, today=today,
                                                                         progress=progress),
                              path, "月调度表", write=True)

    def make_bulletin(self, path: str | None = None):
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_requirements()
        period, today, official = self.period.text().strip(), self.today, self.official.isChecked()
        path = path or self._ask("保存通报", f"{period}通报.pdf")
        if not path:
            return None
        return self.start_job(lambda db, progress: reports.bulletin_pdf(db, period, path, today=today,
                                                                         progress=progress, official=official),
                              path, "通报", write=True)
