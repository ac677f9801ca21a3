"""kydesk meeting list|add|attend|decide|summary|agenda|final."""
from __future__ import annotations

from pathlib import Path

from kydesk.commands import emit_json, emit_new, open_existing, say
from kydesk.commands.base import Parser


def register(sub, common, add):
    meeting = add(sub, "meeting", "会议（推进会、调度会、专题会）")
    ms = meeting.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)

    p = add(ms, "list", "列出会议", parents=[common])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = add(ms, "add", "新建会议（打印新会议编号）", parents=[common])
    p.add_argument("--title", required=True)
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--kind", default="推进会", choices=["推进会", "调度会", "专题会"])
    p.add_argument("--place", default="")
    p.add_argument("--chair", default="", help="主持人")
    p.add_argument("--recorder", default="", help="记录人")
    p.add_argument("--time", default="", help="时间，如 15:00")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = add(ms, "attend", "登记参会人员", parents=[common])
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=["出席", "列席", "请假"])
    p.add_argument("--unit")
    p.add_argument("--reason", default="", help="请假事由")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attend)

    p = add(ms, "agenda", "添加议题", parents=[common])
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("--title", required=True)
    p.add_argument("--presenter", default="", help="汇报人")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agenda)

    p = add(ms, "decide", "添加议定事项（--task 同时生成台账任务）", parents=[common])
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("--text", required=True)
    p.add_argument("--lead-unit")
    p.add_argument("--partner-units", help="配合单位，用顿号分隔")
    p.add_argument("--due", help="时限：日期或“7月底前”等")
    p.add_argument("--task", action="store_true", help="生成任务")
    p.add_argument("--leader", default="", help="责任领导")
    p.add_argument("--person", default="", help="责任人")
    p.add_argument("--section", default="", help="任务所属板块（默认：本次会议议定事项）")
    p.add_argument("--title", default="", help="任务简称（默认：议定事项原文）")
    p.add_argument("--link", metavar="TASK_ID", help="与已有任务关联（不另生成任务）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_decide)

    p = add(ms, "summary", "写入纪要正文（UTF-8 文本文件，空行分段）", parents=[common])
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("--file", required=True)
    p.set_defaults(func=cmd_summary)

    p = add(ms, "final", "纪要定稿（锁定）", parents=[common])
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("--issued", metavar="YYYY-MM-DD", help="印发日期（默认今天，且不早于会议日期）")
    p.add_argument("--force", action="store_true", help="会议尚未召开也定稿")
    p.set_defaults(func=cmd_final)


def cmd_list(args):
    from kydesk.services import meetings

    with open_existing(args) as db:
        found = meetings.list_meetings(db)
        if args.json:
            emit_json([meetings.meeting_json(m) for m in found])
            return 0
        if not found:
            print("还没有会议。")
        for m in found:
            state = "已定稿" if m.state == "final" else "草稿"
            print(f"{m.id[:8]}  {m.date.isoformat()}  {m.kind}第{m.number}期  {m.title}  [{state}]")
    return 0


def _print_id(args, done) -> int:
    emit_new(args, done)
    return 0


def cmd_add(args):
    from kydesk.services import meetings

    with open_existing(args) as db:
        done = meetings.add_meeting(db, title=args.title, date_=args.date, kind=args.kind, place=args.place,
                                    chair=args.chair, recorder=args.recorder, time=args.time)
        return _print_id(args, done)


def cmd_attend(args):
    from kydesk.services import meetings

    with open_existing(args) as db:
        done = meetings.attend(db, args.meeting_id, name=args.name, role=args.role, unit=args.unit,
                               reason=args.reason, reason_required=False)
        if args.role == "请假" and not (args.reason or "").strip():
            say(f"注意：{args.name.strip()} 请假未填写事由，纪要的请假名单将只有姓名；可用 --reason 补上")
        return _print_id(args, done)


def cmd_agenda(args):
    from kydesk.services import meetings

    with open_existing(args) as db:
        return _print_id(args, meetings.add_agenda(db, args.meeting_id, title=args.title, presenter=args.presenter))


def cmd_decide(args):
    from kydesk.services import meetings

    with open_existing(args) as db:
        done = meetings.decide(db, args.meeting_id, text=args.text, lead_unit=args.lead_unit,
                               partner_units=args.partner_units or [], due=args.due, make_task=args.task,
                               leader=args.leader, person=args.person, section=args.section, title=args.title,
                               link_task=args.link)
        if args.task or args.link:
            task_id = done.extra["task_id"]
            if args.json:
                emit_json({"id": done.id, "task_id": task_id})
                return 0
            print(done.id)
            say(f"{done.message}，任务编号：{task_id}")
            return 0
        return _print_id(args, done)


def cmd_summary(args):
    from kydesk.domain.errors import KydeskError
    from kydesk.services import meetings

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
        if not text.strip():
            raise KydeskError(f"纪要正文文件 {path} 是空的：为防止误清空纪要，未作改动。")
    except FileNotFoundError:
        raise KydeskError(f"找不到纪要正文文件：{path}") from None
    except UnicodeDecodeError:
        raise KydeskError(f"纪要正文文件 {path} 不是 UTF-8 编码：请用记事本“另存为 UTF-8”后重试") from None
    with open_existing(args) as db:
        done = meetings.set_summary(db, args.meeting_id, text)
        say(done.message or "纪要正文没有变化")
    return 0


def cmd_final(args):
    from kydesk.services import meetings
    from kydesk.services.tasks import parse_day

    issued = parse_day(args.issued, "issued", "印发日期") if args.issued else None
    with open_existing(args) as db:
        say(meetings.finalize(db, args.meeting_id, issued=issued, early=args.force).message)
    return 0
