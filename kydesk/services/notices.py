"""Graded notices: 提醒函 (yellow tasks), 督办单 (red tasks), 约谈通知 (tasks red N months in a row, N a setting).

Each notice is numbered per year per kind by the issuing office and recorded in the notice table when its
PDF is written (a notice printed again in the same month keeps its number and is not counted twice); the
records feed the 督办单 and 约谈 deductions of 年终考核.  Printing itself is services.reports.notice_pdf.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kydesk.domain import lights
from kydesk.domain.errors import ValidationError
from kydesk.domain.models import Light
from kydesk.services import Changed, changed
from kydesk.store import assessment as aq
from kydesk.store import notices as store
from kydesk.store.db import Database

INTERVIEW_KEY = "interview_red_months"
INTERVIEW_DEFAULT = 3


@dataclass(frozen=True)
class Grade:
    key: str            # 提醒 | 督办 | 约谈 (stored in notice.kind)
    name: str           # 提醒函 | 督办单 | 约谈通知
    layout: str         # reports/<layout>.json
    light: Light        # the light a task must show
    rule: str           # the score sheet's rule


GRADES = {
    "提醒": Grade("提醒", "提醒函", "reminder", Light.YELLOW, "reminder"),
    "督办": Grade("督办", "督办单", "notice", Light.RED, "supervision"),
    "约谈": Grade("约谈", "约谈通知", "interview", Light.RED, "interview"),
}
ALIASES = {"提醒函": "提醒", "reminder": "提醒", "yellow": "提醒", "督办单": "督办", "supervision": "督办", "red": "督办",
           "约谈通知": "约谈", "interview": "约谈"}


def grade(text: str | None) -> Grade:
    key = (text or "督办").strip()
    key = ALIASES.get(key, key)
    if key not in GRADES:
        raise ValidationError(f"通知等级“{text}”无法识别，可选：提醒（提醒函）、督办（督办单）、约谈（约谈通知）", "grade")
    return GRADES[key]


def interview_months(db: Database) -> int:
    return int(db.meta(INTERVIEW_KEY, str(INTERVIEW_DEFAULT)) or INTERVIEW_DEFAULT)


def set_interview_months(db: Database, months: int) -> Changed:
    try:
        n = int(str(months).strip())
    except ValueError:
        raise ValidationError(f"约谈条件（连续红灯月数）须为整数，收到“{months}”", INTERVIEW_KEY) from None
    if not 1 <= n <= 12:
        raise ValidationError(f"约谈条件（连续红灯月数）须在 1–12 之间，收到 {n}", INTERVIEW_KEY)
    with db.tx():
        db.set_meta(INTERVIEW_KEY, n)
    return changed("meta", message=f"已设置：连续{n}个月红灯可发约谈通知")


def red_streak(db: Database, task_id: str, today: date, light_now: Light | None) -> int:
    """Months in a row lit red, ending with this month (its light as of today when the month is unrecorded),
    across the turn of the year."""
    month = lights.month_of(today)
    recorded = dict(aq.red_months_of(db, task_id, month))
    now = recorded.get(month, light_now.value if light_now else None)
    if now != Light.RED.value:
        return 0
    count, first = 1, today.replace(day=1)
    while True:
        first = (first - timedelta(days=1)).replace(day=1)
        if recorded.get(lights.month_of(first)) != Light.RED.value:
            return count
        count += 1


def refusal(db: Database, g: Grade, title: str, task_id: str, light: Light | None, today: date) -> str:
    """Why the task may not get this notice ("" when it may); `--force` overrides."""
    what = light.label if light else "未亮灯"
    if g.key == "约谈":
        need = interview_months(db)
        streak = red_streak(db, task_id, today, light)
        if streak < need:
            return (f"任务“{title}”连续红灯{streak}个月，未达到约谈条件（连续{need}个月红灯）"
                    "（确需约谈请加 --force）")
        return ""
    if light != g.light:
        return f"任务“{title}”当前为{what}，{g.name}只发给{g.light.label}任务（确需发出请加 --force）"
    return ""


def allocate(db: Database, g: Grade, items: list[tuple[str, str | None, str]], today: date) -> dict[str, int]:
    """task id -> number for (task id, addressed unit id, reason) items; call inside the transaction that
    writes the PDF. The notice of a task already issued this month keeps its number."""
    year, month = today.year, lights.month_of(today)
    counter = f"notice_seq_{year}" if g.key == "督办" else f"notice_seq_{g.layout}_{year}"
    out = {}
    for tid, unit_id, reason in items:
        found = store.notice_in_month(db, tid, g.key, month)
        if found:
            out[tid] = found["number"]
            continue
        # 督办单 printed before notices were recorded keep their numbers (kept in meta since then)
        prior = db.meta(f"notice_{year}_{tid}") if g.key == "督办" else None
        if prior and prior.split("|")[1:] == [month]:
            n = int(prior.split("|")[0])
        else:
            n = max(store.highest_number(db, year, g.key), int(db.meta(counter, "0") or 0)) + 1
            db.set_meta(counter, n)
            if g.key == "督办":
                db.set_meta(f"notice_{year}_{tid}", f"{n}|{month}")
        store.add_notice(db, {"kind": g.key, "year": year, "number": n, "task_id": tid, "unit_id": unit_id,
                              "issued": today, "month": month, "reason": reason})
        out[tid] = n
    return out


def task_notices(db: Database, task_id: str) -> list[dict]:
    """The notices issued for a task: [{kind, name, number ("督办〔2026〕3号"), issued}]."""
    out = []
    for r in store.notices_of_task(db, task_id):
        g = GRADES.get(r["kind"])
        out.append({"kind": r["kind"], "name": g.name if g else r["kind"],
                    "number": f"{r['kind']}〔{r['year']}〕{r['number']}号", "issued": r["issued"]})
    return out



def interview_due(db: Database, task_ids: list[str], today: date) -> list[str]:
    """Of these (red) tasks, those red for the set number of months in a row: the ones a 约谈通知 may go to."""
    need = interview_months(db)
    return [t for t in task_ids if red_streak(db, t, today, Light.RED) >= need]
