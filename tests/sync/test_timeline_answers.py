"""services.ledger.timeline: a county's 延期申请 answered at the city is one line — at the city at once
(the county's request row stays pending there until its next package), and at the county after the exchange
— with the verdict and the city's words; never a pending request beside a second 延期 line."""
from datetime import date

import pytest

from kydesk.services import ledger, sync, tasks
from kydesk.services.setup import init_site

TODAY = date(2024, 7, 15)


@pytest.fixture
def asked(tmp_path):
    """The city assigned a task to 商州区, which asked to move its deadline; the city has the request."""
    city = init_site(tmp_path / "city.db", unit_code="611000", unit_name="商洛市康养专班", level="city", today=TODAY)
    county = init_site(tmp_path / "county.db", unit_code="611002", unit_name="商州区康养专班", today=TODAY)
    for db in (city, county):
        db.set_meta("year", 2024)
        sync.identity(db, tmp_path / f"{db.unit_code}.json")
    sync.trust(city, tmp_path / "611002.json")
    sync.trust(county, tmp_path / "611000.json")
    n = iter(range(100))

    def send(a, b):
        out = sync.export(a, b.unit_code, out=tmp_path / f"p{next(n)}.kysync")
        [report] = sync.import_packages(b, [out.path])
        assert report.status == "applied", report.message

    tid = tasks.add_task(city, title="建设康养小镇", due="2024年9月30日前", lead_unit="611002", today=TODAY).id
    send(city, county)
    rid = tasks.postpone(county, tid, due="2024年12月31日前", reason="用地审批延迟", today=TODAY).id
    send(county, city)
    yield city, county, send, tid, rid
    city.close()
    county.close()


def _lines(db, tid):
    return [(e.kind, e.text) for e in ledger.timeline(db, tid) if e.kind != "进展"]


def test_pending_request_is_one_line(asked):
    city, county, send, tid, rid = asked
    assert _lines(city, tid) == [("延期申请（待批复）", "2024年9月30日前 → 2024年12月31日前；理由：用地审批延迟")]


def test_granted_request_is_one_line_at_the_city_and_at_the_county(asked):
    city, county, send, tid, rid = asked
    sync.answer_extension(city, rid, grant=True, answer="同意，请抓紧")
    want = [("延期", "2024年9月30日前 → 2024年12月31日前；理由：用地审批延迟；批复：同意，请抓紧")]
    assert _lines(city, tid) == want
    send(city, county)
    assert _lines(county, tid) == want
    send(county, city)                               # the mirrored verdict back up: still one line
    assert _lines(city, tid) == want


def test_refused_request_says_so(asked):
    city, county, send, tid, rid = asked
    sync.answer_extension(city, rid, grant=False, answer="请按期完成")
    want = [("延期申请（未同意）", "2024年9月30日前 → 2024年12月31日前；理由：用地审批延迟；批复：请按期完成")]
    assert _lines(city, tid) == want
    send(city, county)
    assert _lines(county, tid) == want


def test_the_owners_own_postponement_is_still_a_plain_line(asked):
    city, county, send, tid, rid = asked
    own = tasks.add_task(city, title="市里自己的任务", due="2024-08-31", today=TODAY).id
    tasks.postpone(city, own, due="2024-10-31", reason="市里自己调整", today=TODAY)
    assert _lines(city, own) == [("延期", "2024-08-31 → 2024-10-31；理由：市里自己调整")]
