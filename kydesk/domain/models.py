"""Plain data of the 专班. Rows of the store map onto these; printing and the UI take them as they are.

Every syncable record carries `id` (UUID text), `owner` (code of the unit that may change it), `rev`
(raised by the owner on each change), `site_seq` (the writing install's change counter) and `deleted`.
"""
from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field
from datetime import date


class Light(str, enum.Enum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"

    @property
    def label(self) -> str:
        return {"red": "红灯", "yellow": "黄灯", "green": "绿灯"}[self.value]


class TaskStatus(str, enum.Enum):
    PENDING = "pending"      # 未启动
    ACTIVE = "active"        # 推进中
    DONE = "done"            # 已完成（销号）
    CANCELLED = "cancelled"  # 已取消

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> TaskStatus:
        key = (text or "").strip()
        for status in cls:
            if key == status.value:
                return status
        if key in STATUS_ALIASES:
            return STATUS_ALIASES[key]
        from kydesk.domain.errors import ValidationError

        names = "、".join(s.label for s in cls)
        raise ValidationError(f"状态“{text}”无法识别，可选：{names}（或 pending/active/done/cancelled）", "status")


STATUS_LABELS = {
    TaskStatus.PENDING: "未启动",
    TaskStatus.ACTIVE: "推进中",
    TaskStatus.DONE: "已完成",
    TaskStatus.CANCELLED: "已取消",
}
STATUS_ALIASES = {
    "未启动": TaskStatus.PENDING, "未开始": TaskStatus.PENDING,
    "推进中": TaskStatus.ACTIVE, "进行中": TaskStatus.ACTIVE, "在建": TaskStatus.ACTIVE,
    "已完成": TaskStatus.DONE, "完成": TaskStatus.DONE, "销号": TaskStatus.DONE, "已销号": TaskStatus.DONE,
    "已取消": TaskStatus.CANCELLED, "取消": TaskStatus.CANCELLED,
}


class UnitLevel(str, enum.Enum):
    CITY = "city"
    COUNTY = "county"
    DEPARTMENT = "department"


class AttendanceRole(str, enum.Enum):
    PRESENT = "出席"
    OBSERVER = "列席"
    LEAVE = "请假"


MEETING_KINDS = ("推进会", "调度会", "专题会")


@dataclass
class Unit:
    id: str
    code: str
    name: str
    level: str = UnitLevel.DEPARTMENT.value
    parent_code: str | None = None
    owner: str = ""
    rev: int = 1
    deleted: bool = False


@dataclass
class Person:
    id: str
    name: str
    unit_id: str | None = None
    title: str = ""      # 职务, e.g. 副市长
    phone: str = ""
    owner: str = ""
    rev: int = 1
    deleted: bool = False


@dataclass
class Task:
    id: str
    title: str
    section: str = ""
    target: str = ""                       # 具体措施 / 目标任务
    lead_unit: str = ""                    # name, for display and print
    lead_unit_id: str | None = None
    partner_units: list[str] = field(default_factory=list)      # names
    partner_unit_ids: list[str] = field(default_factory=list)
    leader: str = ""                       # 责任领导
    person: str = ""                       # 责任人
    start: date | None = None
    due: date | None = None
    due_text: str = ""                     # the phrase as the user wrote it
    ongoing: bool = False                  # 长期坚持
    recurrence: str | None = None          # e.g. "monthly:5" for 每月5日前
    key: bool = False                      # 重点/标杆
    status: TaskStatus = TaskStatus.PENDING
    percent: int = 0
    done_date: date | None = None
    note: str = ""
    source_meeting_id: str | None = None
    source_decision_id: str | None = None
    seq: int = 0                           # 序号 within its section
    assigned: date | None = None           # 下达日期: added, decided at a meeting, or the imported ledger's
    latest_progress: str = ""
    owner: str = ""                        # unit code that owns the row (sync)
    rev: int = 1
    site_seq: int = 0
    deleted: bool = False


@dataclass
class Progress:
    id: str
    task_id: str
    date: date
    text: str
    percent: int | None = None
    unit: str = ""            # reporting unit's name
    unit_id: str | None = None
    task_rev: int = 0         # the task rev this update was written against
    owner: str = ""
    rev: int = 1
    deleted: bool = False


@dataclass
class Attendance:
    id: str
    meeting_id: str
    name: str
    role: AttendanceRole = AttendanceRole.PRESENT
    unit: str = ""
    unit_id: str | None = None
    title: str = ""           # 职务
    reason: str = ""          # 请假 reason
    ord: int = 0


@dataclass
class AgendaItem:
    id: str
    meeting_id: str
    title: str
    presenter: str = ""
    ord: int = 0


@dataclass
class RecordEntry:
    """One speech in the 会议记录: who spoke under which agenda item, and what was said."""

    id: str
    meeting_id: str
    speaker: str
    text: str
    agenda_id: str | None = None
    ord: int = 0


@dataclass
class Decision:
    id: str
    meeting_id: str
    text: str
    ord: int = 0
    lead_unit: str = ""
    lead_unit_id: str | None = None
    partner_units: list[str] = field(default_factory=list)
    partner_unit_ids: list[str] = field(default_factory=list)
    due: date | None = None
    due_text: str = ""
    task_id: str | None = None
    leader: str = ""                # 责任领导
    person: str = ""                # 责任人
    section: str = ""               # 板块 the task goes under
    title: str = ""                 # short task title; the decision sentence stays the 纪要's wording
    linked: bool = False            # task_id is a task already in the ledger, not one this item made


@dataclass
class Meeting:
    id: str
    title: str
    date: date
    kind: str = "推进会"
    year: int = 0
    number: int = 0                 # 期号, per year and kind
    time: str = ""                  # "15:00"
    place: str = ""
    chair: str = ""
    recorder: str = ""
    record: str = ""                # free 会议记录 text beside the per-speech entries
    summary: str = ""               # 纪要 body; blank line = paragraph
    summary_version: int = 0
    state: str = "draft"            # draft | final
    issuer: str = ""                # 印发机关
    distribution: str = ""          # 分送
    issued: datetime.date | None = None   # 印发日期 (the module's name: the field `date` hides the class)
    attendance: list[Attendance] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    entries: list[RecordEntry] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    owner: str = ""
    rev: int = 1
    deleted: bool = False

    def by_role(self, role: AttendanceRole) -> list[Attendance]:
        return [a for a in self.attendance if a.role == role]


@dataclass
class Problem:
    id: str
    text: str
    measure: str = ""               # 整改措施
    task_id: str | None = None
    unit_id: str | None = None
    unit: str = ""
    due: date | None = None
    due_text: str = ""
    status: str = "open"            # open | fixed
    owner: str = ""
    rev: int = 1
    deleted: bool = False


@dataclass
class Indicator:
    id: str
    name: str
    target: str                     # as written: "≤11", "≥25", "<22"
    nature: str = "预期性"          # 预期性 | 约束性
    measure_unit: str = ""          # 单位, e.g. 万人次
    unit_id: str | None = None
    owner: str = ""
    rev: int = 1
    deleted: bool = False


@dataclass
class LightSettings:
    warn_days: int = 7              # yellow when due within this many days
    yellow_gap: int = 20            # percentage points behind 序时进度 for yellow
    red_gap: int = 50               # percentage points behind 序时进度 for red
