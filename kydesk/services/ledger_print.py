"""The 任务台账 as a PDF (`kydesk report ledger`, 打印 in the ledger view): the tasks the filter shows, in its
order and grouping (by section unless asked otherwise), with the light each has today."""
from __future__ import annotations

from datetime import date

from kydesk.domain import clock
from kydesk.services.ledger import LedgerQuery, load_rows, query_ledger
from kydesk.services.settings import ledger_year, org_name, use_print_fonts
from kydesk.store.db import Database

LIGHT_TEXT = {"red": "红", "yellow": "黄", "green": "绿"}


def filter_text(q: LedgerQuery) -> str:
    """What the printed list leaves out, said under the title; empty for the whole ledger."""
    bits = []
    if q.unit:
        bits.append(f"单位：{q.unit}")
    if q.person:
        bits.append(f"人员：{q.person}")
    if q.search:
        bits.append(f"搜索：{q.search}")
    if q.light:
        bits.append({"red": "红灯", "yellow": "黄灯", "green": "绿灯", "lit": "红灯和黄灯", "none": "不亮灯"}
                    .get(q.light, q.light))
    if q.status:
        bits.append("未完成" if q.status == "open" else f"状态：{q.status}")
    if q.key_only:
        bits.append("只含重点任务")
    if q.due_from or q.due_to:
        bits.append(f"时限：{q.due_from or ''}至{q.due_to or ''}")
    return f"　　（筛选：{'，'.join(bits)}）" if bits else ""


def ledger_print_data(db: Database, query: LedgerQuery | None = None, today: date | None = None):
    from kydesk.printing.ledger import LedgerLine, LedgerPrint, LedgerSection

    today = today or clock.today()
    q = query or LedgerQuery(group="section")
    result = query_ledger(db, q, today)
    rows = load_rows(db, result.ids, today)
    data = LedgerPrint(org=org_name(db), year=ledger_year(db, today), made=today, filter_text=filter_text(q))
    groups = result.groups or []
    spans = [(g.label, g.start, g.start + g.count) for g in groups] or [("", 0, len(rows))]
    for label, start, end in spans:
        section = LedgerSection(label)
        for i, r in enumerate(rows[start:end], start=1):
            t = r.task
            closed = t.status.value in ("done", "cancelled")
            section.lines.append(LedgerLine(
                seq=str(t.seq or i) if q.group == "section" else str(start + i), title=("★" if t.key else "") + t.title,
                lead=t.lead_unit, partners="、".join(p for p in t.partner_units if p), leader=t.leader,
                person=t.person, due=r.due_display, status=t.status.label, percent=f"{t.percent}%",
                light="" if closed or r.light is None else LIGHT_TEXT.get(r.light.value, ""),
                latest=(t.latest_progress or "").replace("\n", " "), closed=closed))
        data.sections.append(section)
    return data


def ledger_pdf(db: Database, out, query: LedgerQuery | None = None, *, paper: str = "A3",
               today: date | None = None, progress=None):
    use_print_fonts(db)
    from kydesk.printing.ledger import build_ledger_pdf

    return build_ledger_pdf(ledger_print_data(db, query, today), out, paper=paper, progress=progress)
