"""问题清单: a problem's status (整改中 → 已整改 → 已销号) and its light, by the rules tasks are lit by.

Status strings (stored and in `problem list --json`): "open" 整改中, "fixed" 已整改 (the responsible unit
reports it rectified), "closed" 已销号 (the 专班 checked it and struck it off, with a date and what was
checked).  A problem is lit like a task (domain.lights): red when its 整改时限 has passed, yellow when it
falls due within the warning days, green otherwise; an undated or 长期 problem by how long ago its last
progress report was.  A problem has no percent, so the 序时进度 gap rule does not apply to it.  Rectified
and struck-off problems are not lit.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from kydesk.domain import lights
from kydesk.domain.errors import ValidationError
from kydesk.domain.models import Light, LightSettings, Task, TaskStatus


class ProblemStatus(str, enum.Enum):
    OPEN = "open"
    FIXED = "fixed"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @classmethod
    def parse(cls, text) -> ProblemStatus:
        key = (text.value if isinstance(text, ProblemStatus) else str(text or "")).strip()
        for status in cls:
            if key in (status.value, status.label):
                return status
        if key in ALIASES:
            return ALIASES[key]
        raise ValidationError(f"问题状态“{text}”无法识别，可选：整改中、已整改、已销号（或 open/fixed/closed）",
                              "status")


STATUS_LABELS = {ProblemStatus.OPEN: "整改中", ProblemStatus.FIXED: "已整改", ProblemStatus.CLOSED: "已销号"}
ALIASES = {"未整改": ProblemStatus.OPEN, "整改": ProblemStatus.OPEN, "待整改": ProblemStatus.OPEN,
           "完成整改": ProblemStatus.FIXED, "整改完成": ProblemStatus.FIXED, "已完成": ProblemStatus.FIXED,
           "销号": ProblemStatus.CLOSED}
SOURCES = ("推进会", "督查", "调研", "上级反馈", "群众反映")


@dataclass
class Problem:
    id: str
    text: str
    measures: str = ""                 # 整改措施
    source: str = ""
    lead_unit: str = ""
    lead_unit_id: str | None = None
    partner_units: list[str] = field(default_factory=list)
    partner_unit_ids: list[str] = field(default_factory=list)
    leader: str = ""
    person: str = ""
    start: date | None = None
    due: date | None = None
    due_text: str = ""
    ongoing: bool = False
    recurrence: str | None = None
    status: ProblemStatus = ProblemStatus.OPEN
    fixed_date: date | None = None
    closed_date: date | None = None
    closing_note: str = ""
    meeting_id: str | None = None
    decision_id: str | None = None
    task_id: str | None = None
    latest_progress: str = ""
    last_report: date | None = None
    owner: str = ""
    rev: int = 1
    ord: int = 0


def _as_task(p: Problem, today: date) -> Task:
    """The problem seen as a task on schedule: the light rules then judge only its deadline."""
    share = lights.schedule_share(p.start, p.due, today) if p.due else 0.0
    return Task(id=p.id, title=p.text, start=p.start, due=p.due, due_text=p.due_text, ongoing=p.ongoing,
                recurrence=p.recurrence, status=TaskStatus.ACTIVE, percent=round(share * 100))


def problem_light(p: Problem, today: date, settings: LightSettings | None = None) -> Light | None:
    if p.status != ProblemStatus.OPEN:
        return None
    return lights.task_light(_as_task(p, today), today, settings, last_report=p.last_report)


def explain_problem_light(p: Problem, today: date, settings: LightSettings | None = None) -> str:
    if p.status != ProblemStatus.OPEN:
        return ""
    return lights.explain_light(_as_task(p, today), today, settings, last_report=p.last_report)
