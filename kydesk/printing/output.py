"""Writing a laid-out document to a PDF file: page by page with progress and cancel, all or nothing.

The PDF is written to a temporary file in the target folder and moved over the target at the end
(os.replace), so a cancelled or failed print leaves no partial file and an open old PDF stays intact.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kydesk.domain.errors import KydeskError
from kydesk.printing import Cancelled
from kydesk.printing.gridtext import Page, draw_page

Progress = Callable[[int, int], "bool | None"]


def _body_font() -> str | None:
    """A registered Chinese font for the page preamble when the pages are drawn later (by `decorate`), so the
    PDF lists no unembedded Helvetica; None (reportlab's default) only when no font can be found at all."""
    from kydesk.printing.fonts import resolve_fonts

    try:
        return next(iter(resolve_fonts().names.values()), None)
    except Exception:  # noqa: BLE001 - a font problem is reported by the builder itself, not here
        return None


def write_pdf(out_path, pages: list[Page], *, title: str = "", author: str = "", subject: str = "",
              progress: Progress | None = None, page_size=A4,
              decorate: Callable[[Canvas, int, int], None] | None = None,
              initial_font: str | None = None) -> Path:
    """Draw `pages` into `out_path`; `decorate(canvas, page_no, total)` adds page numbers and the like.

    `initial_font` (a registered font name) replaces reportlab's default Helvetica in the page preamble,
    so the PDF lists no font that is not embedded; by default the first font of `pages` is taken.
    """
    out = Path(out_path)
    folder = out.parent
    if out.is_dir():
        raise KydeskError(f"无法写入 {out}：这是一个文件夹，请指定 PDF 文件名")
    if not folder.is_dir():
        raise KydeskError(f"无法写入 {out}：文件夹 {folder} 不存在")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".pdf.tmp", dir=folder)
        os.close(fd)
    except OSError:
        raise KydeskError(f"无法写入 {out}：没有写入文件夹 {folder} 的权限，请换一个位置保存") from None
    try:
        total = len(pages)
        if progress is not None and progress(0, total) is False:
            raise Cancelled()
        fonts = [g.style.font for page in pages for _x, _y, gl in page.texts for g in gl.glyphs[:1]]
        canvas = Canvas(tmp, pagesize=page_size, pageCompression=1,
                        initialFontName=initial_font or (fonts[0] if fonts else None) or _body_font())
        canvas.setTitle(title)
        canvas.setAuthor(author)
        canvas.setSubject(subject)
        canvas.setCreator("kydesk")
        for number, page in enumerate(pages, start=1):
            draw_page(canvas, page)
            if decorate is not None:
                decorate(canvas, number, total)
            canvas.showPage()
            if progress is not None and progress(number, total) is False:
                raise Cancelled()
        try:
            canvas.save()
        except OSError as exc:
            raise KydeskError(f"无法写入 {out}：磁盘空间不足或没有写入权限（{exc.strerror or exc}）") from None
        try:
            os.chmod(tmp, (out.stat().st_mode & 0o7777) if out.exists() else 0o644)
        except OSError:
            pass
        try:
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
