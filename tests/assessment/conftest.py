"""A year built through the command line (KYDESK_TODAY moves the clock month by month): shared by the
assessment tests. Hand-computed scores under the default sheet (reports/assessment.json) are in
test_assessment_year.py."""
import pytest

from kydesk.cli import main


class Cli:
    def __init__(self, db_path, capsys, monkeypatch):
        self.db_path, self.capsys, self.monkeypatch = db_path, capsys, monkeypatch

    def __call__(self, *argv, today: str | None = None):
        if today:
            self.monkeypatch.setenv("KYDESK_TODAY", today)
        code = main(["--db", str(self.db_path), *[str(a) for a in argv]])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv, today: str | None = None) -> str:
        code, out, err = self(*argv, today=today)
        assert code == 0, err
        return out.strip()


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    return Cli(tmp_path / "year.db", capsys, monkeypatch)


@pytest.fixture
def year(cli, tmp_path):
    """2026 at a city office: task A (市文旅局 lead, 市住建局 partner) due 3月31日 stays at 10% — red March to
    June, a 督办单 in April (printed twice) and May, a 约谈通知 in June; B (市住建局) keeps to plan; C (市文旅局
    lead, 市发改委 partner) is done on 5月1日, 60 days early; D (市发改委) falls yellow in June, gets a 提醒函,
    and its deadline 8月31日 is postponed in July. Lights are recorded by the 月调度 of April, May and June
    (April's also records March)."""
    cli.ok("init", "--unit-code", "6110", "--unit-name", "商洛市康养专班", "--level", "city", today="2026-01-05")
    ids = {}
    for key, title, lead, partners, due in (("A", "景区创建", "市文旅局", "市住建局", "2026-03-31"),
                                            ("B", "康养小镇规划", "市住建局", "", "2026-12-31"),
                                            ("C", "招商推介会", "市文旅局", "市发改委", "2026-06-30"),
                                            ("D", "项目谋划", "市发改委", "", "2026-08-31")):
        extra = ["--partner-units", partners] if partners else []
        ids[key] = cli.ok("task", "add", "--title", title, "--lead-unit", lead, "--due", due, "--start",
                          "2026-01-01", *extra)
    for key, pct in (("A", 10), ("B", 40), ("C", 50), ("D", 50)):
        cli.ok("task", "progress", ids[key], "--text", "推进中", "--percent", pct, today="2026-01-20")
    out = tmp_path / "out"
    out.mkdir()
    cli.ok("report", "dispatch", "--month", "2026-04", "-o", out / "d4.pdf", today="2026-04-30")
    cli.ok("report", "notice", ids["A"], "-o", out / "n1.pdf")
    cli.ok("report", "notice", ids["A"], "-o", out / "n1-again.pdf")          # same month: same number
    cli.ok("task", "done", ids["C"], "--date", "2026-05-01", today="2026-05-01")
    cli.ok("report", "dispatch", "--month", "2026-05", "-o", out / "d5.pdf", today="2026-05-31")
    cli.ok("report", "notice", ids["A"], "--grade", "督办", "-o", out / "n2.pdf")
    cli.ok("report", "dispatch", "--month", "2026-06", "-o", out / "d6.pdf", today="2026-06-30")
    cli.ok("report", "notice", ids["A"], "--grade", "约谈", "-o", out / "n3.pdf")
    cli.ok("report", "notice", ids["D"], "--grade", "提醒", "-o", out / "n4.pdf")
    cli.ok("task", "postpone", ids["D"], "--due", "2026-10-31", "--reason", "资金未到位", today="2026-07-10")
    cli.monkeypatch.setenv("KYDESK_TODAY", "2026-07-15")
    ids["out"] = out
    return ids
