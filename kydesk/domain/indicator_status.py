"""指标监测: whether an indicator's reading of a period meets its target, or is on its way to it.

- met: the reading meets the target (domain.indicators.meets), in any year.
- on_track: not met yet, the reading's period lies before the target year, and the reading is at least where
  the straight path from the base value (base year) to the target (target year) stands at the end of that
  period (序时); without a base value the path cannot be drawn and a reading before the target year counts
  as on its way.
- behind: not met in or after the target year (or with no target year), or behind the straight path.
- no_data: no reading.
A 约束性 indicator behind is red, a 预期性 one yellow; met and on_track are green.  A target marked "*"
(以上级下达为准) is judged against the number written beside it until the higher level's figure is entered.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kydesk.domain.errors import ValidationError
from kydesk.domain.indicators import meets, parse_target
from kydesk.domain.models import Light

STATUSES = ("met", "on_track", "behind", "no_data")
STATUS_LABELS = {"met": "达标", "on_track": "序时推进", "behind": "未达标", "no_data": "暂无数据"}
NATURES = ("预期性", "约束性")
UPPER_MARK = "*"
UPPER_NOTE = "以上级下达指标为准"


@dataclass(frozen=True)
class Period:
    key: str          # "2025", "2025Q3", "2025-06"
    year: int
    end_fraction: float   # share of the year passed at the period's end (1.0 for a whole year)

    @property
    def label(self) -> str:
        if "Q" in self.key:
            return f"{self.year}年第{'一二三四'[int(self.key[-1]) - 1]}季度"
        if "-" in self.key:
            return f"{self.year}年{int(self.key[5:])}月"
        return f"{self.year}年"


def parse_period(text) -> Period:
    """"2025" (a year), "2025Q3" (a quarter) or "2025-06" (a month); "2025年" and "2025年第三季度" too."""
    s = re.sub(r"\s", "", str(text or "")).upper()
    s = s.replace("年第", "Q").replace("季度", "").replace("年", "")
    s = s.translate(str.maketrans("一二三四", "1234"))
    if m := re.fullmatch(r"(\d{4})", s):
        return Period(m[1], int(m[1]), 1.0)
    if m := re.fullmatch(r"(\d{4})-?Q([1-4])", s):
        return Period(f"{m[1]}Q{m[2]}", int(m[1]), int(m[2]) / 4)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s.replace("月", ""))
    if m and 1 <= int(m[2]) <= 12:
        return Period(f"{m[1]}-{int(m[2]):02d}", int(m[1]), int(m[2]) / 12)
    raise ValidationError(f"统计期“{text}”无法识别：请写成 2025（年度）、2025Q3（季度）或 2025-06（月份）", "period")


def period_sort_key(key: str) -> tuple[int, float]:
    p = parse_period(key)
    return p.year, p.end_fraction


def upper_set(target: str) -> bool:
    """"80*": the figure is the higher level's to set (以上级下达为准)."""
    return UPPER_MARK in (target or "") or "＊" in (target or "")


def check_target(target: str) -> str:
    text = (target or "").strip()
    if not text:
        raise ValidationError("指标目标不能为空，如“≥25”“≤11”“80*”", "target")
    parse_target(text.replace("＊", "").replace(UPPER_MARK, ""))
    return text


def _path_value(base: float, base_year: int, target: float, target_year: int, period: Period) -> float:
    at = period.year - 1 + period.end_fraction
    span = target_year - base_year
    if span <= 0:
        return target
    share = min(max((at - base_year) / span, 0.0), 1.0)
    return base + (target - base) * share


def judge(target: str, value, period_key: str, *, base: float | None = None, base_year: int | None = None,
          target_year: int | None = None) -> str:
    """met | on_track | behind for one reading (see the module text)."""
    clean = (target or "").replace("＊", "").replace(UPPER_MARK, "")
    if meets(clean, value):
        return "met"
    period = parse_period(period_key)
    if target_year is None or period.year >= target_year:
        return "behind"
    if base is None or base_year is None:
        return "on_track"
    comparator, goal = parse_target(clean)
    path = _path_value(float(base), int(base_year), goal, int(target_year), period)
    v = float(str(value).replace("%", "")) if isinstance(value, str) else float(value)
    upward = comparator in (">", ">=") or (comparator == "==" and goal >= base)
    return "on_track" if (v >= path if upward else v <= path) else "behind"


def status_light(status: str, nature: str) -> Light | None:
    if status == "behind":
        return Light.RED if nature == "约束性" else Light.YELLOW
    if status in ("met", "on_track"):
        return Light.GREEN
    return None


def check_nature(nature: str | None) -> str:
    n = (nature or "预期性").strip()
    if n in ("预期", "预期性指标"):
        n = "预期性"
    if n in ("约束", "约束性指标"):
        n = "约束性"
    if n not in NATURES:
        raise ValidationError(f"指标性质“{nature}”无法识别：应为 预期性 或 约束性", "nature")
    return n
