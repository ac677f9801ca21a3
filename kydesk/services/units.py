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
        found = units.find_unit(db, name)
        if found and found.name == name:
            raise ValidationError(f"单位“{name}”已存在", "name")
        uid = units.add_unit(db, name, code.strip(), level)
    return changed("unit", id=uid, message=f"已添加单位：{name}")


def rename_unit(db: Database, unit_id: str, new_name: str) -> Changed:
    """Tasks refer to units by id, so one rename shows everywhere.  Only the unit that owns the row may
    rename it: a rename here would travel to no one, and the owner's next package would undo it."""
    name = clean_name(new_name, "name")
    with db.tx():
        _check_owner(db, unit_id, "更名", "name")
        other = units.find_unit(db, name)
        if other and other.id != unit_id and other.name == name:
            raise ValidationError(f"已有名为“{name}”的单位，不能重名", "name")
        rows.update(db, "unit", unit_id, {"name": name})
    return changed("unit", "task", id=unit_id, message=f"单位已更名为：{name}")


def _check_owner(db: Database, unit_id: str, verb: str, field: str) -> dict:
    """Only the unit that owns a unit row may change it: a change here would travel to no one, and the
    owner's next package would undo it."""
    row = rows.get(db, "unit", unit_id, include_deleted=True)
    if row["owner"] and db.unit_code and row["owner"] != db.unit_code:
        hint = "如名称有误，请联系该单位修改" if verb == "更名" else f"如确需{verb}，请联系该单位办理"
        raise ValidationError(f"单位“{row['name']}”由{owner_name(db, row['owner'])}负责维护，本单位不能{verb}；"
                              f"{hint}，同步后即更新", field)
    return row


def owner_name(db: Database, code: str) -> str:
    """"商州区康养专班（611002）", or the bare code when no unit row has it."""
    found = units.find_unit(db, code)
    return f"{found.name}（{code}）" if found and found.code == code else f"单位 {code}"


def add_person(db: Database, *, name: str, unit: str | None = None, title: str = "", phone: str = "") -> Changed:
    name = (name or "").strip()
    if not name:
        raise ValidationError("姓名不能为空", "name")
    with db.tx():
        pid = rows.insert(db, "person", {"name": name, "unit_id": resolve_unit(db, unit), "title": title,
                                         "phone": phone})
    return changed("person", id=pid)


def list_people(db: Database) -> list[tuple]:
    """(Person, name of their unit) for the units manager."""
    names = units.names_by_id(db)
    return [(p, names.get(p.unit_id or "", "")) for p in units.all_people(db)]


def update_unit(db: Database, unit_id: str, *, code: str | None = None, level: str | None = None) -> Changed:
    """Set a unit's code or level; like a rename, only on a row this unit owns."""
    _check_owner(db, unit_id, "修改", "code" if code is not None else "level")
    values = {}
    if code is not None:
        code = code.strip()
        other = units.find_unit(db, code) if code else None
        if other and other.id != unit_id and other.code == code:
            raise ValidationError(f"代码“{code}”已被“{other.name}”使用", "code")
        values["code"] = code
    if level is not None:
        values["level"] = level
    with db.tx():
        diff = rows.update(db, "unit", unit_id, values, enforce_owner=False)
    return changed("unit", id=unit_id, message="已保存单位") if diff else Changed(id=unit_id)


def update_person(db: Database, person_id: str, **values) -> Changed:
    """Change a person's name, unit, title or phone."""
    cols = {}
    for key, value in values.items():
        if key == "name":
            value = (value or "").strip()
            if not value:
                raise ValidationError("姓名不能为空", "name")
            cols["name"] = value
        elif key == "unit":
            cols["unit_id"] = resolve_unit(db, value, field="unit") if (value or "").strip() else None
        elif key in ("title", "phone"):
            cols[key] = (value or "").strip()
        else:
            raise ValidationError(f"未知的人员字段：{key}", key)
    with db.tx():
        diff = rows.update(db, "person", person_id, cols, enforce_owner=False)
    return changed("person", id=person_id, message="已保存人员") if diff else Changed(id=person_id)


def set_person_deleted(db: Database, person_id: str, deleted: bool = True) -> Changed:
    with db.tx():
        rows.update(db, "person", person_id, {"deleted": int(deleted)}, enforce_owner=False)
    return changed("person", id=person_id, message="已删除人员" if deleted else "已恢复人员")


def set_unit_deleted(db: Database, unit_id: str, deleted: bool = True) -> Changed:
    """Remove a unit from the pick lists (undo of 添加单位); refused while a task names it."""
    with db.tx():
        _check_owner(db, unit_id, "删除" if deleted else "恢复", "name")
        if deleted and units.unit_in_use(db, unit_id):
            raise ValidationError("还有任务由这个单位牵头或配合，不能删除", "name")
        rows.update(db, "unit", unit_id, {"deleted": int(deleted)}, enforce_owner=False)
    return changed("unit", id=unit_id, message="已删除单位" if deleted else "已恢复单位")


def matching_units(db: Database, text: str) -> list[str]:
    """Ids of the units a filter names (id, code or part of a name): empty means a typo worth telling."""
    return units.unit_ids_matching(db, (text or "").strip())
