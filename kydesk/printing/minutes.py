"""The 会议纪要 as a PDF, after GB/T 9704-2012 (layout: reports/minutes.json).

Page one: the red 纪要标志 "{org}{meeting_kind}纪要" (e.g. 商洛市康养之都建设工作专班推进会议纪要) centred with
its top 35 mm below the 版心 top, "第X期" below it, the issuing body (left) and the date (right), a red
rule, then the title in 2号 centred (long titles wrap into centred lines of even length). The body is the
meeting's summary on the 22 × 28 grid in 3号仿宋 (一、 headings in 黑体, （一） in 楷体); with no summary it is
built from the decided items. Then 出席/列席/请假 (a role with nobody is left out), the 版记 (分送, 印发机关,
印发日期) at the foot of the last page, and "— N —" page numbers at the outside edge.

The date in the header and in the 版记 is the 印发 date: `issued`, else meeting.issued, else meeting.date.
"""
from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from kydesk.domain.models import AttendanceRole, Meeting
from kydesk.printing import PrintResult
from kydesk.printing.fonts import FontSet, resolve_fonts
from kydesk.printing.gridtext import (
    ASCENT,
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
from kydesk.printing.layout import Layout, cn_date, cn_number, load_layout
from kydesk.printing.meetingtext import (
    attendance_lists,
    decision_text,
    meeting_kind,
    paragraphs,
    sorted_decisions,
    split_heading,
)
from kydesk.printing.output import write_pdf


def build_minutes_pdf(meeting: Meeting, out_path, *, org_name: str, issued: date | None = None,
                      progress=None) -> PrintResult:
    """Write the 纪要 of `meeting` to `out_path` (atomically). Raises KydeskError, Cancelled."""
    fonts = resolve_fonts()
    doc = MinutesLayout(meeting, load_layout("minutes"), fonts, org_name=org_name, issued=issued)
    pages = doc.pages()
    path = write_pdf(out_path, pages, title=meeting.title or doc.mark_text, author=doc.issuer,
                     subject="会议纪要", progress=progress,
                     page_size=(doc.L.mm("page.width_mm"), doc.L.mm("page.height_mm")))
    used = {role: fonts.files[role] for role in sorted(doc.roles_used)}
    return PrintResult(Path(path), len(pages), used, fonts.warning)


class MinutesLayout:
    """Lays the 纪要 out on pages of grid lines; nothing is drawn here."""

    def __init__(self, meeting: Meeting, layout: Layout, fonts: FontSet, *, org_name: str,
                 issued: date | None = None):
        self.m, self.L, self.fonts = meeting, layout, fonts
        L = layout
        self.org = (org_name or "").strip()
        self.issue_date = issued or meeting.issued or meeting.date
        self.issuer = (meeting.issuer or "").strip() or self.org
        self.left = L.mm("page.margin_left_mm")
        self.width = L.mm("page.body_width_mm")
        self.height = L.mm("page.body_height_mm")
        self.top = L.mm("page.height_mm") - L.mm("page.margin_top_mm")
        self.bottom = self.top - self.height
        self.lines = L.int("grid.lines")
        self.chars = L.int("grid.chars")
        self.pitch_x = self.width / self.chars
        self.pitch_y = self.height / self.lines
        self.text_colour = L.colour("colours.text")
        self.red = L.colour("colours.red")
        self.roles_used: set[str] = set()
        self.mark_text = L.text("mark.template").format(org=self.org, kind=meeting.kind,
                                                        meeting_kind=meeting_kind(meeting.kind))
        self._pages: list[Page] = [Page()]
        self.bare_pages: set[int] = set()            # pages holding only the 版记, or nothing
        self.line = 0

    # -- helpers ---------------------------------------------------------------------------------
    def style(self, role_key: str, size_key: str, colour=None) -> TextStyle:
        role = self.L.text(role_key)
        self.roles_used.add(role)
        try:
            font = self.fonts.name(role)
        except KeyError:
            font = self.fonts.name("fangsong")
        return TextStyle(font, self.L.num(size_key), colour or self.text_colour)

    @property
    def page(self) -> Page:
        return self._pages[-1]

    def new_page(self) -> None:
        self._pages.append(Page())
        self.line = 0

    def slot_top(self, i: int) -> float:
        return self.top - i * self.pitch_y

    def put(self, gline: GLine, x: float | None = None) -> None:
        """Put one line on the next grid line (a new page when this one is full)."""
        if self.line >= self.lines:
            self.new_page()
        y = baseline_in_slot(self.slot_top(self.line), self.pitch_y, gline.size)
        self.page.text(self.left if x is None else x, y, gline)
        self.line += 1

    def skip(self, n: int) -> None:
        if self.line > 0:                            # no blank lines at the top of a page
            self.line += n

    def room(self) -> int:
        return self.lines - self.line if self.line < self.lines else 0

    # -- the document ----------------------------------------------------------------------------
    def pages(self) -> list[Page]:
        self.header()
        self.title()
        self.body()
        self.attendance()
        self.imprint()
        self.page_numbers()
        return self._pages

    def header(self) -> None:
        L = self.L
        mark = self.style("mark.role", "mark.size_pt", self.red)
        em = measure_em(self.mark_text, mark) or 1.0
        size = max(L.num("mark.min_size_pt"), min(mark.size, self.width / (em * L.num("mark.min_hscale"))))
        scale = min(1.0, self.width / (em * size))
        mark = TextStyle(mark.font, size, mark.colour)
        natural = em * size * scale
        gl = GLine([Glyph(0.0, self.mark_text, mark, natural, hscale=100.0 * scale)], self.mark_text, size,
                   natural)
        mark_top = L.mm("mark.top_mm")
        self.page.text(self.left + (self.width - natural) / 2, self.top - mark_top - em_ascent(mark.font) * size, gl)
        self.line = math.ceil((mark_top + size) / self.pitch_y - 1e-6) + L.int("number.gap_lines")
        if self.m.number:
            number = self.style("number.role", "number.size_pt")
            text = L.text("number.template").format(number=self.m.number,
                                                    year=self.m.year or (self.m.date.year if self.m.date else ""))
            gl = line_text(text, number)
            self.put(gl, self.left + (self.width - gl.width) / 2)
            self.line += L.int("issuer.gap_lines")
        self.issuer_line()

    def issuer_line(self) -> None:
        L = self.L
        st = self.style("issuer.role", "issuer.size_pt")
        indent = L.num("issuer.indent_chars") * st.size
        when = line_text(cn_date(self.issue_date), st)
        room = self.width - 2 * indent - when.width - st.size
        cells = max(4, int(room // st.size))
        lines = set_paragraph([Span(self.issuer, st)], cells, st.size, align="left") or [line_text("", st)]
        first = self.line
        for gl in lines:
            self.put(gl, self.left + indent)
        self.page.text(self.left + self.width - indent - when.width,
                       baseline_in_slot(self.slot_top(first), self.pitch_y, st.size), when)
        last_baseline = baseline_in_slot(self.slot_top(self.line - 1), self.pitch_y, st.size)
        y = last_baseline - (1 - ASCENT) * st.size - L.mm("issuer.rule_below_mm")
        self.page.rule(self.left, y, self.left + self.width, y, L.mm("issuer.rule_width_mm"), self.red)

    def title(self) -> None:
        text = (self.m.title or "").strip()
        if not text:
            return
        self.skip(self.L.int("title.gap_lines_before"))
        st = self.style("title.role", "title.size_pt")
        cells = int(self.width // st.size)
        for gl in set_balanced([Span(text, st)], cells, self.width / cells):
            self.put(gl)
        self.skip(self.L.int("title.gap_lines_after"))

    def body_paragraphs(self) -> list[tuple[list[Span], bool]]:
        """(spans, is_heading) for each paragraph of the body."""
        body = self.style("body.role", "body.size_pt")
        h1 = self.style("body.heading1_role", "body.size_pt")
        h2 = self.style("body.heading2_role", "body.size_pt")
        out: list[tuple[list[Span], bool]] = []
        paras = paragraphs(self.m.summary)
        if paras:
            for p in paras:
                level, head, rest = split_heading(p)
                spans = [Span(head, h1 if level == 1 else h2)] if level else []
                if rest:
                    spans.append(Span(rest, body))
                out.append((spans, bool(level) and not rest))
            return out
        decisions = sorted_decisions(self.m)
        if decisions:
            out.append(([Span(self.L.text("decisions.intro"), body)], False))
            for n, d in enumerate(decisions, start=1):
                text = decision_text(d, lead=self.L.text("decisions.lead_unit"),
                                     partners=self.L.text("decisions.partner_units"),
                                     due=self.L.text("decisions.due"))
                out.append(([Span(f"{cn_number(n)}、{text}", body)], False))
        return out

    def body(self) -> None:
        indent = self.L.num("body.indent_chars")
        paras = self.body_paragraphs()
        for k, (spans, heading) in enumerate(paras):
            lines = set_paragraph(spans, self.chars, self.pitch_x, indent=indent)
            if heading and k + 1 < len(paras) and self.room() < len(lines) + 1:
                self.new_page()                      # a heading goes with the text it heads
            for gl in lines:
                self.put(gl)

    def attendance(self) -> None:
        L = self.L
        lists = attendance_lists(self.m, L.text("attendance.separator"))
        if not lists:
            return
        self.skip(L.int("attendance.gap_lines_before"))
        label_st = self.style("attendance.label_role", "attendance.size_pt")
        names_st = self.style("attendance.names_role", "attendance.size_pt")
        labels = {AttendanceRole.PRESENT: L.text("attendance.present"),
                  AttendanceRole.OBSERVER: L.text("attendance.observer"),
                  AttendanceRole.LEAVE: L.text("attendance.leave")}
        indent = L.num("attendance.indent_chars")
        for role, names in lists:
            label = labels[role] + L.text("attendance.colon")
            hang = indent + line_text(label, label_st, self.pitch_x).width / self.pitch_x
            hang = round(hang * 2) / 2
            lines = set_paragraph([Span(label, label_st), Span(names, names_st)], self.chars, self.pitch_x,
                                  indent=indent, hang=hang)
            if self.room() < min(len(lines), 2):
                self.new_page()
            for gl in lines:
                self.put(gl)

    def imprint(self) -> None:
        """版记 at the foot of the last page: [分送：…] / 印发机关 … 印发日期, between rules."""
        L = self.L
        st = self.style("imprint.role", "imprint.size_pt")
        row_h = L.mm("imprint.line_mm")
        indent = L.num("imprint.indent_chars") * st.size
        inner = self.width - 2 * indent
        cells = int(inner // st.size)
        pitch = inner / cells
        rows: list[GLine] = []
        dist = " ".join((self.m.distribution or "").split())
        if dist:
            if dist[-1] not in "。.":
                dist = dist.rstrip("，,、；;") + "。"
            label = L.text("imprint.distribution") + "："
            hang = round(line_text(label, st, pitch).width / pitch * 2) / 2
            rows = set_paragraph([Span(label + dist, st)], cells, pitch, hang=hang)
        height = (len(rows) + 1) * row_h
        gap = L.int("imprint.gap_lines_before") * self.pitch_y
        # GB/T 9704-2012 7.5: the 版记 is the last thing on an even page. Text ending on an odd page (or an
        # even page without room) sends it to the next even page, which then holds nothing else.
        while (len(self._pages) % 2 or self.line >= self.lines
               or self.line * self.pitch_y + gap + height > self.height + 1e-6):
            self.new_page()
            self.line = 0
            self.bare_pages.add(len(self._pages))
            if len(self._pages) % 2 == 0:
                break
        thick, thin = L.mm("imprint.thick_rule_mm"), L.mm("imprint.thin_rule_mm")
        x1, x2 = self.left, self.left + self.width
        y = self.bottom + height
        self.page.rule(x1, y, x2, y, thick, self.text_colour)
        for gl in rows:
            self.page.text(self.left + indent, baseline_in_slot(y, row_h, st.size), gl)
            y -= row_h
        if rows:
            self.page.rule(x1, y, x2, y, thin, self.text_colour)
        who = line_text(self.issuer, st)
        when = line_text(cn_date(self.issue_date) + L.text("imprint.issued_suffix"), st)
        base = baseline_in_slot(y, row_h, st.size)
        self.page.text(self.left + indent, base, who)
        self.page.text(x2 - indent - when.width, base, when)
        self.page.rule(x1, self.bottom, x2, self.bottom, thick, self.text_colour)

    def page_numbers(self) -> None:
        L = self.L
        st = self.style("page_number.role", "page_number.size_pt")
        indent = L.num("page_number.indent_chars") * st.size
        base = self.bottom - L.mm("page_number.below_mm") - 0.38 * st.size
        for n, page in enumerate(self._pages, start=1):
            if n in self.bare_pages:                 # a page with only the 版记 (or blank) has no number
                continue
            gl = line_text(L.text("page_number.template").format(n=n), st)
            x = self.left + self.width - indent - gl.width if n % 2 else self.left + indent
            page.text(x, base, gl)


__all__ = ["build_minutes_pdf", "MinutesLayout"]
