"""指标: added by hand or from the plan's table (xlsx import), readings by period, status and light."""
import shutil

import pytest
from openpyxl import load_workbook

from kydesk.domain.errors import ValidationError
from kydesk.services import indicators
from kydesk.services.spreadsheets import import_ledger
from tests.conftest import DATA

BAOJI = DATA / "baoji_indicators.xlsx"


def _status(db):
    return {v.row.name: (v.status, v.light.value if v.light else None) for v in indicators.list_indicators(db)}


def test_statuses_follow_the_readings(db):
    a = indicators.add_indicator(db, name="居民健康素养水平", target="≥25", field="健康生活", measure="%",
                                 base=20, base_year=2020, target_year=2025).id
    b = indicators.add_indicator(db, name="空气质量优良天数比率", target="80*", nature="约束性", base=77.8,
                                 base_year=2020, target_year=2025).id
    indicators.add_indicator(db, name="人均预期寿命", target="78")
    indicators.add_reading(db, a, period="2023", value="23.5")
    indicators.add_reading(db, b, period="2024Q2", value=78.0)
    assert _status(db) == {"居民健康素养水平": ("on_track", "green"), "空气质量优良天数比率": ("behind", "red"),
                           "人均预期寿命": ("no_data", None)}
    indicators.add_reading(db, a, period="2024", value=23.8)          # path at the end of 2024: 24
    indicators.add_reading(db, b, period="2024Q2", value=80.5)        # the same period again replaces it
    assert _status(db)["居民健康素养水平"] == ("behind", "yellow")
    assert _status(db)["空气质量优良天数比率"] == ("met", "green")
    v = {x.row.name: x for x in indicators.list_indicators(db)}
    assert indicators.status_text(v["居民健康素养水平"]) == "落后序时"
    data = indicators.indicator_json(v["空气质量优良天数比率"])
    assert (data["latest_value"], data["latest_period"], data["note"]) == (80.5, "2024Q2", "以上级下达指标为准")
    assert len(data["readings"]) == 1


@pytest.mark.parametrize("values, message", [
    ({"target": "约25"}, "约数"), ({"target": ""}, "不能为空"), ({"nature": "必须性"}, "预期性 或 约束性"),
    ({"base": "二十"}, "基期值"), ({"base": 20}, "基期年份"), ({"base_year": 2026, "target_year": 2025}, "早于"),
    ({"name": " "}, "名称不能为空")])
def test_bad_indicators_are_refused(db, values, message):
    with pytest.raises(ValidationError, match=message):
        indicators.add_indicator(db, **{"name": "居民健康素养水平", "target": "≥25", **values})
    assert indicators.list_indicators(db) == []


def test_bad_readings_are_refused(db):
    iid = indicators.add_indicator(db, name="居民健康素养水平", target="≥25").id
    with pytest.raises(ValidationError, match="统计期"):
        indicators.add_reading(db, iid, period="2025H1", value=3)
    with pytest.raises(ValidationError, match="不是数字"):
        indicators.add_reading(db, iid, period="2025", value="较好")
    assert indicators.list_indicators(db)[0].row.readings == []


def test_the_plans_table_imports_as_indicators(db):
    preview = import_ledger(db, BAOJI, dry_run=True)
    assert (preview.new, preview.errors, preview.applied) == (32, [], False)
    assert indicators.list_indicators(db) == []
    result = import_ledger(db, BAOJI)
    assert result.applied and result.new == 32 and result.to_json()["kind"] == "indicators"
    rows = {v.row.name: v.row for v in indicators.list_indicators(db)}
    assert len(rows) == 32
    life = rows["人均预期寿命"]
    assert (life.field, life.measure, life.target, life.target_year, life.nature) == ("健康人群", "岁", "78", 2025,
                                                                                      "预期性")
    # 领域 merged down over its rows; a name holding brackets of its own keeps them
    assert rows["肺结核发病率"].field == "健康事业"
    assert rows["以镇（街道）为单位适龄儿童免疫规划疫苗接种率"].measure == "%"
    assert rows["重大慢性病过早死亡率"].field == "健康事业"
    air = rows["空气质量优良天数比率"]
    assert (air.target, air.nature, air.note) == ("80*", "约束性", "以省上下达指标为准")
    # importing again doubles nothing and keeps what the clerk added
    indicators.update_indicator(db, life.id, base=77.88, base_year=2020)
    again = import_ledger(db, BAOJI)
    assert (again.new, again.updated) == (0, 0)
    assert len(indicators.list_indicators(db)) == 32
    assert indicators.list_indicators(db, [life.id])[0].row.base_value == 77.88


def test_a_wrong_cell_is_named_and_nothing_is_imported(db, tmp_path):
    broken = tmp_path / "指标.xlsx"
    shutil.copy(BAOJI, broken)
    wb = load_workbook(broken)
    ws = wb.active
    ws["C5"] = "约4"
    ws["D7"] = "必须性"
    wb.save(broken)
    result = import_ledger(db, broken)
    assert [str(e) for e in result.errors] == [
        "主要发展目标!C5：指标目标“约4”是约数，无法判断是否达标：请写成“≥…”或“≤…”",
        "主要发展目标!D7：指标性质“必须性”无法识别：应为 预期性 或 约束性"]
    assert not result.applied and indicators.list_indicators(db) == []


def test_a_ledger_is_still_imported_as_a_ledger(db, sample_ledger):
    result = import_ledger(db, sample_ledger, dry_run=True)
    assert result.new > 0 and not hasattr(result, "kind")
