"""The light computed in SQL (filter and sort over 100,000 tasks) must equal the domain rule on every task."""
import random
from datetime import date, timedelta

import pytest

from kydesk.domain.models import LightSettings
from kydesk.services import ledger, tasks
from kydesk.services.ledger import LedgerQuery
from kydesk.store import rows

TODAY = date(2024, 7, 15)
PHRASES = ["长期坚持", "每月5日前", "每季度末", "每周五前", "7月底前", "第三季度", "年底前"]


def _random_tasks(db, n, seed):
    rnd = random.Random(seed)
    items = []
    for i in range(n):
        start = date(2024, 1, 1) + timedelta(days=rnd.randint(-60, 250)) if rnd.random() < 0.7 else None
        if rnd.random() < 0.25:
            due = rnd.choice(PHRASES)
            start = start and min(start, date(2024, 5, 31))
        else:
            due = date(2024, 1, 1) + timedelta(days=rnd.randint(0, 400))
            if start and due < start:
                start, due = due, start
        # 下达日期 anywhere in the year (序时进度 runs from it when there is no start), sometimes unknown
        assigned = date(2024, 1, 1) + timedelta(days=rnd.randint(0, 300)) if rnd.random() < 0.7 else None
        items.append({"title": f"任务{i}", "due": due, "start": start, "percent": rnd.choice([0, 10, 25, 50, 75, 99]),
                      "status": rnd.choice(["pending", "active", "active", "done", "cancelled"])})
        if assigned is not None:
            items[-1]["assigned"] = assigned
    tasks.add_tasks(db, items, today=TODAY)
    # a task synced from an older install has no 下达日期 at all
    db.conn.execute("UPDATE task SET assigned = NULL WHERE title LIKE '任务%0'")
    ids = [r[0] for r in db.conn.execute("SELECT id FROM task")]
    for task_id in rnd.sample(ids, n // 3):
        for _ in range(rnd.randint(1, 3)):
            # written as a partner would: the task's own percent stays, the light must use the higher one
            rows.insert(db, "progress", {"task_id": task_id, "text": "进展", "task_rev": 1,
                                         "date": TODAY - timedelta(days=rnd.randint(0, 120)),
                                         "percent": rnd.choice([None, 30, 60, 90])})
    return ids


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_light_equals_domain_light(db, seed):
    _random_tasks(db, 600, seed)
    rnd = random.Random(seed)
    for today in (TODAY, date(2024, 3, 1), date(2024, 12, 31), date(2025, 2, 1)):
        settings = LightSettings(warn_days=rnd.choice([0, 7, 15]), yellow_gap=rnd.choice([0, 20, 35]),
                                 red_gap=rnd.choice([20, 50, 100]))
        for key, value in (("warn_days", settings.warn_days), ("yellow_gap", settings.yellow_gap),
                           ("red_gap", settings.red_gap)):
            db.set_meta(key, value)
        by_sql = {}
        for light in ("red", "yellow", "green", "none"):
            result = ledger.query_ledger(db, LedgerQuery(light=light), today)
            for rid in result.ids:
                by_sql[rid] = light
        shown = ledger.query_ledger(db, LedgerQuery(), today)
        assert len(by_sql) == shown.shown == 600
        for row in ledger.load_rows(db, shown.ids, today):
            domain = row.light.value if row.light else "none"
            assert by_sql[ledger.rowid_of(db, row.task.id)] == domain, (today, settings, row.task, row.last_report)


def test_light_cache_follows_edits(db):
    tasks.add_task(db, title="按期推进", due="2024-12-31", start="2024-07-01", today=TODAY)
    red = ledger.query_ledger(db, LedgerQuery(light="red"), TODAY)
    assert red.shown == 0
    task_id = db.conn.execute("SELECT id FROM task").fetchone()[0]
    tasks.postpone(db, task_id, due="2024-07-01", reason="测试", today=TODAY)   # now overdue
    assert ledger.query_ledger(db, LedgerQuery(light="red"), TODAY).shown == 1
    tasks.mark_done(db, task_id, on=TODAY)
    assert ledger.query_ledger(db, LedgerQuery(light="red"), TODAY).shown == 0
    assert ledger.query_ledger(db, LedgerQuery(light="none"), TODAY).shown == 1
