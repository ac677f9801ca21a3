"""Reading a returned 进展填报表 (xlsx.forms): its marker, and per row the task id, the answers and any edit
of a locked cell.  Cells are read as the unit left them: a formula typed into 本期进展 comes back as its text
(openpyxl without data_only gives "=1+1", never a value), nothing is evaluated.

Columns are found by their header names, not their places (a unit may insert, move or delete columns);
rows by the hidden task id, not their order.  Whatever is odd is a FormProblem naming its cell; only a file
that cannot be read or is not a kydesk form raises FormError.
"""
from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from kydesk.domain.errors import KydeskError
from kydesk.xlsx import cells
from kydesk.xlsx.forms import ANSWERS, CHECKED, HEADERS, LABELS, MARKER_FIELDS, MARKER_SHEET, MARKER_TAG, SHEETS, digest
from kydesk.xlsx.reader import CELL_LIMIT

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_BYTES = 30 * 1024 * 1024


class FormError(KydeskError):
    """A file that is not a readable kydesk form: the whole file is refused."""


@dataclass
class FormProblem:
    cell: str          # "牵头任务!C7", or the sheet / file when no cell is concerned
    message: str

    def to_json(self) -> dict:
        return {"cell": self.cell, "message": self.message}


@dataclass
class FormRow:
    sheet: str
    kind: str                   # lead | partner
    row: int                    # 1-based
    task_id: str
    title: str
    answers: dict[str, str]     # ANSWERS key -> cell text
    cells: dict[str, str]       # key -> "C7", for messages
    edited: list[str] = field(default_factory=list)     # "C7 任务名称被修改"


@dataclass
class ReturnedForm:
    file: str
    marker: dict[str, str]
    rows: list[FormRow] = field(default_factory=list)
    additions: list[FormRow] = field(default_factory=list)      # rows the unit added (新增事项建议)
    problems: list[FormProblem] = field(default_factory=list)
    ids_missing: bool = False


_SHEET = re.compile(r'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"', re.S)
_SHEET_ALT = re.compile(r'<sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"', re.S)
_REL = re.compile(r'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"|'
                  r'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"', re.S)
_FORMULA = re.compile(r'<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*>(?:(?!</c>).)*?<f\b([^>]*?)(?:/>|>(.*?)</f>)', re.S)
_SI = re.compile(r'\bsi="(\d+)"')
_KEYWORDS = re.compile(r"<cp:keywords>(.*?)</cp:keywords>", re.S)
MAX_XML = 60 * 1024 * 1024        # an unpacked sheet larger than this is a zip bomb, not a form


def _check(path: Path) -> None:
    if not path.is_file():
        raise FormError(f"找不到文件：{path}")
    suffix = path.suffix.lower()
    if suffix == ".et":
        raise FormError(f"{path.name} 是 WPS 表格（.et）文件：请在WPS中另存为.xlsx 后再收取")
    if path.stat().st_size > MAX_BYTES:
        raise FormError(f"{path.name} 超过 30 MB，不是进展填报表")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        if suffix in (".xlsx", ".xlsm"):
            raise FormError(f"{path.name} 设有打开密码：请在 Excel/WPS 中取消密码后重新发送")
        raise FormError(f"{path.name} 是旧版 .xls 格式：请在 Excel/WPS 中另存为 .xlsx 后再收取")
    if not head.startswith(b"PK"):
        raise FormError(f"{path.name} 不是 Excel 表格（.xlsx），无法收取")


class _Book:
    """A returned workbook: values and merged ranges by python-calamine (fast), and what calamine does not
    give — a formula's text, the document's keywords — read from the package's XML by pattern (no XML
    parser runs on the unit's file but calamine's, so no entity expansion either)."""

    def __init__(self, path: Path):
        import python_calamine

        _check(path)
        try:
            self.zip = zipfile.ZipFile(path)
            self.paths = self._sheet_paths()
        except (zipfile.BadZipFile, KeyError, OSError, UnicodeDecodeError) as e:
            raise FormError(f"{path.name} 已损坏或不是 Excel 表格：{e}") from None
        try:
            self.book = python_calamine.CalamineWorkbook.from_path(str(path))
        except Exception as e:  # noqa: BLE001 - calamine raises its own kinds for damaged files
            self.zip.close()
            raise FormError(f"无法读取 {path.name}：文件已损坏或不是 Excel 格式（{e}）") from None
        self.names = [m.name for m in self.book.sheets_metadata]

    def _xml(self, name: str) -> str:
        info = self.zip.getinfo(name)
        if info.file_size > MAX_XML:
            raise FormError(f"{Path(self.zip.filename or '').name} 中的 {name} 解压后过大，不是进展填报表")
        return self.zip.read(name).decode("utf-8", "replace")

    def _sheet_paths(self) -> dict[str, str]:
        wb = self._xml("xl/workbook.xml")
        rels = self._xml("xl/_rels/workbook.xml.rels")
        targets = {}
        for m in _REL.finditer(rels):
            rid, target = (m[1], m[2]) if m[1] else (m[4], m[3])
            targets[rid] = target
        found = {html.unescape(n): r for n, r in _SHEET.findall(wb)}
        found.update({html.unescape(n): r for r, n in _SHEET_ALT.findall(wb) if html.unescape(n) not in found})
        out = {}
        for name, rid in found.items():
            target = targets.get(rid, "")
            out[name] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        return out

    def grid(self, name: str) -> tuple[list[list], list]:
        try:
            sheet = self.book.get_sheet_by_name(name)
            return [list(r) for r in sheet.to_python(skip_empty_area=False)], sheet.merged_cell_ranges or []
        except Exception as e:  # noqa: BLE001
            raise FormError(f"无法读取工作表“{name}”：{e}") from None

    def formulas(self, name: str) -> dict[tuple[int, int], str]:
        """(row, col) 0-based -> "=..." for every formula cell of a sheet (a shared formula's followers get
        the master's text)."""
        path = self.paths.get(name)
        if not path or path not in self.zip.namelist():
            return {}
        out, masters = {}, {}
        for col, row, attrs, body in _FORMULA.findall(self._xml(path)):
            text = html.unescape(body or "")
            si = _SI.search(attrs)
            if si and text:
                masters[si[1]] = text
            elif si and not text:
                text = masters.get(si[1], "")
            out[(int(row) - 1, _col_index(col))] = "=" + text
        return out

    def keywords(self) -> str:
        try:
            found = _KEYWORDS.search(self._xml("docProps/core.xml"))
        except KeyError:
            return ""
        return html.unescape(found[1]) if found else ""

    def close(self) -> None:
        self.book.close()
        self.zip.close()


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _marker(book: _Book, file: str) -> dict[str, str]:
    if MARKER_SHEET in book.names:
        found = {}
        for row in book.grid(MARKER_SHEET)[0]:
            if row and row[0] in MARKER_FIELDS:
                found[row[0]] = cells.text(row[1] if len(row) > 1 else "")
        if found.get("tag") == MARKER_TAG:
            return found
    keywords = book.keywords().split(";")
    if keywords and keywords[0] == MARKER_TAG and len(keywords) >= 4:
        return {"tag": MARKER_TAG, "org_code": keywords[1], "period": keywords[2], "form_id": keywords[3]}
    raise FormError(f"{Path(file).name} 不是 kydesk 生成的进展填报表（找不到表单标记），请用“生成填报表”发出的表格填报")


def read_form(path) -> ReturnedForm:
    path = Path(path)
    book = _Book(path)
    try:
        form = ReturnedForm(file=str(path), marker=_marker(book, str(path)))
        for kind, name in SHEETS.items():
            if name in book.names:
                grid, merged = book.grid(name)
                formulas = book.formulas(name)
                for (r, c), text in formulas.items():
                    if r < len(grid):
                        while len(grid[r]) <= c:
                            grid[r].append("")
                        grid[r][c] = text
                _read_sheet(form, name, grid, merged, kind)
    finally:
        book.close()
    if not form.rows and not form.additions and not form.problems:
        form.problems.append(FormProblem(path.name, "表中没有任务行（工作表“牵头任务”“配合任务”为空或已删除）"))
    return form


def _header(grid) -> tuple[int, dict[str, int]] | None:
    for r, row in enumerate(grid[:15]):
        cols = {}
        for c, v in enumerate(row):
            key = HEADERS.get(cells.one_line(v).replace(" ", ""))
            if key and key not in cols:
                cols[key] = c
        if "title" in cols and "progress" in cols:
            return r, cols
    return None


def _read_sheet(form: ReturnedForm, name: str, grid: list[list], merged: list, kind: str) -> None:
    found = _header(grid)
    if found is None:
        form.problems.append(FormProblem(name, f"工作表“{name}”中找不到表头（任务、本期进展等列），未读取"))
        return
    top, cols = found
    if "id" not in cols:
        form.ids_missing = True
    letter = {k: cells.column_letter(c) for k, c in cols.items()}
    for lost in [k for k in ANSWERS if k not in cols]:
        form.problems.append(FormProblem(name, f"工作表“{name}”缺少“{_label(lost)}”列"))
    covered = _merged_cells(merged, top)
    form_id = form.marker.get("form_id", "")
    for r in range(top + 1, len(grid)):
        row = grid[r]

        def value(key, row=row):
            c = cols.get(key)
            return row[c] if c is not None and c < len(row) else None

        texts = {k: cells.text(value(k)) for k in cols}
        if not any(texts[k] for k in cols if k not in ("seq",)):
            continue
        where = {k: f"{name}!{letter[k]}{r + 1}" for k in cols}
        item = FormRow(sheet=name, kind=kind, row=r + 1, task_id=texts.get("id", ""),
                       title=cells.one_line(texts.get("title", "")),
                       answers={k: texts.get(k, "") for k in ANSWERS}, cells=where)
        for k, t in texts.items():
            if len(t) >= CELL_LIMIT:
                form.problems.append(FormProblem(where[k], f"单元格内容达到 Excel 上限 {CELL_LIMIT:,} 字（可能是粘贴出错），"
                                                           "本行未收取"))
                item.answers = {}
        merged_here = sorted((k for k in cols if (r, cols[k]) in covered), key=lambda k: cols[k])
        if merged_here:
            form.problems.append(FormProblem(where[merged_here[0]], "单元格被合并（合并单元格只保留左上角内容），请核对本行"))
        if item.task_id and texts.get("digest") and form_id:
            marks = texts["digest"].split("-")
            for n, key in enumerate(CHECKED):
                if key in cols and n < len(marks) and digest(form_id, key, texts.get(key, "")) != marks[n]:
                    cell = f"{letter[key]}{r + 1}"
                    item.edited.append(f"{cell} {LABELS[key]}被修改")
        if item.task_id:
            form.rows.append(item)
        elif form.ids_missing:
            form.rows.append(item)          # matched by title and unit later, with a warning
        else:
            form.additions.append(item)


def _merged_cells(merged: list, top: int) -> set[tuple[int, int]]:
    out = set()
    for (r1, c1), (r2, c2) in merged:
        if r2 <= top or (r1 == r2 and c1 == c2):
            continue
        for r in range(max(r1, top + 1), r2 + 1):
            for c in range(c1, c2 + 1):
                out.add((r, c))
    return out


def _label(key: str) -> str:
    return next(label for label, k in HEADERS.items() if k == key)


def looks_like_form(path) -> bool:
    """Whether a dropped file is a kydesk 进展填报表 (its hidden marker sheet or its keywords), cheaply:
    the window hands forms to 收取填报表 and other spreadsheets to the ledger import."""
    p = Path(path)
    if p.suffix.lower() not in (".xlsx", ".xlsm") or not p.is_file():
        return False
    try:
        with zipfile.ZipFile(p) as z:
            book = z.read("xl/workbook.xml").decode("utf-8", "replace")
            if f'name="{MARKER_SHEET}"' in book:
                return True
            core = z.read("docProps/core.xml").decode("utf-8", "replace") if "docProps/core.xml" in z.namelist() else ""
            return f"<cp:keywords>{MARKER_TAG};" in core
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
