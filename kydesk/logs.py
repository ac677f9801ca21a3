"""One rotating log file, kydesk.log, in the folder of the database in use (the portable data/ folder, the
per-user data folder, or wherever --db points), for the window and the command line alike.

The Windows bundle has no console, so a traceback printed to stderr goes nowhere: whatever goes wrong is
written here, and the clerk is told this file's path to send to support. The file is only made when
something is logged (delay=True), so a clean run leaves nothing behind.
"""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kydesk import __version__

LOG_NAME = "kydesk.log"
MAX_BYTES = 1_000_000          # about a year of a clerk's errors; then kydesk.log.1 … .3
BACKUPS = 3

log = logging.getLogger("kydesk")
_handler: logging.handlers.RotatingFileHandler | None = None


def log_path(db_path: Path | str | None = None) -> Path:
    """kydesk.log beside the database (its folder), else in the data folder."""
    from kydesk import paths

    folder = Path(db_path).resolve().parent if db_path else paths.data_dir()
    return folder / LOG_NAME


def setup(db_path: Path | str | None = None) -> Path:
    """Point the "kydesk" logger at the log beside `db_path` (again: moves it). Returns the log's path."""
    global _handler
    path = log_path(db_path)
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    _handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                    encoding="utf-8", delay=True)
    _handler.setFormatter(logging.Formatter(f"%(asctime)s %(levelname)s [kydesk {__version__}] %(threadName)s "
                                            "%(name)s: %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def current_path() -> Path | None:
    """The log file being written (None before setup)."""
    return Path(_handler.baseFilename) if _handler is not None else None


def crash(what: str, exc: BaseException | None = None) -> Path | None:
    """Log an unexpected failure with its traceback; returns the log's path, or None when it cannot be written
    (a read-only folder: the message then says so rather than naming a file that is not there)."""
    if _handler is None:
        setup()
    assert _handler is not None
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else True
    try:
        Path(_handler.baseFilename).parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    log.error(what, exc_info=exc_info)
    _handler.flush()
    path = Path(_handler.baseFilename)
    return path if path.exists() else None
