"""Issue 10 cases 2–5, through the command line as they were found: a backup restored on a new PC, a database
copied to a second PC, a restore over the same file, and the percent every office shows."""
import json
import shutil

import pytest

from tests.sync.conftest import cli_run


class Office:
    def __init__(self, capsys, db, folder):
        self.capsys, self.db, self.folder = capsys, db, folder
        self.n = 0

    def run(self, *argv, ok=True):
        code, out, err = cli_run(self.capsys, "--db", self.db, *argv)
        if ok:
            assert code == 0, (argv, out, err)
        return code, out, err

    def send(self, to_code):
        self.n += 1
        out = self.folder / f"{self.db.stem}-{self.n}.kysync"
        return json.loads(self.run("sync", "export", "--to", to_code, "-o", out, "--json")[1])

    def receive(self, exported):
        code, out, err = self.run("sync", "import", exported["path"])
        return out + err

    def titles(self):
        return {t["title"] for t in json.loads(self.run("task", "list", "--json")[1])}

    def task(self, title):
        found = [t for t in json.loads(self.run("task", "list", "--json")[1]) if t["title"] == title]
        assert found, title
        return json.loads(self.run("task", "show", found[0]["id"], "--json")[1])


@pytest.fixture
def offices(two_offices, capsys, tmp_path):
    city_db, county_db = two_offices
    city, county = Office(capsys, city_db, tmp_path), Office(capsys, county_db, tmp_path)
    city.run("sync", "trust", tmp_path / "county.json")
    county.run("sync", "trust", tmp_path / "city.json")
    return city, county


def exchange(city, *counties, rounds=1):
    out = ""
    for _ in range(rounds):
        for c in counties:
            city.receive(c.send("611000"))
        for c in counties:
            out += c.receive(city.send("611002"))
    return out


def test_backup_restored_on_a_new_pc_gets_what_it_lacks(offices, tmp_path, capsys):
    city, county = offices
    city.run("task", "add", "--title", "市任务一", "--due", "2024-09-30", "--lead-unit", "611002")
    exchange(city, county)
    county.run("task", "add", "--title", "县自办一")
    county.run("backup", "-o", tmp_path / "old.db")
    city.run("task", "add", "--title", "市任务二", "--due", "2024-10-31", "--lead-unit", "611002")
    for i in range(3):
        county.run("task", "add", "--title", f"县自办后{i}")
    exchange(city, county, rounds=2)
    last_old = county.send("611000")["seq_to"]
    # the county PC dies; last month's backup is restored on a new PC
    new = Office(capsys, tmp_path / "newpc" / "kydesk.db", tmp_path)
    new.db.parent.mkdir()
    new.run("restore", tmp_path / "old.db")
    city.run("task", "add", "--title", "市任务三", "--due", "2024-11-30", "--lead-unit", "611002")
    # the city exports first, as it always does: the new PC sees a gap, then announces itself by its export
    new.receive(city.send("611002"))
    exchange(city, new)
    assert {"市任务一", "市任务二", "市任务三", "县自办一", "县自办后0", "县自办后2"} <= new.titles()
    # its change numbers continue above every number the dead PC handed out
    assert new.send("611000")["seq_to"] > last_old


def test_two_copies_of_a_county_database_converge_and_the_clerk_is_told(offices, tmp_path, capsys):
    city, county = offices
    county.run("task", "add", "--title", "县自办", "--due", "2024-08-31")
    exchange(city, county)
    laptop = Office(capsys, tmp_path / "laptop" / "kydesk.db", tmp_path)
    laptop.db.parent.mkdir()
    shutil.copy2(county.db, laptop.db)
    exchange(city, county, laptop)
    city.run("task", "add", "--title", "市新任务", "--due", "2024-10-31", "--lead-unit", "611002")
    tid = next(t["id"] for t in json.loads(county.run("task", "list", "--json")[1]) if t["title"] == "县自办")
    county.run("task", "postpone", tid, "--due", "2024-09-30", "--reason", "台式机上延期")
    laptop.run("task", "postpone", tid, "--due", "2024-10-15", "--reason", "笔记本上延期")
    said = exchange(city, county, laptop, rounds=3)
    assert "本单位有两台电脑在使用同一数据库的副本" in said
    dues = {o.task("县自办")["due"] for o in (city, county, laptop)}
    assert len(dues) == 1, dues
    assert "市新任务" in county.titles() and "市新任务" in laptop.titles()
    # the losing postponement is kept where it lost, for the clerk to review
    conflicts = [json.loads(o.run("sync", "conflicts", "--json")[1])["conflicts"] for o in (county, laptop)]
    assert any(conflicts)


def test_restore_over_the_same_file_gets_the_units_own_rows_back(offices, tmp_path, capsys):
    city, county = offices
    county.run("task", "add", "--title", "县自办", "--due", "2024-08-31")
    exchange(city, county)
    county.run("backup", "-o", tmp_path / "old.db")
    tid = next(t["id"] for t in json.loads(county.run("task", "list", "--json")[1]) if t["title"] == "县自办")
    for due in ("2024-09-30", "2024-10-31", "2024-11-30"):
        county.run("task", "postpone", tid, "--due", due, "--reason", "进度调整")
    county.run("task", "add", "--title", "备份后的自办")
    county.run("task", "progress", tid, "--text", "备份后的进展", "--percent", "40")
    exchange(city, county)
    county.run("restore", tmp_path / "old.db", "--force")
    assert "备份后的自办" not in county.titles()
    exchange(city, county, rounds=2)
    assert "备份后的自办" in county.titles()
    shown = county.task("县自办")
    assert shown["due"] == "2024-11-30" and any(p["text"] == "备份后的进展" for p in shown["progress"])
    # the clerk's next postponement continues from the highest known version: the city takes it
    county.run("task", "postpone", tid, "--due", "2024-12-20", "--reason", "再次调整")
    exchange(city, county)
    assert city.task("县自办")["due"] == "2024-12-20"


def test_every_office_shows_the_lead_units_latest_percent(two_offices, capsys, tmp_path):
    city_db, lead_db = two_offices
    city, lead = Office(capsys, city_db, tmp_path), Office(capsys, lead_db, tmp_path)
    partner = Office(capsys, tmp_path / "partner.db", tmp_path)
    partner.run("init", "--unit-code", "611003", "--unit-name", "洛南县康养专班")
    partner.run("sync", "identity", "-o", tmp_path / "partner.json")
    for who, card in ((city, "county.json"), (city, "partner.json"), (lead, "city.json"), (partner, "city.json")):
        who.run("sync", "trust", tmp_path / card)
    city.run("task", "add", "--title", "共建康养基地", "--due", "2024-12-31", "--lead-unit", "611002",
             "--partner-units", "611003")
    tid = next(t["id"] for t in json.loads(city.run("task", "list", "--json")[1]))
    lead.receive(city.send("611002"))
    partner.receive(city.send("611003"))
    partner.run("task", "progress", tid, "--text", "配合单位已完成大部分", "--percent", "95", "--date", "2024-05-20")
    lead.run("task", "progress", tid, "--text", "牵头单位进展", "--percent", "30", "--date", "2024-05-01")
    lead.run("task", "progress", tid, "--text", "牵头单位再报", "--percent", "20", "--date", "2024-06-01")
    city.receive(partner.send("611000"))
    city.receive(lead.send("611000"))
    lead.receive(city.send("611002"))
    partner.receive(city.send("611003"))
    shown = [o.task("共建康养基地") for o in (city, lead, partner)]
    assert [s["percent"] for s in shown] == [20, 20, 20], "the lead's latest report, even when lower"
    assert len({s["light"] for s in shown}) == 1
    assert all(len(s["progress"]) == 3 for s in shown), "every office sees every report on the task"


def test_a_restored_pc_is_not_taken_for_a_second_pc(offices, tmp_path, capsys):
    city, county = offices
    county.run("task", "add", "--title", "县自办")
    exchange(city, county)
    county.run("backup", "-o", tmp_path / "old.db")
    exchange(city, county)
    new = Office(capsys, tmp_path / "newpc" / "kydesk.db", tmp_path)
    new.db.parent.mkdir()
    new.run("restore", tmp_path / "old.db")
    said = new.receive(city.send("611002")) + exchange(city, new, rounds=2)
    assert "两台电脑" not in said
