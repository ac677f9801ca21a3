"""Cell values as the rest of kydesk wants them: text, names, years, flags, column letters."""
from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime

_TRUE = {"是", "★", "☆", "√", "✓", "✔", "重点", "标杆", "1", "y", "yes", "true", "是重点", "●", "▲"}
_FALSE = {"", "否", "0", "×", "x", "n", "no", "false", "-", "—", "/", "无", "非重点"}


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    s, n = "", index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def text(value) -> str:
    """A cell as text: 25.0 -> "25", dates -> ISO, strings stripped (numbers typed as text stay text)."""
    if value is None:
        return ""
    if type(value) is str:      # the common case first: most cells of a ledger are text
        if "\r" in value or "\u3000" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
        return value.strip()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ").strip()


def one_line(value) -> str:
    """Titles and names wrapped with Alt+Enter: the line break is only layout."""
    return re.sub(r"\s*\n\s*", "", text(value))


def names(value) -> str:
    """“王伟\n李娜” or “王伟，李娜” -> “王伟、李娜”."""
    parts = [p for p in re.split(r"[\n,，;；/／]+", text(value)) if p.strip()]
    return "、".join(p.strip() for p in parts)


_YEAR = re.compile(r"((?:19|20)\d{2}|[二][〇零○][〇零○一二三四五六七八九]{2})\s*年")


def year_in(s: str) -> int | None:
    m = _YEAR.search(s or "")
    if not m:
        return None
    digits = m[1].translate(str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9"))
    return int(digits)


def key_flag(value) -> bool:
    s = unicodedata.normalize("NFKC", text(value)).strip().lower()
    return s not in _FALSE and (s in _TRUE or bool(s))
