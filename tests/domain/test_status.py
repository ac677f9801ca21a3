import pytest

from kydesk.domain.errors import StatusError, ValidationError
from kydesk.domain.models import TaskStatus
from kydesk.domain.status import (
    PERCENT_MESSAGE,
    check_transition,
    validate_percent,
)

P, A, D, C = TaskStatus.PENDING, TaskStatus.ACTIVE, TaskStatus.DONE, TaskStatus.CANCELLED
ALLOWED = {(P, A), (P, D), (P, C), (A, D), (A, C), (D, A), (C, P), (C, A)}


@pytest.mark.parametrize("old", list(TaskStatus))
@pytest.mark.parametrize("new", list(TaskStatus))
def test_check_transition_matrix(old, new):
    if old == new or (old, new) in ALLOWED:
        check_transition(old, new)
    else:
        with pytest.raises(StatusError) as e:
            check_transition(old, new)
        message = str(e.value)
        assert f"“{old.label}”" in message and f"“{new.label}”" in message


@pytest.mark.parametrize("old, new, hint", [
    (A, P, "撤销"), (D, C, "重新打开"), (D, P, "重新打开"), (C, D, "恢复"),
])
def test_refusals_explain_in_chinese(old, new, hint):
    with pytest.raises(StatusError, match=hint):
        check_transition(old, new)


def test_check_transition_accepts_text():
    check_transition("推进中", "已完成")
    check_transition("done", "active")
    with pytest.raises(StatusError):
        check_transition("已完成", "未启动")
    with pytest.raises(ValidationError):
        check_transition("进行了一半", "done")


@pytest.mark.parametrize("value, expected", [
    (0, 0), (100, 100), (55, 55), (80.0, 80), ("80", 80), (" 80 ", 80), ("80%", 80), ("８０％", 80),
    ("100", 100), ("0", 0), ("60.0", 60),
])
def test_validate_percent_accepts(value, expected):
    assert validate_percent(value) == expected


@pytest.mark.parametrize("value", [-1, 101, 55.5, "abc", "", None, True, False, "1e2", float("nan"),
                                   float("inf"), "101%", [50], "50.5"])
def test_validate_percent_rejects(value):
    with pytest.raises(ValidationError) as e:
        validate_percent(value)
    assert str(e.value) == PERCENT_MESSAGE == "进度须为 0–100 之间的整数"
    assert e.value.field == "percent"
