"""The 'not heard from for N weeks' setting (1–52, default 4), stored at once as one undoable step."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kydesk.domain.errors import KydeskError
from kydesk.services import settings
from kydesk.services import sync as svc
from kydesk.ui.forms.ui_sync_quiet import Ui_SyncQuietPanel
from kydesk.ui.undo import step


class QuietPanel(QWidget):
    def __init__(self, ctx, say, parent=None):
        super().__init__(parent)
        self.ctx, self.say = ctx, say
        self.ui = Ui_SyncQuietPanel()
        self.ui.setupUi(self)
        self.refresh()
        self.ui.weeks.valueChanged.connect(self.store)

    def refresh(self) -> None:
        weeks = self.ui.weeks
        weeks.blockSignals(True)
        weeks.setValue(svc.quiet_weeks(self.ctx.db))
        weeks.blockSignals(False)

    def store(self, value: int | None = None) -> bool:
        value = self.ui.weeks.value() if value is None else value
        old = svc.quiet_weeks(self.ctx.db)
        if value == old:
            return False
        try:
            step(self.ctx, f"提醒周数改为 {value}",
                 lambda: self.ctx.run(settings.save_settings, sync_quiet_weeks=value),
                 lambda: self.ctx.run(settings.save_settings, sync_quiet_weeks=old))
        except KydeskError as e:
            self.say(str(e), error=True)
            self.refresh()
            return False
        self.say(f"已保存：超过 {value} 周没有收到同步包的单位将标出提醒")
        return True
