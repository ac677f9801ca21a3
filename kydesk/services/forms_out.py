"""Forms out: one 进展填报表 per member unit with tasks in the period (xlsx.forms), named
"2026年12月-市文旅局-进展填报表.xlsx", each recorded as issued (so the period's reporting is tracked)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.domain import clock
from kydesk.domain import reporting as rules
from kydesk.domain.deadlines import format_due
from kydesk.domain.errors import KydeskError
from kydesk.services import reporting
from kydesk.services.settings import org_name
from kydesk.store import reporting as store
from kydesk.store import units as unit_store
from kydesk.store.db import Database, new_id
from kydesk.xlsx import forms as form_xlsx
from kydesk.xlsx.writer import Cancelled, tick

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass
class FormsResult:
    period: str
    folder: str
    forms: list[dict] = field(default_factory=list)        # {unit, file, tasks}
    skipped: list[str] = field(default_factory=list)       # units asked for that have no tasks
    tables: frozenset = frozenset({"form_issue"})
    message: str = ""
    id: str | None = None

    def to_json(self) -> list[dict]:
        return list(self.forms)


def _due_text(t: dict) -> str:
    if t["due_text"]:
        return t["due_text"]
    if t["ongoing"]:
        return "长期坚持"
    return format_due(date.fromisoformat(t["due"])) if t["due"] else ""


def candidates(db: Database, period) -> list[tuple[str, int, bool]]:
    """(unit name, tasks in the period, reports by sync) of each unit a form could go to: the window's list."""
    p = period if isinstance(period, rules.Period) else rules.parse_period(period)
    work = reporting.tasks_by_unit(db, p)
    synced = store.synced_unit_codes(db)
    codes = {u.id: u.code for u in unit_store.all_units(db)}
    return [(name, len(work[uid]["lead"]) + len(work[uid]["partner"]), codes.get(uid) in synced)
            for uid, name in reporting.member_units(db) if uid in work]


def _chosen(db: Database, units: list[str] | None, everyone: bool, work: dict) -> tuple[list[tuple[str, str]], list]:
    members = reporting.member_units(db)
    if everyone:        # a unit that sends sync packages reports by them: it gets a form only when named
        synced = store.synced_unit_codes(db)
        codes = {u.id: u.code for u in unit_store.all_units(db)}
        by_sync = [name for uid, name in members if uid in work and codes.get(uid) in synced]
        return [(uid, name) for uid, name in members if uid in work and codes.get(uid) not in synced], by_sync
    if not units:
        raise KydeskError("请指定单位（--unit，可重复）或用 --all 为所有有任务的单位生成填报表")
    picked, skipped = [], []
    for key in units:
        unit = unit_store.find_unit(db, key)
        if unit is None:
            raise KydeskError(f"找不到单位“{key}”，请检查单位名称或代码")
        if unit.id in work:
            if (unit.id, unit.name) not in picked:
                picked.append((unit.id, unit.name))
        else:
            skipped.append(unit.name)
    return picked, skipped


def make_forms(db: Database, period, out_dir, *, units: list[str] | None = None, everyone: bool = False,
               today: date | None = None, progress=None) -> FormsResult:
    """Write the forms of a period into out_dir (which must exist). A unit without tasks gets no form.
    progress(done, total) answering False stops (forms already written stay, and are recorded)."""
    today = today or clock.today()
    p = period if isinstance(period, rules.Period) else rules.parse_period(period)
    folder = Path(out_dir)
    if not folder.is_dir():
        raise KydeskError(f"输出文件夹不存在：{folder}")
    work = reporting.tasks_by_unit(db, p)
    picked, skipped = _chosen(db, units, everyone, work)
    due = reporting.due_date(db, p)
    latest = store.latest_reports(db)
    own = unit_store.own_unit_id(db) or ""
    result = FormsResult(period=p.key, folder=str(folder), skipped=skipped)
    tick(progress, 0, len(picked))
    for n, (uid, name) in enumerate(picked, start=1):
        def last(t, uid=uid, kind="lead"):
            mine = latest.get((t["id"], uid))
            if mine is None and kind == "lead":
                mine = latest.get((t["id"], own))
            return mine["text"] if mine else ""
        spec = form_xlsx.FormSpec(
            org_code=db.unit_code, org_name=org_name(db), unit_id=uid, unit_name=name, period=p.key,
            period_label=p.label, due=due, due_label=reporting.due_label(due), contact=reporting.contact(db),
            form_id=new_id(),
            lead=[form_xlsx.FormTask(t["id"], t["title"], t["target"], _due_text(t), last(t))
                  for t in work[uid]["lead"]],
            partner=[form_xlsx.FormTask(t["id"], t["title"], t["target"], _due_text(t), last(t, kind="partner"))
                     for t in work[uid]["partner"]])
        out = folder / _UNSAFE.sub("_", form_xlsx.file_name(spec))
        try:
            form_xlsx.write_form(out, spec)
        except PermissionError as e:
            raise KydeskError(f"无法写入 {out}：文件可能正在 Excel/WPS 中打开，请关闭后重试（{e.strerror or e}）") from None
        except OSError as e:
            raise KydeskError(f"无法写入 {out}：{e.strerror or e}") from None
        count = len(spec.lead) + len(spec.partner)
        with db.tx():
            store.add_issue(db, form_id=spec.form_id, period=p.key, unit_id=uid, tasks=count, file=str(out),
                            issued=today)
        result.forms.append({"unit": name, "file": str(out), "tasks": count})
        try:
            tick(progress, n, len(picked))
        except Cancelled:
            break
    result.message = f"已生成 {len(result.forms)} 份{p.label}进展填报表：{folder}" + (
        f"（{'、'.join(skipped)} {'按同步包报送' if everyone else '本期没有任务'}，未生成）" if skipped else "")
    return result
