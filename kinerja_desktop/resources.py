"""Paths of bundled files (forms, translations, icons, fonts), from source or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder holding ui/ and resources/: the repository, or PyInstaller's bundle folder."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return base_dir().joinpath("resources", *parts)


def form_path(name: str) -> Path:
    """A Qt Designer form in ui/, e.g. form_path('official_dialog.ui')."""
    return base_dir() / "ui" / name
