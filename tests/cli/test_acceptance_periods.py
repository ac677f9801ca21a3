"""Acceptance: a period at the edge of the calendar is a user error naming it, never an internal error."""
import pytest

from kydesk.cli import main


@pytest.mark.parametrize("period", ["9999Q4", "9999-12", "0001-01", "1989Q1"])
@pytest.mark.parametrize("command", [["report", "bulletin", "--period"], ["xlsx", "export", "--kind", "bulletin",
                                                                          "--period"]])
def test_absurd_period_years_are_refused_plainly(tmp_path, capsys, command, period):
    db = tmp_path / "c.db"
    assert main(["--db", str(db), "init", "--unit-code", "6103", "--unit-name", "宝鸡市", "--level", "city"]) == 0
    capsys.readouterr()
    out = tmp_path / ("b.xlsx" if command[0] == "xlsx" else "b.pdf")
    argv = [*command, period] + ([str(out)] if command[0] == "xlsx" else ["-o", str(out)])
    code = main(["--db", str(db), *argv])
    err = capsys.readouterr().err
    assert code == 1
    assert period in err and "内部错误" not in err
    assert not out.exists()
