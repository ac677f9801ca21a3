"""The PyInstaller bundle without building it: build.spec's choices, and kydesk.paths as a frozen program sees it.

Building takes half a minute and PyInstaller itself, so CI checks what a build depends on instead; the real
build and its smoke checks are `scripts/build.sh --check`.
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kydesk import paths

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


@pytest.fixture(scope="module")
def spec():
    """build.spec run as PyInstaller would, minus the build (no Analysis in its namespace)."""
    namespace = {"SPECPATH": str(ROOT), "__name__": "build_spec"}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def test_spec_builds_two_programs_into_one_folder():
    calls = [node for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]
    programs = {}
    for call in (c for c in calls if c.func.id == "EXE"):
        kws = {kw.arg: kw.value for kw in call.keywords}
        programs[ast.literal_eval(kws["name"])] = ast.literal_eval(kws["console"])
    assert programs == {"kydesk": False, "kydesk-cli": True}   # the window without a console, scripts with one
    (collect,) = [c for c in calls if c.func.id == "COLLECT"]
    assert [a.id for a in collect.args[:2]] == ["gui", "cli"], "both programs must share one COLLECT"


def test_data_folders_exist_and_travel(spec):
    dests = {dest for _, dest in spec["datas"]}
    assert dests == {"forms", "reports", "resources", "docx/templates"}      # python-docx's own templates
    for src, _ in spec["datas"]:
        assert Path(src).is_dir()
    assert (ROOT / "resources" / "demo" / "demo.json").is_file()
    assert list((ROOT / "reports").glob("*.json"))


def test_every_kydesk_module_is_a_hidden_import(spec):
    hidden = set(spec["hiddenimports"])
    for file in (ROOT / "kydesk").rglob("*.py"):
        name = ".".join(file.relative_to(ROOT).with_suffix("").parts)
        assert name.removesuffix(".__init__") in hidden, name
    from kydesk.ui.main_window import VIEWS  # views are imported by name

    for key, _ in VIEWS:
        assert f"kydesk.ui.views.{key}" in hidden
    assert {"kydesk.ui.meetings.print_panel", "_cffi_backend"} <= hidden


def test_no_excluded_module_is_imported_by_kydesk(spec):
    excluded = set(spec["excludes"])
    pattern = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.M)
    for file in (ROOT / "kydesk").rglob("*.py"):
        for module in pattern.findall(file.read_text(encoding="utf-8")):
            parents = {".".join(module.split(".")[:i]) for i in range(1, module.count(".") + 2)}
            assert not parents & excluded, f"{file.relative_to(ROOT)} imports {module}, which build.spec excludes"


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/imageformats/libqico.so", True),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\plugins\\printsupport\\windowsprintersupport.dll", True),
    ("PySide6\\opengl32sw.dll", False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6\\translations\\qt_zh_CN.qm", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("reports/minutes.json", True),
    ("somepackage/plugins/x/thing.so", True),
    ("pypdfium2_raw/libpdfium.so", True),
    # the CUPS client and the TLS/Kerberos stack only it brings: the system's (build.spec SYSTEM_LIBS)
    ("libcups.so.2", False),
    ("libgnutls.so.30", False),
    ("libkrb5.so.3", False),
    ("libunistring.so.5", False),
    # what must travel: OpenSSL 3 for hashlib (UOS 20 has 1.1), SQLite, Python, Qt's own
    ("libcrypto.so.3", True),
    ("libsqlite3.so.0", True),
    ("libpython3.11.so.1.0", True),
    ("libdbus-1.so.3", True),
])
def test_bundle_file_filter(spec, dest, kept):
    assert spec["keep_file"](dest) is kept


def test_modules_nothing_uses_stay_out(spec):
    assert {"readline", "PIL._imagingcms", "PIL.ImageCms", "tkinter", "pytest"} <= set(spec["excludes"])


def test_build_script_fails_a_bundle_over_150_mb():
    text = (ROOT / "scripts" / "build.sh").read_text(encoding="utf-8")
    assert "MAX_MB=${KYDESK_MAX_MB:-150}" in text and 'du -sm "$BUNDLE"' in text


def test_plugin_filter_used_before_dependency_analysis(spec):
    assert spec["keep_qt_plugin"]("platforms", "/venv/PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not spec["keep_qt_plugin"]("platformthemes", "/venv/PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not spec["keep_qt_plugin"]("egldeviceintegrations", "libqeglfs-x11-integration.so")


def test_build_scripts_exist():
    # Windows PowerShell 5.1 reads a script without BOM in the ANSI code page: keep it ASCII
    (ROOT / "scripts" / "build.ps1").read_bytes().decode("ascii")
    script = ROOT / "scripts" / "build.sh"
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", str(script)], check=True)


# --- kydesk.paths in a frozen program ----------------------------------------------------------------------

@pytest.fixture
def frozen(tmp_path, monkeypatch):
    """A one-folder bundle layout: tmp/kydesk/kydesk-cli with its files in tmp/kydesk/_internal."""
    app = tmp_path / "kydesk"
    internal = app / "_internal"
    internal.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "kydesk-cli"))
    monkeypatch.delenv("KYDESK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))
    return app


def test_frozen_finds_bundled_folders_in_meipass(frozen):
    internal = frozen / "_internal"
    assert paths.program_dir() == frozen
    assert paths.bundle_dir() == internal
    assert paths.resources_dir() == internal / "resources"
    assert paths.forms_dir() == internal / "forms"
    assert paths.reports_dir() == internal / "reports"


def test_print_layouts_found_in_meipass_too(frozen, monkeypatch):
    from kydesk.printing import layout

    monkeypatch.delenv("KYDESK_REPORTS_DIR", raising=False)
    assert layout.reports_dir() == frozen / "_internal" / "reports"
    assert layout.resources_dir() == frozen / "_internal" / "resources"


def test_frozen_without_data_folder_uses_the_user_folder(frozen, tmp_path):
    assert not paths.portable()
    base = tmp_path / ("appdata" if sys.platform.startswith("win") else "xdg")
    assert paths.default_db_path() == base / "kydesk" / "kydesk.db"


def test_data_folder_beside_the_program_makes_it_portable(frozen):
    (frozen / "data").mkdir()
    assert paths.portable()
    assert paths.data_dir() == frozen / "data"
    assert paths.default_db_path() == frozen / "data" / "kydesk.db"
    assert paths.backups_dir(paths.default_db_path()) == (frozen / "data" / "backups").resolve()


def test_kydesk_db_overrides_portable(frozen, monkeypatch, tmp_path):
    (frozen / "data").mkdir()
    monkeypatch.setenv("KYDESK_DB", str(tmp_path / "elsewhere.db"))
    assert paths.default_db_path() == tmp_path / "elsewhere.db"


def test_portable_found_through_a_symlink(frozen, tmp_path, monkeypatch):
    (frozen / "data").mkdir()
    (frozen / "kydesk-cli").write_bytes(b"")
    link = tmp_path / "bin" / "kydesk-cli"
    link.parent.mkdir()
    try:
        link.symlink_to(frozen / "kydesk-cli")
    except OSError:
        pytest.skip("no symlinks here")
    monkeypatch.setattr(sys, "executable", str(link))
    assert paths.data_dir() == frozen / "data"


def test_source_tree_is_never_portable(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.bundle_dir() == ROOT
    assert paths.resources_dir() == ROOT / "resources"
    assert not paths.portable()


def test_bundled_files_are_found_only_through_paths_modules():
    """A module reading a file next to its own source would break in the bundle: go through kydesk.paths."""
    allowed = {Path("kydesk/paths.py"), Path("kydesk/printing/layout.py")}
    offenders = [
        str(file.relative_to(ROOT)) for file in (ROOT / "kydesk").rglob("*.py")
        if "__file__" in file.read_text(encoding="utf-8") and file.relative_to(ROOT) not in allowed
        and file.parent.name != "forms"
    ]
    assert offenders == []
