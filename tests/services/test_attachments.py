"""佐证材料 kept with the rows they prove: one copy per content, limits refused before any write, bytes that
come back exactly, damage found by `check`."""
import os
from datetime import date

import pytest
from PIL import Image

from kydesk.domain.attachments import safe_name
from kydesk.domain.errors import KydeskError, ValidationError
from kydesk.services import attachments, maintenance, tasks

DAY = date(2024, 7, 15)


@pytest.fixture
def task_id(db):
    return tasks.add_task(db, title="推进市博物馆项目建设", due="9月底前", lead_unit="商州区文旅局", today=DAY).id


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def count(db, table):
    return db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_progress_with_files_keeps_the_bytes_once_and_lists_them(db, task_id, tmp_path):
    photo = write(tmp_path / "主体封顶.jpg", os.urandom(300_000))
    contract = write(tmp_path / "合同.pdf", b"%PDF-1.4 contract")
    tasks.add_progress(db, task_id, text="主体已封顶", percent=60, on=DAY, today=DAY, attach=[photo, contract])
    tasks.add_progress(db, task_id, text="再次报送同一照片", on=DAY, today=DAY, attach=[photo])

    detail = tasks.task_detail(db, task_id, today=DAY)
    first, second = detail["progress"]
    assert [a["name"] for a in first["attachments"]] == ["主体封顶.jpg", "合同.pdf"]
    assert first["attachments"][0]["size"] == 300_000 and len(first["attachments"][0]["sha256"]) == 64
    assert second["attachments"][0]["sha256"] == first["attachments"][0]["sha256"]
    assert count(db, "blob") == 2                                   # the photo is stored once

    out = tmp_path / "out"
    written = attachments.export_task(db, task_id, out)
    names = sorted(p.name for p in written)
    assert names == ["2024-07-15 主体封顶(2).jpg", "2024-07-15 主体封顶.jpg", "2024-07-15 合同.pdf"]
    assert (out / "2024-07-15 主体封顶.jpg").read_bytes() == photo.read_bytes()


def test_a_file_over_the_limit_is_refused_with_its_size_and_nothing_is_written(db, task_id, tmp_path):
    big = tmp_path / "航拍.mp4"
    with open(big, "wb") as fh:                     # sparse: 1 GB on paper, never read into memory
        fh.truncate(1024 ** 3)
    before = count(db, "progress"), count(db, "blob_chunk")
    with pytest.raises(ValidationError, match=r"航拍\.mp4.*1024\.0 MB.*20 MB"):
        tasks.add_progress(db, task_id, text="航拍视频", on=DAY, today=DAY, attach=[big])
    assert (count(db, "progress"), count(db, "blob_chunk")) == before


def test_a_missing_file_or_a_folder_is_refused_before_the_report_is_saved(db, task_id, tmp_path):
    with pytest.raises(ValidationError, match="找不到要附加的文件"):
        tasks.add_progress(db, task_id, text="进展", on=DAY, today=DAY, attach=[tmp_path / "没有.jpg"])
    with pytest.raises(ValidationError, match="不是普通文件"):
        tasks.add_progress(db, task_id, text="进展", on=DAY, today=DAY, attach=[tmp_path])
    assert count(db, "progress") == 0


def test_an_image_is_reduced_only_when_asked(db, task_id, tmp_path):
    photo = tmp_path / "现场.png"
    Image.new("RGB", (3000, 1500), (200, 30, 30)).save(photo)
    tasks.add_progress(db, task_id, text="现场照片", on=DAY, today=DAY, attach=[photo])
    tasks.add_progress(db, task_id, text="压缩后的现场照片", on=DAY, today=DAY, attach=[photo], reduce_images=True)
    kept, reduced = attachments.of_task(db, task_id)
    assert kept.name == "现场.png" and kept.size == photo.stat().st_size
    assert reduced.name == "现场.jpg"
    copy = attachments.save_copy(db, reduced.id, tmp_path / "copy.jpg")
    with Image.open(copy) as im:
        assert max(im.size) == 2000 and im.format == "JPEG"


def test_names_from_elsewhere_are_never_paths():
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Windows\\CON.txt") == "_CON.txt"
    assert safe_name("nul") == "_nul"
    assert safe_name('a<b>:c"|?*.pdf') == "a_b__c____.pdf"
    long = safe_name("很" * 300 + ".jpg")
    assert long.endswith(".jpg") and len(long.encode("utf-8")) <= 200
    assert safe_name("...") == "附件"


def test_delete_is_a_tombstone_and_can_be_undone(db, task_id, tmp_path):
    tasks.add_progress(db, task_id, text="进展", on=DAY, today=DAY, attach=[write(tmp_path / "a.txt", b"a")])
    [a] = attachments.of_task(db, task_id)
    attachments.delete(db, a.id)
    assert attachments.of_task(db, task_id) == []
    assert db.conn.execute("SELECT deleted FROM attachment WHERE id = ?", (a.id,)).fetchone()[0] == 1
    attachments.undelete(db, a.id)
    assert [x.name for x in attachments.of_task(db, task_id)] == ["a.txt"]


def test_done_with_evidence_attaches_to_the_task(db, task_id, tmp_path):
    tasks.mark_done(db, task_id, on=DAY, attach=[write(tmp_path / "验收报告.pdf", b"%PDF report")])
    detail = tasks.task_detail(db, task_id, today=DAY)
    assert detail["status"] == "done"
    assert [a["name"] for a in detail["attachments"]] == ["验收报告.pdf"]


def test_check_finds_a_damaged_file(db, task_id, tmp_path):
    tasks.add_progress(db, task_id, text="进展", on=DAY, today=DAY,
                       attach=[write(tmp_path / "照片.jpg", os.urandom(2_500_000))])
    assert maintenance.check(db) == []
    db.conn.execute("UPDATE blob_chunk SET data = zeroblob(length(data)) WHERE n = 1")
    problems = maintenance.check(db)
    assert len(problems) == 1 and "已损坏" in problems[0]


def test_export_refuses_while_a_file_has_not_arrived(db, task_id, tmp_path):
    tasks.add_progress(db, task_id, text="进展", on=DAY, today=DAY, attach=[write(tmp_path / "a.txt", b"a")])
    db.conn.execute("DELETE FROM blob_chunk")      # as if the row came by sync before its file
    db.conn.execute("DELETE FROM blob")
    [a] = attachments.of_task(db, task_id)
    assert not a.present
    with pytest.raises(KydeskError, match="尚未收到"):
        attachments.export_task(db, task_id, tmp_path / "out")
