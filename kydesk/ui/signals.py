"""One app-level signal carries what a service changed, so each view refreshes only what concerns it."""
from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    changed = Signal(object)      # kydesk.services.Changed
    status = Signal(str)          # a line for the status bar
