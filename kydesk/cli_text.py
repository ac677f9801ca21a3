"""Chinese for argparse's own words (usage, errors, help headings), arguments from GBK scripts, OS errors.

argparse looks its messages up through gettext at call time, so swapping its `_`/`ngettext` is enough.
"""
from __future__ import annotations

import argparse
import errno
import os

ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的取值：%(value)r（可选：%(choices)s）",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid %(type)s value: %(value)r": "无效的%(type)s值：%(value)r",
    "expected one argument": "需要一个取值",
    "expected at most one argument": "最多一个取值",
    "expected at least one argument": "至少需要一个取值",
    "one of the arguments %s is required": "必须提供以下参数之一：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "ignored explicit argument %r": "多余的取值 %r",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}
TYPE_ZH = {"int": "整数", "float": "数值"}


def _zh(message: str) -> str:
    return ARGPARSE_ZH.get(message, message)


def _nzh(singular: str, plural: str, n: int) -> str:
    if singular.startswith("expected %s argument"):
        return "需要 %s 个取值"
    return _zh(singular if n == 1 else plural)


def install() -> None:
    argparse._ = _zh
    argparse.ngettext = _nzh


def decode_args(argv: list[str]) -> list[str]:
    """A batch script saved as GBK (ANSI) on a Chinese desktop hands us undecodable bytes. Each argument is
    read on its own: as UTF-8 when it is, else as GB18030, and then never silently (a warning names it)."""
    import sys

    out = []
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raw = os.fsencode(arg)
            try:
                arg = raw.decode("utf-8")
            except UnicodeDecodeError:
                arg = raw.decode("gb18030", errors="replace")
                sys.stderr.write(f"提示：参数“{arg}”不是 UTF-8 编码，已按 GBK（GB18030）读取；"
                                 "如文字不对，请把脚本另存为 UTF-8。\n")
        out.append(arg)
    return out


OS_ZH = {
    errno.ENOENT: "文件或文件夹不存在",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EACCES: "没有权限（文件可能被其他程序占用，或没有写入权限）",
    errno.EPERM: "操作不被允许（请检查权限）",
    errno.ENOSPC: "磁盘空间已满",
    errno.EROFS: "磁盘或文件夹是只读的",
    errno.EEXIST: "文件已存在",
}


def os_error(e: OSError) -> str:
    reason = OS_ZH.get(e.errno, "无法完成文件操作")
    where = f"：{e.filename}" if e.filename else ""
    return f"文件操作失败{where}（{reason}）"
