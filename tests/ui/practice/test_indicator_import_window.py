"""A plan's indicator table dropped on the window: the import preview says it is an indicator table, and
applying it fills the 指标监测 tab."""
from tests.conftest import DATA


def test_import_the_indicator_table_from_the_window(window, db):
    ledger = window.views["ledger"]
    dialog = ledger.import_xlsx(str(DATA / "baoji_indicators.xlsx"))
    ui = dialog.ui
    # the fixture's 居民健康素养水平 (健康生活) is the table's own: updated, not doubled
    assert "指标表" in ui.summary.text() and "新增指标 31 项，更新 1 项" in ui.summary.text()
    assert ui.newCount.text() == "新增 31 项" and ui.rows.rowCount() == 32
    assert ui.applyButton.isEnabled()
    ui.applyButton.click()
    assert dialog.applied is not None and dialog.applied.applied, ui.summary.text()
    tab = window.views["practice"].show_tab("indicators")
    names = [tab.model.text(r, 2) for r in range(tab.model.rowCount())]
    assert "人均预期寿命（岁）" in names and len(names) == 32
