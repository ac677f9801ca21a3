# Windows 10/11 (PowerShell): set up .venv and open the window on the embedded demo database.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --require-hashes -r requirements-test.lock   # what CI tested
.venv\Scripts\python.exe -m pip install -q --no-deps -e .
.venv\Scripts\python.exe -m kydesk gui --demo
