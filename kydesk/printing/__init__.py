"""PDF output of kydesk: the 会议纪要 (GB/T 9704-2012) and the 会议记录 form, typeset on a character grid.

Layer rule: this package imports reportlab, the standard library and kydesk.domain only. The layouts
(page, margins, fonts by role, sizes, colours, label texts) are read from the top-level reports/ folder.

    from kydesk.printing.minutes import build_minutes_pdf
    from kydesk.printing.record import build_record_pdf
    from kydesk.printing.fonts import resolve_fonts
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kydesk.domain.errors import KydeskError


class Cancelled(KydeskError):
    """The clerk cancelled the print (the progress callback returned False); no file was left behind."""

    def __init__(self, message: str = "已取消，未生成文件"):
        super().__init__(message)


@dataclass
class PrintResult:
    path: Path
    pages: int
    fonts_used: dict[str, str] = field(default_factory=dict)   # role -> font file, or 'STSong-Light'
    warning: str | None = None                                   # Chinese, for the clerk (e.g. font to install)
    numbers: list[str] = field(default_factory=list)             # 督办单: the notice numbers printed (督字〔…〕)
    name: str = ""                                               # what was printed, for messages (e.g. 提醒函)


__all__ = ["Cancelled", "PrintResult"]
