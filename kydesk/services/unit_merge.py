"""单位与人员: what uses a unit or a person (shown before anything is merged or deleted), merging a duplicate
into the one to keep, and deleting what nothing uses.

A clerk who typed “市发改委” in one place and “市发展和改革委员会” in another merges the first into the second:
every task, decided item, attendance, person and report pointing at it then points at the one kept, and the
duplicate leaves the pick lists.  Rows another unit maintains (a city task, a county's report) are not ours
to rewrite: a merge touching them is refused with the reason, nothing changed."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kydesk.domain.errors import ValidationError
from kydesk.services import Changed
from kydesk.services.units import _check_owner
from kydesk.store import rows, unit_refs, units
from kydesk.store.db import Database

LABELS = {("task", "lead_unit_id"): "牵头的任务", ("task", "partner_unit_ids"): "配合的任务",
          ("decision", "lead_unit_id"): "牵头的议定事项", ("decision", "partner_unit_ids"): "配合的议定事项",
          ("attendance", "unit_id"): "参会登记", ("person", "unit_id"): "人员", ("progress", "unit_id"): "进展报送",
          ("problem", "unit_id"): "问题", ("indicator", "unit_id"): "指标"}


@dataclass
class Usage:
    """What uses a unit or a person: counts by kind, in words."""
    name: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def text(self) -> str:
        if not self.total:
            return f"“{self.name}”没有被任何任务、会议或人员使用"
        return f"“{self.name}”用于：" + "，".join(f"{k} {n} 项" for k, n in self.counts.items())

    def to_json(self) -> dict:
        return {"name": self.name, "total": self.total, "uses": self.counts}


def _unit(db: Database, key: str, field: str = "unit"):
    found = units.find_unit(db, key)
    if found is None:
        raise ValidationError(f"找不到单位“{key}”", field)
    return found


def _not_ours(db: Database, unit, verb: str, field: str) -> None:
    """This site's own unit stands for the whole office (reports, packages): it is never merged away."""
    if unit.id == units.own_unit_id(db) or (unit.code and unit.code == db.unit_code):
        raise ValidationError(f"“{unit.name}”是本单位，不能{verb}", field)


def unit_usage(db: Database, key: str) -> Usage:
    unit = _unit(db, key)
    refs = unit_refs.unit_refs(db, unit.id)
    counts = Counter(LABELS.get((r["table"], r["column"]), rows.TABLE_NAMES.get(r["table"], r["table"])) for r in refs)
    order = list(LABELS.values())
    return Usage(unit.name, dict(sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)))


def merge_units(db: Database, source: str, into: str) -> Changed:
    """Move every use of unit `source` onto unit `into`, then remove `source` from the lists."""
    with db.tx():
        old, new = _unit(db, source, "source"), _unit(db, into, "into")
        if old.id == new.id:
            raise ValidationError(f"“{old.name}”与“{new.name}”是同一个单位，无需合并", "into")
        _not_ours(db, old, "合并到其他单位", "source")
        _check_owner(db, old.id, "合并", "source")
        refs = unit_refs.unit_refs(db, old.id)
        foreign = [r for r in refs if r["owner"] and db.unit_code and r["owner"] != db.unit_code]
        if foreign:
            kinds = "、".join(sorted({LABELS.get((r["table"], r["column"]), r["table"]) for r in foreign}))
            raise ValidationError(f"“{old.name}”还用于其他单位维护的{kinds}（{len(foreign)} 项），本单位不能改动；"
                                  "请联系维护单位修改，或保留这个单位", "source")
        moved = unit_refs.move_unit_refs(db, refs, old.id, new.id)
        rows.tombstone(db, "unit", old.id)
    return Changed(frozenset({"unit", "task", "decision", "attendance", "person", "progress"}), new.id,
                   f"已将“{old.name}”合并到“{new.name}”（改动 {moved} 处）", {"merged": old.id, "moved": moved})


def delete_unit(db: Database, key: str) -> Changed:
    """Delete a unit nothing uses; one in use says what uses it (merge it instead)."""
    with db.tx():
        unit = _unit(db, key)
        _not_ours(db, unit, "删除", "unit")
        _check_owner(db, unit.id, "删除", "unit")
        usage = unit_usage(db, unit.id)
        if usage.total:
            raise ValidationError(f"{usage.text()}，不能删除；如是重复的单位，请合并到保留的单位", "unit")
        rows.tombstone(db, "unit", unit.id)
    return Changed(frozenset({"unit"}), unit.id, f"已删除单位：{unit.name}")


# -- people ---------------------------------------------------------------------------------------
def person_usage(db: Database, name: str) -> Usage:
    name = (name or "").strip()
    counts = Counter(r["label"] for r in unit_refs.person_refs(db, name))
    return Usage(name, dict(counts))


def merge_people(db: Database, source: str, into: str) -> Changed:
    """Write `into` wherever `source` is named (tasks, draft meetings; a final 纪要 stays as it was printed),
    then remove `source` from the people list."""
    source, into = (source or "").strip(), (into or "").strip()
    if not source or not into:
        raise ValidationError("请填写要合并的两个姓名", "into")
    if source == into:
        raise ValidationError("两个姓名相同，无需合并", "into")
    with db.tx():
        clash = unit_refs.attendance_clashes(db, source, into)
        if clash:
            raise ValidationError(f"“{source}”和“{into}”同时登记在会议“{clash[0]}”中：请先删去其中一条参会登记", "into")
        refs = [r for r in unit_refs.person_refs(db, source) if not r["final"]]
        foreign = [r for r in refs if r["owner"] and db.unit_code and r["owner"] != db.unit_code]
        if foreign:
            raise ValidationError(f"“{source}”还写在其他单位维护的{foreign[0]['label']}中（{len(foreign)} 处），"
                                  "本单位不能改动；请联系维护单位修改", "source")
        moved = 0
        for r in refs:
            moved += bool(rows.update(db, r["table"], r["id"], {r["column"]: into}, enforce_owner=False))
        for p in unit_refs.person_by_name(db, source):
            rows.tombstone(db, "person", p["id"])
    return Changed(frozenset({"person", "task", "attendance", "meeting"}), None,
                   f"已将“{source}”合并为“{into}”（改动 {moved} 处）", {"moved": moved})


def delete_person(db: Database, person_id: str) -> Changed:
    """Remove a person from the pick lists; what was written with the name stays as written."""
    with db.tx():
        row = rows.get(db, "person", person_id)
        rows.tombstone(db, "person", person_id)
    return Changed(frozenset({"person"}), person_id, f"已删除人员：{row['name']}")
