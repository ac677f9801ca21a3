"""督办单 (supervision notice) as a PDF: one A4 page per red task (layout: reports/notice.json).

Page: the issuing office and "督 办 单" in red above a red rule, "督办〔2024〕3号" (numbered per year by the
caller), then a ruled form: 督办事项, 任务来源, 承办单位 (lead and partners), 责任领导/责任人, 原定时限/现时限,
逾期天数, 亮灯情况, 最新进展, 办复要求; the office and the date at the foot. A long text shrinks to the
minimum size and is then cut with "…" so a notice always stays on its one page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.printing import PrintResult
from kydesk.printing.cells import draw_lines, text_box, width, wrap
from kydesk.printing.fonts import resolve_fonts
from kydesk.printing.gridtext import Page
from kydesk.printing.layout import Layout, cn_date, load_layout
from kydesk.printing.output import write_pdf


def reply_text(n: NoticeData) -> str:
    """The layout's 办复要求 for this notice (reply date, workdays, office filled in)."""
    return load_layout("notice").text("texts.reply").format(reply_date=cn_date(n.reply_by), days=n.reply_days,
                                                          office=n.office)


@dataclass
class NoticeData:
    number: int
    year: int
    title: str
    source: str
    lead_unit: str
    office: str
    issued: date
    reply_by: date
    reply_days: int
    target: str = ""
    partners: list[str] = field(default_factory=list)
    leader: str = ""
    person: str = ""
    original_due: str = ""
    current_due: str = ""
    overdue_days: int = 0
    reason: str = ""
    latest: str = ""
    latest_date: date | None = None
    task_id: str = ""
    layout: str = "notice"          # reports/<layout>.json: notice 督办单, reminder 提醒函, interview 约谈通知
    number_template: str = "督办〔{year}〕{n}号"
    streak: int = 0                 # months in a row lit red (约谈通知 states it)
    light: str = ""                 # the light today, as a label
    unit_id: str | None = None      # the unit addressed (recorded with the notice)
    reply: str = ""                   # 办复要求 as the clerk edited it in the preview; empty: the layout's text
    evidence: str = ""                # 佐证材料 received so far ("3 个：…"); empty: none

    @property
    def number_text(self) -> str:
        return self.number_template.format(year=self.year, n=self.number)


def build_notice_pdf(notices: list[NoticeData], out_path, progress=None) -> PrintResult:
    """Write one page per notice to `out_path` (atomically). Raises KydeskError, Cancelled."""
    doc = NoticeLayout(load_layout(notices[0].layout if notices else "notice"))
    name = doc.L.text("title.text").replace(" ", "")
    pages = [Page() for _ in notices]

    def draw(canvas, number: int, total: int) -> None:
        doc.draw(canvas, notices[number - 1])

    path = write_pdf(out_path, pages, title=name, author=notices[0].office if notices else "", subject=name,
                     progress=progress, page_size=(doc.page_w, doc.page_h), decorate=draw)
    return PrintResult(Path(path), len(pages), {r: doc.fonts.files[r] for r in sorted(doc.roles_used)},
                       doc.fonts.warning)


def notice_rows(L: Layout, n: NoticeData) -> list[list[tuple[str, str]]]:
    """The form's rows of (label, text) pairs: the PDF and the Word 督办单 print the same."""
    lab, tx = (lambda k: L.text(f"labels.{k}")), (lambda k: L.text(f"texts.{k}"))
    title = n.title + (f"\n{lab('target')}：{n.target}" if n.target and n.target != n.title else "")
    units = f"{lab('lead')}：{n.lead_unit or '—'}"
    if n.partners:
        units += f"\n{lab('partners')}：{'、'.join(n.partners)}"
    current = n.current_due or tx("no_due")
    original = n.original_due or current
    if original == current:
        original = current + tx("same_due")
    overdue = (tx("overdue").format(days=n.overdue_days, date=cn_date(n.issued)) if n.overdue_days
               else tx("not_overdue"))
    latest = f"{cn_date(n.latest_date)}：{n.latest}" if n.latest and n.latest_date else (n.latest or
                                                                                          tx("no_progress"))
    reason = tx("reason").format(why=n.reason or "—", streak=n.streak, light=n.light)
    reply = n.reply.strip() or tx("reply").format(reply_date=cn_date(n.reply_by), days=n.reply_days,
                                                  office=n.office)
    return [[(lab("title"), title)], [(lab("source"), n.source or "—")], [(lab("units"), units)],
            [(lab("leader"), n.leader or "—"), (lab("person"), n.person or "—")],
            [(lab("original_due"), original), (lab("current_due"), current)],
            [(lab("overdue"), overdue)], [(lab("reason"), reason)],
            [(lab("latest"), latest)]] + ([[(lab("evidence"), n.evidence)]] if n.evidence else []) + [
            [(lab("reply"), reply)]]


class NoticeLayout:
    def __init__(self, layout: Layout):
        self.L = L = layout
        self.fonts = resolve_fonts()
        self.roles_used: set[str] = set()
        self.page_w, self.page_h = L.mm("page.width_mm"), L.mm("page.height_mm")
        self.left = L.mm("page.margin_left_mm")
        self.right = self.page_w - L.mm("page.margin_right_mm")
        self.top = self.page_h - L.mm("page.margin_top_mm")
        self.bottom = L.mm("page.margin_bottom_mm")
        self.text_colour = L.colour("colours.text")
        self.red = L.colour("colours.red")

    def font(self, key: str) -> str:
        role = self.L.text(key)
        self.roles_used.add(role)
        return self.fonts.name(role)

    def rows(self, n: NoticeData) -> list[list[tuple[str, str]]]:
        return notice_rows(self.L, n)

    def draw(self, c, n: NoticeData) -> None:
        L = self.L
        x0, x1, y = self.left, self.right, self.top
        w = x1 - x0
        c.setFillColor(self.red)
        h = L.mm("org.height_mm")
        text_box(c, n.office, self.font("org.role"), L.num("org.size_pt"), x0, y, w, h, align="center",
                 min_size=L.num("org.size_pt") * 0.6)
        y -= h
        h = L.mm("title.height_mm")
        text_box(c, L.text("title.text"), self.font("title.role"), L.num("title.size_pt"), x0, y, w, h,
                 align="center")
        y -= h + L.mm("rule.below_mm")
        c.setStrokeColor(self.red)
        c.setLineWidth(L.mm("rule.width_mm"))
        c.line(x0, y, x1, y)
        y -= L.mm("rule.below_mm")
        c.setFillColor(self.text_colour)
        h = L.mm("number.height_mm")
        nf, ns = self.font("number.role"), L.num("number.size_pt")
        draw_lines(c, [L.text("number.left")], nf, ns, x0, y, w, h, "left")
        draw_lines(c, [L.text("number.template").format(year=n.year, n=n.number)], nf, ns, x0, y, w, h, "right")
        y -= h
        sign_font, sign_size = self.font("sign.role"), L.num("sign.size_pt")
        note = L.text("texts.note", "")
        note_size = L.num("note.size_pt")
        foot = L.mm("sign.gap_mm") + 2.6 * sign_size + (note_size * 2 if note else 0)
        y = self.table(c, self.rows(n), x0, y, w, y - self.bottom - foot)
        # office and date, right-aligned with an indent of two characters
        indent = L.num("sign.right_indent_chars") * sign_size
        y -= L.mm("sign.gap_mm")
        office_w = width(n.office, sign_font, sign_size)
        when = L.text("texts.sign_date").format(date=cn_date(n.issued))
        when_w = width(when, sign_font, sign_size)
        col_w = max(office_w, when_w)
        cx = x1 - indent - col_w
        draw_lines(c, [n.office], sign_font, sign_size, cx, y, col_w, sign_size * 1.3, "center")
        draw_lines(c, [when], sign_font, sign_size, cx, y - sign_size * 1.3, col_w, sign_size * 1.3, "center")
        if note:
            draw_lines(c, [note], self.font("note.role"), note_size, x0, self.bottom + note_size * 1.5, w,
                       note_size * 1.5, "left")

    def table(self, c, rows: list[list[tuple[str, str]]], x0: float, top: float, w: float, room: float) -> float:
        """Draw the form; the value size steps down until it fits in `room`. Returns the y under it."""
        L = self.L
        lf, vf = self.font("table.label_role"), self.font("table.value_role")
        size, min_size = L.num("table.size_pt"), L.num("table.min_size_pt")
        label_w, pad = L.mm("table.label_width_mm"), L.mm("table.pad_mm")
        lead, min_row = L.num("table.leading"), L.mm("table.min_row_mm")

        def value_w(cells: int) -> float:
            return (w - cells * label_w) / cells

        def needed(s: float) -> list[int]:
            return [max(len(wrap(v, vf, s, value_w(len(row)) - 2 * pad)) for _, v in row) for row in rows]

        def heights(s: float, lines: list[int]) -> list[float]:
            return [max(min_row, s + s * lead * (n - 1) + 2 * pad + s * 0.4) for n in lines]

        s = size
        lines = needed(s)
        while sum(heights(s, lines)) > room and s - 0.5 >= min_size:
            s -= 0.5
            lines = needed(s)
        caps = list(lines)
        while sum(heights(s, caps)) > room and max(caps) > 1:
            caps[caps.index(max(caps))] -= 1     # the longest text gives up a line, until the form fits
        hs = heights(s, caps)
        c.setLineWidth(L.mm("table.rule_mm"))
        c.setStrokeColor(self.text_colour)
        y = top
        for row, h, cap in zip(rows, hs, caps):
            x = x0
            vw = value_w(len(row))
            for label, value in row:
                c.setFillColor(L.colour("colours.label_bg"))
                c.rect(x, y - h, label_w, h, stroke=1, fill=1)
                c.setFillColor(self.text_colour)
                text_box(c, label, lf, size, x + pad, y, label_w - 2 * pad, h, align="center", max_lines=2,
                         min_size=min_size)
                c.rect(x + label_w, y - h, vw, h, stroke=1, fill=0)
                text_box(c, value, vf, s, x + label_w + pad, y, vw - 2 * pad, h, max_lines=cap,
                         min_size=s, leading=lead)
                x += label_w + vw
            y -= h
        return y
