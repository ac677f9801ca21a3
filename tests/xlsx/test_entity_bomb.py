"""An XML entity bomb ("billion laughs": ten nested entities that would expand to ~3 GB) inside a clerk's .xlsx
is refused quickly, in bounded memory, with a Chinese message naming the file and sheet, and nothing changes.

The import reads with python-calamine, whose XML reader does not expand DTD entities; openpyxl (which writes
our exports, and reads them back in tests) parses through defusedxml, which forbids entity declarations:
that is why defusedxml is a dependency (see pyproject.toml)."""
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]
BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10))
                  + "]>")
GIB = 1024 ** 3


def _bomb(path: Path) -> Path:
    """A real workbook (sheet 台账, a ledger header) whose sheet XML declares the bomb and uses it in a cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["序号", "任务名称", "牵头单位", "时限"])
    ws.append([1, "BOOM", "区民政局", "7月底前"])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                assert ">BOOM<" in text
                if text.startswith("<?xml"):
                    head, rest = text.split("?>", 1)
                    text = head + "?>" + BILLION_LAUGHS + rest
                else:
                    text = BILLION_LAUGHS + text
                data = text.replace(">BOOM<", ">&lol9;<").encode("utf-8")
            z.writestr(name, data)
    return path


def _limited():
    """The child may use at most 2 GiB of address space: expanding the bomb would need more."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * GIB, 2 * GIB))


def _kydesk(*argv, limit=False):
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "kydesk", *argv], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=60, preexec_fn=_limited if limit and sys.platform != "win32" else None)


def test_import_refuses_an_entity_bomb_quickly_and_changes_nothing(tmp_path):
    db = tmp_path / "k.db"
    assert _kydesk("--db", str(db), "init", "--unit-code", "611002", "--unit-name", "商州区康养专班").returncode == 0
    bomb = _bomb(tmp_path / "炸弹台账.xlsx")
    proc = _kydesk("--db", str(db), "xlsx", "import", str(bomb), "--year", "2024", limit=True)   # 60 s, 2 GiB
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr.startswith("错误：无法读取表格") and "炸弹台账.xlsx" in proc.stderr and "“台账”" in proc.stderr
    assert "Traceback" not in proc.stderr
    listed = _kydesk("--db", str(db), "task", "list", "--json")
    assert json.loads(listed.stdout) == []


def test_openpyxl_refuses_it_through_defusedxml(tmp_path):
    from defusedxml import EntitiesForbidden

    bomb = _bomb(tmp_path / "bomb.xlsx")
    with pytest.raises(ValueError) as e:
        openpyxl.load_workbook(bomb)
    assert isinstance(e.value.__cause__, EntitiesForbidden)
