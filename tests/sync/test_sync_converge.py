"""A city and three counties edit at random while packages are lost, duplicated and delivered in any order;
once every package is delivered (and a last round of exports made), every site holds the owner's version of
every row it has, and each holds every row it should."""
import json
import os
import shutil
import tempfile
from datetime import date

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test

from kydesk.domain.errors import KydeskError
from kydesk.services import sync as sync_services
from kydesk.services import tasks
from kydesk.store import sync_store

COUNTIES = [("611002", "商州区康养专班"), ("611003", "洛南县康养专班"), ("611004", "丹凤县康养专班")]
pick = st.integers(min_value=0, max_value=10_000)


def _live_ids(db, table, owner=None):
    sql = f"SELECT id FROM {table} WHERE NOT deleted" + (" AND owner = ?" if owner else "") + " ORDER BY rowid"
    return [r[0] for r in db.conn.execute(sql, (owner,) if owner else ())]


def _rows(db, table):
    return {r["id"]: r for r in sync_store.changed_rows(db, table, -1)}


def test_all_sites_converge_whatever_the_delivery(states):
    Kit = states.Kit

    class World(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.folder = tempfile.mkdtemp(prefix="kysync-world-")
            self.kit = Kit(self.folder)
            self.city = self.kit.site("611000", "商洛市康养专班", "city")
            self.counties = [self.kit.site(code, name) for code, name in COUNTIES]
            for c in self.counties:
                self.kit.link(self.city, c)
            self.sites = [self.city] + self.counties
            self.inflight = []          # (recipient, path)
            self.n = 0

        def teardown(self):
            try:
                self.settle()
                self.check()
            finally:
                self.kit.close()
                shutil.rmtree(self.folder, ignore_errors=True)

        # -- edits --------------------------------------------------------------------------------
        @rule(lead=st.integers(0, 2), partner=st.integers(-1, 2), day=st.integers(1, 28))
        def city_assigns(self, lead, partner, day):
            self.n += 1
            partners = [self.counties[partner].code] if partner >= 0 and partner != lead else []
            tasks.add_task(self.city.db, title=f"市任务{self.n}", due=date(2024, 9, day),
                           lead_unit=self.counties[lead].code, partner_units=partners)

        @precondition(lambda self: _live_ids(self.city.db, "task", "611000"))
        @rule(which=pick, how=st.sampled_from(["due", "title", "reassign", "delete", "progress"]), n=pick)
        def city_edits(self, which, how, n):
            ids = _live_ids(self.city.db, "task", "611000")
            tid = ids[which % len(ids)]
            if how == "due":
                tasks.update_task(self.city.db, tid, due=date(2024, 10, 1 + n % 28))
            elif how == "title":
                tasks.update_task(self.city.db, tid, title=f"市任务改{n}")
            elif how == "reassign":
                tasks.update_task(self.city.db, tid, lead_unit=self.counties[n % 3].code)
            elif how == "delete":
                tasks.delete_task(self.city.db, tid)
            else:
                tasks.add_progress(self.city.db, tid, text=f"市里督办{n}", percent=n % 101)

        @rule(c=st.integers(0, 2), which=pick, n=pick)
        def county_reports(self, c, which, n):
            county = self.counties[c]
            ids = _live_ids(county.db, "task")
            if not ids:
                return
            tasks.add_progress(county.db, ids[which % len(ids)], text=f"进展{n}", percent=n % 101)

        @rule(c=st.integers(0, 2), which=pick, how=st.sampled_from(["add", "edit", "delete"]), n=pick)
        def county_own_task(self, c, which, how, n):
            county = self.counties[c]
            ids = _live_ids(county.db, "task", county.code)
            if how == "add" or not ids:
                tasks.add_task(county.db, title=f"{county.code}自办{n}", due=date(2024, 11, 1 + n % 28))
            elif how == "edit":
                tasks.update_task(county.db, ids[which % len(ids)], title=f"{county.code}改{n}")
            else:
                tasks.delete_task(county.db, ids[which % len(ids)])

        @rule(c=st.integers(0, 2), which=pick, n=pick)
        def county_asks_for_more_time(self, c, which, n):
            county = self.counties[c]
            ids = _live_ids(county.db, "task", "611000")
            if ids:
                tasks.postpone(county.db, ids[which % len(ids)], due=date(2024, 12, 1 + n % 28), reason=f"理由{n}")

        @rule(which=pick, grant=st.booleans())
        def city_answers(self, which, grant):
            pending = [r for r in _live_ids(self.city.db, "extension_request")
                       if sync_store.rows_by_ids(self.city.db, "extension_request", [r])[r]["owner"] != "611000"]
            if pending:
                try:
                    sync_services.answer_extension(self.city.db, pending[which % len(pending)], grant=grant)
                except KydeskError:
                    pass   # the task was deleted meanwhile

        # -- the post ---------------------------------------------------------------------------------
        @rule(c=st.integers(0, 2), up=st.booleans(), full=st.booleans())
        def export(self, c, up, full):
            county = self.counties[c]
            src, dst = (county, self.city) if up else (self.city, county)
            self.inflight.append((dst, self.kit.send(src, dst, full=full)))

        @precondition(lambda self: self.inflight)
        @rule(which=pick, keep=st.booleans())
        def deliver(self, which, keep):
            i = which % len(self.inflight)
            dst, path = self.inflight[i] if keep else self.inflight.pop(i)
            self.receive(dst, path)

        @precondition(lambda self: self.inflight)
        @rule(which=pick)
        def lose(self, which):
            self.inflight.pop(which % len(self.inflight))

        def receive(self, dst, path):
            [rep] = self.kit.receive(dst, path)
            assert rep.status in ("applied", "already"), rep.lines()
            assert rep.counts["refused"] == 0, rep.lines()

        def settle(self):
            while self.inflight:
                self.receive(*self.inflight.pop())
            for _ in range(2):   # the last edits may sit in lost packages: one round carries them, one acks
                for c in self.counties:
                    self.receive(self.city, self.kit.send(c, self.city))
                for c in self.counties:
                    self.receive(c, self.kit.send(self.city, c))

        # -- the promise ----------------------------------------------------------------------------
        def check(self):
            by_code = {s.code: s for s in self.sites}
            tables = sync_store.SYNCED_TABLES
            data = {s.code: {t: _rows(s.db, t) for t in tables} for s in self.sites}
            for s in self.sites:
                for t in tables:
                    for rid, row in data[s.code][t].items():
                        owner = by_code.get(row["owner"])
                        if owner is None or owner is s:
                            continue
                        assert data[owner.code][t].get(rid) == row, (s.code, t, row)
            for c in self.counties:
                for t in tables:
                    mine = {k: v for k, v in data[c.code][t].items() if v["owner"] == c.code}
                    theirs = {k: v for k, v in data["611000"][t].items() if v["owner"] == c.code}
                    assert mine == theirs, f"the city has every row of {c.code} in {t}"
                units = set(sync_store.units_of(self.city.db, c.code, c.name))
                concerned = set()
                for rid, row in data["611000"]["task"].items():
                    partners = set(json.loads(row["partner_unit_ids"]))
                    if row["owner"] == "611000" and (row["lead_unit_id"] in units or partners & units):
                        concerned.add(rid)
                        assert data[c.code]["task"].get(rid) == row, f"{c.code} has the city's task {rid}"
                for t in ("progress", "extension_request"):
                    for rid, row in data["611000"][t].items():
                        if row["owner"] == "611000" and row["task_id"] in concerned:
                            assert data[c.code][t].get(rid) == row, f"{c.code} has the city's {t} {rid}"

    run_state_machine_as_test(World, settings=settings(
        max_examples=int(os.environ.get("KYSYNC_EXAMPLES", "25")), stateful_step_count=30, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
