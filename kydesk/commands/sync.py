"""kydesk sync identity|trust|export|import (and peers|history to look around)."""
from __future__ import annotations

from kydesk.cli import Parser
from kydesk.commands import emit_json, open_existing, say


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
        say(f"身份卡：{card.unit_name}（{card.unit_code}），级别 {card.level}")
        say(f"指纹：{card.fingerprint}  ← 请与对方电话逐组核对")
        done = sync.trust(db, args.card)
    if args.json:
        emit_json({"id": done.id, **done.extra["card"], "new": done.extra["new"], "message": done.message})
    else:
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

    with open_existing(args) as db:
        reports = sync.import_packages(db, _expand(args.files), dry_run=args.dry_run)
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
        print(f"{h['at']}  {way} {h['peer_name']}（{h['peer_unit']}）  {h['rows']} 行  {result}  {h['file']}")
    return 0
