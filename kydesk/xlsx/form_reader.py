"""Reading a returned 进展填报表 (xlsx.forms): its marker, and per row the task id, the answers and any edit
of a locked cell.  Cells are read as the unit left them: a formula typed into 本期进展 comes back as its text
(openpyxl without data_only gives "=1+1", never a value), nothing is evaluated.

Columns are found by their header names, not their places (a unit may insert, move or delete columns);
rows by the hidden task id, not their order.  Whatever is odd is a FormProblem naming its cell; only a file
that cannot be read or is not a kydesk form raises FormError.
"""
from __future__ import annotations

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


def _open(path: Path):
    import openpyxl

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
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise FormError(f"{path.name} 已损坏或不是 Excel 表格：{e}") from None
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for damaged files; defusedxml's bombs too
        raise FormError(f"无法读取 {path.name}：{type(e).__name__} {e}") from None


def _merged(path: Path, sheet: str) -> list:
    """Merged ranges of a sheet (openpyxl's read-only mode does not report them; calamine does, quickly)."""
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        try:
            return book.get_sheet_by_name(sheet).merged_cell_ranges or []
        finally:
            book.close()
    except Exception:  # noqa: BLE001 - the values were read already; merges are only a warning
        return []


def _marker(wb, file: str) -> dict[str, str]:
    if MARKER_SHEET in wb.sheetnames:
        found = {}
        for row in wb[MARKER_SHEET].iter_rows(values_only=True):
            if row and row[0] in MARKER_FIELDS:
                found[row[0]] = cells.text(row[1] if len(row) > 1 else "")
        if found.get("tag") == MARKER_TAG:
            return found
    keywords = (wb.properties.keywords or "").split(";")
    if keywords and keywords[0] == MARKER_TAG and len(keywords) >= 4:
        return {"tag": MARKER_TAG, "org_code": keywords[1], "period": keywords[2], "form_id": keywords[3]}
    raise FormError(f"{Path(file).name} 不是 kydesk 生成的进展填报表（找不到表单标记），请用“生成填报表”发出的表格填报")


def read_form(path) -> ReturnedForm:
    path = Path(path)
    wb = _open(path)
    try:
        form = ReturnedForm(file=str(path), marker=_marker(wb, str(path)))
        for kind, name in SHEETS.items():
            if name in wb.sheetnames:
                _read_sheet(form, wb[name], kind, path)
    finally:
        wb.close()
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


def _read_sheet(form: ReturnedForm, ws, kind: str, path: Path) -> None:
    name = ws.title
    grid = [list(r) for r in ws.iter_rows(values_only=True)]
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
    covered = _merged_cells(path, name, top)
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
        merged_here = sorted((k for k in cols if (r, cols[k]) in covered), key=cols.get)
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


def _merged_cells(path: Path, sheet: str, top: int) -> set[tuple[int, int]]:
    out = set()
    for (r1, c1), (r2, c2) in _merged(path, sheet):
        if r2 <= top or (r1 == r2 and c1 == c2):
            continue
        for r in range(max(r1, top + 1), r2 + 1):
            for c in range(c1, c2 + 1):
                out.add((r, c))
    return out


def _label(key: str) -> str:
    return next(label for label, k in HEADERS.items() if k == key)
