"""What the 同步 panels share: filling a read-only table, short dates and file names for people."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

LEVELS = {"city": "市级", "county": "县级"}
TONES = {"pending": QColor("#b06000"), "granted": QColor("#1e8e3e"), "refused": QColor("#b3261e")}


def fill_table(table: QTableWidget, headers: list[str], rows: list[list], *, stretch: int = -1,
               tones: list | None = None) -> None:
    """Rows of plain values (ints right-aligned); `tones` colours one cell per row: (column, QColor) or None."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(r, c, item)
        if tones and tones[r]:
            col, color = tones[r]
            table.item(r, col).setForeground(color)
    table.verticalHeader().hide()
    table.resizeColumnsToContents()
    if stretch >= 0:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)


def when(at: str | None) -> str:
    return (at or "").replace("T", " ")[:16]


def due(text: str | None, iso: str | None) -> str:
    """A deadline as the clerk wrote it, with the date when the phrase is not the date itself."""
    if text and iso and text != iso:
        return f"{text}（{iso}）"
    return text or iso or "（无）"


def file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1] if path else ""


def cap(table: QTableWidget, column: int, width: int) -> None:
    """Long free text (a reason, a file path) would push the other columns out of sight."""
    if table.columnWidth(column) > width:
        table.setColumnWidth(column, width)
