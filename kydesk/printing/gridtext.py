"""The grid typesetter: paragraphs of styled Chinese text onto lines of fixed character cells.

A box is `cells` characters wide with a cell pitch `pitch` (points). Every full-width character takes one
cell, Latin runs and digits take half cells (see linebreak). A justified line that came out short (a
character pulled down by the 禁则, or a half cell left by a Latin run) is spread evenly so both edges stay
flush; a paragraph's last line is not spread. Glyphs are centred in their cells; narrow opening/closing
punctuation hugs the text it belongs to; a narrow dash is stretched to fill its cell so "——" joins.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import CMYKColor, Color
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from kydesk.printing.linebreak import CLOSING, OPENING, Line, Token, break_lines, normalize, tokenize

BLACK = CMYKColor(0, 0, 0, 1)
DASHES = set("—―─")
ASCENT = 0.88                        # of the ideographic em box above the baseline (0.12 below)


@dataclass(frozen=True, eq=False)
class TextStyle:
    font: str
    size: float
    colour: Color = BLACK

    def same(self, other: TextStyle) -> bool:
        return self is other or (self.font == other.font and self.size == other.size
                                 and self.colour == other.colour)


@dataclass(slots=True)
class Glyph:
    x: float                         # from the left edge of the box
    text: str
    style: TextStyle
    adv: float                       # natural advance of the text (hscale applied), without tc
    tc: float = 0.0                  # character spacing inside a Latin run
    hscale: float = 100.0


@dataclass
class GLine:
    glyphs: list[Glyph]
    text: str
    size: float                      # the largest font size on the line
    width: float = 0.0               # from the box's left edge to the end of the last cell


@dataclass
class Span:
    text: str
    style: TextStyle


def measure_em(text: str, style: TextStyle) -> float:
    return stringWidth(text, style.font, 1.0)


def set_paragraph(spans: list[Span] | list[tuple[str, TextStyle]], cells: int, pitch: float, *,
                  indent: float = 0, hang: float = 0, align: str = "justify") -> list[GLine]:
    """Typeset one paragraph. `indent` (first line) and `hang` (later lines) are in cells (x.5 allowed).

    align: justify (spread all but the last line), left, center, right.
    """
    tokens: list[Token] = []
    for span in spans:
        text, style = (span.text, span.style) if isinstance(span, Span) else span
        tokens += tokenize(normalize(text), style, measure_em, max_width=cells * 2)
    if not tokens:
        return []
    first_cap = max(2, cells * 2 - round(indent * 2))
    cap = max(2, cells * 2 - round(hang * 2))
    return [place_line(line, pitch, (indent if k == 0 else hang), align)
            for k, line in enumerate(break_lines(tokens, cap, first_cap))]


GOOD_BREAK_AFTER = {"，": 3.0, "、": 3.0, "；": 3.0, "：": 3.0, "的": 2.0, "和": 2.0, "与": 2.0, "及": 2.0,
                    "暨": 2.0, "等": 1.5, "于": 1.0}


def set_balanced(spans: list[Span], cells: int, pitch: float) -> list[GLine]:
    """Centred lines of even length for a long title: as few lines as at full width, broken where the
    words allow (after punctuation, 的, 和, 暨 …) rather than inside a word where possible."""
    tokens: list[Token] = []
    for span in spans:
        tokens += tokenize(normalize(span.text), span.style, measure_em, max_width=cells * 2)
    if not tokens:
        return []
    lines = break_lines(tokens, cells * 2)
    if len(lines) > 1:
        total = sum(t.width for t in tokens)
        best, best_score = lines, None
        for cap in range(-(-total // len(lines)), cells * 2 + 1):
            trial = break_lines(tokens, cap)
            if len(trial) != len(lines):
                continue
            widths = [ln.width for ln in trial]
            score = sum(GOOD_BREAK_AFTER.get(ln.text[-1:], 0.0) for ln in trial[:-1])
            score -= 0.15 * (max(widths) - min(widths)) / 2
            if best_score is None or score > best_score + 1e-9:
                best, best_score = trial, score
        lines = best
    out = []
    for line in lines:
        line.capacity = cells * 2
        out.append(place_line(line, pitch, 0, "center"))
    return out


def place_line(line: Line, pitch: float, indent: float, align: str) -> GLine:
    half = pitch / 2
    slack = (line.capacity - line.width) * half
    x = indent * pitch
    gap = 0.0
    if align == "center":
        x += slack / 2
    elif align == "right":
        x += slack
    elif align == "justify" and not line.last and len(line.tokens) > 1 and slack > 0:
        gap = slack / (len(line.tokens) - 1)
    glyphs: list[Glyph] = []
    size = 0.0
    for tok in line.tokens:
        style: TextStyle = tok.style
        size = max(size, style.size)
        span = tok.width * half
        if tok.kind == "cjk":
            glyphs.append(_cell_glyph(tok.text, style, x, span))
        elif tok.kind == "latin":
            natural = stringWidth(tok.text, style.font, style.size)
            tc = (span - natural) / len(tok.text)
            glyphs.append(Glyph(x + tc / 2, tok.text, style, natural, tc))
        x += span + gap
    end = x - gap
    return GLine(glyphs, line.text, size, end)


def _cell_glyph(ch: str, style: TextStyle, x: float, cell: float) -> Glyph:
    adv = stringWidth(ch, style.font, style.size)
    if adv <= 0:
        return Glyph(x, ch, style, adv)
    if adv > 1.5 * cell and (ch in CLOSING or ch in OPENING):
        # 标点挤压: a mark squeezed into half a cell; its ink is in the half of the em box next to the text
        return Glyph(x if ch in CLOSING else x + cell - adv, ch, style, adv)
    if ch in DASHES and adv < 0.9 * cell:
        scale = 100.0 * cell / adv
        return Glyph(x, ch, style, cell, hscale=scale)
    if adv >= 0.8 * cell:
        return Glyph(x + (cell - adv) / 2, ch, style, adv)
    if ch in OPENING:
        return Glyph(x + cell - adv, ch, style, adv)
    if ch in CLOSING:
        return Glyph(x, ch, style, adv)
    return Glyph(x + (cell - adv) / 2, ch, style, adv)


def line_text(text: str, style: TextStyle, pitch: float | None = None) -> GLine:
    """One unbroken line (a label, a date, a page number) at its natural width or on `pitch` cells."""
    pitch = pitch or style.size
    lines = set_paragraph([Span(text, style)], 10_000, pitch, align="left")
    return lines[0] if lines else GLine([], "", style.size, 0.0)


def em_ascent(font_name: str) -> float:
    """How far the em box of `font_name` reaches above the baseline, as the font declares it (1 + descent)."""
    face = getattr(getFont(font_name), "face", None)
    descent = getattr(face, "descent", None)
    if isinstance(descent, (int, float)) and -500 < descent <= 0:
        return 1.0 + descent / 1000.0
    return ASCENT


def baseline_in_slot(slot_top: float, slot_height: float, size: float) -> float:
    """The baseline that centres an em box of `size` in a line slot (PDF y grows upwards)."""
    return slot_top - (slot_height - size) / 2 - ASCENT * size


@dataclass
class Page:
    """What one page shows, laid out before anything is drawn (so page totals are known)."""

    texts: list[tuple[float, float, GLine]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float, float, Color]] = field(default_factory=list)
    rects: list[tuple[float, float, float, float, float, Color]] = field(default_factory=list)

    def text(self, x: float, baseline: float, gline: GLine) -> None:
        self.texts.append((x, baseline, gline))

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float, colour: Color = BLACK) -> None:
        self.rules.append((x1, y1, x2, y2, width, colour))

    def rect(self, x: float, y: float, w: float, h: float, width: float, colour: Color = BLACK) -> None:
        self.rects.append((x, y, w, h, width, colour))


def draw_page(canvas, page: Page) -> None:
    for x1, y1, x2, y2, width, colour in page.rules:
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(width)
        canvas.setLineCap(0)
        canvas.line(x1, y1, x2, y2)
    for x, y, w, h, width, colour in page.rects:
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(width)
        canvas.rect(x, y, w, h, stroke=1, fill=0)
    if not page.texts:
        return
    first = page.texts[0][2].glyphs
    if first:                                    # so the text object does not start with Helvetica
        canvas.setFont(first[0].style.font, first[0].style.size)
    t = canvas.beginText()
    state: dict[str, Any] = {"font": None, "colour": None, "tc": 0.0, "hs": 100.0}
    for x0, y, gline in page.texts:
        for run in _runs(gline.glyphs):
            g, text, tc = run
            st = g.style
            if state["font"] != (st.font, st.size):
                t.setFont(st.font, st.size)
                state["font"] = (st.font, st.size)
            if state["colour"] is not st.colour and state["colour"] != st.colour:
                t.setFillColor(st.colour)
                state["colour"] = st.colour
            if abs(state["tc"] - tc) > 1e-4:
                t.setCharSpace(tc)
                state["tc"] = tc
            if abs(state["hs"] - g.hscale) > 1e-4:
                t.setHorizScale(g.hscale)
                state["hs"] = g.hscale
            for dx, piece in _subset_pieces(canvas, g, text, tc):
                t.setTextOrigin(x0 + g.x + dx, y)
                t.textOut(piece)
    canvas.drawText(t)


def _subset_pieces(canvas, g: Glyph, text: str, tc: float):
    """Split a run where reportlab switches TrueType subsets, each piece placed on its own.

    Character spacing (Tc) after the last glyph of a string is applied by PDF viewers but not by every
    text extractor; positioning each piece explicitly keeps both readings identical.
    """
    font = getFont(g.style.font)
    if len(text) < 2 or not getattr(font, "_dynamicFont", False):
        yield 0.0, text
        return
    pieces = font.splitString(text, canvas._doc)
    if len(pieces) < 2:
        yield 0.0, text
        return
    dx = 0.0
    pos = 0
    for _subset, chunk in pieces:
        n = len(chunk.decode("latin-1")) if isinstance(chunk, bytes) else len(chunk)
        piece = text[pos:pos + n]
        yield dx, piece
        dx += stringWidth(piece, g.style.font, g.style.size) * g.hscale / 100.0 + tc * n
        pos += n


def _runs(glyphs: list[Glyph]):
    """Merge neighbouring single characters of one style and even spacing into one text run."""
    i, n = 0, len(glyphs)
    while i < n:
        g = glyphs[i]
        if len(g.text) != 1 or g.hscale != 100.0:
            yield g, g.text, g.tc
            i += 1
            continue
        j, tc = i + 1, None
        while j < n:
            h, prev = glyphs[j], glyphs[j - 1]
            if len(h.text) != 1 or h.hscale != 100.0 or not h.style.same(g.style):
                break
            implied = h.x - prev.x - prev.adv
            if tc is not None and abs(implied - tc) > 0.01:
                break
            tc = implied
            j += 1
        yield g, "".join(x.text for x in glyphs[i:j]), (tc or 0.0)
        i = j
