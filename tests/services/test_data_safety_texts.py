"""Issue 15 item 9: what staff read about backups, restores and merges has no jargon."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "kinerja_desktop"
MODULES = ["storage/backup_io.py", "storage/backup_check.py", "storage/backup_crypto.py",
           "storage/merge_repo.py", "storage/merge_plan.py",
           "services/backup.py", "services/restore.py", "services/merge.py",
           "services/merge_labels.py", "services/auto_backup.py", "cli/backup.py",
           "cli/restore.py", "gui/data_safety/actions.py", "gui/data_safety/backup_dialog.py",
           "gui/data_safety/merge_dialog.py", "gui/data_safety/passphrase.py"]
JARGON = ("skema ", "SHA-256", "checksum", "Checksum", "SQLite", "AES", "journal_mode",
          "sidik", "UUID")


def texts(path: Path) -> list[str]:
    """The string literals of a module (f-strings joined), without docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            found.append("".join(v.value for v in node.values
                                 if isinstance(v, ast.Constant) and isinstance(v.value, str)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            found.append(node.value)
    return found


@pytest.mark.parametrize("module", MODULES)
def test_data_safety_messages_speak_plainly(module):
    jargon = [text for text in texts(ROOT / module) if any(word in text for word in JARGON)
              and not text.startswith(("PRAGMA", "SELECT", "INSERT", "UPDATE", "DELETE"))]
    assert jargon == []
