"""Per-database settings a clerk can change: year, light thresholds, names for print."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from kydesk.domain import clock
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
    return int(y) if y else (today or clock.today()).year


def org_name(db: Database) -> str:
    name = db.meta("unit_name", "") or ""
    return db.meta("org_name") or (name if name.endswith("专班") else f"{name}康养专班")


def save_settings(db: Database, **values) -> Changed:
    """Store settings; thresholds are checked so a typo cannot switch every light off."""
    checks = {"warn_days": (0, 90, "黄灯提前天数"), "yellow_gap": (0, 100, "黄灯滞后百分点"),
              "red_gap": (0, 100, "红灯滞后百分点"), "year": (2000, 2100, "年度"),
              "sync_quiet_weeks": (1, 52, "未收到同步包提醒周数")}
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
            elif key in FONT_KEYS:
                value = str(value or "").strip().strip('"')
                if value and not Path(value).is_file():
                    raise ValidationError(f"找不到字体文件“{value}”，请检查路径（留空则自动查找本机字体）", key)
            db.set_meta(key, value)
    use_print_fonts(db)
    return changed("meta")


FONT_KEYS = ("font_fangsong", "font_heiti", "font_kaiti", "font_songti", "font_xiaobiaosong")


def current_settings(db: Database, today: date | None = None) -> dict:
    """Everything the settings page shows, as text (fonts: a file per print role, empty = find one)."""
    lights = light_settings(db)
    values = {"unit_name": db.meta("unit_name", ""), "unit_code": db.unit_code, "level": db.meta("level", ""),
              "site_id": db.site_id, "year": str(ledger_year(db, today)), "warn_days": str(lights.warn_days),
              "yellow_gap": str(lights.yellow_gap), "red_gap": str(lights.red_gap), "org_name": org_name(db)}
    values.update({key: db.meta(key, "") or "" for key in FONT_KEYS})
    return values


def use_print_fonts(db: Database) -> None:
    """Hand the fonts chosen in 设置 to the printing layer (an empty choice means: find one on this PC)."""
    from kydesk.printing import fontcache, fonts

    fonts.set_preferred({key[len("font_"):]: db.meta(key) for key in FONT_KEYS if db.meta(key)})
    # parsed fonts are remembered beside the database (the data folder for the usual one): the next
    # process that prints skips reading the fonts again (KYDESK_FONT_CACHE=0 turns it off)
    if db.path is not None and os.environ.get("KYDESK_FONT_CACHE", "1") != "0":
        fontcache.set_cache_dir(Path(db.path).resolve().parent / "fontcache")
