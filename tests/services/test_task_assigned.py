"""序时进度 runs from the day a task was assigned, whichever way the task was born (issue 11, item 1):
added in the window or on the command line, decided at a meeting, imported from a ledger, synced from the
city; the database upgrade fills the day in for tasks made before; history and SQL lights agree."""
import json
import sqlite3
from datetime import date

import openpyxl

from kydesk.domain.models import Light
from kydesk.services import ledger, meetings, tasks, warroom
from kydesk.services.ledger import LedgerQuery
from kydesk.services.spreadsheets import import_ledger
from kydesk.store import migrations, open_db

JULY15 = date(2024, 7, 15)


def sql_light(db, title, today):
    for light in ("red", "yellow", "green", "none"):
        result = ledger.query_ledger(db, LedgerQuery(light=light), today)
        if title in [r.task.title for r in ledger.load_rows(db, result.ids, today)]:
            return light
    raise AssertionError(title)


def domain_light(db, task_id, today):
    lit = tasks.light_of(db, tasks.get_task(db, task_id), today)
    return lit.value if lit else "none"


def test_added_today_is_green_not_red(db):
    t = tasks.add_task(db, title="完成康养小镇选址", due="7月底前", today=JULY15).id
    assert tasks.get_task(db, t).assigned == JULY15
    assert domain_light(db, t, JULY15) == sql_light(db, "完成康养小镇选址", JULY15) == "green"
    assert domain_light(db, t, date(2024, 7, 25)) == sql_light(db, "完成康养小镇选址", date(2024, 7, 25)) == "yellow"
    # with a 开始日期 in January the same task is far behind: the start wins over the day it was assigned
    tasks.update_task(db, t, start="2024-01-01")
    assert domain_light(db, t, JULY15) == sql_light(db, "完成康养小镇选址", JULY15) == "red"


def test_decided_item_counts_from_the_meeting(db):
    m = meetings.add_meeting(db, title="第三次推进会", date_=date(2024, 7, 12))
    made = meetings.decide(db, m.id, text="月底前完成选址", due="7月底前", make_task=True, today=JULY15)
    task = tasks.get_task(db, made.extra["task_id"])
    assert task.assigned == date(2024, 7, 12)
    assert domain_light(db, task.id, JULY15) == sql_light(db, "月底前完成选址", JULY15) == "green"


def _ledger(path, title):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.append(["序号", "重点工作", "牵头单位", "完成时限"])
    ws.append([1, "建设康养步道", "林业局", "7月底前"])
    ws.append([2, "编制康养规划", "发改局", "年底前"])
    wb.save(path)
    return path


def test_imported_ledger_counts_from_the_date_in_its_title(db, tmp_path):
    path = _ledger(tmp_path / "台账.xlsx", "2024年康养产业重点工作台账（2024年7月10日印发）")
    preview = import_ledger(db, path, dry_run=True, today=JULY15)
    assert (preview.assigned, preview.assigned_source) == (date(2024, 7, 10), "title")
    assert preview.to_json()["assigned"] == "2024-07-10"
    import_ledger(db, path, today=JULY15)
    found = {t.title: t for t in tasks.q.query(db)}
    assert found["建设康养步道"].assigned == date(2024, 7, 10)
    assert sql_light(db, "编制康养规划", JULY15) == "green"         # not 54% behind since January
    assert sql_light(db, "建设康养步道", JULY15) == "green"


def test_imported_ledger_with_a_confirmed_date_or_the_import_day(db, tmp_path):
    path = _ledger(tmp_path / "台账.xlsx", "2024年康养产业重点工作台账")
    assert import_ledger(db, path, dry_run=True, today=JULY15).assigned_source == "today"
    import_ledger(db, path, today=JULY15, assigned=date(2024, 3, 1))
    plan = next(t for t in tasks.q.query(db) if t.title == "编制康养规划")
    assert plan.assigned == date(2024, 3, 1)
    assert domain_light(db, plan.id, JULY15) == sql_light(db, "编制康养规划", JULY15) == "yellow"   # 44% behind


def test_month_history_leaves_a_task_unlit_before_it_was_assigned(db):
    t = tasks.add_task(db, title="新下达任务", due="年底前", today=JULY15).id
    assert warroom.lights_on(db, date(2024, 6, 30))[t] is None
    assert warroom.lights_on(db, date(2024, 9, 30))[t] == Light.YELLOW      # 75 of 169 days at 0%


def test_upgrade_backfills_the_assigned_day(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, None, upto=3)
    conn.execute("INSERT INTO meeting (id, title, year, date) VALUES ('m1', '推进会', 2024, '2024-05-06')")
    conn.execute("INSERT INTO task (id, title, due, source_meeting_id) VALUES ('t1', '会定事项', '2024-09-30', 'm1')")
    conn.execute("INSERT INTO task (id, title, due) VALUES ('t2', '台账事项', '2024-09-30')")
    conn.execute("UPDATE audit SET at = '2024-02-03T10:00:00' WHERE row_id = 't2'")
    conn.execute("INSERT INTO task (id, title, due, start) VALUES ('t3', '无记录', '2024-09-30', '2024-04-01')")
    conn.execute("DELETE FROM audit WHERE row_id = 't3'")
    seq = conn.execute("SELECT value FROM counter").fetchone()[0]
    conn.close()
    db = open_db(path)
    got = dict(db.conn.execute("SELECT id, assigned FROM task").fetchall())
    assert got == {"t1": "2024-05-06", "t2": "2024-02-03", "t3": "2024-04-01"}
    assert db.conn.execute("SELECT value FROM counter").fetchone()[0] == seq, "backfill is no change to sync"
    tasks.update_task(db, "t2", assigned="2024-03-01")        # and the task is audited as before
    changes = db.conn.execute("SELECT changes FROM audit WHERE row_id = 't2' AND action = 'update'").fetchone()[0]
    assert json.loads(changes)["assigned"] == ["2024-02-03", "2024-03-01"]
    db.close()
