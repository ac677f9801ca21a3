"""Indicator targets as written in plans ("≤11", "≥25万人次", "不低于90%", "11以内") and whether a reading meets them.

Comparators are "<", "<=", ">", ">=", "==".  A bare number ("100%", "25") is read as "at least" (>=): plan
targets name what must be reached, and a ceiling is always written with ≤/以内/不超过.  Chinese usage
counts the bound itself in 以内/以下/以上 (GB/T 1.1 convention), so "11以内" is <=11 and "25以上" is >=25.
The reading must be in the target's unit (90 for "≥90%", not 0.9).
"""
from __future__ import annotations

import math
import re
import unicodedata

from kydesk.domain.errors import ValidationError

COMPARATORS = ("<", "<=", ">", ">=", "==")

_SYMBOLS = (  # longest first
    ("<=", "<="), ("=<", "<="), ("≤", "<="), ("≦", "<="), ("⩽", "<="),
    (">=", ">="), ("=>", ">="), ("≥", ">="), ("≧", ">="), ("⩾", ">="),
    ("==", "=="), ("<", "<"), (">", ">"), ("=", "=="),
)
_PREFIX_WORDS = (  # longest first where one contains another
    ("小于等于", "<="), ("小于或等于", "<="), ("低于等于", "<="), ("不超过", "<="), ("不高于", "<="),
    ("不大于", "<="), ("不多于", "<="), ("控制在", "<="), ("最多", "<="), ("至多", "<="),
    ("大于等于", ">="), ("大于或等于", ">="), ("高于等于", ">="), ("不低于", ">="), ("不少于", ">="),
    ("不小于", ">="), ("至少", ">="), ("最少", ">="), ("达到", ">="), ("力争", ">="),
    ("小于", "<"), ("低于", "<"), ("少于", "<"), ("不足", "<"), ("不到", "<"),
    ("大于", ">"), ("高于", ">"), ("多于", ">"), ("超过", ">"), ("突破", ">"),
    ("等于", "=="),
)
_SUFFIX_WORDS = (
    ("及以内", "<="), ("以内", "<="), ("之内", "<="), ("及以下", "<="), ("以下", "<="),
    ("及以上", ">="), ("以上", ">="),
)
_VAGUE = re.compile("左右|约(?!束)|上下|大概|适当")   # 约束性 is a nature, not "about"
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def _bad(text) -> ValidationError:
    return ValidationError(f"指标目标“{text}”无法识别：请写成“≤11”“≥25”“<22”“不低于90%”“11以内”这样的形式",
                           "target")


def _normalize(text: str) -> str:
    s = unicodedata.normalize("NFKC", text)      # full-width digits, ＜＞＝％
    return re.sub(r"[\s,，]", "", s)


def parse_target(text) -> tuple[str, float]:
    """"≤11" -> ("<=", 11.0); ValidationError when no single number with a clear direction is found."""
    if not isinstance(text, str):
        if isinstance(text, (int, float)) and not isinstance(text, bool) and math.isfinite(text):
            return ">=", float(text)
        raise _bad(text)
    s = _normalize(text)
    numbers = _NUMBER.findall(s)
    if len(numbers) != 1:
        # none: nothing to compare with; several: a range ("3-5") or a formula the app cannot judge
        raise _bad(text.strip())
    if _VAGUE.search(s):
        raise ValidationError(f"指标目标“{text.strip()}”是约数，无法判断是否达标：请写成“≥…”或“≤…”", "target")
    m = _NUMBER.search(s)
    assert m is not None                       # findall found exactly one above
    prefix, suffix = s[: m.start()], s[m.end():]
    number = m.group()
    found: set[str] = set()
    for symbol, comparator in _SYMBOLS:
        if prefix.endswith(symbol):
            found.add(comparator)
            prefix = prefix[: -len(symbol)]
            break
    for word, comparator in _PREFIX_WORDS:
        if word in prefix:
            found.add(comparator)
            break
    for word, comparator in _SUFFIX_WORDS:
        if word in suffix:
            found.add(comparator)
            break
    if any(ch in suffix for ch in "<>=≤≥≦≧"):
        raise _bad(text.strip())
    if len(found) > 1:
        raise ValidationError(f"指标目标“{text.strip()}”的比较方向自相矛盾", "target")
    return (found.pop() if found else ">="), float(number)


def _reading(value) -> float:
    if isinstance(value, bool):
        raise ValidationError(f"指标值“{value}”不是数字", "value")
    if isinstance(value, str):
        s = _normalize(value).removesuffix("%")
        try:
            value = float(s)
        except ValueError:
            raise ValidationError(f"指标值“{value.strip()}”不是数字", "value") from None
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError(f"指标值“{value}”不是数字", "value")
    return float(value)


def meets(target_text, value) -> bool:
    """Whether the reading `value` meets the target; equality is judged with a small tolerance so that a
    computed 0.1 + 0.2 meets "≤0.3"."""
    comparator, target = parse_target(target_text)
    v = _reading(value)
    equal = math.isclose(v, target, rel_tol=1e-9, abs_tol=1e-9)
    return {
        "<": v < target and not equal,
        "<=": v < target or equal,
        ">": v > target and not equal,
        ">=": v > target or equal,
        "==": equal,
    }[comparator]


def format_target(comparator: str, value: float) -> str:
    """("<=", 11.0) -> "≤11", the way the printed tables write it."""
    if comparator not in COMPARATORS:
        raise ValueError(comparator)
    sign = {"<": "<", "<=": "≤", ">": ">", ">=": "≥", "==": "="}[comparator]
    number = str(int(value)) if float(value).is_integer() else f"{value:.10g}"
    return f"{sign}{number}"
