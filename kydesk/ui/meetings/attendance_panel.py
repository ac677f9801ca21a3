"""参会人员: pick people and units, each 出席, 列席 or 请假 (with a reason); the count of each shows."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QInputDialog, QStyledItemDelegate

from kydesk.domain.models import AttendanceRole
from kydesk.services import meeting_items, meeting_summary
from kydesk.services import meetings as meeting_services
from kydesk.ui.forms.ui_meeting_attendance import Ui_AttendancePanel
from kydesk.ui.meetings.common import Panel, set_choices
from kydesk.ui.meetings.models import ID_ROLE, AttendanceModel

ROLES = [r.value for r in AttendanceRole]


class RoleDelegate(QStyledItemDelegate):
    """The 身份 column edits with a list (出席/列席/请假), not free text."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItems(ROLES)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data(Qt.EditRole))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.EditRole)


def ask_reason(parent, name: str) -> str | None:
    """请假 needs a reason: asked when the 身份 is changed to 请假 in the table (tests replace this)."""
    text, ok = QInputDialog.getText(parent, "请假事由", f"{name} 请假的事由（如 出差、公务冲突）：")
    return text.strip() if ok else None


class EnterAdds(QObject):
    """Enter in any field of the entry row adds the person (the 身份 list included, which has no
    returnPressed of its own); an open completer popup keeps Enter for picking its item."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, obj, event):
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            combo = obj if isinstance(obj, QComboBox) else obj.parent() if isinstance(obj.parent(), QComboBox) else None
            popup = combo.completer().popup() if combo is not None and combo.completer() else None
            if combo is not None and combo.view().isVisible():
                return False
            if popup is not None and popup.isVisible():
                return False
            self.panel.add()
            return True
        return False


def counts_text(meeting) -> str:
    n = {role: len(meeting.by_role(role)) for role in AttendanceRole}
    total = sum(n.values())
    parts = "　".join(f"{role.value} {n[role]} 人" for role in AttendanceRole)
    return f"{parts}　（共 {total} 人）" if total else "还没有登记参会人员"


class AttendancePanel(Panel):
    def __init__(self, ctx, say, parent=None):
        super().__init__(ctx, say, parent)
        self.ui = Ui_AttendancePanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.people: dict[str, tuple[str, str]] = {}
        self.previous_id = None
        self.model = AttendanceModel(on_edit=self._edit, parent=self)
        ui.table.setModel(self.model)
        ui.table.setItemDelegateForColumn(4, RoleDelegate(ui.table))
        ui.table.verticalHeader().hide()
        header = ui.table.horizontalHeader()
        for col, mode in enumerate([QHeaderView.ResizeToContents, QHeaderView.Interactive, QHeaderView.Stretch,
                                    QHeaderView.Interactive, QHeaderView.ResizeToContents, QHeaderView.Stretch]):
            header.setSectionResizeMode(col, mode)
        ui.table.setColumnWidth(1, 110)
        ui.table.setColumnWidth(3, 130)
        ui.role.addItems(ROLES)
        for combo in (ui.name, ui.unit):
            combo.setInsertPolicy(QComboBox.NoInsert)
        ui.name.lineEdit().setPlaceholderText("输入或选择姓名")
        ui.unit.lineEdit().setPlaceholderText("输入或选择单位")
        self.enter = EnterAdds(self)
        for w in (ui.name.lineEdit(), ui.unit.lineEdit(), ui.role, ui.title, ui.reason):
            w.installEventFilter(self.enter)
        # the table edits on double-click or F2 only: a stray key typed after Tab must not overwrite a cell
        ui.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        ui.name.currentTextChanged.connect(self._name_changed)
        ui.role.currentTextChanged.connect(self._role_changed)
        ui.addButton.clicked.connect(self.add)
        ui.deleteButton.clicked.connect(self.delete)
        ui.upButton.clicked.connect(lambda: self.move(-1))
        ui.downButton.clicked.connect(lambda: self.move(1))
        ui.copyButton.clicked.connect(self.copy_previous)
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._role_changed(ui.role.currentText())

    # -- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting, locked: bool) -> None:
        keep = self.selected_id()
        self.meeting, self.locked = meeting, locked
        self.model.set_items(meeting.attendance, locked)
        self.select(keep)
        self.ui.counts.setText(counts_text(meeting))
        picks = meeting_services.pick_lists(self.ctx.db)
        self.people = {name: (unit, title) for name, unit, title in picks.people}
        set_choices(self.ui.name, list(self.people))
        set_choices(self.ui.unit, picks.units)
        prev = meeting_summary.previous_meeting(self.ctx.db, meeting.id)
        self.previous_id = prev.id if prev and prev.attendance else None
        self.ui.copyButton.setToolTip(f"把{prev.kind}第{prev.number}期的参会人员加进来（已有的不重复）" if prev else "")
        self._enable()

    def _enable(self) -> None:
        ui, editable, picked = self.ui, not self.locked, self.selected_id() is not None
        ui.addBox.setEnabled(editable)
        ui.copyButton.setEnabled(editable and self.previous_id is not None)
        for b in (ui.deleteButton, ui.upButton, ui.downButton):
            b.setEnabled(editable and picked)

    def selected_id(self):
        rows = self.ui.table.selectionModel().selectedRows() if self.ui.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, item_id) -> None:
        row = self.model.row_of(item_id) if item_id else -1
        if row >= 0:
            self.ui.table.selectRow(row)

    def _name_changed(self, name: str) -> None:
        """A known person brings their unit and 职务 along."""
        known = self.people.get(name.strip())
        if known:
            unit, title = known
            if unit:
                self.ui.unit.setEditText(unit)
            if title:
                self.ui.title.setText(title)

    def _role_changed(self, role: str) -> None:
        leave = role == AttendanceRole.LEAVE.value
        self.ui.reason.setEnabled(leave)
        self.ui.reasonLabel.setEnabled(leave)

    # -- actions ---------------------------------------------------------------------------------
    def add(self) -> None:
        ui = self.ui
        if self.meeting is None or self.locked:
            return
        name = ui.name.currentText().strip()
        if not name:
            self.say("请填写参会人员姓名", error=True)
            ui.name.setFocus()
            return
        role = ui.role.currentText()
        if role == AttendanceRole.LEAVE.value and not ui.reason.text().strip():
            self.say(f"{name} 请假，请填写请假事由", error=True)
            ui.reason.setFocus()
            return
        done = self.call(meeting_services.attend, self.meeting_id, name=name, role=role,
                         unit=ui.unit.currentText().strip() or None, title=ui.title.text(),
                         reason=ui.reason.text() if role == AttendanceRole.LEAVE.value else "")
        if done is None:
            return
        ui.name.setEditText("")
        ui.unit.setEditText("")
        ui.title.clear()
        ui.reason.clear()
        self.select(done.id)
        ui.name.setFocus()

    def _edit(self, item, key: str, value) -> bool:
        value = str(value)
        args = {"unit": value} if key == "unit" else {key: value}
        if key == "role" and value == AttendanceRole.LEAVE.value and not item.reason:
            reason = ask_reason(self, item.name)
            if not reason:
                self.say(f"{item.name} 请假须填写事由，身份未改", error=True)
                return False
            args["reason"] = reason
        return self.call(meeting_items.update_attendance, item.id, **args) is not None

    def delete(self) -> None:
        item_id = self.selected_id()
        if not item_id:
            return
        done = self.call(meeting_items.delete_item, "attendance", item_id)
        if done is not None:
            extra = done.extra
            self.push_undo("删除参会人员",
                           lambda: self.ctx.run(meeting_items.restore_item, "attendance", item_id, extra),
                           lambda: self.ctx.run(meeting_items.delete_item, "attendance", item_id))

    def move(self, delta: int) -> None:
        item_id = self.selected_id()
        if item_id and self.call(meeting_items.move_item, "attendance", item_id, delta) is not None:
            self.select(item_id)

    def copy_previous(self) -> None:
        if self.previous_id:
            done = self.call(meeting_items.copy_attendance, self.meeting_id, self.previous_id)
            if done is not None and not done.tables:
                self.say(done.message)
