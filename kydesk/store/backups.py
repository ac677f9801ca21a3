"""The raw database-file operations behind backup and restore (services.maintenance decides when)."""
from __future__ import annotations

import sqlite3

from kydesk.store.db import Database


def copy_into(db: Database, target: sqlite3.Connection) -> None:
    """SQLite's online backup: a consistent copy even while the app is writing."""
    db.conn.backup(target)


def raise_site_seq(db: Database, at_least: int) -> None:
    """Never hand out a change number twice: peers have acknowledged numbers up to `at_least`."""
    db.conn.execute("UPDATE counter SET value = max(value, ?) WHERE name = 'site_seq'", (at_least,))
