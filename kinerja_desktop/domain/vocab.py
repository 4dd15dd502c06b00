"""Fixed vocabularies: how a post is filled and the kinds of units (OPD)."""

from __future__ import annotations

import re

from kinerja_desktop.errors import ValidationError

# code -> label. Codes are stored; labels are shown, exported and printed.
FILLING_METHODS: dict[str, str] = {
    "seleksi_terbuka": "Seleksi Terbuka",
    "rotasi": "Rotasi",
    "mutasi": "Mutasi",
    "promosi": "Promosi",
    "plt": "Plt",
    "plh": "Plh",
    "pj": "Pj",
}
# Acting posts: held alongside one's own, ended when a definitive holder is inaugurated.
TEMPORARY_FILLINGS = frozenset({"plt", "plh", "pj"})
_FILLING_ALIASES = {
    "seleksi terbuka": "seleksi_terbuka", "seleksi_terbuka": "seleksi_terbuka",
    "open bidding": "seleksi_terbuka", "lelang jabatan": "seleksi_terbuka",
    "lelang": "seleksi_terbuka", "seleksi terbuka (lelang jabatan)": "seleksi_terbuka",
    "rotasi": "rotasi", "mutasi": "mutasi", "promosi": "promosi",
    "plt": "plt", "pelaksana tugas": "plt",
    "plh": "plh", "pelaksana harian": "plh",
    "pj": "pj", "penjabat": "pj",
}

UNIT_KINDS: dict[str, str] = {
    "dinas": "Dinas",
    "badan": "Badan",
    "satuan": "Satuan",
    "sekretariat": "Sekretariat",
    "kecamatan": "Kecamatan",
    "bagian": "Bagian",
}


def filling_label(code: str | None) -> str:
    return FILLING_METHODS.get(code or "", "")


def is_temporary(code: str | None) -> bool:
    return code in TEMPORARY_FILLINGS


def parse_filling(text: object, field: str = "jenis_pengisian") -> str | None:
    """Accept a label or common alias ('Plt.', 'lelang jabatan'); None if blank."""
    raw = "" if text is None else " ".join(str(text).split()).lower().rstrip(".")
    if not raw:
        return None
    if raw in _FILLING_ALIASES:
        return _FILLING_ALIASES[raw]
    raise ValidationError.single(
        field, f"Jenis pengisian '{text}' tidak dikenal; pilih salah satu: "
               f"{', '.join(FILLING_METHODS.values())}.")


def guess_unit_kind(name: str) -> str:
    """The kind of a unit from the first word of its name; 'dinas' when nothing fits."""
    first = re.split(r"\s+", name.strip().lower(), maxsplit=1)[0] if name.strip() else ""
    if first in UNIT_KINDS:
        return first
    if first in ("setda", "sekretariat", "setwan", "sekwan"):
        return "sekretariat"
    if first in ("satpol",):
        return "satuan"
    return "dinas"
