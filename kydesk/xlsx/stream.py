"""Fast sheets: openpyxl lays out the workbook (styles, column widths, merges, print setup, protection,
validation), and the rows of a big sheet are written as XML text here and spliced in at save.

Why: openpyxl spends ~25 µs on every styled cell even in write-only mode, so a 10,000-task ledger (150,000
cells) took 3–4 s; the same rows written as text take a tenth of that.  Each style combination is still
registered with openpyxl once (`Styles.id`), so the styles table stays openpyxl's own.

User text is always stored as text (an inline string): "=HYPERLINK(...)" typed as a task title is never a
formula, whatever it starts with.
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter

# XML 1.0 cannot carry these control characters (openpyxl refuses a cell holding one); tab, LF, CR stay.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_EPOCH = date(1899, 12, 30)
_LETTERS = [get_column_letter(c) for c in range(1, 101)]


def clean(value: str) -> str:
    return _ILLEGAL.sub("", value)


def as_text(cell: Cell, value) -> Cell:
    """Put `value` in an openpyxl cell; a string stays a string even when it starts with = (openpyxl would
    otherwise write it as a live formula)."""
    if isinstance(value, str):
        cell.value = clean(value)
        if cell.data_type != "s":
            cell.data_type = "s"
    else:
        cell.value = value
    return cell


class Styles:
    """Style ids of one workbook: each (font, alignment, fill, format, border, protection) combination is
    registered with openpyxl once."""

    def __init__(self, ws):
        self.ws = ws
        self._ids: dict[tuple, int] = {}

    def id(self, *, font=None, align=None, fill=None, number_format=None, border=None, protection=None) -> int:
        key = (id(font), id(align), id(fill), number_format, id(border), id(protection))
        found = self._ids.get(key)
        if found is None:
            c = WriteOnlyCell(self.ws)
            if font is not None:
                c.font = font
            if align is not None:
                c.alignment = align
            if fill is not None:
                c.fill = fill
            if number_format:
                c.number_format = number_format
            if border is not None:
                c.border = border
            if protection is not None:
                c.protection = protection
            found = self._ids[key] = c.style_id
        return found


def _cell(ref: str, value, style: int) -> str:
    s = f' s="{style}"' if style else ""
    if value is None or value == "":
        return f'<c r="{ref}"{s}/>' if style else ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f'<c r="{ref}"{s}><v>{(value - _EPOCH).days}</v></c>'
    text = clean(str(value)).translate(_ESCAPE)
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


class Rows:
    """The rows of one sheet as XML text: add((value, style_id), ...) per row, 1-based row numbers."""

    def __init__(self, ws):
        self.ws = ws
        self.parts: list[str] = []
        self.count = 0

    def add(self, cells, height: float | None = None, hidden: bool = False) -> int:
        self.count += 1
        r = self.count
        body = "".join(_cell(f"{_LETTERS[c]}{r}", v, s) for c, (v, s) in enumerate(cells))
        attrs = f' ht="{height}" customHeight="1"' if height else ""
        if hidden:
            attrs += ' hidden="1"'
        self.parts.append(f'<row r="{r}"{attrs}>{body}</row>')
        return r

    def xml(self) -> str:
        return "<sheetData>" + "".join(self.parts) + "</sheetData>"


_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>.*?</sheetData>", re.S)


def prepare(sheets: list[Rows]) -> None:
    """Just before saving: one empty row, so openpyxl writes a (placeholder) sheetData that splice() replaces.
    Not earlier: an export cancelled half-way would leave openpyxl's row writer open."""
    for rows in sheets:
        if hasattr(rows.ws, "_write_rows"):         # write-only: nothing at all is written without a row
            rows.ws.append([])


def splice(package: bytes, sheets: list[Rows]) -> bytes:
    """The saved workbook `package` with each Rows' XML in place of its sheet's placeholder sheetData."""
    wanted = {r.ws.path.lstrip("/"): r for r in sheets}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            rows = wanted.get(info.filename)
            if rows is not None:
                found = _SHEET_DATA.search(data)
                if found is None:
                    raise ValueError(f"{info.filename} has no sheetData to replace")
                data = data[:found.start()] + rows.xml().encode("utf-8") + data[found.end():]
            dst.writestr(info.filename, data)
    return out.getvalue()
