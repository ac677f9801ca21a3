"""The demo's documents written as .docx by the command line, once per module; LibreOffice conversions of them.

LibreOffice is optional: the conversion fixtures skip when `soffice` is not on the machine
(`apt-get install -y libreoffice-writer-nogui` installs it: about 20 s and 293 MB on Debian 12).
"""
import contextlib
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kydesk.cli import main

ORG = "商洛市康养之都建设工作专班"


def run(*argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo city database and its documents as Word files: minutes, record, bulletin (plain and as a 公文),
    督办单 for every red task, 月调度表."""
    # the demo's dates are relative to today: pin the day the assertions were written on, for the whole module
    pinned = os.environ.get("KYDESK_TODAY")
    os.environ["KYDESK_TODAY"] = "2026-12-06"
    folder = tmp_path_factory.mktemp("word")
    db = folder / "demo.db"
    code, _out, err = run("--db", db, "init", "--unit-code", "611000", "--unit-name", ORG, "--level", "city", "--demo")
    assert code == 0, err
    code, out, err = run("--db", db, "meeting", "list", "--json")
    meetings = json.loads(out)
    mid = meetings[0]["id"]
    files = {}
    for name, argv in {"minutes": ["minutes", mid], "record": ["record", mid], "bulletin": ["bulletin", "--period", "2026Q4"],
                       "official": ["bulletin", "--period", "2026Q4", "--official"], "notice": ["notice", "--all-red"],
                       "dispatch": ["dispatch"]}.items():
        files[name] = folder / f"{name}.docx"
        code, out, err = run("--db", db, "report", *argv, "-o", files[name])
        assert code == 0, err
        assert out.strip() == str(files[name])
    yield {"db": db, "folder": folder, "meeting": meetings[0], "files": files, "meetings": meetings}
    if pinned is None:
        os.environ.pop("KYDESK_TODAY", None)
    else:
        os.environ["KYDESK_TODAY"] = pinned


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(files: list[Path], outdir: Path) -> dict[str, Path]:
    """.docx → PDF with LibreOffice (a private profile: other LibreOffice processes are left alone)."""
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = (outdir / "lo-profile").as_uri()
    proc = subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                           str(outdir), *map(str, files)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"})
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if line.strip() and "javaldx" not in line]
    assert not warnings, warnings
    return {f.stem: outdir / f"{f.stem}.pdf" for f in files}


@pytest.fixture(scope="module")
def converted(demo):
    return convert(list(demo["files"].values()), demo["folder"] / "pdf")
