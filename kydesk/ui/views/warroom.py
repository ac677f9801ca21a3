"""作战图 view: the year's tasks grouped by lead unit, bars coloured by light, filters, print to PDF.

The drawing model is the one the PDF uses (services.warroom.screen_layout); printing, 督办单, 通报 and
月调度表 run as worker jobs with a progress bar and cancel, then offer "在文件夹中显示".
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kydesk.domain import clock
from kydesk.domain.errors import KydeskError
from kydesk.services import notices as notices_svc
from kydesk.services import reports as report_svc
from kydesk.services import warroom as svc
from kydesk.services.settings import ledger_year
from kydesk.ui.widgets.common import default_name
from kydesk.ui.widgets.elided_label import ElidedLabel
from kydesk.ui.widgets.flow_layout import flow_from
from kydesk.ui.widgets.job_bar import JobBar, JobBarOwner
from kydesk.ui.widgets.warroom_chart import WarroomChart
from kydesk.ui.widgets.warroom_reports import ReportsPanel
from kydesk.ui.word_output import ask_save_path as ask_document_path
from kydesk.ui.worker import Job

GRADES = [("提醒函", "提醒"), ("督办单", "督办"), ("约谈通知", "约谈")]
GRADE_LIGHTS = {"提醒": "yellow", "督办": "red", "约谈": "red"}
LIGHTS = [("全部亮灯", None), ("红灯", "red"), ("黄灯", "yellow"), ("绿灯", "green"), ("已完成", "done")]
ZOOMS = [("按月", "month"), ("按周", "week")]
WATCHED = {"task", "progress", "unit", "extension_request", "meta"}


class View(JobBarOwner, QWidget):
    task_opened = Signal(str)

    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.today: date = getattr(ctx, "today", None) or clock.today()
        self.data = None
        self._units: list[str] = []
        self._build()
        self._loaded = False  # the chart loads when first shown: start-up stays fast on a big ledger

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
            self.chart.scroll_to_today()

    # -- widgets -----------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QSpinBox(minimum=2000, maximum=2100)
        self.year.setValue(ledger_year(self.ctx.db, self.today))
        self.unit = QComboBox()
        self.unit.addItem("全部单位", None)
        self.unit.setMinimumContentsLength(6)
        self.unit.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.light = QComboBox()
        for label, key in LIGHTS:
            self.light.addItem(label, key)
        self.key_only = QCheckBox("仅重点任务")
        self.zoom = QComboBox()
        for label, key in ZOOMS:
            self.zoom.addItem(label, key)
        self.today_btn = QPushButton("今天")
        self.today_btn.setToolTip("滚动到今天")
        self.paper = QComboBox()
        self.paper.addItems(["A3", "A4"])
        self.paper.setToolTip("纸张（横向）")
        self.print_btn = QPushButton("打印…")
        self.print_btn.setToolTip("打印预览：翻页、缩放，再打印（A3 或 A4 横向）或另存为 PDF（Ctrl+P）")
        self.grade = QComboBox()
        for label, key in GRADES:
            self.grade.addItem(label, key)
        self.grade.setCurrentIndex(1)
        self.grade.setToolTip("通知等级：提醒函（黄灯）、督办单（红灯）、约谈通知（连续多月红灯）")
        self.notice_btn = QPushButton("督办单…")
        self.notice_btn.setToolTip("为选中的任务生成所选等级的通知；未选中时为全部符合的任务生成")
        self.panel_btn = QPushButton("调度通报")
        self.panel_btn.setToolTip("月调度表和季度通报")
        self.panel_btn.setCheckable(True)
        for w in (QLabel("年度"), self.year, self.unit, self.light, self.key_only, self.zoom, self.today_btn):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.paper, self.print_btn, self.grade, self.notice_btn, self.panel_btn):
            bar.addWidget(w)
        outer.addLayout(bar)
        flow_from(bar, outer)          # the tools wrap onto two lines on a narrow window
        self.chart = WarroomChart()
        self.panel = ReportsPanel(self.ctx, self.today, self.start_job)
        self.panel.hide()
        split = QSplitter()
        split.addWidget(self.chart)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 1)
        outer.addWidget(split, 1)
        foot = QHBoxLayout()
        self.summary = QLabel()
        self.message = ElidedLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_btn = QPushButton("取消")
        self.folder_btn = QPushButton("在文件夹中显示")
        self.jobs = JobBar(self.ctx, self.progress, self.cancel_btn, self.folder_btn, self.say,
                           busy="正在生成上一个文件，请稍候或先取消", no_db="当前数据库无法在后台打开，不能打印",
                           parent=self)
        self.legend = QLabel(self._legend_html())
        # a long message (a file path) takes the room between the counts and the legend, cut in the middle
        # with the whole text in its tooltip; it never widens the window
        foot.addWidget(self.summary)
        foot.addWidget(self.message, 1)
        foot.addWidget(self.legend)
        for w in (self.progress, self.cancel_btn, self.folder_btn):
            foot.addWidget(w)
        outer.addLayout(foot)
        self.year.valueChanged.connect(self.reload)
        for combo in (self.unit, self.light, self.zoom):
            combo.currentIndexChanged.connect(self.reload)
        self.key_only.toggled.connect(self.reload)
        self.today_btn.clicked.connect(self.chart.scroll_to_today)
        self.print_btn.clicked.connect(lambda: self.print_chart())
        self.notice_btn.clicked.connect(lambda: self.make_notices())
        self.grade.currentIndexChanged.connect(lambda _i: self._selected(self.chart.selected))
        self.panel_btn.toggled.connect(self.panel.setVisible)
        self.chart.task_activated.connect(self.open_task)
        self.chart.selection_changed.connect(self._selected)
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.reload)

    @staticmethod
    def _legend_html() -> str:
        pal = svc.palette()
        parts = [f"<span style='color:{pal[k]}'>■</span>&nbsp;{label}" for k, label in
                 (("red", "红灯"), ("yellow", "黄灯"), ("green", "绿灯"), ("done", "已完成"))]
        parts += [f"<span style='color:{pal['deadline']}'>◆</span>&nbsp;时限",
                  f"<span style='color:{pal['milestone']}'>◆</span>&nbsp;节点",
                  f"<span style='color:{pal['today']}'>│</span>&nbsp;今日",
                  "◀▶&nbsp;超出本年度/长期"]
        return "&nbsp;&nbsp;".join(parts)

    # -- data ----------------------------------------------------------------------------------------
    def query(self) -> svc.ChartQuery:
        return svc.ChartQuery(year=self.year.value(), unit=self.unit.currentData(), light=self.light.currentData(),
                              key_only=self.key_only.isChecked())

    def reload(self) -> None:
        try:
            self.data = svc.chart_data(self.ctx.db, self.query(), today=self.today)
        except KydeskError as e:
            self.say(str(e), error=True)
            return
        self._fill_units()
        self.chart.set_chart(svc.screen_layout(self.data, self.zoom.currentData()), svc.palette())
        counts = {"red": 0, "yellow": 0, "done": 0}
        for ct in self.data.all_tasks():
            if ct.paint in counts:
                counts[ct.paint] += 1
        text = (f"共 {self.data.task_count} 项任务　已完成 {counts['done']}　红灯 {counts['red']}　"
                f"黄灯 {counts['yellow']}")
        if self.data.left_out:
            text += f"　（另有 {self.data.left_out} 项往年已办结任务未列入）"
        self.summary.setText(text)

    def _fill_units(self) -> None:
        names = [n for n in svc.unit_names(self.data) if n not in self._units]
        if not names:
            return
        self._units += names
        self.unit.blockSignals(True)
        for n in names:
            self.unit.addItem(n, n)
        self.unit.blockSignals(False)

    def on_changed(self, changed) -> None:
        if self._loaded and set(getattr(changed, "tables", ())) & WATCHED:
            self._pending.start()

    def _selected(self, ids: list[str]) -> None:
        paint, name = GRADE_LIGHTS[self.grade.currentData()], self.grade.currentText()
        lit = [ct for ct in self.data.all_tasks() if ct.task.id in ids and ct.paint == paint] if self.data else []
        self.notice_btn.setText(f"{name}（{len(lit)}）…" if lit else f"{name}…")

    def open_task(self, task_id: str) -> None:
        """A click on a bar: the task dialog (or the window's own hook), and its light on the status bar."""
        self.task_opened.emit(task_id)
        ct = svc.find_in_chart(self.data, task_id) if self.data else None
        if ct is not None:
            why = f"（{ct.light.label}：{ct.explain}）" if ct.light else f"（{ct.task.status.label}）"
            self.ctx.signals.status.emit(f"{ct.task.title}{why}")
        hook = getattr(self.ctx, "open_task", None)
        if callable(hook):
            hook(task_id)
            return
        try:
            from kydesk.ui.dialogs.task_dialog import open_task
        except ImportError:                 # a build without the task dialog: the status line must do
            return
        open_task(self.ctx, task_id, self)

    # -- jobs ----------------------------------------------------------------------------------------
    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "")
        self.message.setText(text)
        self.message.setToolTip(text)
        self.ctx.signals.status.emit(text)

    def ask_path(self, title: str, name: str, *, word: bool = False) -> str | None:
        """A PDF name (`word`: PDF or Word, the 督办单 and reports have both), in the folder last saved to."""
        return ask_document_path(self, title, Path(name), word=word)

    def start_job(self, fn, path, what: str, *, write: bool = False) -> Job | None:
        """Run fn(db, progress) -> PrintResult on a worker; progress, cancel, then 'show in folder'."""
        return self.jobs.start(fn, lambda result: self._printed(what, result), f"正在生成{what}…", write=write)

    def _printed(self, what: str, result) -> None:
        self.jobs.offer(result.path)
        text = f"已生成{what}：{result.path}（{result.pages} 页）"
        numbers = getattr(result, "numbers", None)
        if numbers:
            text += "，编号 " + "、".join(numbers)
        if result.warning:
            text += "。" + result.warning
        self.say(text)

    def print_current(self):
        """打印…: the chart in the print preview (page through, zoom, 打印 on A3/A4, 另存为 PDF)."""
        from kydesk.ui.dialogs.print_preview import preview_warroom

        self.ensure_loaded()
        return preview_warroom(self.ctx, self.query(), zoom=self.zoom.currentData(),
                               paper=self.paper.currentText(), parent=self)

    def save_as(self) -> Job | None:
        return self.print_chart(ask=True)

    def refresh_view(self) -> None:
        self.reload()

    def print_chart(self, path: str | None = None, *, ask: bool = False) -> Job | None:
        """Straight to a file (另存为 PDF, or `path` from a test); the 打印… button opens the preview."""
        query, paper, zoom, today = self.query(), self.paper.currentText(), self.zoom.currentData(), self.today
        if path is None and not ask:
            return self.print_current()
        path = path or self.ask_path("保存作战图", default_name(self.ctx, f"{query.year}年作战图（{paper}）", "pdf"))
        if not path:
            return None
        return self.start_job(lambda db, progress: svc.warroom_pdf(db, path, query, paper=paper, zoom=zoom,
                                                                   today=today, progress=progress),
                              path, "作战图")

    def make_notices(self, path: str | None = None, ids: list[str] | None = None,
                     grade: str | None = None) -> Job | None:
        """Notices of the chosen grade (提醒函 yellow, 督办单 red, 约谈通知 red N months running) for the selected
        tasks of that light, or for every such task in view when none is selected."""
        if self.data is None:
            return None
        grade = grade or self.grade.currentData()
        name = dict((k, label) for label, k in GRADES)[grade]
        paint = GRADE_LIGHTS[grade]
        lit = [ct.task.id for ct in self.data.all_tasks() if ct.paint == paint]
        if grade == "约谈" and ids is None and not [t for t in self.chart.selected if t in lit]:
            lit = notices_svc.interview_due(self.ctx.db, lit, self.today)   # all in view: only those that qualify
        chosen = ids if ids is not None else [t for t in self.chart.selected if t in lit] or lit
        if not chosen:
            light = "黄灯" if paint == "yellow" else "红灯"
            self.say(f"当前没有{light}任务，无需生成{name}", error=True)
            return None
        if path is None:               # the preview, where 办复要求 may be reworded before printing
            from kydesk.ui.dialogs.print_preview import preview_notices

            return preview_notices(self.ctx, chosen, grade=grade, name=name, parent=self)
        if not path:
            return None
        today = self.today
        return self.start_job(lambda db, progress: report_svc.notice_pdf(db, chosen, path, today=today,
                                                                         progress=progress, grade=grade),
                              path, f"{name} {len(chosen)} 份", write=True)
