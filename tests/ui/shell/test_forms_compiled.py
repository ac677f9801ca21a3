"""The committed kydesk/ui/forms/ui_*.py match forms/*.ui (nobody hand-edits generated code)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "scripts" / "compile_forms.py")
compile_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_forms)


def _code(text: str) -> list[str]:
    # the uic banner names its own version; compare the code only
    return [line.rstrip().rstrip(";") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("ui", sorted((ROOT / "forms").glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(ui):
    generated = ROOT / "kydesk" / "ui" / "forms" / f"ui_{ui.stem}.py"
    assert generated.exists(), f"run scripts/compile_forms.py for {ui.name}"
    assert _code(generated.read_text(encoding="utf-8")) == _code(compile_forms.compile_one(ui))
