# Windows 10/11 (PowerShell): builds the one-folder bundle dist\kydesk\ (kydesk.exe, the window without a
# console; kydesk-cli.exe, with a console for scripts; both sharing _internal\) from build.spec and prints its size.
#
#   .\scripts\build.ps1 [-Check] [-Dist DIR] [-Work DIR]
#
#   -Check     afterwards run the bundle in a temporary folder: version, init with demo data, task list, minutes
#              and war-chart PDFs, identity card, xlsx export and re-import, a GUI screenshot (offscreen) and
#              portable mode (a data\ folder beside the programs)
#   -Dist DIR  output folder (default dist); -Work DIR PyInstaller's scratch folder (default build\pyinstaller)
#
# The build venv (build\venv, or $env:KYDESK_BUILD_VENV) holds kydesk's runtime packages and PyInstaller only.
# Build with the 64-bit Python the clerks' PCs can run (Python 3.11/3.12 for Windows 10 and 11).
param(
    [switch]$Check,
    [string]$Dist = "dist",
    [string]$Work = "build\pyinstaller"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$venv = if ($env:KYDESK_BUILD_VENV) { $env:KYDESK_BUILD_VENV } else { "build\venv" }
$py = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $py)) {
    py -3 -m venv $venv
    if ($LASTEXITCODE) { throw "could not make the build venv $venv" }
}
# the runtime packages exactly as CI tested them (requirements.lock via requirements-build.lock), PyInstaller
& $py -m pip install -q --require-hashes -r requirements-build.lock
if ($LASTEXITCODE) { throw "pip install failed" }
& $py -m pip install -q --no-deps -e .
if ($LASTEXITCODE) { throw "pip install failed" }

$clock = [Diagnostics.Stopwatch]::StartNew()
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath $Dist --workpath $Work build.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
$secs = [int]$clock.Elapsed.TotalSeconds

$bundle = (Resolve-Path (Join-Path $Dist "kydesk")).Path
$files = Get-ChildItem $bundle -Recurse -File
$mb = [math]::Round(($files | Measure-Object -Property Length -Sum).Sum / 1MB)
Write-Host "bundle: $bundle"
Write-Host "size:   $mb MB in $($files.Count) files (build $secs s)"
if (-not $Check) { exit 0 }

# --- run the bundle ----------------------------------------------------------------------------------------
# kydesk writes its messages to stderr; Windows PowerShell would turn them into errors under "Stop"
$ErrorActionPreference = "Continue"
$T = Join-Path ([IO.Path]::GetTempPath()) ("kydesk-check-" + [Guid]::NewGuid().ToString("N").Substring(0, 8))
New-Item -ItemType Directory $T | Out-Null
$env:APPDATA = Join-Path $T "appdata"          # the user data folder, kept away from the real one
$env:QT_QPA_PLATFORM = "offscreen"
Remove-Item Env:KYDESK_DB -ErrorAction SilentlyContinue
[Console]::OutputEncoding = [Text.Encoding]::UTF8   # the bundle runs in UTF-8 mode
$cli = Join-Path $bundle "kydesk-cli.exe"
$log = Join-Path $T "run.log"
# this file stays ASCII (Windows PowerShell 5.1 reads a script without BOM in the ANSI code page)
$county = -join ([char[]](0x5546, 0x5DDE, 0x533A, 0x5EB7, 0x517B, 0x4E13, 0x73ED))   # Shangzhou district group
$city = -join ([char[]](0x5546, 0x6D1B, 0x5E02, 0x5EB7, 0x517B, 0x4E13, 0x73ED))     # Shangluo city group

function Ok([string]$what) { Write-Host "check:  ok  $what" }
function Fail([string]$what) {
    Write-Host "check:  FAILED: $what"
    if (Test-Path $log) { Get-Content $log | Write-Host }
    Remove-Item $T -Recurse -Force -ErrorAction SilentlyContinue
    exit 1
}
# Invoke-Logged: all output to the log, shown only when the program fails
function Invoke-Logged([string]$exe, [string[]]$arguments) {
    & $exe @arguments *> $log
    if ($LASTEXITCODE) { Fail "$exe $arguments" }
}
# Get-Stdout: the program's standard output (text), errors to the log
function Get-Stdout([string]$exe, [string[]]$arguments) {
    $text = (& $exe @arguments 2> $log) -join "`n"
    if ($LASTEXITCODE) { Fail "$exe $arguments" }
    return $text
}

$b = Join-Path $T "b.db"
if ((Get-Stdout $cli @("--version")) -notmatch "^kydesk ") { Fail "--version" } else { Ok "--version" }
Invoke-Logged $cli @("--db", $b, "init", "--unit-code", "611002", "--unit-name", $county, "--demo"); Ok "init --demo"
$tasks = Get-Stdout $cli @("--db", $b, "task", "list", "--json") | ConvertFrom-Json
if ($tasks.Count -lt 10) { Fail "task list --json" } else { Ok "task list --json" }
$meeting = (Get-Stdout $cli @("--db", $b, "meeting", "list", "--json") | ConvertFrom-Json)[0].id
Invoke-Logged $cli @("--db", $b, "report", "minutes", $meeting, "-o", (Join-Path $T "minutes.pdf")); Ok "report minutes"
Invoke-Logged $cli @("--db", $b, "report", "warroom", "-o", (Join-Path $T "warroom.pdf")); Ok "report warroom"
Invoke-Logged $cli @("--db", $b, "sync", "identity", "-o", (Join-Path $T "card.json")); Ok "sync identity"
Invoke-Logged $cli @("--db", $b, "xlsx", "export", (Join-Path $T "ledger.xlsx"))
Invoke-Logged $cli @("--db", (Join-Path $T "c.db"), "init", "--unit-code", "611000", "--unit-name", $city, "--level", "city")
Invoke-Logged $cli @("--db", (Join-Path $T "c.db"), "xlsx", "import", (Join-Path $T "ledger.xlsx")); Ok "xlsx export, import"
$png = Join-Path $T "ledger.png"
Invoke-Logged $cli @("--db", $b, "gui", "--screenshot", $png, "--view", "ledger")
if ((Get-Item $png).Length -lt 20000) { Fail "gui --screenshot" } else { Ok "gui --screenshot --view ledger (kydesk-cli)" }
# the windowed program returns at once; wait for it to finish its screenshot
$home_png = Join-Path $T "home.png"
$p = Start-Process -FilePath (Join-Path $bundle "kydesk.exe") -Wait -PassThru `
    -ArgumentList @("--db", "`"$b`"", "gui", "--screenshot", "`"$home_png`"", "--view", "home")
if ($p.ExitCode -or -not (Test-Path $home_png)) { Fail "gui --screenshot (kydesk.exe)" } else { Ok "gui --screenshot --view home (kydesk.exe)" }
$portable = Join-Path $T "portable"
Copy-Item $bundle $portable -Recurse
New-Item -ItemType Directory (Join-Path $portable "data") | Out-Null
Invoke-Logged (Join-Path $portable "kydesk-cli.exe") @("init", "--unit-code", "611002", "--unit-name", $county)
if ((Test-Path (Join-Path $portable "data\kydesk.db")) -and -not (Test-Path (Join-Path $env:APPDATA "kydesk"))) {
    Ok "portable: database in data\"
} else { Fail "portable: database in data\" }
Remove-Item $T -Recurse -Force -ErrorAction SilentlyContinue
Write-Host "check:  all passed"
