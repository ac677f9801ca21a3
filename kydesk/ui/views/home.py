"""工作台: what needs the clerk today — red and yellow tasks with days overdue or left, what falls due this
week and next, the next 推进会 and the open decided items of the last one, counts per unit. One click on a
task opens it."""
from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from kydesk.domain.cn_text import cn_date, cn_weekday
from kydesk.services import ledger
from kydesk.services.home_charts import home_charts
from kydesk.ui.dialogs.task_dialog import open_task
from kydesk.ui.forms.ui_home_view import Ui_HomeView
from kydesk.ui.widgets import table_menus
from kydesk.ui.widgets.assessment_ranking import AssessmentRanking
from kydesk.ui.widgets.common import LIGHT_COLORS, light_dot, today
from kydesk.ui.widgets.home_charts import DeadlineTimeline, ProgressChart, UnitLightsChart

CARD_STYLE = ("QPushButton {{ text-align: left; padding: 8px 14px; border: 1px solid #dadce0; border-radius: 6px;"
              " background: {bg}; font-size: 11pt; }} QPushButton:hover {{ border-color: #5f6368; }}")


class View(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.ui = ui = Ui_HomeView()
        ui.setupUi(self)
        self.summary = None
        self._dirty = True
        # the title column takes what is left; the others fit their contents (dates and units never clip)
        for tree, stretch in ((ui.lit, 1), (ui.thisWeek, 1), (ui.nextWeek, 1), (ui.decisions, 0), (ui.units, 0)):
            header = tree.header()
            header.setStretchLastSection(False)
            header.setMinimumSectionSize(24)
            for i in range(tree.columnCount()):
                header.setSectionResizeMode(i, QHeaderView.Stretch if i == stretch else QHeaderView.ResizeToContents)
            tree.itemActivated.connect(self._open_item)
            tree.itemClicked.connect(self._open_item)
        ui.lit.header().setSectionResizeMode(0, QHeaderView.Fixed)
        ui.lit.setColumnWidth(0, 34)
        # on a narrow window the long columns give way so the task's title keeps a readable width
        self._squeeze = {ui.lit: (1, (4,)), ui.thisWeek: (1, (2,)), ui.nextWeek: (1, (2,)), ui.decisions: (0, (1,))}
        for tree, (_stretch, cols) in self._squeeze.items():
            for col in cols:
                tree.header().setSectionResizeMode(col, QHeaderView.Interactive)
            tree.installEventFilter(self)
        ui.lit.setColumnWidth(4, self.fontMetrics().horizontalAdvance("进度27%，落后序时进度62%达35个百分点"))
        ui.lit.setIconSize(light_dot("red").size())
        ui.redCard.setStyleSheet(CARD_STYLE.format(bg="#fce8e6"))
        ui.yellowCard.setStyleSheet(CARD_STYLE.format(bg="#fef7e0"))
        ui.weekCard.setStyleSheet(CARD_STYLE.format(bg="#e8f0fe"))
        ui.totalCard.setStyleSheet(CARD_STYLE.format(bg="#e6f4ea"))
        ui.redCard.setIcon(QIcon(light_dot("red", 16)))
        ui.yellowCard.setIcon(QIcon(light_dot("yellow", 16)))
        ui.redCard.clicked.connect(lambda: self._ledger(light="red"))
        ui.yellowCard.clicked.connect(lambda: self._ledger(light="yellow"))
        ui.weekCard.clicked.connect(self._ledger_this_week)
        ui.totalCard.clicked.connect(lambda: self._ledger())
        ui.ledgerButton.clicked.connect(lambda: self._ledger())
        ui.litMore.linkActivated.connect(lambda _l: self._ledger(light="lit"))
        ui.addButton.clicked.connect(lambda: open_task(self.ctx, None, self))
        self.ranking = AssessmentRanking(ctx, self)      # 晾晒: December and January only
        ui.unitsLayout.addWidget(self.ranking)
        self.unit_chart, self.progress_chart, self.deadline_chart = UnitLightsChart(), ProgressChart(), DeadlineTimeline()
        ui.unitChartLayout.addWidget(self.unit_chart)
        ui.progressLayout.addWidget(self.progress_chart)
        ui.deadlineLayout.addWidget(self.deadline_chart)
        self.unit_chart.bar_clicked.connect(self.show_unit_light)
        self.deadline_chart.task_clicked.connect(lambda task_id: self._open_task(task_id))
        task_actions = [("打开", self._menu_open), ("记录进展", self._menu_task("record_progress")),
                        ("销号", self._menu_task("mark_done")), ("延期", self._menu_task("postpone"))]
        for tree, key in ((ui.lit, "home_lit"), (ui.thisWeek, "home_week"), (ui.nextWeek, "home_next_week"),
                          (ui.decisions, "home_decisions")):
            table_menus.install(tree, key, [(label, partial(self._with_tree, tree, fn)) for label, fn in task_actions])
        table_menus.install(ui.units, "home_units")

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Resize and obj in self._squeeze:
            QTimer.singleShot(0, lambda tree=obj: self._fit(tree))
        return super().eventFilter(obj, event)

    def _fit(self, tree) -> None:
        """Give the squeezable columns what they need, but never below 8 characters for the stretched one."""
        stretch, squeeze = self._squeeze[tree]
        fm, header = tree.fontMetrics(), tree.header()
        em = fm.horizontalAdvance("中")
        cap = fm.horizontalAdvance("进度27%，落后序时进度62%达35个百分点") if tree is self.ui.lit else 10 ** 6
        want = {c: min(cap, max(tree.sizeHintForColumn(c), fm.horizontalAdvance(tree.headerItem().text(c)) + em))
                for c in squeeze}
        fixed = sum(header.sectionSize(c) for c in range(tree.columnCount()) if c != stretch and c not in squeeze)
        room = tree.viewport().width() - fixed - 8 * em
        total = sum(want.values()) or 1
        for c, w in want.items():
            tree.setColumnWidth(c, w if total <= room else max(4 * em, w * room // total))

    # -- refresh ------------------------------------------------------------------------------------------
    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def on_changed(self, changed) -> None:
        if ledger.ledger_changed(changed):
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        s = self.summary = ledger.home_summary(self.ctx.db, today(self.ctx))
        ui = self.ui
        d = s.today
        ui.today.setText(f"{cn_date(d)} {cn_weekday(d)} · {s.year}年度台账")
        ui.redCard.setText(f"红灯  {s.red} 项")
        ui.yellowCard.setText(f"黄灯  {s.yellow} 项")
        ui.weekCard.setText(f"本周到期  {len(s.this_week)} 项")
        ui.totalCard.setText(f"任务  {s.total} 项 · 已完成 {s.done}")
        self._fill_lit(s)
        self._fill_week(ui.thisWeek, s.this_week, "本周没有到期的任务")
        self._fill_week(ui.nextWeek, s.next_week, "下周没有到期的任务")
        ui.weekTabs.setTabText(0, f"本周到期（{len(s.this_week)}）")
        ui.weekTabs.setTabText(1, f"下周到期（{len(s.next_week)}）")
        self._fill_meetings(s)
        self._fill_units(s)
        self.ranking.refresh()
        self.charts = home_charts(self.ctx.db, d)
        for chart in (self.unit_chart, self.progress_chart, self.deadline_chart):
            chart.set_data(self.charts)
        for tree in self._squeeze:
            QTimer.singleShot(0, lambda tree=tree: self._fit(tree))

    def _fill_lit(self, s) -> None:
        tree = self.ui.lit
        tree.clear()
        for row in s.lit:
            t = row.task
            # the light's own reason: 已逾期15天, 距时限还有5天, 7月5日应报送的情况未报送, 落后序时进度…
            item = QTreeWidgetItem(["", t.title, t.lead_unit, row.due_display, row.light_text or row.days_text])
            item.setIcon(0, QIcon(light_dot(row.light.value if row.light else None)))
            item.setData(0, Qt.UserRole, t.id)
            item.setToolTip(0, f"{row.light.label}：{row.light_text}" if row.light else "")
            item.setToolTip(1, t.title)
            item.setToolTip(3, row.due_tooltip)
            item.setToolTip(4, row.light_text)
            if row.light and row.light.value == "red":
                item.setForeground(4, LIGHT_COLORS["red"].darker(115))
            tree.addTopLevelItem(item)
        if not s.lit:
            tree.addTopLevelItem(QTreeWidgetItem(["", "没有红灯、黄灯任务"]))
        more = s.lit_total - len(s.lit)
        self.ui.litMore.setText(f'另有 {more} 项，<a href="#">在台账中查看全部</a>' if more > 0 else
                                f'<a href="#">在台账中查看全部 {s.lit_total} 项</a>' if s.lit_total else "")

    def _fill_week(self, tree, rows, empty: str) -> None:
        tree.clear()
        for row in rows:
            item = QTreeWidgetItem([f"{row.due_display}（{row.days_text}）" if row.days_text else row.due_display,
                                    row.task.title, row.task.lead_unit])
            item.setData(0, Qt.UserRole, row.task.id)
            item.setToolTip(1, row.task.title)
            if row.light:
                item.setIcon(1, QIcon(light_dot(row.light.value)))
            tree.addTopLevelItem(item)
        if not rows:
            tree.addTopLevelItem(QTreeWidgetItem(["", empty]))

    def _fill_meetings(self, s) -> None:
        ui = self.ui
        m = s.next_meeting
        if m:
            ui.nextMeeting.setText(f"<b>下次{m['kind']}</b>：{_meeting_line(m, with_place=True)}")
        elif s.proposed_meeting:
            p = s.proposed_meeting
            ui.nextMeeting.setText(f"<b>下次推进会</b>：尚未安排（按两周一次，建议 {cn_date(p)}（{cn_weekday(p)}））")
        last = s.last_meeting
        ui.lastMeeting.setText(f"<b>上次会议</b>：{_meeting_line(last)}——未完成的议定事项 {len(s.open_decisions)} 项"
                               if last else "还没有已召开的会议")
        tree = ui.decisions
        tree.clear()
        for d in s.open_decisions:
            item = QTreeWidgetItem([f"{d['ord']}. {d['text']}", d["lead"], d["due_text"] or d["due"] or ""])
            item.setData(0, Qt.UserRole, d["task_id"])
            item.setToolTip(0, d["text"])
            tree.addTopLevelItem(item)
        tree.setVisible(bool(s.open_decisions))

    def _fill_units(self, s) -> None:
        tree = self.ui.units
        tree.clear()
        for u in s.units:
            rate = f"{round(100 * (u['done'] or 0) / u['tasks'])}%" if u["tasks"] else ""
            item = QTreeWidgetItem([u["name"] or "（未指定牵头单位）", str(u["tasks"]), str(u["done"] or 0),
                                    str(u["red"] or 0), str(u["yellow"] or 0), rate])
            item.setData(0, Qt.UserRole + 1, u["name"])
            for col in range(1, 6):
                item.setTextAlignment(col, Qt.AlignCenter)
            if u["red"]:
                item.setForeground(3, LIGHT_COLORS["red"])
            tree.addTopLevelItem(item)

    # -- going somewhere ----------------------------------------------------------------------------------
    def show_unit_light(self, unit: str, light: str) -> None:
        """A click on a bar of 各单位亮灯: the ledger with that unit's tasks of that light."""
        view = self._ledger(**({"status": "done"} if light == "done" else {"light": light}))
        if view is not None:
            view.ui.unit.setCurrentText(unit)
            view.apply_filters()

    def _open_task(self, task_id: str):
        return open_task(self.ctx, task_id, self)

    def _with_tree(self, tree, fn):
        item = tree.currentItem()
        task_id = item.data(0, Qt.UserRole) if item is not None else None
        return fn(task_id) if task_id else None

    def _menu_open(self, task_id: str):
        return self._open_task(task_id)

    def _menu_task(self, action: str):
        def run(task_id: str):
            from kydesk.ui.dialogs import postpone_dialog, progress_dialog
            from kydesk.ui.dialogs.task_dialog import _open

            dialog = {"record_progress": progress_dialog.ProgressDialog, "mark_done": postpone_dialog.DoneDialog,
                      "postpone": postpone_dialog.PostponeDialog}[action]
            return _open(dialog(self.ctx, task_id, self))
        return run

    # -- the window's common commands (menus.py) ----------------------------------------------------------
    def new_item(self):
        return open_task(self.ctx, None, self)

    def refresh_view(self) -> None:
        self.refresh()

    def _open_item(self, item, _column=0) -> None:
        task_id = item.data(0, Qt.UserRole)
        if task_id:
            open_task(self.ctx, task_id, self)
            return
        unit = item.data(0, Qt.UserRole + 1)
        if unit:
            ledger_view = self._ledger()
            if ledger_view:
                ledger_view.ui.unit.setCurrentText(unit)
                ledger_view.apply_filters()

    def _ledger(self, **filters):
        window = self.window()
        views = getattr(window, "views", {})
        view = views.get("ledger")
        if view is None:
            return None
        window.show_view("ledger")
        view.show_filtered(**filters)
        return view

    def _ledger_this_week(self) -> None:
        d = today(self.ctx)
        self._ledger(status="open", due_from=d, due_to=d + timedelta(days=6 - d.weekday()))


def _meeting_line(m: dict, *, with_place: bool = False) -> str:
    """Next and last meeting in one form: 2024年7月29日（星期一）15:00 第二次推进会（第2期）."""

    day = date.fromisoformat(m["date"])
    when = f"{cn_date(day)}（{cn_weekday(day)}）" + (f"{m['time']}" if m["time"] else "")
    place = f"，{m['place']}" if with_place and m["place"] else ""
    number = f"（第{m['number']}期）" if m["number"] else ""
    return f"{when}{place}　{m['title']}{number}"
