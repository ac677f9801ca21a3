"""The order of ledger sections as a clerk numbers them: "一、…", "二、…", … "十、", "十一、".

Code-point order puts 七 (U+4E03) before 三 (U+4E09) and 十一 before 二, so sections are ranked by the
number they start with: a Chinese numeral (一 … 九十九, optionally 第…, or in brackets （一）), or an Arabic
one ("1." "2、" "（3）" "(4)"; full-width digits too).  Sections without a number come after the numbered
ones, and the empty section (未分板块) last; ties go by the text itself, so the order is total and the same
in Python and in SQL (ORDER BY section_order(section), section).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
_DIGITS["两"] = 2
_CN = "一二两三四五六七八九十"
_OPEN, _CLOSE = "([【〔", ")]】〕"
_MARKS = "、.,:;"             # after NFKC: ．，：；（） are their ASCII forms, 、 stays

NUMBERED, UNNUMBERED, EMPTY = 0, 1, 2
SPAN = 1000          # numbers stay below it; section_order = group * SPAN + number


def chinese_number(run: str) -> int | None:
    """一 … 九十九 (also 十, 十五, 二十, 两); None for anything else."""
    if not run or any(c not in _CN for c in run):
        return None
    if "十" not in run:
        return _DIGITS[run] if len(run) == 1 else None
    tens, _, units = run.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)


@lru_cache(maxsize=4096)
def section_number(text: str | None) -> int | None:
    """The number a section heading starts with, or None.  A number needs a mark after it ("三、"),
    brackets round it ("（三）") or 第 before it ("第三部分"): "三季度完成" and "2024年规划" are not numbered."""
    head = unicodedata.normalize("NFKC", (text or "")[:16]).strip()
    ordinal = head.startswith("第")
    if ordinal:
        head = head[1:]
    closing = ""
    if head and head[0] in _OPEN:
        closing, head = _CLOSE[_OPEN.index(head[0])], head[1:].lstrip()
    arabic = head[:1].isdecimal()
    run = _run(head, str.isdecimal if arabic else (lambda c: c in _CN))
    if not run:
        return None
    rest = head[len(run):]
    if closing:
        if not rest.lstrip().startswith(closing):
            return None
    elif rest and not ordinal and not rest[0].isspace() and rest[0] not in _MARKS:
        return None
    elif arabic and rest[:1] == "." and rest[1:2].isdecimal():
        return None                      # 1.5亿元: a decimal, not a heading number
    if arabic:
        return int(run) if len(run) <= 3 else None
    return chinese_number(run)


def _run(text: str, wanted) -> str:
    n = 0
    while n < len(text) and wanted(text[n]):
        n += 1
    return text[:n]


def section_rank(text: str | None) -> tuple[int, int, str]:
    """A sort key: (numbered 0 / unnumbered 1 / empty 2, the number, the text)."""
    text = text or ""
    return (*_order(text), text)


def section_order(text: str | None) -> int:
    """The integer part of section_rank, for SQL: ORDER BY section_order(section), section."""
    group, number = _order(text or "")
    return group * SPAN + number


def _order(text: str) -> tuple[int, int]:
    if not text.strip():
        return EMPTY, 0
    n = section_number(text)
    return (NUMBERED, min(n, SPAN - 1)) if n is not None else (UNNUMBERED, 0)
