"""Writing workbooks a clerk can print and send on: the ledger (same shape as the sample a clerk keeps), and
the sheet helpers the 月调度表 and 季度通报 tables (xlsx.report_tables) share with it.

Every sheet: a merged title, bordered cells that wrap, column widths for Chinese text, A4 landscape fitted
to the page width with its header rows repeated on every printed page and page numbers in the footer.
The ledger keeps each task's 系统编号 in a hidden last column, so importing the file again (after edits in
Excel) updates those tasks instead of adding them twice.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections import Counter
from copy import copy
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kydesk.domain.deadlines import format_due, parse_deadline
from kydesk.domain.errors import KydeskError
from kydesk.domain.models import Light, Task
from kydesk.domain.sections import section_rank
from kydesk.xlsx.stream import Rows, Styles, as_text, prepare, splice

TITLE_FONT = Font(name="方正小标宋简体", size=18)
HEAD_FONT = Font(name="黑体", size=11)
BODY_FONT = Font(name="宋体", size=10.5)
SECTION_FONT = Font(name="黑体", size=11)
_thin = Side(style="thin", color="000000")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
LIGHT_FILLS = {Light.RED: PatternFill("solid", fgColor="F4B6B6"), Light.YELLOW: PatternFill("solid", fgColor="FCE9A6"),
               Light.GREEN: PatternFill("solid", fgColor="C9E7C1")}
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TITLE_ALIGN = Alignment(horizontal="center", vertical="center")

# (header, sub-header or None, width); 牵头单位/配合单位 sit under one merged 责任单位
LEDGER_COLUMNS = [
    ("序号", None, 6), ("重点工作", None, 26), ("具体措施", None, 34), ("责任单位", "牵头单位", 13),
    ("责任单位", "配合单位", 16), ("责任领导", None, 9), ("责任人", None, 9), ("开始时间", None, 11),
    ("完成时限", None, 12), ("进展情况", None, 30), ("完成状态", None, 8), ("进度", None, 7), ("是否重点", None, 6),
    ("备注", None, 12), ("系统编号", None, 10),
]
_CENTRED = {1, 6, 7, 8, 9, 11, 12, 13}
_DATE = "yyyy-mm-dd"
_STATUS_COL = 11
PROGRESS_EVERY = 500


class Cancelled(KydeskError):
    """The clerk cancelled the export (the progress callback returned False); no file was written."""

    def __init__(self, message: str = "已取消，未生成文件"):
        super().__init__(message)


def tick(progress, done: int, total: int) -> None:
    """Report progress; a callback answering False cancels (the workbook is only saved at the end)."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


def print_setup(ws, title_rows: str, last_col: int, last_row: int | None = None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.print_area = f"A1:{get_column_letter(last_col)}{max(last_row or ws.max_row, 1)}"


def sheet_title(ws, text: str, width: int, subtitle: str = "") -> int:
    as_text(ws.cell(1, 1), text).font = TITLE_FONT     # the title holds the 专班's name: user text
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.row_dimensions[1].height = 36
    if not subtitle:
        return 2
    as_text(ws.cell(2, 1), subtitle).font = BODY_FONT
    ws.cell(2, 1).alignment = Alignment(horizontal="right", vertical="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    return 3


def box(cell, value, *, font=BODY_FONT, align=LEFT, fill=None, number_format=None) -> None:
    """A bordered cell. Setting a font/alignment on a cell costs openpyxl a hash of every style object
    (7 s for a 10,000-row ledger); each combination is built once per workbook and copied after that."""
    as_text(cell, value)
    cache = cell.parent.parent.__dict__.setdefault("_kydesk_styles", {})
    key = (id(font), id(align), id(fill), number_format)
    if key in cache:
        cell._style = copy(cache[key])
        return
    cell.font, cell.alignment, cell.border = font, align, BORDER
    if fill is not None:
        cell.fill = fill
    if number_format:
        cell.number_format = number_format
    cache[key] = copy(cell._style)


def save(wb: Workbook, out, rows: list[Rows] | None = None) -> Path:
    """Write to a temporary file beside `out`, then replace it: a failed or interrupted save leaves neither a
    half-written workbook nor a stray temporary file, and an earlier file of that name stays as it was."""
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".xlsx.part", dir=out.parent)
    os.close(fd)
    try:
        if rows:
            prepare(rows)
        wb.save(tmp)
        if rows:            # streamed rows: spliced into the saved package (in memory, written back once)
            Path(tmp).write_bytes(splice(Path(tmp).read_bytes(), rows))
        with contextlib.suppress(OSError):      # mkstemp makes the file private; an export is an ordinary file
            os.chmod(tmp, (out.stat().st_mode & 0o7777) if out.exists() else 0o644)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        for ws in wb.worksheets:        # a streamed sheet's writer left open would complain when collected
            if getattr(ws, "closed", True) is False:
                with contextlib.suppress(Exception):
                    ws.close()
        raise
    return out


def due_cell(task: Task) -> str:
    if task.due_text:
        return task.due_text
    if task.ongoing:
        return "长期坚持"
    return format_due(task.due) if task.due else ""


def ledger_sections(tasks: list[Task]) -> list[tuple[str, list[Task]]]:
    """Tasks grouped by section in the clerk's order (一、 二、 … then the rest), each by its 序号."""
    groups: dict[str, list[Task]] = {}
    for t in tasks:
        groups.setdefault(t.section or "", []).append(t)
    # tasks without a section come first, above every section row: after the last section they would be
    # read back as that section's tasks
    order = sorted(groups, key=lambda s: (s != "",) + section_rank(s))
    return [(s, sorted(groups[s], key=lambda t: t.seq)) for s in order]


def write_ledger(out, tasks: list[Task], *, title: str, lights: dict | None = None, progress=None) -> Path:
    """The ledger in the sample's shape (rows streamed as XML, see xlsx.stream). `lights` (task id -> Light)
    colours the 完成状态 cell.  progress(done, total) answering False raises Cancelled, and no file is written."""
    done_rows, total = 0, len(tasks)
    tick(progress, done_rows, total)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    width = len(LEDGER_COLUMNS)
    for c, (_, _, w) in enumerate(LEDGER_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.column_dimensions[get_column_letter(width)].hidden = True
    ws.freeze_panes = "C4"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    st = Styles(ws)
    rows = Rows(ws)
    merge = ws.merged_cells.add
    rows.add([(title, st.id(font=TITLE_FONT, align=TITLE_ALIGN))], height=36)
    merge(f"A1:{get_column_letter(width)}1")
    head = st.id(font=HEAD_FONT, align=CENTER, fill=HEAD_FILL, border=BORDER)
    rows.add([(h, head) for h, _, _ in LEDGER_COLUMNS])
    rows.add([(sub, head) for _, sub, _ in LEDGER_COLUMNS])
    for c, (_, sub, _) in enumerate(LEDGER_COLUMNS, start=1):
        if sub is None:
            merge(f"{get_column_letter(c)}2:{get_column_letter(c)}3")
    units_at = [c for c, (h, _, _) in enumerate(LEDGER_COLUMNS, start=1) if h == "责任单位"]
    merge(f"{get_column_letter(units_at[0])}2:{get_column_letter(units_at[-1])}2")
    lights = lights or {}
    section_style = st.id(font=SECTION_FONT, align=LEFT, fill=SECTION_FILL, border=BORDER)
    plain = [st.id(font=BODY_FONT, align=CENTER if c in _CENTRED else LEFT, border=BORDER)
             for c in range(1, width + 1)]
    dated = st.id(font=BODY_FONT, align=CENTER, border=BORDER, number_format=_DATE)
    lit = {light: st.id(font=BODY_FONT, align=CENTER, border=BORDER, fill=fill) for light, fill in LIGHT_FILLS.items()}
    for section, items in ledger_sections(tasks):
        if section:
            r = rows.add([(section, section_style)] + [(None, section_style)] * (width - 1))
            merge(f"A{r}:{get_column_letter(width - 1)}{r}")
        for n, t in enumerate(items, start=1):
            styles = list(plain)
            if t.start:
                styles[7] = dated
            light = lights.get(t.id)
            if light in lit:
                styles[_STATUS_COL - 1] = lit[light]
            values = (n, t.title, t.target, t.lead_unit, "、".join(t.partner_units), t.leader, t.person,
                      t.start, due_cell(t), t.latest_progress, t.status.label, t.percent, "是" if t.key else "",
                      t.note, t.id)
            rows.add(zip(values, styles))
            done_rows += 1
            if done_rows % PROGRESS_EVERY == 0:
                tick(progress, done_rows, total)
    tick(progress, total, total)
    print_setup(ws, "2:3", width - 1, rows.count)
    return save(wb, out, [rows])


def title_year(tasks: list[Task], fallback: int, today: date) -> int:
    """The year an exported ledger's title names: the year most deadlines fall in.  So that importing the
    file again resolves every phrase to the same date, a phrase that would land in another year gets its
    year written in front (“2025年1月10日前”), or becomes the date itself.  Changes the tasks given."""
    years = Counter(t.due.year for t in tasks if t.due and not t.recurrence and not t.ongoing)
    year = years.most_common(1)[0][0] if years else fallback
    for t in tasks:
        if not t.due or t.recurrence or t.ongoing or not t.due_text:
            continue
        if _resolves(t.due_text, year, today) != t.due:
            with_year = f"{t.due.year}年{t.due_text}"
            t.due_text = with_year if _resolves(with_year, year, today) == t.due else format_due(t.due)
    return year


def _resolves(text: str, year: int, today: date):
    try:
        return parse_deadline(text, year, today=today).due
    except KydeskError:
        return None
