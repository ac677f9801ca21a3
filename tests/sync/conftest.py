"""A small world of sites for the sync tests: make units, exchange cards, send and receive packages."""
from __future__ import annotations

import itertools
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from kydesk.services import sync as sync_services
from kydesk.services.setup import init_site
from kydesk.store.schema import V1_TABLES

TODAY_YEAR = 2024


@dataclass
class Site:
    code: str
    name: str
    level: str
    path: Path
    db: object
    card: Path

    @property
    def unit_id(self) -> str:
        return self.db.conn.execute("SELECT id FROM unit WHERE code = ? AND owner = ?",
                                    (self.code, self.code)).fetchone()[0]


class Kit:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.counter = itertools.count(1)
        self.sites: list[Site] = []

    def site(self, code: str, name: str, level: str = "county") -> Site:
        folder = self.folder / f"{code}-{next(self.counter)}"
        folder.mkdir(parents=True)
        path = folder / "kydesk.db"
        db = init_site(path, unit_code=code, unit_name=name, level=level)
        db.set_meta("year", TODAY_YEAR)
        card = folder / "card.json"
        sync_services.identity(db, card)
        s = Site(code, name, level, path, db, card)
        self.sites.append(s)
        return s

    def trust(self, who: Site, whom: Site) -> None:
        sync_services.trust(who.db, whom.card)

    def link(self, *sites: Site) -> None:
        for a in sites:
            for b in sites:
                if a is not b:
                    self.trust(a, b)

    def send(self, src: Site, dst: Site, *, full: bool = False) -> Path:
        out = self.folder / f"pkg-{next(self.counter):05d}.kysync"
        sync_services.export(src.db, dst.code, full=full, out=out)
        return out

    def receive(self, dst: Site, *paths, dry_run: bool = False):
        return sync_services.import_packages(dst.db, list(paths), dry_run=dry_run)

    def close(self) -> None:
        for s in self.sites:
            s.db.close()


def synced_state(db) -> dict:
    """Every synced row as it stands (without this install's change counter)."""
    out = {}
    for table in V1_TABLES:
        cur = db.conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cur.description]
        out[table] = [{k: v for k, v in zip(names, r) if k != "site_seq"} for r in cur]
    return out


def whole_state(db) -> dict:
    """Everything in the database (the backup counter aside: a backup is taken before the transaction)."""
    out = {}
    tables = [r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%' ORDER BY name")]
    for t in tables:
        rows = db.conn.execute(f"SELECT * FROM {t}").fetchall()
        if t == "meta":
            rows = [r for r in rows if r[0] != "backup_counter"]
        out[t] = sorted(map(repr, rows))
    return out


@pytest.fixture
def make_kit():
    kits = []

    def make(folder=None):
        kit = Kit(folder or tempfile.mkdtemp(prefix="kysync-"))
        kits.append(kit)
        return kit

    yield make
    for k in kits:
        k.close()


@pytest.fixture
def kit(make_kit, tmp_path):
    return make_kit(tmp_path)


@pytest.fixture
def world(kit):
    """A city and two counties that trust each other."""
    city = kit.site("611000", "商洛市康养专班", "city")
    a = kit.site("611002", "商州区康养专班")
    b = kit.site("611003", "洛南县康养专班")
    kit.link(city, a)
    kit.link(city, b)
    return kit, city, a, b


class States:
    synced = staticmethod(synced_state)
    whole = staticmethod(whole_state)
    Kit = Kit
    Site = Site


@pytest.fixture
def states():
    return States


def cli_run(capsys, *argv):
    """One kydesk command in-process: (exit code, stdout, stderr)."""
    from kydesk.cli import main

    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_offices(tmp_path, capsys):
    """A city (611000) and a county (611002) initialised by the CLI, each with its identity card written."""
    city, county = tmp_path / "city.db", tmp_path / "county.db"
    assert cli_run(capsys, "--db", city, "init", "--unit-code", "611000", "--unit-name", "商洛市康养专班",
                   "--level", "city")[0] == 0
    assert cli_run(capsys, "--db", county, "init", "--unit-code", "611002", "--unit-name", "商州区康养专班")[0] == 0
    for db, name in ((city, "city.json"), (county, "county.json")):
        code, out, err = cli_run(capsys, "--db", db, "sync", "identity", "-o", tmp_path / name)
        assert code == 0 and out.strip() == str(tmp_path / name) and "指纹" in err
    return city, county
