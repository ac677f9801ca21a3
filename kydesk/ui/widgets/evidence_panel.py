"""The 资料 tab: a task's 佐证材料 in one list (its own files and those of every progress report), with
thumbnails; 打开 opens a copy with the system's program, 另存为 saves a copy, 删除 is undoable."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QHeaderView, QMessageBox, QWidget

from kydesk.domain.errors import KydeskError
from kydesk.services import attachments
from kydesk.services.attachments import Attachment
from kydesk.ui import undo
from kydesk.ui.forms.ui_evidence_panel import Ui_EvidencePanel
from kydesk.ui.pdf_preview import show_in_folder
from kydesk.ui.worker import run_op

COLUMNS = ("文件", "大小", "类别", "报送单位", "日期", "状态")


class EvidenceModel(QAbstractTableModel):
    """Plain Attachment objects; thumbnails come from `thumb(att) -> QIcon | None`."""

    def __init__(self, thumb=None, parent=None):
        super().__init__(parent)
        self.items: list[Attachment] = []
        self.thumb = thumb
        self._icons: dict[str, QIcon] = {}

    def set_items(self, items: list[Attachment]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        a = self.items[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            return (a.name, a.size_text, a.purpose_text, a.unit, a.attached.isoformat(),
                    "已收到" if a.present else "待收")[col]
        if role == Qt.ToolTipRole:
            return f"{a.name}\n{a.size_text}  SHA-256 {a.sha256[:16]}…"
        if role == Qt.DecorationRole and col == 0:
            return self._icon(a)
        if role == Qt.ForegroundRole and col == 5 and not a.present:
            return Qt.darkYellow
        return None

    def _icon(self, a: Attachment) -> QIcon:
        if a.sha256 not in self._icons:
            icon = self.thumb(a) if (self.thumb and a.is_image and a.present) else None
            self._icons[a.sha256] = icon or QFileIconProvider().icon(QFileIconProvider.File)
        return self._icons[a.sha256]


class EvidencePanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_EvidencePanel()
        ui.setupUi(self)
        self.ctx = None
        self.task_id: str | None = None
        self.model = EvidenceModel(self._thumbnail, self)
        ui.table.setModel(self.model)
        ui.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, len(COLUMNS)):
            ui.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeToContents)
        ui.table.verticalHeader().setDefaultSectionSize(44)
        ui.table.doubleClicked.connect(lambda _: self.open_selected())
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        ui.addButton.clicked.connect(self.add_files)
        ui.openButton.clicked.connect(self.open_selected)
        ui.saveAsButton.clicked.connect(self.save_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.exportButton.clicked.connect(self.export_all)
        for text, slot in (("打开", self.open_selected), ("另存为…", self.save_selected),
                           ("删除", self.delete_selected)):
            action = QAction(text, ui.table)
            action.triggered.connect(slot)
            ui.table.addAction(action)
        self._enable()

    def show_task(self, ctx, task_id: str) -> None:
        self.ctx, self.task_id = ctx, task_id
        self.refresh()

    def refresh(self) -> None:
        items = attachments.of_task(self.ctx.db, self.task_id) if self.ctx else []
        self.model.set_items(items)
        waiting = sum(not a.present for a in items)
        text = f"共 {len(items)} 个佐证材料" if items else "还没有佐证材料：记录进展或销号时可附加，也可点“附加文件…”"
        if waiting:
            text += f"；佐证材料待收（{len(items) - waiting}/{len(items)}）：其余文件随后续同步包到达"
        self.ui.status.setText(text)
        self._enable()

    def selected(self) -> Attachment | None:
        rows = self.ui.table.selectionModel().selectedRows() if self.ui.table.selectionModel() else []
        return self.model.items[rows[0].row()] if rows else None

    def _enable(self) -> None:
        a = self.selected()
        for button in (self.ui.openButton, self.ui.saveAsButton):
            button.setEnabled(bool(a and a.present))
        self.ui.deleteButton.setEnabled(a is not None)
        self.ui.exportButton.setEnabled(bool(self.model.items))
        self.ui.addButton.setEnabled(self.ctx is not None)

    def _thumbnail(self, a: Attachment) -> QIcon | None:
        data = attachments.image_bytes(self.ctx.db, a.id)
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            return None
        return QIcon(QPixmap.fromImage(image.scaled(QSize(80, 80), Qt.KeepAspectRatio, Qt.SmoothTransformation)))

    def _fail(self, e: KydeskError) -> None:
        QMessageBox.warning(self, "佐证材料", str(e))

    # -- actions ------------------------------------------------------------------------------------
    def add_files(self, paths=None) -> bool:
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self, "附加佐证材料", "", "所有文件 (*)")
            paths = [Path(n) for n in names]
        if not paths:
            return False
        try:
            self.ctx.run(attachments.attach, "task", self.task_id, paths, purpose="task")
        except KydeskError as e:
            self._fail(e)
            return False
        self.refresh()
        return True

    def open_selected(self) -> Path | None:
        a = self.selected()
        if not (a and a.present):
            return None
        try:
            copy = attachments.open_copy(self.ctx.db, a.id)
        except KydeskError as e:
            self._fail(e)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def save_selected(self, target: str | None = None) -> Path | None:
        a = self.selected()
        if not (a and a.present):
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, "另存佐证材料", a.name)
        if not target:
            return None
        try:
            return attachments.save_copy(self.ctx.db, a.id, Path(target))
        except (KydeskError, OSError) as e:
            self._fail(KydeskError(f"保存失败：{e}"))
            return None

    def delete_selected(self) -> bool:
        a = self.selected()
        if a is None:
            return False
        try:
            undo.step(self.ctx, f"删除佐证材料 {a.name}",
                      lambda: self.ctx.run(attachments.delete, a.id),
                      lambda: self.ctx.run(attachments.undelete, a.id))
        except KydeskError as e:
            self._fail(e)
            return False
        self.refresh()
        return True

    def export_all(self, folder: str | None = None):
        """Copies the task's files off the UI thread; returns the job."""
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, "导出佐证材料到文件夹")
        if not folder:
            return None
        ctx, task_id = self.ctx, self.task_id

        def copy(db, _progress):
            try:
                return attachments.export_task(db or ctx.db, task_id, Path(folder))
            except OSError as e:
                raise KydeskError(f"导出失败：{e}") from e

        def done(written: list[Path]) -> None:
            if written:
                show_in_folder(written[0])

        return run_op(ctx, self, copy, done, label="导出佐证材料")
