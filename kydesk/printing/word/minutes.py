"""The 会议纪要 as a Word document (GB/T 9704-2012), from the same Meeting the PDF is made from.

The red 纪要标志 and 期号, the issuing body and date on one line (a right tab) above the red rule (a paragraph
border), the title in 公文标题, the body in 正文 with 一、 / （一） headings, 出席/列席/请假 led by 黑体 labels,
and the 版记 (分送, 印发) at the foot of an even page. Wording and sizes come from reports/minutes.json.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Pt

from kydesk.domain.models import AttendanceRole, Meeting
from kydesk.printing import PrintResult
from kydesk.printing.layout import cn_date, cn_number, load_layout
from kydesk.printing.meetingtext import (
    HEADING3,
    attendance_lists,
    decision_text,
    meeting_kind,
    paragraphs,
    sorted_decisions,
    split_heading,
)
from kydesk.printing.word.base import WordDoc, _el, _replace, border
from kydesk.printing.word.tables import imprint


def build_minutes_docx(meeting: Meeting, out_path, *, org_name: str, issued: date | None = None,
                       progress=None) -> PrintResult:
    L = load_layout("minutes")
    org = (org_name or "").strip()
    mark_text = L.text("mark.template").format(org=org, kind=meeting.kind, meeting_kind=meeting_kind(meeting.kind))
    issuer = (meeting.issuer or "").strip() or org
    when = issued or meeting.issued or meeting.date
    doc = WordDoc(title=meeting.title or mark_text, author=issuer)
    if progress is not None:
        progress(0, 1)
    red_header(doc, mark_text, size=L.num("mark.size_pt"), min_size=L.num("mark.min_size_pt"),
               number=(L.text("number.template").format(number=meeting.number, year=meeting.year or "")
                       if meeting.number else ""),
               issuer=issuer, when=cn_date(when) if when else "")
    title = (meeting.title or "").strip()
    if title:
        doc.title(title, before_lines=L.int("title.gap_lines_before"),
                 after_lines=L.int("title.gap_lines_after"))
    for text in body_texts(meeting, L):
        body_paragraph(doc, text)
    lists = attendance_lists(meeting, L.text("attendance.separator"))
    labels = {AttendanceRole.PRESENT: L.text("attendance.present"),
              AttendanceRole.OBSERVER: L.text("attendance.observer"), AttendanceRole.LEAVE: L.text("attendance.leave")}
    for k, (role, names) in enumerate(lists):
        label = labels[role] + L.text("attendance.colon")
        p = doc.para([(label, "heiti", None), (names, None, None)],
                     before_lines=L.int("attendance.gap_lines_before") if k == 0 else 0)
        hang = len(label) * 100
        # names run on under the names, not under the label (a hanging indent after 2 characters + label)
        _replace(p._p.get_or_add_pPr(), _el("w:ind", leftChars=200 + hang, left=int((2 + len(label)) * 320),
                                          hangingChars=hang, hanging=len(label) * 320))
    dist = " ".join((meeting.distribution or "").split())
    rows = []
    if dist:
        rows.append((L.text("imprint.distribution"), dist if dist[-1] in "。." else dist.rstrip("，,、；;") + "。"))
    doc.page_numbers()
    imprint(doc, rows, issuer, (cn_date(when) if when else "") + L.text("imprint.issued_suffix"))
    path = doc.save(out_path)
    if progress is not None:
        progress(1, 1)
    return PrintResult(Path(path), doc.total_pages, {r: doc.font(r) for r in sorted(doc.roles_used)}, None)


def red_header(doc: WordDoc, mark_text: str, *, size: float, min_size: float, number: str, issuer: str,
               when: str, rule_below: bool = True) -> None:
    """纪要标志 (or 发文机关标志) in red, centred and shrunk to one line; 期号; issuer and date; the red rule."""
    width_pt = doc.L.num("page.body_width_mm") / 25.4 * 72
    fit = max(min_size, min(size, int(width_pt / max(1, len(mark_text)) * 2) / 2))
    p = doc.para([(mark_text, None, doc.red)], "纪要标志", count=False)
    p.runs[0].font.size = Pt(fit)
    if fit * len(mark_text) > width_pt:                      # still too long: narrow the characters
        rpr = p.runs[0]._r.get_or_add_rPr()
        rpr.append(_el("w:w", val=max(50, int(100 * width_pt / (fit * len(mark_text))))))
    ppr = p._p.get_or_add_pPr()
    _replace(ppr, _el("w:snapToGrid", val=0))
    # 35 mm from the top of the 版心 to the top of the mark
    _replace(ppr, _el("w:spacing", before=int(35 / 25.4 * 1440), after=0, line=int(fit * 1.25 * 20), lineRule="exact"))
    doc.used_lines += int(round((35 / 25.4 * 72 + fit * 1.25) / (doc.line_pitch / 20) + 0.5))
    if number:
        doc.para(number, "发文字号")
    if not (issuer or when):
        return
    p = doc.para([(issuer, None, None), ("\t" + when, None, None)], "主送机关", before_lines=1 if not number else 0)
    body_twips = int(doc.L.num("page.body_width_mm") / 25.4 * 1440)
    p.paragraph_format.tab_stops.add_tab_stop(Pt((body_twips - 320) / 20), WD_TAB_ALIGNMENT.RIGHT)
    _replace(p._p.get_or_add_pPr(), _el("w:ind", leftChars=100, left=320, firstLine=0, firstLineChars=0))
    if rule_below:
        border(p, "bottom", size_eighths=8, colour=doc.red, space=8)


def body_texts(meeting: Meeting, L) -> list[str]:
    """The body's paragraphs: the summary, else the decided items (as the PDF prints them)."""
    paras = paragraphs(meeting.summary)
    if paras:
        return paras
    decisions = sorted_decisions(meeting)
    if not decisions:
        return []
    out = [L.text("decisions.intro")]
    for n, d in enumerate(decisions, start=1):
        out.append(f"{cn_number(n)}、" + decision_text(d, lead=L.text("decisions.lead_unit"),
                                                     partners=L.text("decisions.partner_units"), due=L.text("decisions.due")))
    return out


def body_paragraph(doc: WordDoc, text: str) -> None:
    """一、 alone → 一级标题; 一、sentence。more → 正文 with the heading sentence in 一级标题字符 (and （一） likewise);
    1. → 三级标题, （1） → 四级标题 (仿宋, as GB/T 9704 7.3.3 sets them)."""
    level, head, rest = split_heading(text)
    if level and not rest:
        doc.para(head, "一级标题" if level == 1 else "二级标题")
    elif level:
        doc.para([(head, "一级标题字符" if level == 1 else "二级标题字符", None), (rest, None, None)])
    elif HEADING3.match(text):
        doc.para(text, "四级标题" if text[:1] in "（(" else "三级标题")
    else:
        doc.para(text)

