"""The command line: argparse over the services. No Qt here; heavy imports wait until a command needs them.

Exit codes: 0 success, 1 a user-facing error (Chinese message on stderr, nothing changed), 2 wrong usage.
"""
from __future__ import annotations

import argparse
import os
import sys

from kydesk import __version__


class Parser(argparse.ArgumentParser):
    """argparse with Chinese framing of its usage errors (exit 2)."""

    def error(self, message):
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}：用法错误：{message}\n")
        raise SystemExit(2)


def _sub(parent, name, help_, **kw):
    return parent.add_parser(name, help=help_, description=help_, **kw)


def build_parser() -> Parser:
    from kydesk.commands import admin, holidays, indicators, meetings, problems, projects, reports, sync, tasks, xlsx

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件（默认：KYDESK_DB 或用户数据文件夹）")
    p = Parser(prog="kydesk", description="康养专班工作台：任务台账、会议纪要、作战图、按文件同步。",
               parents=[common])
    p.add_argument("--version", action="version", version=f"kydesk {__version__}", help="显示版本号并退出")
    sub = p.add_subparsers(dest="command", metavar="命令", parser_class=Parser)
    for module in (admin, tasks, meetings, xlsx, reports, sync, holidays, problems, indicators,
                   projects):
        module.register(sub, common, _sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv in (["--version"], ["-V"]):  # answer before importing anything heavy
        print(f"kydesk {__version__}")
        return 0
    from kydesk import cli_text

    cli_text.install()
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
    if args.command is None:
        from kydesk.commands.admin import run_gui

        return run_gui(args)
    from kydesk.domain.errors import KydeskError

    try:
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
        log = _log_crash()
        sys.stderr.write(f"错误：程序内部错误（{type(e).__name__}: {e}）。未保存任何修改。"
                         + (f"详细信息已写入 {log}，请发给技术支持。" if log else "") + "\n")
        return 1


def _log_crash():
    import traceback

    from kydesk.paths import data_dir

    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "kydesk-error.log"
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return path
    except OSError:
        return None


def db_path(args):
    from kydesk.paths import default_db_path

    return args.db or os.environ.get("KYDESK_DB") or default_db_path()
