"""What a clerk's ledger sheet looks like: the names its columns go by, its section headings, its odd rows.

Header names vary from office to office (重点工作 / 工作任务 / 目标任务, 责任单位 / 责任部门, 完成时限 / 时限要求 /
完成时间 …); a header cell is matched exactly against SYNONYMS after normalising (full-width forms, spaces,
line breaks, a bracketed note such as “（%）” or “（2024年）” removed), then by a few keyword rules.
The header row is the first of the top rows naming the task column and another, or three known columns;
the row under it is a second header row when all its cells are column names (牵头单位 | 配合单位).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from kydesk.xlsx.cells import text as cell_text

# field -> the names clerks give its column (normalised form: no spaces, no brackets)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "序", "顺序号", "编码", "No", "NO", "No.", "序列"),
    "title": ("重点工作", "工作任务", "目标任务", "主要任务", "重点任务", "任务名称", "工作内容", "任务内容",
              "工作事项", "任务事项", "重点事项", "事项", "任务", "项目名称", "工作名称", "议定事项", "主要工作",
              "重点工作任务", "工作项目", "具体任务"),
    "target": ("具体措施", "工作措施", "主要措施", "推进措施", "具体内容", "工作目标", "目标要求", "任务目标",
               "具体目标", "措施", "具体工作", "工作要求", "目标", "具体工作措施", "主要内容", "工作举措",
               "年度目标", "建设内容", "具体措施及目标"),
    "units": ("责任单位", "责任部门", "责任主体", "承办单位", "责任单位及责任人", "实施单位"),
    "lead": ("牵头单位", "牵头部门", "主责单位", "主责部门", "牵头", "牵头责任单位", "主办单位", "牵头科室"),
    "partners": ("配合单位", "配合部门", "协同单位", "协办单位", "参与单位", "协助单位", "配合", "责任配合单位",
                 "协同部门"),
    "leader": ("责任领导", "牵头领导", "分管领导", "包抓领导", "联系领导", "包联领导", "责任市领导", "领导",
               "市级领导", "县级领导", "牵头市领导"),
    "person": ("责任人", "具体责任人", "联系人", "经办人", "负责人", "直接责任人", "责任科室及责任人"),
    "due": ("完成时限", "时限要求", "完成时间", "时限", "完成期限", "时间节点", "完成时间节点", "截止时间",
            "截止日期", "计划完成时间", "办结时限", "时间要求", "完成日期", "时间", "期限"),
    "start": ("开始时间", "开始日期", "启动时间", "起始时间"),
    "status": ("状态", "完成状态", "任务状态", "推进状态", "办理状态"),
    "percent": ("进度", "完成进度", "完成比例", "完成率", "进度百分比", "完成百分比"),
    "progress": ("进展情况", "完成情况", "推进情况", "工作进展", "进展", "目前进展", "最新进展", "落实情况",
                 "进展及成效"),
    "key": ("是否重点", "重点标识", "重点标记", "标杆"),
    "note": ("备注", "说明", "备注说明"),
    "id": ("系统编号",),
}

LABELS = {"seq": "序号", "title": "重点工作", "target": "具体措施", "units": "责任单位", "lead": "牵头单位",
          "partners": "配合单位", "leader": "责任领导", "person": "责任人", "due": "完成时限",
          "start": "开始时间", "status": "完成状态", "percent": "进度", "progress": "进展情况",
          "key": "是否重点", "note": "备注", "id": "系统编号"}

_EXACT = {name: field for field, names in SYNONYMS.items() for name in names}
# keyword rules for names not in the table, most specific first
_KEYWORDS = (
    ("牵头", "lead"), ("主责", "lead"), ("配合", "partners"), ("协同", "partners"), ("协办", "partners"),
    ("领导", "leader"), ("责任人", "person"), ("联系人", "person"), ("时限", "due"), ("完成时间", "due"),
    ("截止", "due"), ("措施", "target"), ("备注", "note"), ("责任单位", "units"), ("责任部门", "units"),
    ("进展", "progress"), ("完成进度", "percent"),
)
_BRACKETS = re.compile(r"[（(【\[<《][^）)】\]>》]*[）)】\]>》]")


def normalize_header(value) -> str:
    if value is None:
        return ""
    s = unicodedata.normalize("NFKC", str(value))
    s = _BRACKETS.sub("", s)
    return re.sub(r"[\s*:：/、]+", "", s)


@functools.lru_cache(maxsize=8192)      # every data row is checked for a repeated header: cells repeat
def header_field(value) -> str | None:
    """The field a header cell names, or None."""
    s = normalize_header(value)
    if not s or len(s) > 12:        # a long cell is a title or a note, not a column name
        return None
    if is_section(str(value)):      # "一、规划提升工作" under a one-row header is a section, not a 2nd header row
        return None
    if s in _EXACT:
        return _EXACT[s]
    for word, field in _KEYWORDS:
        if word in s:
            return field
    if s.endswith(("任务", "工作")):     # 年度重点任务, 2024年重点工作; not 任务来源
        return "title"
    return None


# ---------------------------------------------------------------- sections and odd rows

_NUMERALS = "一二三四五六七八九十"
SECTION = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．，,]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|"
    r"第[一二三四五六七八九十百]+(?:部分|章|节|项|类|板块|方面)|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*[、.．])")
_ORDINAL = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．，,]|[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*[、.．]?|"
    r"第[一二三四五六七八九十百]+(?:部分|章|节|项|类|板块|方面)\s*[、:：.．]?|\d+\s*[、.．]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*[、.．])\s*")
_TOTAL = ("合计", "小计", "总计", "共计", "累计")
_FOOTER = ("注：", "注:", "备注：", "备注:", "说明：", "说明:", "填表人", "制表人", "制表：", "审核人", "审核：",
           "填报人", "联系电话", "填表说明", "填报说明")


def is_section(text: str) -> bool:
    return bool(SECTION.match(text or ""))


def is_chinese_ordinal(text: str) -> bool:
    return bool(text) and all(c in _NUMERALS + "百" for c in text.strip())


@functools.lru_cache(maxsize=4096)
def section_key(text: str) -> str:
    """A section without its ordinal: renumbering sections (a new 二、 inserted) must not lose the match."""
    s = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", "", _ORDINAL.sub("", s, count=1))


@functools.lru_cache(maxsize=65536)
def title_key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def is_total(text: str) -> bool:
    s = "".join((text or "").split())
    return s.startswith(_TOTAL)


def is_footer(text: str) -> bool:
    s = "".join((text or "").split())
    return s.startswith(_FOOTER)


# ---------------------------------------------------------------- unit lists

_UNIT_MARKS = re.compile(r"[（(](?:牵头|主责|牵头单位|配合|配合单位)[）)]|[（(]?牵头[）)]?$")
_SPLIT = "、，,；;/／\n"


def split_units(text) -> list[str]:
    """“市文旅局、市财政局” -> two names; a separator inside brackets stays: “各县（市、区）政府” is one."""
    s = unicodedata.normalize("NFKC", str(text or ""))
    # NFKC turns （） into (); keep the full-width form clerks type, so names match the unit table
    s = s.replace("(", "（").replace(")", "）")
    out, buf, depth = [], [], 0
    for ch in s:
        if ch in "（[【":
            depth += 1
        elif ch in "）]】":
            depth = max(0, depth - 1)
        if ch in _SPLIT and depth == 0:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    return [re.sub(r"\s+", "", name) for name in out if name.strip()]


def lead_and_partners(lead_cell, partner_cell) -> tuple[str, list[str]]:
    """The lead unit and partners from the 牵头 cell and the 配合 cell.

    A single 责任单位 cell often lists several units: the one marked （牵头） leads, else the first listed.
    """
    names = split_units(lead_cell)
    lead = ""
    rest = []
    for name in names:
        plain = _UNIT_MARKS.sub("", name)
        if plain != name and not lead:
            lead = plain
        elif plain:
            rest.append(plain)
    if not lead and rest:
        lead = rest.pop(0)
    partners = rest + [_UNIT_MARKS.sub("", n) for n in split_units(partner_cell)]
    seen, unique = set(), []
    for name in partners:
        if name and name != lead and name not in seen:
            seen.add(name)
            unique.append(name)
    return lead, unique


# ---------------------------------------------------------------- the header rows

HEADER_SEARCH_ROWS = 15


@dataclass
class Header:
    top: int                  # 0-based header rows
    bottom: int
    cols: dict[str, int]      # field -> 0-based column
    ignored: list[str]


def _row_fields(row) -> set[str]:
    return {f for f in (header_field(v) for v in row) if f}


def find_header(grid) -> Header | None:
    for r, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        found = _row_fields(row)
        if not (("title" in found and len(found) >= 2) or len(found) >= 3):
            continue
        bottom = r
        below = grid[r + 1] if r + 1 < len(grid) else []
        labels = [v for v in below if cell_text(v)]
        if labels and all(header_field(v) for v in labels):
            bottom = r + 1
        return _assign(grid, r, bottom)
    return None


def _assign(grid, top: int, bottom: int) -> Header:
    width = max(len(grid[top]), len(grid[bottom]))
    cols: dict[str, int] = {}
    ignored: list[str] = []
    for c in range(width):
        lower = cell_text(grid[bottom][c]) if c < len(grid[bottom]) and bottom != top else ""
        upper = cell_text(grid[top][c]) if c < len(grid[top]) else ""
        label = lower or upper
        if not label:
            continue
        f = header_field(label)
        if f in cols:
            # a second task-name column (重点工作 then 目标任务) holds the measures
            f = "target" if f == "title" and "target" not in cols else None
        if f is None:
            ignored.append(label.replace("\n", ""))
            continue
        cols[f] = c
    units = cols.pop("units", None)
    if units is not None:
        if "lead" not in cols:
            cols["lead"] = units
        elif "partners" not in cols:
            cols["partners"] = units
    return Header(top, bottom, cols, ignored)
