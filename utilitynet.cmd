@echo off
rem UtilityNet Desktop launcher for Windows: builds the app when its sources changed, then runs it.
rem   utilitynet            open the desktop app
rem   utilitynet --help     the command line
rem Needs a JDK 17+ and Maven 3.8+ on PATH. Build output goes to target\launcher-build.log unless the build fails.
setlocal EnableExtensions
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "STAMP=%ROOT%\app\target\.launcher-stamp"
set "LOG=%ROOT%\target\launcher-build.log"

if not exist "%STAMP%" goto build
if not exist "%ROOT%\app\target\lib" goto build
rem Any pom.xml or file under a src folder newer than the stamp means a rebuild.
powershell -NoProfile -Command "$s=(Get-Item -LiteralPath '%STAMP%').LastWriteTimeUtc; $n=Get-ChildItem -LiteralPath '%ROOT%' -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.FullName -notmatch '\\(target|\.git)\\' -and ($_.Name -eq 'pom.xml' -or $_.FullName -match '\\src\\') -and $_.LastWriteTimeUtc -gt $s } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run

:build
where mvn >nul 2>nul
if errorlevel 1 (
  echo utilitynet: Maven ^(mvn^) is needed to build; install Maven 3.8+. 1>&2
  exit /b 1
)
if not exist "%ROOT%\target" mkdir "%ROOT%\target"
echo utilitynet: building ^(log: target\launcher-build.log^)... 1>&2
pushd "%ROOT%"
call mvn -q -B -DskipTests package -pl app -am > "%LOG%" 2>&1
if errorlevel 1 (
  popd
  type "%LOG%" 1>&2
  echo utilitynet: build failed ^(log above, also in %LOG%^). 1>&2
  exit /b 1
)
popd
type nul > "%STAMP%"

:run
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" %UTILITYNET_JAVA_OPTS% -cp "%ROOT%\app\target\classes;%ROOT%\app\target\lib\*" net.utilitynet.app.Main %*
exit /b %ERRORLEVEL%
