"""佐证材料 figures: attaching 100 MB of files (5 × 20 MB) to progress reports, writing them back out, `check`
hashing them all, then the sync export of those 100 MB to the city (split into emailable parts) and the
city importing every part — each with the peak memory of a fresh process doing only that step.

    .venv/bin/python bench/bench_attachments.py
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1024 * 1024


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step(name: str, folder: Path) -> None:
    """One measured step in this (fresh) process."""
    from kydesk.services import attachments, maintenance, tasks
    from kydesk.services.setup import init_site, open_site

    db_path = folder / "kydesk.db"
    if name in ("sync_export", "sync_import"):
        return sync_step(name, folder)
    if name == "attach":
        db = init_site(db_path, unit_code="611002", unit_name="商州区康养专班")
        tid = tasks.add_task(db, title="推进市博物馆项目建设", due="2099-12-31").id
        files = []
        for i in range(5):
            f = folder / f"航拍{i}.bin"
            with open(f, "wb") as fh:
                for _ in range(20):
                    fh.write(os.urandom(MB))
            files.append(f)
        base = peak_mb()
        t = time.perf_counter()
        tasks.add_progress(db, tid, text="主体封顶，附航拍", attach=files)
        took = time.perf_counter() - t
    else:
        db = open_site(db_path)
        tid = tasks.list_tasks(db)[0][0].id
        base = peak_mb()
        t = time.perf_counter()
        if name == "export":
            attachments.export_task(db, tid, folder / "out")
        else:
            assert maintenance.check(db) == []
        took = time.perf_counter() - t
    db.close()
    print(f"{name:>7}: 100 MB in {took:.2f} s ({100 / took:.0f} MB/s); peak memory {peak_mb():.0f} MB "
          f"(process before the step: {base:.0f} MB)")


def sync_step(name: str, folder: Path) -> None:
    from kydesk.services import sync
    from kydesk.services.setup import init_site, open_site

    city_path = folder / "city" / "kydesk.db"
    if name == "sync_export":
        county = open_site(folder / "kydesk.db")
        city_path.parent.mkdir()
        city = init_site(city_path, unit_code="611000", unit_name="商洛市康养专班", level="city")
        sync.identity(city, folder / "city.json")
        sync.identity(county, folder / "county.json")
        sync.trust(county, folder / "city.json")
        sync.trust(city, folder / "county.json")
        city.close()
        (folder / "packages").mkdir()
        base = peak_mb()
        t = time.perf_counter()
        out = sync.export(county, "611000", out=folder / "packages" / "商州.kysync")
        took = time.perf_counter() - t
        county.close()
        print(f"sync_export: {out.files} files, 100 MB in {len(out.paths)} packages in {took:.2f} s; "
              f"peak memory {peak_mb():.0f} MB (before: {base:.0f} MB)")
        return
    city = open_site(city_path)
    paths = sorted((folder / "packages").glob("*.kysync"), reverse=True)      # last part first: any order
    base = peak_mb()
    t = time.perf_counter()
    reports = sync.import_packages(city, paths)
    took = time.perf_counter() - t
    assert all(r.status == "applied" for r in reports), [r.message for r in reports]
    city.close()
    print(f"sync_import: {len(paths)} packages, 100 MB in {took:.2f} s; peak memory {peak_mb():.0f} MB "
          f"(before: {base:.0f} MB)")


def main() -> None:
    if len(sys.argv) == 3:
        step(sys.argv[1], Path(sys.argv[2]))
        return
    with tempfile.TemporaryDirectory(prefix="bench-attach-") as tmp:
        for name in ("attach", "export", "check", "sync_export", "sync_import"):
            subprocess.run([sys.executable, __file__, name, tmp], check=True)


if __name__ == "__main__":
    main()
