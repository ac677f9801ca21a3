"""Per-database settings a clerk can change: year, light thresholds, names for print."""
from __future__ import annotations

from datetime import date

from kydesk.domain.errors import ValidationError
from kydesk.domain.models import LightSettings
from kydesk.services import Changed, changed
from kydesk.store.db import Database

DEFAULTS = {"warn_days": "7", "yellow_gap": "20", "red_gap": "50"}


def light_settings(db: Database) -> LightSettings:
    return LightSettings(
        warn_days=int(db.meta("warn_days", DEFAULTS["warn_days"])),
        yellow_gap=int(db.meta("yellow_gap", DEFAULTS["yellow_gap"])),
        red_gap=int(db.meta("red_gap", DEFAULTS["red_gap"])),
    )


def ledger_year(db: Database, today: date | None = None) -> int:
    y = db.meta("year")
    return int(y) if y else (today or date.today()).year


def org_name(db: Database) -> str:
    return db.meta("org_name") or f"{db.meta('unit_name', '')}康养专班"


def save_settings(db: Database, **values) -> Changed:
    """Store settings; thresholds are checked so a typo cannot switch every light off."""
    checks = {"warn_days": (0, 90, "黄灯提前天数"), "yellow_gap": (0, 100, "黄灯滞后百分点"),
              "red_gap": (0, 100, "红灯滞后百分点"), "year": (2000, 2100, "年度")}
    with db.tx():
        for key, value in values.items():
            if key in checks:
                lo, hi, label = checks[key]
                try:
                    n = int(str(value).strip())
                except ValueError:
                    raise ValidationError(f"{label}须为整数，收到“{value}”", key) from None
                if not lo <= n <= hi:
                    raise ValidationError(f"{label}须在 {lo}–{hi} 之间，收到 {n}", key)
                value = n
            db.set_meta(key, value)
    return changed("meta")
