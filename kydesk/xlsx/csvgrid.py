"""A .csv ledger as a grid of cells.  Clerks' CSV files come from Excel on Chinese Windows (GBK) as often
as from WPS or a web system (UTF-8, often with a BOM); the encoding is detected, never asked for."""
from __future__ import annotations

import csv
import io
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (a superset of GBK/GB2312)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ValueError("既不是 UTF-8 也不是 GBK 编码") from None


def read_csv(path) -> list[list[str]]:
    from kydesk.xlsx.reader import SpreadsheetError

    p = Path(path)
    if not p.is_file():
        raise SpreadsheetError(f"找不到文件：{p}")
    if p.stat().st_size > MAX_BYTES:
        raise SpreadsheetError(f"{p} 超过 50 MB，不像是一份台账")
    data = p.read_bytes()
    if b"\0" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SpreadsheetError(f"{p} 不是文本表格（.csv）文件，可能是改了扩展名的其他文件")
    try:
        text = decode(data)
    except ValueError as e:
        raise SpreadsheetError(f"无法读取 {p}：{e}，请在 Excel/WPS 中另存为 .xlsx 后再导入") from None
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as e:
        raise SpreadsheetError(f"无法读取 {p}：{e}") from None




class _Meta:
    def __init__(self, name: str):
        self.name, self.visible, self.typ = name, "Visible", "WorkSheet"


class _Sheet:
    def __init__(self, grid: list[list[str]]):
        self.grid = grid
        self.merged_cell_ranges: list = []

    def to_python(self, skip_empty_area: bool = False) -> list[list[str]]:
        return self.grid


class CsvBook:
    """A .csv as the reader sees a workbook (python-calamine's shape): one sheet named after the file."""

    def __init__(self, path):
        self.grid = read_csv(path)          # a file that cannot be read is refused when opened, by name
        self.sheets_metadata = [_Meta(Path(path).stem)]

    def get_sheet_by_name(self, name: str) -> _Sheet:
        return _Sheet(self.grid)

    def close(self) -> None:
        pass
