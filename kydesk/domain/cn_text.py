"""Dates and numbers as Chinese documents write them, for print, spreadsheets and the window alike."""
from __future__ import annotations

from datetime import date

CN_DIGITS = "零一二三四五六七八九"
WEEKDAYS = "一二三四五六日"


def cn_date(d: date | None) -> str:
    """2024年7月5日: Arabic numerals, no leading zeros."""
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 25 → 二十五, 103 → 一百零三 (for 一、二、… headings)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if rest == 0:
            tail = ""
        elif rest < 10:
            tail = "零" + CN_DIGITS[rest]
        else:
            tail = cn_number(rest) if rest >= 20 else "一" + cn_number(rest)
        return CN_DIGITS[hundreds] + "百" + tail
    return str(n)


def cn_weekday(d: date) -> str:
    return "星期" + WEEKDAYS[d.weekday()]
