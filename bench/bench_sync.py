"""Sync figures: export of 10,000 changed rows, package size per 1,000 rows, import of a 10,000-row package
against raw sqlite3 executemany of the same rows (same schema and triggers, side by side), and the city
importing 10 packages of 5,000 rows.

    .venv/bin/python bench/bench_sync.py

Issue 10 (checks before any write, every field validated, streaming payloads), measured on the shared
2-core machine: before 5,548 rows/s (ratio 0.82 of raw), after 4,460 rows/s (ratio 1.01 of raw in the
same run: the machine was busier, so compare the ratios). The bomb's peak memory: bench_sync_bomb.py.
"""
from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kydesk.services import sync  # noqa: E402
from kydesk.services.setup import init_site  # noqa: E402
from kydesk.store import rows  # noqa: E402
from kydesk.sync import checks  # noqa: E402

TMP = Path(tempfile.mkdtemp(prefix="bench-sync-"))
CITY = ("611000", "商洛市康养专班")


def site(name: str, code: str, unit: str, level: str = "county"):
    folder = TMP / name
    folder.mkdir()
    db = init_site(folder / "kydesk.db", unit_code=code, unit_name=unit, level=level)
    sync.identity(db, folder / "card.json")
    return db, folder / "card.json"


def fill(db, n_rows: int, tag: str) -> None:
    """A county's work: tasks of its own and many progress reports on them (a fifth tasks, the rest progress)."""
    n_tasks = n_rows // 5
    with db.tx():
        ids = rows.insert_many(db, "task", [{
            "title": f"{tag}推进康养项目第{i}项：完善配套设施建设并按月报送进展", "section": "一、项目建设",
            "target": "完成年度投资目标，形成实物工作量", "due": "2024-12-31", "due_text": "年底前",
            "leader": "王副县长", "person": "李明", "seq": i} for i in range(n_tasks)])
        rows.insert_many(db, "progress", [{
            "task_id": ids[i % n_tasks], "date": f"2024-{1 + i % 12:02d}-15", "percent": i % 100,
            "text": f"{tag}第{i}次调度：已完成主体工程，正在推进设备采购和人员培训。", "task_rev": 1}
            for i in range(n_rows - n_tasks)])


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def raw_executemany(template: Path, pkg: Path, *, bare: bool = False) -> tuple[int, float]:
    """The same rows into the same schema (its triggers included) with a bare sqlite3 executemany; with
    bare=True into plain tables of the same columns, no triggers or indexes (for information)."""
    path = TMP / ("bare.db" if bare else "raw.db")
    shutil.copy2(template, path)
    for s in ("-wal", "-shm"):
        Path(str(path) + s).unlink(missing_ok=True)
    from kydesk.services.setup import open_site

    db = open_site(path)
    payload = checks.verify(db, pkg.read_bytes(), pkg.name).package.rows
    db.close()
    if bare:
        path.unlink()
        conn = sqlite3.connect(path, isolation_level=None)
        for table in ("unit", "task", "progress"):
            conn.execute(f"CREATE TABLE {table} ({', '.join(payload[table][0])})")
        conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    n = 0
    t = time.perf_counter()
    conn.execute("BEGIN")
    for table in ("unit", "task", "progress"):
        items = payload.get(table, [])
        if not items:
            continue
        cols = list(items[0])
        conn.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [[r[c] for c in cols] for r in items])
        n += len(items)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t
    conn.close()
    return n, elapsed


def main() -> None:
    print(f"kydesk sync benchmark (folder {TMP})")
    city, city_card = site("city", *CITY, level="city")
    county, county_card = site("county", "611002", "商州区康养专班")
    sync.trust(city, county_card)
    sync.trust(county, city_card)
    fill(county, 10_000, "商州区")

    result, t_export = timed(lambda: sync.export(county, CITY[0], out=TMP / "up.kysync"))
    print(f"export of {result.rows:,} changed rows: {t_export:.2f} s  (target < 1 s)")
    print(f"package size: {result.bytes / 1024:,.0f} KB in all, {result.bytes / result.rows:,.0f} bytes "
          f"= {result.bytes / result.rows * 1000 / 1024:,.0f} KB per 1,000 rows")

    city.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    template = TMP / "city-template.db"
    shutil.copy2(TMP / "city" / "kydesk.db", template)
    n_raw, t_raw = raw_executemany(template, Path(result.path))
    reports, t_import = timed(lambda: sync.import_packages(city, [result.path]))
    assert reports[0].status == "applied", reports[0].message
    n = sum(reports[0].counts.values())
    print(f"import of a {n:,}-row package: {t_import:.2f} s = {n / t_import:,.0f} rows/s (checks, backup, merge, "
          f"apply)")
    print(f"raw sqlite3 executemany of the same rows, same schema: {t_raw:.2f} s = {n_raw / t_raw:,.0f} rows/s")
    print(f"  ratio {n / t_import / (n_raw / t_raw):.2f} of raw  (target ≥ 0.33)")
    n_bare, t_bare = raw_executemany(template, Path(result.path), bare=True)
    print(f"  (for information: into bare tables without triggers or indexes {n_bare / t_bare:,.0f} rows/s, "
          f"ratio {n / t_import / (n_bare / t_bare):.2f})")

    packages = []
    for i in range(10):
        code = f"6110{10 + i}"
        db, card = site(f"c{i}", code, f"第{i}县康养专班")
        sync.trust(city, card)
        sync.trust(db, city_card)
        fill(db, 5_000, f"第{i}县")
        packages.append(sync.export(db, CITY[0], out=TMP / f"c{i}.kysync").path)
        db.close()
    reports, t_city = timed(lambda: sync.import_packages(city, packages))
    assert all(r.status == "applied" for r in reports), [r.message for r in reports]
    total = sum(sum(r.counts.values()) for r in reports)
    print(f"city importing 10 packages of 5,000 rows ({total:,} rows): {t_city:.2f} s  (target < 10 s)")
    city.close()
    county.close()
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
