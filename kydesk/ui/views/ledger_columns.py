"""The ledger table's column widths: the task's name first, units and people fitted to their contents."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from kydesk.ui.models.task_table import COLUMNS, KEYS

TITLE_EMS = 18          # the task's name keeps at least this many characters before others give way


def layout_columns(table, by_section: bool, fm) -> None:
    """Grouped by section, the section is in the header rows and the title takes the room left; otherwise
    the section gets its column and the table may scroll sideways. Units and people fit their contents up to
    a cap (the rest is elided; the tooltip has it whole)."""
    header = table.horizontalHeader()
    table.setColumnHidden(KEYS.index("section"), by_section)
    title = KEYS.index("title")
    header.setSectionResizeMode(title, QHeaderView.Stretch if by_section else QHeaderView.Interactive)
    if not by_section:
        table.setColumnWidth(title, COLUMNS[title][2])
    em = fm.horizontalAdvance("中")
    for key, cap in (("lead", 10), ("partners", 16), ("leader", 5), ("person", 5)):
        col = KEYS.index(key)
        want = max(table.sizeHintForColumn(col), fm.horizontalAdvance(COLUMNS[col][1]) + 28)
        table.setColumnWidth(col, min(want, cap * em + 16))
    if not by_section:
        return
    # the units and the progress give way to the task's name on a narrow window
    others = sum(table.columnWidth(c) for c in range(len(COLUMNS)) if c != title and not table.isColumnHidden(c))
    short = TITLE_EMS * em - (table.viewport().width() - others)
    for key, floor in (("latest", 8), ("partners", 6), ("lead", 5)):
        if short <= 0:
            break
        col = KEYS.index(key)
        give = min(short, max(0, table.columnWidth(col) - floor * em))
        table.setColumnWidth(col, table.columnWidth(col) - give)
        short -= give
    if short > 0:           # still too narrow: the name keeps its width and the table scrolls sideways
        header.setSectionResizeMode(title, QHeaderView.Interactive)
        table.setColumnWidth(title, TITLE_EMS * em)
