"""冲突与拒收: what lost to what (two installs of one unit changed one row), when and from which package, and the
rows refused from applied packages with the reason; the selected entry in full below."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kydesk.domain.errors import KydeskError
from kydesk.services import sync_review
from kydesk.ui.forms.ui_sync_conflicts import Ui_SyncConflictsPanel
from kydesk.ui.sync.common import cap, file_name, when
from kydesk.ui.widgets.common import fill_table

RESOLVED, OPEN = QColor("#1e8e3e"), QColor("#b3261e")


def _short(value, n: int = 24) -> str:
    text = "（空）" if value in (None, "") else str(value)
    return text if len(text) <= n else text[:n - 1] + "…"


def _sender(entry: dict) -> str:
    return f"{entry['from_name']}（{entry['from_unit']}）" if entry["from_unit"] else "—"


def _fields(fields: list[dict]) -> list[str]:
    return [f"  {f['label']}：{f['value']}" for f in fields] or ["  （无）"]


class ConflictsPanel(QWidget):
    counted = Signal(int)           # conflicts plus refused rows not resolved since (the tab's title)

    def __init__(self, ctx, say, parent=None):
        super().__init__(parent)
        self.ctx, self.say = ctx, say
        self.ui = ui = Ui_SyncConflictsPanel()
        ui.setupUi(self)
        self.conflicts: list[dict] = []
        self.refused: list[dict] = []
        ui.conflictsTable.currentCellChanged.connect(lambda row, *_: self.show_conflict(row))
        ui.quarantineTable.currentCellChanged.connect(lambda row, *_: self.show_refused(row))
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        try:
            found = sync_review.review(self.ctx.db)
        except KydeskError as e:
            self.say(str(e), error=True)
            return
        self.conflicts, self.refused = found["conflicts"], found["quarantined"]
        fill_table(ui.conflictsTable, ["时间", "类型", "记录", "落选的版本", "保留的版本", "不同之处（落选 → 现在）",
                                      "同步包"], [
            [when(c["at"]), c["table_name"], c["label"], f"{c['lost_site_name']} 第 {c['lost_rev']} 版",
             f"{c['winner_site_name']} 第 {c['winner_rev']} 版",
             "；".join(f"{d['label']}：{_short(d['lost_text'])} → {_short(d['kept_text'])}" for d in c["differences"])
             or "与现有版本相同", file_name(c["package_file"]) or c["package_id"][:8]]
            for c in self.conflicts], stretch=5)
        cap(ui.conflictsTable, 2, 220)
        fill_table(ui.quarantineTable, ["时间", "来自", "类型", "记录", "现状", "原因", "同步包"], [
            [when(q["at"]), _sender(q), q["table_name"], q["label"], "后来已补齐" if q["resolved"] else "未导入",
             q["reason"], file_name(q["package_file"]) or q["package_id"][:8]] for q in self.refused],
            stretch=5, tones=[(4, RESOLVED if q["resolved"] else OPEN) for q in self.refused])
        cap(ui.quarantineTable, 3, 220)
        # an empty list keeps just its heading's room, so the other one has the space
        ui.splitter.setSizes([260 if self.conflicts else 110, 260 if self.refused else 110, 160])
        ui.conflictsBox.setTitle(f"版本冲突（{len(self.conflicts)}）")
        ui.quarantineBox.setTitle(f"拒收的记录（{len(self.refused)}）")
        if self.conflicts:
            ui.conflictsTable.selectRow(0)
            self.show_conflict(0)
        elif self.refused:
            ui.quarantineTable.selectRow(0)
            self.show_refused(0)
        else:
            ui.details.setPlainText("没有版本冲突，也没有拒收的记录。")
        self.counted.emit(len(self.conflicts) + sum(1 for q in self.refused if not q["resolved"]))

    def show_conflict(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        c = self.conflicts[row]
        lines = [f"{c['table_name']}“{c['label']}”（编号 {c['row_id']}）",
                 f"时间：{when(c['at'])}　同步包：{file_name(c['package_file']) or c['package_id']}"
                 f"（来自 {_sender(c)}）",
                 f"落选：{c['lost_site_name']}的第 {c['lost_rev']} 版；保留：{c['winner_site_name']}的第 {c['winner_rev']} 版",
                 "不同之处（落选 → 现在）："]
        lines += [f"  {d['label']}：{d['lost_text']} → {d['kept_text']}" for d in c["differences"]] or ["  无"]
        lines += ["落选版本的内容："] + _fields(c["lost_fields"])
        self.ui.details.setPlainText("\n".join(lines))

    def show_refused(self, row: int) -> None:
        if not 0 <= row < len(self.refused):
            return
        q = self.refused[row]
        lines = [f"{q['table_name']}“{q['label']}”（编号 {q['row_id']}，负责单位 {q['owner'] or '未指定'}）",
                 f"时间：{when(q['at'])}　来自：{_sender(q)}　同步包：{file_name(q['package_file']) or q['package_id']}",
                 f"原因：{q['reason']}",
                 "现状：" + ("后来的同步包已带来这条记录，无需处理。" if q["resolved"] else "未导入。"),
                 "被拒收的内容："] + _fields(q["row_fields"])
        self.ui.details.setPlainText("\n".join(lines))

