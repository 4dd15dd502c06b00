"""Refresh the English catalogue from the sources and compile every .ts to .qm.

    .venv/bin/python scripts/build_translations.py          # update kinerja_en.ts, build .qm
    .venv/bin/python scripts/build_translations.py --check  # exit 1 if anything is stale

Source strings are Indonesian; kinerja_en.ts holds their English. qt_id.ts (Qt's own strings
in Indonesian) is written by hand and only compiled.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
ENGLISH = FOLDER / "kinerja_en.ts"


def tool(name: str) -> str:
    """pyside6-lupdate/-lrelease from the same environment as this Python (on Windows the
    venv's Scripts\\pyside6-lupdate.exe, and Scripts is not on PATH unless activated)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name) or name


def sources() -> list[str]:
    # Every feature sub-package of gui/: a handler's self.tr() context is its class name.
    files = sorted((ROOT / "kinerja_desktop" / "gui").rglob("*.py"))
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def update_catalogue(target: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    "-source-language", "id_ID", "-target-language", "en_GB", *sources(),
                    "-ts", str(target)], cwd=ROOT, check=True, capture_output=True)


def unfinished(path: Path) -> list[str]:
    """Source texts of messages without a finished translation."""
    missing = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete") or not (
                translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def fill(path: Path) -> int:
    """Write the English of scripts/english.py into unfinished messages; return how many."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from english import ENGLISH
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        english = ENGLISH.get(message.findtext("source") or "")
        if translation is not None and translation.get("type") == "unfinished" and english:
            translation.text = english
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def placeholder_mismatches(path: Path) -> list[str]:
    """Translations whose {0}-style placeholders or %v-style markers differ from the source."""
    wrong = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        target = message.findtext("translation") or ""
        if target and sorted(re.findall(r"\{\w*\}|%\w", source)) != sorted(
                re.findall(r"\{\w*\}|%\w", target)):
            wrong.append(f"penanda berbeda: {source!r} -> {target!r}")
    return wrong


def compile_all(folder: Path, out: Path) -> None:
    for ts in sorted(folder.glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(out / ts.with_suffix(".qm").name)], check=True)


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ENGLISH.name
        shutil.copy(ENGLISH, copy)
        update_catalogue(copy)
        missing = unfinished(copy)
        problems += placeholder_mismatches(copy)
        if missing:
            problems.append(f"{len(missing)} teks belum diterjemahkan di {ENGLISH.name}: "
                            + "; ".join(missing[:10]))
        compile_all(FOLDER, Path(tmp))
        for qm in sorted(Path(tmp).glob("*.qm")):
            shipped = FOLDER / qm.name
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} tidak sesuai dengan .ts-nya; jalankan skrip ini.")
    for line in problems:
        print(line)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    update_catalogue(ENGLISH)
    fill(ENGLISH)
    update_catalogue(ENGLISH)  # back to lupdate's own formatting
    compile_all(FOLDER, FOLDER)
    missing = unfinished(ENGLISH)
    print(f"{ENGLISH.name}: {len(missing)} teks belum diterjemahkan")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
