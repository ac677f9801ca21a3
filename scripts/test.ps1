# Windows 10/11 (PowerShell): set up .venv and run the whole test suite offscreen.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --require-hashes -r requirements-test.lock   # what CI tested
.venv\Scripts\python.exe -m pip install -q --no-deps -e .
$env:QT_QPA_PLATFORM = "offscreen"
.venv\Scripts\python.exe -m pytest -q
