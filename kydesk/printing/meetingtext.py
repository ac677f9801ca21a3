"""The words both meeting documents print: names with units, decided items, paragraphs of a summary."""
from __future__ import annotations

import re

from kydesk.domain.models import Attendance, AttendanceRole, Decision, Meeting
from kydesk.printing.layout import cn_date

HEADING1 = re.compile(r"^[一二三四五六七八九十百零〇]+、")
HEADING2 = re.compile(r"^[（(][一二三四五六七八九十百零〇]+[）)]")
HEADING3 = re.compile(r"^(?:\d+[.．、]|[（(]\d+[）)])")
SENTENCE_END = re.compile(r"[。！？]")
TRAILING_STOP = "。；;.，,、 \u3000"


def meeting_kind(kind: str) -> str:
    """推进会 → 推进会议, 专题会 → 专题会议 (as a 纪要标志 says it)."""
    kind = (kind or "").strip()
    if not kind:
        return "会议"
    if kind.endswith("会") and not kind.endswith("会议"):
        return kind + "议"
    return kind


def person_text(a: Attendance, *, with_reason: bool = False) -> str:
    """张华（市发改委主任）; 请假: 王五（市卫健委，出差）."""
    inner = [p for p in ((a.unit or "").strip() + (a.title or "").strip(),) if p]
    if with_reason and (a.reason or "").strip():
        inner.append(a.reason.strip())
    name = (a.name or "").strip()
    return f"{name}（{'，'.join(inner)}）" if inner else name


def attendance_lists(meeting: Meeting, separator: str = "、") -> list[tuple[AttendanceRole, str]]:
    """(role, names) for each role that has somebody, in the order 出席, 列席, 请假."""
    out = []
    for role in (AttendanceRole.PRESENT, AttendanceRole.OBSERVER, AttendanceRole.LEAVE):
        people = sorted(meeting.by_role(role), key=lambda a: a.ord)
        names = [person_text(a, with_reason=role is AttendanceRole.LEAVE) for a in people]
        names = [n for n in names if n]
        if names:
            out.append((role, separator.join(names)))
    return out


def decision_text(d: Decision, *, lead: str = "牵头单位", partners: str = "配合单位", due: str = "时限") -> str:
    """The decided item with its lead unit, partner units and deadline in brackets, ending with 。."""
    text = (d.text or "").strip().rstrip(TRAILING_STOP)
    parts = []
    if (d.lead_unit or "").strip():
        parts.append(f"{lead}：{d.lead_unit.strip()}")
    names = [p.strip() for p in d.partner_units if p and p.strip()]
    if names:
        parts.append(f"{partners}：{'、'.join(names)}")
    when = (d.due_text or "").strip() or cn_date(d.due)
    if when:
        parts.append(f"{due}：{when}")
    if parts:
        text += "（" + "；".join(parts) + "）"
    return text + "。" if text else ""


def sorted_decisions(meeting: Meeting) -> list[Decision]:
    return [d for d in sorted(meeting.decisions, key=lambda d: d.ord) if (d.text or "").strip()]


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        if out and out[-1].isascii() and out[-1].isalnum() and line[:1].isascii() and line[:1].isalnum():
            out += " "
        out += line
    return out


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a summary or a speech.

    A blank line separates paragraphs and single line breaks inside one are joined; a line that starts
    with a heading number (一、 （一） 1. （1）) always starts a paragraph. Text without any blank line
    (pasted from a word processor) has one paragraph per line. Leading indents are dropped: the
    typesetter indents.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    raw = [line.strip(" \t\u3000") for line in text.split("\n")]
    filled = [i for i, line in enumerate(raw) if line]
    has_blank = bool(filled) and any(not raw[i] for i in range(filled[0], filled[-1]))
    out: list[str] = []
    current: list[str] = []
    for line in raw:
        if not line:
            if current:
                out.append(_join_lines(current))
                current = []
            continue
        starts_heading = bool(HEADING1.match(line) or HEADING2.match(line) or HEADING3.match(line))
        if current and (not has_blank or starts_heading):
            out.append(_join_lines(current))
            current = []
        current.append(line)
    if current:
        out.append(_join_lines(current))
    return out


def split_heading(paragraph: str) -> tuple[int, str, str]:
    """(level, heading part, rest): level 1 for 一、, 2 for （一）, 0 otherwise.

    The heading part runs to the end of the first sentence when more text follows it in the paragraph.
    """
    level = 1 if HEADING1.match(paragraph) else 2 if HEADING2.match(paragraph) else 0
    if not level:
        return 0, "", paragraph
    m = SENTENCE_END.search(paragraph)
    if m and m.end() < len(paragraph):
        return level, paragraph[:m.end()], paragraph[m.end():]
    return level, paragraph, ""
