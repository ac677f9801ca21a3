import pytest

from kydesk.domain.errors import ValidationError
from kydesk.domain.indicators import format_target, meets, parse_target


@pytest.mark.parametrize("text, comparator, value", [
    ("≤11", "<=", 11), ("<=11", "<=", 11), ("=<11", "<=", 11), ("≦11", "<=", 11), ("＜＝11", "<=", 11),
    ("≥25", ">=", 25), (">=25", ">=", 25), ("≧25", ">=", 25), (">25", ">", 25), ("<22", "<", 22),
    ("＜２２", "<", 22), ("=100", "==", 100), ("==100", "==", 100), ("100%", ">=", 100), ("25", ">=", 25),
    ("11以内", "<=", 11), ("11以下", "<=", 11), ("11及以下", "<=", 11), ("25以上", ">=", 25),
    ("25及以上", ">=", 25), ("不低于25", ">=", 25), ("不少于25", ">=", 25), ("不小于25", ">=", 25),
    ("达到90%", ">=", 90), ("至少3", ">=", 3), ("不超过11", "<=", 11), ("不高于11", "<=", 11),
    ("不大于11", "<=", 11), ("控制在11以内", "<=", 11), ("小于22", "<", 22), ("低于22", "<", 22),
    ("大于25", ">", 25), ("超过25", ">", 25), ("高于25", ">", 25), ("大于等于25", ">=", 25),
    ("小于等于11", "<=", 11), ("≥ 25 万人次", ">=", 25), ("≥1,000万元", ">=", 1000), ("≤4.5%", "<=", 4.5),
    ("≥-5", ">=", -5), ("年均增长≥11%", ">=", 11), ("不超过5个百分点", "<=", 5), ("约束性≤11", "<=", 11),
    (" ≥25 ", ">=", 25), (100, ">=", 100), (0.5, ">=", 0.5),
])
def test_parse_target(text, comparator, value):
    assert parse_target(text) == (comparator, pytest.approx(value))


@pytest.mark.parametrize("text", [
    "", "   ", "abc", "≤", "较上年提高", "3-5", "10~20", "≥11以内", "≤25以上", "11≤", "约11", "11左右",
    None, True, float("nan"), "≥11≥12",
])
def test_nonsense_targets_raise(text):
    with pytest.raises(ValidationError) as e:
        parse_target(text)
    assert e.value.field == "target"
    assert "指标目标" in str(e.value)


@pytest.mark.parametrize("target, value, ok", [
    ("≤11", 11, True), ("≤11", 11.01, False), ("≤11", 10, True),
    ("<22", 22, False), ("<22", 21.99, True),
    ("≥25", 25, True), ("≥25", 24.9, False),
    (">25", 25, False), (">25", 25.1, True),
    ("=100", 100, True), ("=100", 99.9, False), ("100%", 100, True), ("100%", 99, False),
    ("11以内", 11, True), ("不低于25", 26, True), ("不低于25", 24, False),
    ("≤0.3", 0.1 + 0.2, True),           # float noise must not fail a reading that meets the target
    ("<0.3", 0.1 + 0.2, False),
    ("≥0.3", 0.1 + 0.2, True),
    ("≥90%", "92%", True), ("≥90%", "８９", False), ("≤2000", " 1,000 ", True),
])
def test_meets(target, value, ok):
    assert meets(target, value) is ok


@pytest.mark.parametrize("value", ["abc", "", None, True, float("nan"), [1]])
def test_meets_rejects_non_numbers(value):
    with pytest.raises(ValidationError) as e:
        meets("≤11", value)
    assert e.value.field == "value"


def test_meets_rejects_a_bad_target():
    with pytest.raises(ValidationError):
        meets("尽量高", 5)


@pytest.mark.parametrize("comparator, value, text", [
    ("<=", 11.0, "≤11"), (">=", 25, "≥25"), ("<", 22.0, "<22"), (">", 4.5, ">4.5"), ("==", 100.0, "=100"),
    (">=", 1234567.5, "≥1234567.5"),
])
def test_format_target(comparator, value, text):
    assert format_target(comparator, value) == text
    assert parse_target(text) == (comparator, pytest.approx(value))


def test_format_target_rejects_unknown_comparator():
    with pytest.raises(ValueError):
        format_target("~", 1)
