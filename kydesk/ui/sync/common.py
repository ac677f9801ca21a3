"""What the 同步 panels share: short dates and file names for people."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget

LEVELS = {"city": "市级", "county": "县级"}
TONES = {"pending": QColor("#b06000"), "granted": QColor("#1e8e3e"), "refused": QColor("#b3261e")}


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
