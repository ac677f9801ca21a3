"""The dependency rule of DESIGN.md, enforced by walking every import (ast)."""
import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "kydesk"

# which of our layers each layer may import; third-party rules below
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    "sync": {"domain", "store", "sync"},
    "printing": {"domain", "printing", "paths"},
    "xlsx": {"domain", "xlsx"},
    "services": {"domain", "store", "sync", "printing", "xlsx", "services", "paths"},
    "ui": {"domain", "services", "ui", "paths", "logs"},
    # not "cli": cli imports the commands (their shared parser and db_path live in commands.base)
    "commands": {"domain", "services", "commands", "paths", "ui", "logs"},
}


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def _layer(path):
    rel = path.relative_to(PKG).parts
    return rel[0] if len(rel) > 1 else path.stem


def test_layers_import_only_downwards():
    bad = []
    for path in PKG.rglob("*.py"):
        layer = _layer(path)
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "kydesk" and len(parts) > 1:
                target = parts[1]
                if target == "__init__" or (len(parts) == 2 and target in ("__version__",)):
                    continue
                if target == "ui" and layer != "ui" and not (layer == "commands" and path.stem == "admin"):
                    bad.append(f"{path.relative_to(PKG)} imports {name}: nothing imports ui")
                elif layer in ALLOWED and target not in ALLOWED[layer] and target != "__init__":
                    bad.append(f"{path.relative_to(PKG)} ({layer}) imports {name}")
            elif parts[0] == "PySide6" and layer != "ui":
                bad.append(f"{path.relative_to(PKG)}: only ui imports PySide6")
            elif parts[0] == "sqlite_utils" and layer != "store":
                bad.append(f"{path.relative_to(PKG)}: only store imports sqlite_utils")
            elif parts[0] == "reportlab" and layer != "printing":
                bad.append(f"{path.relative_to(PKG)}: only printing imports reportlab")
    assert not bad, "\n".join(bad)


def test_widgets_never_run_sql():
    offenders = []
    for path in (PKG / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in ("SELECT ", "INSERT ", "UPDATE ", ".execute(", "conn."):
            if needle in text:
                offenders.append(f"{path.relative_to(PKG)}: {needle.strip()}")
    assert not offenders, "\n".join(offenders)


def test_services_run_no_sql():
    """Only kydesk/store talks SQL; services call named store functions. The one exception: the integrity
    and foreign-key PRAGMA checks of services/maintenance.py, which are the use case itself."""
    offenders = []
    for path in sorted((PKG / "services").glob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if path.name == "maintenance.py" and "PRAGMA" in line:
                continue
            for needle in (".execute(", ".query(", "conn.", "executemany"):
                if needle in line:
                    offenders.append(f"services/{path.name}:{n}: {needle} — move it into a kydesk/store function")
    assert not offenders, "\n".join(offenders)
