"""Chinese line breaking (禁则) on the character grid: pure rules, no fonts."""
from kydesk.printing.linebreak import NO_END, NO_START, break_lines, half_cells, normalize, tokenize

HAN = "康养之都建设工作专班推进会议纪要印发各县区文旅卫健民政林业体育市场监管"


def han(n: int, start: int = 0) -> str:
    return "".join(HAN[(start + i) % len(HAN)] for i in range(n))


def lines_of(text: str, chars: int = 28, indent: int = 0) -> list[str]:
    tokens = tokenize(text)
    return [ln.text for ln in break_lines(tokens, chars * 2, chars * 2 - indent * 2)]


def assert_rules(lines: list[str]) -> None:
    for k, line in enumerate(lines):
        if k:
            assert line[0] not in NO_START, f"line {k} starts with {line[0]!r}: {line}"
        if k + 1 < len(lines):
            assert line[-1] not in NO_END, f"line {k} ends with {line[-1]!r}: {line}"
    joined = "\n".join(lines)
    assert "—\n—" not in joined and "…\n…" not in joined


def test_full_line_holds_28_characters():
    lines = lines_of(han(60))
    assert [len(x) for x in lines] == [28, 28, 4]


def test_comma_is_never_first_the_last_character_is_pulled_down():
    lines = lines_of(han(28) + "，" + han(10))
    assert_rules(lines)
    assert len(lines[0]) == 27 and lines[1].startswith(han(28)[-1] + "，")


def test_full_stop_closing_quote_and_bracket_are_never_first():
    for tail in ("。", "”", "）", "》", "、", "；", "：", "？", "！", "%"):
        lines = lines_of(han(28) + tail + han(5))
        assert_rules(lines)


def test_opening_marks_never_end_a_line():
    for mark in ("“", "（", "《", "【", "‘", "〈"):
        text = han(27) + mark + han(6) + "》"
        lines = lines_of(text)
        assert_rules(lines)
        assert lines[0][-1] != mark


def test_dash_and_ellipsis_never_split():
    for pair in ("——", "……"):
        for at in range(24, 29):
            lines = lines_of(han(at) + pair + han(20))
            assert_rules(lines)
            assert any(pair in line for line in lines), lines


def test_rules_hold_with_first_line_indent():
    text = han(26) + "，" + han(27) + "《" + han(3) + "》" + han(20) + "——" + han(30)
    lines = lines_of(text, indent=2)
    assert_rules(lines)
    assert len(lines[0]) <= 26


def test_latin_and_digit_runs_stay_together_in_half_cells():
    tokens = tokenize("完成2024年GDP增长5A景区16.4%")
    texts = [t.text for t in tokens]
    assert "2024" in texts and "GDP" in texts and "5A" in texts and "16.4%" in texts
    assert next(t for t in tokens if t.text == "2024").width == 4     # four half cells = two characters
    assert next(t for t in tokens if t.text == "年").width == 2


def test_digit_run_is_not_split_across_lines():
    text = han(26) + "20240705" + han(20)
    lines = lines_of(text)
    assert any("20240705" in line for line in lines)


def test_half_cells_allows_slight_squeeze():
    assert half_cells(0.5) == 1
    assert half_cells(2.2) == 4          # 4 digits at 0.55 em fit four half cells (10% squeeze)
    assert half_cells(0.88) == 2         # a wide W takes a full cell
    assert half_cells(0.0) == 1


def test_normalize_makes_punctuation_full_width_next_to_chinese():
    assert normalize("经研究,现答复如下:") == "经研究，现答复如下："
    assert normalize("会议(扩大)召开") == "会议（扩大）召开"
    assert normalize("15:00 and 3,000") == "15:00 and 3,000"


def test_a_line_of_only_punctuation_does_not_loop():
    lines = lines_of("，" * 80)
    assert sum(len(x) for x in lines) == 80


def test_spaces_do_not_start_lines():
    lines = lines_of(han(28) + " " + han(5))
    assert not lines[1].startswith(" ")


def test_last_line_is_marked_and_short_lines_report_their_width():
    tokens = tokenize(han(28) + "，" + han(3))
    result = break_lines(tokens, 56)
    assert not result[0].last and result[-1].last
    assert result[0].width == 54 and result[0].capacity == 56


def test_a_mark_takes_the_last_half_cell_at_a_line_end():
    """标点挤压: 27½ characters filled, a ， comes: it takes the last half cell instead of pulling a character down."""
    tokens = tokenize(han(20) + "5" + han(7) + "，" + han(10))       # "5" takes half a cell
    lines = break_lines(tokens, 56)
    assert lines[0].text.endswith("，") and lines[0].width == 56
    assert lines[0].tokens[-1].width == 1


def test_a_number_comes_up_by_squeezing_marks_instead_of_spreading_the_line():
    """The 通报's line: "……牵头任务3项，已完成2项，完成率66.7%" with the number just missing the line."""
    text = "（四）市林业局。牵头任务3项，已完成2项，完成率66.7%；平均进度66.7%，序时进度100%。"
    tokens = tokenize(text)
    plain = break_lines(tokenize(text), 56, 52)
    lines = break_lines(tokens, 56, 52)
    assert_rules([ln.text for ln in lines])
    assert lines[0].width >= plain[0].width
    assert lines[0].capacity - lines[0].width <= 1                    # nothing left to spread
    assert sum(1 for t in lines[0].tokens if t.width == 1 and t.kind == "cjk") >= 1


def test_numbers_still_never_split_and_nothing_squeezes_without_marks():
    lines = lines_of(han(27) + "2024" + han(5))
    assert lines[0].endswith(han(27)[-1]) and lines[1].startswith("2024")
