"""The 项目清单 and 指标 tabs."""
from __future__ import annotations

from kydesk.domain.indicator_status import STATUS_LABELS
from kydesk.services import indicators, projects
from kydesk.ui import undo
from kydesk.ui.practice.dialogs import IndicatorDialog, ProjectDialog, ReadingDialog
from kydesk.ui.practice.model import LIGHT_HEADER, Column
from kydesk.ui.practice.tab import PracticeTab
from kydesk.ui.widgets.common import ask, today

MONEY = projects.fmt_money


def _nodes(p) -> str:
    if not p.milestones:
        return "—"
    marks = {"met": "✓", "late": "✓（逾期）", "overdue": "✗逾期", "pending": ""}
    return "；".join(f"{m['date'][5:]} {m['title']}{marks[m['state']]}" for m in p.milestones)


class ProjectsTab(PracticeTab):
    kind = "projects"
    tables = frozenset({"task", "investment", "milestone", "progress"})
    statuses = [("全部", None), ("重点项目", "重点项目"), ("标杆项目", "标杆项目")]

    def setup(self) -> None:
        ui = self.ui
        ui.statusLabel.setText("类别")
        ui.addButton.setText("设为项目…")
        ui.addButton.setToolTip("把台账中的一项任务作为重点项目管理：投资、形象进度、节点")
        ui.editButton.setText("投资与节点…")
        ui.progressButton.setText("节点完成")
        ui.progressButton.setToolTip("所选项目中最早一个未完成的节点记为今天完成")
        ui.closeButton.hide()
        ui.deleteButton.setText("取消项目")

    def columns(self) -> list:
        return [Column(LIGHT_HEADER, lambda p: "", 34, center=True), Column("项目名称", lambda p: p.task.title, 220),
                Column("类别", lambda p: p.kind, 70, center=True), Column("责任单位", lambda p: p.task.lead_unit, 100),
                Column("计划总投资", lambda p: MONEY(p.plan_invest), 90, center=True),
                Column("年度计划", lambda p: MONEY(p.year_invest), 80, center=True),
                Column("累计完成", lambda p: MONEY(p.done_invest), 80, center=True),
                Column("年度完成率", lambda p: "—" if p.year_rate is None else f"{p.year_rate:.1f}%", 80, center=True),
                Column("形象进度", lambda p: p.image, 150), Column("节点", _nodes, 260)]

    def ident(self, obj) -> str:
        return obj.task.id

    def light_of(self, obj) -> str | None:
        return obj.light.value if obj.light else None

    def load(self) -> list:
        kind, light = self.ui.status.currentData(), self.ui.light.currentData()
        out = []
        for p in projects.list_projects(self.ctx.db, unit=self.unit_filter(), today=today(self.ctx)):
            if kind and p.kind != kind or light and (p.light.value if p.light else "none") != light:
                continue
            if self.matches((p.task.title, p.task.lead_unit, p.image)):
                out.append(p)
        return out

    def describe(self, p) -> str:
        months = "、".join(f"{m['month']}：{MONEY(m['amount'])}" for m in p.months[-4:])
        return f"累计完成投资（万元）：{months or '尚未报送'}"

    def add(self) -> None:
        self.open_dialog(ProjectDialog(self.ctx, parent=self))

    def edit(self) -> None:
        p = self.current()
        if p is not None:
            self.open_dialog(ProjectDialog(self.ctx, p.task.id, parent=self))

    def progress(self) -> None:
        p = self.current()
        pending = [m for m in (p.milestones if p else []) if not m["done_date"]]
        if not pending:
            self.say("所选项目没有未完成的节点", error=True)
            return
        mid, ctx, on = pending[0]["id"], self.ctx, today(self.ctx)
        undo.step(ctx, f"节点“{pending[0]['title']}”完成", lambda: ctx.run(projects.milestone_done, mid, on=on),
                  lambda: ctx.run(projects.milestone_undone, mid))

    def delete(self) -> None:
        p = self.current()
        if p is not None and ask(self, "取消项目", f"“{p.task.title}”不再作为项目管理？（任务本身保留）"):
            tid, kind, ctx = p.task.id, p.kind, self.ctx
            undo.step(ctx, "取消项目", lambda: ctx.run(projects.set_project, tid, kind=""),
                      lambda: ctx.run(projects.set_project, tid, kind=kind))

    def options(self) -> dict:
        return {"unit": self.unit_filter()}


class IndicatorsTab(PracticeTab):
    kind = "indicators"
    tables = frozenset({"indicator", "indicator_reading"})
    statuses = [("全部", None)] + [(label, key) for key, label in STATUS_LABELS.items()]

    def setup(self) -> None:
        ui = self.ui
        ui.statusLabel.setText("达标情况")
        ui.addButton.setText("添加指标…")
        ui.progressButton.setText("录入数据…")
        ui.closeButton.hide()
        ui.paper.setCurrentIndex(0)

    def columns(self) -> list:
        fmt = indicators.fmt_value
        return [Column(LIGHT_HEADER, lambda v: "", 34, center=True), Column("领域", lambda v: v.row.field, 80),
                Column("指标名称", lambda v: v.row.name + (f"（{v.row.measure}）" if v.row.measure else ""), 260),
                Column("目标值", lambda v: v.row.target + (f"（{v.row.target_year}年）" if v.row.target_year else ""),
                       110, center=True),
                Column("性质", lambda v: v.row.nature, 60, center=True),
                Column("基期值", lambda v: f"{fmt(v.row.base_value)}（{v.row.base_year}年）"
                       if v.row.base_value is not None else "—", 110, center=True),
                Column("最新值", lambda v: fmt(v.latest["value"]) if v.latest else "—", 70, center=True),
                Column("统计期", lambda v: v.latest["period"] if v.latest else "—", 70, center=True),
                Column("达标情况", indicators.status_text, 70, center=True),
                Column("责任单位", lambda v: v.row.unit, 110)]

    def ident(self, obj) -> str:
        return obj.row.id

    def light_of(self, obj) -> str | None:
        return obj.light.value if obj.light else None

    def load(self) -> list:
        status, light, unit = self.ui.status.currentData(), self.ui.light.currentData(), self.unit_filter()
        out = []
        for v in indicators.list_indicators(self.ctx.db):
            if status and v.status != status or light and (v.light.value if v.light else "none") != light:
                continue
            if unit and unit not in v.row.unit or not self.matches((v.row.name, v.row.field, v.row.unit)):
                continue
            out.append(v)
        return out

    def describe(self, v) -> str:
        fmt = indicators.fmt_value
        readings = "、".join(f"{r['period']}：{fmt(r['value'])}" for r in sorted(v.row.readings,
                                                                              key=lambda r: r["period"]))
        note = f"（{v.row.note}）" if v.row.note else ""
        return f"历年数据：{readings or '暂无'}{note}"

    def add(self) -> None:
        self.open_dialog(IndicatorDialog(self.ctx, parent=self))

    def edit(self) -> None:
        v = self.current()
        if v is not None:
            self.open_dialog(IndicatorDialog(self.ctx, v.row.id, parent=self))

    def progress(self) -> None:
        v = self.current()
        if v is not None:
            self.open_dialog(ReadingDialog(self.ctx, v.row.id, parent=self))

    def delete(self) -> None:
        v = self.current()
        if v is not None and ask(self, "删除指标", f"删除指标“{v.row.name}”及其数据？"):
            iid, ctx = v.row.id, self.ctx
            undo.step(ctx, "删除指标", lambda: ctx.run(indicators.delete_indicator, iid),
                      lambda: ctx.run(indicators.restore_indicator, iid))
