"""年终考核 on a big ledger, measured (printed, never asserted):

  1. assessment_data (every unit's score and 扣分明细) over N tasks with twelve recorded months
  2. the 年度考核结果表 PDF and the Excel from it

    .venv/bin/python bench/bench_assessment.py [--tasks N]

Tasks are made with services.tasks.add_tasks in a temporary folder; months are recorded through
services.warroom.record_month_lights as the 月调度 does (that time is printed too).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
UNITS = [f"商洛市{x}" for x in ["发改委", "民政局", "卫健委", "文旅局", "住建局", "自然资源局", "财政局", "农业农村局",
                                "市场监管局", "人社局", "交通局", "水利局", "林业局", "教育局", "体育局", "商务局"]]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=3000)
    args = ap.parse_args()
    from kydesk.services import assessment, tasks
    from kydesk.services import warroom as wr
    from kydesk.services.setup import init_site

    rnd = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="kybench-assess-"))
    db = init_site(folder / "k.db", unit_code="6110", unit_name="商洛市康养专班", level="city",
                   today=date(2026, 1, 2))
    items = []
    for i in range(args.tasks):
        lead = rnd.choice(UNITS)
        partners = rnd.sample([u for u in UNITS if u != lead], rnd.randint(0, 3))
        items.append({"title": f"任务{i}", "lead_unit": lead, "partner_units": partners,
                      "start": date(2026, 1, 1), "due": date(2026, rnd.randint(2, 12), 28),
                      "percent": rnd.choice([0, 20, 40, 60, 80])})
    tasks.add_tasks(db, items, today=date(2026, 1, 2))
    t0 = time.perf_counter()
    for m in range(1, 13):
        wr.record_month_lights(db, f"2026-{m:02d}", date(2026, 12, 31))
    t1 = time.perf_counter()
    data = assessment.assessment_data(db, 2026, date(2026, 12, 31))
    t2 = time.perf_counter()
    pdf = assessment.assessment_report(db, 2026, folder / "a.pdf", today=date(2026, 12, 31))
    t3 = time.perf_counter()
    assessment.assessment_report(db, 2026, folder / "a.xlsx", today=date(2026, 12, 31))
    t4 = time.perf_counter()
    items_n = sum(len(u.deductions) + len(u.additions) for u in data.units)
    print(f"tasks {args.tasks}, units {len(data.units)}, detail lines {items_n}")
    print(f"record 12 months of lights      {t1 - t0:7.2f} s")
    print(f"assessment_data                 {t2 - t1:7.2f} s")
    print(f"PDF 年度考核结果表 ({pdf.pages} pages)   {t3 - t2:7.2f} s")
    print(f"Excel                           {t4 - t3:7.2f} s")
    db.close()


if __name__ == "__main__":
    main()
