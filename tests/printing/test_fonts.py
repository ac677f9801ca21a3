"""Fonts by role: the PC's TrueType Chinese fonts, overrides, skipping CFF fonts, the STSong-Light fallback."""
from __future__ import annotations

import shutil
import struct
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfbase import pdfmetrics

from kydesk.domain.models import Meeting
from kydesk.printing import fontcache
from kydesk.printing import fonts as fonts_mod
from kydesk.printing.fonts import FALLBACK_FONT, ROLES, resolve_fonts
from kydesk.printing.layout import load_layout
from kydesk.printing.minutes import MinutesLayout
from kydesk.printing.output import write_pdf
from kydesk.printing.sfnt import read_face, read_faces


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """No bundled fonts and an empty override folder; the cache cleared before and after."""
    empty = tmp_path / "bundle"
    (empty / "fonts").mkdir(parents=True)
    monkeypatch.setattr(fonts_mod, "resources_dir", lambda: empty)
    monkeypatch.delenv("KYDESK_FONT_DIR", raising=False)
    monkeypatch.setattr(fontcache, "_dir", None)            # no choice remembered by an earlier test
    fonts_mod._resolve.cache_clear()
    yield tmp_path
    fonts_mod._resolve.cache_clear()


def system_font(role: str = "heiti") -> str:
    found = resolve_fonts()
    if found.fallback:
        pytest.skip("no Chinese TrueType font installed on this machine")
    return found.files[role]


def link(source: Path, target: Path) -> None:
    try:
        target.symlink_to(source)
    except OSError:                                       # Windows without the symlink privilege
        shutil.copyfile(source, target)


def fake_cff_font(path: Path) -> Path:
    """An OpenType file whose outlines are CFF (like Noto Sans CJK / Source Han)."""
    tables = [b"CFF ", b"head"]
    data = b"OTTO" + struct.pack(">HHHH", len(tables), 32, 1, 0)
    for _i, tag in enumerate(tables):
        data += tag + struct.pack(">III", 0, 12 + 16 * len(tables), 4)
    path.write_bytes(data + b"\0" * 64)
    return path


def test_every_role_resolves_to_a_registered_font():
    found = resolve_fonts()
    assert set(found.names) == set(ROLES) == set(found.files)
    registered = pdfmetrics.getRegisteredFontNames()
    for role in ROLES:
        assert found.names[role] in registered
        assert found.files[role] == FALLBACK_FONT or Path(found.files[role]).is_file()
    assert resolve_fonts() is found                       # cached
    assert (found.warning is None) == (not found.fallback)


def test_cff_fonts_are_recognised_and_skipped(tmp_path):
    cff = fake_cff_font(tmp_path / "NotoSansCJK-Regular.otf")
    face = read_face(cff)
    assert face is not None and not face.truetype
    found = resolve_fonts(role_files={"heiti": str(cff)})
    assert found.files["heiti"] != str(cff)


def test_broken_font_file_is_skipped(tmp_path):
    bad = tmp_path / "simhei.ttf"
    bad.write_bytes(b"\x00\x01\x00\x00" + b"\x00" * 40)
    found = resolve_fonts(role_files={"heiti": str(bad)})
    assert found.files["heiti"] != str(bad)


def test_no_usable_font_falls_back_to_stsong_and_says_what_to_install(fresh):
    found = resolve_fonts(search_system=False)
    assert set(found.files.values()) == {FALLBACK_FONT}
    assert found.fallback and "simfang.ttf" in found.warning and "仿宋" in found.warning
    # … and the 纪要 still prints with it
    m = Meeting(id="m", title="康养专班推进会纪要", date=date(2024, 7, 5), number=1,
                summary="会议听取了各单位工作汇报，研究部署了下一步工作。")
    pages = MinutesLayout(m, load_layout("minutes"), found, org_name="商洛市康养专班").pages()
    out = write_pdf(fresh / "fallback.pdf", pages)
    with pdfplumber.open(out) as doc:
        assert "会议听取了各单位工作汇报" in doc.pages[0].extract_text()


def test_override_folder_and_role_named_file(fresh, monkeypatch):
    source = Path(system_font("kaiti"))
    folder = fresh / "myfonts"
    folder.mkdir()
    link(source, folder / f"fangsong{source.suffix}")
    monkeypatch.setenv("KYDESK_FONT_DIR", str(folder))
    found = resolve_fonts(search_system=False)
    assert found.files["fangsong"] == str(folder / f"fangsong{source.suffix}")
    assert found.warning is None


def test_a_missing_role_borrows_another_and_notes_it(fresh, monkeypatch):
    source = Path(system_font("songti"))
    folder = fresh / "only-song"
    folder.mkdir()
    link(source, folder / f"songti{source.suffix}")
    monkeypatch.setenv("KYDESK_FONT_DIR", str(folder))
    found = resolve_fonts(search_system=False)
    assert found.files["fangsong"] == found.files["songti"]
    assert any(note.startswith("未找到仿宋字体") for note in found.notes)


def test_role_files_setting_wins():
    heiti = system_font("heiti")
    found = resolve_fonts(role_files={"songti": heiti})
    assert found.files["songti"] == heiti


def test_fc_list_missing_is_not_an_error(monkeypatch):
    monkeypatch.setattr(fonts_mod.shutil, "which", lambda name: None)
    assert fonts_mod._fontconfig_faces() is None
    assert isinstance(fonts_mod._system_faces(), list)


def test_ttc_faces_carry_family_names():
    path = system_font("heiti")
    faces = read_faces(path)
    assert faces and all(face.families for face in faces)
    if path.lower().endswith(".ttc"):
        assert [f.index for f in faces] == list(range(len(faces)))
