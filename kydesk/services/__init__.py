"""Use cases: fn(db, *, ...) -> result naming what changed. The window and the CLI both call these."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changed:
    """What a service changed: the tables (so each view refreshes only what concerns it) and the new/changed id."""

    tables: frozenset[str] = field(default_factory=frozenset)
    id: str | None = None
    message: str = ""
    extra: dict = field(default_factory=dict)   # other ids a caller may want (e.g. the task a decision made)

    @property
    def new_id(self) -> str:
        """The id of the row a service added (adding services always set it)."""
        if self.id is None:
            raise ValueError(f"no id in {self!r}")
        return self.id

    def __bool__(self) -> bool:
        return bool(self.tables)


def writer_lock():
    """The process's one-writer lock (store.db.WRITER): a background job that writes holds it for its whole
    run, and every write transaction takes it, so the window's edits wait for the job rather than fail."""
    from kydesk.store.db import WRITER

    return WRITER


def changed(*tables: str, id: str | None = None, message: str = "") -> Changed:
    return Changed(frozenset(tables), id, message)
