"""Files chosen to go with a progress report or a 销号: drop them here or 选择文件…; thumbnails for images.

Nothing is stored until the dialog saves; then the service checks and stores them with the report in one
transaction. A file that would be refused (missing, a folder, over the limit) is refused here already.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QListWidgetItem, QWidget

from kydesk.domain.attachments import human_size, is_image
from kydesk.domain.errors import KydeskError
from kydesk.ui.forms.ui_attachment_picker import Ui_AttachmentPicker

THUMB = QSize(48, 48)


def thumbnail(path: Path) -> QIcon:
    """A small picture of an image file (read scaled, so a 20 MB photo is not decoded at full size), or the
    system's icon for its type."""
    if is_image(path.name):
        reader = QImageReader(str(path))
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(THUMB, Qt.KeepAspectRatio))
        image = reader.read()
        if not image.isNull():
            return QIcon(QPixmap.fromImage(image))
    return QFileIconProvider().icon(QFileIconProvider.File)


class AttachmentPicker(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_AttachmentPicker()
        ui.setupUi(self)
        self.checker = None          # fn(paths, reduce) raising KydeskError: the service's own check
        self.setAcceptDrops(True)
        ui.addButton.clicked.connect(self.choose)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.reduce.toggled.connect(lambda _: self._summarise())
        self._summarise()

    # -- what the dialog reads ---------------------------------------------------------------------
    def paths(self) -> list[Path]:
        return [Path(self.ui.files.item(i).data(Qt.UserRole)) for i in range(self.ui.files.count())]

    def reduce_images(self) -> bool:
        return self.ui.reduce.isChecked()

    # -- adding and removing -----------------------------------------------------------------------
    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "选择佐证材料", "",
                                                "所有文件 (*);;图片 (*.jpg *.jpeg *.png *.bmp *.gif);;"
                                                "文档 (*.pdf *.doc *.docx *.wps *.xls *.xlsx *.et *.ofd)")
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> bool:
        have = {p.resolve() for p in self.paths()}
        fresh = [p for p in paths if p.resolve() not in have]
        if not fresh:
            return False
        if self.checker is not None:
            try:
                self.checker(fresh, self.reduce_images())
            except KydeskError as e:
                self.ui.summary.setText(str(e))
                self.ui.summary.setStyleSheet("color: #b3261e;")
                return False
        for p in fresh:
            item = QListWidgetItem(thumbnail(p), p.name)
            item.setData(Qt.UserRole, str(p))
            item.setToolTip(f"{p}\n{human_size(p.stat().st_size)}")
            self.ui.files.addItem(item)
        self._summarise()
        return True

    def remove_selected(self) -> None:
        for item in self.ui.files.selectedItems():
            self.ui.files.takeItem(self.ui.files.row(item))
        self._summarise()

    def _summarise(self) -> None:
        self.ui.summary.setStyleSheet("color: #5f6368;")
        paths = self.paths()
        if not paths:
            self.ui.summary.setText("可拖入文件")
        else:
            total = sum(p.stat().st_size for p in paths if p.exists())
            self.ui.summary.setText(f"{len(paths)} 个文件，共 {human_size(total)}")
        self.ui.removeButton.setEnabled(bool(paths))

    # -- drag and drop -----------------------------------------------------------------------------
    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.add_files(paths):
            event.acceptProposedAction()
