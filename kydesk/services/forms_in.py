"""Forms back: collecting returned 进展填报表 (`kydesk xlsx collect`, or files dropped on the window).

Per file a preview: unit, period, rows with new progress, unchanged rows, and every problem with its cell
(locked cells edited — shown, never applied; rows the unit added — 新增事项建议, not created; percent out
of range; a form of another period — warned, applied to the period it names; a task deleted or 销号 since —
listed, not applied).  A form of another 专班, or a file that is not a form, is refused.  申请延期 rows
become 延期申请 awaiting the clerk's answer, as from a county.  Then each file in one transaction; the same
file twice adds nothing (its SHA-256 is on record), and a unit's second form with other answers adds new
reports (the later received wins; the earlier stay in the task's history).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kydesk.domain import clock
from kydesk.domain import reporting as rules
from kydesk.domain.deadlines import parse_deadline
from kydesk.domain.errors import KydeskError
from kydesk.domain.models import TaskStatus
from kydesk.store import reporting as store
from kydesk.store import rows as store_rows
from kydesk.store import units as unit_store
from kydesk.store.db import Database
from kydesk.xlsx import layout
from kydesk.xlsx.form_reader import FormError, FormProblem, FormRow, ReturnedForm, read_form

FORM_SUFFIXES = (".xlsx", ".xlsm", ".et", ".xls")
TABLES = frozenset({"progress", "task", "extension_request", "form_receipt"})


@dataclass
class FileOutcome:
    file: str
    unit: str = ""
    period: str = ""
    progress: int = 0
    unchanged: int = 0
    postpone_requests: int = 0
    problems: list[FormProblem] = field(default_factory=list)
    refused: bool = False
    suggestions: list[str] = field(default_factory=list)       # 新增事项建议, as the unit wrote them
    already: bool = False
    applied: bool = False
    plan: dict = field(default_factory=dict, repr=False)

    def to_json(self) -> dict:
        return {"file": self.file, "unit": self.unit, "period": self.period, "progress": self.progress,
                "unchanged": self.unchanged, "postpone_requests": self.postpone_requests,
                "problems": [p.to_json() for p in self.problems], "refused": self.refused}

    def summary(self) -> str:
        name = Path(self.file).name
        if self.refused:
            return f"{name}：未收取——{self.problems[0].message if self.problems else ''}"
        if self.already:
            return f"{name}：{self.unit} {self.period} 的这份表格已收取过，未重复记录"
        verb = "已收取" if self.applied else "预览"
        return (f"{name}：{verb} {self.unit} {self.period}，新进展 {self.progress} 条，未变 {self.unchanged} 条，"
                f"延期申请 {self.postpone_requests} 条" + (f"，问题 {len(self.problems)} 处" if self.problems else ""))


@dataclass
class CollectResult:
    files: list[FileOutcome] = field(default_factory=list)
    dry_run: bool = False
    tables: frozenset = frozenset()      # like services.Changed, so the window can broadcast it
    id: str | None = None

    @property
    def message(self) -> str:
        done = [f for f in self.files if f.applied]
        return (f"已收取 {len(done)} 份填报表，记录进展 {sum(f.progress for f in done)} 条"
                if done else "；".join(f.summary() for f in self.files))

    @property
    def refused(self) -> bool:
        return any(f.refused for f in self.files)

    def to_json(self) -> dict:
        return {"files": [f.to_json() for f in self.files]}


def is_form(path) -> bool:
    """Whether a dropped file is a returned 进展填报表 (the window offers it to 收取, not to the ledger import)."""
    from kydesk.xlsx.form_reader import looks_like_form

    return looks_like_form(path)


def form_files(paths) -> list[Path]:
    """The files to collect: files as given, and the spreadsheet files of each folder (not Excel's ~$ locks)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in FORM_SUFFIXES
                              and not f.name.startswith(("~$", "."))))
        else:
            out.append(p)
    return out


def collect(db: Database, paths, *, dry_run: bool = False, today: date | None = None, progress=None) -> CollectResult:
    today = today or clock.today()
    files = form_files(paths)
    if not files:
        raise KydeskError("没有找到要收取的填报表（.xlsx）")
    result = CollectResult(dry_run=dry_run)
    context = _Context(db)
    for n, path in enumerate(files):
        if progress is not None and progress(n, len(files)) is False:
            break
        outcome = _plan(db, context, path, today)
        if not dry_run and not outcome.refused and not outcome.already:
            _apply(db, outcome, path, today)
            outcome.applied = True
            result.tables = TABLES
            context.refresh(db)
        result.files.append(outcome)
    return result


class _Context:
    """What every file is checked against, read once per collect (refreshed after each applied file)."""

    def __init__(self, db: Database):
        self.refresh(db)

    def refresh(self, db: Database) -> None:
        self.tasks = {t["id"]: t for t in store.tasks_live(db)}
        self.names = unit_store.names_by_id(db)
        self.units = {u.id: u for u in unit_store.all_units(db)}


def _refuse(outcome: FileOutcome, message: str) -> FileOutcome:
    outcome.refused = True
    outcome.problems.append(FormProblem(Path(outcome.file).name, message))
    return outcome


def _plan(db: Database, ctx: _Context, path: Path, today: date) -> FileOutcome:
    outcome = FileOutcome(file=str(path))
    try:
        data = path.read_bytes() if path.is_file() else None
        if data is None:
            return _refuse(outcome, f"找不到文件：{path}")
        form = read_form(path)
    except FormError as e:
        return _refuse(outcome, str(e))
    except OSError as e:
        return _refuse(outcome, f"无法读取 {path.name}：{e.strerror or e}")
    marker = form.marker
    if marker.get("org_code") != db.unit_code:
        return _refuse(outcome, f"这是“{marker.get('org_name') or marker.get('org_code')}”发出的填报表，不是本专班的，未收取")
    try:
        period = rules.parse_period(marker.get("period"))
    except KydeskError:
        return _refuse(outcome, f"表单标记中的填报期“{marker.get('period')}”无法识别")
    outcome.period = period.key
    unit_id = marker.get("unit_id") if marker.get("unit_id") in ctx.names else None
    if unit_id is None and marker.get("unit_name"):
        found = unit_store.find_unit(db, marker["unit_name"])
        unit_id = found.id if found else None
    if unit_id is None:
        return _refuse(outcome, f"填报单位“{marker.get('unit_name', '')}”在本库中不存在，未收取")
    outcome.unit = ctx.names.get(unit_id, marker.get("unit_name", ""))
    sha = hashlib.sha256(data).hexdigest()
    done = store.receipt(db, sha)
    if done is not None:
        outcome.already = True
        outcome.unchanged = len(form.rows)
        outcome.problems.append(FormProblem(path.name, f"这份表格已于 {done['received']} 收取过，未重复记录"))
        return outcome
    if period != rules.period_of(today):
        outcome.problems.append(FormProblem(path.name, f"这是{period.label}的填报表（不是本月），进展记入{period.label}"))
    outcome.problems.extend(form.problems)
    outcome.plan = {"sha": sha, "unit_id": unit_id, "form_id": marker.get("form_id", ""), "reports": [],
                    "requests": [], "moves": {}}
    _rows(db, ctx, form, outcome, unit_id, period)
    return outcome


def _match(ctx: _Context, form: ReturnedForm, row: FormRow, unit_id: str) -> dict | None:
    if not form.ids_missing:
        return ctx.tasks.get(row.task_id)
    key = layout.title_key(row.title)
    for t in ctx.tasks.values():
        if not t["deleted"] and layout.title_key(t["title"]) == key and (
                t["lead_unit_id"] == unit_id or unit_id in json.loads(t["partner_unit_ids"] or "[]")):
            return t
    return None


def _rows(db: Database, ctx: _Context, form: ReturnedForm, outcome: FileOutcome, unit_id: str,
          period: rules.Period) -> None:
    problems = outcome.problems
    if form.ids_missing:
        problems.append(FormProblem(Path(form.file).name, "隐藏的任务编号列已被删除：已按任务名称和单位匹配，请核对"))
    answered = [r for r in form.rows if any(r.answers.values())]
    if not answered and not form.additions:
        problems.append(FormProblem(Path(form.file).name, "表中没有填写任何本期进展（本期进展、完成进度、状态均为空）"))
    # 销号 "meanwhile": a task done since the form went out (or, for a form not on record, within the period)
    issued = store.issued_on(db, form.marker.get("form_id", "")) or period.first
    earlier = {(r["task_id"], r["text"], r["percent"])
               for r in store.period_reports(db, [r.task_id for r in answered if r.task_id] or
                                             list(ctx.tasks), unit_id, period.key)}
    for row in form.rows:
        for edit in row.edited:
            problems.append(FormProblem(f"{row.sheet}!{edit.split()[0]}", f"{edit}（未采用，以专班台账为准）"))
    for row in answered:
        task = _match(ctx, form, row, unit_id)
        if task is None:
            if form.ids_missing:
                _suggest(outcome, row)
            else:
                problems.append(FormProblem(row.cells.get("id", row.sheet), f"任务编号“{row.task_id}”在本库中不存在，未记录"))
            continue
        if task["deleted"] or task["status"] == TaskStatus.CANCELLED.value:
            problems.append(FormProblem(row.cells["title"], f"任务“{task['title']}”已删除或取消，本行未记录"))
            continue
        if task["status"] == TaskStatus.DONE.value and task["done_date"] and task["done_date"] >= issued.isoformat():
            problems.append(FormProblem(row.cells["title"], f"任务“{task['title']}”已于 {task['done_date']} 销号，本行未记录"))
            continue
        _answer(outcome, row, task, period, earlier)
    for row in form.additions:
        _suggest(outcome, row)


def _suggest(outcome: FileOutcome, row: FormRow) -> None:
    text = row.title or row.answers.get("progress", "")
    outcome.suggestions.append(text)
    outcome.problems.append(FormProblem(f"{row.sheet}!B{row.row}", f"新增事项建议：“{text[:60]}”（未建任务，请专班审核）"))


def _percent(outcome: FileOutcome, row: FormRow) -> int | None:
    raw = row.answers.get("percent", "").rstrip("%％").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = None
    if value is None or not value.is_integer() or not 0 <= value <= 100:
        outcome.problems.append(FormProblem(row.cells["percent"], f"完成进度“{row.answers['percent']}”须为 0–100 的整数，"
                                                                  "本行进展已记录、进度未采用"))
        return None
    return int(value)


def _answer(outcome: FileOutcome, row: FormRow, task: dict, period: rules.Period, earlier: set) -> None:
    a = row.answers
    text = a.get("progress", "").strip()
    status = a.get("status", "").strip()
    pct = _percent(outcome, row)
    if status == "已完成" and pct is None:
        pct = 100
    if not text:
        if pct is None and status != "申请延期":
            return
        outcome.problems.append(FormProblem(row.cells.get("progress", row.sheet), "本期进展为必填项，本行只记录了进度/状态"))
        text = f"（{status or '未填写进展'}）"
    extra = [f"存在问题：{a['problem']}" if a.get("problem") else "",
             f"需协调事项：{a['coord']}" if a.get("coord") else ""]
    full = "\n".join([text, *[e for e in extra if e]])
    if status == "申请延期":
        _postpone(outcome, row, task, period, a.get("problem") or text)
    if (task["id"], full, pct) in earlier:
        outcome.unchanged += 1
        return
    outcome.plan["reports"].append({"task_id": task["id"], "text": full, "percent": pct,
                                    "lead": task["lead_unit_id"] == outcome.plan["unit_id"],
                                    "done": status == "已完成"})
    outcome.progress += 1


def _postpone(outcome: FileOutcome, row: FormRow, task: dict, period: rules.Period, reason: str) -> None:
    wanted = row.answers.get("postpone", "").strip()
    cell = row.cells.get("postpone", row.sheet)
    if not wanted:
        outcome.problems.append(FormProblem(cell, "状态为“申请延期”，但未填写申请延期至，延期申请未提交"))
        return
    try:
        d = parse_deadline(wanted, period.year, today=period.last)
    except KydeskError as e:
        outcome.problems.append(FormProblem(cell, f"申请延期至“{wanted}”无法识别：{e}"))
        return
    outcome.plan["requests"].append({"task_id": task["id"], "old_due": task["due"], "old_due_text": task["due_text"],
                                     "new_due": d.due, "new_due_text": d.text, "reason": reason[:500],
                                     "state": "pending"})
    outcome.postpone_requests += 1


def _apply(db: Database, outcome: FileOutcome, path: Path, today: date) -> None:
    plan = outcome.plan
    unit_id = plan["unit_id"]
    asker = _asker(db, unit_id)
    with db.tx():
        for r in plan["reports"]:
            task = store_rows.get(db, "task", r["task_id"], include_deleted=True)
            if r["lead"] and task["owner"] in ("", db.unit_code):
                moves = {}
                if r["percent"] is not None and r["percent"] > task["percent"]:
                    moves["percent"] = r["percent"]
                if task["status"] == TaskStatus.PENDING.value:
                    moves["status"] = TaskStatus.ACTIVE.value
                if moves:
                    store_rows.update(db, "task", task["id"], moves)
                    task = store_rows.get(db, "task", r["task_id"], include_deleted=True)
            store_rows.insert(db, "progress", {"task_id": r["task_id"], "date": today, "text": r["text"],
                                               "percent": r["percent"], "unit_id": unit_id, "task_rev": task["rev"],
                                               "period": outcome.period, "received": today})
        for req in plan["requests"]:
            store_rows.insert(db, "extension_request", req, owner=asker)
        store.add_receipt(db, sha256=plan["sha"], form_id=plan["form_id"], unit_id=unit_id, unit_name=outcome.unit,
                          period=outcome.period, received=today, file=path.name, summary=outcome.to_json())


def _asker(db: Database, unit_id: str) -> str:
    """Who a form's 延期申请 is from: the unit's code, else its name (a bureau without a kydesk has no code).
    Never our own code, so the request waits for our answer as a county's would."""
    for u in unit_store.all_units(db):
        if u.id == unit_id:
            return u.code if u.code and u.code != db.unit_code else u.name
    return unit_id
