"""A period picked, not typed: a year and a month (月调度) or a quarter or month (通报). text() gives what the
services and the command line take ("2024-07", "2024Q3"); setText() accepts the same."""
from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"]


class PeriodPicker(QWidget):
    editingFinished = Signal()          # the name QLineEdit uses: the panel's wiring stays as it was

    def __init__(self, text: str, *, quarters: bool, parent=None):
        super().__init__(parent)
        self.quarters = quarters
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.year = QSpinBox(minimum=2000, maximum=2100)
        self.year.setSuffix(" 年")
        self.period = QComboBox()
        if quarters:
            for q, label in enumerate(QUARTERS, start=1):
                self.period.addItem(label, f"Q{q}")
        for m in range(1, 13):
            self.period.addItem(f"{m}月", f"-{m:02d}")
        row.addWidget(self.year)
        row.addWidget(self.period, 1)
        self.setText(text)
        self.year.valueChanged.connect(lambda _v: self.editingFinished.emit())
        self.period.currentIndexChanged.connect(lambda _i: self.editingFinished.emit())

    def text(self) -> str:
        return f"{self.year.value()}{self.period.currentData()}"

    def label(self) -> str:
        """In words, for file names and titles: 2024年第三季度, 2024年7月."""
        return f"{self.year.value()}年{self.period.currentText()}"

    def setText(self, text: str) -> None:
        m = re.fullmatch(r"\s*(\d{4})\s*(?:[Qq]([1-4])|-(\d{1,2}))\s*", text or "")
        if not m:
            return
        key = f"Q{m.group(2)}" if m.group(2) else f"-{int(m.group(3)):02d}"
        i = self.period.findData(key)
        if i < 0:
            return
        for w in (self.year, self.period):
            w.blockSignals(True)
        self.year.setValue(int(m.group(1)))
        self.period.setCurrentIndex(i)
        for w in (self.year, self.period):
            w.blockSignals(False)
