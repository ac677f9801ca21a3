"""Arguments from GBK scripts, and OS errors in Chinese. (argparse's own words: commands.base.Parser.)"""
from __future__ import annotations

import errno
import os


def decode_args(argv: list[str]) -> list[str]:
    """A batch script saved as GBK (ANSI) on a Chinese desktop hands us undecodable bytes. Each argument is
    read on its own: as UTF-8 when it is, else as GB18030, and then never silently (a warning names it)."""
    import sys

    out = []
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            if os.path.lexists(arg):    # a file whose name is GBK bytes (unzipped from Windows): open it as named
                out.append(arg)
                continue
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
    reason = OS_ZH.get(e.errno or 0, "无法完成文件操作")
    where = f"：{e.filename}" if e.filename else ""
    return f"文件操作失败{where}（{reason}）"
