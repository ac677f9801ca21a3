"""Compile forms/*.ui into kydesk/ui/forms/ui_*.py with pyside6-uic (run after editing a form).

The generated modules are committed so the app and the bundle need no uic at run time; a test checks
they match their .ui files.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kydesk" / "ui" / "forms"


def uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else "pyside6-uic"


def compile_one(ui: Path) -> str:
    return subprocess.run([uic(), "--from-imports", str(ui)], check=True, capture_output=True, text=True).stdout


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "__init__.py").write_text('"""Generated from forms/*.ui by scripts/compile_forms.py: do not edit."""\n',
                                     encoding="utf-8")
    for ui in sorted((ROOT / "forms").glob("*.ui")):
        (OUT / f"ui_{ui.stem}.py").write_text(compile_one(ui), encoding="utf-8")
        print(f"{ui.name} -> ui_{ui.stem}.py")


if __name__ == "__main__":
    main()
