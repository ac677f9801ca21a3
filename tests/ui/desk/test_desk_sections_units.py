"""Sections in the order a clerk numbered them (一、二、…十、十一、, never 七 before 三), in the ledger window,
its groups, its pick list and `task list`; and a county's unit once in every pick list at the city after
sync, however many rows of its code arrived, with renames left to the unit that owns the row."""
from datetime import date

import pytest

from kydesk.domain.errors import ValidationError
from kydesk.services import ledger, sync, tasks, units
from kydesk.services.ledger import LedgerQuery
from kydesk.services.setup import init_site
from kydesk.store import tasks as task_store

TODAY = date(2024, 7, 15)
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
SECTIONS = [f"{n}、第{i}板块" for i, n in enumerate(NUMERALS, start=1)]


@pytest.fixture
def numbered(db):
    """Twelve sections added in a scrambled order, one without a number, one task with none at all."""
    order = [6, 2, 11, 0, 9, 4, 10, 1, 7, 3, 8, 5]
    for i in order:
        tasks.add_task(db, title=f"任务{i + 1}", section=SECTIONS[i], due="年底前", today=TODAY)
    tasks.add_task(db, title="其他任务", section="其他工作", due="年底前", today=TODAY)
    tasks.add_task(db, title="未分板块的任务", section="", due="年底前", today=TODAY)
    return db


def test_task_list_sorts_sections_by_their_numeral(numbered):
    listed = [t.section for t, _ in tasks.list_tasks(numbered, today=TODAY)]
    assert listed == SECTIONS + ["其他工作", ""]
    backwards = [t.section for t in task_store.query(numbered, sort="section", desc=True)]
    assert backwards == [""] + ["其他工作"] + SECTIONS[::-1]


def test_ledger_groups_sorts_and_pick_list_follow_the_numerals(numbered):
    grouped = ledger.query_ledger(numbered, LedgerQuery(group="section"), TODAY)
    assert [g.label for g in grouped.groups] == SECTIONS + ["其他工作", "（未分板块）"]
    flat = ledger.query_ledger(numbered, LedgerQuery(sort="section"), TODAY)
    rows = ledger.load_rows(numbered, flat.ids, TODAY)
    assert [r.task.section for r in rows] == SECTIONS + ["其他工作", ""]
    down = ledger.query_ledger(numbered, LedgerQuery(sort="section", desc=True), TODAY)
    assert ledger.load_rows(numbered, down.ids[:1], TODAY)[0].task.section == ""
    assert ledger.pick_lists(numbered).sections == SECTIONS + ["其他工作"]


def test_the_ledger_window_shows_the_sections_in_order(numbered, qtbot):
    from kydesk.ui.main_window import AppContext, MainWindow
    from kydesk.ui.models.task_table import HEADER_ROLE
    from kydesk.ui.worker import SyncPool

    ctx = AppContext(numbered, pool=SyncPool())
    ctx.today = TODAY
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_view("ledger")
    win.show()
    view = win.views["ledger"]
    model = view.model
    headers = [model.data(model.index(r, 0), HEADER_ROLE) for r in model.header_rows]
    assert headers == [f"{s}（1 项）" for s in SECTIONS] + ["其他工作（1 项）", "（未分板块）（1 项）"]


# -- units at the city ---------------------------------------------------------------------------------
@pytest.fixture
def city(tmp_path):
    """The city after a sync from 商州区: its own row for the county and the county's own row, one code."""
    city = init_site(tmp_path / "city.db", unit_code="611000", unit_name="商洛市康养专班", level="city", today=TODAY)
    county = init_site(tmp_path / "county.db", unit_code="611002", unit_name="商州区", level="county", today=TODAY)
    for db in (city, county):
        db.set_meta("year", 2024)
    units.add_unit(city, name="商州区", code="611002", level="county")
    tasks.add_task(city, title="市级交办：康养小镇规划", lead_unit="商州区", due="9月底前", today=TODAY)
    tasks.add_task(county, title="区级自定：森林步道", lead_unit="商州区", partner_units=["商州区林业局"],
                   due="年底前", today=TODAY)
    for a, _b in ((city, county), (county, city)):
        sync.identity(a, tmp_path / f"{a.unit_code}.json")
    sync.trust(city, tmp_path / "611002.json")
    sync.trust(county, tmp_path / "611000.json")
    package = sync.export(county, "611000", out=tmp_path / "to-city.kysync")
    reports = sync.import_packages(city, [package.path])
    assert reports[0].status == "applied", reports[0].message
    yield city
    city.close()
    county.close()


def test_the_county_is_listed_once_at_the_city(city):
    rows = city.conn.execute("SELECT owner FROM unit WHERE code = '611002' AND NOT deleted").fetchall()
    assert sorted(r[0] for r in rows) == ["611000", "611002"]                # two rows really arrived
    assert ledger.unit_names(city).count("商州区") == 1
    assert ledger.pick_lists(city).units.count("商州区") == 1
    found = units.units.find_unit(city, "611002")
    assert found.owner == "611000" and units.units.find_unit(city, "商州区").owner == "611000"   # ours first
    assert "商州区林业局" in ledger.unit_names(city)                              # rows without a code stay


def test_filter_group_and_start_page_take_both_rows_of_the_code(city):
    shown = ledger.query_ledger(city, LedgerQuery(unit="商州区"), TODAY)
    assert shown.shown == 2
    by_code = ledger.query_ledger(city, LedgerQuery(unit="611002"), TODAY)
    assert by_code.shown == 2
    grouped = ledger.query_ledger(city, LedgerQuery(group="unit"), TODAY)
    assert [(g.label, g.count) for g in grouped.groups] == [("商州区", 2)]
    stats = ledger.home_summary(city, TODAY).units
    assert [(u["name"], u["tasks"]) for u in stats] == [("商州区", 2)]


def test_renaming_a_unit_another_unit_owns_is_refused_naming_the_owner(city):
    theirs = city.conn.execute("SELECT id FROM unit WHERE code = '611002' AND owner = '611002'").fetchone()[0]
    with pytest.raises(ValidationError) as e:
        units.rename_unit(city, theirs, "商州区康养专班")
    assert "611002" in str(e.value) and "不能更名" in str(e.value)
    assert city.conn.execute("SELECT name FROM unit WHERE id = ?", (theirs,)).fetchone()[0] == "商州区"
    ours = city.conn.execute("SELECT id FROM unit WHERE code = '611002' AND owner = '611000'").fetchone()[0]
    assert units.rename_unit(city, ours, "商州区人民政府").message == "单位已更名为：商州区人民政府"
    # different names, one code: still one entry, the city's own name, and the filter still finds both
    assert "商州区人民政府" in ledger.unit_names(city) and "商州区" not in ledger.unit_names(city)
    assert ledger.query_ledger(city, LedgerQuery(unit="商州区人民政府"), TODAY).shown == 2
    grouped = ledger.query_ledger(city, LedgerQuery(group="unit"), TODAY)
    assert [(g.label, g.count) for g in grouped.groups] == [("商州区人民政府", 2)]


def test_the_unit_filter_in_the_window_offers_the_county_once(city, qtbot):
    from kydesk.ui.main_window import AppContext, MainWindow
    from kydesk.ui.worker import SyncPool

    ctx = AppContext(city, pool=SyncPool())
    ctx.today = TODAY
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_view("ledger")
    win.show()
    combo = win.views["ledger"].ui.unit
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names.count("商州区") == 1
    combo.setCurrentIndex(names.index("商州区"))
    assert win.views["ledger"].model.result.shown == 2


def test_every_row_of_a_code_can_still_be_found_by_its_name(city):
    ours = city.conn.execute("SELECT id FROM unit WHERE code = '611002' AND owner = '611000'").fetchone()[0]
    theirs = city.conn.execute("SELECT id FROM unit WHERE code = '611002' AND owner = '611002'").fetchone()[0]
    assert units.units.ids_by_name(city)["商州区"] == ours
    units.rename_unit(city, ours, "商州区人民政府")
    names = units.units.ids_by_name(city)
    assert names["商州区人民政府"] == ours and names["商州区"] == theirs
    assert units.resolve_unit(city, "商州区", create=False) == theirs            # not made again
