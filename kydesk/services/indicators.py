"""指标 use cases: add an indicator (by hand or from the plan's table), record a reading, list them with their
status (met / on_track / behind / no_data) and light, as domain.indicator_status judges them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kydesk.domain import clock
from kydesk.domain import indicator_status as rules
from kydesk.domain.errors import NotFound, ValidationError
from kydesk.domain.indicators import _reading
from kydesk.domain.models import Light
from kydesk.services import Changed, changed
from kydesk.services.tasks import parse_day
from kydesk.services.units import resolve_unit
from kydesk.store import indicators as q
from kydesk.store import rows
from kydesk.store.db import Database
from kydesk.store.indicators import IndicatorRow


@dataclass
class IndicatorView:
    row: IndicatorRow
    latest: dict | None          # the latest reading (by period)
    status: str                  # met | on_track | behind | no_data
    light: Light | None


def resolve_id(db: Database, indicator_id: str) -> str:
    found = q.find_id(db, (indicator_id or "").strip())
    if not found:
        raise NotFound(f"找不到指标：{indicator_id}（请用“kydesk indicator list”查看指标编号）")
    return found


def _year(value, field: str, label: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        y = int(str(value).strip().removesuffix("年"))
    except ValueError:
        raise ValidationError(f"{label}“{value}”不是年份，请写成 2025 这样的四位数", field) from None
    if not 1990 <= y <= 2100:
        raise ValidationError(f"{label}“{value}”不合理（应在 1990–2100 之间）", field)
    return y


def _number(value, field: str, label: str) -> float | None:
    if value in (None, ""):
        return None
    try:
        return _reading(value)
    except ValidationError:
        raise ValidationError(f"{label}“{value}”不是数字", field) from None


def _columns(db: Database, *, name, target, field="", measure="", base=None, base_year=None, target_year=None,
             nature=None, unit=None, note="") -> dict:
    name = (name or "").strip()
    if not name:
        raise ValidationError("指标名称不能为空", "name")
    target = rules.check_target(str(target) if target is not None else "")
    cols = {"name": name, "target": target, "field": (field or "").strip(), "measure_unit": (measure or "").strip(),
            "base_value": _number(base, "base", "基期值"), "base_year": _year(base_year, "base_year", "基期年份"),
            "target_year": _year(target_year, "target_year", "目标年份"), "nature": rules.check_nature(nature),
            "unit_id": resolve_unit(db, unit, field="unit") if unit else None, "note": (note or "").strip()}
    if cols["base_value"] is not None and cols["base_year"] is None:
        raise ValidationError("填写了基期值，请同时填写基期年份（--base-year）", "base_year")
    if cols["base_year"] and cols["target_year"] and cols["base_year"] >= cols["target_year"]:
        raise ValidationError(f"基期年份 {cols['base_year']} 应早于目标年份 {cols['target_year']}", "base_year")
    if rules.upper_set(target) and not cols["note"]:
        cols["note"] = rules.UPPER_NOTE
    return cols


def add_indicator(db: Database, **values) -> Changed:
    with db.tx():
        cols = _columns(db, **values)
        cols["ord"] = q.next_ord(db)
        iid = rows.insert(db, "indicator", cols)
    return changed("indicator", "unit", id=iid, message=f"已添加指标：{cols['name']}（目标{cols['target']}）")


def add_indicators(db: Database, items: list[dict]) -> Changed:
    """The plan's table in one transaction (import, demo): all or nothing; a row already there (same 领域
    and name) is updated, not doubled."""
    added = updated = 0
    with db.tx():
        ord_ = q.next_ord(db)
        for i, values in enumerate(items, start=1):
            try:
                cols = _columns(db, **values)
            except ValidationError as e:
                raise ValidationError(f"第 {i} 项指标（{values.get('name', '')}）：{e}", e.field) from e
            existing = q.indicator_named(db, cols["field"], cols["name"])
            if existing:
                # what the sheet leaves blank (no base column, no unit) keeps what the clerk entered
                keep = {k: v for k, v in cols.items() if v not in (None, "") or k in ("name", "target")}
                updated += bool(rows.update(db, "indicator", existing, keep))
            else:
                cols["ord"] = ord_
                ord_ += 1
                rows.insert(db, "indicator", cols)
                added += 1
    done = changed("indicator", "unit", message=f"已导入指标 {added} 项" + (f"，更新 {updated} 项" if updated else ""))
    done.extra.update(added=added, updated=updated)
    return done


def check_numbers(values: dict) -> None:
    """The numeric fields of an indicator as typed (base value, years); raises ValidationError naming the field."""
    _number(values.get("base"), "base", "基期值")
    _year(values.get("base_year"), "base_year", "基期年份")
    _year(values.get("target_year"), "target_year", "目标年份")


def update_indicator(db: Database, indicator_id: str, **values) -> Changed:
    indicator_id = resolve_id(db, indicator_id)
    with db.tx():
        current = q.get_row(db, indicator_id)
        base = {"name": current["name"], "target": current["target"], "field": current["field"],
                "measure": current["measure_unit"], "base": current["base_value"], "base_year": current["base_year"],
                "target_year": current["target_year"], "nature": current["nature"], "unit": current["unit_id"],
                "note": current["note"]}
        diff = rows.update(db, "indicator", indicator_id, _columns(db, **{**base, **values}))
    return changed("indicator", id=indicator_id, message="已保存指标") if diff else Changed(id=indicator_id)


def add_reading(db: Database, indicator_id: str, *, period: str, value, source: str = "", on=None,
                today: date | None = None) -> Changed:
    """A reading of a period (2025, 2025Q3, 2025-06); a second reading of the same period replaces it."""
    indicator_id = resolve_id(db, indicator_id)
    p = rules.parse_period(period)
    v = _number(value, "value", "指标值")
    if v is None:
        raise ValidationError("请填写指标值（--value）", "value")
    on = parse_day(on, "date", "数据日期") or today or clock.today()
    with db.tx():
        q.get_row(db, indicator_id)
        existing = q.reading_id(db, indicator_id, p.key)
        cols = {"value": v, "source": (source or "").strip(), "date": on}
        if existing:
            rows.update(db, "indicator_reading", existing, cols)
            rid = existing
        else:
            rid = rows.insert(db, "indicator_reading", {"indicator_id": indicator_id, "period": p.key, **cols})
    return changed("indicator_reading", id=rid, message=f"已记录{p.label}指标值：{v:g}")


def delete_indicator(db: Database, indicator_id: str) -> Changed:
    indicator_id = resolve_id(db, indicator_id)
    with db.tx():
        rows.check_owner(db, "indicator", q.get_row(db, indicator_id))
        rows.tombstone(db, "indicator", indicator_id)
    return changed("indicator", id=indicator_id, message="已删除指标")


def restore_indicator(db: Database, indicator_id: str) -> Changed:
    with db.tx():
        rows.update(db, "indicator", indicator_id, {"deleted": 0})
    return changed("indicator", id=indicator_id, message="已恢复指标")


def _latest(row: IndicatorRow) -> dict | None:
    good = []
    for r in row.readings:
        try:
            good.append((rules.period_sort_key(r["period"]), r))
        except ValidationError:
            continue    # a period written by an older program or a peer that this one cannot read
    return max(good, key=lambda x: x[0])[1] if good else None


def judge_row(row: IndicatorRow, reading: dict | None = None) -> tuple[str, Light | None]:
    reading = reading if reading is not None else _latest(row)
    if reading is None or reading["value"] is None:
        return "no_data", None
    try:
        status = rules.judge(row.target, reading["value"], reading["period"], base=row.base_value,
                             base_year=row.base_year, target_year=row.target_year)
    except ValidationError:
        return "no_data", None
    return status, rules.status_light(status, row.nature)


def list_indicators(db: Database, ids: list[str] | None = None) -> list[IndicatorView]:
    out = []
    for row in q.query_indicators(db, ids):
        latest = _latest(row)
        status, light = judge_row(row, latest)
        out.append(IndicatorView(row, latest, status, light))
    return out


def status_text(v: IndicatorView) -> str:
    """达标 / 未达标, and before the target year 序时推进 / 落后序时."""
    if v.status == "behind" and v.latest and v.row.target_year:
        try:
            if rules.parse_period(v.latest["period"]).year < v.row.target_year:
                return "落后序时"
        except ValidationError:
            pass
    return rules.STATUS_LABELS[v.status]


def fmt_value(v) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def indicator_json(v: IndicatorView) -> dict:
    r = v.row
    return {"id": r.id, "field": r.field, "name": r.name, "measure": r.measure, "target": r.target,
            "nature": r.nature, "unit": r.unit, "base_value": r.base_value, "base_year": r.base_year,
            "target_year": r.target_year, "note": r.note,
            "latest_value": v.latest["value"] if v.latest else None,
            "latest_period": v.latest["period"] if v.latest else None, "status": v.status,
            "status_text": status_text(v), "light": v.light.value if v.light else None,
            "readings": [{"period": x["period"], "value": x["value"], "source": x["source"], "date": x["date"]}
                         for x in sorted(r.readings, key=lambda x: x["period"])]}
