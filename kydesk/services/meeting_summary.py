"""The 纪要 text and its history, and what the last meeting left open.

- summary_template: a first draft of the 纪要 from the meeting itself (opening with date, place, chair and
  who attended; the decided items numbered 一、二、… with lead unit and deadline; a closing paragraph).
- versions: every 定稿 is kept (summary_version); a correction makes the next one.
- follow_up: the previous meeting's decided items that are still open, with their tasks' lights, offered
  as the first agenda item "上次会议议定事项落实情况".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kydesk.domain.cn_text import cn_date, cn_number
from kydesk.domain.models import AttendanceRole, Decision, Light, Meeting, Task, TaskStatus
from kydesk.services import Changed, changed
from kydesk.services import tasks as task_services
from kydesk.services.meetings import _editable, get_meeting, resolve_id
from kydesk.services.settings import org_name
from kydesk.store import meetings as meeting_store
from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.tasks import TaskFilter

FOLLOW_UP_TITLE = "上次会议议定事项落实情况"
FOLLOW_UP_PRESENTER = "专班办公室"

def _half_day(time: str) -> str:
    """"15:00" → 下午: a 纪要 says the half of the day, not the minute."""
    try:
        hour = int((time or "").replace("：", ":").split(":")[0])
    except ValueError:
        return ""
    return "上午" if hour < 12 else "下午" if hour < 18 else "晚上"


def _units(meeting: Meeting, roles) -> list[str]:
    out: list[str] = []
    for a in meeting.attendance:
        if a.role in roles and a.unit and a.unit not in out:
            out.append(a.unit)
    return out


def _joined(names: list[str], most: int = 5) -> str:
    if len(names) <= most:
        return "、".join(names)
    return "、".join(names[:3]) + f"等{len(names)}个单位"


# How an agenda title becomes part of the 纪要's opening. A clerk writes agenda items as verbs ("通报上期议定
#事项落实情况", "研究康养小镇规划修改意见", "康养项目建设进展情况汇报"); the 纪要 says what the meeting did with
# each in the words of an office ("听取了专班办公室关于上次会议议定事项落实情况的通报", "就康养小镇规划修改意见
# 进行了研究"), the tone of the speeches and 纪要 the 专班 already writes (tests/data/seeds).
REPORT_VERBS = ("通报", "汇报", "听取", "报告")
STUDY_VERBS = {"研究部署": "部署", "安排部署": "部署", "部署": "部署", "安排": "部署", "研究": "研究",
               "审议": "审议", "讨论": "讨论", "审定": "审议", "听取": "听取"}
_REPORT_TAILS = ("的情况汇报", "情况的汇报", "的汇报", "汇报", "的通报", "通报", "的报告")


def _topic(title: str, verbs) -> tuple[str, str]:
    """(verb found at the front, the rest) — "" when the title starts with none of `verbs`."""
    for verb in sorted(verbs, key=len, reverse=True):
        if title.startswith(verb):
            return verb, title[len(verb):].lstrip("：:“ ").removeprefix("关于")
    return "", title.removeprefix("关于")


def _last_time(topic: str) -> str:
    # "上期"/"上次" are a clerk's shorthand; a 纪要 names it in full
    for short in ("上期会议", "上次会议", "上期", "上次"):
        if topic.startswith(short):
            return "上次会议" + topic[len(short):]
    return topic


def _report_phrase(title: str, presenter: str) -> str:
    """An agenda item heard: "专班办公室关于上次会议议定事项落实情况的通报"."""
    verb, topic = _topic(title, REPORT_VERBS)
    kind = "通报" if verb == "通报" or topic.endswith("通报") or topic.startswith(("上期", "上次")) else "汇报"
    for tail in _REPORT_TAILS:
        if topic.endswith(tail) and len(topic) > len(tail):
            topic = topic[: -len(tail)]
            break
    topic = _last_time(topic)
    if not presenter:
        return f"{topic}{'的通报' if kind == '通报' else '汇报'}"
    return f"{presenter}关于{topic}的{kind}"


def _agenda_parts(meeting: Meeting) -> tuple[list[str], list[tuple[str, str]]]:
    """The agenda as the opening says it: reports heard, and matters taken up (verb, topic)."""
    heard, taken = [], []
    for a in sorted(meeting.agenda, key=lambda a: a.ord):
        title = a.title.strip().rstrip("。；;，,")
        if not title:
            continue
        verb, topic = _topic(title, STUDY_VERBS)
        if verb and STUDY_VERBS[verb] != "听取" and topic:
            taken.append((STUDY_VERBS[verb], topic))
        else:
            heard.append(_report_phrase(title, (a.presenter or "").strip()))
    return heard, taken


def _and(items: list[str]) -> str:
    """A、B和C — the way a 纪要 lists."""
    return items[0] if len(items) == 1 else "、".join(items[:-1]) + "和" + items[-1]


def _what_the_meeting_did(meeting: Meeting) -> str:
    heard, taken = _agenda_parts(meeting)
    if not heard and not taken:
        return "会议听取了各成员单位近期工作进展情况汇报，分析了存在的问题，对下一步重点工作作了安排部署。"
    clauses = []
    if heard:
        clauses.append(f"听取了{_and(heard[:4])}" + ("等" if len(heard) > 4 else ""))
    studied = [t for v, t in taken if v in ("研究", "讨论")]
    reviewed = [t for v, t in taken if v == "审议"]
    planned = [t for v, t in taken if v == "部署"]
    if reviewed:
        clauses.append(f"审议了{_and(reviewed)}")
    if studied:
        clauses.append(f"就{_and(studied)}进行了研究")
    clauses.append(f"对{_and(planned)}作了安排部署" if planned else "对下一步重点工作作了安排部署")
    return "会议" + "，".join(clauses) + "。"


def due_words(text: str, due: date | None) -> str:
    """The deadline as a 纪要 writes it: the clerk's phrase, but a typed 2024-08-15 becomes 2024年8月15日."""
    text = (text or "").strip()
    if due and (not text or re.fullmatch(r"[\d\s./-]+", text)):
        return cn_date(due)
    return text


def decision_paragraph(n: int, d: Decision) -> str:
    """一、{text}。（牵头单位：…；配合单位：…；责任领导：…；责任人：…；完成时限：…）— the heading prints in 黑体."""
    text = d.text.strip().rstrip("。；;.，, ")
    parts = []
    if d.lead_unit:
        parts.append(f"牵头单位：{d.lead_unit}")
    partners = [p for p in d.partner_units if p]
    if partners:
        parts.append(f"配合单位：{'、'.join(partners)}")
    if getattr(d, "leader", ""):
        parts.append(f"责任领导：{d.leader}")
    if getattr(d, "person", ""):
        parts.append(f"责任人：{d.person}")
    when = due_words(d.due_text, d.due)
    if when:
        parts.append(f"完成时限：{when}")
    return f"{cn_number(n)}、{text}。" + (f"（{'；'.join(parts)}）" if parts else "")


def compose_summary(meeting: Meeting, org: str) -> str:
    """The first draft of the 纪要 body: paragraphs separated by a blank line."""
    when = cn_date(meeting.date) + _half_day(meeting.time)
    where = f"在{meeting.place}" if meeting.place else ""
    name = f"{meeting.year}年第{meeting.number}期{meeting.kind}" if meeting.number else meeting.kind
    if meeting.chair:
        # "副区长王建国": the chair with the 职务 the attendance list gives, as a 纪要 introduces a leader
        title = next((a.title for a in meeting.attendance if a.name == meeting.chair and a.title), "")
        chair = meeting.chair if title and title in meeting.chair else f"{title}{meeting.chair}"
        opening = f"{when}，{chair}{where}主持召开{org}{name}。"
    else:
        opening = f"{when}，{org}{where}召开{name}。"
    opening += _what_the_meeting_did(meeting)
    present = _units(meeting, {AttendanceRole.PRESENT})
    observers = _units(meeting, {AttendanceRole.OBSERVER})
    if present:
        opening += f"{_joined(present)}负责同志出席会议"
        opening += f"，{_joined(observers)}负责同志列席会议。" if observers else "。"
    elif meeting.by_role(AttendanceRole.PRESENT):
        opening += f"{len(meeting.by_role(AttendanceRole.PRESENT))}名同志出席会议。"
    decisions = [d for d in sorted(meeting.decisions, key=lambda d: d.ord) if d.text.strip()]
    if decisions:
        paras = [opening + "现将会议议定事项纪要如下："]
        paras += [decision_paragraph(n, d) for n, d in enumerate(decisions, start=1)]
        paras.append("会议要求，各牵头单位要对照议定事项，明确专人负责，倒排工期、挂图作战，配合单位要主动对接、"
                     "协同推进，确保按时限完成；落实情况于下次会议前报专班办公室。")
    else:
        paras = [opening]
        paras.append("会议要求，各成员单位要对照年度目标任务，查找差距，补齐短板，按照序时进度抓好落实，"
                     "工作进展情况按月报专班办公室。")
    return "\n\n".join(paras) + "\n"


def summary_template(db: Database, meeting_id: str) -> str:
    return compose_summary(get_meeting(db, meeting_id), org_name(db))


# -- versions ------------------------------------------------------------------------------------
@dataclass
class SummaryVersion:
    version: int
    text: str
    final: bool
    saved_at: str = ""       # local wall-clock time of the 定稿, for display only


def versions(db: Database, meeting_id: str) -> list[SummaryVersion]:
    """Every 定稿 of this meeting's 纪要, oldest first."""
    meeting_id = resolve_id(db, meeting_id)
    out = []
    for r in meeting_store.summary_versions(db, meeting_id):
        out.append(SummaryVersion(r["version"], r["text"], bool(r["final"]), (r["at"] or "").replace("T", " ")))
    return out


# -- what the last meeting left open -------------------------------------------------------------
@dataclass
class FollowUpItem:
    number: int                 # its 一、二、… in the previous meeting
    decision: Decision
    task: Task | None
    light: Light | None

    @property
    def status_text(self) -> str:
        if self.task is None:
            return "未生成任务"
        return self.task.status.label + (f" {self.task.percent}%" if self.task.percent else "")


@dataclass
class FollowUp:
    previous: Meeting | None
    items: list[FollowUpItem]
    on_agenda: bool             # the agenda already has "上次会议议定事项落实情况"


def previous_meeting(db: Database, meeting_id: str) -> Meeting | None:
    """The latest meeting of the same kind before this one."""
    found = meeting_store.previous_meeting_id(db, rows.get(db, "meeting", resolve_id(db, meeting_id)))
    return get_meeting(db, found) if found else None


def follow_up(db: Database, meeting_id: str, *, today: date | None = None) -> FollowUp:
    meeting_id = resolve_id(db, meeting_id)
    on_agenda = meeting_store.agenda_item_titled(db, meeting_id, FOLLOW_UP_TITLE) is not None
    prev = previous_meeting(db, meeting_id)
    if prev is None:
        return FollowUp(None, [], on_agenda)
    decisions = sorted(prev.decisions, key=lambda d: d.ord)
    lit = task_states(db, [d.task_id for d in decisions], today=today)
    items = []
    for n, d in enumerate(decisions, start=1):
        task, light = lit.get(d.task_id, (None, None)) if d.task_id else (None, None)
        if task is not None and task.status in (TaskStatus.DONE, TaskStatus.CANCELLED):
            continue
        items.append(FollowUpItem(n, d, task, light))
    return FollowUp(prev, items, on_agenda)


def add_follow_up_agenda(db: Database, meeting_id: str) -> Changed:
    """Put "上次会议议定事项落实情况" first on the agenda (once)."""
    from kydesk.services.meeting_items import move_to_front
    from kydesk.services.meetings import add_agenda

    meeting_id = resolve_id(db, meeting_id)
    with db.tx():
        _editable(db, meeting_id)
        aid = meeting_store.agenda_item_titled(db, meeting_id, FOLLOW_UP_TITLE) or add_agenda(
            db, meeting_id, title=FOLLOW_UP_TITLE, presenter=FOLLOW_UP_PRESENTER).new_id
        move_to_front(db, "agenda_item", aid)
    return changed("agenda_item", id=aid, message=f"已将“{FOLLOW_UP_TITLE}”列为第一项议题")


def task_states(db: Database, task_ids, *, today: date | None = None) -> dict:
    """task id -> (Task, Light or None) for the decided items' task column."""
    ids = [t for t in task_ids if t]
    if not ids:
        return {}
    return {t.id: (t, light) for t, light in task_services.list_tasks(db, TaskFilter(ids=ids), today=today)}
