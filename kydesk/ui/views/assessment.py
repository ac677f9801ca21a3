"""考核 view: the year's 年终考核 ranking with each unit's 扣分/加分明细 (tab 年度考核), and the 过半任务交账 table
(tab 过半交账). Both read the very data functions the printed tables and the Excel come from; printing and
Excel run as jobs with progress, cancel and 在文件夹中显示.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kydesk.domain.assessment import months_text, number
from kydesk.domain.errors import KydeskError
from kydesk.services import assessment as svc
from kydesk.services import midyear as mid_svc
from kydesk.services import notices as notices_svc
from kydesk.services.settings import ledger_year
from kydesk.ui.widgets.common import LIGHT_COLORS, today
from kydesk.ui.widgets.job_bar import JobBar, JobBarOwner

WATCHED = {"task", "progress", "unit", "extension_request", "light_month", "notice", "problem", "meta"}
RANK_HEADS = ["名次", "责任单位", "扣分", "加分", "得分"]
DETAIL_HEADS = ["规则", "任务（事项）", "月份", "分值"]
MID_HEADS = ["牵头单位", "上半年到期", "按期完成", "未完成", "全年任务", "平均进度", "任务过半", "未完成任务"]


def _table(heads: list[str], stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(heads))
    t.setHorizontalHeaderLabels(heads)
    t.setEditTriggers(QTableWidget.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectRows)
    t.setSelectionMode(QTableWidget.SingleSelection)
    t.verticalHeader().hide()
    header = t.horizontalHeader()
    for i in range(len(heads)):
        header.setSectionResizeMode(i, QHeaderView.Stretch if i == stretch else QHeaderView.ResizeToContents)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], centred: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c in centred:
                item.setTextAlignment(Qt.AlignCenter)
            table.setItem(r, c, item)


class View(JobBarOwner, QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.data = None
        self.mid = None
        self._dirty = True
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        d = today(self.ctx)
        self.year = QSpinBox(minimum=2000, maximum=2100)
        # in January the year just ended is the one being assessed
        self.year.setValue(d.year - 1 if d.month == 1 else ledger_year(self.ctx.db, d))
        self.interview = QSpinBox(minimum=1, maximum=12)
        self.interview.setValue(notices_svc.interview_months(self.ctx.db))
        self.interview.setToolTip("任务连续几个月红灯，可发约谈通知（作战图中选等级“约谈通知”）")
        self.pdf_btn = QPushButton("打印…")
        self.pdf_btn.setToolTip("当前页签的表格生成 PDF")
        self.xlsx_btn = QPushButton("导出 Excel…")
        for w in (QLabel("年度"), self.year, QLabel("约谈条件：连续"), self.interview, QLabel("个月红灯")):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.pdf_btn, self.xlsx_btn):
            bar.addWidget(w)
        outer.addLayout(bar)

        self.tabs = QTabWidget()
        page = QWidget()
        lay = QVBoxLayout(page)
        self.ranking = _table(RANK_HEADS, 1)
        self.details = _table(DETAIL_HEADS, 1)
        self.detail_title = QLabel("扣分加分明细：请在左侧选择单位")
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.detail_title)
        rlay.addWidget(self.details, 1)
        split = QSplitter()
        split.addWidget(self.ranking)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([440, 760])
        self.months = QLabel()
        self.months.setWordWrap(True)
        lay.addWidget(split, 1)
        lay.addWidget(self.months)
        self.tabs.addTab(page, "年度考核")
        page = QWidget()
        lay = QVBoxLayout(page)
        self.midyear = _table(MID_HEADS, 7)
        self.mid_note = QLabel()
        lay.addWidget(self.midyear, 1)
        lay.addWidget(self.mid_note)
        self.tabs.addTab(page, "过半交账")
        outer.addWidget(self.tabs, 1)

        foot = QHBoxLayout()
        self.message = QLabel()
        self.message.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_btn = QPushButton("取消")
        self.folder_btn = QPushButton("在文件夹中显示")
        self.jobs = JobBar(self.ctx, self.progress, self.cancel_btn, self.folder_btn, self.say,
                           busy="正在生成上一个文件，请稍候或先取消", no_db="当前数据库无法在后台打开，不能生成文件",
                           parent=self)
        foot.addWidget(self.message, 1)
        for w in (self.progress, self.cancel_btn, self.folder_btn):
            foot.addWidget(w)
        outer.addLayout(foot)

        self.year.valueChanged.connect(lambda _v: self.reload())
        self.interview.valueChanged.connect(self._save_interview)
        self.ranking.currentCellChanged.connect(lambda row, *_: self._show_unit(row))
        self.pdf_btn.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_btn.clicked.connect(lambda: self.export("xlsx"))

    # -- data ----------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def on_changed(self, changed) -> None:
        if set(getattr(changed, "tables", ())) & WATCHED:
            self._dirty = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self._dirty = False
        year, d = self.year.value(), today(self.ctx)
        try:
            self.data = svc.assessment_data(self.ctx.db, year, d, reporting=svc.REPORTING)
            self.mid = mid_svc.midyear_data(self.ctx.db, year, d)
        except KydeskError as e:
            self.data = self.mid = None
            for t in (self.ranking, self.details, self.midyear):
                t.setRowCount(0)
            self.say(str(e), error=True)
            return
        _fill(self.ranking, [[str(u.rank), u.unit, str(number(u.deducted)), str(number(u.added)),
                              str(number(u.score))] for u in self.data.units], {0, 2, 3, 4})
        if not self.data.units:
            self.detail_title.setText("本年度没有可考核的单位（没有牵头或配合任务）")
        self.months.setText(f"基础分 {number(self.data.sheet.base)} 分；亮灯记录月份：{months_text(self.data.months)}"
                            "（月调度时记录，月末自动补记）。评分规则见 reports/assessment.json。")
        if self.data.units:
            self.ranking.setCurrentCell(0, 1)
            self._show_unit(0)
        rows = [[u.name, str(u.due_h1), str(u.done_h1), str(u.due_h1 - u.done_h1), str(u.tasks),
                 f"{u.progress:.1f}%", "是" if u.half else "否", "；".join(u.undone)]
                for u in self.mid.units]
        _fill(self.midyear, rows, {1, 2, 3, 4, 5, 6})
        for r, u in enumerate(self.mid.units):
            if not u.half:
                self.midyear.item(r, 6).setForeground(LIGHT_COLORS["red"])
        self.mid_note.setText(f"统计截至 {self.mid.on.isoformat()}；全年任务平均进度达到 "
                              f"{number_text(self.mid.half_percent)}% 算“任务过半”。")

    def _show_unit(self, row: int) -> None:
        if self.data is None or not 0 <= row < len(self.data.units):
            return
        u = self.data.units[row]
        items = [(i, "-") for i in u.deductions] + [(i, "+") for i in u.additions]
        _fill(self.details, [[i.rule, i.task or "—", i.month or "—", f"{sign}{number(i.points)}"] for i, sign in items],
              {2, 3})
        capped = "，".join(f"{self.data.sheet.rules[k].label}另有{n}项次达上限未计" for k, n in u.capped.items())
        self.detail_title.setText(f"{u.unit}：得分 {number(u.score)}，扣 {number(u.deducted)} 分，加 "
                                  f"{number(u.added)} 分" + (f"（{capped}）" if capped else ""))

    def _save_interview(self, value: int) -> None:
        try:
            self.ctx.run(notices_svc.set_interview_months, value)
        except KydeskError as e:
            self.say(str(e), error=True)

    # -- files ---------------------------------------------------------------------------------------------
    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "")
        self.message.setText(text)
        self.message.setToolTip(text)
        self.ctx.signals.status.emit(text)

    def export(self, kind: str, path: str | None = None):
        year, d = self.year.value(), today(self.ctx)
        midyear = self.tabs.currentIndex() == 1
        what = f"{year}年过半任务交账表" if midyear else f"{year}年度考核结果表"
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
            pattern = "Excel 文件 (*.xlsx)" if kind == "xlsx" else "PDF 文件 (*.pdf)"
            path, _ = QFileDialog.getSaveFileName(self, f"保存{what}", str(Path(folder) / f"{what}.{kind}"), pattern)
            if not path:
                return None
        if midyear:
            def fn(db, progress):
                return mid_svc.midyear_report(db, year, path, today=d, progress=progress)
        else:
            def fn(db, progress):
                return svc.assessment_report(db, year, path, today=d, progress=progress, reporting=svc.REPORTING)
        return self.jobs.start(fn, lambda result: self._written(what, result), f"正在生成{what}…", write=True)

    def _written(self, what: str, result) -> None:
        self.jobs.offer(result.path)
        self.say(f"已生成{what}：{result.path}" + (f"。{result.warning}" if result.warning else ""))


def number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
