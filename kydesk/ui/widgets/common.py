"""Helpers every desk widget uses: today's date, dates between Qt and Python, field errors in place, lights."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from kydesk.domain import clock
from kydesk.domain.errors import KydeskError

LIGHT_COLORS = {"red": QColor("#d93025"), "yellow": QColor("#f2a600"), "green": QColor("#1e8e3e")}
LIGHT_NAMES = {"red": "红灯", "yellow": "黄灯", "green": "绿灯"}
MUTED = QColor("#80868b")
ERROR_STYLE = "color: #b3261e;"
NO_DATE = QDate(2000, 1, 1)          # the minimum of a date filter, shown as "不限"


def today(ctx) -> date:
    """The desk's today: tests pin it on the context; otherwise the program's one clock."""
    return getattr(ctx, "today", None) or clock.today()


def qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else NO_DATE


def pydate(q: QDate) -> date | None:
    if not q.isValid() or q == NO_DATE:
        return None
    return date(q.year(), q.month(), q.day())


class FieldErrors:
    """Error labels beside fields: errors.show("due", "…") puts the message under the due field."""

    def __init__(self, labels: dict[str, QLabel], fallback: QLabel):
        self.labels, self.fallback = labels, fallback
        self.clear()

    def label(self, field: str | None) -> QLabel:
        return self.labels.get(field or "", self.fallback)

    def show(self, field: str | None, message: str) -> None:
        label = self.label(field)
        label.setText(message)
        label.setVisible(True)

    def show_error(self, e: KydeskError, default_field: str | None = None) -> None:
        self.show(getattr(e, "field", None) or default_field, str(e))

    def clear(self, field: str | None = None) -> None:
        targets = [self.label(field)] if field else [*self.labels.values(), self.fallback]
        for label in targets:
            label.clear()
            label.setVisible(False)

    def has(self, field: str) -> bool:
        return bool(self.label(field).text())


_DOTS: dict[tuple[str, int], QPixmap] = {}


def light_dot(light: str | None, size: int = 12) -> QPixmap:
    """A round light for lists (cached): filled for red/yellow/green, an empty ring when not lit."""
    key = (light or "", size)
    if key not in _DOTS:
        pm = QPixmap(size, size)
        pm.fill(Qt.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.Antialiasing)
        paint_dot(p, QRectF(1, 1, size - 2, size - 2), light)
        p.end()
        _DOTS[key] = pm
    return _DOTS[key]


def paint_dot(p: QPainter, rect: QRectF, light: str | None) -> None:
    if light in LIGHT_COLORS:
        color = LIGHT_COLORS[light]
        p.setPen(color.darker(130))
        p.setBrush(color)
    else:
        p.setPen(MUTED)
        p.setBrush(Qt.NoBrush)
    p.drawEllipse(rect)


def ask(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.No, parent)
    box.button(QMessageBox.Yes).setText("确定")
    box.button(QMessageBox.No).setText("取消")
    box.setDefaultButton(QMessageBox.No)
    return box.exec() == QMessageBox.Yes


def fit_columns(tree, stretch: int) -> None:
    """A list's text column takes the room left; dates, units and numbers fit their contents (never clip)."""
    header = tree.header()
    header.setStretchLastSection(False)
    for i in range(tree.columnCount()):
        header.setSectionResizeMode(i, QHeaderView.Stretch if i == stretch else QHeaderView.ResizeToContents)


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


def documents_folder() -> Path:
    """Where save and open dialogs start: the clerk's 文档 folder, or home when the system names none."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or Path.home())


def _file_settings():
    from PySide6.QtCore import QSettings

    return QSettings("kydesk", "kydesk")


def last_folder() -> Path:
    """Where the clerk last saved or opened a file (remembered between sessions), else 文档."""
    folder = _file_settings().value("files/last_folder")
    return Path(folder) if folder and Path(folder).is_dir() else documents_folder()


def remember_folder(path) -> None:
    if path:
        p = Path(path)
        _file_settings().setValue("files/last_folder", str(p if p.is_dir() else p.parent))


def default_name(ctx, what: str, ext: str, on: date | None = None) -> str:
    """"洛南县康养专班-2024年作战图（A3）.pdf": the unit first, then what it is; `on` adds the date."""
    from kydesk.services.settings import org_name

    unit = org_name(ctx.db)
    stamp = f"-{on.year}年{on.month}月{on.day}日" if on else ""
    return f"{unit}-{what}{stamp}.{ext}"


def ask_save_path(parent: QWidget, title: str, name: str, filters: str) -> str | None:
    """A save dialog opening in the last folder with `name` proposed; the chosen folder is remembered."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder() / name), filters)
    remember_folder(path)
    return path or None


def ask_open_path(parent: QWidget, title: str, filters: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder()), filters)
    remember_folder(path)
    return path or None
