"""The 作战图 as a drawing model shared by the screen and the PDF: pure Python, no reportlab, no Qt.

`ChartData` holds what is shown (tasks grouped by lead unit, with their lights); `ChartLayout` turns it into
positioned items — cells, bars, ◆, arrows, grid lines, the today line — in the units of whoever paints them
(points for the PDF, pixels for the window), given a `Metrics` and a `TimeScale` (months or weeks).

Painters only map item kinds to their own primitives; text is fitted into its box by the painter, which
knows its fonts. Every task gets exactly one "bar" item: a task whose time lies outside the year (or has no
deadline) gets a bar clipped at the edge plus an arrow pointing where it continues, never nothing.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, timedelta

from kydesk.domain.lights import begin_of
from kydesk.domain.models import Light, Task, TaskStatus

# Colour keys of the items; painters map them to real colours (reports/warroom.json "colours").
DEFAULT_PALETTE = {
    "red": "#E53935", "yellow": "#F9A825", "green": "#43A047", "done": "#90A4AE", "cancelled": "#CFD8DC",
    "deadline": "#263238", "milestone": "#5C6BC0", "original": "#263238", "today": "#D50000",
    "grid": "#CFD8DC", "grid_major": "#90A4AE", "rule": "#455A64", "text": "#212121", "muted": "#607D8B",
    "header_bg": "#ECEFF1", "group_bg": "#E3F2FD", "selected": "#FFF59D", "arrow": "#37474F",
}


@dataclass
class ChartTask:
    task: Task
    light: Light | None
    explain: str = ""                          # why the light (tooltip, 督办单)
    milestones: tuple[date, ...] = ()          # occurrences of a recurring task within the year
    original_due: date | None = None           # the deadline before a granted postponement

    @property
    def paint(self) -> str:
        if self.task.status == TaskStatus.DONE:
            return "done"
        if self.task.status == TaskStatus.CANCELLED:
            return "cancelled"
        return self.light.value if self.light else "green"


@dataclass
class ChartGroup:
    name: str
    tasks: list[ChartTask] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """A cancelled task is drawn but not counted: 完成 3/4 must not read as one task still missing."""
        paints = [ct.paint for ct in self.tasks if ct.paint != "cancelled"]
        return {"total": len(paints), "done": paints.count("done"), "red": paints.count("red"),
                "yellow": paints.count("yellow"), "green": paints.count("green")}

    def summary(self) -> str:
        c = self.counts()
        text = f"完成 {c['done']}/{c['total']}"
        text += f"　红灯 {c['red']}" if c["red"] else ""
        text += f"　黄灯 {c['yellow']}" if c["yellow"] else ""
        return text


@dataclass
class ChartData:
    year: int
    today: date
    title: str
    org: str = ""
    groups: list[ChartGroup] = field(default_factory=list)
    filters: str = ""                          # what was filtered, for the page header
    left_out: int = 0                          # tasks closed in earlier years, not drawn (said on the page)

    @property
    def task_count(self) -> int:
        return sum(len(g.tasks) for g in self.groups)

    def all_tasks(self) -> list[ChartTask]:
        return [ct for g in self.groups for ct in g.tasks]


@dataclass
class TimeColumn:
    label: str
    first: date
    end: date                                  # exclusive


class TimeScale:
    """The year cut into columns (months, or weeks from Monday) under bands (quarters, or months)."""

    def __init__(self, year: int, zoom: str = "month"):
        self.year, self.zoom = year, zoom
        self.start, self.end = date(year, 1, 1), date(year + 1, 1, 1)
        self.days = (self.end - self.start).days
        months = [TimeColumn(f"{m}月", date(year, m, 1), date(year + (m == 12), m % 12 + 1, 1)) for m in range(1, 13)]
        if zoom == "week":
            self.bands = months
            self.columns = []
            first = self.start
            while first < self.end:
                nxt = min(first + timedelta(days=7 - first.weekday()), self.end)
                self.columns.append(TimeColumn(str(first.day), first, nxt))
                first = nxt
        else:
            quarters = "一二三四"
            self.bands = [TimeColumn(f"第{quarters[q]}季度", months[3 * q].first, months[3 * q + 2].end) for q in range(4)]
            self.columns = months

    def days_from_start(self, d: date) -> int:
        return (d - self.start).days


@dataclass
class Column:
    """A task column left of the time area."""
    key: str                                   # seq | title | leader | person | due | percent | status
    label: str
    width: float
    align: str = "left"
    lines: int = 1                             # lines of text the painter may use in a row


@dataclass
class Metrics:
    columns: list[Column]
    row_h: float
    group_h: float
    band_h: float
    head_h: float
    day_w: float
    pad: float = 2.0
    bar_frac: float = 0.5                      # bar height as a share of the row
    diamond: float = 8.0                       # ◆ size across
    arrow: float = 6.0                         # arrow length


@dataclass(slots=True)
class Item:
    kind: str          # fill | bar | text | diamond | diamond_open | arrow_left | arrow_right | line | today
    x: float
    y: float
    w: float
    h: float
    colour: str = "text"
    text: str = ""
    role: str = "cell"                         # font role of text: title | cell | head | band | group | stats
    align: str = "left"
    lines: int = 1
    task_id: str | None = None


@dataclass
class Row:
    kind: str                                  # group | task
    group: ChartGroup
    task: ChartTask | None = None
    seq: int = 0
    continued: bool = False                    # a group header repeated at the top of a page


def cell_text(ct: ChartTask, key: str, seq: int) -> str:
    t = ct.task
    if key == "seq":
        return str(seq)
    if key == "title":
        return ("★" if t.key else "") + t.title
    if key == "due":
        if t.due_text:
            return t.due_text
        return f"{t.due.month}月{t.due.day}日" if t.due else ("长期坚持" if t.ongoing else "未定时限")
    if key == "percent":
        return f"{t.percent}%"
    if key == "status":
        return t.status.label
    if key == "units":
        return "、".join([t.lead_unit, *t.partner_units]) if t.partner_units else t.lead_unit
    return str(getattr(t, key, "") or "")


def flatten(data: ChartData) -> list[Row]:
    rows: list[Row] = []
    seq = 0
    for group in data.groups:
        rows.append(Row("group", group))
        for ct in group.tasks:
            seq += 1
            rows.append(Row("task", group, ct, seq))
    return rows


class ChartLayout:
    """Positions of everything: x from the chart's left edge, y from the top of the body (under the header)."""

    def __init__(self, data: ChartData, metrics: Metrics, scale: TimeScale, rows: list[Row] | None = None):
        self.data, self.m, self.scale = data, metrics, scale
        self.rows = flatten(data) if rows is None else rows
        self.tops: list[float] = []
        y = 0.0
        for row in self.rows:
            self.tops.append(y)
            y += metrics.group_h if row.kind == "group" else metrics.row_h
        self.height = y
        self.table_w = sum(c.width for c in metrics.columns)
        self.time_w = scale.days * metrics.day_w
        self.width = self.table_w + self.time_w
        self.header_h = metrics.band_h + metrics.head_h

    # -- coordinates -------------------------------------------------------------------------------
    def x(self, d: date) -> float:
        """x of the start of day `d` (clamped to the year)."""
        days = min(max(self.scale.days_from_start(d), 0), self.scale.days)
        return self.table_w + days * self.m.day_w

    def row_h(self, i: int) -> float:
        return self.m.group_h if self.rows[i].kind == "group" else self.m.row_h

    def rows_between(self, y0: float, y1: float) -> range:
        first = max(0, bisect.bisect_right(self.tops, y0) - 1)
        last = bisect.bisect_left(self.tops, y1)
        return range(first, min(last, len(self.rows)))

    def today_x(self) -> float | None:
        today = self.data.today
        if not self.scale.start <= today < self.scale.end:
            return None
        return self.x(today) + self.m.day_w / 2

    def row_of_task(self, task_id: str) -> int | None:
        for i, row in enumerate(self.rows):
            if row.task is not None and row.task.task.id == task_id:
                return i
        return None

    # -- hit testing (the window) ------------------------------------------------------------------
    def hit(self, x: float, y: float) -> tuple[Row | None, bool]:
        """The row at body position (x, y), and whether the point is on its bar (or ◆)."""
        if y < 0 or y >= self.height:
            return None, False
        i = self.rows_between(y, y + 0.01).start
        row = self.rows[i]
        if row.task is None:
            return row, False
        bar = self.bar_box(row.task, self.tops[i])
        slack = self.m.diamond / 2
        return row, bar[0] - slack <= x <= bar[0] + bar[2] + slack

    # -- items -------------------------------------------------------------------------------------
    def header_items(self) -> list[Item]:
        m = self.m
        out = [Item("fill", 0, 0, self.width, self.header_h, "header_bg")]
        x = 0.0
        for col in m.columns:
            out.append(Item("text", x + m.pad, 0, col.width - 2 * m.pad, self.header_h, "text", col.label, "head",
                            "center"))
            x += col.width
            out.append(Item("line", x, 0, 0, self.header_h, "rule"))
        for band in self.scale.bands:
            x0, x1 = self.x(band.first), self.x(band.end)
            out.append(Item("text", x0, 0, x1 - x0, m.band_h, "text", band.label, "band", "center"))
            # weeks straddle months: a month line then stops at the week row
            out.append(Item("line", x1, 0, 0, m.band_h if self.scale.zoom == "week" else self.header_h, "rule"))
        for tcol in self.scale.columns:
            x0, x1 = self.x(tcol.first), self.x(tcol.end)
            out.append(Item("text", x0, m.band_h, x1 - x0, m.head_h, "text", tcol.label, "head", "center"))
            out.append(Item("line", x1, m.band_h, 0, m.head_h, "grid_major"))
        out.append(Item("line", self.table_w, m.band_h, self.time_w, 0, "grid_major"))
        out.append(Item("line", 0, self.header_h, self.width, 0, "rule"))
        return out

    def grid_items(self, y0: float, y1: float) -> list[Item]:
        """Vertical lines of the body between y0 and y1 (one per column, bands darker)."""
        out = []
        x = 0.0
        for col in self.m.columns:
            x += col.width
            out.append(Item("line", x, y0, 0, y1 - y0, "grid"))
        bands = {b.end for b in self.scale.bands}
        for tcol in self.scale.columns:
            out.append(Item("line", self.x(tcol.end), y0, 0, y1 - y0, "grid_major" if tcol.end in bands else "grid"))
        return out

    def row_items(self, i: int, y: float | None = None) -> list[Item]:
        """The items of row i with its top at `y` (default: its place in the body)."""
        row = self.rows[i]
        y = self.tops[i] if y is None else y
        m = self.m
        if row.kind == "group":
            name = row.group.name + ("（续）" if row.continued else "")
            half = self.table_w * 0.55
            return [Item("fill", 0, y, self.width, m.group_h, "group_bg"),
                    Item("text", m.pad * 2, y, half - 2 * m.pad, m.group_h, "text", name, "group"),
                    Item("text", half, y, self.table_w - half - 2 * m.pad, m.group_h, "text", row.group.summary(),
                         "stats", "right"),
                    Item("line", 0, y + m.group_h, self.width, 0, "grid")]
        ct = row.task
        assert ct is not None                  # a task row carries its task
        out = []
        x = 0.0
        for col in m.columns:
            out.append(Item("text", x + m.pad, y, col.width - 2 * m.pad, m.row_h, "text", cell_text(ct, col.key, row.seq),
                            "title" if col.key == "title" else "cell", col.align, col.lines))
            x += col.width
        out += self.bar_items(ct, y)
        out.append(Item("line", 0, y + m.row_h, self.width, 0, "grid"))
        return out

    def bar_box(self, ct: ChartTask, y: float) -> tuple[float, float, float, float]:
        """(x, y, w, h) of the task's bar, clipped to the year; a stub at the edge when wholly outside."""
        m, sc = self.m, self.scale
        t = ct.task
        h = m.row_h * m.bar_frac
        top = y + (m.row_h - h) / 2
        due = None if (t.recurrence or t.ongoing) else t.due
        start = begin_of(t) or (date(due.year, 1, 1) if due else sc.start)
        if due is not None and start > due:
            start = due
        stub = max(m.arrow * 1.5, 2 * m.day_w)
        if due is not None and due < sc.start:                       # wholly before the year
            return self.table_w, top, stub, h
        if start >= sc.end:                                         # wholly after the year
            return self.table_w + self.time_w - stub, top, stub, h
        x0 = self.x(start)
        x1 = self.x(due + timedelta(days=1)) if due is not None else self.table_w + self.time_w
        return x0, top, max(x1 - x0, m.day_w, 2.0), h

    def bar_items(self, ct: ChartTask, y: float) -> list[Item]:
        m, sc = self.m, self.scale
        t = ct.task
        x0, top, w, h = self.bar_box(ct, y)
        out = [Item("bar", x0, top, w, h, ct.paint, task_id=t.id)]
        due = None if (t.recurrence or t.ongoing) else t.due
        start = begin_of(t) or (date(due.year, 1, 1) if due else sc.start)
        mid = top + h / 2
        ah = min(m.row_h * 0.7, h * 1.6)
        right_edge = self.table_w + self.time_w
        if (due is not None and due < sc.start) or start < sc.start:
            out.append(Item("arrow_left", self.table_w + 1, mid - ah / 2, m.arrow, ah, "arrow"))
        if due is None or due >= sc.end or start >= sc.end:
            out.append(Item("arrow_right", right_edge - m.arrow - 1, mid - ah / 2, m.arrow, ah, "arrow"))
        d = m.diamond
        if ct.original_due and ct.original_due != due and sc.start <= ct.original_due < sc.end:
            cx = self.x(ct.original_due) + m.day_w
            out.append(Item("diamond_open", cx - d / 2, mid - d / 2, d, d, "original"))
        for when in ct.milestones:
            if sc.start <= when < sc.end:
                cx = self.x(when) + m.day_w
                out.append(Item("diamond", cx - d * 0.35, mid - d * 0.35, d * 0.7, d * 0.7, "milestone"))
        if due is not None and sc.start <= due < sc.end:
            cx = x0 + w
            out.append(Item("diamond", cx - d / 2, mid - d / 2, d, d, "deadline"))
        return out

    def today_item(self, y0: float, y1: float) -> Item | None:
        tx = self.today_x()
        return None if tx is None else Item("today", tx, y0, 0, y1 - y0, "today")
