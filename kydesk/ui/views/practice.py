"""三单制 and 指标: the 问题清单, 项目清单, 责任清单 and 指标 tabs (kydesk/ui/practice), each with its filters,
its actions, and its printed table and Excel copy."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kydesk.ui.practice.plan_tabs import IndicatorsTab, ProjectsTab
from kydesk.ui.practice.problem_tabs import ProblemsTab, ResponsibilityTab

TABS = [("problems", "问题清单", ProblemsTab), ("projects", "项目清单", ProjectsTab),
        ("responsibility", "责任清单", ResponsibilityTab), ("indicators", "指标监测", IndicatorsTab)]


class View(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.pages = {}
        for key, title, cls in TABS:
            page = cls(ctx, self)
            self.pages[key] = page
            self.tabs.addTab(page, title)

    def show_tab(self, key: str):
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        if page._dirty:                 # asked for while the view is hidden (a link from another view)
            page.refresh()
        return page

    def on_changed(self, changed) -> None:
        for page in self.pages.values():
            page.on_changed(changed)
