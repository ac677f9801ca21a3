"""设置: the unit's identity (read only), the ledger year, the light thresholds, names and fonts for print.
Each field is stored when it is left (one undoable step); a wrong value is explained beside its field."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from kydesk.domain.errors import KydeskError
from kydesk.services import settings as svc
from kydesk.ui import undo
from kydesk.ui.forms.ui_settings_view import Ui_SettingsView
from kydesk.ui.widgets.common import FieldErrors

LEVELS = {"city": "市级", "county": "县（市、区）级"}
LABELS = {"year": "台账年度", "warn_days": "黄灯提前天数", "yellow_gap": "黄灯滞后百分点", "red_gap": "红灯滞后百分点",
          "org_name": "专班名称", "font_fangsong": "仿宋字体", "font_heiti": "黑体字体", "font_kaiti": "楷体字体",
          "font_songti": "宋体字体", "font_xiaobiaosong": "小标宋字体"}


class View(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.ui = ui = Ui_SettingsView()
        ui.setupUi(self)
        self.fields = {"year": ui.year, "warn_days": ui.warnDays, "yellow_gap": ui.yellowGap, "red_gap": ui.redGap,
                       "org_name": ui.orgName, "font_fangsong": ui.fontFangsong, "font_heiti": ui.fontHeiti,
                       "font_kaiti": ui.fontKaiti, "font_songti": ui.fontSongti,
                       "font_xiaobiaosong": ui.fontXiaobiaosong}
        fonts = ["font_fangsong", "font_heiti", "font_kaiti", "font_songti", "font_xiaobiaosong"]
        self.errors = FieldErrors({"year": ui.yearError, "warn_days": ui.warnDaysError,
                                   "yellow_gap": ui.yellowGapError, "red_gap": ui.redGapError,
                                   "org_name": ui.orgNameError, **{f: ui.fontError for f in fonts}}, ui.fontError)
        for key, widget in self.fields.items():
            widget.editingFinished.connect(lambda k=key: self.commit(k))
        ui.unitsButton.clicked.connect(self.manage_units)
        for name in ("Fangsong", "Heiti", "Kaiti", "Songti", "Xiaobiaosong"):
            key = f"font_{name.lower()}"
            getattr(ui, f"browse{name}").clicked.connect(lambda _c=False, k=key: self.browse_font(k))
        ui.backupButton.clicked.connect(lambda: self.backup())
        ui.restoreButton.clicked.connect(lambda: self.restore())
        self.load()

    def value(self, key: str) -> str:
        widget = self.fields[key]
        return str(widget.value()) if hasattr(widget, "value") else widget.text().strip()

    def load(self) -> None:
        ui, values = self.ui, svc.current_settings(self.ctx.db)
        ui.unitName.setText(values["unit_name"])
        ui.unitCode.setText(values["unit_code"])
        ui.level.setText(LEVELS.get(values["level"], values["level"]))
        ui.site.setText(values["site_id"])
        self._stored = {k: values[k] for k in self.fields}
        for key, widget in self.fields.items():
            if self.errors.has(key):
                continue
            widget.blockSignals(True)
            if hasattr(widget, "setValue"):
                widget.setValue(int(values[key]))
            else:
                widget.setText(values[key])
            widget.blockSignals(False)

    def commit(self, key: str) -> bool:
        new, old = self.value(key), self._stored.get(key, "")
        if new == old:
            self.errors.clear(key)
            return True
        try:
            undo.step(self.ctx, f"修改{LABELS[key]}", lambda: self.ctx.run(svc.save_settings, **{key: new}),
                      lambda: self.ctx.run(svc.save_settings, **{key: old}))
        except KydeskError as e:
            self.errors.show(getattr(e, "field", None) or key, str(e))
            return False
        self.errors.clear(key)
        return True

    def on_changed(self, changed) -> None:
        if "meta" in changed.tables:
            self.load()

    def manage_units(self):
        from kydesk.ui.dialogs.task_dialog import _open
        from kydesk.ui.dialogs.units_dialog import UnitsDialog

        return _open(UnitsDialog(self.ctx, self))

    def browse_font(self, key: str, path: str | None = None) -> bool:
        """浏览…: pick the font file (starting beside the current one, else the system's font folder); it is
        stored and checked like a typed path."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            start = self.value(key)
            folder = Path(start).parent if start else next(
                (f for f in (Path("C:/Windows/Fonts"), Path("/usr/share/fonts")) if f.is_dir()), Path.home())
            path, _ = QFileDialog.getOpenFileName(self, f"选择{LABELS[key]}文件", str(folder),
                                                  "字体文件 (*.ttf *.ttc *.otf);;所有文件 (*)")
        if not path:
            return False
        self.fields[key].setText(path)
        return self.commit(key)

    def backup(self, path: str | None = None):
        from kydesk.ui.dialogs.backup_dialog import backup

        return backup(self, self.ctx, path)

    def restore(self, path: str | None = None, confirm=None) -> bool:
        from kydesk.ui.dialogs.backup_dialog import restore

        return restore(self, self.ctx, path, confirm=confirm)

