"""The window's print service: builder by kind, and the file name a clerk would choose."""

from kydesk.services import meeting_print
from kydesk.services import meetings as ms


def test_file_names_are_safe_and_say_what_they_hold(db):
    db.set_meta("org_name", "商州区康养专班")
    mid = ms.add_meeting(db, title="第3期", date_="2024-07-05").id
    assert meeting_print.default_file_name(db, mid, "minutes") == "商州区康养专班2024年第1期推进会纪要.pdf"
    assert meeting_print.default_file_name(db, mid, "record").endswith("推进会会议记录.pdf")
    db.set_meta("org_name", "商州区/康养专班")
    assert "/" not in meeting_print.default_file_name(db, mid, "minutes")


def test_build_writes_the_pdf_of_either_kind_and_changes_nothing(db, tmp_path):
    mid = ms.add_meeting(db, title="推进会", date_="2024-07-05").id
    ms.decide(db, mid, text="完成项目清单", due="7月底前")
    before = db.site_seq
    for kind in ("minutes", "record"):
        result = meeting_print.build(db, kind, mid, tmp_path / f"{kind}.pdf")
        assert result.pages >= 1 and (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
    assert db.site_seq == before
