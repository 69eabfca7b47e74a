@echo off
rem tilmash, from the release archive: runs the command with the jars in lib\ beside this bin\ directory.
rem Needs a Java 17+ runtime: %JAVA_HOME%\bin\java.exe, or java on the PATH. JAVA_OPTS go to the JVM; the heap
rem is -Xmx512m unless JAVA_OPTS or JDK_JAVA_OPTIONS set one. lib\jvm.options (the corpus archive's) goes first.
setlocal
set "TILMASH_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
  echo tilmash: JAVA_HOME is %JAVA_HOME%, but %JAVA_EXE% does not exist: set JAVA_HOME to a Java 17+ runtime 1>&2
  exit /b 127
)
set "HEAP=-Xmx512m"
echo. %JAVA_OPTS% %JDK_JAVA_OPTIONS% | findstr /c:"-Xmx" /c:"-XX:MaxHeapSize=" /c:"-XX:MaxRAM" >nul && set "HEAP="
set "OPTIONS="
if exist "%TILMASH_HOME%\lib\jvm.options" set OPTIONS="@%TILMASH_HOME%\lib\jvm.options"
"%JAVA_EXE%" %OPTIONS% %HEAP% %JAVA_OPTS% -cp "%TILMASH_HOME%\lib\*" org.tilmash.cli.Main %*
exit /b %ERRORLEVEL%
