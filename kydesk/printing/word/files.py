"""Saving a Word document the way the PDFs are saved: all or nothing, with messages a clerk can act on."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kydesk.domain.errors import KydeskError


def save_atomically(document, out_path) -> Path:
    """Write atomically: a temporary file in the target folder moved over the target."""
    out = Path(out_path)
    folder = out.parent
    if out.is_dir():
        raise KydeskError(f"无法写入 {out}：这是一个文件夹，请指定 .docx 文件名")
    if not folder.is_dir():
        raise KydeskError(f"无法写入 {out}：文件夹 {folder} 不存在")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".docx.tmp", dir=folder)
        os.close(fd)
    except OSError:
        raise KydeskError(f"无法写入 {out}：没有写入文件夹 {folder} 的权限，请换一个位置保存") from None
    try:
        try:
            document.save(tmp)
        except OSError as exc:
            raise KydeskError(f"无法写入 {out}：磁盘空间不足或没有写入权限（{exc.strerror or exc}）") from None
        try:
            os.chmod(tmp, (out.stat().st_mode & 0o7777) if out.exists() else 0o644)
            os.replace(tmp, out)
        except OSError:
            raise KydeskError(f"无法写入 {out}：文件可能正在被其他程序打开，请关闭后重试") from None
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return out
