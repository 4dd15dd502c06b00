; Kinerja Desktop for Windows: a per-user installer, made on Linux with Debian's makensis.
;
;   makensis -DVERSION=0.1.0 -DVERSION_NUMBERS=0.1.0.0 -DPACKAGE=<the PyInstaller folder>
;            -DICON=<resources/icons/app.ico> -DOUTFILE=<…-setup.exe> installer/kinerja.nsi
;
; scripts/windows_check.py passes these, all from one source: kinerja_desktop.__version__.
; - No administrator rights: the program goes to %LOCALAPPDATA%\Programs\Kinerja Desktop and
;   everything the installer registers is under HKEY_CURRENT_USER (the offices' PCs rarely
;   grant more).
; - The user's data is elsewhere, in %LOCALAPPDATA%\Kinerja\Kinerja Desktop (the database,
;   settings, log, automatic backups: kinerja_desktop/paths.py). Neither an upgrade nor the
;   uninstaller touches it.
; - An upgrade first removes the previous version's program files, so nothing of it stays
;   behind, then installs the new ones into the same folder.
; - Silent: `…-setup.exe /S` installs, `uninstall.exe /S` uninstalls (/D=FOLDER, last, picks
;   another folder).

; A 64-bit installer for the 64-bit program (it runs on every PC the program runs on), and
; one that Wine without its 32-bit half runs too.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
; LZMA over the whole package at once: the Qt and Python DLLs compress best together.
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!ifndef VERSION | VERSION_NUMBERS | PACKAGE | ICON | OUTFILE
  !error "makensis needs -DVERSION -DVERSION_NUMBERS -DPACKAGE -DICON -DOUTFILE"
!endif

!define APP "Kinerja Desktop"
!define PUBLISHER "Kinerja"
!define EXE "KinerjaDesktop.exe"
; The console twin (pyinstaller.spec); both read the Python code from KinerjaDesktop.pkg.
!define CONSOLE_EXE "KinerjaDesktop.com"
!define ARCHIVE "KinerjaDesktop.pkg"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KinerjaDesktop"
!define DATA_DIR "$LOCALAPPDATA\Kinerja\Kinerja Desktop"
!define RUNNING_TEXT "${APP} sedang berjalan. Tutup dulu semua jendela ${APP}, lalu tekan Coba Lagi."

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
; An upgrade goes where the previous version is.
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "${APP} akan dihapus dari komputer ini. Data Anda (basis data, pengaturan, cadangan otomatis) di folder ${DATA_DIR} tidak dihapus."

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"

; The installer's own version resource, from the same version as the program's.
VIProductVersion "${VERSION_NUMBERS}"
VIFileVersion "${VERSION_NUMBERS}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileDescription" "Pemasang ${APP} ${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "LegalCopyright" "${PUBLISHER}"

; Windows will not replace a program that is running: ask to close it, or stop (a silent
; install then ends with exit code 2 and changes nothing).
!macro WAIT_UNTIL_CLOSED UN
Function ${UN}WaitUntilClosed
  ${ForEach} $1 0 1 + 1
    ${If} $1 == 0
      StrCpy $2 "$INSTDIR\${EXE}"
    ${Else}
      StrCpy $2 "$INSTDIR\${CONSOLE_EXE}"
    ${EndIf}
    ${DoWhile} ${FileExists} $2
      ClearErrors
      FileOpen $0 $2 a
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${RUNNING_TEXT}" /SD IDCANCEL IDRETRY +2
      Abort "${APP} sedang berjalan; tidak ada yang diubah."
    ${Loop}
  ${Next}
FunctionEnd
!macroend
!insertmacro WAIT_UNTIL_CLOSED ""
!insertmacro WAIT_UNTIL_CLOSED "un."

; The program files of any version, and nothing else: the folder may also hold what the
; user put there (a `data` folder for portable mode), which stays.
!macro REMOVE_PROGRAM_FILES
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CONSOLE_EXE}"
  Delete "$INSTDIR\${ARCHIVE}"
  Delete "$INSTDIR\self-test.txt"
!macroend

Section "${APP}"
  SetShellVarContext current
  Call WaitUntilClosed
  !insertmacro REMOVE_PROGRAM_FILES
  SetOutPath "$INSTDIR"
  ; self-test.txt: the report of a --self-test run in the build folder, not part of it.
  File /r /x self-test.txt "${PACKAGE}/*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "Target 100 hari dan evaluasi kinerja pejabat eselon II"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.WaitUntilClosed
  !insertmacro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\${UNINSTALLER}"
  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ; Only when empty: never the user's files. The data folder is not under $INSTDIR.
  RMDir "$INSTDIR"
SectionEnd
