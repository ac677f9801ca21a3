"""The dependency floors and lock files agree with pyproject.toml, so what CI tests is what the bundle ships.

constraints/floors.txt pins each ">=" bound (scripts/check-floors.sh runs the suite there); the test and
build locks repeat the runtime lock's pins exactly (scripts/lock.sh makes them so; an edit by hand shows).
"""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _version(text: str) -> tuple[int, ...]:
    parts = [int(p) for p in text.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def _requirements(block: str) -> dict[str, str]:
    """name -> its ">=" bound, from the quoted requirements in a pyproject list."""
    out = {}
    for req in re.findall(r'"([A-Za-z0-9_.-]+[^"]*)"', block):
        m = re.match(r"([A-Za-z0-9_.-]+)\s*>=\s*([0-9.]+)", req)
        assert m, f"every dependency has a floor: {req}"
        out[_norm(m[1])] = m[2]
    return out


def _block(start: str) -> str:
    i = PYPROJECT.index(start)
    return re.sub(r"#.*", "", PYPROJECT[i:PYPROJECT.index("]", i)])      # comments quote words too


def _pins(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", path.read_text(encoding="utf-8"), re.M):
        out.setdefault(_norm(name), set()).add(version)
    return out


def test_floors_file_pins_every_floor_of_pyproject():
    wanted = _requirements(_block("dependencies = [")) | _requirements(_block("test = ["))
    floors = {_norm(n): v for n, v in re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", (ROOT / "constraints" / "floors.txt")
                                                  .read_text(encoding="utf-8"), re.M)}
    assert set(floors) == set(wanted)
    for name, bound in wanted.items():
        assert _version(floors[name]) == _version(bound), f"{name}: floors.txt {floors[name]}, pyproject >={bound}"


def test_locks_pin_everything_with_hashes_and_agree_on_the_runtime_packages():
    runtime = _pins(ROOT / "requirements.lock")
    for dep in _requirements(_block("dependencies = [")):
        assert dep in runtime, f"{dep} missing from requirements.lock (run scripts/lock.sh)"
    for name in ("requirements-test.lock", "requirements-build.lock"):
        text = (ROOT / name).read_text(encoding="utf-8")
        pins = _pins(ROOT / name)
        for dep, versions in runtime.items():
            assert pins.get(dep) == versions, f"{name}: {dep} {pins.get(dep)} but requirements.lock has {versions}"
        # every pin carries hashes (pip --require-hashes refuses the file otherwise)
        assert text.count("==") <= text.count("--hash=sha256:")
    assert "pyinstaller" in _pins(ROOT / "requirements-build.lock")
    assert {"pytest", "ruff", "mypy"} <= set(_pins(ROOT / "requirements-test.lock"))


def test_setup_and_build_scripts_install_from_the_locks():
    for script, lock in (("setup.sh", "requirements-test.lock"), ("test.ps1", "requirements-test.lock"),
                         ("build.sh", "requirements-build.lock"), ("build.ps1", "requirements-build.lock")):
        text = (ROOT / "scripts" / script).read_text(encoding="utf-8")
        assert f"--require-hashes -r {lock}" in text, script
        assert '".[' not in text, f"{script} must not resolve dependencies afresh"
