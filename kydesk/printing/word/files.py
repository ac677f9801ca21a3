"""Saving a Word document the way the PDFs are saved: all or nothing, with messages a clerk can act on."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kydesk.domain.errors import KydeskError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# The schema's sequences: Word refuses a file ("unreadable content") whose properties come out of order,
# where LibreOffice and WPS are lenient. Properties set here are appended, so every file is put in order.
ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
           "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
           "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
           "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
           "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs "
           "em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
             "tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    "pBdr": "top left bottom right between bar",
    "tblBorders": "top left start bottom right end insideH insideV",
    "tcBorders": "top left start bottom right end insideH insideV tl2br tr2bl",
}
_RANK = {W + tag: {W + name: k for k, name in enumerate(names.split())} for tag, names in ORDER.items()}


def schema_order(root) -> None:
    """Put the children of every property element of `root` in the schema's order (stable otherwise)."""
    for tag, rank in _RANK.items():
        for el in root.iter(tag):
            children = list(el)
            ordered = sorted(children, key=lambda c: rank.get(c.tag, len(rank)))
            if ordered != children:
                for c in children:
                    el.remove(c)
                el.extend(ordered)


def order_package(document) -> None:
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is not None:
            schema_order(element)


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
        order_package(document)
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
