"""One writer per process: while a background job writes (an import holds the writer for its whole run), an
edit on another thread waits for it instead of failing with SQLite's "database is locked"; when the job
outlasts the wait, the edit says why in Chinese and changes nothing."""
import threading

import pytest

from kydesk.domain.errors import KydeskError
from kydesk.services import writer_lock
from kydesk.store.db import BUSY_WRITING


def _background_job(started: threading.Event, release: threading.Event, order: list):
    with writer_lock():
        started.set()
        release.wait(10)
        order.append("job finished")


def test_an_edit_during_a_background_write_waits_for_it(db):
    started, release, order = threading.Event(), threading.Event(), []
    job = threading.Thread(target=_background_job, args=(started, release, order))
    job.start()
    started.wait(5)
    threading.Timer(0.3, release.set).start()
    with db.tx():                                 # blocks until the job lets go
        order.append("edit")
        db.set_meta("note", "edited meanwhile")
    job.join(5)
    assert order == ["job finished", "edit"]
    assert db.meta("note") == "edited meanwhile"


def test_an_edit_that_cannot_wait_long_enough_says_so_and_changes_nothing(db):
    started, release, order = threading.Event(), threading.Event(), []
    job = threading.Thread(target=_background_job, args=(started, release, order))
    job.start()
    started.wait(5)
    db.write_wait = 0.1
    try:
        with pytest.raises(KydeskError) as e, db.tx():
            db.set_meta("note", "lost")
    finally:
        release.set()
        job.join(5)
    assert str(e.value) == BUSY_WRITING and "请稍候" in str(e.value)
    assert db.meta("note") is None


def test_the_job_thread_itself_may_write_inside_its_hold(db):
    with writer_lock(), db.tx():                 # a write job's own transactions nest in its hold
        db.set_meta("note", "from the job")
    assert db.meta("note") == "from the job"
