"""The layers point one way (docs/architecture.md): every import of every module, in every
form and wherever it stands, is resolved to the parts of kinerja_desktop it reaches and checked
against the allowed directions; only storage/ imports peewee, only gui/ imports Qt, and
everything outside gui/ imports with PySide6 made unimportable."""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kinerja_desktop"
TOP = "kinerja_desktop"

# What each part may import of ours besides itself. A part is the first name below
# kinerja_desktop (a sub-package or a module: "storage", "cli", "errors"); "" is the package
# root, which holds only constants (version, app and organisation names).
ALLOWED: dict[str, set[str]] = {
    "domain": {"errors"},
    "storage": {"domain", "errors"},
    "reports": {"domain", "errors", "resources"},  # resources: where the fonts are
    "services": {"storage", "domain", "reports", "errors", "paths", "resources"},
    "gui": {"services", "domain", "errors", "paths", "resources", ""},
    "cli": {"services", "domain", "errors", "paths", ""},  # "": __version__
    # --self-test of the frozen package: the demo, the window, a signed sheet, backups; it
    # prints to the console as the commands do (cli/console.py, their stream policy).
    "selftest": {"services", "domain", "errors", "paths", "resources", "gui", "cli", ""},
    "errors": set(),
    "paths": {"errors", ""},
    "resources": set(),
    "": set(),
    "main": {"cli", "gui", "selftest", "paths", "errors", ""},  # main.py, beside the package
}

# The imports of storage still made from outside services, name by name, until
# services/database.py and domain/roster.py offer them. This list must shrink to empty:
# delete an entry once its import is gone (an entry no import uses fails the test); add none.
STILL_IMPORTS_STORAGE: dict[str, set[str]] = {}

# Third-party packages only one part may import.
ONLY_IN = {"peewee": "storage", "playhouse": "storage", "PySide6": "gui", "shiboken6": "gui"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path
           for path in [ROOT / "main.py", *sorted(PACKAGE.rglob("*.py"))]}


@dataclass
class Imports:
    """What a module imports: the modules it reaches, and the names it binds (qualified:
    `from a.b import C` binds a.b.C, `import a.b` binds a.b)."""

    modules: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)


def resolve(source: str, module: str, is_package: bool, known: set[str]) -> Imports:
    """Every import of `source` (the text of `module`), wherever it stands (in a function, a
    class, a try), with relative ones made absolute, plus importlib calls with a literal name.
    `from a import b` reaches a.b when that is a module in `known`, else a; the parent
    packages imported on the way are not listed."""
    package = module if is_package else module.rpartition(".")[0]
    found = Imports()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.modules.update(alias.name for alias in node.names)
            found.names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            bound = {f"{base}.{alias.name}" for alias in node.names}
            submodules = bound & known
            found.modules |= submodules
            if len(submodules) < len(bound):  # a name defined in `base` itself, or *
                found.modules.add(base)
            found.names |= bound
        elif (isinstance(node, ast.Call) and _called(node.func) in _IMPORT_CALLS
              and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)):
            found.modules.add(node.args[0].value)
            found.names.add(node.args[0].value)
    return found


_IMPORT_CALLS = {"importlib.import_module", "import_module", "__import__"}


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


def part(name: str) -> str:
    """The part of kinerja_desktop a module belongs to ("" for the package root)."""
    if name == "main":
        return "main"
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def is_ours(name: str) -> bool:
    return name == TOP or name.startswith(TOP + ".")


def violations(module: str, found: Imports, still: dict[str, set[str]]) -> list[str]:
    """Each import `module` may not make; `still`: the storage imports still excused."""
    own = part(module)
    allowed = ALLOWED[own] | {own}
    excused = still.get(module, set())
    bad = set()
    for name in found.modules:
        if is_ours(name):
            # A storage module is excused only when every name bound from it is.
            if part(name) not in allowed and not (
                    part(name) == "storage" and excused and all(
                        n in excused for n in found.names if n.startswith(name + ".")
                        or n == name)):
                bad.add(name)
        elif ONLY_IN.get(name.split(".")[0], own) != own:
            bad.add(name)
    return [f"{module} imports {name}" for name in sorted(bad)]


def resolved(module: str) -> Imports:
    path = MODULES[module]
    return resolve(path.read_text(encoding="utf-8"), module, path.name == "__init__.py",
                   set(MODULES))


# The resolver, on each import form ----------------------------------------------------------

KNOWN = {"kinerja_desktop", "kinerja_desktop.errors", "kinerja_desktop.storage",
         "kinerja_desktop.storage.database", "kinerja_desktop.storage.roster_repo",
         "kinerja_desktop.storage.models", "kinerja_desktop.services",
         "kinerja_desktop.services.roster", "kinerja_desktop.gui", "kinerja_desktop.gui.app",
         "kinerja_desktop.gui.forms"}  # the modules the snippets below may name
STORAGE_DB = "kinerja_desktop.storage.database"


@pytest.mark.parametrize("source, modules", [
    ("import kinerja_desktop.storage.database", {STORAGE_DB}),
    ("import kinerja_desktop.storage.database as db", {STORAGE_DB}),
    ("import os, kinerja_desktop.errors", {"os", "kinerja_desktop.errors"}),
    ("from kinerja_desktop.storage.database import Database", {STORAGE_DB}),
    ("from kinerja_desktop.storage import database", {STORAGE_DB}),
    ("from kinerja_desktop.storage import database as d, roster_repo",
     {STORAGE_DB, "kinerja_desktop.storage.roster_repo"}),
    ("from kinerja_desktop.storage import database, open_database",
     {"kinerja_desktop.storage", STORAGE_DB}),
    ("from kinerja_desktop import APP_NAME", {"kinerja_desktop"}),
    ("from kinerja_desktop import storage", {"kinerja_desktop.storage"}),
    ("from kinerja_desktop.storage import *", {"kinerja_desktop.storage"}),
    ("from ..storage import database", {STORAGE_DB}),
    ("from ..storage.database import Database", {STORAGE_DB}),
    ("from . import app", {"kinerja_desktop.gui.app"}),
    ("from .forms import load_form", {"kinerja_desktop.gui.forms"}),
    ("from .. import errors", {"kinerja_desktop.errors"}),
    ("def later():\n    if True:\n        from kinerja_desktop.storage import database\n",
     {STORAGE_DB}),
    ("class Window:\n    def open(self):\n        import kinerja_desktop.storage.database\n",
     {STORAGE_DB}),
    ("import importlib\nimportlib.import_module('kinerja_desktop.storage.database')",
     {"importlib", STORAGE_DB}),
    ("try:\n    import PySide6.QtWidgets\nexcept ImportError:\n    pass\n",
     {"PySide6.QtWidgets"}),
])
def test_every_import_form_is_resolved(source, modules):
    # As if written in kinerja_desktop/gui/main_window.py.
    assert resolve(source, "kinerja_desktop.gui.main_window", False, KNOWN).modules == modules


def test_relative_imports_in_a_package_init_and_the_names_bound():
    source = ("from . import roster\nfrom .roster import RosterService\n"
              "from ..storage.database import Database as Db\nimport kinerja_desktop.errors")
    found = resolve(source, "kinerja_desktop.services", True, KNOWN)
    assert found.modules == {"kinerja_desktop.services.roster", STORAGE_DB,
                             "kinerja_desktop.errors"}
    assert found.names == {"kinerja_desktop.services.roster",
                           "kinerja_desktop.services.roster.RosterService",
                           f"{STORAGE_DB}.Database", "kinerja_desktop.errors"}


def test_the_checker_flags_each_forbidden_import():
    def check(module, source, still=None):
        return violations(module, resolve(source, module, False, KNOWN), still or {})

    window = "kinerja_desktop.gui.main_window"
    late = "def run():\n    from ..storage import database\n    return database\n"
    assert check(window, late) == [f"{window} imports {STORAGE_DB}"]
    # An excused name is excused; the whole module, or another name of it, is not.
    named = "from kinerja_desktop.storage.database import Database\n"
    still = {window: {f"{STORAGE_DB}.Database"}}
    assert check(window, named, still) == []
    assert check(window, named + "from ..storage.database import open_database", still) == [
        f"{window} imports {STORAGE_DB}"]
    assert check(window, late, still) == [f"{window} imports {STORAGE_DB}"]
    assert check(window, "from kinerja_desktop.cli import main") == [
        f"{window} imports kinerja_desktop.cli"]
    assert check("kinerja_desktop.domain.nip", "from kinerja_desktop.services import roster") == [
        "kinerja_desktop.domain.nip imports kinerja_desktop.services.roster"]
    assert check("kinerja_desktop.domain.nip", "from ..paths import data_dir") == [
        "kinerja_desktop.domain.nip imports kinerja_desktop.paths"]
    assert check("kinerja_desktop.storage.models", "from ..services import roster") == [
        "kinerja_desktop.storage.models imports kinerja_desktop.services.roster"]
    assert check("kinerja_desktop.reports.layout", "import peewee") == [
        "kinerja_desktop.reports.layout imports peewee"]
    assert check("kinerja_desktop.reports.layout", "from ..storage import models") == [
        "kinerja_desktop.reports.layout imports kinerja_desktop.storage.models"]
    assert check("kinerja_desktop.services.roster", "from PySide6 import QtCore") == [
        "kinerja_desktop.services.roster imports PySide6"]
    assert check("kinerja_desktop.services.roster", "from ..gui import app") == [
        "kinerja_desktop.services.roster imports kinerja_desktop.gui.app"]
    assert check("kinerja_desktop.cli", "from kinerja_desktop.storage import database") == [
        f"kinerja_desktop.cli imports {STORAGE_DB}"]
    assert check("kinerja_desktop.gui.app", "from ..services import roster") == []


# The package --------------------------------------------------------------------------------

def test_every_part_of_the_package_has_rules():
    assert {part(m) for m in MODULES} == set(ALLOWED), "a new part needs its rules here"


def test_every_import_goes_in_an_allowed_direction():
    found = {module: resolved(module) for module in MODULES}
    assert [line for module in MODULES
            for line in violations(module, found[module], STILL_IMPORTS_STORAGE)] == []
    # The checker saw the imports it should have: a resolver that finds nothing cannot pass.
    assert "kinerja_desktop.errors" in found["kinerja_desktop.domain.programs"].modules
    assert "kinerja_desktop.storage.models" in found[
        "kinerja_desktop.storage.official_repo"].modules
    assert "peewee" in found["kinerja_desktop.storage.models"].modules
    window = {part(n) for n in found["kinerja_desktop.gui.main_window"].modules if is_ours(n)}
    assert window >= {"services", "gui"}
    assert "kinerja_desktop.errors" in found["kinerja_desktop.gui.shared.errors"].modules
    assert sum(len(f.modules) for f in found.values()) > 500


def test_the_storage_exceptions_are_all_still_needed():
    """An excused import that is gone must be deleted from the list: it only shrinks."""
    for module, names in STILL_IMPORTS_STORAGE.items():
        assert module in MODULES, f"{module} no longer exists: delete its entry"
        assert all(part(n) == "storage" for n in names)
        unused = names - resolved(module).names
        assert not unused, f"{module} no longer imports {unused}: delete them from the list"


def test_core_imports_with_pyside6_unimportable():
    modules = [m for m in MODULES if part(m) not in ("gui", "main")]
    assert "kinerja_desktop.services.roster" in modules and "kinerja_desktop.selftest" in modules
    assert any(part(m) == "cli" for m in modules)
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
