"""The one clock of the program: the day lights, reports and default dates are judged on.

KYDESK_TODAY=YYYY-MM-DD pins it (screenshots of a database made on another day, acceptance checks, a
clerk rehearsing a past month). Every module asks here instead of calling date.today(), so one setting
moves the whole program, window and command line alike.
"""
from __future__ import annotations

import os
from datetime import date


def today() -> date:
    pinned = os.environ.get("KYDESK_TODAY", "").strip()
    if pinned:
        try:
            return date.fromisoformat(pinned)
        except ValueError:
            pass   # a malformed pin is ignored rather than stopping the program; `check` does not care
    return date.today()
