"""The ledger table: a window over the services' ordered task ids, fetching rows a page at a time.

A filter or sort change asks services.ledger for the ordered ids (SQL does the filtering and sorting);
rows are loaded 100 at a time when they scroll into view and a few pages are kept, so 100,000 tasks cost
an array of rowids, never 100,000 Task objects. Group headers ("一、规划提升工作（12 项）") are extra rows
between the groups; the view spans them across all columns.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from kydesk.domain.models import TaskStatus
from kydesk.services import ledger
from kydesk.services.ledger import LedgerQuery, LedgerResult, TaskRow

# Roles and flags as plain ints: data() runs for every role of every painted cell, and comparing PySide
# enums costs a microsecond each (30 µs per call before, 3 µs now).
DISPLAY, EDIT, TOOLTIP = int(Qt.DisplayRole), int(Qt.EditRole), int(Qt.ToolTipRole)
FOREGROUND, FONT, ALIGN, ACCESSIBLE = (int(Qt.ForegroundRole), int(Qt.FontRole), int(Qt.TextAlignmentRole),
                                       int(Qt.AccessibleTextRole))
LIGHT_ROLE = int(Qt.UserRole) + 1      # "red"/"yellow"/"green"/"" (not lit) in the light column, else None
HEADER_ROLE = int(Qt.UserRole) + 2     # the group's label on a header row
ID_ROLE = int(Qt.UserRole) + 3         # the task id
HANDLED = {DISPLAY, EDIT, TOOLTIP, FOREGROUND, FONT, ALIGN, ACCESSIBLE, LIGHT_ROLE, HEADER_ROLE, ID_ROLE}
HEADER_FLAGS = Qt.ItemIsEnabled
ROW_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable
EDIT_FLAGS = ROW_FLAGS | Qt.ItemIsEditable
CENTERED = int(Qt.AlignCenter)

# key, header, width (pixels at the default font), the sort it asks for
COLUMNS = [
    ("light", "灯", 34, "light"), ("seq", "序号", 44, "section"), ("section", "板块", 150, "section"),
    ("title", "任务名称", 260, "title"), ("lead", "牵头单位", 120, "unit"), ("partners", "配合单位", 120, "unit"),
    ("leader", "责任领导", 72, "leader"), ("person", "责任人", 60, "person"), ("due", "时限", 118, "due"),
    ("status", "状态", 60, "status"), ("percent", "进度", 52, "percent"), ("latest", "最新进展", 200, None),
]
KEYS = [c[0] for c in COLUMNS]
EDITABLE = {"status", "percent", "due"}
PAGE = 100
KEEP_PAGES = 40
OVERDUE = QBrush(QColor("#b3261e"))
CLOSED = QBrush(QColor("#80868b"))
CENTER = {"light", "seq", "status", "percent"}
CLOSED_STATUSES = (TaskStatus.DONE, TaskStatus.CANCELLED)
_BOLD: list[QFont] = []           # made on first use: a QFont wants the application to exist


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


class TaskTableModel(QAbstractTableModel):
    edit_requested = Signal(str, str, object)     # task id, field (status/percent/due), value
    requeried = Signal()                          # after every query: the view re-spans group headers

    def __init__(self, db_fn, today_fn=date.today, parent=None):
        super().__init__(parent)
        self._db, self._today = db_fn, today_fn
        self.query = LedgerQuery()
        self.result: LedgerResult | None = None
        self._pages: OrderedDict[int, list[TaskRow]] = OrderedDict()
        self._header_rows: list[int] = []
        self._rows = 0

    # -- asking the services ------------------------------------------------------------------------------
    def set_query(self, query: LedgerQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """Run the query again (after a filter change or an edit); rows are fetched as they are shown."""
        self.beginResetModel()
        self.result = ledger.query_ledger(self._db(), self.query, self._today())
        self._pages.clear()
        self._header_rows = [g.start + i for i, g in enumerate(self.result.groups)]
        self._rows = self.result.shown + len(self._header_rows)
        self.endResetModel()
        self.requeried.emit()

    @property
    def count_text(self) -> str:
        return self.result.count_text if self.result else ""

    @property
    def header_rows(self) -> list[int]:
        return self._header_rows

    def _locate(self, row: int) -> tuple[int | None, int | None]:
        """(group index, None) for a header row, (None, index into result.ids) for a task row."""
        if not self._header_rows:
            return None, row
        g = bisect_right(self._header_rows, row) - 1
        if g >= 0 and self._header_rows[g] == row:
            return g, None
        return None, row - (g + 1)

    def task_row(self, row: int) -> TaskRow | None:
        if self.result is None or not 0 <= row < self._rows:
            return None
        _, i = self._locate(row)
        if i is None:
            return None
        page, offset = divmod(i, PAGE)
        rows = self._pages.get(page)
        if rows is None:
            ids = self.result.ids[page * PAGE:(page + 1) * PAGE]
            rows = ledger.load_rows(self._db(), ids, self.result.today)
            self._pages[page] = rows
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def row_of(self, task_id: str) -> int | None:
        """The view row of a task, if the current filter shows it."""
        rowid = ledger.rowid_of(self._db(), task_id)
        if rowid is None or self.result is None:
            return None
        try:
            i = self.result.ids.index(rowid)
        except ValueError:
            return None
        if not self.result.groups:
            return i
        g = bisect_right([grp.start for grp in self.result.groups], i) - 1
        return i + g + 1

    def field_at(self, index: QModelIndex) -> str:
        return KEYS[index.column()]

    # -- Qt ---------------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section][1]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and COLUMNS[section][0] in EDITABLE:
            return "双击或按 F2 可直接修改"
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        if self._header_rows and self._locate(index.row())[0] is not None:
            return HEADER_FLAGS
        return EDIT_FLAGS if KEYS[index.column()] in EDITABLE else ROW_FLAGS

    def data(self, index, role=DISPLAY):
        if role not in HANDLED or not index.isValid():
            return None
        if self._header_rows:
            group, _ = self._locate(index.row())
            if group is not None:
                if role in (HEADER_ROLE, DISPLAY) and index.column() == 0:
                    g = self.result.groups[group]
                    return f"{g.label}（{g.count} 项）"
                return None
        elif role == HEADER_ROLE:
            return None
        row = self.task_row(index.row())
        if row is None:
            return None
        key = KEYS[index.column()]
        if role == DISPLAY:
            return _display(row, key)
        if role == LIGHT_ROLE:
            return (row.light.value if row.light else "") if key == "light" else None
        if role == FOREGROUND:
            if row.task.status in CLOSED_STATUSES:
                return CLOSED
            return OVERDUE if key == "due" and row.days_text.startswith("逾期") else None
        if role == ALIGN:
            return CENTERED if key in CENTER else None
        if role == FONT:
            return _bold() if key == "title" and row.task.key else None
        if role == ID_ROLE:
            return row.task.id
        if role == EDIT:
            return {"status": row.task.status.value, "percent": row.task.percent,
                    "due": row.task.due_text}.get(key, _display(row, key))
        if role == TOOLTIP:
            return _tooltip(row, key)
        if role == ACCESSIBLE and key == "light":
            return {"red": "红灯", "yellow": "黄灯", "green": "绿灯"}.get(row.light.value if row.light else "", "不亮灯")
        return None

    def setData(self, index, value, role=EDIT):
        if role != EDIT or not index.isValid():
            return False
        row = self.task_row(index.row())
        key = KEYS[index.column()]
        if row is None or key not in EDITABLE:
            return False
        current = self.data(index, EDIT)
        if value == current or (key == "due" and str(value).strip() == (current or "").strip()):
            return False
        self.edit_requested.emit(row.task.id, key, value)
        return True

    def sort(self, column, order=Qt.AscendingOrder):
        sort = COLUMNS[column][3] or "section"
        desc = order == Qt.DescendingOrder
        if (sort, desc) != (self.query.sort, self.query.desc):
            self.query.sort, self.query.desc = sort, desc
            self.refresh()


def _display(row: TaskRow, key: str) -> str:
    t = row.task
    if key == "light":
        return ""
    if key == "seq":
        return str(t.seq or "")
    if key == "title":
        return ("★ " if t.key else "") + t.title
    if key == "lead":
        return t.lead_unit
    if key == "partners":
        return "、".join(p for p in t.partner_units if p)
    if key == "due":
        return row.due_display
    if key == "status":
        return t.status.label
    if key == "percent":
        return f"{t.percent}%"
    if key == "latest":
        return (t.latest_progress or "").replace("\n", " ")
    return getattr(t, key, "") or ""


def _tooltip(row: TaskRow, key: str) -> str | None:
    t = row.task
    if key == "light":
        if not row.light:
            return f"{t.status.label}，不亮灯"
        return f"{row.light.label}：{row.light_text}" if row.light_text else row.light.label
    if key == "due":
        extra = f"\n{row.days_text}" if row.days_text else ""
        return row.due_tooltip + extra
    if key == "title":
        return t.title + (f"\n目标任务：{t.target}" if t.target else "") + ("\n重点/标杆任务" if t.key else "")
    if key in ("latest", "partners", "section", "lead"):
        text = _display(row, key)
        return text or None
    return None
