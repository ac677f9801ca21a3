"""xlsx writers: a progress callback answering False stops the export with a Chinese “已取消，未生成文件”
(a KydeskError), and leaves no file — neither a partial workbook nor a temporary one — while a workbook
already at that path stays as it was; a save that fails half-way leaves nothing behind either."""
import pytest

from kydesk.domain.errors import KydeskError
from kydesk.services import spreadsheets, tasks
from kydesk.xlsx import writer
from tests.conftest import TODAY


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "exports"          # the database lives in tmp_path itself
    out.mkdir()
    return out


@pytest.fixture
def ledger(db):
    for n in range(3):
        tasks.add_task(db, title=f"任务{n}", section="一、规划提升工作", lead_unit="民政局", due="9月底前", today=TODAY)
    return db


@pytest.mark.parametrize("kind", ["ledger", "dispatch", "bulletin"])
def test_cancelling_writes_no_file(ledger, folder, kind):
    out = folder / "导出.xlsx"
    seen = []

    def cancel(done, total):
        seen.append((done, total))
        return False

    with pytest.raises(KydeskError) as e:
        spreadsheets.export_xlsx(ledger, out, kind, today=TODAY, progress=cancel)
    assert isinstance(e.value, spreadsheets.ExportCancelled) and str(e.value) == "已取消，未生成文件"
    assert seen and list(folder.iterdir()) == []


def test_cancelling_keeps_the_file_already_there(ledger, folder):
    out = folder / "台账.xlsx"
    out.write_bytes(b"the clerk's earlier export")
    with pytest.raises(writer.Cancelled):
        spreadsheets.export_xlsx(ledger, out, "ledger", today=TODAY, progress=lambda done, total: False)
    assert out.read_bytes() == b"the clerk's earlier export" and list(folder.iterdir()) == [out]


def test_a_progress_that_goes_on_writes_the_whole_workbook(ledger, folder):
    out = folder / "台账.xlsx"
    seen = []
    spreadsheets.export_xlsx(ledger, out, "ledger", today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert list(folder.iterdir()) == [out] and out.read_bytes()[:2] == b"PK"


def test_a_failed_save_leaves_no_temporary_file(ledger, folder, monkeypatch):
    def broken(wb, path):
        with open(path, "wb") as f:
            f.write(b"PK half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.Workbook, "save", broken)
    with pytest.raises(KydeskError, match="无法写入"):
        spreadsheets.export_xlsx(ledger, folder / "台账.xlsx", "ledger", today=TODAY)
    assert list(folder.iterdir()) == []
