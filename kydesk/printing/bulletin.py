"""季度通报 (also for a month) as a PDF in the GB/T 9704 body style of the 纪要 (layout: reports/bulletin.json).

A4, 版心 156 × 225 mm on a 22 × 28 grid, body 3号仿宋, title 2号小标宋 in balanced centred lines, headings 一、 in
黑体 and （一） in 楷体, "— N —" page numbers at the outside edge. Sections: 一、总体情况 (counts, 完成率, 平均进度
against 序时进度), 二、进展情况 (units ranked), 三、存在问题 (red tasks and repeated lights by unit), 四、下步要求
(the clerk's text), then the issuing office and date. The wording is in the layout file.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.printing import PrintResult
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.gridtext import (
    GLine,
    Glyph,
    Page,
    Span,
    TextStyle,
    baseline_in_slot,
    em_ascent,
    line_text,
    measure_em,
    set_balanced,
    set_paragraph,
)
from kydesk.printing.layout import MM, Layout, cn_date, cn_number, load_layout
from kydesk.printing.output import write_pdf


@dataclass
class UnitFigures:
    name: str
    total: int = 0
    done: int = 0
    green: int = 0
    yellow: int = 0
    red: int = 0
    rate: float = 0.0                 # 完成率, percent
    progress: float = 0.0             # 平均进度, percent
    schedule: float | None = None     # 序时进度, percent; None when no task has a deadline to measure
    evidence: int = 0                 # 佐证材料 received on its tasks up to the 统计 date


@dataclass
class Problem:
    title: str
    why: str = ""                     # red: "已逾期12天" / "进度20%，落后序时进度…"
    streak: int = 0                   # months in a row yellow or worse (0: not a repeated light)
    streak_light: str = ""            # 黄灯 | 红灯


@dataclass
class BulletinData:
    year: int
    period: str                       # 2024年第二季度
    as_of: date
    org: str
    issued: date
    overall: UnitFigures
    units: list[UnitFigures] = field(default_factory=list)          # ranked
    problems: list[tuple[str, list[Problem]]] = field(default_factory=list)   # by unit
    requirements: str = ""
    # 问题清单: counts {total, open, fixed, closed} and the open problems past or near their 整改时限,
    # as (unit, problem, why), for a paragraph of 存在问题
    rectification: dict = field(default_factory=dict)
    rectification_items: list[tuple[str, str, str]] = field(default_factory=list)


def pct(v: float) -> str:
    return f"{v:.1f}%".replace(".0%", "%")


def _versus(L: Layout, progress: float, schedule: float | None) -> str:
    """"，序时进度58%，慢于序时进度5个百分点" (nothing when there is no 序时进度 to compare with)."""
    if schedule is None:
        return ""
    gap = round(progress - schedule, 1)
    if abs(gap) < 0.05:
        compare = L.text("texts.even")
    else:
        g = f"{abs(gap):.1f}".removesuffix(".0")
        compare = L.text("texts.ahead" if gap > 0 else "texts.behind").format(gap=g)
    return L.text("texts.versus").format(schedule=pct(schedule), compare=compare)


def build_bulletin_pdf(data: BulletinData, out_path, progress=None, official: dict | None = None) -> PrintResult:
    """`official`: {"mark", "number"} prints the 通报 as a 公文: red 版头 with 发文字号, 版记 on an even page."""
    doc = BulletinLayout(data, load_layout("bulletin"), official)
    pages = doc.pages()
    path = write_pdf(out_path, pages, title=doc.title_text, author=data.org, subject="通报", progress=progress,
                     page_size=(doc.L.mm("page.width_mm"), doc.L.mm("page.height_mm")))
    return PrintResult(Path(path), len(pages), {r: doc.fonts.files[r] for r in sorted(doc.roles_used)},
                       doc.fonts.warning)


def bulletin_blocks(d: BulletinData, L: Layout) -> list[tuple[str, list[tuple[str, str]]]]:
    """The 通报's text as (kind, [(text, role)]) blocks — kind title | recipients | head | para, role body | h1 |
    h2 — so the PDF and the Word document say the same."""
    t = lambda key, **kw: L.text(f"texts.{key}").format(**kw)
    out: list[tuple[str, list[tuple[str, str]]]] = [("title", [(L.text("title.template").format(period=d.period), "")])]
    out.append(("recipients", [(L.text("recipients"), "body")]))
    out.append(("para", [(t("opening", year=d.year, period=d.period), "body")]))
    o = d.overall
    out.append(("head", [(t("h1"), "h1")]))
    out.append(("para", [(t("overall", as_of=cn_date(d.as_of), year=d.year, total=o.total, done=o.done, rate=pct(o.rate),
                             green=o.green, yellow=o.yellow, red=o.red, progress=pct(o.progress),
                             versus=_versus(L, o.progress, o.schedule)), "body")]))
    out.append(("head", [(t("h2"), "h1")]))
    if d.units:
        out.append(("para", [(t("ranking"), "body")]))
    for k, u in enumerate(d.units, start=1):
        out.append(("para", [(f"（{cn_number(k)}）{u.name}。", "h2"), (unit_text(L, u), "body")]))
    out.append(("head", [(t("h3"), "h1")]))
    if not d.problems:
        out.append(("para", [(t("no_problems"), "body")]))
    else:
        out.append(("para", [(t("problems_intro"), "body")]))
        for k, (unit, items) in enumerate(d.problems, start=1):
            out.append(("para", [(f"（{cn_number(k)}）{unit}。", "h2"), (problem_text(L, items), "body")]))
    if d.rectification.get("total"):        # the 问题清单's rectification, with what lags
        text = t("rectification", **d.rectification)
        if d.rectification_items:
            text += t("rectification_lag", n=len(d.rectification_items)) + "；".join(
                t("rectification_item", unit=u, text=p, why=w) for u, p, w in d.rectification_items)
        out.append(("para", [(text + "。", "body")]))
    out.append(("head", [(t("h4"), "h1")]))
    text = (d.requirements or "").strip() or t("requirements_default")
    for p in [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]:
        out.append(("para", [(" ".join(p.split("\n")).strip(), "body")]))
    return out


def unit_text(L: Layout, u: UnitFigures) -> str:
    t = lambda key, **kw: L.text(f"texts.{key}").format(**kw)
    if u.yellow and u.red:
        lit = t("unit_lights", yellow=u.yellow, red=u.red)
    elif u.red:
        lit = t("unit_red_only", red=u.red)
    elif u.yellow:
        lit = t("unit_yellow_only", yellow=u.yellow)
    else:
        lit = ""
    if u.evidence:
        lit += t("unit_evidence", n=u.evidence)
    return t("unit", total=u.total, done=u.done, rate=pct(u.rate), progress=pct(u.progress),
             versus=_versus(L, u.progress, u.schedule), lights=lit)


def problem_text(L: Layout, items: list[Problem]) -> str:
    t = lambda key, **kw: L.text(f"texts.{key}").format(**kw)
    reds = [p for p in items if p.why]
    streaks = [p for p in items if p.streak >= 2]
    parts = []
    if reds:
        parts.append(t("red_lead", n=len(reds)) + "；".join(t("red_item", title=p.title, why=p.why) for p in reds))
    if streaks:
        parts.append(t("streak_lead", n=len(streaks)) + "；".join(
            t("streak_item", title=p.title, months=p.streak, light=p.streak_light) for p in streaks))
    return "。".join(parts) + "。"


class BulletinLayout:
    def __init__(self, data: BulletinData, layout: Layout, official: dict | None = None):
        self.d, self.L, self.official = data, layout, official
        self.bare_pages: set[int] = set()
        L = layout
        self.fonts = resolve_fonts()
        self.roles_used: set[str] = set()
        self.left = L.mm("page.margin_left_mm")
        self.width = L.mm("page.body_width_mm")
        self.height = L.mm("page.body_height_mm")
        self.top = L.mm("page.height_mm") - L.mm("page.margin_top_mm")
        self.lines, self.chars = L.int("grid.lines"), L.int("grid.chars")
        self.pitch_x, self.pitch_y = self.width / self.chars, self.height / self.lines
        self.colour = L.colour("colours.text")
        self.title_text = L.text("title.template").format(period=data.period)
        self._pages = [Page()]
        self.line = 0

    def style(self, role_key: str, size_key: str) -> TextStyle:
        role = self.L.text(role_key)
        self.roles_used.add(role)
        return TextStyle(self.fonts.name(role), self.L.num(size_key), self.colour)

    def t(self, key: str, **kw) -> str:
        return self.L.text(f"texts.{key}").format(**kw)

    # -- the grid ------------------------------------------------------------------------------------
    def put(self, gl: GLine, x: float | None = None) -> None:
        if self.line >= self.lines:
            self._pages.append(Page())
            self.line = 0
        y = baseline_in_slot(self.top - self.line * self.pitch_y, self.pitch_y, gl.size)
        self._pages[-1].text(self.left if x is None else x, y, gl)
        self.line += 1

    def para(self, spans: list[Span], *, indent: float | None = None, keep: int = 1) -> None:
        ind = self.L.num("body.indent_chars") if indent is None else indent
        lines = set_paragraph(spans, self.chars, self.pitch_x, indent=ind)
        if keep > 1 and self.lines - self.line < min(keep, len(lines)) and self.line:
            self.line = self.lines                 # a heading goes with the text it heads
        for gl in lines:
            self.put(gl)

    # -- the document --------------------------------------------------------------------------------
    def pages(self) -> list[Page]:
        d, L = self.d, self.L
        styles = {"body": self.style("body.role", "body.size_pt"), "h1": self.style("body.heading1_role", "body.size_pt"),
                  "h2": self.style("body.heading2_role", "body.size_pt")}
        title = self.style("title.role", "title.size_pt")
        if self.official:
            self.red_header(title)
        for kind, runs in bulletin_blocks(d, L):
            if kind == "title":
                cells = int(self.width // title.size)
                for gl in set_balanced([Span(runs[0][0], title)], cells, self.width / cells):
                    self.put(gl)
                self.line += L.int("title.gap_lines_after")
                continue
            spans = [Span(text, styles[role]) for text, role in runs]
            if kind == "recipients":
                self.para(spans, indent=0)
            else:
                self.para(spans, keep=3 if kind == "head" else 1)
        self.signature()
        if self.official:
            self.imprint()
        self.page_numbers()
        return self._pages

    def red_header(self, title: TextStyle) -> None:
        """发文机关标志 (red, shrunk to one line) 35 mm below the 版心 top, 发文字号 centred, the red rule."""
        assert self.official is not None            # only called for a 通报 printed as a 公文
        red = load_layout("minutes").colour("colours.red")
        mark_text = self.official["mark"]
        size = 36.0
        em = measure_em(mark_text, title) or 1.0
        size = max(22.0, min(size, self.width / em))
        scale = min(1.0, self.width / (em * size))
        st = TextStyle(title.font, size, red)
        natural = em * size * scale
        gl = GLine([Glyph(0.0, mark_text, st, natural, hscale=100.0 * scale)], mark_text, size, natural)
        top_mm = 35 * MM
        self._pages[-1].text(self.left + (self.width - natural) / 2, self.top - top_mm - em_ascent(st.font) * size, gl)
        self.line = math.ceil((top_mm + size) / self.pitch_y - 1e-6) + 1
        body = self.style("body.role", "body.size_pt")
        num = line_text(self.official["number"], body)
        self.put(num, self.left + (self.width - num.width) / 2)
        y = self.top - self.line * self.pitch_y + self.pitch_y * 0.2
        self._pages[-1].rule(self.left, y, self.left + self.width, y, 0.35 * MM, red)
        self.line += 1

    def imprint(self) -> None:
        """版记 (印发机关 … 印发日期 between two rules) at the foot of an even page, as the last thing on it."""
        st = self.style("body.role", "body.size_pt")
        st = TextStyle(st.font, 14, st.colour)
        row_h = 8.5 * MM
        while len(self._pages) % 2 or self.line * self.pitch_y + row_h + self.pitch_y > self.height:
            self._pages.append(Page())
            self.line = 0
            self.bare_pages.add(len(self._pages))
            if len(self._pages) % 2 == 0:
                break
        bottom = self.top - self.height
        page = self._pages[-1]
        x1, x2 = self.left, self.left + self.width
        page.rule(x1, bottom + row_h, x2, bottom + row_h, 0.35 * MM, self.colour)
        page.rule(x1, bottom, x2, bottom, 0.35 * MM, self.colour)
        base = baseline_in_slot(bottom + row_h, row_h, st.size)
        who = line_text(self.d.org, st)
        when = line_text(cn_date(self.d.issued) + "印发", st)
        page.text(x1 + st.size, base, who)
        page.text(x2 - st.size - when.width, base, when)

    def signature(self) -> None:
        L = self.L
        st = self.style("signature.role", "signature.size_pt")
        org = line_text(self.d.org, st)
        when = line_text(cn_date(self.d.issued), st)
        if self.line + L.int("signature.gap_lines") + 2 > self.lines:
            self._pages.append(Page())
            self.line = 0
        else:
            self.line += L.int("signature.gap_lines")
        right = self.left + self.width - L.num("signature.right_indent_chars") * st.size
        centre = right - when.width / 2                 # the office is centred over the date
        self.put(org, max(self.left, centre - org.width / 2))
        self.put(when, right - when.width)

    def page_numbers(self) -> None:
        L = self.L
        st = self.style("page_number.role", "page_number.size_pt")
        indent = L.num("page_number.indent_chars") * st.size
        base = self.top - self.height - L.mm("page_number.below_mm") - 0.38 * st.size
        for n, page in enumerate(self._pages, start=1):
            if n in self.bare_pages:
                continue
            gl = line_text(L.text("page_number.template").format(n=n), st)
            x = self.left + self.width - indent - gl.width if n % 2 else self.left + indent
            page.text(x, base, gl)


def period_label(L: Layout | None, year: int, quarter: int | None = None, month: int | None = None) -> str:
    L = L or load_layout("bulletin")
    if quarter:
        return L.text("texts.period_quarter").format(year=year, q="一二三四"[quarter - 1])
    return L.text("texts.period_month").format(year=year, month=month)


__all__ = ["BulletinData", "UnitFigures", "Problem", "build_bulletin_pdf", "bulletin_blocks", "period_label"]
