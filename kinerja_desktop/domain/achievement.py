"""A target's achievement by its polarity: higher is better, lower is better, or a range.

Source: PermenPANRB No. 8 Tahun 2021, BAB VI (capaian IKI): "kondisi normal" is realisasi /
target × 100 %; "kondisi khusus" (less is better) is (1 + (1 − realisasi / target)) × 100 %,
the SAKIP reports' (2 × target − realisasi) / target: 6.5 months against 7 is 107.14 %, 9 against
8 is 87.5 %, 2 days against 3 is 133.33 %. A target set as a range uses its upper end when the
realisation is above it and its lower end when below (92 against 80–90 % is 102.22 %, 70 is
87.5 %); inside the range the target is met (100 %), which the Permen leaves unsaid. The third
polarity, "dalam rentang", is for indicators where too much is as bad as too little (inflation
2–4 %): below, the lower end is a "higher is better" target; above, the upper end is a "lower
is better" one (the app's rule, docs/scoring.md).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from kinerja_desktop.errors import Problem

HIGHER = "naik"
LOWER = "turun"
RANGE = "rentang"
POLARITIES: dict[str, str] = {
    HIGHER: "Makin tinggi makin baik",
    LOWER: "Makin rendah makin baik",
    RANGE: "Dalam rentang",
}
# Short marks for tables and printed sheets.
POLARITY_MARKS: dict[str, str] = {HIGHER: "↑", LOWER: "↓", RANGE: "↔"}

ZERO = Decimal(0)
ONE = Decimal(1)


# The same arithmetic serves Decimals (scoring) and floats (the progress shown in the editor
# and on the board, 20,000 targets at a time): only ints are mixed in, which both accept.
N = TypeVar("N", Decimal, float)


def _normal(target: N, realised: N) -> N:
    return realised / target if target else realised * 0


def _special(target: N, realised: N) -> N:
    if target == 0:  # no complaints at all: met when nothing happened
        return realised * 0 + (1 if realised <= 0 else 0)
    return (2 * target - realised) / target


def achievement(polarity: str, target: N | None, realised: N | None,
                target_max: N | None = None) -> N:
    """The achievement as a fraction (1 = met), uncapped but never below 0; nothing reported
    scores 0. With `target_max` the target is the range target..target_max."""
    if realised is None or target is None:
        return ZERO  # type: ignore[return-value]  # no figure to take the type from
    upper = target if target_max is None else target_max
    if target_max is not None and target <= realised <= upper:
        return realised * 0 + 1
    if polarity == LOWER:
        value = _special(upper if realised > upper else target, realised)
    elif polarity == RANGE:
        value = _normal(target, realised) if realised < target else _special(upper, realised)
    else:
        value = _normal(upper if realised > upper else target, realised)
    return value if value > 0 else value * 0


def validate_polarity(polarity: str, measure: str, target: object, target_max: object,
                      row: int | None = None) -> list[Problem]:
    """Problems with a target's polarity: known, numeric only, a range with both ends."""
    problems = []
    if polarity not in POLARITIES:
        problems.append(Problem("arah", f"Arah capaian '{polarity}' tidak dikenal "
                                        f"(naik, turun atau rentang).", row=row))
    elif polarity != HIGHER and measure != "angka":
        problems.append(Problem("arah", "Arah 'turun' atau 'rentang' hanya untuk target "
                                        "berupa angka.", row=row))
    elif polarity == RANGE:
        if target is None or target_max is None:
            problems.append(Problem("target_maks", "Target rentang perlu batas bawah dan "
                                                   "batas atas.", row=row))
        elif Decimal(str(target_max)) <= Decimal(str(target)):
            problems.append(Problem("target_maks", "Batas atas rentang harus lebih besar dari "
                                                   "batas bawahnya.", row=row))
    elif target_max is not None:
        if measure != "angka":
            problems.append(Problem("target_maks", "Batas atas hanya untuk target berupa "
                                                   "angka.", row=row))
        elif target is not None and Decimal(str(target_max)) <= Decimal(str(target)):
            problems.append(Problem("target_maks", "Batas atas rentang harus lebih besar dari "
                                                   "batas bawahnya.", row=row))
    return problems


def target_text(polarity: str, target: object, target_max: object,
                fmt: Callable[[Any], str]) -> str:
    """'≤ 7', '2–4' or '80': a target as it is printed, with its polarity."""
    if target is None:
        return ""
    if target_max is not None:
        return f"{fmt(target)}–{fmt(target_max)}"
    if polarity == LOWER:
        return f"≤ {fmt(target)}"
    return str(fmt(target))
