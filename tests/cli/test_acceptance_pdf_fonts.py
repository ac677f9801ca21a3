"""Acceptance: every PDF `report ...` writes lists only embedded fonts (DESIGN.md "always embedded as a subset";
pdffonts must show emb=yes on every line, no stray unembedded Helvetica from reportlab's page preamble)."""
import json

import pytest
from pypdf import PdfReader

from kydesk.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def unembedded_fonts(path) -> set[str]:
    missing = set()
    for page in PdfReader(path).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for child in font.get("/DescendantFonts", []):
                descriptors.append(child.get_object().get("/FontDescriptor"))
            embedded = any(d is not None and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                           for d in descriptors)
            if not embedded and font.get("/BaseFont") != "/STSong-Light":   # the documented last resort
                missing.add(str(font.get("/BaseFont")))
    return missing


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "c.db"
    assert main(["--db", str(path), "init", "--unit-code", "6103", "--unit-name", "宝鸡市", "--level", "city",
                 "--demo"]) == 0
    return path


@pytest.mark.parametrize("argv", [
    ["report", "warroom"], ["report", "warroom", "--paper", "A4"], ["report", "notice", "{t}", "--force"],
    ["report", "assessment", "--year", "2025"], ["report", "bulletin", "--period", "2025Q2"],
    ["report", "dispatch"], ["report", "minutes", "{m}"], ["report", "record", "{m}"],
], ids=lambda a: " ".join(a[1:]))
def test_every_font_of_every_report_is_embedded(demo, tmp_path, capsys, monkeypatch, argv):
    monkeypatch.setenv("KYDESK_TODAY", "2025-06-15")
    _, out, _ = run(capsys, "--db", demo, "meeting", "list", "--json")
    meeting = json.loads(out)[0]["id"]
    _, out, _ = run(capsys, "--db", demo, "task", "list", "--status", "active", "--json")
    task = json.loads(out)[0]["id"]
    pdf = tmp_path / "out.pdf"
    code, out, err = run(capsys, "--db", demo, *[a.format(m=meeting, t=task) for a in argv], "-o", pdf)
    assert code == 0, err
    assert unembedded_fonts(pdf) == set()


def test_notice_for_a_done_task_says_so_once(demo, capsys, tmp_path):
    _, out, _ = run(capsys, "--db", demo, "task", "list", "--status", "done", "--json")
    done = json.loads(out)[0]
    code, _, err = run(capsys, "--db", demo, "report", "notice", done["id"], "--force", "-o", tmp_path / "n.pdf")
    assert code == 1 and "已完成" in err and "已已" not in err
    assert not (tmp_path / "n.pdf").exists()


def test_assessment_of_an_empty_year_prints(tmp_path, capsys):
    db = tmp_path / "e.db"
    assert main(["--db", str(db), "init", "--unit-code", "610302", "--unit-name", "渭滨区"]) == 0
    for out in ("a.pdf", "a.docx", "a.xlsx"):
        code, _, err = run(capsys, "--db", db, "report", "assessment", "--year", "2025", "-o", tmp_path / out)
        assert code == 0, err
    assert unembedded_fonts(tmp_path / "a.pdf") == set()
