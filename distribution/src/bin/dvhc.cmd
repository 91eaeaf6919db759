@echo off
rem dvhc - the launcher of the distribution on Windows. Needs Java 17 or newer: %DVHC_JAVA_CMD%, else
rem %JAVA_HOME%\bin\java.exe, else java on the PATH. Extra JVM options: %DVHC_JAVA_OPTS%.
setlocal
set "APP=%~dp0.."
if defined DVHC_JAVA_CMD (
  set "JAVA_CMD=%DVHC_JAVA_CMD%"
) else if defined JAVA_HOME (
  set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_CMD=java"
)
"%JAVA_CMD%" -XX:+UseSerialGC -Xmx256m -Xmn96m -XX:SurvivorRatio=2 -XX:+ExitOnOutOfMemoryError %DVHC_JAVA_OPTS% -cp "%APP%\lib\*" vn.dvhc.cli.Dvhc %*
exit /b %ERRORLEVEL%
