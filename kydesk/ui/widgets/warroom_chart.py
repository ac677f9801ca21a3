"""The 作战图 canvas: paints the shared chart model (kydesk.printing.chart via services) with QPainter.

A QAbstractScrollArea whose viewport repaints only the rows in view. The task columns stay put when
scrolling sideways and the month header stays put when scrolling down, as on the printed sheet. A click
selects a task (Ctrl+click adds to the selection); a click on a bar, or a double click, opens it.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip

ALIGN = {"left": Qt.AlignLeft | Qt.AlignVCenter, "center": Qt.AlignHCenter | Qt.AlignVCenter,
         "right": Qt.AlignRight | Qt.AlignVCenter}


class WarroomChart(QAbstractScrollArea):
    selection_changed = Signal(list)       # task ids
    task_activated = Signal(str)           # task id: a click on its bar, or a double click on its row

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = None
        self.colours: dict[str, QColor] = {}
        self.selected: list[str] = []
        self.paint_ms: list[float] = []    # time of each paint, for the benchmark
        self._elided: dict[tuple, str] = {}
        base = self.font()
        self.fonts = {"cell": QFont(base), "title": QFont(base), "head": QFont(base), "band": QFont(base),
                      "group": QFont(base), "stats": QFont(base)}
        for key in ("head", "band", "group"):
            self.fonts[key].setBold(True)
        self.metrics = {k: QFontMetricsF(f) for k, f in self.fonts.items()}
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.horizontalScrollBar().setSingleStep(20)
        self.verticalScrollBar().setSingleStep(20)

    # -- model -------------------------------------------------------------------------------------
    def set_chart(self, layout, palette: dict[str, str]) -> None:
        self.layout_ = layout
        self.colours = {k: QColor(v) for k, v in palette.items()}
        known = {r.task.task.id for r in layout.rows if r.task is not None}
        self.selected = [t for t in self.selected if t in known]
        self._elided.clear()
        self._update_scrollbars()
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        lay = self.layout_
        vw, vh = self.viewport().width(), self.viewport().height()
        if lay is None:
            self.horizontalScrollBar().setRange(0, 0)
            self.verticalScrollBar().setRange(0, 0)
            return
        self.horizontalScrollBar().setRange(0, max(0, int(lay.time_w - (vw - lay.table_w)) + 2))
        self.horizontalScrollBar().setPageStep(max(1, int(vw - lay.table_w)))
        self.verticalScrollBar().setRange(0, max(0, int(lay.height - (vh - lay.header_h)) + 2))
        self.verticalScrollBar().setPageStep(max(1, int(vh - lay.header_h)))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._update_scrollbars()

    def scroll_to_today(self) -> None:
        lay = self.layout_
        tx = lay.today_x() if lay else None
        if tx is not None:
            view = self.viewport().width() - lay.table_w
            self.horizontalScrollBar().setValue(int(tx - lay.table_w - view / 2))

    def scroll_to_task(self, task_id: str) -> None:
        i = self.layout_.row_of_task(task_id) if self.layout_ else None
        if i is not None:
            self.verticalScrollBar().setValue(int(self.layout_.tops[i] - self.layout_.m.row_h * 2))

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event):
        started = time.perf_counter()
        p = QPainter(self.viewport())
        p.fillRect(self.viewport().rect(), Qt.white)
        lay = self.layout_
        if lay is None:
            p.end()
            return
        vw, vh = self.viewport().width(), self.viewport().height()
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        tw, hh = lay.table_w, lay.header_h
        y0, y1 = sy, sy + vh - hh
        rows = lay.rows_between(y0, y1)
        body = []
        for i in rows:
            body += lay.row_items(i)
        grid = lay.grid_items(y0, min(y1, lay.height))
        x_lo, x_hi = tw + sx, tw + sx + vw - tw
        # time area of the body: scrolls both ways
        p.save()
        p.setClipRect(QRectF(tw, hh, vw - tw, vh - hh))
        p.translate(-sx, hh - sy)
        self._selection(p, rows, tw + sx, vw - tw)
        self._paint(p, [it for it in grid if it.x > tw], x_lo, x_hi)
        self._paint(p, [it for it in body if it.x + it.w >= x_lo and it.x <= x_hi and it.x + it.w > tw], x_lo, x_hi)
        today = lay.today_item(y0, min(y1, lay.height))
        if today is not None:
            self._paint(p, [today], x_lo, x_hi)
        p.restore()
        # task columns of the body: scroll up and down only
        p.save()
        p.setClipRect(QRectF(0, hh, tw, vh - hh))
        p.translate(0, hh - sy)
        self._selection(p, rows, 0, tw)
        self._paint(p, [it for it in grid if it.x <= tw], 0, tw)
        self._paint(p, [it for it in body if it.x < tw], 0, tw)
        p.restore()
        # header: the time part scrolls sideways, the column titles stay
        head = lay.header_items()
        p.save()
        p.setClipRect(QRectF(tw, 0, vw - tw, hh))
        p.translate(-sx, 0)
        self._paint(p, [it for it in head if it.x + it.w >= x_lo and it.x <= x_hi], x_lo, x_hi)
        if today is not None:
            self._today_marker(p, today.x, hh)
        p.restore()
        p.save()
        p.setClipRect(QRectF(0, 0, tw, hh))
        self._paint(p, [it for it in head if it.x < tw], 0, tw)
        p.restore()
        if not lay.rows:
            p.setPen(self.colours.get("muted", QColor("#607D8B")))
            p.setFont(self.fonts["group"])
            p.drawText(QRectF(0, hh, vw, 80), Qt.AlignCenter, f"{lay.data.year}年度没有符合条件的任务")
        p.end()
        self.paint_ms.append((time.perf_counter() - started) * 1000)
        del self.paint_ms[:-200]

    def _selection(self, p: QPainter, rows, x: float, w: float) -> None:
        if not self.selected:
            return
        lay = self.layout_
        colour = self.colours.get("selected", QColor("#FFF59D"))
        for i in rows:
            row = lay.rows[i]
            if row.task is not None and row.task.task.id in self.selected:
                p.fillRect(QRectF(x, lay.tops[i], w, lay.m.row_h), colour)

    def _paint(self, p: QPainter, items, lo: float, hi: float) -> None:
        colours = self.colours
        for it in items:
            kind = it.kind
            colour = colours.get(it.colour) or QColor("#000000")
            if kind in ("fill", "bar"):
                if kind == "fill" and it.colour == "group_bg":
                    p.fillRect(QRectF(max(it.x, lo), it.y, min(it.x + it.w, hi) - max(it.x, lo), it.h), colour)
                else:
                    p.fillRect(QRectF(it.x, it.y, it.w, it.h), colour)
            elif kind == "line":
                p.setPen(QPen(colour, 1.0 if it.colour == "rule" else 0))
                if it.w == 0:
                    p.drawLine(QPointF(it.x + 0.5, it.y), QPointF(it.x + 0.5, it.y + it.h))
                else:
                    x0, x1 = max(it.x, lo), min(it.x + it.w, hi)
                    p.drawLine(QPointF(x0, it.y + 0.5), QPointF(x1, it.y + 0.5))
            elif kind == "text":
                if not it.text:
                    continue
                font = self.fonts.get(it.role, self.fonts["cell"])
                p.setFont(font)
                p.setPen(colour)
                key = (it.text, it.role, int(it.w))
                text = self._elided.get(key)
                if text is None:
                    text = self._elided[key] = self.metrics[it.role if it.role in self.metrics else "cell"].elidedText(
                        it.text, Qt.ElideRight, it.w)
                p.drawText(QRectF(it.x, it.y, it.w, it.h), ALIGN.get(it.align, ALIGN["left"]), text)
            elif kind in ("diamond", "diamond_open"):
                cx, cy = it.x + it.w / 2, it.y + it.h / 2
                poly = QPolygonF([QPointF(cx, it.y), QPointF(it.x + it.w, cy), QPointF(cx, it.y + it.h),
                                  QPointF(it.x, cy)])
                p.setPen(QPen(colour, 1))
                p.setBrush(QBrush(colour if kind == "diamond" else Qt.white))
                p.drawPolygon(poly)
                p.setBrush(Qt.NoBrush)
            elif kind in ("arrow_left", "arrow_right"):
                cy = it.y + it.h / 2
                tip, base = (it.x, it.x + it.w) if kind == "arrow_left" else (it.x + it.w, it.x)
                p.setPen(Qt.NoPen)
                p.setBrush(QBrush(colour))
                p.drawPolygon(QPolygonF([QPointF(tip, cy), QPointF(base, it.y), QPointF(base, it.y + it.h)]))
                p.setBrush(Qt.NoBrush)
            elif kind == "today":
                p.setPen(QPen(colour, 1.5))
                p.drawLine(QPointF(it.x, it.y), QPointF(it.x, it.y + it.h))

    def _today_marker(self, p: QPainter, x: float, y: float) -> None:
        s = 6
        p.setPen(Qt.NoPen)
        p.setBrush(QBrush(self.colours.get("today", QColor("#D50000"))))
        p.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x - s, y - s), QPointF(x + s, y - s)]))
        p.setBrush(Qt.NoBrush)

    # -- mouse -----------------------------------------------------------------------------------------
    def chart_point(self, pos) -> tuple[float, float]:
        """Viewport position -> (chart x, body y)."""
        lay = self.layout_
        x = pos.x() if pos.x() < lay.table_w else pos.x() + self.horizontalScrollBar().value()
        return x, pos.y() - lay.header_h + self.verticalScrollBar().value()

    def hit(self, pos):
        if self.layout_ is None or pos.y() < self.layout_.header_h:
            return None, False
        return self.layout_.hit(*self.chart_point(pos))

    def mousePressEvent(self, event):
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        row, on_bar = self.hit(event.position())
        if row is None or row.task is None:
            return
        tid = row.task.task.id
        if event.modifiers() & (Qt.ControlModifier | Qt.ShiftModifier):
            self.selected = [t for t in self.selected if t != tid] if tid in self.selected else self.selected + [tid]
        else:
            self.selected = [tid]
        self.viewport().update()
        self.selection_changed.emit(list(self.selected))
        if on_bar:
            self.task_activated.emit(tid)

    def mouseDoubleClickEvent(self, event):
        row, _ = self.hit(event.position())
        if row is not None and row.task is not None:
            self.task_activated.emit(row.task.task.id)

    def viewportEvent(self, event):
        if event.type() == event.Type.ToolTip and self.layout_ is not None:
            row, _ = self.hit(event.position() if hasattr(event, "position") else event.pos())
            if row is not None and row.task is not None:
                ct = row.task
                t = ct.task
                lines = [t.title, f"牵头单位：{t.lead_unit or '—'}"]
                if t.partner_units:
                    lines.append("配合单位：" + "、".join(t.partner_units))
                due = t.due_text or (t.due.isoformat() if t.due else "未定")
                lines.append(f"时限：{due}　进度：{t.percent}%　{t.status.label}")
                if ct.light is not None:
                    lines.append(f"{ct.light.label}：{ct.explain}")
                if t.latest_progress:
                    lines.append(f"最新进展：{t.latest_progress}")
                QToolTip.showText(event.globalPos(), "\n".join(lines), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event):
        if event.modifiers() & Qt.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            return
        super().wheelEvent(event)

    def scrollContentsBy(self, dx, dy):
        self.viewport().update()
