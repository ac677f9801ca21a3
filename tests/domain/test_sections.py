"""Sections rank by the number a clerk wrote, not by code point: 一、二、…十、十一、, then unnumbered ones."""
import random

from hypothesis import given
from hypothesis import strategies as st

from kydesk.domain.sections import chinese_number, section_number, section_order, section_rank

CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十九", "二十", "二十一", "九十九"]


def test_chinese_numerals_one_to_ninety_nine():
    assert [chinese_number(c) for c in CN] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 19, 20, 21, 99]
    assert chinese_number("两") == 2 and chinese_number("一十") == 10
    for bad in ("", "一二", "十十", "一百", "二十十", "三四五"):
        assert chinese_number(bad) is None, bad


def test_heading_forms():
    cases = {
        "一、规划提升工作": 1, "十、督查考核": 10, "十一、其他": 11, "二十、收尾": 20, " 三、前有空格": 3,
        "七．全角点": 7, "八.半角点": 8, "（三）括号": 3, "(四)半角括号": 4, "第五部分 宣传": 5, "第六板块": 6,
        "1.规划": 1, "2、项目": 2, "（3）招商": 3, "(12)十二": 12, "１０．全角数字": 10, "【二】方括号": 2,
        "十二 空格分隔": 12,
    }
    for text, n in cases.items():
        assert section_number(text) == n, text
    for text in ("规划提升工作", "三季度重点", "2024年重点工作", "1.5亿元项目", "一百、太大", "（三未闭合", "第", "", None):
        assert section_number(text) is None, text


def test_ledger_order_numbered_then_unnumbered_then_empty():
    ordered = ["一、规划", "二、项目", "三、招商", "四、产业", "五、品牌", "六、要素", "七、督查", "八、宣传", "九、人才",
               "十、保障", "十一、考核", "十二、其他", "二十、收尾", "其他工作", "综合事项", ""]
    shuffled = ordered[:]
    random.Random(3).shuffle(shuffled)
    assert sorted(shuffled, key=section_rank) == ordered
    assert sorted(ordered) != ordered                      # what code points would have done


def test_same_number_orders_by_text_and_order_matches_rank():
    assert sorted(["2.乙", "二、甲", "（二）丙"], key=section_rank) == ["2.乙", "二、甲", "（二）丙"]
    assert section_order("十一、x") == 11 and section_order("其他") == 1000 and section_order("") == 2000
    assert section_rank("") == (2, 0, "") and section_rank(None) == (2, 0, "")


@given(st.lists(st.text(alphabet="一二三四五六七八九十、.（）()第1234567890 规划", max_size=8), max_size=20))
def test_integer_order_then_text_is_the_rank(texts):
    """What SQL does (ORDER BY section_rank(section), section) is what Python does."""
    assert sorted(texts, key=lambda t: (section_order(t), t)) == sorted(texts, key=section_rank)
