"""The window opens on a database with its views; the first run offers to create a unit or the demo."""
import subprocess
import sys

from PySide6.QtGui import QImage

from kydesk.ui.app import build_window
from kydesk.ui.first_run import FirstRunDialog
from kydesk.ui.worker import SyncPool


def test_window_has_the_seven_views_and_keyboard_navigation(qtbot, db):
    window = build_window(db, pool=SyncPool())
    qtbot.addWidget(window)
    window.show()
    titles = [window.ui.nav.item(i).text() for i in range(window.ui.nav.count())]
    assert titles == ["工作台", "任务台账", "会议", "作战图", "调度", "三单·指标", "考核", "同步", "设置"]
    assert "商州区康养专班" in window.windowTitle()
    window.show_view("meetings")
    assert window.current_view() is window.views["meetings"]


def test_first_run_creates_my_unit(qtbot, tmp_path):
    path = tmp_path / "new.db"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    dialog.ui.createButton.click()
    assert "不能为空" in dialog.ui.error.text() and not path.exists()
    dialog.ui.unitCode.setText("611002")
    dialog.ui.unitName.setText("商州区康养专班")
    dialog.ui.createButton.click()
    assert dialog.choice == "create" and dialog.db.unit_code == "611002"
    dialog.db.close()


def test_screenshot_at_150_percent(db_path, db, tmp_path):
    db.close()
    out = tmp_path / "scaled.png"
    proc = subprocess.run([sys.executable, "-m", "kydesk", "--db", str(db_path), "gui", "--screenshot", str(out),
                           "--view", "home", "--size", "1280x720", "--scale", "1.5"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)          # 1280×720 logical pixels at 150 %
    proc = subprocess.run([sys.executable, "-m", "kydesk", "--db", str(db_path), "gui", "--screenshot", str(out),
                           "--scale", "9"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "--scale" in proc.stderr
