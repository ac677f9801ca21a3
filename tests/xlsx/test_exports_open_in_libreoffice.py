"""The streamed ledger (rows spliced in as XML) opens in LibreOffice like any workbook: headless conversion to
PDF succeeds and the text is there (skipped where LibreOffice is not installed)."""
import shutil
import subprocess

import pytest

from kydesk.services import tasks
from kydesk.services.spreadsheets import export_xlsx
from tests.conftest import TODAY


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_exported_ledger(db, tmp_path):
    tasks.add_task(db, title="建设康养小镇", section="一、规划提升工作", lead_unit="民政局", due="9月底前", today=TODAY)
    tasks.add_task(db, title='=HYPERLINK("http://x.invalid","x")', lead_unit="文旅局", start="2024-03-01",
                   due="2024年12月31日", today=TODAY)
    out = tmp_path / "ledger.xlsx"
    export_xlsx(db, out, today=TODAY)
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                           "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "csv"), str(out)], capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "csv" / "ledger.csv").read_bytes().decode("utf-8", "replace")
    assert "建设康养小镇" in text and "一、规划提升工作" in text
    assert '=HYPERLINK("http://x.invalid","x")' in text.replace('""', '"')     # text, not a formula's value
    assert "2024-03-01" in text or "03/01/24" in text or "2024/3/1" in text
