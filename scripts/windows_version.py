"""The Windows version resource (VERSIONINFO) of the executable, in PyInstaller's text format.

pyinstaller.spec writes it into build/ and passes it to EXE(version=...) on Windows; a test
parses it with PyInstaller's own reader on any platform, so a broken resource shows up before
a Windows build does.
"""

from __future__ import annotations

import re

LANGUAGE_ID = 0x0421  # Indonesian; Windows shows these strings in the file's Properties
CODEPAGE = 1200  # Unicode
DESCRIPTION = "Kinerja Desktop: target 100 hari dan evaluasi kinerja"


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0): the four 16-bit numbers Windows keeps."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    return tuple(numbers)  # type: ignore[return-value]


def version_info_text(version: str, name: str, extension: str = ".exe",
                      description: str = DESCRIPTION) -> str:
    """The resource of the executable `name + extension` (KinerjaDesktop.exe, or its console
    twin KinerjaDesktop.com); Task Manager shows `description`."""
    fixed = version_numbers(version)
    table = f"{LANGUAGE_ID:04X}{CODEPAGE:04X}"
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={fixed}, prodvers={fixed}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('{table}', [
      StringStruct('CompanyName', 'Kinerja'),
      StringStruct('FileDescription', '{description}'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{name}'),
      StringStruct('OriginalFilename', '{name}{extension}'),
      StringStruct('ProductName', 'Kinerja Desktop'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE_ID}, {CODEPAGE}])])
  ]
)
"""
