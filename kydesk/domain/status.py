"""Task status rules: which changes are allowed, and what a percent may be.

    未启动 pending   -> 推进中 active, 已完成 done, 已取消 cancelled
    推进中 active    -> 已完成 done, 已取消 cancelled
    已完成 done      -> 推进中 active            (重新打开)
    已取消 cancelled -> 未启动 pending, 推进中 active (恢复)

推进中 -> 未启动 is refused: once work has started (and progress may have been reported against it),
calling it "not started" would falsify the record the year-end assessment reads; a mis-click is undone
with 撤销.  A done task cannot be cancelled directly, nor a cancelled one marked done: reopen/restore first,
so each of those rare changes leaves its own trace.  Keeping the same status is always allowed (saving a
form that did not touch the status).
"""
from __future__ import annotations

import unicodedata

from kydesk.domain.errors import StatusError, ValidationError
from kydesk.domain.models import TaskStatus

_P, _A, _D, _C = TaskStatus.PENDING, TaskStatus.ACTIVE, TaskStatus.DONE, TaskStatus.CANCELLED

TRANSITIONS: dict[TaskStatus, frozenset[TaskStatus]] = {
    _P: frozenset({_A, _D, _C}),
    _A: frozenset({_D, _C}),
    _D: frozenset({_A}),
    _C: frozenset({_P, _A}),
}

_HINTS = {
    _P: "",
    _A: "已开始推进的任务不能改回“未启动”，误操作请用撤销",
    _D: "已完成的任务只能重新打开为“推进中”",
    _C: "已取消的任务只能恢复为“未启动”或“推进中”",
}

PERCENT_MESSAGE = "进度须为 0–100 之间的整数"


def _status(value: TaskStatus | str) -> TaskStatus:
    return value if isinstance(value, TaskStatus) else TaskStatus.parse(value)


def check_transition(old: TaskStatus | str, new: TaskStatus | str) -> None:
    """Raise StatusError when a task may not go from `old` to `new`."""
    old, new = _status(old), _status(new)
    if old == new or new in TRANSITIONS[old]:
        return
    hint = _HINTS[old]
    raise StatusError(f"不能把任务状态从“{old.label}”改为“{new.label}”" + (f"：{hint}" if hint else ""))


def validate_percent(n) -> int:
    """An integer 0..100; accepts 80, 80.0 (a spreadsheet cell), "80", "80%", "８０％"."""
    value = n
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip().removesuffix("%").strip()
        try:
            value = float(text) if "." in text else int(text)
        except ValueError:
            raise ValidationError(PERCENT_MESSAGE, "percent") from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(PERCENT_MESSAGE, "percent")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(PERCENT_MESSAGE, "percent")
        value = int(value)
    if not 0 <= value <= 100:
        raise ValidationError(PERCENT_MESSAGE, "percent")
    return value
