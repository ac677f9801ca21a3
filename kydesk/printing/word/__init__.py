"""Word (.docx) output of kydesk, written with python-docx from the same data the PDFs are made from.

    base.py      the GB/T 9704 page, grid, named styles (正文, 一级标题 …, 版记), fonts, footers, saving
    minutes.py   会议纪要          record.py    会议记录 (a Word table form)
    notice.py    督办单 (its form)  bulletin.py  通报 (plain or as a 公文 with 版头), dispatch.py 月调度表

`wants_word(out)` says whether a `-o` name asks for Word.
"""


def wants_word(out) -> bool:
    """`-o x.docx` writes Word; any other name writes PDF. (No python-docx import: the CLI starts fast.)"""
    return str(out).lower().endswith(".docx")


__all__ = ["wants_word"]
