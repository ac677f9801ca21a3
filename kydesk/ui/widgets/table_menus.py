"""Right-click menus on the desk's tables and lists, and a column chooser on their headers.

Every table gets 复制 (the selected rows as tab-separated text, which pastes into Excel and WPS as cells)
and 导出所选… (a CSV file Excel opens in Chinese); a task table adds 打开, 记录进展, 销号, 延期 through the
view's own actions. The header's menu shows and hides columns; the choice is remembered per table.
"""
from __future__ import annotations

import csv

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeWidget

from kydesk.ui.widgets.common import ask_save_path


def _settings() -> QSettings:
    return QSettings("kydesk", "kydesk")


def _header(view) -> QHeaderView:
    return view.header() if hasattr(view, "header") and callable(view.header) else view.horizontalHeader()


def _cell(view, row: int, col: int, parent=None) -> str:
    model = view.model()
    index = model.index(row, col) if parent is None else model.index(row, col, parent)
    value = model.data(index, Qt.DisplayRole)
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def selected_rows(view) -> list[list[str]]:
    """The selected rows' visible cells, in display order (the current row when nothing is selected)."""
    header = _header(view)
    cols = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
    if isinstance(view, QTreeWidget):
        items = view.selectedItems() or ([view.currentItem()] if view.currentItem() else [])
        return [[it.text(c) for c in cols] for it in items]
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()}) if view.selectionModel() else []
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return [[_cell(view, r, c) for c in cols] for r in rows]


def header_labels(view) -> list[str]:
    header = _header(view)
    model = view.model()
    out = []
    for v in range(header.count()):
        c = header.logicalIndex(v)
        if not header.isSectionHidden(c):
            out.append(str(model.headerData(c, Qt.Horizontal, Qt.DisplayRole) or ""))
    return out


def copy_rows(view) -> str:
    text = "\n".join("\t".join(r) for r in selected_rows(view))
    QGuiApplication.clipboard().setText(text)
    return text


def export_rows(view, path: str | None = None, name: str = "导出所选.csv") -> str | None:
    rows = selected_rows(view)
    if not rows:
        return None
    path = path or ask_save_path(view, "导出所选", name, "CSV 文件 (*.csv)")
    if not path:
        return None
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:     # the BOM: Excel reads it as UTF-8
        w = csv.writer(fh)
        w.writerow(header_labels(view))
        w.writerows(rows)
    return path


def install(view, key: str, actions=(), *, export_name: str = "导出所选.csv") -> None:
    """Right-click menu on `view`: the (label, slot) `actions` first, then 复制 and 导出所选…; and the
    column chooser on its header, remembered under `key`."""
    view.setContextMenuPolicy(Qt.CustomContextMenu)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)

    def menu_at(pos):
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)
        menu = build_menu(view, actions, export_name)
        menu.popup(view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(menu_at)
    install_column_chooser(view, key)


def build_menu(view, actions=(), export_name: str = "导出所选.csv") -> QMenu:
    menu = QMenu(view)
    menu.setAttribute(Qt.WA_DeleteOnClose)          # one menu per right-click, gone when closed
    for label, slot in actions:
        if label is None:
            menu.addSeparator()
            continue
        menu.addAction(label, slot)
    if actions:
        menu.addSeparator()
    menu.addAction("复制", lambda: copy_rows(view))
    menu.addAction("导出所选…", lambda: export_rows(view, name=export_name))
    return menu


def install_column_chooser(view, key: str) -> None:
    header = _header(view)
    header.setContextMenuPolicy(Qt.CustomContextMenu)
    hidden = _settings().value(f"columns/{key}")
    if isinstance(hidden, str):
        hidden = [hidden]
    for c in (int(h) for h in (hidden or []) if str(h).isdigit()):
        if 0 < c < header.count():          # the first column always stays
            header.setSectionHidden(c, True)

    def menu_at(pos):
        menu = column_menu(view, key)
        menu.popup(header.mapToGlobal(pos))

    header.customContextMenuRequested.connect(menu_at)


def column_menu(view, key: str) -> QMenu:
    header = _header(view)
    model = view.model()
    menu = QMenu(view)
    menu.setAttribute(Qt.WA_DeleteOnClose)
    menu.addSection("显示的列")
    for c in range(header.count()):
        label = str(model.headerData(c, Qt.Horizontal, Qt.DisplayRole) or "") or f"第{c + 1}列"
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(c))
        action.setEnabled(c > 0)
        action.toggled.connect(lambda on, c=c: set_column_shown(view, key, c, on))
    return menu


def set_column_shown(view, key: str, column: int, shown: bool) -> None:
    header = _header(view)
    header.setSectionHidden(column, not shown)
    hidden = [str(c) for c in range(header.count()) if header.isSectionHidden(c)]
    _settings().setValue(f"columns/{key}", hidden)
