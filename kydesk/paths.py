"""Where things live: the data folder (per user, or portable beside the program) and bundled resources."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "kydesk"


def program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def bundle_dir() -> Path:
    """Top of the read-only files: the PyInstaller unpack folder when frozen, else the source tree."""
    return Path(getattr(sys, "_MEIPASS", program_dir()))


def resources_dir() -> Path:
    return bundle_dir() / "resources"


def forms_dir() -> Path:
    return bundle_dir() / "forms"


def reports_dir() -> Path:
    return bundle_dir() / "reports"


def portable() -> bool:
    """Portable mode: a `data/` folder beside a frozen program (a USB stick install)."""
    return getattr(sys, "frozen", False) and (program_dir() / "data").is_dir()


def data_dir() -> Path:
    if portable():
        return program_dir() / "data"
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP


def default_db_path() -> Path:
    env = os.environ.get("KYDESK_DB")
    if env:
        return Path(env)
    return data_dir() / "kydesk.db"


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "backups"
