"""三单制 figures: listing 2,000 problems with lights, printing them (PDF pages/s) and to Excel, the 责任清单
of 30 units over 3,000 tasks, and what recognising an indicator table costs a 10,000-row ledger import."""
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_xlsx import make_ledger  # noqa: E402

from kydesk.services import practice_reports, problems, tasks  # noqa: E402
from kydesk.services.indicator_import import is_indicator_table  # noqa: E402
from kydesk.services.setup import init_site  # noqa: E402

TODAY = date(2024, 7, 15)
PROBLEMS = 2_000
TASKS = 3_000
UNITS = [f"第{i + 1}局" for i in range(30)]


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = init_site(folder / "b.db", unit_code="611000", unit_name="商洛市康养专班", level="city", today=TODAY)
        secs, _ = timed(lambda: [problems.add_problem(
            db, text=f"第{i + 1}个问题：项目用地报批滞后，影响开工", unit=UNITS[i % 30], partners=UNITS[(i + 1) % 30],
            measures="建立周调度机制，倒排工期，按期完成报批", due=TODAY + timedelta(days=i % 90 - 30),
            source="督查", today=TODAY) for i in range(PROBLEMS)])
        print(f"add problems: {PROBLEMS} in {secs:.2f} s = {PROBLEMS / secs:,.0f} /s")
        secs, found = timed(lambda: problems.list_problems(db, today=TODAY))
        print(f"list with lights: {len(found)} problems in {secs * 1000:.0f} ms")
        secs, (_, pages, _) = timed(lambda: practice_reports.write(db, "problems", folder / "p.pdf", today=TODAY))
        print(f"问题整改清单 PDF: {pages} pages in {secs:.2f} s = {pages / secs:,.1f} pages/s")
        secs, _ = timed(lambda: practice_reports.write(db, "problems", folder / "p.xlsx", today=TODAY))
        print(f"问题整改清单 Excel: {PROBLEMS} rows in {secs:.2f} s")
        tasks.add_tasks(db, [{"title": f"第{i + 1}项任务", "lead_unit": UNITS[i % 30], "partner_units": [UNITS[(i + 7) % 30]],
                              "due": "年底前"} for i in range(TASKS)], today=TODAY)
        secs, (_, pages, _) = timed(lambda: practice_reports.write(db, "responsibility", folder / "r.pdf",
                                                                   today=TODAY))
        print(f"责任清单 of 30 units over {TASKS} tasks and {PROBLEMS} problems: {pages} pages in {secs:.2f} s")
        book = folder / "ledger10k.xlsx"
        make_ledger(book, 10_000)
        secs, found = timed(lambda: is_indicator_table(book))
        assert not found
        print(f"indicator-table check before a 10,000-row ledger import: {secs * 1000:.0f} ms")


if __name__ == "__main__":
    main()
