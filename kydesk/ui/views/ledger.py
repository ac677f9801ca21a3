"""任务台账 view."""
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class View(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("任务台账"))
