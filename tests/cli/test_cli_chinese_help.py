"""argparse speaks Chinese through the parser's own subclass (commands.base), not by patching argparse's
private gettext hooks: usage, help headings, -h and usage errors, on whatever Python runs the suite."""
import argparse
import gettext

import pytest

from kydesk.cli import build_parser, main
from kydesk.commands.base import chinese_error


def test_help_and_usage_are_chinese(capsys):
    with pytest.raises(SystemExit) as e:
        main(["task", "add", "--help"])
    out = capsys.readouterr().out
    assert e.value.code == 0
    assert out.startswith("用法：kydesk task add")
    assert "选项" in out and "显示帮助并退出" in out and "--title TITLE" in out
    assert "usage:" not in out and "options:" not in out and "show this help" not in out


def test_top_level_help_names_the_commands_under_chinese_headings(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：kydesk") and "位置参数" in out and "任务台账" in out
    assert "positional arguments" not in out


@pytest.mark.parametrize("argv, said", [
    (["task", "add"], "缺少必需的参数：--title"),
    (["task", "list", "--light", "blue"], "参数 --light：无效的取值：'blue'"),
    (["report", "warroom", "--year", "x", "-o", "a.pdf"], "参数 --year：无效的整数值：'x'"),
    (["task", "list", "--bogus"], "无法识别的参数：--bogus"),
    (["task", "list", "--unit"], "参数 --unit：需要一个取值"),
])
def test_usage_errors_are_chinese_and_exit_2(argv, said, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    err = capsys.readouterr().err
    assert e.value.code == 2
    assert err.startswith("用法：kydesk") and "用法错误：" in err and said in err, err


def test_argparse_itself_is_left_alone(capsys):
    build_parser()
    main(["--version"])
    capsys.readouterr()
    assert getattr(argparse, "_", gettext.gettext) is gettext.gettext
    assert getattr(argparse, "ngettext", gettext.ngettext) is gettext.ngettext
    other = argparse.ArgumentParser(prog="x")
    assert other.format_usage().startswith("usage: x")


def test_an_unknown_message_passes_through_unchanged():
    assert chinese_error("something new in Python 3.99") == "something new in Python 3.99"
    assert chinese_error("argument --x: something new") == "参数 --x：something new"
