"""The print fonts a clerk picks in 设置 are the ones embedded in the PDFs."""
import subprocess
from datetime import date
from pathlib import Path

import pytest

from kydesk.services import meetings, reports, settings

ZENHEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


@pytest.mark.skipif(not ZENHEI.exists(), reason="needs fonts-wqy-zenhei (installed by scripts/setup.sh)")
def test_chosen_font_file_is_embedded(db, tmp_path):
    mid = meetings.add_meeting(db, title="第一次推进会", date_=date(2024, 7, 5)).id
    meetings.set_summary(db, mid, "会议研究了康养产业项目推进工作。")
    settings.save_settings(db, font_fangsong=str(ZENHEI))
    try:
        out = reports.minutes_pdf(db, mid, tmp_path / "m.pdf").path
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
        assert "ZenHei" in fonts
    finally:
        settings.save_settings(db, font_fangsong="")
    out = reports.minutes_pdf(db, mid, tmp_path / "m2.pdf").path
    assert "ZenHei" not in subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout


def test_a_missing_font_file_is_refused_in_place(db):
    from kydesk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as e:
        settings.save_settings(db, font_heiti="C:/Windows/Fonts/nope.ttf")
    assert e.value.field == "font_heiti" and "nope.ttf" in str(e.value)
