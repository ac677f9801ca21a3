"""The window's remembered things (size, splitters, hidden columns, the last folder) go to a QSettings file
of the test's own, never the clerk's or another test's."""
import pytest


@pytest.fixture(autouse=True)
def own_settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    folder.mkdir()
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, str(folder))
    yield folder
