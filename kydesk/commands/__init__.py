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


def emit_new(args, done) -> None:
    """A command that added something: its id alone on stdout (JSON {"id"} with --json), the message on stderr."""
    if getattr(args, "json", False):
        emit_json({"id": done.id})
    else:
        print(done.id)
        say(done.message)


def attach_args(p) -> None:
    """--attach FILE... and --reduce-images, for the commands that take 佐证材料."""
    p.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help="附加佐证材料（可多次使用：--attach 照片.jpg --attach 合同.pdf）")
    p.add_argument("--reduce-images", action="store_true", help="把图片压缩到长边2000像素（JPEG）后再附加")
