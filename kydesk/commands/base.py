"""What every command module shares with cli.py: the Chinese-speaking argument parser and the database path.

Kept apart from cli.py so the command modules do not import the module that imports them.

argparse has no public switch for its language. Rather than swapping its private gettext hooks (`_`,
`ngettext`, which a Python upgrade may rename), the parser says its own words in Chinese through what
argparse lets a subclass decide: the help formatter's usage prefix and section headings, our own -h, and
error() turning the few messages a clerk can provoke into Chinese (an unknown one is passed on unchanged).
"""
from __future__ import annotations

import argparse
import os
import re
import sys

HEADINGS = {"positional arguments": "位置参数", "options": "选项", "optional arguments": "选项"}
TYPES = {"int": "整数", "float": "数值"}

# argparse's error messages (3.10 … 3.14 wordings) -> Chinese; the argument prefix is handled apart
ERRORS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.S), zh) for p, zh in [
    (r"the following arguments are required: (?P<a>.*)", "缺少必需的参数：{a}"),
    (r"unrecognized arguments: (?P<a>.*)", "无法识别的参数：{a}"),
    (r"invalid choice: (?P<v>.*?) \(choose from (?P<c>.*)\)", "无效的取值：{v}（可选：{c}）"),
    (r"invalid (?P<t>\w+) value: (?P<v>.*)", "无效的{t}值：{v}"),
    (r"expected one argument", "需要一个取值"),
    (r"expected at most one argument", "最多一个取值"),
    (r"expected at least one argument", "至少需要一个取值"),
    (r"expected (?P<n>\d+) arguments?", "需要 {n} 个取值"),
    (r"one of the arguments (?P<a>.*) is required", "必须提供以下参数之一：{a}"),
    (r"not allowed with argument (?P<a>.*)", "不能与参数 {a} 同时使用"),
    (r"ambiguous option: (?P<o>\S+) could match (?P<m>.*)", "选项 {o} 不明确，可能是：{m}"),
    (r"ignored explicit argument (?P<a>.*)", "多余的取值 {a}"),
]]
ARGUMENT = re.compile(r"argument (?P<name>.+?): (?P<rest>.*)", re.S)


def chinese_error(message: str) -> str:
    """argparse's English error message in Chinese (unchanged when it is one we do not know)."""
    m = ARGUMENT.fullmatch(message)
    if m:
        return f"参数 {m['name']}：{chinese_error(m['rest'])}"
    for pattern, zh in ERRORS:
        m = pattern.fullmatch(message)
        if m:
            parts = m.groupdict()
            if "t" in parts:
                parts["t"] = TYPES.get(parts["t"], parts["t"])
            return zh.format(**parts)
    return message


class HelpFormatter(argparse.HelpFormatter):
    """The usage line and the section headings of --help in Chinese."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)

    def start_section(self, heading):
        super().start_section(HEADINGS.get(heading, heading) if heading else heading)


class Parser(argparse.ArgumentParser):
    """argparse speaking Chinese: help, usage and usage errors (exit 2)."""

    def __init__(self, *args, **kwargs):
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs["add_help"] = False                 # our own -h below, with Chinese help
        super().__init__(*args, **kwargs)
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示帮助并退出")

    def error(self, message):
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}：用法错误：{chinese_error(message)}\n")
        raise SystemExit(2)


def db_path(args):
    """The database a command works on: --db, else KYDESK_DB, else the data folder's kydesk.db."""
    from kydesk.paths import default_db_path

    return getattr(args, "db", None) or os.environ.get("KYDESK_DB") or default_db_path()


OUTPUT_ARGS = ("out", "output", "screenshot")      # every flag or argument a command writes a file to


def refuse_overwriting_database(args) -> None:
    """Stop before a command writes its output over the open database, its -wal/-shm/-journal or a backup.

    Checked once here, before any command runs, so no writer (PDF, Word, Excel, package, card, backup) can
    destroy the data it was asked to print; DESIGN.md: "No command ever writes over the open database".
    """
    from kydesk.domain.errors import KydeskError
    from kydesk.paths import backups_dir

    db = os.path.normcase(os.path.realpath(db_path(args)))
    protected = {db + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    backups = os.path.normcase(os.path.realpath(backups_dir(db)))
    for name in OUTPUT_ARGS:
        value = getattr(args, name, None)
        if not isinstance(value, (str, os.PathLike)) or not str(value):
            continue
        target = os.path.normcase(os.path.realpath(value))
        if target in protected:
            raise KydeskError(f"输出文件 {value} 是正在使用的数据库（或其日志文件），不能覆盖：请换一个文件名")
        if os.path.dirname(target) == backups and os.path.isfile(target):
            raise KydeskError(f"输出文件 {value} 是数据库的备份，不能覆盖：请换一个文件名")
