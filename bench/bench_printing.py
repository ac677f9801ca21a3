"""Issue 14 figures (printed, never asserted):

  1. a 3-page 纪要 as .docx, in process                                         target < 0.3 s
  2. `kydesk report warroom` of 1,000 tasks on A3 as a whole process, fonts parsed afresh (no font cache)
     and with the font cache warm, side by side with LibreOffice converting a 1,000-row sheet to PDF in the
     same run                                                                   target: warm ≤ ½ LibreOffice

    .venv/bin/python bench/bench_printing.py [--rounds N]

LibreOffice is optional (`apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui`); without it
the comparison is left out. Rounds alternate the three commands so machine load hits them alike; medians.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def three_page_minutes():
    from kydesk.domain.models import Attendance, AttendanceRole, Meeting

    para = ("会议认为，各县区、各部门按照年度作战图扎实推进各项任务，十大标杆项目确定并实行单独台账管理，"
            "“云招商”签约项目落地率稳步提升，康养大数据平台和智慧旅游平台对接持续推进。")
    body = []
    for k, head in enumerate(["一、关于近期工作进展", "二、关于规划完善提升", "三、关于下一步重点工作"]):
        body.append(head)
        body += [para] * 4
        body.append(f"（{'一二三'[k]}）红灯任务整改。亮红灯任务的责任单位要在7月20日前书面报送整改措施。")
    m = Meeting(id="m-bench", title="商洛市康养之都建设工作专班推进会", date=date(2024, 7, 8), kind="推进会", number=3,
                summary="\n\n".join(body), distribution="专班各成员单位，各县区人民政府")
    m.attendance = [Attendance(id=f"a{i}", meeting_id=m.id, name=f"张{i}", role=AttendanceRole.PRESENT, unit="市发改委",
                               ord=i) for i in range(12)]
    return m


def bench_docx(folder: Path) -> None:
    t = time.perf_counter()
    from kydesk.printing.word.minutes import build_minutes_docx
    imported = time.perf_counter() - t
    times, pages = [], 0
    for k in range(5):
        t = time.perf_counter()
        result = build_minutes_docx(three_page_minutes(), folder / f"m{k}.docx", org_name="商洛市康养之都建设工作专班")
        times.append(time.perf_counter() - t)
        pages = result.pages
    print(f"纪要 .docx ({pages} pages): first {times[0]:.3f} s, median {statistics.median(times):.3f} s in process "
          f"(python-docx import once per process: {imported:.2f} s; target < 0.3 s)")


def bench_docx_process(folder: Path, rounds: int) -> None:
    """`kydesk report minutes ID -o x.docx` on the demo database, as a whole process."""
    import json

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPATH": str(ROOT)}
    db = folder / "demo.db"
    base = [sys.executable, "-m", "kydesk", "--db", str(db)]
    subprocess.run(base + ["init", "--unit-code", "611000", "--unit-name", "商洛市康养之都建设工作专班", "--level",
                           "city", "--demo"], env=env, capture_output=True, check=True)
    listed = subprocess.run(base + ["meeting", "list", "--json"], env=env, capture_output=True, text=True, check=True)
    mid = json.loads(listed.stdout)[0]["id"]
    argv = base + ["report", "minutes", mid, "-o", str(folder / "demo.docx")]
    timed(argv, env)
    runs = [timed(argv, env) for _ in range(rounds)]
    print(f"纪要 .docx of the demo meeting, whole process: median {statistics.median(runs):.2f} s "
          f"(runs {', '.join(f'{x:.2f}' for x in runs)})")


def make_db(folder: Path) -> Path:
    from bench_warroom import TODAY, make_tasks

    from kydesk.services import tasks
    from kydesk.services.setup import init_site

    path = folder / "warroom.db"
    db = init_site(path, unit_code="611002", unit_name="商州区康养专班", today=TODAY)
    db.set_meta("year", 2024)
    tasks.add_tasks(db, make_tasks(1000), today=TODAY)
    db.close()
    return path


def make_sheet(folder: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "任务", "牵头单位", "时限", "进度"])
    for i in range(1000):
        ws.append([i + 1, f"推进康养产业项目建设第{i + 1}项", "市文旅局", "2024-07-31", f"{i % 100}%"])
    path = folder / "sheet.xlsx"
    wb.save(path)
    return path


def timed(argv: list[str], env: dict) -> float:
    t = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True)
    took = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"{argv[:4]} failed: {proc.stderr[-500:]}")
    return took


def bench_warroom_vs_libreoffice(folder: Path, rounds: int) -> None:
    db = make_db(folder)
    sheet = make_sheet(folder)
    # an installed kydesk (the bundle, a pip install) runs from compiled modules: let the warm-up write them
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPATH": str(ROOT)}
    kydesk = [sys.executable, "-m", "kydesk", "--db", str(db), "report", "warroom", "--date", "2024-07-15", "-o",
              str(folder / "warroom.pdf")]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    lo = [soffice, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless", "--convert-to", "pdf",
          "--outdir", str(folder / "lo"), str(sheet)] if soffice else None
    if lo:
        timed(lo, env)                                  # LibreOffice makes its profile on the first run
    timed(kydesk, env)                                  # and kydesk its font cache
    cold, warm, office = [], [], []
    for _ in range(rounds):
        cold.append(timed(kydesk, {**env, "KYDESK_FONT_CACHE": "0"}))
        warm.append(timed(kydesk, env))
        if lo:
            office.append(timed(lo, env))
    med = statistics.median
    print(f"作战图 1,000 tasks A3, whole process: {med(warm):.2f} s with the font cache, {med(cold):.2f} s parsing "
          f"fonts afresh (median of {rounds}; runs {', '.join(f'{x:.2f}' for x in warm)})")
    if lo:
        print(f"LibreOffice 1,000-row sheet → PDF, same run: {med(office):.2f} s "
              f"(runs {', '.join(f'{x:.2f}' for x in office)}); kydesk/LibreOffice = {med(warm) / med(office):.2f} "
              f"(target ≤ 0.50), without the cache {med(cold) / med(office):.2f}")
    else:
        print("LibreOffice not installed: no side-by-side figure")


def main() -> None:
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_docx(folder)
        bench_docx_process(folder, rounds)
        bench_warroom_vs_libreoffice(folder, rounds)


if __name__ == "__main__":
    main()
