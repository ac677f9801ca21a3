"""Issue 11 item 4: Tab goes down each dialog's form, top to bottom (left to right on a line), never back up
to a field already passed: the task dialog once jumped 开始日期 → 重点 → 时限 and lost the typed deadline."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QTabBar, QWidget


def _chain(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits, from the first one, once round."""
    out, w = [], dialog.nextInFocusChain()
    for _ in range(400):
        if w is dialog:
            break
        if (w.isVisibleTo(dialog) and w.isEnabled() and w.focusPolicy() & Qt.TabFocus and w.focusProxy() is None
                and not isinstance(w, QTabBar)):
            out.append(w)
        w = w.nextInFocusChain()
    return out


def _assert_top_to_bottom(dialog: QDialog) -> None:
    dialog.show()
    fields = [w for w in _chain(dialog) if not isinstance(w, QAbstractButton) or w.parent() is not dialog]
    places = [(w.mapTo(dialog, QPoint(0, 0)), w) for w in fields]
    for (a, wa), (b, wb) in zip(places, places[1:]):
        same_line = abs(a.y() - b.y()) < 8
        assert (b.y() > a.y() and not same_line) or (same_line and b.x() >= a.x()) or b.y() > a.y() + 8, (
            f"Tab goes from {wa.objectName()} back up to {wb.objectName()}")


@pytest.mark.parametrize("which", ["task", "progress", "done", "postpone", "plan"])
def test_tab_goes_down_the_form(window, qtbot, which, sample):
    from kydesk.ui.dialogs.postpone_dialog import DoneDialog, PostponeDialog
    from kydesk.ui.dialogs.progress_dialog import ProgressDialog
    from kydesk.ui.dialogs.task_dialog import TaskDialog
    from kydesk.ui.meetings.plan_dialog import PlanDialog

    ctx, task_id = window.ctx, sample[0]
    make = {"task": lambda: TaskDialog(ctx, task_id), "progress": lambda: ProgressDialog(ctx, task_id),
            "done": lambda: DoneDialog(ctx, task_id), "postpone": lambda: PostponeDialog(ctx, task_id),
            "plan": lambda: PlanDialog(ctx)}[which]
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    _assert_top_to_bottom(dialog)
    dialog.close()
