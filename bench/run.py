"""Run every benchmark (bench_*.py) and print its figures: `.venv/bin/python bench/run.py [name ...]`."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if any(n in s.stem for n in names)]
    failed = 0
    for script in scripts:
        print(f"== {script.stem} ==", flush=True)
        failed |= subprocess.call([sys.executable, str(script)], cwd=HERE.parent) != 0
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
