"""First run with no database: create my unit, or open the demo."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from kydesk.domain.errors import KydeskError
from kydesk.ui.forms.ui_first_run import Ui_FirstRunDialog


class FirstRunDialog(QDialog):
    """Result: self.choice is "create" (with self.db opened) or "demo"."""

    def __init__(self, db_path, parent=None):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.db_path = db_path
        self.db = None
        self.choice = None
        self.ui.level.addItem("县（市、区）级", "county")
        self.ui.level.addItem("市级", "city")
        self.ui.createButton.clicked.connect(self._create)
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

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()
