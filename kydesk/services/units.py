"""Units and people: the pick lists, kept clean; a typed new unit name becomes a unit."""
from __future__ import annotations

import re

from kydesk.domain.errors import ValidationError
from kydesk.services import Changed, changed
from kydesk.store import rows, units
from kydesk.store.db import Database

SEPARATORS = re.compile(r"[、，,；;/\s]+")


def clean_name(name: str, field: str = "unit") -> str:
    text = (name or "").replace("\u3000", " ").strip()
    if not text:
        raise ValidationError("单位名称不能为空或只有空格", field)
    return text


def resolve_unit(db: Database, key: str | None, *, create: bool = True, field: str = "lead_unit") -> str | None:
    """Unit id for an id, code or name; a new name is added as a unit (a clerk types it, it should stick)."""
    if key is None or str(key) == "":
        return None
    if not str(key).strip():
        raise ValidationError("单位名称不能只有空格", field)
    found = units.find_unit(db, str(key))
    if found:
        return found.id
    if not create:
        raise ValidationError(f"找不到单位“{key}”", field)
    return units.add_unit(db, clean_name(str(key), field))


def resolve_units(db: Database, keys, *, field: str = "partner_units") -> list[str]:
    if isinstance(keys, str):
        keys = SEPARATORS.split(keys)
    out = []
    for k in keys or []:
        if not str(k).strip():
            continue  # "市财政局、 、市发改委": an empty slot between separators is not a unit
        uid = resolve_unit(db, k, field=field)
        if uid and uid not in out:
            out.append(uid)
    return out


def add_unit(db: Database, *, name: str, code: str = "", level: str = "department") -> Changed:
    name = clean_name(name, "name")
    with db.tx():
        if units.find_unit(db, name) and units.find_unit(db, name).name == name:
            raise ValidationError(f"单位“{name}”已存在", "name")
        uid = units.add_unit(db, name, code.strip(), level)
    return changed("unit", id=uid, message=f"已添加单位：{name}")


def rename_unit(db: Database, unit_id: str, new_name: str) -> Changed:
    """Tasks refer to units by id, so one rename shows everywhere."""
    name = clean_name(new_name, "name")
    with db.tx():
        rows.update(db, "unit", unit_id, {"name": name}, enforce_owner=False)
    return changed("unit", "task", id=unit_id, message=f"单位已更名为：{name}")


def add_person(db: Database, *, name: str, unit: str | None = None, title: str = "", phone: str = "") -> Changed:
    name = (name or "").strip()
    if not name:
        raise ValidationError("姓名不能为空", "name")
    with db.tx():
        pid = rows.insert(db, "person", {"name": name, "unit_id": resolve_unit(db, unit), "title": title,
                                         "phone": phone})
    return changed("person", id=pid)
