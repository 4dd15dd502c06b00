"""Pangkat/golongan of civil servants and the eselon of structural posts."""

from __future__ import annotations

import re

from kinerja_desktop.errors import Problem, ValidationError

# (code, name) as PP 99/2000 (promotion of civil servants) names them, in ascending order;
# the order is used for range checks.
RANKS: tuple[tuple[str, str], ...] = (
    ("I/a", "Juru Muda"), ("I/b", "Juru Muda Tingkat I"), ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"), ("II/b", "Pengatur Muda Tingkat I"), ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"), ("III/b", "Penata Muda Tingkat I"), ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"), ("IV/b", "Pembina Tingkat I"), ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"), ("IV/e", "Pembina Utama"),
)
RANK_CODES = tuple(code for code, _ in RANKS)
_RANK_NAME = dict(RANKS)
_RANK_BY_NAME = {name.lower(): code for code, name in RANKS}

ESELONS: tuple[str, ...] = ("II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b")

# Usual rank range per eselon (lowest, highest), as the annex of PP 100/2000 (civil servants in
# structural posts), amended by PP 13/2002, gives them. Outside it is a warning, never a
# refusal: the figures are practice, not a rule this app may enforce.
USUAL_RANK_RANGE: dict[str, tuple[str, str]] = {
    "II.a": ("IV/c", "IV/d"),
    "II.b": ("IV/b", "IV/c"),
    "III.a": ("IV/a", "IV/b"),
    "III.b": ("III/d", "IV/a"),
    "IV.a": ("III/c", "III/d"),
    "IV.b": ("III/b", "III/c"),
}

_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def rank_label(code: str | None) -> str:
    """'IV/c' -> 'Pembina Utama Muda (IV/c)'; empty for no rank."""
    if not code:
        return ""
    return f"{_RANK_NAME[code]} ({code})" if code in _RANK_NAME else code


def _rank_code(text: str) -> str | None:
    m = re.fullmatch(r"(IV|III|II|I|[1-4])\s*[/\-.]?\s*([a-e])", text.strip(), re.IGNORECASE)
    if not m:
        return None
    roman = _ROMAN.get(m.group(1), m.group(1).upper())
    code = f"{roman}/{m.group(2).lower()}"
    return code if code in _RANK_NAME else None


def _name_key(text: str) -> str:
    """A rank name as looked up: lower case, and "Tk." (the usual abbreviation) as "Tingkat"."""
    return re.sub(r"\btkt?\b\.?\s*", "tingkat ", text.strip().lower()).strip()


def parse_rank(text: object, field: str = "pangkat_golongan") -> str | None:
    """Accept 'IV/c', 'iv-c', 'Pembina Utama Muda' or 'Pembina Utama Muda (IV/c)'; None if blank."""
    raw = "" if text is None else " ".join(str(text).split())
    if not raw:
        return None
    code = _rank_code(raw)
    if code:
        return code
    m = re.fullmatch(r"(.*?)\s*[(,]\s*([^()]*?)\s*\)?", raw)
    if m:
        name, inner = _name_key(m.group(1)), _rank_code(m.group(2))
        if inner and (not name or _RANK_BY_NAME.get(name) == inner):
            return inner
        if inner and name in _RANK_BY_NAME:
            raise ValidationError.single(
                field, f"Nama pangkat '{m.group(1)}' tidak sesuai dengan golongan {inner}.")
    if _name_key(raw) in _RANK_BY_NAME:
        return _RANK_BY_NAME[_name_key(raw)]
    raise ValidationError.single(
        field, f"Pangkat/golongan '{raw}' tidak dikenal (contoh: IV/c atau "
               f"Pembina Utama Muda (IV/c)).")


def parse_eselon(text: object, field: str = "eselon") -> str | None:
    """Accept 'II.a', 'IIa', 'II/a', '2a' (any case); None if blank."""
    raw = "" if text is None else str(text).strip()
    if not raw:
        return None
    m = re.fullmatch(r"(IV|III|II|[2-4])\s*[./\-]?\s*([ab])", raw, re.IGNORECASE)
    if m:
        code = f"{_ROMAN.get(m.group(1), m.group(1).upper())}.{m.group(2).lower()}"
        if code in ESELONS:
            return code
    raise ValidationError.single(
        field, f"Eselon '{raw}' tidak dikenal; pilih salah satu: {', '.join(ESELONS)}.")


def rank_warnings(rank: str | None, eselon: str | None,
                  field: str = "pangkat_golongan") -> list[Problem]:
    """A warning when a rank lies outside the usual range for the post's eselon."""
    if not rank or not eselon or eselon not in USUAL_RANK_RANGE or rank not in RANK_CODES:
        return []
    low, high = USUAL_RANK_RANGE[eselon]
    index = RANK_CODES.index(rank)
    if RANK_CODES.index(low) <= index <= RANK_CODES.index(high):
        return []
    return [Problem(field, f"Golongan {rank} di luar kisaran lazim untuk eselon {eselon} "
                           f"({low} s.d. {high}).", "warning")]
