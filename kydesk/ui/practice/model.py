"""One table model for the 三单制 and 指标 lists: plain domain objects in, columns given as (header, function
of the object -> text); a column named "灯" paints the object's light as a coloured dot.  Tested without a
window (tests/ui/practice/test_practice_model.py)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from kydesk.ui.widgets.common import LIGHT_COLORS, LIGHT_NAMES

ID_ROLE = int(Qt.UserRole) + 3
LIGHT_ROLE = int(Qt.UserRole) + 1
LIGHT_HEADER = "灯"


class Column:
    def __init__(self, header: str, text: Callable[[Any], str], width: int = 100, *, center: bool = False):
        self.header, self.text, self.width, self.center = header, text, width, center


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], *, ident: Callable[[Any], str],
                 light: Callable[[Any], str | None] | None = None, parent=None):
        super().__init__(parent)
        self.columns, self.ident, self.light = columns, ident, light
        self.items: list = []

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.columns[section].header
        return None

    def item(self, row: int):
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, ident: str | None) -> int:
        for i, obj in enumerate(self.items):
            if self.ident(obj) == ident:
                return i
        return -1

    def text(self, row: int, column: int) -> str:
        col = self.columns[column]
        if col.header == LIGHT_HEADER and self.light is not None:
            return LIGHT_NAMES.get(self.light(self.items[row]) or "", "")
        return col.text(self.items[row]) or ""

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        obj, col = self.items[index.row()], self.columns[index.column()]
        role = int(role)
        is_light = col.header == LIGHT_HEADER and self.light is not None
        if role == int(Qt.DisplayRole):
            return "●" if is_light and self.light(obj) else ("" if is_light else col.text(obj))
        if role in (int(Qt.ToolTipRole), int(Qt.AccessibleTextRole)):
            return self.text(index.row(), index.column())
        if role == int(Qt.ForegroundRole) and is_light:
            return LIGHT_COLORS.get(self.light(obj) or "")
        if role == int(Qt.TextAlignmentRole) and (col.center or is_light):
            return int(Qt.AlignCenter)
        if role == ID_ROLE:
            return self.ident(obj)
        if role == LIGHT_ROLE and self.light is not None:
            return self.light(obj) or ""
        return None
