"""Table models of the meeting editor. Each takes plain domain objects (tested without a window); an
editable model hands an edit to `on_edit(item, key, value) -> bool`, which calls a service."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from kydesk.domain.cn_text import cn_date, cn_number
from kydesk.domain.models import AttendanceRole, Meeting
from kydesk.services.meeting_summary import due_words
from kydesk.ui.meetings.common import light_icon

ID_ROLE = Qt.UserRole + 1
ROLE_COLOURS = {AttendanceRole.PRESENT: None, AttendanceRole.OBSERVER: "#1a5fb4", AttendanceRole.LEAVE: "#9a6700"}


class ItemsModel(QAbstractTableModel):
    """Rows of objects with an `id`; columns are (key, header) pairs; subclasses say what a cell shows."""

    columns: list[tuple[str, str]] = []
    editable: set[str] = set()

    def __init__(self, items=None, on_edit=None, parent=None):
        super().__init__(parent)
        self.items = list(items or [])
        self.on_edit = on_edit
        self.locked = False

    def set_items(self, items, locked: bool = False) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.locked = locked
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.columns[section][1]
        return None

    def key(self, column: int) -> str:
        return self.columns[column][0]

    def row_of(self, item_id) -> int:
        return next((i for i, it in enumerate(self.items) if it.id == item_id), -1)

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.isValid() and not self.locked and self.on_edit and self.key(index.column()) in self.editable:
            base |= Qt.ItemIsEditable
        return base

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == ID_ROLE:
            return item.id
        if role in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole):
            return self.text(item, self.key(index.column()), index.row(), role)
        return self.extra(item, self.key(index.column()), role)

    def text(self, item, key: str, row: int, role) -> str:
        return str(getattr(item, key, "") or "")

    def extra(self, item, key: str, role):
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid() or self.on_edit is None:
            return False
        item = self.items[index.row()]
        key = self.key(index.column())
        if str(value) == self.text(item, key, index.row(), Qt.EditRole):
            return False
        return bool(self.on_edit(item, key, value))


class MeetingListModel(ItemsModel):
    columns = [("date", "日期"), ("name", "会议"), ("state", "状态")]

    def text(self, m: Meeting, key, row, role):
        if key == "date":
            return m.date.isoformat() if role == Qt.ToolTipRole else cn_date(m.date)
        if key == "name":
            if role == Qt.ToolTipRole:
                return f"{m.kind}第{m.number}期：{m.title}"
            return m.title if f"第{m.number}期" in m.title else f"{m.title}（第{m.number}期）"
        return "已定稿" if m.state == "final" else "草稿"

    def extra(self, m, key, role):
        if role == Qt.ForegroundRole and key == "state" and m.state == "final":
            return QColor("#1e8e3e")
        return None


class AttendanceModel(ItemsModel):
    columns = [("ord", "序号"), ("name", "姓名"), ("unit", "单位"), ("title", "职务"), ("role", "身份"),
               ("reason", "请假事由")]
    editable = {"name", "unit", "title", "role", "reason"}

    def text(self, a, key, row, role):
        if key == "ord":
            return str(row + 1)
        if key == "role":
            return a.role.value
        return super().text(a, key, row, role)

    def extra(self, a, key, role):
        if role == Qt.ForegroundRole and key == "role" and ROLE_COLOURS.get(a.role):
            return QColor(ROLE_COLOURS[a.role])
        if role == Qt.TextAlignmentRole and key in ("ord", "role"):
            return int(Qt.AlignCenter)
        return None


class AgendaModel(ItemsModel):
    columns = [("ord", "序号"), ("title", "议题"), ("presenter", "汇报人")]
    editable = {"title", "presenter"}

    def text(self, a, key, row, role):
        return str(row + 1) if key == "ord" else super().text(a, key, row, role)

    def extra(self, a, key, role):
        if role == Qt.TextAlignmentRole and key == "ord":
            return int(Qt.AlignCenter)
        return None


class EntryModel(ItemsModel):
    """The speeches under one agenda item, in the order they were given."""

    columns = [("ord", "序号"), ("speaker", "发言人"), ("text", "发言内容")]

    def text(self, e, key, row, role):
        if key == "ord":
            return str(row + 1)
        if key == "speaker":
            return e.speaker or "（未填发言人）"
        return e.text

    def extra(self, e, key, role):
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter) if key == "ord" else int(Qt.AlignLeft | Qt.AlignTop)
        if role == Qt.ForegroundRole and key == "speaker" and not e.speaker:
            return QColor("#888")
        return None


class DecisionModel(ItemsModel):
    """Decided items numbered 一、二、…; `tasks` maps task id -> (Task, Light) for the task column."""

    columns = [("ord", "序号"), ("text", "议定事项"), ("lead_unit", "牵头单位"), ("partner_units", "配合单位"),
               ("due", "完成时限"), ("task", "台账任务")]

    def __init__(self, items=None, parent=None):
        super().__init__(items, None, parent)
        self.tasks: dict = {}

    def set_decisions(self, items, tasks: dict, locked: bool = False) -> None:
        self.tasks = dict(tasks)
        self.set_items(items, locked)

    def text(self, d, key, row, role):
        if key == "ord":
            return f"{cn_number(row + 1)}、"
        if key == "partner_units":
            return "、".join(p for p in d.partner_units if p)
        if key == "due":
            return due_words(d.due_text, d.due)
        if key == "task":
            return self.task_text(d)
        return super().text(d, key, row, role)

    def task_text(self, d) -> str:
        if not d.task_id:
            return "—"
        task, light = self.tasks.get(d.task_id, (None, None))
        if task is None:
            return "已在台账中删除"
        label = task.status.label
        text = f"{light.label}　{label}" if light else label
        return f"关联：{task.title}（{text}）" if getattr(d, "linked", False) else text

    def extra(self, d, key, role):
        if role == Qt.ToolTipRole and key == "text" and (getattr(d, "title", "") or getattr(d, "leader", "")):
            who = "；".join(x for x in (f"任务简称：{d.title}" if d.title else "",
                                       f"责任领导：{d.leader}" if d.leader else "",
                                       f"责任人：{d.person}" if d.person else "") if x)
            return f"{d.text}\n{who}"
        if role == Qt.DecorationRole and key == "task" and d.task_id:
            return light_icon(self.tasks.get(d.task_id, (None, None))[1])
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter) if key == "ord" else int(Qt.AlignLeft | Qt.AlignVCenter)
        return None


class FollowUpModel(ItemsModel):
    """The previous meeting's open decided items (kydesk.services.meeting_summary.FollowUpItem)."""

    columns = [("number", "原序号"), ("text", "议定事项"), ("lead", "牵头单位"), ("due", "完成时限"),
               ("light", "亮灯"), ("status", "进展")]

    def text(self, f, key, row, role):
        d = f.decision
        if key == "number":
            return f"{cn_number(f.number)}、"
        if key == "text":
            return d.text
        if key == "lead":
            return d.lead_unit
        if key == "due":
            return due_words(d.due_text, d.due)
        if key == "light":
            return f.light.label if f.light else "—"
        if key == "status":
            latest = f.task.latest_progress if f.task else ""
            return f.status_text + (f"：{latest}" if latest and role == Qt.ToolTipRole else "")
        return ""

    def data(self, index, role=Qt.DisplayRole):
        if role == ID_ROLE and index.isValid():
            return self.items[index.row()].decision.id
        return super().data(index, role)

    def extra(self, f, key, role):
        if role == Qt.DecorationRole and key == "light" and f.light:
            return light_icon(f.light)
        if role == Qt.TextAlignmentRole and key == "number":
            return int(Qt.AlignCenter)
        return None
