"""进展填报 figures: forms for 40 units over 2,000 tasks (target < 3 s), and collecting the 40 returned forms
to the preview (target < 3 s)."""
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from kydesk.services import tasks  # noqa: E402
from kydesk.services.forms_in import collect  # noqa: E402
from kydesk.services.forms_out import make_forms  # noqa: E402
from kydesk.services.setup import init_site  # noqa: E402

TODAY = date(2026, 12, 3)
UNITS = [f"市第{n}局" for n in range(1, 41)]
TASKS = 2_000


def fill(path: Path) -> None:
    """A unit's answers: every task row gets progress, a percent and a status."""
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets[:2]:
        if ws.title.startswith("_"):
            continue
        for r in range(6, ws.max_row + 1):
            if ws.cell(r, 12).value:
                ws.cell(r, 6).value = "本月完成项目前期手续，开工建设"
                ws.cell(r, 7).value = 60
                ws.cell(r, 8).value = "推进中"
    wb.save(path)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = init_site(folder / "c.db", unit_code="611000", unit_name="商洛市康养专班", level="city", today=TODAY)
        tasks.add_tasks(db, [{"title": f"第{i + 1}项：推进康养产业项目建设", "target": "完成年度投资、形成实物工作量",
                              "lead_unit": UNITS[i % 40], "partner_units": [UNITS[(i + 7) % 40]],
                              "due": "2026年12月31日", "section": f"{'一二三四五'[i % 5]}、重点工作"}
                             for i in range(TASKS)], today=TODAY)
        out = folder / "forms"
        out.mkdir()
        t = time.perf_counter()
        result = make_forms(db, "2026-12", out, everyone=True, today=TODAY)
        secs = time.perf_counter() - t
        rows = sum(f["tasks"] for f in result.forms)
        print(f"forms out: {len(result.forms)} units, {TASKS} tasks ({rows} form rows) in {secs:.2f} s (target < 3 s)")
        for f in result.forms:
            fill(Path(f["file"]))
        t = time.perf_counter()
        preview = collect(db, [out], dry_run=True, today=TODAY)
        secs = time.perf_counter() - t
        got = sum(f.progress for f in preview.files)
        assert len(preview.files) == 40 and got == rows and not preview.refused
        print(f"collect to the preview: {len(preview.files)} returned forms, {got} answers in {secs:.2f} s "
              "(target < 3 s)")
        t = time.perf_counter()
        done = collect(db, [out], today=TODAY)
        secs = time.perf_counter() - t
        print(f"collect and apply: {sum(f.progress for f in done.files)} reports recorded in {secs:.2f} s")
        db.close()


if __name__ == "__main__":
    main()
