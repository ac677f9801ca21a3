"""Spreadsheet figures: reading, importing, re-importing and exporting a 10,000-row ledger (rows/s).

The export and the import preview are printed beside what the libraries alone need for the same rows in the
same run (openpyxl's write_only mode writing 10,000 plain rows, python-calamine reading the ledger), best of
three each, since the machine is shared: targets export < 1 s, preview < 0.5 s."""
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402

from kydesk.services.setup import init_site  # noqa: E402
from kydesk.services.spreadsheets import export_xlsx, import_ledger  # noqa: E402
from kydesk.xlsx.reader import read_ledger  # noqa: E402

ROWS = 10_000
TODAY = date(2024, 7, 15)
UNITS = ["市发改委", "市文旅局", "市卫健委", "市民政局", "市林业局", "商州区", "洛南县", "丹凤县", "商南县", "柞水县"]
DUES = ["7月底前", "第三季度", "年底前", "11月中旬", "每月5日前", "长期坚持", "2024年9月30日", 45565, "上半年"]


def make_ledger(path: Path, n: int) -> None:
    """A clerk-shaped ledger (title, two-row header, sections every 50 rows) written in streaming mode."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    ws.append(["2024年康养产业重点工作台账"])
    ws.append(["序号", "重点工作", "具体措施", "责任单位", None, "责任领导", "责任人", "完成时限", "进度", "备注"])
    ws.append([None, None, None, "牵头单位", "配合单位"])
    for i in range(n):
        if i % 50 == 0:
            ws.append([f"{'一二三四五六七八九十'[i // 50 % 10]}、第{i // 50 + 1}组重点工作"])
        ws.append([i % 50 + 1, f"第{i + 1}项：推进康养产业项目建设", "完成年度投资、形成实物工作量",
                   UNITS[i % len(UNITS)], f"{UNITS[(i + 1) % len(UNITS)]}、{UNITS[(i + 3) % len(UNITS)]}",
                   "王副市长", "张华", DUES[i % len(DUES)], i % 100, ""])
    wb.save(path)


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def best(fn, n: int = 3):
    """Best of n, wall clock and CPU time (the machine is shared: CPU time shows our own share)."""
    walls, cpus, result = [], [], None
    for _ in range(n):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus), result


def openpyxl_alone(path: Path, n: int) -> None:
    """The floor: openpyxl write_only writing n ledger-like rows, no styles, nothing else."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    for i in range(n):
        ws.append([i % 50 + 1, f"第{i + 1}项：推进康养产业项目建设", "完成年度投资、形成实物工作量", UNITS[i % 10],
                   "市文旅局、市财政局", "王副市长", "张华", None, "7月底前", "已完成选址", "推进中", i % 100, "",
                   "", "00000000-0000-0000-0000-000000000000"])
    wb.save(path)


def calamine_alone(path: Path) -> int:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name("台账").to_python()
    book.close()
    return len(rows)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book = folder / "ledger10k.xlsx"
        make_ledger(book, ROWS)
        secs, sheet = timed(lambda: read_ledger(book, today=TODAY))
        assert len(sheet.rows) == ROWS and not sheet.problems
        print(f"read (calamine + header/sections/deadlines): {ROWS} rows in {secs:.2f} s = {ROWS / secs:,.0f} rows/s")
        db = init_site(folder / "b.db", unit_code="611002", unit_name="商州区康养专班", today=TODAY)
        secs, result = timed(lambda: import_ledger(db, book, today=TODAY))
        assert result.new == ROWS and not result.errors
        print(f"import into an empty database: {ROWS} rows in {secs:.2f} s = {ROWS / secs:,.0f} rows/s")
        secs, result = timed(lambda: import_ledger(db, book, today=TODAY))
        assert result.unchanged == ROWS
        print(f"re-import, nothing changed: {ROWS} rows in {secs:.2f} s = {ROWS / secs:,.0f} rows/s")
        secs, cpu, result = best(lambda: import_ledger(db, book, dry_run=True, today=TODAY))
        floor, floor_cpu, _ = best(lambda: calamine_alone(book))
        print(f"import preview (dry run): {ROWS} rows in {secs:.2f} s, CPU {cpu:.2f} s (target < 0.5 s; was 0.81 s)"
              f"  |  python-calamine read alone: {floor:.2f} s, CPU {floor_cpu:.2f} s")
        out = folder / "export.xlsx"
        secs, cpu, _ = best(lambda: export_xlsx(db, out, today=TODAY))
        floor, floor_cpu, _ = best(lambda: openpyxl_alone(folder / "plain.xlsx", ROWS))
        print(f"export ledger: {ROWS} tasks in {secs:.2f} s, CPU {cpu:.2f} s (target < 1 s; was 4.1 s)  |  "
              f"openpyxl write_only alone: {floor:.2f} s, CPU {floor_cpu:.2f} s  ({out.stat().st_size / 1e6:.1f} MB)")
        secs, _ = timed(lambda: export_xlsx(db, folder / "d.xlsx", "dispatch", today=TODAY))
        print(f"export 月调度表 over {ROWS} tasks: {secs:.2f} s")
        db.close()


if __name__ == "__main__":
    main()
