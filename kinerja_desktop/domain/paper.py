"""The paper sizes documents are printed on: A4, and F4/Folio, which many Indonesian offices use.

A module of its own because the settings registry (domain/options.py) needs the names at
start-up, and domain/documents.py, which the printed documents need, costs ~10 ms to import.
"""

from __future__ import annotations

PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),  # millimetres
    "F4": (215.0, 330.0),
}
