"""The 工作台's pictures, drawn with QPainter (no chart library in the bundle): lights by lead unit as stacked
bars (a click on a segment opens the ledger filtered to that unit and light), completion against 序时进度
month by month, and the next deadlines on a short timeline. Each takes a services.home_charts.HomeCharts."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kydesk.ui.widgets.common import LIGHT_COLORS, MUTED

DONE_COLOR = QColor("#9aa0a6")
SEGMENTS = [("red", "红灯"), ("yellow", "黄灯"), ("green", "绿灯"), ("done", "已完成")]


def _color(key: str) -> QColor:
    return LIGHT_COLORS.get(key, DONE_COLOR)


class _Chart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.data = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_data(self, data) -> None:
        self.data = data
        self.updateGeometry()
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)

    def _empty(self, p: QPainter, text: str) -> None:
        p.setPen(MUTED)
        p.drawText(self.rect(), Qt.AlignCenter, text)


class UnitLightsChart(_Chart):
    """One row per lead unit: red, yellow, green, done segments, longest units first."""

    bar_clicked = Signal(str, str)          # unit name, light key ("red", "yellow", "green", "done")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[tuple[QRectF, str, str, int]] = []
        self.setCursor(Qt.PointingHandCursor)

    def _rows(self):
        return [u for u in (self.data.units if self.data else []) if u.total]

    def sizeHint(self) -> QSize:
        row = QFontMetrics(self.font()).height() + 8
        return QSize(420, 28 + row * max(3, len(self._rows())))

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        rows = self._rows()
        self.hits = []
        if not rows:
            self._empty(p, "还没有任务")
            return
        fm = QFontMetrics(self.font())
        legend_h = fm.height() + 6
        self._legend(p, fm)
        # as many units as can be read: the most red and yellow first; the rest are named in a note
        fit = max(1, int((self.height() - legend_h - 4) // (fm.height() + 4)))
        left_out = 0
        if len(rows) > fit:
            rows = sorted(rows, key=lambda u: (-u.red, -u.yellow, -u.total))[:fit - 1]
            left_out = len(self._rows()) - len(rows)
        name_w = min(self.width() // 3, max(fm.horizontalAdvance(u.name) for u in rows) + 10)
        count_w = fm.horizontalAdvance("999") + 8
        left, right = name_w, self.width() - count_w
        biggest = max(u.total for u in rows)
        row_h = max(fm.height() + 4.0, min(fm.height() + 8.0, (self.height() - legend_h - 4) / (len(rows) + bool(left_out))))
        for i, u in enumerate(rows):
            y = legend_h + i * row_h
            name = fm.elidedText(u.name, Qt.ElideRight, name_w - 8)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y, name_w - 6, row_h), Qt.AlignRight | Qt.AlignVCenter, name)
            x = float(left)
            unit_w = (right - left) / biggest
            for key, _label in SEGMENTS:
                n = getattr(u, key)
                if not n:
                    continue
                rect = QRectF(x, y + row_h * 0.18, n * unit_w, row_h * 0.64)
                p.fillRect(rect, _color(key))
                self.hits.append((rect, u.name, key, n))
                x += n * unit_w
            p.setPen(MUTED)
            p.drawText(QRectF(x + 4, y, count_w + 40, row_h), Qt.AlignLeft | Qt.AlignVCenter, str(u.total))
        if left_out:
            p.setPen(MUTED)
            p.drawText(QRectF(left, legend_h + len(rows) * row_h, self.width() - left, row_h),
                       Qt.AlignLeft | Qt.AlignVCenter, f"另有 {left_out} 个单位没有红灯、黄灯或任务较少，见“各单位明细”")

    def _legend(self, p: QPainter, fm: QFontMetrics) -> None:
        x = 4.0
        for key, label in SEGMENTS:
            p.fillRect(QRectF(x, 4, 10, 10), _color(key))
            p.setPen(self.palette().text().color())
            p.drawText(QPointF(x + 14, 4 + fm.ascent() - 2), label)
            x += 22 + fm.horizontalAdvance(label)
        p.setPen(MUTED)
        p.drawText(QPointF(x + 8, 4 + fm.ascent() - 2), "点击色条在台账中查看")

    def hit(self, pos) -> tuple[str, str, int] | None:
        for rect, unit, key, n in self.hits:
            if rect.adjusted(0, -2, 0, 2).contains(QPointF(pos)):
                return unit, key, n
        return None

    def mouseMoveEvent(self, event):
        found = self.hit(event.position())
        if found:
            unit, key, n = found
            label = dict(SEGMENTS)[key]
            QToolTip.showText(event.globalPosition().toPoint(), f"{unit}：{label} {n} 项", self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event):
        found = self.hit(event.position())
        if found and event.button() == Qt.LeftButton:
            self.bar_clicked.emit(found[0], found[1])


class ProgressChart(_Chart):
    """The months of the year: the share of tasks done (solid) against the mean 序时进度 (dashed), with the
    month's red and yellow counts as small bars along the bottom."""

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        months = self.data.months if self.data else []
        if not months:
            self._empty(p, "本年度还没有数据")
            return
        fm = QFontMetrics(self.font())
        left, top = fm.horizontalAdvance("100%") + 8, fm.height() + 8
        bottom = self.height() - fm.height() - 6
        right = self.width() - 8
        plot = QRectF(left, top, right - left, bottom - top)
        p.setPen(QColor("#e0e0e0"))
        for pct in (0, 50, 100):
            y = plot.bottom() - plot.height() * pct / 100
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(MUTED)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 4, fm.height()), Qt.AlignRight | Qt.AlignVCenter, f"{pct}%")
            p.setPen(QColor("#e0e0e0"))
        step = plot.width() / 12
        most = max([m.red + m.yellow for m in months] + [1])
        for m in months:
            x = plot.left() + step * (m.month - 0.5)
            h_red = plot.height() * 0.25 * m.red / most
            h_yel = plot.height() * 0.25 * m.yellow / most
            p.fillRect(QRectF(x - step * 0.15, plot.bottom() - h_red, step * 0.3, h_red), LIGHT_COLORS["red"])
            p.fillRect(QRectF(x - step * 0.15, plot.bottom() - h_red - h_yel, step * 0.3, h_yel), LIGHT_COLORS["yellow"])
        for m in range(1, 13):
            x = plot.left() + step * (m - 0.5)
            p.setPen(MUTED)
            p.drawText(QRectF(x - step / 2, plot.bottom() + 2, step, fm.height()), Qt.AlignCenter,
                       f"{m}月" if step > fm.horizontalAdvance("12月") + 2 or m % 3 == 0 else "")
        for attr, color, style in (("schedule", QColor("#5f6368"), Qt.DashLine), ("done", QColor("#1a73e8"), Qt.SolidLine)):
            path = QPainterPath()
            for i, m in enumerate(months):
                pt = QPointF(plot.left() + step * (m.month - 0.5), plot.bottom() - plot.height() * getattr(m, attr))
                path.moveTo(pt) if i == 0 else path.lineTo(pt)
            p.setPen(QPen(color, 2, style))
            p.setBrush(Qt.NoBrush)
            p.drawPath(path)
        last = months[-1]
        p.setPen(self.palette().text().color())
        p.drawText(QPointF(left, fm.ascent() + 2),
                   f"已完成 {last.done:.0%}　序时进度 {last.schedule:.0%}（虚线）　柱：当月红灯、黄灯")

    def mouseMoveEvent(self, event):
        months = self.data.months if self.data else []
        if not months:
            return
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("100%") + 8
        step = (self.width() - 8 - left) / 12
        m = int((event.position().x() - left) // step) + 1 if step > 0 else 0
        found = next((x for x in months if x.month == m), None)
        if found:
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{m}月：已完成 {found.done:.0%}，序时进度 {found.schedule:.0%}，"
                              f"红灯 {found.red} 项，黄灯 {found.yellow} 项", self)


class DeadlineTimeline(_Chart):
    """The next deadlines from today: a dot per task on a line of days, its date and title beside it."""

    task_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[tuple[QRectF, str]] = []

    def sizeHint(self) -> QSize:
        row = QFontMetrics(self.font()).height() + 6
        n = len(self.data.deadlines) if self.data else 3
        return QSize(360, 16 + row * max(3, n))

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        items = self.data.deadlines if self.data else []
        self.hits = []
        if not items:
            self._empty(p, "近期没有到期的任务")
            return
        fm = QFontMetrics(self.font())
        today = self.data.today
        span = max(1, (items[-1].due - today).days)
        row_h = max(fm.height() + 2.0, min(fm.height() + 8.0, (self.height() - 8) / len(items)))
        axis_x0, axis_x1 = 8.0, max(60.0, self.width() * 0.28)
        p.setPen(QPen(MUTED, 1))
        p.drawLine(QPointF(axis_x0, 4), QPointF(axis_x0, 4 + row_h * len(items)))
        for i, d in enumerate(items):
            y = 4 + i * row_h + row_h / 2
            x = axis_x0 + (axis_x1 - axis_x0) * (d.due - today).days / span
            p.setPen(QPen(QColor("#dadce0"), 1))
            p.drawLine(QPointF(axis_x0, y), QPointF(x, y))
            p.setPen(Qt.NoPen)
            p.setBrush(LIGHT_COLORS.get(d.light or "", MUTED))
            p.drawEllipse(QPointF(x, y), 5, 5)
            days = (d.due - today).days
            when = "今天" if days == 0 else f"{d.due.month}月{d.due.day}日（{days}天后）"
            text = fm.elidedText(f"{when}　{d.title}", Qt.ElideRight, int(self.width() - axis_x1 - 16))
            p.setPen(self.palette().text().color())
            rect = QRectF(axis_x1 + 10, y - row_h / 2, self.width() - axis_x1 - 12, row_h)
            p.drawText(rect, Qt.AlignLeft | Qt.AlignVCenter, text)
            self.hits.append((QRectF(0, y - row_h / 2, self.width(), row_h), d.task_id))

    def mouseMoveEvent(self, event):
        for rect, task_id in self.hits:
            if rect.contains(event.position()):
                d = next(x for x in self.data.deadlines if x.task_id == task_id)
                QToolTip.showText(event.globalPosition().toPoint(), f"{d.title}\n{d.unit}，时限 {d.due:%Y年%m月%d日}", self)
                return

    def mouseReleaseEvent(self, event):
        for rect, task_id in self.hits:
            if rect.contains(event.position()) and event.button() == Qt.LeftButton:
                self.task_clicked.emit(task_id)
                return
