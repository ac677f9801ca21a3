"""One way to run background work in the window (worker.run_op) on a real worker thread: results come back
on the UI thread, and an edit made in the window while a background job writes waits for it instead of
failing with "database is locked"."""
import threading
import time

from kydesk.services import tasks
from kydesk.services.setup import open_site
from kydesk.ui.main_window import AppContext
from kydesk.ui.worker import Pool, run_op


def test_an_edit_during_a_background_write_waits_and_both_land(qtbot, db):
    ctx = AppContext(db, pool=Pool(), open_db=lambda: open_site(db.path))
    holding, done, failed = threading.Event(), [], []
    ui_thread = threading.current_thread()

    def slow_import(job_db, progress):
        holding.set()
        time.sleep(0.5)                                  # an import still writing
        tasks.add_task(job_db, title="导入的任务：康养小镇规划")
        return threading.current_thread()

    job = run_op(ctx, None, slow_import, done.append, label="导入", write=True, on_failed=failed.append)
    assert holding.wait(5)
    added = tasks.add_task(db, title="窗口里新加的任务：养老服务站")     # waits for the import, then stores
    qtbot.waitUntil(lambda: bool(done or failed), timeout=10000)
    assert not failed and done[0] is not ui_thread                 # the job ran on a worker thread …
    # … and the window's edit waited for it: it was stored after the import's row, not squeezed in before
    order = [r[0] for r in db.execute("SELECT title FROM task WHERE title LIKE '%任务：%' ORDER BY site_seq")]
    assert order == ["导入的任务：康养小镇规划", "窗口里新加的任务：养老服务站"]
    assert added.id and job is not None
