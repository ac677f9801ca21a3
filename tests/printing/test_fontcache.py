"""Fonts remembered across processes: the parsed tables and the choice by role, keyed by path, size and time."""
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from kydesk.printing import fontcache
from kydesk.printing.fonts import resolve_fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def font_file():
    found = resolve_fonts()
    if found.fallback:
        pytest.skip("no Chinese TrueType font installed on this machine")
    return found.files["heiti"], found.indexes.get("heiti", 0)


def test_a_cached_font_measures_and_embeds_like_a_parsed_one(tmp_path, monkeypatch, font_file):
    path, index = font_file
    monkeypatch.setattr(fontcache, "_dir", tmp_path / "cache")
    parsed = fontcache.load_font("KY-test-parsed", path, index)           # parsed, then kept
    assert list((tmp_path / "cache").glob("*.fontcache"))
    cached = fontcache.load_font("KY-test-cached", path, index)           # read back
    assert type(cached.face).__name__ == "_CachedFace"
    text = "康养之都建设2024年GDP，。"
    assert cached.stringWidth(text, 16) == pytest.approx(parsed.stringWidth(text, 16))
    pdfmetrics.registerFont(cached)
    out = tmp_path / "c.pdf"
    c = Canvas(str(out), initialFontName="KY-test-cached")
    c.setFont("KY-test-cached", 16)
    c.drawString(72, 700, text)
    c.save()
    with pdfplumber.open(out) as pdf:
        assert pdf.pages[0].extract_text() == text
    assert b"/FontFile2" in out.read_bytes()                                # embedded subset


def test_a_changed_font_file_is_parsed_again(tmp_path, monkeypatch, font_file):
    path, index = font_file
    copy = tmp_path / Path(path).name
    copy.write_bytes(Path(path).read_bytes())
    monkeypatch.setattr(fontcache, "_dir", tmp_path / "cache")
    fontcache.load_font("KY-test-a", str(copy), index)
    os.utime(copy, ns=(1_000_000_000, 1_000_000_000))                       # "replaced": another time
    assert type(fontcache.load_font("KY-test-b", str(copy), index).face).__name__ == "TTFontFace"
    assert type(fontcache.load_font("KY-test-c", str(copy), index).face).__name__ == "_CachedFace"


def test_a_doctored_cache_file_is_refused_not_run(tmp_path, monkeypatch, font_file):
    import pickle

    path, index = font_file
    monkeypatch.setattr(fontcache, "_dir", tmp_path / "cache")
    fontcache.load_font("KY-test-d", path, index)
    target = next((tmp_path / "cache").glob("*.fontcache"))
    target.write_bytes(pickle.dumps((fontcache._key(path, index), {"x": os.system}, {})))
    font = fontcache.load_font("KY-test-e", path, index)
    assert type(font.face).__name__ == "TTFontFace"                         # parsed again, nothing loaded


def test_the_choice_is_remembered_by_the_next_process(tmp_path):
    code = ("import sys, json; from kydesk.printing import fonts, fontcache;"
            "fontcache.set_cache_dir(sys.argv[1]); f = fonts.resolve_fonts();"
            "print(json.dumps([f.files, fontcache.remembered_choice is not None]))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "choice.json").exists()
    second = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, env=env)
    assert second.stdout == first.stdout
