"""The 问题清单 and 责任清单 tabs."""
from __future__ import annotations

from kydesk.domain.problems import STATUS_LABELS, ProblemStatus
from kydesk.services import practice_reports, problems
from kydesk.ui import undo
from kydesk.ui.practice.dialogs import NoteDialog, ProblemDialog
from kydesk.ui.practice.model import LIGHT_HEADER, Column
from kydesk.ui.practice.tab import PracticeTab
from kydesk.ui.widgets.common import ask, today


def _due(p) -> str:
    if p.due is None:
        return p.due_text or "—"
    shown = f"{p.due.year}-{p.due.month:02d}-{p.due.day:02d}"
    return shown if not p.due_text or p.due_text == shown else f"{shown}（{p.due_text}）"


class ProblemsTab(PracticeTab):
    kind = "problems"
    tables = frozenset({"problem", "problem_progress"})
    statuses = [("全部", None), ("未销号", "未销号")] + [(label, s.value) for s, label in STATUS_LABELS.items()]

    def setup(self) -> None:
        ui = self.ui
        ui.addButton.setText("列入问题…")
        ui.addButton.setToolTip("把督查、调研、上级反馈、群众反映或推进会发现的问题列入问题清单")
        ui.progressButton.setText("整改进展…")
        ui.closeButton.setText("销号…")
        ui.closeButton.setToolTip("专班核查整改到位后销号，记下核查情况")

    def columns(self) -> list:
        def of(fn):             # the rows are (problem, light) pairs
            return lambda pair: fn(pair[0])

        return [Column(LIGHT_HEADER, lambda pair: "", 34, center=True),
                Column("存在问题", of(lambda p: p.text), 240), Column("来源", of(lambda p: p.source), 64, center=True),
                Column("牵头单位", of(lambda p: p.lead_unit), 110),
                Column("配合单位", of(lambda p: "、".join(p.partner_units)), 120),
                Column("整改措施", of(lambda p: p.measures), 220), Column("整改时限", of(_due), 150),
                Column("状态", of(lambda p: p.status.label), 60, center=True),
                Column("最新进展", of(lambda p: p.latest_progress), 200)]

    def ident(self, obj) -> str:
        return obj[0].id

    def light_of(self, obj) -> str | None:
        return obj[1].value if obj[1] else None

    def load(self) -> list:
        found = problems.list_problems(self.ctx.db, unit=self.unit_filter(), status=self.ui.status.currentData(),
                                       light=self.ui.light.currentData(), today=today(self.ctx))
        return [(p, lit) for p, lit in found
                if self.matches((p.text, p.measures, p.source, p.lead_unit, p.latest_progress, p.leader, p.person))]

    def describe(self, obj) -> str:
        p = obj[0]
        data = problems.problem_detail(self.ctx.db, p.id, today(self.ctx))
        lines = [f"责任领导/责任人：{p.leader or '—'}/{p.person or '—'}"]
        if p.closed_date:
            lines.append(f"{p.closed_date.isoformat()} 销号：{p.closing_note or '—'}")
        for r in data["progress"][-3:]:
            lines.append(f"{r['date']} {r['unit']}：{r['text']}" + ("（已整改）" if r["fixed"] else ""))
        return "\n".join(lines)

    def _selected(self) -> None:
        super()._selected()
        obj = self.current()
        closed = obj is not None and obj[0].status == ProblemStatus.CLOSED
        self.ui.progressButton.setEnabled(obj is not None and not closed)
        self.ui.closeButton.setText("恢复整改" if closed else "销号…")

    def add(self) -> None:
        self.open_dialog(ProblemDialog(self.ctx, parent=self))

    def edit(self) -> None:
        obj = self.current()
        if obj is not None:
            self.open_dialog(ProblemDialog(self.ctx, obj[0].id, parent=self))

    def progress(self) -> None:
        obj = self.current()
        if obj is not None:
            self.open_dialog(NoteDialog(self.ctx, obj[0].id, parent=self))

    def close_item(self) -> None:
        obj = self.current()
        if obj is None:
            return
        if obj[0].status == ProblemStatus.CLOSED:
            self.ctx.run(problems.reopen_problem, obj[0].id)
            return
        self.open_dialog(NoteDialog(self.ctx, obj[0].id, closing=True, parent=self))

    def delete(self) -> None:
        obj = self.current()
        if obj is not None and ask(self, "删除问题", f"删除问题“{obj[0].text}”？"):
            pid, ctx = obj[0].id, self.ctx
            undo.step(ctx, "删除问题", lambda: ctx.run(problems.delete_problem, pid),
                      lambda: ctx.run(problems.restore_problem, pid))

    def options(self) -> dict:
        return {"unit": self.unit_filter(), "status": self.ui.status.currentData()}


class ResponsibilityTab(PracticeTab):
    """Per unit (or per 责任领导): what it leads and partners, its lights and problems; prints one page each."""

    kind = "responsibility"
    tables = frozenset({"task", "problem", "progress", "problem_progress"})
    statuses = [("按单位", "unit"), ("按责任领导", "leader")]

    def setup(self) -> None:
        ui = self.ui
        ui.statusLabel.setText("清单")
        for w in (ui.lightLabel, ui.light, ui.addButton, ui.progressButton, ui.closeButton, ui.deleteButton):
            w.hide()
        ui.editButton.setText("打印所选…")
        ui.editButton.setToolTip("只打印所选单位（或领导）的责任清单")

    def columns(self) -> list:
        return [Column("单位/责任领导", lambda r: r["who"], 180), Column("牵头任务", lambda r: str(r["leads"]), 80, center=True),
                Column("其中红灯", lambda r: str(r["red"]), 80, center=True),
                Column("其中黄灯", lambda r: str(r["yellow"]), 80, center=True),
                Column("配合任务", lambda r: str(r["partners"]), 80, center=True),
                Column("整改问题", lambda r: str(r["problems"]), 80, center=True)]

    def ident(self, obj) -> str:
        return obj["key"]

    def load(self) -> list:
        rows = practice_reports.responsibility_overview(self.ctx.db, by=self.ui.status.currentData() or "unit",
                                                        today=today(self.ctx))
        unit = self.unit_filter()
        return [r for r in rows if (not unit or unit in r["who"]) and self.matches((r["who"],))]

    def describe(self, obj) -> str:
        return (f"{obj['who']}：牵头任务{obj['leads']}项（红灯{obj['red']}、黄灯{obj['yellow']}），"
                f"配合任务{obj['partners']}项，整改问题{obj['problems']}个。双击或“打印所选…”打印其责任清单。")

    def edit(self) -> None:
        obj = self.current()
        if obj is not None:
            self._only = obj
            try:
                self.export()
            finally:
                self._only = None

    _only = None

    def options(self) -> dict:
        by = self.ui.status.currentData() or "unit"
        if self._only is not None:
            return {"leader": self._only["who"]} if by == "leader" else {"unit": self._only["key"]}
        if by == "leader":
            return {"leader": self.unit_filter() or ""} if self.unit_filter() else {}
        return {"unit": self.unit_filter()}

    def file_name(self) -> str:
        if self._only is not None:
            return f"{self._only['who']}责任清单"
        return "责任清单"
