"""The command line: argparse over the services. No Qt here; heavy imports wait until a command needs them.

Exit codes: 0 success, 1 a user-facing error (Chinese message on stderr, nothing changed), 2 wrong usage.
"""
from __future__ import annotations

import argparse
import os
import sys

from kydesk import __version__
from kydesk.commands.base import Parser, db_path, refuse_overwriting_database


def _sub(parent, name, help_, **kw):
    return parent.add_parser(name, help=help_, description=help_, **kw)


def build_parser() -> Parser:
    from kydesk.commands import admin, holidays, indicators, meetings, problems, projects, reports, sync, tasks, units, xlsx

    common = Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件（默认：KYDESK_DB 或用户数据文件夹）")
    p = Parser(prog="kydesk", description="康养专班工作台：任务台账、会议纪要、作战图、按文件同步。",
               parents=[common])
    p.add_argument("--version", action="version", version=f"kydesk {__version__}", help="显示版本号并退出")
    sub = p.add_subparsers(dest="command", metavar="命令", parser_class=Parser)
    for module in (admin, tasks, meetings, xlsx, reports, sync, holidays, units, problems, indicators, projects):
        module.register(sub, common, _sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv in (["--version"], ["-V"]):  # answer before importing anything heavy
        print(f"kydesk {__version__}")
        return 0
    from kydesk import cli_text

    argv = cli_text.decode_args(argv)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    from kydesk import logs

    logs.setup(db_path(args))
    if args.command is None:
        from kydesk.commands.admin import run_gui

        return run_gui(args)
    from kydesk.domain.errors import KydeskError

    try:
        refuse_overwriting_database(args)
        return args.func(args) or 0
    except KydeskError as e:
        sys.stderr.write(f"错误：{e}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("已取消。\n")
        return 1
    except BrokenPipeError:
        # `kydesk task list | head -1`: the reader left; that is not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
        except OSError:
            pass
        return 0
    except OSError as e:
        sys.stderr.write(f"错误：{cli_text.os_error(e)}\n")
        return 1
    except Exception as e:  # noqa: BLE001 - the last line of defence: a message, never a traceback
        log = logs.crash(f"kydesk {' '.join(argv)}")
        sys.stderr.write(f"错误：程序内部错误（{type(e).__name__}: {e}）。未保存任何修改。"
                         + (f"详细信息已写入 {log}，请发给技术支持。" if log else "") + "\n")
        return 1
