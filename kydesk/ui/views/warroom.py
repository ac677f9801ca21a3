"""作战图 view."""
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class View(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("作战图"))
