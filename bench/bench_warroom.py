"""Issue 5 figures: the 作战图 of 1,000 tasks on A3 (time in process, file size) and the window's paint time
per frame while scrolling and zooming a 1,000-task year.

    .venv/bin/python bench/bench_warroom.py [--keep DIR]
"""
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kydesk.services import tasks  # noqa: E402
from kydesk.services.setup import init_site  # noqa: E402

TODAY = date(2024, 7, 15)
UNITS = ["市发改委", "市文旅局", "市卫健委", "市民政局", "市林业局", "市自然资源局", "市住建局", "市交通运输局",
         "市农业农村局", "市商务局", "市体育局", "市医保局", "商州区", "洛南县", "丹凤县", "商南县", "山阳县",
         "镇安县", "柞水县", "市财政局"]
VERBS = ["推进", "完成", "制定", "组织", "建设", "开展", "落实", "编制"]
THINGS = ["康养小镇二期基础设施建设", "文旅康养产业链支持清单", "瀛湖5A级景区创建资源评价", "智慧养老服务平台",
          "中医药康养基地规划", "森林康养步道提升改造", "康养产业招商推介会", "医养结合示范机构评审",
          "乡村旅游重点村培育", "全民健身中心项目前期工作"]


def make_tasks(n: int, year: int = 2024, seed: int = 5) -> list[dict]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        start = date(year, 1, 1) + timedelta(days=rnd.randint(-30, 300))
        kind = rnd.random()
        if kind < 0.05:
            due = "长期坚持"
        elif kind < 0.09:
            due = "每月5日前"
        elif kind < 0.12:
            due = date(year - 1, rnd.randint(1, 12), 28)
        elif kind < 0.15:
            due = date(year + 1, rnd.randint(1, 12), 28)
        else:
            due = max(start + timedelta(days=rnd.randint(20, 200)), start)
        if isinstance(due, date) and due < start:
            start = due - timedelta(days=30)
        elif isinstance(due, str):
            start = date(year, 1, 2)
        r = rnd.random()
        status = "done" if r < 0.2 else ("active" if r < 0.85 else "pending")
        out.append({"title": f"{rnd.choice(VERBS)}{rnd.choice(THINGS)}（第{i + 1}项）",
                    "section": f"{'一二三四五'[i % 5]}、重点工作", "lead_unit": UNITS[i % len(UNITS)],
                    "partner_units": [UNITS[(i + 3) % len(UNITS)]] if i % 3 == 0 else [],
                    "leader": "王副市长", "person": ["张华", "李明", "赵敏", "陈晨"][i % 4], "start": start, "due": due,
                    "status": status, "percent": 100 if status == "done" else rnd.randint(0, 95),
                    "key": rnd.random() < 0.15})
    return out


def bench_pdf(db, folder: Path) -> None:
    from kydesk.printing.fonts import resolve_fonts
    from kydesk.services import warroom

    t = time.perf_counter()
    resolve_fonts()
    fonts_s = time.perf_counter() - t
    for paper, zoom in (("A3", "month"), ("A4", "month"), ("A3", "week")):
        out = folder / f"warroom-{paper}-{zoom}.pdf"
        t = time.perf_counter()
        result = warroom.warroom_pdf(db, out, paper=paper, zoom=zoom, today=TODAY)
        took = time.perf_counter() - t
        size = out.stat().st_size / 1e6
        note = " (targets: < 3 s, < 2 MB)" if (paper, zoom) == ("A3", "month") else ""
        print(f"作战图 1,000 tasks {paper} {zoom}: {took:.2f} s in process, {size:.2f} MB, {result.pages} pages{note}")
    print(f"  (font lookup once per process, not included above: {fonts_s:.2f} s)")


def bench_view(db) -> None:
    from PySide6.QtWidgets import QApplication

    from kydesk.ui.main_window import AppContext
    from kydesk.ui.views.warroom import View
    from kydesk.ui.worker import SyncPool

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db, pool=SyncPool())
    ctx.today = TODAY
    t = time.perf_counter()
    view = View(ctx)
    build = time.perf_counter() - t
    view.resize(1600, 900)
    view.show()
    app.processEvents()
    chart = view.chart
    for zoom in (0, 1):
        view.zoom.setCurrentIndex(zoom)
        app.processEvents()
        chart.paint_ms.clear()
        vbar, hbar = chart.verticalScrollBar(), chart.horizontalScrollBar()
        for step in range(120):
            vbar.setValue(int(vbar.maximum() * step / 119))
            hbar.setValue(int(hbar.maximum() * ((step * 7) % 120) / 119))
            chart.viewport().repaint()
        ms = sorted(chart.paint_ms)
        print(f"view paint per frame, 1,000 tasks, {'week' if zoom else 'month'} zoom, 1600x900: "
              f"median {statistics.median(ms):.1f} ms, p95 {ms[int(len(ms) * 0.95) - 1]:.1f} ms, "
              f"max {ms[-1]:.1f} ms over {len(ms)} frames (target < 16 ms)")
    t = time.perf_counter()
    view.reload()
    print(f"view: first load {build * 1000:.0f} ms, reload (query + lights + layout) {(time.perf_counter() - t) * 1000:.0f} ms")
    view.close()


def main() -> None:
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "warroom-bench.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        db = init_site(path, unit_code="611002", unit_name="商州区康养专班", today=TODAY)
        db.set_meta("year", 2024)
        tasks.add_tasks(db, make_tasks(1000), today=TODAY)
        bench_pdf(db, folder)
        bench_view(db)
        db.close()


if __name__ == "__main__":
    main()
