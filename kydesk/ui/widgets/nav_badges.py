"""The navigation's icons and what they count: 台账 the red tasks (a red badge), 会议 the next meeting's date,
同步 the units not heard from for weeks. Refreshed when something they count changes."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QStyle

from kydesk.domain.errors import KydeskError
from kydesk.services import ledger
from kydesk.services import sync as sync_svc
from kydesk.ui.widgets.common import today

ICON = 20


def badge_icon(base: QIcon, count: int, color: str = "#d93025", size: int = ICON) -> QIcon:
    """`base` with a round count in its top right corner (none when 0)."""
    ratio = 2.0                     # drawn at twice the size: sharp at 150 % and 200 %
    pm = QPixmap(round(size * ratio * 1.6), round(size * ratio))
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    base.paint(p, 0, 0, round(size * ratio), round(size * ratio))
    if count:
        text = str(count) if count < 100 else "99+"
        d = size * ratio * 0.8
        rect = QRectF(pm.width() - d * (1.0 + 0.25 * (len(text) - 1)), 0, d * (1.0 + 0.25 * (len(text) - 1)), d)
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(color))
        p.drawRoundedRect(rect, d / 2, d / 2)
        font = QFont()
        font.setPixelSize(round(d * 0.7))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(rect, Qt.AlignCenter, text)
    p.end()
    pm.setDevicePixelRatio(ratio)
    return QIcon(pm)


class NavBadges:
    WATCH = {"task", "progress", "meeting", "decision", "meta", "sync", "unit", "extension_request"}

    def __init__(self, window):
        self.window = window
        self.nav = window.ui.nav
        self.nav.setIconSize(QSize(round(ICON * 1.6), ICON))
        from kydesk.ui.main_window import ICONS, VIEWS

        self.rows = {key: (row, title, ICONS.get(key, "SP_FileIcon")) for row, (key, title) in enumerate(VIEWS)}
        self.red = 0
        self.next_meeting = ""
        self.quiet = 0
        self.waiting = 0                # 延期申请 waiting for this office's answer
        self.refresh()

    def _base(self, icon: str) -> QIcon:
        style = self.nav.style()
        return style.standardIcon(getattr(QStyle.StandardPixmap, icon, QStyle.StandardPixmap.SP_FileIcon))

    def on_changed(self, changed) -> None:
        if changed.tables & self.WATCH:
            self.refresh()

    def refresh(self) -> None:
        ctx = self.window.ctx
        d = today(ctx)
        try:
            s = ledger.home_summary(ctx.db, d, limit=0)
            self.red = s.red
            m = s.next_meeting
            self.next_meeting = f"{int(m['date'][5:7])}月{int(m['date'][8:10])}日" if m and m.get("date") else ""
            self.quiet = sum(1 for p in sync_svc.peers(ctx.db, today=d) if p["quiet"])
            self.waiting = sum(1 for r in sync_svc.extension_requests(ctx.db) if r["can_answer"])
        except KydeskError:
            pass
        for key, (row, title, icon) in self.rows.items():
            item = self.nav.item(row)
            if item is None:
                continue
            text, tip, count, color = title, title, 0, "#d93025"
            if key == "ledger":
                count, tip = self.red, f"任务台账：红灯 {self.red} 项"
            elif key == "meetings" and self.next_meeting:
                text, tip = f"{title}\n下次 {self.next_meeting}", f"下次会议：{self.next_meeting}"
            elif key == "sync" and (self.quiet or self.waiting):
                count, color = self.waiting + self.quiet, "#f2a600"
                lines = ([f"{self.waiting} 条延期申请待批复"] if self.waiting else []) + \
                        ([f"{self.quiet} 个单位久未收到"] if self.quiet else [])
                text, tip = f"{title}\n{lines[0]}", "；".join(lines)
            item.setText(text)
            item.setToolTip(tip)
            item.setIcon(badge_icon(self._base(icon), count, color))

