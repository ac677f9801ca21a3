"""季度通报 (also for a month) as a PDF in the GB/T 9704 body style of the 纪要 (layout: reports/bulletin.json).

A4, 版心 156 × 225 mm on a 22 × 28 grid, body 3号仿宋, title 2号小标宋 in balanced centred lines, headings 一、 in
黑体 and （一） in 楷体, "— N —" page numbers at the outside edge. Sections: 一、总体情况 (counts, 完成率, 平均进度
against 序时进度), 二、进展情况 (units ranked), 三、存在问题 (red tasks and repeated lights by unit), 四、下步要求
(the clerk's text), then the issuing office and date. The wording is in the layout file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.printing import PrintResult
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.gridtext import (
    GLine,
    Page,
    Span,
    TextStyle,
    baseline_in_slot,
    line_text,
    set_balanced,
    set_paragraph,
)
from kydesk.printing.layout import Layout, cn_date, cn_number, load_layout
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


def build_bulletin_pdf(data: BulletinData, out_path, progress=None) -> PrintResult:
    doc = BulletinLayout(data, load_layout("bulletin"))
    pages = doc.pages()
    path = write_pdf(out_path, pages, title=doc.title_text, author=data.org, subject="通报", progress=progress,
                     page_size=(doc.L.mm("page.width_mm"), doc.L.mm("page.height_mm")))
    return PrintResult(Path(path), len(pages), {r: doc.fonts.files[r] for r in sorted(doc.roles_used)},
                       doc.fonts.warning)


class BulletinLayout:
    def __init__(self, data: BulletinData, layout: Layout):
        self.d, self.L = data, layout
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
        body = self.style("body.role", "body.size_pt")
        h1 = self.style("body.heading1_role", "body.size_pt")
        h2 = self.style("body.heading2_role", "body.size_pt")
        title = self.style("title.role", "title.size_pt")
        cells = int(self.width // title.size)
        for gl in set_balanced([Span(self.title_text, title)], cells, self.width / cells):
            self.put(gl)
        self.line += L.int("title.gap_lines_after")
        self.para([Span(L.text("recipients"), body)], indent=0)
        self.para([Span(self.t("opening", year=d.year, period=d.period), body)])
        o = d.overall
        self.para([Span(self.t("h1"), h1)], keep=3)
        self.para([Span(self.t("overall", as_of=cn_date(d.as_of), year=d.year, total=o.total, done=o.done,
                               rate=pct(o.rate), green=o.green, yellow=o.yellow, red=o.red,
                               progress=pct(o.progress), versus=_versus(L, o.progress, o.schedule)), body)])
        self.para([Span(self.t("h2"), h1)], keep=3)
        if d.units:
            self.para([Span(self.t("ranking"), body)])
        for k, u in enumerate(d.units, start=1):
            self.para([Span(f"（{cn_number(k)}）{u.name}。", h2), Span(self.unit_text(u), body)])
        self.para([Span(self.t("h3"), h1)], keep=3)
        if not d.problems:
            self.para([Span(self.t("no_problems"), body)])
        else:
            self.para([Span(self.t("problems_intro"), body)])
            for k, (unit, items) in enumerate(d.problems, start=1):
                self.para([Span(f"（{cn_number(k)}）{unit}。", h2), Span(self.problem_text(items), body)])
        if d.rectification.get("total"):
            text = self.t("rectification", **d.rectification)
            if d.rectification_items:
                text += self.t("rectification_lag", n=len(d.rectification_items)) + "；".join(
                    self.t("rectification_item", unit=u, text=p, why=w) for u, p, w in d.rectification_items)
            self.para([Span(text + "。", body)])
        self.para([Span(self.t("h4"), h1)], keep=3)
        text = (d.requirements or "").strip() or self.t("requirements_default")
        for p in [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]:
            self.para([Span(" ".join(p.split("\n")).strip(), body)])
        self.signature()
        self.page_numbers()
        return self._pages

    def unit_text(self, u: UnitFigures) -> str:
        if u.yellow and u.red:
            lit = self.t("unit_lights", yellow=u.yellow, red=u.red)
        elif u.red:
            lit = self.t("unit_red_only", red=u.red)
        elif u.yellow:
            lit = self.t("unit_yellow_only", yellow=u.yellow)
        else:
            lit = ""
        return self.t("unit", total=u.total, done=u.done, rate=pct(u.rate), progress=pct(u.progress),
                      versus=_versus(self.L, u.progress, u.schedule), lights=lit)

    def problem_text(self, items: list[Problem]) -> str:
        reds = [p for p in items if p.why]
        streaks = [p for p in items if p.streak >= 2]
        parts = []
        if reds:
            parts.append(self.t("red_lead", n=len(reds)) + "；".join(self.t("red_item", title=p.title, why=p.why)
                                                                  for p in reds))
        if streaks:
            parts.append(self.t("streak_lead", n=len(streaks)) + "；".join(
                self.t("streak_item", title=p.title, months=p.streak, light=p.streak_light) for p in streaks))
        return "。".join(parts) + "。"

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
            gl = line_text(L.text("page_number.template").format(n=n), st)
            x = self.left + self.width - indent - gl.width if n % 2 else self.left + indent
            page.text(x, base, gl)


def period_label(L: Layout | None, year: int, quarter: int | None = None, month: int | None = None) -> str:
    L = L or load_layout("bulletin")
    if quarter:
        return L.text("texts.period_quarter").format(year=year, q="一二三四"[quarter - 1])
    return L.text("texts.period_month").format(year=year, month=month)


__all__ = ["BulletinData", "UnitFigures", "Problem", "build_bulletin_pdf", "period_label"]
