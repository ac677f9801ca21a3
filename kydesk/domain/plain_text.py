"""Text a clerk typed (or a script pasted) made safe for one line: no terminal escape codes, no control
characters. A title with an ANSI colour code in it would print as garbage in the PDF and could rewrite the
terminal of whoever lists the ledger."""
from __future__ import annotations

import re
import unicodedata

# CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), and two-byte escapes
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")


def one_line(text: str) -> str:
    """Escape codes removed; tabs and line breaks become spaces; other control characters dropped."""
    text = ANSI.sub("", text or "")
    out = []
    for ch in text:
        if ch in "\t\r\n\v\f\u2028\u2029\x85":
            out.append(" ")
        elif unicodedata.category(ch) == "Cc" or ch in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            continue
        else:
            out.append(ch)
    return re.sub(r" {2,}", " ", "".join(out)).strip()
