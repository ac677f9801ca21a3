"""kydesk sync identity|trust|export|import, peers|history to look around, requests|answer for 延期申请,
conflicts for what lost or was refused."""
from __future__ import annotations

from kydesk.commands import emit_json, open_existing, say
from kydesk.commands.base import Parser


def register(sub, common, add):
    sync = add(sub, "sync", "按文件同步：身份卡、信任、导出、导入")
    ss = sync.add_subparsers(dest="action", metavar="操作", required=True, parser_class=Parser)

    p = add(ss, "identity", "写出本单位的身份卡（发给对方，并电话核对指纹）", parents=[common])
    p.add_argument("-o", "--output", metavar="CARD.json", help="身份卡文件（不写则只显示指纹）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_identity)

    p = add(ss, "trust", "导入并信任对方单位的身份卡（先电话核对指纹）", parents=[common])
    p.add_argument("card", metavar="CARD.json")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_trust)

    p = add(ss, "export", "导出同步包给某单位", parents=[common])
    p.add_argument("--to", required=True, metavar="UNIT_CODE", help="接收单位代码")
    p.add_argument("--full", action="store_true", help="全量：发送全部相关数据（对方逐行合并）")
    p.add_argument("-o", "--output", metavar="OUT.kysync", help="输出文件或文件夹（默认当前文件夹，按单位、日期、序号命名）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_export)

    p = add(ss, "import", "导入同步包（先检查，再备份，再合并）", parents=[common])
    p.add_argument("files", nargs="+", metavar="FILE", help="同步包文件（可写多个、通配符或文件夹）")
    p.add_argument("--dry-run", action="store_true", help="只检查并预览，不导入")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_import)

    p = add(ss, "peers", "列出受信任的单位及最近收到同步包的时间", parents=[common])
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_peers)

    p = add(ss, "history", "同步记录：导入和导出的每个包", parents=[common])
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_history)

    p = add(ss, "requests", "延期申请：市专班看各县区的申请，县区看自己申请的批复", parents=[common])
    p.add_argument("--pending", action="store_true", help="只列出待批复的申请")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_requests)

    p = add(ss, "answer", "批复延期申请（同意则任务时限随即调整）", parents=[common])
    p.add_argument("request_id", metavar="REQUEST_ID", help="申请编号（可只写前几位）")
    verdict = p.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--grant", action="store_true", help="同意")
    verdict.add_argument("--refuse", action="store_true", help="不同意")
    p.add_argument("--text", default="", metavar="T", help="批复意见")
    p.add_argument("--confirm", action="store_true",
                   help="确认同意：申请已过时（时限后来改过）或会把时限提前时需要")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_answer)

    p = add(ss, "conflicts", "版本冲突记录和拒收的记录", parents=[common])
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_conflicts)


def cmd_identity(args):
    from kydesk.services import sync

    with open_existing(args) as db:
        if args.output:
            card = sync.identity(db, args.output)
        else:
            card = sync.my_card(db).as_dict()
    if args.json:
        emit_json(card)
        return 0
    if args.output:
        print(card["path"])
    say(f"单位：{card['unit_name']}（{card['unit_code']}）")
    say(f"指纹：{card['fingerprint']}")
    if args.output:
        say("请把身份卡发给对方单位，并打电话逐组核对上面的指纹。")
    return 0


def cmd_trust(args):
    from kydesk.services import sync

    with open_existing(args) as db:
        card = sync.read_card(args.card)
        level = {"city": "市级", "county": "县级"}.get(card.level, card.level)
        say(f"身份卡：{card.unit_name}（{card.unit_code}），{level}")
        say(f"指纹：{card.fingerprint}  ← 请与对方电话逐组核对")
        done = sync.trust(db, args.card)
    if args.json:
        emit_json({"id": done.id, **done.extra["card"], "new": done.extra["new"], "message": done.message})
    else:
        print(done.id)
        say(done.message)
    return 0


def cmd_export(args):
    from kydesk.services import sync

    with open_existing(args) as db:
        result = sync.export(db, args.to, full=args.full, out=args.output)
    if args.json:
        emit_json(result.to_json())
    else:
        print(result.path)
        say(result.message)
    return 0


def cmd_import(args):
    from kydesk.domain.errors import KydeskError
    from kydesk.services import sync

    try:
        with open_existing(args) as db:
            reports = sync.import_packages(db, _expand(args.files), dry_run=args.dry_run)
    except KydeskError as e:
        if args.json:   # a script reading stdout learns what failed, not just that nothing came
            emit_json({"error": str(e), "status": "failed", "files": [str(f) for f in args.files]})
        raise
    refused = [r for r in reports if r.status == "refused"]
    if args.json:
        emit_json([r.to_json() for r in reports])
    else:
        for r in reports:
            if r.status != "refused":
                print("\n".join(r.lines()))
        if args.dry_run and len(refused) < len(reports):
            print("（预览，未导入。去掉 --dry-run 即导入。）")
    if refused:
        for r in refused:
            say(f"{r.file}：{r.message}")
        done = len(reports) - len(refused)
        raise KydeskError(f"{len(refused)} 个同步包被拒绝，数据库未因它们作任何改动"
                          + (f"（其余 {done} 个已处理）" if done else ""))
    return 0


def _expand(files):
    """A folder means its .kysync files; a wildcard is expanded here too (Windows' cmd leaves it as typed)."""
    import glob
    from pathlib import Path

    out = []
    for f in files:
        p = Path(f)
        if p.is_dir():
            out += sorted(str(x) for x in p.glob("*.kysync"))
        elif not p.exists() and any(c in f for c in "*?["):
            out += sorted(glob.glob(f)) or [f]
        else:
            out.append(f)
    return out or list(files)


def cmd_peers(args):
    from kydesk.services import sync

    with open_existing(args) as db:
        found = sync.peers(db)
        weeks = sync.quiet_weeks(db)
    if args.json:
        emit_json(found)
        return 0
    if not found:
        print("还没有受信任的单位。用“kydesk sync trust 身份卡.json”导入。")
    for p in found:
        state = "受信任" if p["trusted"] else "已取消信任"
        heard = p["last_heard"] or "从未收到"
        flag = f"  ⚠ 已超过 {weeks} 周未收到同步包" if p["quiet"] else ""
        print(f"{p['unit_code']}  {p['unit_name']}  {state}  指纹 {p['fingerprint']}  最近收到：{heard}{flag}")
    return 0


def cmd_history(args):
    from kydesk.services import sync

    with open_existing(args) as db:
        found = sync.history(db)
    if args.json:
        emit_json(found)
        return 0
    if not found:
        print("还没有同步记录。")
    for h in found:
        way = "导入自" if h["direction"] == "in" else "导出给"
        result = {"applied": "已导入", "exported": "已导出"}.get(h["result"], h["result"])
        print(f"{h['at']}  {way} {h['peer_name']}（{h['peer_unit']}）  {h['rows']} 条记录  {result}  {h['file']}")
    return 0


def _due(text, iso) -> str:
    return text or iso or "（无）"


def cmd_requests(args):
    from kydesk.services import sync

    with open_existing(args) as db:
        found = sync.extension_requests(db, pending_only=args.pending)
    if args.json:
        emit_json(found)
        return 0
    if not found:
        print("没有待批复的延期申请。" if args.pending else "没有延期申请。")
        return 0
    for r in found:
        answer = f"  批复意见：{r['answer']}" if r["answer"] else ""
        print(f"{r['id'][:8]}  [{r['state_text']}]  {r['task_title']}  {r['unit']}（{r['unit_code']}）  "
              f"{_due(r['old_due_text'], r['old_due'])} → {_due(r['new_due_text'], r['new_due'])}  "
              f"理由：{r['reason']}{answer}")
    waiting = sum(1 for r in found if r["can_answer"])
    tail = f"，其中 {waiting} 条待本单位批复（kydesk sync answer 编号 --grant 或 --refuse）" if waiting else ""
    print(f"共 {len(found)} 条延期申请{tail}。")
    return 0


def cmd_answer(args):
    from kydesk.services import sync

    with open_existing(args) as db:
        done = sync.answer_extension(db, args.request_id, grant=args.grant, answer=args.text,
                                     confirm=args.confirm)
        found = sync.extension_request(db, args.request_id)
    if args.json:
        emit_json({**found, "answer_id": done.id, "message": done.message})
    else:
        say(done.message)
    return 0


def cmd_conflicts(args):
    from kydesk.services import sync_review

    with open_existing(args) as db:
        found = sync_review.review(db)
    if args.json:
        emit_json(found)
        return 0
    conflicts, held = found["conflicts"], found["quarantined"]
    if not conflicts and not held:
        print("没有版本冲突，也没有拒收的记录。")
        return 0
    if conflicts:
        print(f"版本冲突 {len(conflicts)} 条（同一单位两台电脑改了同一条记录，保留了较新的版本，落选的版本记录在此）：")
    for c in conflicts:
        diff = "；".join(f"{d['label']}：{_short(d['lost_text'])}（落选）/ {_short(d['kept_text'])}（保留）"
                        for d in c["differences"]) or "内容与现有版本相同"
        print(f"  {c['at'].replace('T', ' ')}  {c['table_name']}“{c['label']}”  "
              f"{c['lost_site_name']}的第 {c['lost_rev']} 版落选于{c['winner_site_name']}的第 {c['winner_rev']} 版  "
              f"{diff}  同步包：{_file(c['package_file']) or c['package_id']}")
    if held:
        print(f"拒收的记录 {len(held)} 条：")
    for q in held:
        state = "后来已补齐" if q["resolved"] else "未导入"
        sender = f"{q['from_name']}（{q['from_unit']}）" if q["from_unit"] else "—"
        print(f"  {q['at'].replace('T', ' ')}  来自 {sender}  {q['table_name']}“{q['label']}”  [{state}]  "
              f"原因：{q['reason']}  同步包：{_file(q['package_file']) or q['package_id']}")
    return 0


def _short(value) -> str:
    text = "（空）" if value in (None, "") else str(value)
    return text if len(text) <= 30 else text[:29] + "…"


def _file(path: str) -> str:
    """The file's name, whichever system wrote the path (a package log copied from a Windows PC)."""
    return path.replace("\\", "/").rsplit("/", 1)[-1] if path else ""
