"""Report layouts: the JSON files of the top-level reports/ folder, and the small helpers they need.

A layout file holds what a clerk's office may want to adjust without code: page and margins, the grid,
the font role and size of every element, colours, rule widths and the text of every label. The code
reads values by dotted path (`layout.mm("page.margin_top_mm")`) and a missing or wrong value is a
KydeskError naming the file and the key, never a traceback.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from reportlab.lib.colors import CMYKColor, Color, HexColor

from kydesk.domain.cn_text import CN_DIGITS, WEEKDAYS, cn_date, cn_number, cn_weekday  # noqa: F401 - printing imports them from here
from kydesk.domain.errors import KydeskError

MM = 72.0 / 25.4                     # points per millimetre
_MISSING = object()


def _bundle_root() -> Path:
    """The folder holding reports/ and resources/: the PyInstaller bundle when frozen, else the repo."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def reports_dir() -> Path:
    """The declarative report layouts (minutes.json, record.json …). KYDESK_REPORTS_DIR overrides it."""
    override = os.environ.get("KYDESK_REPORTS_DIR")
    return Path(override) if override else _bundle_root() / "reports"


def resources_dir() -> Path:
    return _bundle_root() / "resources"


class Layout:
    """One layout file: values by dotted path, with errors a clerk can read."""

    def __init__(self, data: dict, source: str):
        self.data = data
        self.source = source

    def get(self, path: str, default=_MISSING):
        node = self.data
        for part in path.split("."):
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif default is not _MISSING:
                return default
            else:
                raise KydeskError(f"版式文件 {self.source} 缺少设置项“{path}”，请恢复该项后重试")
        return node

    def num(self, path: str, default=_MISSING) -> float:
        value = self.get(path, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise KydeskError(f"版式文件 {self.source} 中“{path}”应为数字，现为“{value}”")
        return float(value)

    def int(self, path: str, default=_MISSING) -> int:
        return int(round(self.num(path, default)))

    def mm(self, path: str, default=_MISSING) -> float:
        """A length written in millimetres, in points."""
        return self.num(path, default) * MM

    def text(self, path: str, default=_MISSING) -> str:
        value = self.get(path, default)
        if not isinstance(value, str):
            raise KydeskError(f"版式文件 {self.source} 中“{path}”应为文字，现为“{value}”")
        return value

    def colour(self, path: str, default=_MISSING) -> Color:
        return parse_colour(self.get(path, default), f"{self.source}：{path}")


def parse_colour(spec, where: str = "") -> Color:
    """{"cmyk": [c, m, y, k]} (0–1), {"gray": g} or "#RRGGBB"."""
    try:
        if isinstance(spec, str):
            return HexColor(spec)
        if isinstance(spec, dict) and "cmyk" in spec:
            c, m, y, k = (float(v) for v in spec["cmyk"])
            return CMYKColor(c, m, y, k)
        if isinstance(spec, dict) and "gray" in spec:
            return CMYKColor(0, 0, 0, 1 - float(spec["gray"]))
    except (TypeError, ValueError):
        pass
    raise KydeskError(f"颜色设置有误（{where}）：应为 {{\"cmyk\": [0, 0.8, 0.8, 0]}} 或 \"#RRGGBB\"")


_cache: dict[tuple[str, float], Layout] = {}


def load_layout(name: str) -> Layout:
    """reports/<name>.json, cached until the file changes."""
    path = reports_dir() / f"{name}.json"
    try:
        stamp = path.stat().st_mtime
    except OSError:
        raise KydeskError(f"找不到版式文件 {path}，请重新安装程序或恢复该文件") from None
    key = (str(path), stamp)
    if key not in _cache:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KydeskError(f"版式文件 {path} 无法读取或格式有误：{exc}") from None
        if not isinstance(data, dict):
            raise KydeskError(f"版式文件 {path} 格式有误：应为一个 JSON 对象")
        _cache[key] = Layout(data, str(path))
    return _cache[key]


