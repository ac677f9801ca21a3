"""Printed reports: 纪要 and 会议记录 of a meeting, 督办单, 月调度表, 季度通报 (the 作战图 is in services.warroom).

Each returns the printing's PrintResult (path, pages, fonts used, a font warning for the clerk).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kydesk.domain import clock, lights
from kydesk.domain.deadlines import format_due as cn_date
from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.domain.models import TaskStatus
from kydesk.domain.workdays import add_workdays
from kydesk.printing.word import wants_word
from kydesk.services import Changed, changed
from kydesk.services import warroom as wr
from kydesk.services.settings import ledger_year, use_print_fonts
from kydesk.services.tasks import get_task, resolve_id
from kydesk.store import warroom_queries as wq
from kydesk.store.db import Database

# -- meetings --------------------------------------------------------------------------------------

# Every report writes Word when `out` ends in .docx (kydesk.printing.word), else PDF: same data, same names.

def minutes_pdf(db: Database, meeting_id: str, out, *, issued: date | None = None, progress=None):
    from kydesk.services.meetings import get_meeting
    from kydesk.services.settings import org_name

    if wants_word(out):
        from kydesk.printing.word.minutes import build_minutes_docx as build
    else:
        use_print_fonts(db)
        from kydesk.printing.minutes import build_minutes_pdf as build
    return build(get_meeting(db, meeting_id), out, org_name=org_name(db), issued=issued, progress=progress)


def record_pdf(db: Database, meeting_id: str, out, *, progress=None):
    from kydesk.services.meetings import get_meeting
    from kydesk.services.settings import org_name

    if wants_word(out):
        from kydesk.printing.word.record import build_record_docx as build
    else:
        use_print_fonts(db)
        from kydesk.printing.record import build_record_pdf as build
    return build(get_meeting(db, meeting_id), out, org_name=org_name(db), progress=progress)


# -- 督办单 ------------------------------------------------------------------------------------------

def red_task_ids(db: Database, today: date | None = None) -> list[str]:
    """The red tasks of the ledger year, in chart order (unit, then section)."""
    today = today or clock.today()
    data = wr.chart_data(db, wr.ChartQuery(light="red"), today=today)
    return [ct.task.id for ct in data.all_tasks()]


def _source(db: Database, task) -> str:
    if task.source_meeting_id:
        m = wq.meeting_sources(db, [task.source_meeting_id]).get(task.source_meeting_id)
        if m:
            when = cn_date(date.fromisoformat(m["date"]))
            number = f"第{m['number']}期" if m["number"] else ""
            return f"{when}{m['kind']}{number}议定事项（{m['title']}）" if m["title"] else f"{when}{m['kind']}{number}议定事项"
    year = task.due.year if task.due else ledger_year(db)
    return f"{year}年度重点任务台账" + (f"·{task.section}" if task.section else "")


def _due_text(task) -> str:
    """"7月底前（2024年7月31日）": the phrase as written, with the date it stands for."""
    if task.due is None or task.recurrence or task.ongoing:
        return task.due_text
    when = cn_date(task.due)
    typed = (task.due_text or "").strip()
    if not typed or typed in (when, task.due.isoformat()):
        return when
    return f"{typed}（{when}）"


def evidence_line(db: Database, task_id: str) -> str:
    """The 佐证材料 received on a task, as the 督办单 states it ("2个：主体封顶.jpg（11月20日）、…")."""
    from kydesk.services import attachments

    items = attachments.of_task(db, task_id)
    if not items:
        return ""
    named = "、".join(f"{a.name}（{a.attached.month}月{a.attached.day}日）" for a in items[:6])
    more = "等" if len(items) > 6 else ""
    return f"已收到{len(items)}个：{named}{more}"


def notice_reply_default(db: Database, today: date | None = None, grade: str = "督办") -> str:
    """The 办复要求 a notice of this grade issued `today` carries unless the clerk words it otherwise."""
    from kydesk.printing.layout import cn_date as print_date
    from kydesk.printing.layout import load_layout

    today = today or clock.today()
    from kydesk.services import notices as graded

    layout = load_layout(graded.grade(grade).layout)
    days = layout.int("reply_workdays")
    return layout.text("texts.reply").format(reply_date=print_date(add_workdays(today, days)), days=days,
                                             office=wr.office_name(db))


def notice_pdf(db: Database, task_ids: list[str], out, *, today: date | None = None, force: bool = False,
               progress=None, grade: str = "督办", reply: str = ""):
    """One notice per task: 督办单 for red tasks (the default), 提醒函 for yellow ones, 约谈通知 for tasks red N
    months in a row (services.notices); `force` allows others that are still open. Numbers are kept, and the
    notices recorded, only when the PDF was written. `reply`: the 办复要求 as edited in the preview (empty: the
    layout's wording)."""
    use_print_fonts(db)
    from kydesk.printing.layout import load_layout
    from kydesk.printing.notice import NoticeData, build_notice_pdf
    from kydesk.services import notices as graded
    from kydesk.services.task_sources import source_text

    g = graded.grade(grade)
    today = today or clock.today()
    if not task_ids:
        raise KydeskError(f"没有{g.light.label}任务，无需生成{g.name}")
    ids = list(dict.fromkeys(resolve_id(db, t) for t in task_ids))
    data = wr.chart_data(db, wr.ChartQuery(year=ledger_year(db, today)), today=today)
    charted = {ct.task.id: ct for ct in data.all_tasks()}
    layout = load_layout(g.layout)
    days = layout.int("reply_workdays")
    office = wr.office_name(db)
    latest = wq.latest_progress(db, ids)
    notices = []
    for tid in ids:
        ct = charted.get(tid)
        task = ct.task if ct else get_task(db, tid)
        light = ct.light if ct else None
        if task.status in (TaskStatus.DONE, TaskStatus.CANCELLED):
            raise KydeskError(f"任务“{task.title}”{task.status.label}，不能发出{g.name}")
        refused = graded.refusal(db, g, task.title, tid, light, today)
        if refused and not force:
            raise KydeskError(refused)
        orig = ct.original_due if ct else None
        last = latest.get(tid)
        notices.append(NoticeData(
            number=0, year=today.year, title=task.title, target=task.target,
            source=source_text(db, tid) or _source(db, task),
            lead_unit=task.lead_unit, partners=[p for p in task.partner_units if p], leader=task.leader,
            person=task.person, original_due=cn_date(orig) if orig else "", current_due=_due_text(task),
            overdue_days=lights.days_overdue(task, today), reason=ct.explain if ct else "",
            latest=last[1] if last else "", latest_date=date.fromisoformat(last[0]) if last else None,
            evidence=evidence_line(db, tid),
            office=office, issued=today, reply_by=add_workdays(today, days), reply_days=days, task_id=tid,
            layout=g.layout, number_template=layout.text("number.template"),
            streak=graded.red_streak(db, tid, today, light), light=light.label if light else "未亮灯",
            unit_id=task.lead_unit_id,
            reply=reply))
    with db.tx():
        numbers = graded.allocate(db, g, [(n.task_id, n.unit_id, n.reason) for n in notices], today)
        for n in notices:
            n.number = numbers[n.task_id]
        if wants_word(out):
            from kydesk.printing.word.notice import build_notice_docx as build_notice_pdf
        result = build_notice_pdf(notices, out, progress=progress)
    result.numbers = [n.number_text for n in notices]
    result.name = g.name
    return result


# -- periods -----------------------------------------------------------------------------------------

@dataclass
class Period:
    key: str                          # 2024Q2 | 2024-06
    year: int
    first: date
    last: date
    quarter: int | None = None
    month: int | None = None


def parse_period(text: str) -> Period:
    year = re.match(r"\s*(\d{4})", text or "")       # checked first: 9999Q4 would overflow the calendar
    if year and not 1990 <= int(year.group(1)) <= 2100:
        raise ValidationError(f"统计期“{text}”的年份不合理（应在 1990–2100 之间）", "period")
    period = _parse_period(text)
    if not 1990 <= period.year <= 2100:
        raise ValidationError(f"统计期“{text}”的年份不合理（应在 1990–2100 之间）", "period")
    return period


def _parse_period(text: str) -> Period:
    s = (text or "").strip().upper()
    m = re.fullmatch(r"(\d{4})\s*Q([1-4])", s) or re.fullmatch(r"(\d{4})年?第?([1-4一二三四])季度?", s)
    if m:
        y, q = int(m.group(1)), "1234一二三四".index(m.group(2)) % 4 + 1
        first = date(y, 3 * q - 2, 1)
        return Period(f"{y}Q{q}", y, first, lights.month_bounds(f"{y:04d}-{3 * q:02d}")[1], quarter=q)
    m = re.fullmatch(r"(\d{4})[-/年.](\d{1,2})月?", s)
    if m and 1 <= int(m.group(2)) <= 12:
        y, mon = int(m.group(1)), int(m.group(2))
        first, last = lights.month_bounds(f"{y:04d}-{mon:02d}")
        return Period(f"{y:04d}-{mon:02d}", y, first, last, month=mon)
    raise ValidationError(f"统计期“{text}”无效，请写成 2024Q2（季度）或 2024-06（月份）", "period")


# -- 月调度表 ------------------------------------------------------------------------------------------

def _on_time(t) -> bool:
    """Done by its deadline (an ongoing or recurring task done at all is on time); unknown done date: no."""
    if t.status != TaskStatus.DONE or t.done_date is None:
        return False
    due = lights.effective_due(t, t.done_date)
    return due is None or t.done_date <= due


def _reds_until(db: Database, p: Period, leads: wr.Leads) -> dict[str, int]:
    """Lead unit name (as unit_stats names it) -> red task-months recorded from January to the dispatched
    month (a later month's reds do not belong in an earlier month's table)."""
    out: dict[str, int] = {}
    for uid, (months, _) in wq.reds_by_unit(db, f"{p.year:04d}-01", p.key).items():
        name = leads.name_of_id(uid)
        out[name] = out.get(name, 0) + months
    return out


def _as_of(db: Database, p: Period, today: date | None, not_begun: str, field: str):
    """The period's tasks as of min(today, its last day), their lead units and per-unit figures (cancelled
    tasks are not counted); a period that has not begun is refused with `not_begun`."""
    today = today or clock.today()
    if today < p.first:
        raise ValidationError(not_begun, field)
    on = min(today, p.last)
    items = wr.tasks_on(db, p.year, on)
    leads = wr.Leads(db)
    per_unit, total = wr.unit_stats(items, on, leads)
    return today, on, items, leads, per_unit, total


def dispatch_data(db: Database, month: str, today: date | None = None):
    """The 月调度 of `month` ("2024-07"): per-unit figures and the overdue list, as of the dispatch date.
    Both the PDF and the Excel 月调度表 are made from this."""
    from kydesk.printing.dispatch import DispatchData, OverdueRow, UnitRow

    p = parse_period(month)
    if p.month is None:
        raise ValidationError(f"调度月份“{month}”无效，请写成 2024-07", "month")
    today, on, items, leads, per_unit, total = _as_of(db, p, today, f"{p.year}年{p.month}月尚未开始，不能调度",
                                                      "month")
    on_time: dict[str, int] = {}
    for ct in items:
        if _on_time(ct.task):
            name = leads.name(ct.task)
            on_time[name] = on_time.get(name, 0) + 1
    reds = _reds_until(db, p, leads)
    reported = wq.progress_between(db, p.first, p.last)
    latest = wq.latest_progress(db, [ct.task.id for ct in items], until=on)
    key_lines: dict[str, list[str]] = {}
    for ct in items:
        t = ct.task
        if not t.key or ct.paint == "cancelled" or ct.paint == "done" and not reported.get(t.id):
            continue
        got = reported.get(t.id)
        text = f"“{t.title}”：" + (f"{got[-1][1]}" + (f"（{got[-1][2]}%）" if got[-1][2] is not None else "")
                                  if got else "本月未报送进展")
        key_lines.setdefault(leads.name(t), []).append(text)
    rows = [UnitRow(u.name, u.total, u.done, u.green, u.yellow, u.red, u.rate, reds.get(u.name, 0),
                    "；".join(key_lines.get(u.name, [])), on_time=on_time.get(u.name, 0)) for u in per_unit]
    # 合计 adds up the rows shown: reds of a unit that has no counted task left would be a figure nobody can find
    total_row = UnitRow("合计", total.total, total.done, total.green, total.yellow, total.red, total.rate,
                        sum(r.reds_in_year for r in rows), on_time=sum(on_time.values()))
    overdue = []
    for ct in items:
        days = lights.days_overdue(ct.task, on)          # 0 for a cancelled task
        if days > 0:
            t = ct.task
            last = latest.get(t.id)
            overdue.append(OverdueRow(t.title, leads.name(t), t.person,
                                      t.due_text or (cn_date(t.due) if t.due else ""), days, last[1] if last else "",
                                      section=t.section or "", leader=t.leader or ""))
    overdue.sort(key=lambda r: -r.days)
    return DispatchData(p.year, p.month, wr.office_name(db), on, rows, total_row, overdue)


def prepare_dispatch(db: Database, month: str, today: date) -> frozenset[str]:
    """Making a 月调度 (on paper or in Excel) records the month's lights: the history 年终考核 reads."""
    p = parse_period(month)
    tables = set(wr.close_past_month(db, today).tables)
    if p.month is not None and today >= p.first:
        tables |= wr.record_month_lights(db, p.key, today).tables
    return frozenset(tables)


def prepare_bulletin(db: Database, period: str, today: date) -> frozenset[str]:
    parse_period(period)  # a bad period is refused before anything is recorded
    return frozenset(wr.close_past_month(db, today).tables)


def dispatch_pdf(db: Database, month: str, out, *, today: date | None = None, progress=None):
    """Make the 月调度: record the month's lights (the history), then print the table."""
    if wants_word(out):
        from kydesk.printing.word.dispatch import build_dispatch_docx as build_dispatch_pdf
    else:
        use_print_fonts(db)
        from kydesk.printing.dispatch import build_dispatch_pdf

    today = today or clock.today()
    prepare_dispatch(db, month, today)
    return build_dispatch_pdf(dispatch_data(db, month, today), out, progress=progress)


# -- 季度通报 ------------------------------------------------------------------------------------------

def _req_key(period: Period) -> str:
    return f"bulletin_req_{period.key}"


def bulletin_requirements(db: Database, period: str) -> str:
    return db.meta(_req_key(parse_period(period)), "") or ""


def set_bulletin_requirements(db: Database, period: str, text: str) -> Changed:
    """四、下步要求 of the period's bulletin, as the clerk writes it (blank line = new paragraph)."""
    p = parse_period(period)
    with db.tx():
        db.set_meta(_req_key(p), (text or "").strip())
    return changed("meta", message=f"已保存{p.key}通报的下步要求")


def bulletin_data(db: Database, period: str, today: date | None = None):
    """The 通报 of `period` (2024Q2 | 2024-06) as of `today`: overall and ranked per-unit figures, problems.
    Both the PDF and the Excel 通报 are made from this."""
    from kydesk.printing.bulletin import BulletinData, Problem, UnitFigures, period_label

    p = parse_period(period)
    today, on, items, leads, per_unit, total = _as_of(db, p, today, f"统计期 {p.key} 尚未开始", "period")

    from kydesk.store import attachments as attachment_store

    received = attachment_store.counts_by_task(db, [ct.task.id for ct in items], on)
    evidence: dict[str, int] = {}
    for ct in items:
        name = leads.name(ct.task)
        evidence[name] = evidence.get(name, 0) + received.get(ct.task.id, 0)

    def fig(u) -> UnitFigures:
        return UnitFigures(u.name, u.total, u.done, u.green, u.yellow, u.red, u.rate, u.progress,
                           u.schedule if u.dated else None, evidence.get(u.name, 0))

    ranked = sorted(per_unit, key=lambda u: (-round(u.progress, 1), -u.rate, u.red, u.name))
    hist = wr.history(db, p.year, lights.month_of(on), today)
    problems: dict[str, list] = {}
    for ct in items:
        t = ct.task
        streak = lights.light_streak(hist.get(t.id, []))
        if ct.paint == "red":
            why = ct.explain + (f"，已连续{streak}个月亮灯" if streak >= 2 else "")
            problems.setdefault(leads.name(t), []).append(Problem(t.title, why))
        elif ct.paint == "yellow" and lights.repeated(hist.get(t.id, [])):
            problems.setdefault(leads.name(t), []).append(Problem(t.title, "", streak, "黄灯"))
    data = BulletinData(p.year, period_label(None, p.year, p.quarter, p.month), on, wr.office_name(db), today,
                        fig(total), [fig(u) for u in ranked], list(problems.items()),
                        db.meta(_req_key(p), "") or "")
    from kydesk.services.problems import bulletin_rectification  # 问题清单 in 存在问题

    data.rectification, data.rectification_items = bulletin_rectification(db, on)
    return data


def bulletin_pdf(db: Database, period: str, out, *, today: date | None = None, progress=None,
                 official: bool = False):
    """The 通报; `official` prints it as a 公文 (版头 with 发文字号, 版记), numbered per year."""
    today = today or clock.today()
    prepare_bulletin(db, period, today)
    data = bulletin_data(db, period, today)

    def build(header):
        if wants_word(out):
            from kydesk.printing.word.bulletin import build_bulletin_docx

            return build_bulletin_docx(data, out, official=header, progress=progress)
        use_print_fonts(db)
        from kydesk.printing.bulletin import build_bulletin_pdf

        return build_bulletin_pdf(data, out, progress=progress, official=header)

    if not official:
        return build(None)
    with db.tx():                       # the 发文字号 is kept only when the file was written
        return build(official_header(db, period, today))


def official_header(db: Database, period: str, today: date) -> dict:
    """发文机关标志 and 发文字号 of the period's 通报: N counts per year in meta (store counter); printing the
    same period again keeps its number. Call inside the transaction that writes the file."""
    from kydesk.printing.layout import load_layout

    L = load_layout("bulletin")
    p = parse_period(period)
    key = f"bulletin_no_{p.key}"
    n = int(db.meta(key, "0") or 0)
    if not n:
        n = wq.bump_counter(db, f"bulletin_seq_{today.year}")
        db.set_meta(key, n)
    org = wr.office_name(db)
    return {"mark": L.text("official.mark_template").format(org=org),
            "number": L.text("official.number_template").format(prefix=L.text("official.prefix"), year=today.year, n=n),
            "issuer": org}
