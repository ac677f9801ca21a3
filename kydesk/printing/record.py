"""The 会议记录 as a PDF: the standard record form on A4 (layout: reports/record.json).

Title "{org}会议记录", then a ruled form: 会议名称; 会议时间 | 会议地点; 主持人 | 记录人; 出席人员; 列席人员 and
缺席人员 (only when somebody is in them; 缺席 carries the reason); 会议议题 (numbered); 发言记录 (speeches
grouped by agenda item, "speaker：text", then the free record text); 议定事项 (numbered, with lead unit,
partner units and deadline). A row longer than the page continues on the next page with its label marked
（续）. Signature lines for the chair and the recorder close the last page; every page has
"第 N 页 共 M 页" below the form.
"""
from __future__ import annotations

from pathlib import Path

from kydesk.domain.models import AttendanceRole, Meeting
from kydesk.printing import PrintResult
from kydesk.printing.fonts import FontSet, resolve_fonts
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
from kydesk.printing.layout import Layout, cn_date, cn_number, cn_weekday, load_layout
from kydesk.printing.meetingtext import decision_text, paragraphs, person_text, sorted_decisions
from kydesk.printing.output import write_pdf


def build_record_pdf(meeting: Meeting, out_path, *, org_name: str, progress=None) -> PrintResult:
    """Write the 会议记录 of `meeting` to `out_path` (atomically). Raises KydeskError, Cancelled."""
    fonts = resolve_fonts()
    doc = RecordLayout(meeting, load_layout("record"), fonts, org_name=org_name)
    pages = doc.pages()
    path = write_pdf(out_path, pages, title=doc.title_text, author=org_name, subject="会议记录",
                     progress=progress, page_size=(doc.L.mm("page.width_mm"), doc.L.mm("page.height_mm")))
    used = {role: fonts.files[role] for role in sorted(doc.roles_used)}
    return PrintResult(Path(path), len(pages), used, fonts.warning)


class RecordLayout:
    def __init__(self, meeting: Meeting, layout: Layout, fonts: FontSet, *, org_name: str):
        self.m, self.L, self.fonts = meeting, layout, fonts
        L = layout
        self.left = L.mm("page.margin_left_mm")
        self.width = L.mm("page.body_width_mm")
        self.top = L.mm("page.height_mm") - L.mm("page.margin_top_mm")
        self.bottom = self.top - L.mm("page.body_height_mm")
        self.colour = L.colour("colours.text")
        self.roles_used: set[str] = set()
        self.title_text = L.text("title.template").format(org=(org_name or "").strip())
        self.line_h = L.num("table.line_pt")
        self.pad_v = L.num("table.pad_v_pt")
        self.pad_h = L.mm("table.pad_h_mm")
        self.label_w = L.mm("table.label_width_mm")
        self.text = self.style("table.text_role", "table.size_pt")
        self.label = self.style("table.label_role", "table.size_pt")
        self.heading = self.style("table.heading_role", "table.size_pt")
        self._pages = [Page()]
        self.y = self.top

    def style(self, role_key: str, size_key: str) -> TextStyle:
        role = self.L.text(role_key)
        self.roles_used.add(role)
        try:
            font = self.fonts.name(role)
        except KeyError:
            font = self.fonts.name("fangsong")
        return TextStyle(font, self.L.num(size_key), self.colour)

    def lab(self, key: str) -> str:
        return self.L.text(f"labels.{key}")

    @property
    def page(self) -> Page:
        return self._pages[-1]

    def new_page(self) -> None:
        self._pages.append(Page())
        self.y = self.top

    # -- cells -----------------------------------------------------------------------------------
    def grid(self, width: float, size: float) -> tuple[int, float]:
        inner = width - 2 * self.pad_h
        cells = max(1, int(inner // size))
        return cells, inner / cells

    def cell_lines(self, paras: list[tuple[list[Span], float, float]], width: float) -> list[GLine]:
        """Typeset (spans, indent, hang) paragraphs for a cell `width` wide."""
        cells, pitch = self.grid(width, self.text.size)
        out: list[GLine] = []
        for spans, indent, hang in paras:
            out += set_paragraph(spans, cells, pitch, indent=indent, hang=hang)
        return out

    def plain(self, text: str, width: float) -> list[GLine]:
        text = text.strip() or self.lab("none")
        return self.cell_lines([([Span(p, self.text)], 0, 0) for p in paragraphs(text) or [text]], width)

    def label_lines(self, text: str) -> list[GLine]:
        """A label at its natural spacing (the row centres it); wraps when wider than its column."""
        cells, _pitch = self.grid(self.label_w, self.label.size)
        return set_paragraph([Span(text, self.label)], cells, self.label.size, align="left")

    # -- rows ------------------------------------------------------------------------------------
    def row(self, cols: list[tuple[float, list[GLine], bool]], label: str | None = None) -> None:
        """One ruled row; cols are (width, lines, is_label). A row with one content column may split."""
        while True:
            avail = self.y - self.bottom - 2 * self.pad_v
            need = max(len(lines) for _w, lines, _l in cols)
            fit = int((avail + 1e-6) // self.line_h)
            splittable = label is not None and need > 2
            if need <= fit:
                self._draw_row(cols, need)
                return
            if label is not None and splittable and fit >= 3:
                head = [(w, lines[:fit] if not is_label else lines, is_label) for w, lines, is_label in cols]
                self._draw_row(head, fit)
                rest = [(w, lines[fit:], False) for w, lines, is_label in cols if not is_label]
                self.new_page()
                cols = [(self.label_w, self.label_lines(label + self.lab("continued")), True)] + rest
                continue
            if self.y < self.top - 1e-6:
                self.new_page()
                continue
            self._draw_row(cols, need)                 # taller than a page and not splittable: as it is
            return

    def _draw_row(self, cols, nlines: int) -> None:
        h = nlines * self.line_h + 2 * self.pad_v
        top = self.y
        x = self.left
        self.page.rect(self.left, top - h, self.width, h, self.L.mm("table.rule_mm"), self.colour)
        for k, (w, lines, is_label) in enumerate(cols):
            if k:
                self.page.rule(x, top, x, top - h, self.L.mm("table.rule_mm"), self.colour)
            first = top - self.pad_v
            if is_label:
                first -= (nlines - len(lines)) * self.line_h / 2
            for i, gl in enumerate(lines):
                base = baseline_in_slot(first - i * self.line_h, self.line_h, gl.size)
                self.page.text(x + ((w - gl.width) / 2 if is_label else self.pad_h), base, gl)
            x += w
        self.y = top - h

    def span_row(self, key: str, lines: list[GLine]) -> None:
        label = self.lab(key)
        self.row([(self.label_w, self.label_lines(label), True), (self.width - self.label_w, lines, False)],
                 label=label)

    def pair_row(self, key1: str, value1: str, key2: str, value2: str) -> None:
        values = self.width - 2 * self.label_w
        w1 = values * self.L.num("table.pair_split")
        w2 = values - w1
        self.row([(self.label_w, self.label_lines(self.lab(key1)), True), (w1, self.plain(value1, w1), False),
                  (self.label_w, self.label_lines(self.lab(key2)), True), (w2, self.plain(value2, w2), False)])

    # -- the document ----------------------------------------------------------------------------
    def pages(self) -> list[Page]:
        self.title()
        self.form()
        self.signatures()
        self.footers()
        return self._pages

    def title(self) -> None:
        st = self.style("title.role", "title.size_pt")
        cells = int(self.width // st.size)
        slot = st.size * 1.5
        for gl in set_balanced([Span(self.title_text, st)], cells, self.width / cells):
            self.page.text(self.left, baseline_in_slot(self.y, slot, st.size), gl)
            self.y -= slot
        self.y -= self.L.mm("title.gap_mm_after")

    def form(self) -> None:
        m = self.m
        wide = self.width - self.label_w
        self.span_row("meeting", self.plain(m.title, wide))
        when = (f"{cn_date(m.date)}（{cn_weekday(m.date)}）" if m.date else "") + (m.time or "").strip()
        self.pair_row("time", when, "place", m.place)
        self.pair_row("chair", m.chair, "recorder", m.recorder)
        for role, key, optional in ((AttendanceRole.PRESENT, "present", False),
                                    (AttendanceRole.OBSERVER, "observer", True),
                                    (AttendanceRole.LEAVE, "absent", True)):
            people = sorted(m.by_role(role), key=lambda a: a.ord)
            names = "、".join(person_text(a, with_reason=role is AttendanceRole.LEAVE) for a in people)
            if names or not optional:
                self.span_row(key, self.plain(names, wide))
        self.span_row("agenda", self.agenda_lines(wide))
        self.span_row("speeches", self.speech_lines(wide))
        self.span_row("decisions", self.decision_lines(wide))

    def numbered(self, texts: list[str], template: str, key: str, width: float) -> list[GLine]:
        if not texts:
            return self.plain("", width)
        paras: list[tuple[list[Span], float, float]] = []
        _cells, pitch = self.grid(width, self.text.size)
        for n, text in enumerate(texts, start=1):
            number = template.format(n=n, **{key: ""})          # "1．": later lines align after it
            hang = round(line_text(number, self.text, pitch).width / pitch * 2) / 2
            paras.append(([Span(template.format(n=n, **{key: text}), self.text)], 0, hang))
        return self.cell_lines(paras, width)

    def agenda_lines(self, width: float) -> list[GLine]:
        items = sorted(self.m.agenda, key=lambda a: a.ord)
        texts = []
        for a in items:
            text = a.title.strip()
            if a.presenter.strip():
                text += self.lab("presenter").format(name=a.presenter.strip())
            texts.append(text)
        return self.numbered(texts, self.lab("agenda_item"), "title", width)

    def decision_lines(self, width: float) -> list[GLine]:
        texts = [decision_text(d, lead=self.lab("lead_unit"), partners=self.lab("partner_units"),
                               due=self.lab("due")) for d in sorted_decisions(self.m)]
        return self.numbered(texts, self.lab("decision_item"), "text", width)

    def speech_lines(self, width: float) -> list[GLine]:
        indent = self.L.num("table.entry_indent_chars")
        agenda = sorted(self.m.agenda, key=lambda a: a.ord)
        order = {a.id: k for k, a in enumerate(agenda)}
        groups: dict[int, list] = {}
        for e in sorted(self.m.entries, key=lambda e: (order.get(e.agenda_id or "", len(agenda)), e.ord)):
            groups.setdefault(order.get(e.agenda_id or "", len(agenda)), []).append(e)
        paras: list[tuple[list[Span], float, float]] = []
        headed = len(groups) > 1 or (groups and next(iter(groups)) < len(agenda))
        for k in sorted(groups):
            if headed:
                title = agenda[k].title.strip() if k < len(agenda) else self.lab("other_speeches")
                head = (self.lab("agenda_heading").format(cn=cn_number(k + 1), title=title)
                        if k < len(agenda) else title)
                paras.append(([Span(head, self.heading)], 0, 0))
            for e in groups[k]:
                chunks = paragraphs(e.text) or [""]
                speaker = e.speaker.strip()
                lead = [Span(f"{speaker}：", self.heading)] if speaker else []
                paras.append((lead + [Span(chunks[0], self.text)], indent, 0))
                paras += [([Span(c, self.text)], indent, 0) for c in chunks[1:]]
        free = paragraphs(self.m.record)
        if free:
            if paras:
                paras.append(([Span(self.lab("free_record"), self.heading)], 0, 0))
            paras += [([Span(p, self.text)], indent, 0) for p in free]
        if not paras:
            return self.plain("", width)
        return self.cell_lines(paras, width)

    def signatures(self) -> None:
        L = self.L
        st = self.style("signature.role", "signature.size_pt")
        gap = L.mm("signature.gap_mm")
        slot = st.size * 1.6
        if self.y - gap - slot < self.bottom:
            self.new_page()
            gap = 0
        top = self.y - gap
        base = baseline_in_slot(top, slot, st.size)
        half = self.width / 2
        for k, key in enumerate(("chair", "recorder")):
            gl = line_text(L.text(f"signature.{key}"), st)
            x = self.left + k * half
            self.page.text(x, base, gl)
            end = min(x + gl.width + L.mm("signature.line_mm"), x + half - st.size)
            self.page.rule(x + gl.width, base - 3, end, base - 3, L.mm("signature.rule_mm"), self.colour)
        self.y = top - slot

    def footers(self) -> None:
        st = self.style("footer.role", "footer.size_pt")
        base = self.bottom - self.L.mm("footer.below_mm") - 0.88 * st.size
        total = len(self._pages)
        for n, page in enumerate(self._pages, start=1):
            gl = line_text(self.L.text("footer.template").format(n=n, total=total), st)
            page.text(self.left + (self.width - gl.width) / 2, base, gl)
