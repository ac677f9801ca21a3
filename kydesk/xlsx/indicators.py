"""The plan's indicator table as clerks have it (e.g. 宝鸡市“十四五”医疗康养主要发展目标):

    领域 | 指标名称 | 2025年 | 指标性质            (领域 merged down over its rows)
    健康人群 | 人均预期寿命（岁） | 78 | 预期性
             | 孕产妇死亡率（/10万） | ≤11 | 预期性
    注：标注*的指标数值以省上下达指标为准。

A table with two year columns (基期 2020年 and 目标 2025年) gives the base value and year too; a column
named 单位/计量单位 the unit of measure, else the name's trailing （…）; 责任单位 the responsible unit.
Cells that cannot be understood are listed as sheet!cell problems; nothing is judged here.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from kydesk.xlsx import cells
from kydesk.xlsx.reader import CellProblem, SpreadsheetError, open_workbook

HEADER_ROWS = 12
_YEAR_HEAD = re.compile(r"^((?:19|20)\d{2})\s*年?(?:目标|目标值|基期|基期值)?$")


@dataclass
class IndicatorItem:
    row: int
    field: str
    name: str
    measure: str = ""
    target: str = ""
    target_year: int | None = None
    base: str = ""
    base_year: int | None = None
    nature: str = "预期性"
    unit: str = ""


@dataclass
class IndicatorSheet:
    file: str
    sheet: str
    title: str = ""
    items: list[IndicatorItem] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    footnote: str = ""
    upper_note: str = ""          # what "*" means, read from the footnote ("以省上下达指标为准")
    sheets: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)     # field -> column letter, for problems


def _head(value) -> str:
    return re.sub(r"\s", "", cells.text(value))


def find_header(grid) -> tuple[int, dict] | None:
    """(row index, {field: column index}) of an indicator table's header, or None."""
    for r, row in enumerate(grid[:HEADER_ROWS]):
        heads = [_head(v) for v in row]
        if not any(h in ("指标名称", "指标") for h in heads):
            continue
        cols: dict = {"years": []}
        for c, h in enumerate(heads):
            if h in ("指标名称", "指标"):
                cols["name"] = c
            elif h in ("领域", "类别", "分类"):
                cols["field"] = c
            elif h in ("指标性质", "性质", "属性", "指标属性"):
                cols["nature"] = c
            elif h in ("单位", "计量单位"):
                cols["measure"] = c
            elif h in ("责任单位", "牵头单位"):
                cols["unit"] = c
            elif h in ("目标值", "目标", "预期目标"):
                cols["target"] = c
            elif h in ("基期值", "基期", "现状值"):
                cols["base"] = c
            elif m := _YEAR_HEAD.match(h):
                cols["years"].append((c, int(m[1])))
        if "target" not in cols and cols["years"]:
            cols["target"], cols["target_year"] = cols["years"][-1]
            if len(cols["years"]) >= 2 and "base" not in cols:
                cols["base"], cols["base_year"] = cols["years"][0]
        if "name" in cols and "target" in cols and ("nature" in cols or cols["years"]):
            return r, cols
    return None


def is_indicator_workbook(path, sheet: str | None = None) -> bool:
    """Whether the (chosen, else first readable) sheet holds an indicator table rather than a ledger."""
    try:
        return _locate(path, sheet) is not None
    except SpreadsheetError:
        return False


def _locate(path, sheet):
    book = open_workbook(path)
    try:
        names = [m.name for m in book.sheets_metadata]
        for name in ([sheet] if sheet else names):
            if name not in names:
                return None
            try:
                ws = book.get_sheet_by_name(name)
                # the first rows decide; a big ledger sheet is not read whole just to learn it is no indicator table
                if find_header([list(r) for r in itertools.islice(ws.iter_rows(), HEADER_ROWS)]) is None:
                    continue
                grid = [list(r) for r in ws.to_python(skip_empty_area=False)]
            except Exception as e:  # noqa: BLE001 - calamine's own errors for damaged sheets
                raise SpreadsheetError(f"无法读取表格 {path} 的工作表“{name}”：{e}") from None
            found = find_header(grid)
            if found is not None:
                return name, names, grid, found
    finally:
        book.close()
    return None


def _split_measure(name: str) -> tuple[str, str]:
    """“孕产妇死亡率（/10万）” -> (“孕产妇死亡率”, “/10万”); a bracket inside the name stays."""
    m = re.match(r"^(.+?)[（(]([^（）()]{1,12})[）)]$", name)
    return (m[1].strip(), m[2].strip()) if m else (name, "")


def read_indicator_sheet(path, sheet: str | None = None) -> IndicatorSheet:
    found = _locate(path, sheet)
    if found is None:
        where = f"工作表“{sheet}”" if sheet else "任何工作表"
        raise SpreadsheetError(f"在表格 {path} 的{where}中没有找到指标表表头（应有“指标名称”和“指标性质”或年份列）")
    name, names, grid, (top, cols) = found
    out = IndicatorSheet(str(path), name, sheets=names,
                         columns={k: cells.column_letter(v) for k, v in cols.items() if isinstance(v, int)})
    for row in grid[:top]:
        line = "".join(cells.text(v) for v in row).strip()
        if line:
            out.title = line
    field_now = ""
    for r in range(top + 1, len(grid)):
        row = grid[r]

        def cell(key, row=row):
            c = cols.get(key)
            return cells.text(row[c]) if c is not None and c < len(row) else ""

        joined = "".join(cells.text(v) for v in row).strip()
        if not joined:
            continue
        if joined.startswith(("注：", "注:", "备注", "说明")):
            out.footnote = joined
            if m := re.search(r"标注\s*[*＊]\s*的?指标(?:数值|值)?(.+?)[。.]?$", joined):
                out.upper_note = m[1].strip("，, ")
            continue
        field_now = cells.one_line(cell("field")) or field_now      # 领域 merged down over its rows
        raw_name = cells.one_line(cell("name"))
        if not raw_name:
            continue
        base_name, measure = _split_measure(raw_name)
        item = IndicatorItem(r + 1, field_now, base_name, cell("measure") or measure, cell("target"),
                             cols.get("target_year"), cell("base"), cols.get("base_year"),
                             cell("nature") or "预期性", cell("unit"))
        if not item.target:
            out.problems.append(CellProblem(name, r + 1, cells.column_letter(cols["target"]), "目标值为空"))
            continue
        out.items.append(item)
    if not out.items and not out.problems:
        out.problems.append(CellProblem(name, top + 1, "", "表头下面没有任何指标"))
    return out
