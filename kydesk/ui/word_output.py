"""另存为 Word beside 另存为 PDF, and 打开 a saved document with the PC's own program (WPS, Word, a PDF reader).

The services choose Word or PDF by the file's suffix, so the window only asks for a name with the right one.
Buttons are added beside the ones a form already has (the forms stay as Designer made them).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

PDF_FILTER = "PDF 文件 (*.pdf)"
WORD_FILTER = "Word 文档 (*.docx)"
OPENABLE = {".pdf", ".docx", ".xlsx"}


from kydesk.ui.widgets.common import documents_folder, last_folder, remember_folder  # noqa: E402, F401


def ask_save_path(parent: QWidget, title: str, suggested: Path, *, word: bool = False, pdf: bool = True) -> str | None:
    """A save dialog offering PDF and/or Word; the name gets the suffix of the type chosen."""
    filters = ([PDF_FILTER] if pdf else []) + ([WORD_FILTER] if word else [])
    suffix = ".docx" if word and not pdf else ".pdf"
    start = last_folder() / Path(suggested).with_suffix(suffix).name       # where the clerk last saved
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(start), ";;".join(filters),
                                               filters[0] if suffix == ".pdf" else WORD_FILTER)
    if not path:
        return None
    remember_folder(path)
    wanted = ".docx" if chosen == WORD_FILTER else ".pdf"
    if Path(path).suffix.lower() not in (".pdf", ".docx") or (len(filters) == 1 and Path(path).suffix.lower() != wanted):
        path += wanted
    return path


def open_document(path) -> bool:
    """Open the file with the program the PC uses for it (QDesktopServices: WPS or Word for .docx)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path))))


def add_beside(anchor: QPushButton, text: str, tooltip: str = "") -> QPushButton:
    """A new button right after `anchor` in its layout."""
    parent = anchor.parentWidget()
    button = QPushButton(text, parent)
    button.setToolTip(tooltip)
    # the anchor may sit in a nested layout of its parent: find the layout that holds it
    layout = _layout_holding(parent.layout(), anchor) if parent is not None else None
    index = layout.indexOf(anchor) if layout is not None else -1
    if layout is not None and index >= 0 and hasattr(layout, "insertWidget"):
        layout.insertWidget(index + 1, button)
    return button


def _layout_holding(layout, widget):
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        found = _layout_holding(layout.itemAt(i).layout(), widget)
        if found is not None:
            return found
    return None
