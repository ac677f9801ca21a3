"""Command handlers of the CLI, one module per command group; each has register(sub, common, add)."""
from __future__ import annotations

import json
import sys


def emit_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def say(message: str) -> None:
    """A line for people; on stderr when stdout carries a value a script reads (a new id)."""
    sys.stderr.write(message + "\n")


def open_existing(args):
    from kydesk.commands.base import db_path
    from kydesk.services.setup import open_site

    return open_site(db_path(args))
