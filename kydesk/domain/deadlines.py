"""Deadline phrases as clerks write them ("7月底前", "第三季度", "每月5日前", "长期坚持") -> dates.

A period phrase resolves to the LAST day of its period; the phrase is kept verbatim beside the date.
"""
from __future__ import annotations

import calendar
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kydesk.domain import clock
from kydesk.domain.cn_text import cn_date
from kydesk.domain.errors import DeadlineError
from kydesk.domain.recurrence import RECURRING, next_occurrence, parse_recurrence

MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class Deadline:
    due: date | None        # resolved date (None for ongoing)
    text: str               # the phrase exactly as the user wrote it (stripped)
    ongoing: bool = False   # 长期坚持 / 持续推进 / 常态化 …
    recurrence: str | None = None   # "monthly:5", "monthly:end", "quarterly:10", "quarterly:end",
                                    # "halfyearly:end", "yearly:12-31", "weekly:5" (ISO weekday)
    start: date | None = None       # period start when the phrase names a period (第三季度 -> 7-1)


def _unknown(text: str) -> DeadlineError:
    return DeadlineError(f"无法识别的时限“{text}”：请写成日期（如 2024年9月30日）"
                         f"或“7月底前”“第三季度”“长期坚持”等")


# ---------------------------------------------------------------- normalisation

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_RUN = re.compile("[〇零一二两三四五六七八九十]+")


def _cn_number(run: str) -> str:
    if "十" not in run:                       # 二〇二四 is read digit by digit
        return "".join(str(_CN_DIGITS[c]) for c in run)
    tens, _, units = run.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return run                            # not a 1–99 numeral; leave it to fail loudly
    return str((_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0))


def _normalize(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).strip()        # full-width digits and punctuation
    s = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", s)  # "2024-09-30 00:00:00" from str(datetime)
    s = re.sub(r"\s+", "", s)
    s = s.strip("。，,；;、.")
    s = re.sub(r"[—–~〜]+", "~", s)
    s = s.replace("元月", "1月").replace("号", "日").replace("星期", "周").replace("礼拜", "周")
    return _CN_RUN.sub(lambda m: _cn_number(m.group()), s)


_ONGOING = re.compile(r"^(?:(?:长期|持续|常态化?|常年|经常性?)(?:坚持|推进|开展|落实|执行|进行|抓好)*[、,]?)+$")
_PREFIXES = ("截至到", "截止到", "截至", "截止", "应于", "须于", "需于", "力争", "确保", "争取", "务必", "到", "于", "在")
# "by" suffixes mean "no later than": they name no period start.  内/以内 ("年内") keep the period.
_BY_SUFFIXES = ("之前", "以前", "前", "为止", "止")
_SUFFIXES = _BY_SUFFIXES + ("完成", "办结", "到位", "结束", "以内", "之内", "内")


def _strip_affixes(s: str) -> tuple[str, bool]:
    by = False
    for p in _PREFIXES:
        if s.startswith(p) and len(s) > len(p):
            s, by = s[len(p):], p.startswith(("截", "到"))
            break
    changed = True
    while changed:
        changed = False
        for suf in _SUFFIXES:
            if s.endswith(suf):
                s, changed, by = s[: -len(suf)], True, by or suf in _BY_SUFFIXES
                break
    return s, by


# ---------------------------------------------------------------- date helpers

def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year(y: int, text: str) -> int:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DeadlineError(f"时限“{text}”中的年份“{y}”不合理（应在 {MIN_YEAR}–{MAX_YEAR} 之间）")
    return y


def _month(m: int, text: str) -> int:
    if not 1 <= m <= 12:
        raise DeadlineError(f"时限“{text}”中的月份“{m}”不存在（应为 1–12）")
    return m


def _date(y: int, m: int, d: int, text: str) -> date:
    _year(y, text)
    _month(m, text)
    last = calendar.monthrange(y, m)[1]
    if not 1 <= d <= last:
        raise DeadlineError(f"时限“{text}”中的日期不存在：{y}年{m}月只有{last}天")
    return date(y, m, d)


def _excel_serial(n: int, text: str) -> date:
    # 1900 date system: Excel counts the non-existent 1900-02-29 (Lotus bug) as serial 60.
    if n == 60 or not 0 < n < 100_000:
        raise _unknown(text)
    d = date(1899, 12, 31) + timedelta(days=n) if n < 60 else date(1899, 12, 30) + timedelta(days=n)
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        raise _unknown(text)
    return d


# ---------------------------------------------------------------- phrase grammar

Span = tuple[date, "date | None"]   # (due, start)

_FULL = re.compile(r"^(\d{4})(?:[-./年])(\d{1,2})(?:[-./月])(\d{1,2})日?$")
_YM = re.compile(r"^(\d{4})[-./](\d{1,2})$")
_MULTI = re.compile(r"^(\d{4})年?[-~至到](\d{4})年?(底|末|度)?$")
_YEAR_PREFIX = re.compile(r"^(?:(\d{4})年|(今年|本年|当年|明年|次年|来年|下1年))")
_MD = re.compile(r"^(\d{1,2})(?:月|[-./])(\d{1,2})日?$")
_M = re.compile(r"^(\d{1,2})月(份|底|末|初|中|上旬|中旬|下旬|中下旬|上中旬)?$")
_MRANGE = re.compile(r"^(\d{1,2})月?[-~至到](\d{1,2})月(份|底|末)?$")
_Q = re.compile(r"^(?:第?(\d{1,2})季度?|[Qq](\d))(末|底)?$")
_RANGE = re.compile(r"[~至到]")

# month part -> (due day or None for the last day, start day or None)
_MONTH_PARTS = {None: (None, 1), "份": (None, 1), "底": (None, None), "末": (None, None),
                "初": (10, None), "中": (15, None), "上旬": (10, 1), "中旬": (20, 11),
                "下旬": (None, 21), "中下旬": (None, 11), "上中旬": (20, 1)}
# whole-year words (after a year prefix, or bare) -> (due (m, d), start (m, d) or None)
# Tails that only make sense right after a written year: "2024年", "2024年度", "2024年底".
_AFTER_YEAR = {"": ((12, 31), (1, 1)), "度": ((12, 31), (1, 1)),
               "底": ((12, 31), None), "末": ((12, 31), None), "终": ((12, 31), None)}
_YEAR_WORDS = {
    "年": ((12, 31), (1, 1)), "全年": ((12, 31), (1, 1)), "年度": ((12, 31), (1, 1)),
    "年底": ((12, 31), None), "年末": ((12, 31), None), "年终": ((12, 31), None),
    "上半年": ((6, 30), (1, 1)), "上半年末": ((6, 30), None), "上半年底": ((6, 30), None),
    "下半年": ((12, 31), (7, 1)), "下半年末": ((12, 31), None), "下半年底": ((12, 31), None),
    "年中": ((6, 30), None), "半年": ((6, 30), None),
}
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "当年": 0, "明年": 1, "次年": 1, "来年": 1, "下1年": 1}  # 下一年 after numerals
_THIS_MONTH = {"月": 1, "月底": None, "月末": None, "本月": 1, "本月底": None, "本月末": None,
               "当月": 1, "当月底": None, "当月末": None}
_NEXT_MONTH = {"下月", "下个月", "次月", "下月底", "下个月底", "次月底", "下月末", "次月末"}
_THIS_QUARTER = {"本季度", "本季", "当季", "当季度", "季度末", "季末", "本季度末", "本季末", "季度底"}


def _month_span(y: int, m: int, part: str | None, text: str) -> Span:
    _month(m, text)
    due_day, start_day = _MONTH_PARTS[part]
    due = _month_end(y, m) if due_day is None else date(y, m, due_day)
    return due, (date(y, m, start_day) if start_day else None)


def _quarter_span(y: int, q: int, point: bool, text: str) -> Span:
    if not 1 <= q <= 4:
        raise DeadlineError(f"时限“{text}”中的季度“{q}”不存在（应为 1–4）")
    return _month_end(y, q * 3), (None if point else date(y, q * 3 - 2, 1))


def _in_year(s: str, y: int, text: str, after_year: bool = False) -> Span | None:
    """A phrase without a written year, resolved in year `y`."""
    words = {**_YEAR_WORDS, **_AFTER_YEAR} if after_year else _YEAR_WORDS
    if s in words:
        (dm, dd), st = words[s]
        return date(y, dm, dd), (date(y, *st) if st else None)
    if m := _MD.match(s):
        return _date(y, int(m[1]), int(m[2]), text), None
    if m := _M.match(s):
        return _month_span(y, int(m[1]), m[2], text)
    if m := _MRANGE.match(s):
        first, last = _month(int(m[1]), text), _month(int(m[2]), text)
        if first > last:
            raise DeadlineError(f"时限“{text}”的起止月份颠倒")
        return _month_end(y, last), (None if m[3] in ("底", "末") else date(y, first, 1))
    if m := _Q.match(s):
        return _quarter_span(y, int(m[1] or m[2]), bool(m[3]), text)
    return None


def _relative_to_today(s: str, today: date) -> Span | None:
    # "月底前" with no month means the month we are in, whatever the ledger's year.
    if s in _THIS_MONTH:
        st = _THIS_MONTH[s]
        return _month_end(today.year, today.month), (today.replace(day=1) if st else None)
    if s in _NEXT_MONTH:
        nxt = _month_end(today.year, today.month) + timedelta(days=1)
        return _month_end(nxt.year, nxt.month), None
    if s in _THIS_QUARTER:
        return _quarter_span(today.year, (today.month - 1) // 3 + 1, True, s)
    return None


def _parse_core(s: str, year: int, today: date, text: str) -> Span | None:
    if s.isdigit():
        if len(s) == 8:
            return _date(int(s[:4]), int(s[4:6]), int(s[6:]), text), None
        if len(s) == 4:
            y = _year(int(s), text)
            return date(y, 12, 31), date(y, 1, 1)
        if len(s) == 5:
            return _excel_serial(int(s), text), None
        return None
    if m := _FULL.match(s):
        return _date(int(m[1]), int(m[2]), int(m[3]), text), None
    if m := _YM.match(s):
        return _month_span(_year(int(m[1]), text), int(m[2]), None, text)
    if m := re.match(r"^(\d{4})-?[Qq](\d)$", s):          # "2024Q3", the bulletin period style
        return _quarter_span(_year(int(m[1]), text), int(m[2]), False, text)
    if m := _MULTI.match(s):
        first, last = _year(int(m[1]), text), _year(int(m[2]), text)
        if first > last:
            raise DeadlineError(f"时限“{text}”的起止年份颠倒")
        return date(last, 12, 31), (None if m[3] in ("底", "末") else date(first, 1, 1))
    if m := _YEAR_PREFIX.match(s):
        y = _year(int(m[1]), text) if m[1] else year + _RELATIVE_YEAR[m[2]]
        if span := _in_year(s[m.end():], y, text, after_year=True):
            return span
    elif s and (span := _in_year(s, year, text) or _relative_to_today(s, today)):
        return span
    parts = _RANGE.split(s)
    if len(parts) == 2 and all(parts):           # "2024年7月至9月", "7月1日至9月30日"
        left = _parse_core(parts[0], year, today, text)
        right = left and _parse_core(parts[1], left[0].year, today, text)
        if left and right:
            start = left[1] or left[0]
            if right[0] < start:
                raise DeadlineError(f"时限“{text}”的起止日期颠倒")
            return right[0], start
    return None


# ---------------------------------------------------------------- public API

def _from_value(value, text: str) -> Deadline | None:
    """Cells that openpyxl hands over as dates or numbers."""
    if isinstance(value, bool):
        raise _unknown(text)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            # a 1900 date is what Excel shows for a small number typed into a date-formatted cell
            raise DeadlineError(f"时限“{text}”的年份 {value.year} 不合理：请检查该单元格是否误设为日期格式")
        return Deadline(due=value, text=format_due(value))
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise _unknown(text)
        if isinstance(value, float) and not value.is_integer():
            if 1 <= value < 13:
                # Excel turned "9.30" into the number 9.3: 9月3日 and 9月30日 can no longer be told apart.
                raise DeadlineError(f"时限“{text}”在表格中被存成了数字，无法判断是几月几日："
                                    f"请把该单元格设为文本，或写成“9月30日”这样的日期")
            value = math.floor(value)   # a serial with a time of day
        n = int(value)
        if MIN_YEAR <= n <= MAX_YEAR:   # a bare year typed into a cell
            return Deadline(due=date(n, 12, 31), text=f"{n}年", start=date(n, 1, 1))
        d = _excel_serial(n, text)
        return Deadline(due=d, text=format_due(d))
    return None


def parse_deadline(text, year: int | None = None, *, today: date | None = None) -> Deadline:
    """Resolve a deadline phrase, date or Excel serial; `year` is the ledger's year (default: today's).

    Reading choices (ledger usage): "X月前", "X月", "X月份" all mean the last day of month X, like
    "X月底前" — clerks write "7月前" for "by the end of July", not "by June 30".  上旬/中旬/下旬 end on the
    10th/20th/last day; 月初 -> 10th, 月中 -> 15th.  "年前" alone is refused: it usually means before the
    lunar New Year, which has no fixed date.
    """
    raw = "" if text is None else (text if isinstance(text, str) else str(text))
    raw = raw.strip()
    if not isinstance(text, str) and text is not None:
        if isinstance(text, float) and math.isnan(text):
            raw = ""
        elif (fixed := _from_value(text, raw)) is not None:
            return fixed
    if not raw:
        raise DeadlineError("时限为空：请填写日期（如 2024年9月30日）或“7月底前”“长期坚持”等")
    today = today or clock.today()
    year = today.year if year is None else year
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DeadlineError(f"台账年份“{year}”不合理（应在 {MIN_YEAR}–{MAX_YEAR} 之间）")

    s = _normalize(raw)
    if _ONGOING.match(s):
        return Deadline(due=None, text=raw, ongoing=True)
    core, by = _strip_affixes(s)
    if core.startswith("每"):
        for pattern, make in RECURRING:
            if m := pattern.match(core):
                rec = make(m)
                try:
                    parse_recurrence(rec)
                except DeadlineError:
                    raise DeadlineError(f"时限“{raw}”中的日期不存在") from None
                # The next occurrence seen from today, kept inside the ledger's year (it may spill into
                # early next year: December's 每月5日 report is due on January 5).
                anchor = min(max(today, date(year, 1, 1)), date(year, 12, 31))
                return Deadline(due=next_occurrence(rec, anchor), text=raw, recurrence=rec)
        raise _unknown(raw)
    if re.match(r"^(?:年|春节|节|元旦|元宵|清明|端午|中秋|国庆|劳动)节?(?:之|以)?前", s):
        raise DeadlineError(f"时限“{raw}”以节日为界，日期每年不同：请直接写日期（如 2025年1月28日前）")
    span = _parse_core(core, year, today, raw) if core else None
    if span is None:
        raise _unknown(raw)
    due, start = span
    return Deadline(due=due, text=raw, start=None if by else start)


def parse_optional_deadline(text, year: int | None = None, today: date | None = None) -> Deadline | None:
    """Like parse_deadline, but an empty cell (or a placeholder dash such as "/" "—" "无") gives None."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return None
    if isinstance(text, str) and text.strip() in ("", "/", "-", "—", "——", "无", "／"):
        return None
    return parse_deadline(text, year, today=today)


def format_due(deadline_or_date) -> str:
    """"2024年7月31日" (no leading zeros) for print; an undated deadline prints its phrase."""
    if deadline_or_date is None:
        return ""
    if isinstance(deadline_or_date, Deadline):
        if deadline_or_date.due is None:
            return deadline_or_date.text
        deadline_or_date = deadline_or_date.due
    if isinstance(deadline_or_date, datetime):
        deadline_or_date = deadline_or_date.date()
    if not isinstance(deadline_or_date, date):
        raise TypeError(f"format_due expects a Deadline or a date, not {type(deadline_or_date).__name__}")
    return cn_date(deadline_or_date)
