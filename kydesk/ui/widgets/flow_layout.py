"""A layout that wraps its widgets onto the next line when the window is narrow (Qt's flow layout example):
a row of buttons keeps the window's minimum width down to its widest button (1366×768 at 150 %)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item):
        self._items.append(item)

    def addStretch(self) -> None:
        """A break that pushes what follows to the right end of the line (like QHBoxLayout's stretch)."""
        from PySide6.QtWidgets import QSpacerItem

        self.addItem(QSpacerItem(0, 0, QSizePolicy.Expanding, QSizePolicy.Minimum))

    def count(self):
        return len(self._items)

    def itemAt(self, index):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientations(0)

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return self._arrange(QRect(0, 0, width, 0), dry=True)

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._arrange(rect, dry=False)

    def sizeHint(self):
        w = sum(i.sizeHint().width() + self.spacing() for i in self._visible())
        h = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(w, h)

    def minimumSize(self):
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self):
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _arrange(self, rect: QRect, dry: bool) -> int:
        """Lay the items out line by line; a spacer (stretch) sends the rest of its line to the right."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines, line, width = [], [], 0
        for item in self._visible():
            if item.spacerItem() is not None:
                line.append(item)
                continue
            w = item.sizeHint().width()
            if line and width + w > area.width():
                lines.append(line)
                line, width = [], 0
            line.append(item)
            width += w + self.spacing()
        if line:
            lines.append(line)
        y = area.y()
        for line in lines:
            widgets = [i for i in line if i.spacerItem() is None]
            height = max((i.sizeHint().height() for i in widgets), default=0)
            used = sum(i.sizeHint().width() for i in widgets) + self.spacing() * max(0, len(widgets) - 1)
            stretch = max(0, area.width() - used)
            spacers = sum(1 for i in line if i.spacerItem() is not None and line.index(i) < len(line) - 1)
            x = area.x()
            for item in line:
                if item.spacerItem() is not None:
                    x += stretch // spacers if spacers and line.index(item) < len(line) - 1 else 0
                    continue
                if not dry:
                    item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))
                x += item.sizeHint().width() + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - area.y() + m.top() + m.bottom() if lines else 0


def flow_from(box_layout, parent_layout, index: int | None = None) -> FlowLayout:
    """Move the widgets (and stretches) of a QHBoxLayout into a FlowLayout that takes its place."""
    holder = QWidget()
    flow = FlowLayout(holder)
    while box_layout.count():
        item = box_layout.takeAt(0)
        if item.widget() is not None:
            flow.addWidget(item.widget())
        elif item.spacerItem() is not None:
            flow.addStretch()
    if index is None:
        index = parent_layout.indexOf(box_layout)
    parent_layout.removeItem(box_layout)
    parent_layout.insertWidget(index, holder)
    holder.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
    return flow
