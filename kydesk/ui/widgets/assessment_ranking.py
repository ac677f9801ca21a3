"""The 晾晒 ranking of 年终考核 on 工作台, shown in December (the running year) and January (the year just
ended): each unit's rank and score, from the data function the 考核 view and the printed table use."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kydesk.domain.assessment import number
from kydesk.domain.errors import KydeskError
from kydesk.services import assessment
from kydesk.ui.widgets.common import today

SHOWN = 10


def ranking_year(d) -> int | None:
    """The year to show on `d`: December -> this year, January -> last year, else none."""
    return d.year if d.month == 12 else d.year - 1 if d.month == 1 else None


class AssessmentRanking(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["名次", "责任单位", "得分", "扣分"])
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for i in range(4):
            header.setSectionResizeMode(i, QHeaderView.Stretch if i == 1 else QHeaderView.ResizeToContents)
        lay.addWidget(self.title)
        lay.addWidget(self.tree)
        self.tree.itemActivated.connect(lambda *_: self._open())
        self.refresh()

    def refresh(self) -> None:
        year = ranking_year(today(self.ctx))
        self.setVisible(year is not None)
        if year is None:
            return
        try:
            data = assessment.assessment_data(self.ctx.db, year, today(self.ctx), reporting=assessment.REPORTING)
        except KydeskError:
            self.setVisible(False)
            return
        self.title.setText(f"{year}年度考核晾晒（双击查看扣分明细）")
        self.tree.clear()
        for u in data.units[:SHOWN]:
            item = QTreeWidgetItem([str(u.rank), u.unit, str(number(u.score)), str(number(u.deducted))])
            for col in (0, 2, 3):
                item.setTextAlignment(col, Qt.AlignCenter)
            self.tree.addTopLevelItem(item)
        if not data.units:
            self.tree.addTopLevelItem(QTreeWidgetItem(["", "本年度没有可考核的单位"]))

    def _open(self) -> None:
        window = self.window()
        if "assessment" in getattr(window, "views", {}):
            window.show_view("assessment")
