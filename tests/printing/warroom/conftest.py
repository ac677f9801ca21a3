"""A small ledger whose lights on TODAY (2024-07-15) are known, and helpers to read PDFs back."""
from datetime import date

import pdfplumber
import pytest

from tests.conftest import TODAY  # noqa: F401  (re-exported for the tests of this folder)

# title -> (expected paint on TODAY, values)
LEDGER = {
    "逾期未完成的景区创建": ("red", dict(lead_unit="市文旅局", start=date(2024, 3, 1), due="2024-06-30",
                                         leader="李副区长", person="张华", partner_units=["市住建局", "市林业局"],
                                         target="完成资源评价和景观质量评审")),
    "临期的招商推介会": ("yellow", dict(lead_unit="市文旅局", start=date(2024, 5, 1), due="2024-07-20", percent=80)),
    "按序时推进的产业链清单": ("green", dict(lead_unit="市发改委", start=date(2024, 1, 1), due="2024-12-31",
                                            percent=60, key=True)),
    "已办结的规划编制": ("done", dict(lead_unit="市发改委", start=date(2024, 1, 1), due="2024-05-31",
                                      status="done", percent=100)),
    "长期推进的智慧平台": ("green", dict(lead_unit="市民政局", start=date(2024, 7, 1), due="长期坚持")),
    "明年完成的康养小镇二期": ("green", dict(lead_unit="市民政局", start=date(2024, 10, 1), due="2025-06-30")),
    "上年遗留的消防整改": ("red", dict(lead_unit="市卫健委", start=date(2023, 9, 1), due="2023-11-30")),
}
CLOSED_LAST_YEAR = dict(lead_unit="市卫健委", start=date(2023, 1, 1), due="2023-05-31", status="done", percent=100,
                        done_date=date(2023, 5, 20))


def fill(db):
    from kydesk.services import tasks

    ids = {}
    for title, (_, values) in LEDGER.items():
        ids[title] = tasks.add_task(db, title=title, today=date(2024, 1, 2), **values).id
    ids["往年已办结"] = tasks.add_task(db, title="往年已办结", today=date(2024, 1, 2), **CLOSED_LAST_YEAR).id
    return ids


@pytest.fixture
def ledger(db):
    return fill(db)


def words(pdf_path):
    with pdfplumber.open(pdf_path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def rgb(colour_hex: str) -> tuple[float, float, float]:
    h = colour_hex.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def same_colour(a, b, tol=0.01) -> bool:
    return a is not None and len(a) == 3 and all(abs(x - y) <= tol for x, y in zip(a, b))
