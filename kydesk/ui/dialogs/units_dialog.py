"""Units and people, so pick lists stay clean: rename a unit (everywhere at once), set its code, add units;
people with their unit, title and phone. Every change is stored at once and can be undone. A selected unit
or person shows what uses it; a duplicate merges into the one kept, and what nothing uses can be deleted
(merging asks first, naming what will change)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QInputDialog, QMessageBox, QTableWidgetItem

from kydesk.domain.errors import KydeskError
from kydesk.services import ledger, unit_merge, units
from kydesk.ui import undo
from kydesk.ui.forms.ui_units_dialog import Ui_UnitsDialog
from kydesk.ui.widgets.common import FieldErrors

LEVELS = {"city": "市级", "county": "县级", "department": "部门"}
PERSON_FIELDS = ["name", "unit", "title", "phone"]


def pick(parent, title: str, label: str, items: list[str]) -> str | None:
    """Choose the unit or person to keep (tests replace this)."""
    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return text if ok and text else None


def confirm(parent, title: str, text: str) -> bool:
    """Yes/no before a merge or delete (tests replace this)."""
    return QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No,
                                QMessageBox.No) == QMessageBox.Yes


class UnitsDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_UnitsDialog()
        ui.setupUi(self)
        self.unit_errors = FieldErrors({}, ui.unitError)
        self.person_errors = FieldErrors({}, ui.personError)
        for table in (ui.units, ui.people):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
        ui.units.setColumnWidth(0, 300)
        ui.units.setColumnWidth(1, 110)
        ui.units.setColumnWidth(2, 80)
        ui.people.setColumnWidth(0, 100)
        ui.people.setColumnWidth(1, 260)
        ui.people.setColumnWidth(2, 150)
        ui.newPersonUnit.setInsertPolicy(QComboBox.NoInsert)
        ui.units.itemChanged.connect(self._unit_edited)
        ui.people.itemChanged.connect(self._person_edited)
        ui.addUnitButton.clicked.connect(self.add_unit)
        ui.newUnitName.returnPressed.connect(self.add_unit)
        ui.addPersonButton.clicked.connect(self.add_person)
        ui.newPersonName.returnPressed.connect(self.add_person)
        ui.closeButton.clicked.connect(self.accept)
        ui.units.itemSelectionChanged.connect(self._unit_selected)
        ui.people.itemSelectionChanged.connect(self._person_selected)
        ui.mergeUnitButton.clicked.connect(self.merge_unit)
        ui.deleteUnitButton.clicked.connect(self.delete_unit)
        ui.mergePersonButton.clicked.connect(self.merge_person)
        ui.deletePersonButton.clicked.connect(self.delete_person)
        ctx.signals.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        ui = self.ui
        ui.units.blockSignals(True)
        rows = ledger.unit_overview(self.ctx.db)
        ui.units.setRowCount(len(rows))
        for r, u in enumerate(rows):
            for c, text in enumerate([u["name"], u["code"], LEVELS.get(u["level"], u["level"]), str(u["tasks"])]):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, u["id"])
                if c >= 2:
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                ui.units.setItem(r, c, item)
        ui.units.blockSignals(False)
        ui.people.blockSignals(True)
        people = units.list_people(self.ctx.db)
        ui.people.setRowCount(len(people))
        for r, (p, unit_name) in enumerate(people):
            for c, text in enumerate([p.name, unit_name, p.title, p.phone]):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, p.id)
                ui.people.setItem(r, c, item)
        ui.people.blockSignals(False)
        current = ui.newPersonUnit.currentText()
        ui.newPersonUnit.clear()
        ui.newPersonUnit.addItems([""] + [u["name"] for u in rows])
        ui.newPersonUnit.setCurrentText(current)

    def _on_changed(self, changed) -> None:
        if self.isVisible() and changed.tables & {"unit", "person", "task"}:
            self.reload()

    # -- units --------------------------------------------------------------------------------------------
    def rename(self, unit_id: str, new_name: str) -> bool:
        old = next(u["name"] for u in ledger.unit_overview(self.ctx.db) if u["id"] == unit_id)
        return self._unit_step(f"单位更名：{old} → {new_name.strip()}",
                               lambda: self.ctx.run(units.rename_unit, unit_id, new_name),
                               lambda: self.ctx.run(units.rename_unit, unit_id, old))

    def _unit_edited(self, item: QTableWidgetItem) -> None:
        unit_id = item.data(Qt.UserRole)
        if item.column() == 0:
            ok = self.rename(unit_id, item.text())
        else:
            old = next(u["code"] for u in ledger.unit_overview(self.ctx.db) if u["id"] == unit_id)
            ok = self._unit_step(f"修改单位代码：{item.text().strip()}",
                                 lambda: self.ctx.run(units.update_unit, unit_id, code=item.text()),
                                 lambda: self.ctx.run(units.update_unit, unit_id, code=old))
        if not ok:
            self.reload()

    def _unit_step(self, text, do, back) -> bool:
        self.unit_errors.clear()
        try:
            undo.step(self.ctx, text, do, back)
        except KydeskError as e:
            self.unit_errors.show(None, str(e))
            return False
        return True

    def add_unit(self) -> bool:
        ui = self.ui
        name, code = ui.newUnitName.text(), ui.newUnitCode.text()
        made = {}

        def do():
            if "id" in made:
                return self.ctx.run(units.set_unit_deleted, made["id"], False)
            result = self.ctx.run(units.add_unit, name=name, code=code)
            made["id"] = result.id
            return result

        ok = self._unit_step(f"添加单位：{name.strip()}", do,
                             lambda: self.ctx.run(units.set_unit_deleted, made["id"], True))
        if ok:
            ui.newUnitName.clear()
            ui.newUnitCode.clear()
        return ok

    # -- people -------------------------------------------------------------------------------------------
    def _person_edited(self, item: QTableWidgetItem) -> None:
        person_id, field = item.data(Qt.UserRole), PERSON_FIELDS[item.column()]
        person, unit_name = next((p, u) for p, u in units.list_people(self.ctx.db) if p.id == person_id)
        old = unit_name if field == "unit" else getattr(person, field)
        self.person_errors.clear()
        try:
            undo.step(self.ctx, f"修改人员：{person.name}",
                      lambda: self.ctx.run(units.update_person, person_id, **{field: item.text()}),
                      lambda: self.ctx.run(units.update_person, person_id, **{field: old}))
        except KydeskError as e:
            self.person_errors.show(None, str(e))
            self.reload()

    def add_person(self) -> bool:
        ui = self.ui
        values = {"name": ui.newPersonName.text(), "unit": ui.newPersonUnit.currentText().strip() or None,
                  "title": ui.newPersonTitle.text().strip(), "phone": ui.newPersonPhone.text().strip()}
        made = {}

        def do():
            if "id" in made:
                return self.ctx.run(units.set_person_deleted, made["id"], False)
            result = self.ctx.run(units.add_person, **values)
            made["id"] = result.id
            return result

        self.person_errors.clear()
        try:
            undo.step(self.ctx, f"添加人员：{values['name'].strip()}", do,
                      lambda: self.ctx.run(units.set_person_deleted, made["id"], True))
        except KydeskError as e:
            self.person_errors.show(None, str(e))
            return False
        for w in (ui.newPersonName, ui.newPersonTitle, ui.newPersonPhone):
            w.clear()
        return True

    # -- what uses it; merge and delete -------------------------------------------------------------------
    def _selected(self, table) -> tuple[str, str] | None:
        """(id, name) of the selected row."""
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return (item.data(Qt.UserRole), item.text()) if item else None

    def _unit_selected(self) -> None:
        ui, picked = self.ui, self._selected(self.ui.units)
        for b in (ui.mergeUnitButton, ui.deleteUnitButton):
            b.setEnabled(picked is not None)
        if picked is not None:
            usage = unit_merge.unit_usage(self.ctx.db, picked[0])
            ui.unitUses.setText(usage.text())
            ui.deleteUnitButton.setEnabled(not usage.total)
            ui.deleteUnitButton.setToolTip("" if not usage.total else "还有用到它的地方，不能删除；重复的单位请合并")

    def _person_selected(self) -> None:
        ui, picked = self.ui, self._selected(self.ui.people)
        for b in (ui.mergePersonButton, ui.deletePersonButton):
            b.setEnabled(picked is not None)
        if picked is not None:
            ui.personUses.setText(unit_merge.person_usage(self.ctx.db, picked[1]).text())

    def _act(self, errors, fn, *args) -> bool:
        errors.clear()
        try:
            done = self.ctx.run(fn, *args)
        except KydeskError as e:
            errors.show(None, str(e))
            return False
        self.ui.savedHint.setText(done.message)
        return True

    def merge_unit(self) -> bool:
        picked = self._selected(self.ui.units)
        if picked is None:
            return False
        unit_id, name = picked
        others = [u["name"] for u in ledger.unit_overview(self.ctx.db) if u["id"] != unit_id]
        into = pick(self, "合并单位", f"把“{name}”合并到（保留的单位）：", others)
        if not into:
            return False
        usage = unit_merge.unit_usage(self.ctx.db, unit_id)
        if not confirm(self, "合并单位", f"{usage.text()}。\n合并后这些都改为“{into}”，“{name}”从单位列表中去掉。"
                                          "\n合并不能撤销，确定合并吗？"):
            return False
        return self._act(self.unit_errors, unit_merge.merge_units, unit_id, into)

    def delete_unit(self) -> bool:
        picked = self._selected(self.ui.units)
        if picked is None or not confirm(self, "删除单位", f"从单位列表中删除“{picked[1]}”吗？"):
            return False
        return self._act(self.unit_errors, unit_merge.delete_unit, picked[0])

    def merge_person(self) -> bool:
        picked = self._selected(self.ui.people)
        if picked is None:
            return False
        _pid, name = picked
        others = sorted({p.name for p, _u in units.list_people(self.ctx.db)} - {name})
        into = pick(self, "合并人员", f"把“{name}”合并为（保留的姓名）：", others)
        if not into:
            return False
        usage = unit_merge.person_usage(self.ctx.db, name)
        if not confirm(self, "合并人员", f"{usage.text()}。\n合并后这些都写作“{into}”（已定稿的纪要保持原样），"
                                          f"“{name}”从人员列表中去掉。\n合并不能撤销，确定合并吗？"):
            return False
        return self._act(self.person_errors, unit_merge.merge_people, name, into)

    def delete_person(self) -> bool:
        picked = self._selected(self.ui.people)
        if picked is None:
            return False
        usage = unit_merge.person_usage(self.ctx.db, picked[1])
        note = f"{usage.text()}（这些记录保持原样）。\n" if usage.total else ""
        if not confirm(self, "删除人员", f"{note}从人员列表中删除“{picked[1]}”吗？"):
            return False
        return self._act(self.person_errors, unit_merge.delete_person, picked[0])
