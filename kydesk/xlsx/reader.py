"""Reading a clerk's ledger workbook (.xlsx/.xlsm/.xls/.xlsb/.ods) into LedgerRows, each with its sheet and row.

python-calamine reads the cells (fast, and it also reports merged ranges, so openpyxl is not needed here).
The header is found by its column names (layout.SYNONYMS) on any of the first rows, one or two rows deep
(责任单位 over 牵头单位 | 配合单位); the year comes from the title above it unless given.  Section rows,
blank rows, 合计 rows and notes under the table are recognised; a vertically merged cell (one 重点工作 over
several 具体措施) applies to every row it covers.  Every cell that cannot be understood becomes a
CellProblem naming sheet, row and column — the reader never guesses silently and never stops at the first.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from kydesk.domain import clock, deadlines
from kydesk.domain.deadlines import Deadline
from kydesk.domain.errors import DeadlineError, KydeskError, ValidationError
from kydesk.domain.models import TaskStatus
from kydesk.domain.status import validate_percent
from kydesk.xlsx import cells, layout

EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv")
CELL_LIMIT = 32_767          # Excel's limit on the characters of one cell


class SpreadsheetError(KydeskError):
    """A workbook that cannot be read at all (missing, not a spreadsheet, no ledger header)."""


@dataclass
class CellProblem:
    sheet: str
    row: int            # 1-based, as Excel shows it
    column: str         # "H"; "" when the whole row is concerned
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}!{self.column}{self.row}" if self.column else f"{self.sheet} 第{self.row}行"
        return f"{where}：{self.message}"

    def to_json(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message}


@dataclass
class LedgerRow:
    sheet: str
    row: int
    section: str
    title: str
    target: str = ""
    lead_unit: str = ""
    partner_units: list[str] = field(default_factory=list)
    leader: str = ""
    person: str = ""
    deadline: Deadline | None = None
    start: date | None = None
    key: bool | None = None
    status: TaskStatus | None = None
    percent: int | None = None
    progress: str = ""
    note: str = ""
    task_id: str = ""


@dataclass
class LedgerSheet:
    file: str
    sheet: str
    title: str
    year: int
    year_source: str                 # "given" (--year), "title" or "default" (the ledger's year)
    header_rows: tuple[int, int]     # 1-based first and last header row
    columns: dict[str, str]          # field -> column letter
    ignored_columns: list[str]       # header names kydesk does not keep, as written
    rows: list[LedgerRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)   # (row, why) for 合计 rows, notes …
    sheets: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)   # column letter -> its header text, every column


# ---------------------------------------------------------------- opening

def open_workbook(path):
    import python_calamine

    p = Path(path)
    if not p.exists():
        raise SpreadsheetError(f"找不到文件：{p}")
    if p.is_dir():
        raise SpreadsheetError(f"{p} 是一个文件夹，不是表格文件")
    if p.suffix.lower() == ".et":
        raise SpreadsheetError(f"{p} 是 WPS 表格（.et）文件：请在WPS中另存为.xlsx 后再导入")
    if p.suffix.lower() == ".csv":
        from kydesk.xlsx.csvgrid import CsvBook

        return CsvBook(p)
    if p.suffix.lower() not in EXTENSIONS:
        raise SpreadsheetError(f"{p} 不是 Excel 表格：请选择 .xlsx 或 .xls 文件（WPS 表格请另存为 .xlsx）")
    try:
        try:
            str(p).encode("utf-8")
        except UnicodeEncodeError:      # a GBK-bytes file name (unzipped from Windows) calamine cannot open by path
            with open(p, "rb") as f:
                return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(f.read()))
        return python_calamine.CalamineWorkbook.from_path(str(p))
    except python_calamine.PasswordError:
        raise SpreadsheetError(f"表格 {p} 设有打开密码：请在 Excel/WPS 中取消密码后再导入") from None
    except OSError as e:
        raise SpreadsheetError(f"无法打开表格 {p}：{e.strerror or e}") from None
    except Exception as e:  # noqa: BLE001 - calamine raises its own zoo of errors for damaged files
        raise SpreadsheetError(f"无法读取表格 {p}：文件已损坏或不是 Excel 格式（{e}）") from None


def _sheet_grid(book, name: str, file: str):
    try:
        sheet = book.get_sheet_by_name(name)
        grid = sheet.to_python(skip_empty_area=False)
        merged = sheet.merged_cell_ranges or []
    except Exception as e:  # noqa: BLE001
        raise SpreadsheetError(f"无法读取表格 {file} 的工作表“{name}”：{e}") from None
    return [list(r) for r in grid], merged


# ---------------------------------------------------------------- rows

def _fill_merged(grid, merged, after: int) -> tuple[set, set]:
    """Copy a vertically merged cell's value down.  Returns the starts of wide horizontal merges (section
    rows) and the cells that were copied into (a row holding nothing else is not a task of its own)."""
    wide, copied = set(), set()
    for (r1, c1), (r2, c2) in merged:
        if r1 <= after:
            continue
        if c2 - c1 >= 2:
            wide.add((r1, c1))
        if r2 > r1 and r1 < len(grid) and c1 < len(grid[r1]):
            value = grid[r1][c1]
            for r in range(r1 + 1, min(r2, len(grid) - 1) + 1):
                while len(grid[r]) <= c1:
                    grid[r].append("")
                if not cells.text(grid[r][c1]):
                    grid[r][c1] = value
                    copied.add((r, c1))
    return wide, copied


def _fraction_percents(grid, col: int | None, start: int) -> bool:
    """A 进度 column formatted as % holds 0.8 for 80%: all its numbers ≤ 1 and some a fraction."""
    if col is None:
        return False
    nums = [v for row in grid[start:] if col < len(row)
            for v in [row[col]] if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return bool(nums) and all(0 <= v <= 1 for v in nums) and any(0 < v < 1 for v in nums)


class _RowReader:
    def __init__(self, out: LedgerSheet, header: layout.Header, year: int, today: date, fractions: bool):
        self.out, self.cols, self.year, self.today, self.fractions = out, header.cols, year, today, fractions
        self.letters = {f: cells.column_letter(c) for f, c in header.cols.items()}
        # a ledger repeats the same deadlines, unit lists and names on thousands of rows: parse each once
        self._dates: dict = {}
        self._units: dict = {}
        self._names: dict = {}

    def cell(self, row, f):
        c = self.cols.get(f)
        return row[c] if c is not None and c < len(row) else None

    def said(self, texts: list[str], f: str) -> str:
        """The cell of field f as text (texts: the row's cells already turned into text once)."""
        c = self.cols.get(f)
        return texts[c] if c is not None and c < len(texts) else ""

    def problem(self, r: int, f: str, message: str) -> None:
        self.out.problems.append(CellProblem(self.out.sheet, r + 1, self.letters.get(f, ""), message))

    def date_cell(self, row, f: str) -> Deadline | None:
        value = self.cell(row, f)
        if isinstance(value, (date, datetime)) and not deadlines.MIN_YEAR <= value.year <= deadlines.MAX_YEAR:
            # a number such as 9.3 in a cell formatted as a date shows as 1900-01-09
            raise DeadlineError(f"时限单元格中的日期“{cells.text(value)[:10]}”不合理：可能是把“9.3”之类的数字"
                                "设成了日期格式，请改写成“9月30日”这样的文字")
        try:
            key = (type(value), value)
            found = self._dates.get(key, self)
        except TypeError:       # an unhashable value: parse it as it is
            return deadlines.parse_optional_deadline(value, self.year, self.today)
        if found is self:
            try:
                found = deadlines.parse_optional_deadline(value, self.year, self.today)
            except DeadlineError as e:
                found = e
            self._dates[key] = found
        if isinstance(found, DeadlineError):
            raise found
        return found

    def units(self, lead: str, partners: str) -> tuple[str, list[str]]:
        found = self._units.get((lead, partners))
        if found is None:
            found = self._units[(lead, partners)] = layout.lead_and_partners(lead, partners)
        return found[0], list(found[1])

    def names(self, value: str) -> str:
        found = self._names.get(value)
        if found is None:
            found = self._names[value] = cells.names(value)
        return found

    def task(self, r: int, row, texts: list[str], section: str, title: str) -> LedgerRow:
        said = self.said
        lead, partners = self.units(said(texts, "lead"), said(texts, "partners"))
        item = LedgerRow(sheet=self.out.sheet, row=r + 1, section=section, title=title,
                         target=said(texts, "target"), lead_unit=lead, partner_units=partners,
                         leader=self.names(said(texts, "leader")), person=self.names(said(texts, "person")),
                         progress=said(texts, "progress"), note=said(texts, "note"), task_id=said(texts, "id"))
        if "due" in self.cols:
            try:
                item.deadline = self.date_cell(row, "due")
            except DeadlineError as e:
                self.problem(r, "due", str(e))
        if "start" in self.cols:
            try:
                d = self.date_cell(row, "start")
                item.start = d.due if d else None
            except DeadlineError as e:
                self.problem(r, "start", str(e).replace("时限", "开始时间"))
        if "percent" in self.cols and said(texts, "percent"):
            raw = self.cell(row, "percent")
            if self.fractions and isinstance(raw, float):
                raw = round(raw * 100, 6)
            try:
                item.percent = validate_percent(raw)
            except ValidationError:
                self.problem(r, "percent", f"进度“{cells.text(raw)}”无效，须为 0–100 之间的整数（如 60 或 60%）")
        if "status" in self.cols and said(texts, "status"):
            try:
                item.status = TaskStatus.parse(said(texts, "status"))
            except ValidationError as e:
                self.problem(r, "status", str(e))
        if "key" in self.cols:
            item.key = cells.key_flag(self.cell(row, "key"))
        return item


def read_ledger(path, *, sheet: str | None = None, year: int | None = None, default_year: int | None = None,
                today: date | None = None, columns: dict[str, str] | None = None) -> LedgerSheet:
    """Read the ledger sheet of a workbook. Raises SpreadsheetError when the file or header cannot be read;
    cell-level problems are collected in the result's `problems`.  `columns` corrects the header's reading
    (field -> column letter, "" = do not import that field), as the clerk set it in the import preview."""
    today = today or clock.today()
    if year is not None and not deadlines.MIN_YEAR <= int(year) <= deadlines.MAX_YEAR:
        raise SpreadsheetError(f"年份“{year}”不合理（应在 {deadlines.MIN_YEAR}–{deadlines.MAX_YEAR} 之间）")
    book = open_workbook(path)
    file = str(path)
    try:
        meta = book.sheets_metadata
        all_names = [m.name for m in meta]
        if sheet is not None:
            if sheet not in all_names:
                raise SpreadsheetError(f"表格 {file} 中没有名为“{sheet}”的工作表（现有：{'、'.join(all_names)}）")
            candidates = [sheet]
        else:
            candidates = [m.name for m in meta if "Visible" in str(m.visible) and "Work" in str(m.typ)] or all_names
        for name in candidates:
            grid, merged = _sheet_grid(book, name, file)
            header = layout.find_header(grid)
            if header is not None:
                break
        else:
            where = f"工作表“{sheet}”" if sheet else "任何工作表"
            raise SpreadsheetError(
                f"在表格 {file} 的{where}前 {layout.HEADER_SEARCH_ROWS} 行中没有找到台账表头"
                "（应有“序号、重点工作（或工作任务）、责任单位、完成时限”等列名）")
    finally:
        book.close()
    headers = _header_texts(grid, header)
    if columns:
        header = _corrected(header, columns, headers)
    out = _read_sheet(file, name, all_names, grid, merged, header, year, default_year, today)
    out.headers = headers
    return out


def _header_texts(grid, header: layout.Header) -> dict[str, str]:
    top, bottom = grid[header.top], grid[header.bottom]
    out = {}
    for c in range(max(len(top), len(bottom))):
        lower = cells.text(bottom[c]) if c < len(bottom) and header.bottom != header.top else ""
        label = lower or (cells.text(top[c]) if c < len(top) else "")
        if label:
            out[cells.column_letter(c)] = label.replace("\n", "")
    return out


def _corrected(header: layout.Header, columns: dict[str, str], headers: dict[str, str]) -> layout.Header:
    """The header with the clerk's corrections: a field moved to another column, or dropped."""
    cols = dict(header.cols)
    for f, letter in columns.items():
        cols.pop(f, None)
        if letter and letter.isalpha() and letter.isupper():
            c = 0
            for ch in letter:
                c = c * 26 + ord(ch) - 64
            for other in [k for k, v in cols.items() if v == c - 1]:
                cols.pop(other)          # one column feeds one field
            cols[f] = c - 1
    used = {cells.column_letter(c) for c in cols.values()}
    ignored = [text for letter, text in headers.items() if letter not in used]
    return layout.Header(header.top, header.bottom, cols, ignored)


def _read_sheet(file, name, all_names, grid, merged, header: layout.Header, year, default_year,
                today) -> LedgerSheet:
    above = " ".join(cells.text(v) for row in grid[: header.top] for v in row if cells.text(v))
    title = next((cells.text(v) for row in grid[: header.top] for v in row if cells.text(v)), "")
    found_year = cells.year_in(above) or cells.year_in(name)
    if year is not None:
        use, source = int(year), "given"
    elif found_year and deadlines.MIN_YEAR <= found_year <= deadlines.MAX_YEAR:
        use, source = found_year, "title"
    else:
        use, source = default_year or today.year, "default"
    out = LedgerSheet(file=file, sheet=name, title=title, year=use, year_source=source,
                      header_rows=(header.top + 1, header.bottom + 1),
                      columns={f: cells.column_letter(c) for f, c in header.cols.items()},
                      ignored_columns=header.ignored, sheets=all_names)
    if "title" not in header.cols:
        raise SpreadsheetError(f"表格 {file} 的工作表“{name}”第 {header.top + 1} 行表头中没有任务名称列"
                               "（应为“重点工作”“工作任务”“目标任务”等）")
    wide, copied = _fill_merged(grid, merged, header.bottom)
    reader = _RowReader(out, header, use, today, _fraction_percents(grid, header.cols.get("percent"),
                                                                    header.bottom + 1))
    _walk(grid, header, reader, wide, copied)
    return out


def _repeats_header(texts: list[str], filled, title_c: int) -> bool:
    """A header row repeated mid-sheet (a clerk pasting one unit's table under another's, or a printout's
    repeated header typed in): every filled cell a column name, the task column's included, or a second
    header row (牵头单位 | 配合单位) alone."""
    title = texts[title_c] if title_c < len(texts) else ""
    if title and layout.header_field(title) != "title":      # a task row: the common case, decided at once
        return False
    labels = [texts[c] for c, _ in filled]
    if len(labels) < 2 or not all(layout.header_field(t) for t in labels):
        return False
    fields = [layout.header_field(t) for t in labels]
    return bool(title) or set(fields) <= {"lead", "partners", "units"}


def _walk(grid, header: layout.Header, reader: _RowReader, wide: set, copied: set) -> None:
    out, cols = reader.out, header.cols
    seq_c, title_c = cols.get("seq"), cols["title"]
    section, last_title = "", ""
    for r in range(header.bottom + 1, len(grid)):
        row = grid[r]
        texts = [cells.text(v) for v in row]
        filled = [(c, v) for c, v in enumerate(row) if texts[c]]
        if all((r, c) in copied for c, _ in filled):
            continue
        # calamine cuts a longer cell at the limit, so a cell that reaches it was (at least) that long
        too_long = [c for c, _ in filled if len(texts[c]) >= CELL_LIMIT]
        if too_long:
            for c in too_long:
                out.problems.append(CellProblem(out.sheet, r + 1, cells.column_letter(c),
                                                f"单元格内容达到或超过 Excel 单元格上限 {CELL_LIMIT:,} 字"
                                                "（可能是粘贴出错，超出部分会被截掉），请删减后重新导入"))
            continue
        if _repeats_header(texts, filled, title_c):
            out.skipped.append((r + 1, "重复的表头行"))
            continue
        first = texts[filled[0][0]]
        if len(filled) >= 2 and all(layout.header_field(v) for _, v in filled):
            # the header again (a section pasted in from another table, or its 牵头/配合 second row): not a task
            out.skipped.append((r + 1, "重复的表头行"))
            continue
        if layout.is_total(first) or layout.is_total(reader.said(texts, "title")):
            out.skipped.append((r + 1, "合计行"))
            continue
        if layout.is_footer(first):
            rest = sum(1 for later in grid[r:] if any(cells.text(v) for v in later))
            out.skipped.append((r + 1, f"表尾说明（自此 {rest} 行未导入）"))
            break
        distinct = {texts[c] for c, _ in filled}
        if len(distinct) == 1:
            c, v = filled[0]
            lone = first
            numeric = isinstance(v, (int, float)) or lone.replace(".", "", 1).isdigit()
            if numeric and c == seq_c:
                out.skipped.append((r + 1, "只有序号的空行"))
                continue
            if not numeric and (layout.is_section(lone) or c == seq_c or c < title_c or (r, c) in wide):
                section, last_title = lone.replace("\n", ""), ""
                continue
        seq_text = reader.said(texts, "seq")
        title = cells.one_line(reader.said(texts, "title"))
        if seq_text and layout.is_chinese_ordinal(seq_text) and title and \
                not any(reader.said(texts, f) for f in cols if f not in ("seq", "title")):
            section, last_title = f"{seq_text}、{title}", ""
            continue
        if not title:
            if reader.said(texts, "target") and last_title:
                title = last_title        # a 重点工作 typed once over several 具体措施 rows
            else:
                reader.problem(r, "title", "缺少任务名称（“重点工作”列为空）")
                continue
        last_title = title
        out.rows.append(reader.task(r, row, texts, section, title))
