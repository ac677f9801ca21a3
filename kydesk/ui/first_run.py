"""First run with no database: create my unit, open a database copied from an old PC, or open the demo."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from kydesk.domain.errors import KydeskError
from kydesk.ui.forms.ui_first_run import Ui_FirstRunDialog


class FirstRunDialog(QDialog):
    """Result: self.choice is "create" (with self.db opened), "open" (self.chosen_path, the database copied
    into place) or "demo"."""

    def __init__(self, db_path, parent=None):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.db_path = Path(db_path)
        self.db = None
        self.choice = None
        self.chosen_path: Path | None = None
        self.ui.level.addItem("县（市、区）级", "county")
        self.ui.level.addItem("市级", "city")
        self.ui.createButton.clicked.connect(self._create)
        self.ui.openButton.clicked.connect(lambda: self.open_existing())
        self.ui.demoButton.clicked.connect(self._demo)

    def _create(self) -> None:
        from kydesk.services.setup import init_site

        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = init_site(self.db_path, unit_code=self.ui.unitCode.text(), unit_name=self.ui.unitName.text(),
                                level=self.ui.level.currentData())
        except KydeskError as e:
            self.ui.error.setText(str(e))
            return
        self.choice = "create"
        self.accept()

    def open_existing(self, source: str | None = None) -> bool:
        """Copy a .db from an old PC (or a backup) to this PC's data folder as a new instance, then open it:
        the copy is never mistaken for the PC it came from (services.maintenance.restore)."""
        from kydesk.services.maintenance import restore
        from kydesk.ui.widgets.common import ask_open_path

        source = source or ask_open_path(self, "打开已有数据库", "kydesk 数据库 (*.db);;所有文件 (*)")
        if not source:
            return False
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            restore(self.db_path, Path(source))
        except KydeskError as e:
            self.ui.error.setText(str(e))
            return False
        self.choice, self.chosen_path = "open", self.db_path
        self.accept()
        return True

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()
