"""`xlsx import` of a plan's indicator table (xlsx.indicators): previewed like a ledger, then all or nothing.
An indicator already held (same 领域 and name) is updated, so importing the table again doubles nothing."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kydesk.domain import indicator_status as rules
from kydesk.domain.errors import ValidationError
from kydesk.services import indicators as indicator_services
from kydesk.services.spreadsheet_plan import ImportResult, RowPlan
from kydesk.store import indicators as q
from kydesk.store.db import Database
from kydesk.xlsx import indicators as sheet_reader
from kydesk.xlsx.reader import CellProblem

FIELD_COLUMNS = {"target": "target", "nature": "nature", "base": "base", "name": "name", "base_year": "base",
                 "target_year": "target", "unit": "unit", "measure": "measure"}


@dataclass
class IndicatorImportResult(ImportResult):
    kind: str = "indicators"

    def to_json(self) -> dict:
        return {**super().to_json(), "kind": self.kind}

    def summary(self) -> str:
        where = f"{Path(self.file).name} 的工作表“{self.sheet}”（指标表）"
        if self.errors:
            return f"{where}中有 {len(self.errors)} 处问题，未导入任何内容，请在表格中改正后重新导入："
        lead = "预览（未写入）" if self.dry_run else "已导入"
        return f"{lead}{where}：新增指标 {self.new} 项，更新 {self.updated} 项，未变 {self.unchanged} 项。"


def is_indicator_table(path, sheet: str | None = None) -> bool:
    return sheet_reader.is_indicator_workbook(path, sheet)


def _values(item, upper_note: str) -> dict:
    values = {"name": item.name, "target": item.target, "field": item.field, "measure": item.measure,
              "nature": item.nature, "target_year": item.target_year, "unit": item.unit or None}
    if item.base:
        values.update(base=item.base, base_year=item.base_year)
    if rules.upper_set(item.target) and upper_note:
        values["note"] = upper_note
    return values


def import_indicators(db: Database, path, *, sheet: str | None = None, dry_run: bool = False,
                      progress=None) -> IndicatorImportResult:
    data = sheet_reader.read_indicator_sheet(path, sheet)
    result = IndicatorImportResult(file=str(path), sheet=data.sheet, sheets=data.sheets,
                                   errors=list(data.problems), dry_run=dry_run)
    items = []
    for item in data.items:
        values = _values(item, data.upper_note)
        try:
            rules.check_target(item.target)
            rules.check_nature(item.nature)
            indicator_services.check_numbers(values)
        except ValidationError as e:
            column = data.columns.get(FIELD_COLUMNS.get(e.field or "", ""), "")
            result.errors.append(CellProblem(data.sheet, item.row, column, str(e)))
            continue
        existing = q.indicator_named(db, item.field, item.name)
        result.plans.append(RowPlan(item.row, "updated" if existing else "new", item.name, existing))
        items.append(values)
    if result.errors:
        result.message = result.summary()
        return result
    result.new = sum(p.action == "new" for p in result.plans)
    if not dry_run:
        done = indicator_services.add_indicators(db, items)
        result.updated = done.extra.get("updated", 0)
        result.unchanged = len(items) - result.new - result.updated
        result.applied = True
        result.tables = frozenset({"indicator", "unit"})
    else:
        result.updated = sum(p.action == "updated" for p in result.plans)
    result.message = result.summary()
    return result
