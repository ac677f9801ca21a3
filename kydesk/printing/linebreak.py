"""Chinese line breaking (禁则) on a character grid. Pure Python: no reportlab, no fonts.

Text is cut into tokens that never split: one full-width character (two half cells), a run of Latin
letters and digits such as "2024", "5A", "GDP", "16.4%" (its measured width rounded to half cells), or a
space. Lines are filled greedily; when the break would put a forbidden character at the start of the next
line (，。、；：？！”’）】》〉…—·% …) or leave an opening one at the end of this line (“‘（【《〈 …), the
break moves back: the last character(s) are pulled down to the next line, and the typesetter spreads the
short line so its right edge stays flush. As 破折号 "——" and 省略号 "……" are forbidden at a line start,
they never split either.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Not at the start of a line.
NO_START = set("，。、；：？！”’）】》〉」』〕〗〙〛｝］…—·％%‰℃°′″"
               ",.;:?!)]}>" "～〜‥·・ー々〻ゝゞ")
# Not at the end of a line.
NO_END = set("“‘（【《〈「『〔〖〘〚｛［" "([{<")
OPENING = set("“‘（【《〈「『〔〖〘〚｛［")
CLOSING = set("”’）】》〉」』〕〗〙〛｝］，。、；：？！")

LATIN_RUN = re.compile(r"[A-Za-z0-9]+(?:[.\-/:'+&_][A-Za-z0-9]+)*[.%‰°]?")
HALF_PUNCT = re.compile(r"[\x21-\x7e]")
FULLWIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
SQUEEZE = 0.12                       # a Latin run may be narrowed by up to 12% to fit whole half cells


@dataclass(slots=True)
class Token:
    text: str
    width: int                       # in half cells (a Chinese character is 2)
    style: Any = None                # the caller's style (printing.gridtext.TextStyle), opaque here
    kind: str = "cjk"                # cjk | latin | space

    @property
    def first(self) -> str:
        return self.text[:1]

    @property
    def last(self) -> str:
        return self.text[-1:]


@dataclass(slots=True)
class Line:
    tokens: list[Token]
    width: int                       # half cells used
    capacity: int                    # half cells available
    last: bool                       # last line of its paragraph (not spread)

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.tokens)


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
            or 0x20000 <= o <= 0x3FFFF or 0x3000 <= o <= 0x303F)


def normalize(text: str) -> str:
    """Half-width , ; : ? ! ( ) next to Chinese text become full-width (as GB/T text uses them)."""
    if not text:
        return text
    chars = list(text)
    n = len(chars)
    for i, ch in enumerate(chars):
        if ch in FULLWIDTH:
            prev = chars[i - 1] if i > 0 else ""
            nxt = chars[i + 1] if i + 1 < n else ""
            if ch == ":" and prev.isdigit() and nxt.isdigit():
                continue                              # 15:00
            if (prev and is_cjk(prev)) or (nxt and is_cjk(nxt)) or (ch == ")" and "（" in chars[max(0, i - 30):i]):
                chars[i] = FULLWIDTH[ch]
    return "".join(chars)


def half_cells(width_em: float) -> int:
    """Whole half cells for a Latin run `width_em` ems wide (allowing a slight squeeze)."""
    halves = width_em * 2
    n = math.floor(halves + 1e-6)
    if n == 0 or halves - n > SQUEEZE * n:
        n += 1
    return max(1, n)


def tokenize(text: str, style=None, measure: Callable[[str, Any], float] | None = None,
             max_width: int | None = None) -> list[Token]:
    """Tokens of `text`. `measure(text, style)` gives a Latin run's natural width in ems."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        m = LATIN_RUN.match(text, i) if ch.isascii() and ch.isalnum() else None
        if m:
            run = m.group(0)
            width = half_cells(measure(run, style) if measure else len(run) * 0.5)
            if max_width and width > max_width:       # longer than a line: one token per character
                tokens += [Token(c, half_cells(measure(c, style) if measure else 0.5), style, "latin") for c in run]
            else:
                tokens.append(Token(run, width, style, "latin"))
            i = m.end()
            continue
        if ch == " " or ch == "\t":
            tokens.append(Token(" ", 1, style, "space"))
        elif ch == "\u3000":
            tokens.append(Token(ch, 2, style, "space"))
        elif ch in "\r\n":
            pass
        elif ch.isascii():
            width = half_cells(measure(ch, style) if measure else 0.5)
            tokens.append(Token(ch, width, style, "latin"))
        else:
            tokens.append(Token(ch, 2, style, "cjk"))
        i += 1
    return tokens


def can_break(before: Token, after: Token) -> bool:
    """May a line end after `before` and the next begin with `after`?"""
    return not (after.first in NO_START or before.last in NO_END)


# 标点挤压: full-width punctuation whose glyph fills only half its cell may give up the empty half.
# (opening marks are not squeezed: their ink would start left of the cell, before the text they follow, and
# copy-paste and search read the characters in their left-to-right order)
SQUEEZABLE = set("，。、；：？！”’）】》〉」』〕")
SPREAD_LIMIT = 3                     # half cells of slack from which squeezing is tried before spreading


def _squeezable(t: Token) -> bool:
    return t.kind == "cjk" and t.width == 2 and t.text in SQUEEZABLE


def _squeeze(tokens: list[Token], i: int, j: int, used: int, cap: int) -> tuple[int, set[int]]:
    """Before a short line is spread: let more of the paragraph onto it by compressing punctuation.

    A token that misses the line by k half cells (a number such as "66.7%", a character whose successor may
    not start a line) comes up when k punctuation marks already on the line give up their empty halves.
    Returns the new end and the indexes of the squeezed tokens.
    """
    n = len(tokens)
    if j >= n:
        return j, set()
    nxt = tokens[j]
    need = used + nxt.width - cap
    if nxt.kind == "space" or need <= 0:
        return j, set()
    marks = [k for k in range(j - 1, i - 1, -1) if _squeezable(tokens[k])]
    end = j + 1
    if end < n and not can_break(tokens[end - 1], tokens[end]):
        if _squeezable(tokens[end]) and tokens[end].text not in OPENING:
            need += 1                                  # take the following mark along, squeezed too
            end += 1
            if end < n and not can_break(tokens[end - 1], tokens[end]):
                return j, set()
        else:
            return j, set()
    squeezed = {end - 1} if end == j + 2 else set()
    if need > len(marks):
        return j, set()
    return end, squeezed | set(marks[:need])


def break_lines(tokens: list[Token], capacity: int, first_capacity: int | None = None) -> list[Line]:
    """Greedy lines of at most `capacity` half cells (`first_capacity` for the first line), with 标点挤压
    tried before a line would come out short."""
    lines: list[Line] = []
    i, n = 0, len(tokens)
    cap = capacity if first_capacity is None else first_capacity
    while i < n:
        while i < n and tokens[i].kind == "space":   # no line starts with a space
            i += 1
        if i >= n:
            break
        used, j = 0, i
        while j < n and used + tokens[j].width <= cap:
            used += tokens[j].width
            j += 1
        if j == i:                                    # a token wider than the line: it goes alone
            j = i + 1
        squeezed: set[int] = set()
        if j < n and j > i and _squeezable(tokens[j]) and tokens[j].text not in OPENING and used + 1 <= cap \
                and (j + 1 >= n or can_break(tokens[j], tokens[j + 1])):
            squeezed = {j}                            # 标点挤压 at the line end: the grid stays intact
            j += 1
        if j < n and not squeezed:
            b = j
            while b > i + 1 and not can_break(tokens[b - 1], tokens[b]):
                b -= 1
            if b > i + 1 or can_break(tokens[i], tokens[i + 1]):
                # a line that would be spread by a cell and a half or more (a number that just misses it)
                # first tries squeezing the marks on it; a smaller gap is spread, keeping the grid
                if cap - sum(t.width for t in tokens[i:b]) >= SPREAD_LIMIT and j > i:
                    j2, squeezed = _squeeze(tokens, i, j, used, cap)
                    if j2 > j and (j2 >= n or can_break(tokens[j2 - 1], tokens[j2])):
                        b = j2
                    else:
                        squeezed = set()
                j = b
            # else: nothing in this line may end it (a run of punctuation): cut where it is full
        end = j
        while end > i + 1 and tokens[end - 1].kind == "space":
            end -= 1
        line_tokens = [Token(t.text, 1, t.style, t.kind) if k in squeezed else t
                       for k, t in zip(range(i, end), tokens[i:end])]
        lines.append(Line(line_tokens, sum(t.width for t in line_tokens), cap, last=j >= n))
        i = j
        cap = capacity
    return lines
