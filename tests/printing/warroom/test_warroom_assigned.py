"""作战图: a task without a 开始日期 is drawn from the day it was assigned, lit as the ledger lights it."""
from datetime import date

from tests.printing.warroom.test_warroom_view import view  # noqa: F401  (the fixture)


def test_bar_starts_on_the_assigned_day(qtbot, db, view):  # noqa: F811
    from kydesk.services import tasks

    tid = tasks.add_task(db, title="七月下达的康养步道", lead_unit="市林业局", due="年底前",
                         today=date(2024, 7, 10)).id
    view.reload()
    lay = view.chart.layout_
    i = lay.row_of_task(tid)
    ct = lay.rows[i].task
    x, _y, _w, _h = lay.bar_box(ct, lay.tops[i])
    assert x == lay.x(date(2024, 7, 10))                   # not January 1
    assert ct.paint == "green" and "首次报送前" in ct.explain
