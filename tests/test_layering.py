"""The layers point one way: nothing outside gui/ may need Qt, nothing outside storage/ peewee."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kinerja_desktop"


def _modules(exclude: str) -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(ROOT).with_suffix("")
        if exclude in relative.parts:
            continue
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def test_core_imports_with_pyside6_unimportable():
    modules = _modules("gui")
    assert "kinerja_desktop.cli" in modules and "kinerja_desktop.services.roster" in modules
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith(('PySide6.', 'shiboken6')):\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        "print('ok', len(sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_only_storage_imports_peewee_and_only_gui_imports_qt():
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        roots = _imported_roots(path)
        if parts[0] != "storage":
            assert not roots & {"peewee", "playhouse"}, f"{path} imports peewee"
        if parts[0] != "gui":
            assert "PySide6" not in roots, f"{path} imports PySide6"


def test_domain_imports_neither_storage_nor_services():
    for path in (PACKAGE / "domain").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "kinerja_desktop.storage" not in source, path
        assert "kinerja_desktop.services" not in source, path


def test_gui_reaches_storage_only_through_services():
    """The window may name storage's plain types (Database, RosterFilter, RosterRow), but
    reads and writes go through services, which bind the models to the right database."""
    allowed = {"kinerja_desktop.storage.database", "kinerja_desktop.storage.roster_repo"}
    for path in (PACKAGE / "gui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(
                    "kinerja_desktop.storage"):
                assert node.module in allowed, f"{path.name} imports {node.module}"
                if node.module == "kinerja_desktop.storage.roster_repo":
                    names = {alias.name for alias in node.names}
                    assert names <= {"RosterFilter", "RosterRow"}, f"{path.name}: {names}"

