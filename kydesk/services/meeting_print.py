"""Printing a meeting from the window: which builder, and what the file is called.

The PDFs themselves come from kydesk.services.reports (the same functions `report minutes|record` use),
which write atomically: a cancelled print leaves nothing, and a PDF open in another program raises
KydeskError with the old file intact. Printing only reads the meeting.
"""
from __future__ import annotations

import re

from kydesk.domain.models import Meeting
from kydesk.services import reports
from kydesk.services.meetings import get_meeting
from kydesk.services.settings import org_name
from kydesk.store.db import Database

KINDS = {"minutes": "纪要", "record": "会议记录"}
_UNSAFE = re.compile(r'[\\/:*?"<>|\r\n\t]+')


def build(db: Database, kind: str, meeting_id: str, out, progress=None):
    """kind "minutes" (纪要) or "record" (会议记录) -> kydesk.printing.PrintResult."""
    fn = {"minutes": reports.minutes_pdf, "record": reports.record_pdf}[kind]
    return fn(db, meeting_id, out, progress=progress)


def file_name(meeting: Meeting, kind: str) -> str:
    """2024年第3期推进会纪要.pdf — what a clerk would call it, safe on every file system."""
    return _UNSAFE.sub("_", f"{meeting.year}年第{meeting.number}期{meeting.kind}{KINDS[kind]}.pdf")


def default_file_name(db: Database, meeting_id: str, kind: str) -> str:
    """商州区康养专班2024年第3期推进会纪要.pdf"""
    return _UNSAFE.sub("_", org_name(db)) + file_name(get_meeting(db, meeting_id), kind)
