import os
import sys
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = date(2024, 7, 15)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kydesk.db"


@pytest.fixture
def db(db_path):
    """A fresh, migrated, initialised county database."""
    from kydesk.services.setup import init_site

    database = init_site(db_path, unit_code="611002", unit_name="商州区康养专班", level="county", today=TODAY)
    database.set_meta("year", 2024)
    yield database
    database.close()


DATA = ROOT / "tests" / "data"          # every input the tests read lives in the repository
SAMPLE_LEDGER = DATA / "ledger_sample.xlsx"


@pytest.fixture
def sample_ledger():
    return SAMPLE_LEDGER
