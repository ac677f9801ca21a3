"""kydesk task list|add|show|progress|done|reopen|postpone|delete."""
from __future__ import annotations

from kydesk.commands import attach_args, emit_json, emit_new, open_existing, say
from kydesk.commands.base import Parser
from kydesk.domain import clock


def register(sub, common, add):
    task = add(sub, "task", "任务台账")
    ts = task.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)

    p = add(ts, "list", "列出任务", parents=[common])
    p.add_argument("--unit", help="责任单位（牵头或配合；名称、代码均可）")
    p.add_argument("--status", help="状态：未启动/推进中/已完成/已取消 或 pending/active/done/cancelled")
    p.add_argument("--light", choices=["red", "yellow", "green"], help="亮灯：red/yellow/green")
    p.add_argument("--search", help="按任意文字查找（标题、措施、单位、人员、进展）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_list)

    p = add(ts, "add", "添加任务", parents=[common])
    p.add_argument("--title", required=True, help="任务名称")
    p.add_argument("--due", help="时限：日期或“7月底前”“第三季度”“长期坚持”等")
    p.add_argument("--lead-unit", help="牵头单位")
    p.add_argument("--partner-units", help="配合单位，用顿号分隔")
    p.add_argument("--owner", help="责任人")
    p.add_argument("--leader", help="责任领导")
    p.add_argument("--section", default="", help="所属板块，如“一、规划提升工作”")
    p.add_argument("--target", default="", help="具体措施/目标任务")
    p.add_argument("--start", help="开始日期 YYYY-MM-DD")
    p.add_argument("--key", action="store_true", help="重点任务")
    _source_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = add(ts, "source", "登记或修改任务来源（来源、文号、批示领导、批示内容和日期）", parents=[common])
    p.add_argument("task_id", metavar="TASK_ID")
    _source_args(p)
    p.set_defaults(func=cmd_source)

    p = add(ts, "show", "查看任务详情", parents=[common])
    p.add_argument("task_id", metavar="TASK_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = add(ts, "progress", "记录任务进展", parents=[common])
    p.add_argument("task_id", metavar="TASK_ID")
    p.add_argument("--text", required=True, help="进展情况")
    p.add_argument("--percent", type=int, help="完成进度 0–100")
    p.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--unit", help="报送单位（默认本单位）")
    attach_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_progress)

    for name, help_, fn in (("done", "销号（标记完成）", cmd_done), ("reopen", "重新打开", cmd_reopen),
                            ("delete", "删除任务", cmd_delete)):
        p = add(ts, name, help_, parents=[common])
        p.add_argument("task_id", metavar="TASK_ID")
        if name == "done":
            p.add_argument("--date", help="完成日期（默认今天）")
            attach_args(p)
        p.set_defaults(func=fn)

    p = add(ts, "attachments", "导出任务的佐证材料到文件夹", parents=[common])
    p.add_argument("task_id", metavar="TASK_ID")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="保存到的文件夹")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attachments)

    p = add(ts, "postpone", "延期（本单位任务直接调整；上级任务提交延期申请）", parents=[common])
    p.add_argument("task_id", metavar="TASK_ID")
    p.add_argument("--due", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_postpone)


def _source_args(p) -> None:
    p.add_argument("--source", help="任务来源：年度计划/会议议定/领导批示/上级文件/督查发现")
    p.add_argument("--doc-no", help="文号，如〔2026〕12号")
    p.add_argument("--instruction-leader", help="批示（交办）领导")
    p.add_argument("--instruction", help="批示内容")
    p.add_argument("--instruction-date", help="批示日期 YYYY-MM-DD")


def _source_values(args) -> dict:
    return {"kind": args.source, "doc_no": args.doc_no, "leader": args.instruction_leader,
            "instruction": args.instruction, "instructed_on": args.instruction_date}


def _date_arg(value, label):
    from kydesk.services.tasks import parse_day

    return parse_day(value, "date", label)


def cmd_list(args):
    from kydesk.services import tasks
    from kydesk.services.tasks import TaskFilter

    with open_existing(args) as db:
        if args.unit:
            from kydesk.services.units import matching_units

            if not matching_units(db, args.unit):
                say(f"提示：没有名称或代码含“{args.unit}”的单位，请检查单位名称。")
        found = tasks.list_tasks(db, TaskFilter(unit=args.unit, status=args.status, search=args.search),
                                 light=args.light)
        if args.json:
            emit_json([tasks.task_json(t, lit) for t, lit in found])
            return 0
        if not found:
            print("没有符合条件的任务。")
            return 0
        marks = {"red": "红", "yellow": "黄", "green": "绿", None: "—"}
        for t, lit in found:
            due = t.due.isoformat() if t.due else ("长期" if t.ongoing else "未定")
            phrase = f"（{t.due_text}）" if t.due_text and t.due_text != due else ""
            print(f"{t.id[:8]}  [{marks[lit.value if lit else None]}] {t.status.label}  {due}{phrase}  "
                  f"{t.lead_unit or '—'}  {t.title}")
        print(f"共 {len(found)} 项任务。")
    return 0


def cmd_add(args):
    from kydesk.services import task_sources, tasks

    source = {k: v for k, v in _source_values(args).items() if v is not None}
    with open_existing(args) as db, db.tx():        # the task and its source together, or neither
        done = tasks.add_task(db, title=args.title, due=args.due, lead_unit=args.lead_unit,
                              partner_units=args.partner_units or [], person=args.owner or "",
                              leader=args.leader or "", section=args.section, target=args.target,
                              start=args.start, key=args.key)
        if source:
            task_sources.set_source(db, done.id, **source)
        task = tasks.get_task(db, done.id)
        if args.json:
            emit_json(tasks.task_json(task, tasks.light_of(db, task, _today())))
        else:
            print(done.id)
            say(f"{done.message}（时限：{task.due.isoformat() if task.due else task.due_text or '未定'}）")
    return 0


LIGHT_NAMES = {"red": "红灯", "yellow": "黄灯", "green": "绿灯"}


def _today():

    return clock.today()


def cmd_show(args):
    from kydesk.services import tasks

    with open_existing(args) as db:
        data = tasks.task_detail(db, args.task_id)
        if args.json:
            emit_json(data)
            return 0
        task = tasks.get_task(db, data["id"])
        lit = data["light"]
        print(f"任务：{task.title}")
        print(f"编号：{task.id}")
        for label, value in (("板块", task.section), ("具体措施", task.target), ("牵头单位", task.lead_unit),
                             ("配合单位", "、".join(task.partner_units)), ("责任领导", task.leader),
                             ("责任人", task.person)):
            if value:
                print(f"{label}：{value}")
        from kydesk.services.task_sources import source_text

        if source_text(db, task.id):
            print(f"来源：{source_text(db, task.id)}")
        for n in data["notices"]:
            print(f"{n['name']}：{n['number']}（{n['issued']}）")
        due = task.due.isoformat() if task.due else ("长期坚持" if task.ongoing else "未定")
        print(f"时限：{due}" + (f"（原文：{task.due_text}）" if task.due_text else ""))
        print(f"状态：{task.status.label}  进度：{task.percent}%  亮灯：{LIGHT_NAMES.get(lit, '不亮灯')}")
        if data["progress"]:
            print("进展：")
            for e in data["progress"]:
                pct = f"（{e['percent']}%）" if e["percent"] is not None else ""
                print(f"  {e['date']} {e['unit']} {e['text']}{pct}")
                for a in e["attachments"]:
                    print(f"      附件：{a['name']}（{human_size(a['size'])}）")
        for a in data["attachments"]:
            print(f"资料：{a['name']}（{human_size(a['size'])}）")
    return 0


def human_size(size: int) -> str:
    from kydesk.domain.attachments import human_size as text

    return text(size)


def cmd_attachments(args):
    from pathlib import Path

    from kydesk.services import attachments, tasks

    with open_existing(args) as db:
        task = tasks.get_task(db, args.task_id)
        written = attachments.export_task(db, task.id, Path(args.output))
        if args.json:
            emit_json([{"file": str(p), "size": p.stat().st_size} for p in written])
        elif written:
            for p in written:
                print(p)
            say(f"已导出 {len(written)} 个佐证材料到 {args.output}")
        else:
            say("这项任务还没有佐证材料。")
    return 0


def cmd_source(args):
    from kydesk.services import task_sources

    with open_existing(args) as db:
        done = task_sources.set_source(db, args.task_id, **_source_values(args))
        say(done.message or "没有变化")
        text = task_sources.source_text(db, done.id)
        if text:
            print(text)
    return 0


def cmd_progress(args):
    from kydesk.services import tasks

    on = _date_arg(args.date, "日期")
    with open_existing(args) as db:
        emit_new(args, tasks.add_progress(db, args.task_id, text=args.text, percent=args.percent, on=on,
                                          unit=args.unit, attach=args.attach, reduce_images=args.reduce_images))
    return 0


def _simple(args, fn, **kw):
    with open_existing(args) as db:
        done = fn(db, args.task_id, **kw)
        say(done.message or "没有变化")
    return 0


def cmd_done(args):
    from kydesk.services import tasks

    return _simple(args, tasks.mark_done, on=_date_arg(args.date, "完成日期"), attach=args.attach,
                   reduce_images=args.reduce_images)


def cmd_reopen(args):
    from kydesk.services import tasks

    return _simple(args, tasks.reopen)


def cmd_delete(args):
    from kydesk.services import tasks

    return _simple(args, tasks.delete_task)


def cmd_postpone(args):
    from kydesk.services import tasks

    return _simple(args, tasks.postpone, due=args.due, reason=args.reason)
