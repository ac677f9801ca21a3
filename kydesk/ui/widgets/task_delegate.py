"""How the ledger table paints and edits: the light as a coloured dot, group header rows, and inline
editors for status (a list), percent (a spin box) and deadline (a date or a phrase)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QStyle, QStyledItemDelegate

from kydesk.domain.models import TaskStatus
from kydesk.ui.models.task_table import HEADER_ROLE, LIGHT_ROLE
from kydesk.ui.widgets.common import paint_dot

HEADER_BG = QColor("#e8eef7")


class TaskDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index):
        if index.column() != 0:                # only column 0 holds the light, and a header row's span
            super().paint(painter, option, index)
            return
        header = index.data(HEADER_ROLE)
        if header:
            painter.save()
            painter.fillRect(option.rect, HEADER_BG)
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#1a3a6b"))
            painter.drawText(option.rect.adjusted(10, 0, -6, 0), Qt.AlignVCenter | Qt.AlignLeft, header)
            painter.restore()
            return
        light = index.data(LIGHT_ROLE)
        if light is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style:
            option.text = ""
            style.drawControl(QStyle.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        d = min(14.0, option.rect.height() - 8.0)
        r = option.rect
        paint_dot(painter, QRectF(r.center().x() - d / 2, r.center().y() - d / 2, d, d), light or None)
        painter.restore()

    def createEditor(self, parent, option, index):
        field = index.model().field_at(index)
        if field == "status":
            box = QComboBox(parent)
            for status in TaskStatus:
                box.addItem(status.label, status.value)
            return box
        if field == "percent":
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSingleStep(5)
            spin.setSuffix("%")
            return spin
        if field == "due":
            edit = QLineEdit(parent)
            edit.setPlaceholderText("日期或“7月底前”“第三季度”")
            return edit
        return None

    def setEditorData(self, editor, index):
        value = index.data(Qt.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")
            editor.selectAll()

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.EditRole)
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value(), Qt.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.EditRole)
