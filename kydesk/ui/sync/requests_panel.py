"""延期申请: the city sees its counties' requests and grants or refuses them (one undoable step each); a county
sees its own requests and, after the next exchange, the city's answer."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kydesk.domain.errors import KydeskError
from kydesk.services import sync as svc
from kydesk.ui.forms.ui_sync_requests import Ui_SyncRequestsPanel
from kydesk.ui.sync.common import TONES, cap, due, when
from kydesk.ui.undo import task_edit
from kydesk.ui.widgets.common import fill_table

HEADERS = ["状态", "任务", "申请单位", "原时限", "申请延至 / 销号", "理由", "批复意见", "提出/收到时间"]
CITY_HINT = ("各县区提出的延期申请。选中一条，填写批复意见后点“同意延期”或“不同意”；同意后任务时限随即调整。"
             "批复随下次导出给该单位的同步包送达。")
COUNTY_HINT = ("本单位对上级任务提出的延期申请（在任务台账中对上级任务点“延期”即提出）。导出同步包发给市专班，"
               "市专班批复后，导入其发回的同步包即可在这里看到结果。")


def _asked(r: dict) -> str:
    """What a request asks: a new deadline, or (销号申请) that the task be closed as done on a day."""
    if r.get("kind") == "done":
        return f"申请销号（{r['new_due'] or '—'} 完成）"
    return due(r["new_due_text"], r["new_due"])


def _answer(db, _task_id, *, request_id: str, grant: bool, answer: str, confirm: bool = False):
    # task_edit passes the task id (for the undo snapshot); the service wants the request
    return svc.answer_extension(db, request_id, grant=grant, answer=answer, confirm=confirm)


class RequestsPanel(QWidget):
    counted = Signal(int)           # how many wait for our answer (the tab's title shows it)

    def __init__(self, ctx, say, parent=None):
        super().__init__(parent)
        self.ctx, self.say = ctx, say
        self.ui = ui = Ui_SyncRequestsPanel()
        ui.setupUi(self)
        self.items: list[dict] = []
        ui.pendingOnly.toggled.connect(lambda _: self.refresh())
        ui.table.currentCellChanged.connect(lambda row, *_: self.show_details(row))
        ui.grantButton.clicked.connect(lambda: self.answer(True))
        ui.refuseButton.clicked.connect(lambda: self.answer(False))
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        current = self.current()
        try:
            everything = svc.extension_requests(self.ctx.db)
        except KydeskError as e:
            self.say(str(e), error=True)
            return
        self.items = [r for r in everything if r["state"] == "pending"] if ui.pendingOnly.isChecked() else everything
        fill_table(ui.table, HEADERS, [
            [r["state_text"], r["task_title"] + ("（已删除）" if r["task_deleted"] else ""),
             r["unit"], due(r["old_due_text"], r["old_due"]), _asked(r),
             r["reason"], r["answer"], when(r["at"])] for r in self.items],
            stretch=5, tones=[(0, TONES[r["state"]]) if r["state"] in TONES else None for r in self.items])
        cap(ui.table, 1, 260)
        waiting = sum(1 for r in everything if r["can_answer"])
        answering = (self.ctx.db.meta("level") == "city") or any(r["ours_to_answer"] for r in everything)
        ui.hint.setText(CITY_HINT if answering else COUNTY_HINT)
        ui.answerBox.setVisible(answering)
        pending = sum(1 for r in everything if r["state"] == "pending")
        ui.counts.setText(f"共 {len(everything)} 条，待批复 {pending} 条" if everything else "")
        row = next((i for i, r in enumerate(self.items) if current and r["id"] == current["id"]), 0)
        if self.items:
            ui.table.selectRow(row)
        self.show_details(row if self.items else -1)
        self.counted.emit(waiting)

    def current(self) -> dict | None:
        row = self.ui.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select(self, request_id: str) -> bool:
        for i, r in enumerate(self.items):
            if r["id"] == request_id:
                self.ui.table.selectRow(i)
                return True
        return False

    def show_details(self, row: int) -> None:
        ui = self.ui
        r = self.items[row] if 0 <= row < len(self.items) else None
        if r is None:
            ui.details.setText("没有延期申请。" if not self.items else "")
        else:
            now = due(r["task_due_text"], r["task_due"])
            if r.get("kind") == "done":
                text = (f"{r['unit']}报告“{r['task_title']}”已于 {r['new_due'] or '—'} 完成，申请销号："
                        f"{r['reason'] or '（未填写）'}。请在任务的“资料”中查看佐证材料后确认。状态：{r['state_text']}")
            else:
                text = (f"{r['unit']}申请将“{r['task_title']}”的时限由 {due(r['old_due_text'], r['old_due'])} "
                        f"延至 {due(r['new_due_text'], r['new_due'])}。理由：{r['reason'] or '（未填写）'}。"
                        f"任务现在的时限：{now}。状态：{r['state_text']}")
            if r["answer"]:
                text += f"；批复意见：{r['answer']}"
            if r["mine"] and r["state"] == "pending":
                text += "。（市专班批复后，导入其发回的同步包即可看到结果）"
            for w in r.get("warnings") or []:
                text += f"。⚠ {w}"
            ui.details.setText(text + "。" if not text.endswith("。") else text)
        can = bool(r and r["can_answer"])
        ui.grantButton.setEnabled(can and not r["task_deleted"])
        ui.refuseButton.setEnabled(can)
        ui.answerText.setEnabled(can)

    def answer(self, grant: bool, request_id: str | None = None) -> bool:
        """Grant or refuse the selected request (or the one named) as one undoable step."""
        r = next((x for x in self.items if x["id"] == request_id), None) if request_id else self.current()
        if r is None:
            self.say("请先在列表中选择一条延期申请", error=True)
            return False
        what = "销号申请" if r.get("kind") == "done" else "延期申请"
        label = f"{'同意' if grant else '不同意'}{what}：{r['task_title']}"
        confirm = False
        if grant and r.get("warnings"):
            asked = QMessageBox.question(self, "确认同意延期", "\n\n".join(r["warnings"]) + "\n\n仍然同意吗？",
                                         QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if asked != QMessageBox.Yes:
                self.say("未批复：已取消。")
                return False
            confirm = True
        try:
            done = task_edit(self.ctx, label, _answer, r["task_id"], creates="extension_request",
                             request_id=r["id"], grant=grant, answer=self.ui.answerText.text(), confirm=confirm)
        except KydeskError as e:
            self.say(str(e), error=True)
            return False
        self.ui.answerText.clear()
        self.say(done.message)
        self.refresh()
        return True
