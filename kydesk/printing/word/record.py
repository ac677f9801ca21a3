"""The 会议记录 as a Word table form (labels and wording from reports/record.json, as the PDF prints them).

Rows: 会议名称; 会议时间 | 会议地点; 主持人 | 记录人; 出席人员; 列席/缺席人员 (when somebody is in them); 会议议题;
发言记录 (by agenda item, speaker in 黑体); 议定事项; then the chair's and the recorder's signature lines.
Rows may break across pages, and the clerk can type into every cell.
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from kydesk.domain.models import AttendanceRole, Meeting
from kydesk.printing import PrintResult
from kydesk.printing.layout import cn_date, cn_number, cn_weekday, load_layout
from kydesk.printing.meetingtext import decision_text, paragraphs, person_text, sorted_decisions
from kydesk.printing.word.base import WordDoc
from kydesk.printing.word.tables import cell_text, fixed_widths, row_height, table_borders


def build_record_docx(meeting: Meeting, out_path, *, org_name: str, progress=None) -> PrintResult:
    L = load_layout("record")
    lab = lambda k: L.text(f"labels.{k}")
    title = L.text("title.template").format(org=(org_name or "").strip())
    doc = WordDoc(grid=False, title=title, author=org_name, margins_mm=_margins(L))
    p = doc.para(title, "公文标题", count=False)
    p.paragraph_format.space_after = Pt(L.num("title.gap_mm_after") / 25.4 * 72)
    m = meeting
    width = L.num("page.body_width_mm")
    label_w = L.num("table.label_width_mm")
    split = L.num("table.pair_split")
    v1 = (width - 2 * label_w) * split
    widths = [label_w, v1, label_w, width - 2 * label_w - v1]
    rows: list[tuple[str, object] | tuple[str, str, str, str]] = [(lab("meeting"), m.title or "")]
    when = (f"{cn_date(m.date)}（{cn_weekday(m.date)}）" if m.date else "") + (m.time or "").strip()
    rows.append((lab("time"), when, lab("place"), m.place or ""))
    rows.append((lab("chair"), m.chair or "", lab("recorder"), m.recorder or ""))
    for role, key, optional in ((AttendanceRole.PRESENT, "present", False), (AttendanceRole.OBSERVER, "observer", True),
                                (AttendanceRole.LEAVE, "absent", True)):
        people = sorted(m.by_role(role), key=lambda a: a.ord)
        names = "、".join(person_text(a, with_reason=role is AttendanceRole.LEAVE) for a in people)
        if names or not optional:
            rows.append((lab(key), names or lab("none")))
    agenda = sorted(m.agenda, key=lambda a: a.ord)
    items = [a.title.strip() + (lab("presenter").format(name=a.presenter.strip()) if a.presenter.strip() else "")
             for a in agenda]
    rows.append((lab("agenda"), "\n".join(lab("agenda_item").format(n=n, title=t) for n, t in enumerate(items, 1))
                 or lab("none")))
    rows.append((lab("speeches"), _speeches(m, lab) or lab("none")))
    texts = [decision_text(d, lead=lab("lead_unit"), partners=lab("partner_units"), due=lab("due"))
             for d in sorted_decisions(m)]
    rows.append((lab("decisions"), "\n".join(lab("decision_item").format(n=n, text=t) for n, t in enumerate(texts, 1))
                 or lab("none")))

    table = doc.doc.add_table(rows=len(rows), cols=4)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(table, widths)
    table_borders(table, top=8, bottom=8, left=8, right=8, insideH=4, insideV=4)
    text_style, label_style = doc.doc.styles["表格文字"], doc.doc.styles["表格标签"]
    for row, values in zip(table.rows, rows):
        row_height(row, 10)
        for cell in row.cells:
            cell.vertical_alignment = 1
        if len(values) == 4:
            for k, v in enumerate(values):
                cell_text(row.cells[k], v, label_style if k % 2 == 0 else text_style, doc=doc)
        else:
            label, value = values
            cell_text(row.cells[0], label, label_style, doc=doc)
            merged = row.cells[1].merge(row.cells[3])
            cell_text(merged, value, text_style, doc=doc)
            merged.vertical_alignment = 0 if "\n" in str(value) or isinstance(value, list) else 1
    sig = L.get("signature")
    p = doc.para([(sig["chair"], None, None), ("　" * 7, None, None), ("　　　", None, None), (sig["recorder"], None, None),
                  ("　" * 7, None, None)], "表格文字", count=False)
    for k in (1, 4):                                  # the lines to sign on
        p.runs[k].font.underline = True
    p.paragraph_format.space_before = Pt(L.num("signature.gap_mm") / 25.4 * 72)
    footer = doc.doc.sections[0].footer.paragraphs[0]
    footer.style = doc.doc.styles["页码"]
    footer.alignment = 1
    before, rest = L.text("footer.template").split("{n}")
    middle, after = rest.split("{total}")
    footer.add_run(before)
    doc.field(footer, "PAGE", "1")
    footer.add_run(middle)
    doc.field(footer, "NUMPAGES", "1")
    footer.add_run(after)
    path = doc.save(out_path)
    if progress is not None:
        progress(1, 1)
    return PrintResult(Path(path), 1, {r: doc.font(r) for r in sorted(doc.roles_used)}, None)


def _margins(L) -> tuple[float, float, float, float]:
    top, left = L.num("page.margin_top_mm"), L.num("page.margin_left_mm")
    right = L.num("page.width_mm") - left - L.num("page.body_width_mm")
    bottom = L.num("page.height_mm") - top - L.num("page.body_height_mm")
    return top, right, bottom, left


def _speeches(m: Meeting, lab) -> list[tuple[str, str | None]]:
    """Runs for the 发言记录 cell: agenda headings and speakers in 黑体, what they said in 仿宋."""
    agenda = sorted(m.agenda, key=lambda a: a.ord)
    order = {a.id: k for k, a in enumerate(agenda)}
    groups: dict[int, list] = {}
    for e in sorted(m.entries, key=lambda e: (order.get(e.agenda_id or "", len(agenda)), e.ord)):
        groups.setdefault(order.get(e.agenda_id or "", len(agenda)), []).append(e)
    runs: list[tuple[str, str | None]] = []
    headed = len(groups) > 1 or (groups and next(iter(groups)) < len(agenda))

    def para(text: str, role: str | None = None) -> None:
        runs.append((("\n" if runs else "") + text, role))

    for k in sorted(groups):
        if headed:
            title = agenda[k].title.strip() if k < len(agenda) else lab("other_speeches")
            para(lab("agenda_heading").format(cn=cn_number(k + 1), title=title) if k < len(agenda) else title, "heiti")
        for e in groups[k]:
            chunks = paragraphs(e.text) or [""]
            if e.speaker.strip():
                para(f"　　{e.speaker.strip()}：", "heiti")
                runs.append((chunks[0], None))
            else:
                para("　　" + chunks[0])
            for c in chunks[1:]:
                para("　　" + c)
    free = paragraphs(m.record)
    if free:
        if runs:
            para(lab("free_record"), "heiti")
        for c in free:
            para("　　" + c)
    return runs
