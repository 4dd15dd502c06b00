"""Stored values of the change history as staff read them: names, dates, Ya/Tidak, labels."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from collections.abc import Mapping

from kinerja_desktop.domain import evaluations, programs, vocab
from kinerja_desktop.domain.dates import MONTHS, format_date
from kinerja_desktop.domain.field_labels import canonical_table, referenced_table
from kinerja_desktop.domain.handover import SECTIONS
from kinerja_desktop.domain.nip import SEX_LABELS, format_nip
from kinerja_desktop.domain.periods import PROGRAM_KINDS

Names = Mapping[tuple[str, int], str]  # (table, id) -> the record's name

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NIP_IN_TEXT = re.compile(r"\b\d{18}\b")
_YES_NO = frozenset({"active"})
_NIPS = frozenset({"nip"})

# field -> code -> label, for fields that store a code.
_CODES: dict[str, Mapping[str, str]] = {
    "sex": SEX_LABELS,
    "filling": vocab.FILLING_METHODS,
    "scheme": programs.SCHEMES,
    "priority": programs.PRIORITIES,
    "measure": programs.MEASURES,
    "section": SECTIONS,
    "from_status": programs.STATUSES,
    "to_status": programs.STATUSES,
}
# The same field name means other codes in other tables.
_CODES_BY_TABLE: dict[tuple[str, str], Mapping[str, str]] = {
    ("program", "kind"): {code: label for code, (label, _months) in PROGRAM_KINDS.items()},
    ("program", "status"): programs.STATUSES,
    ("target", "kind"): programs.TARGET_KINDS,
    ("unit", "kind"): vocab.UNIT_KINDS,
    ("evaluation", "status"): evaluations.STATUSES,
}


def format_time(at: datetime) -> str:
    """A naive local time as '14 Juni 2019 09:30'."""
    return f"{at.day} {MONTHS[at.month - 1]} {at.year} {at:%H:%M}"


def utc_text_to_local(text: str) -> datetime | None:
    """A stored UTC time ('2019-06-14 02:30:05.123000') in this computer's time zone."""
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().replace(tzinfo=None)


def _number(value: float) -> str:
    """12.0 -> '12'; 12.5 -> '12,5' (the Indonesian decimal comma)."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def value_text(table: str, field: str, value: object, names: Names | None = None) -> str:
    """One stored value as staff read it; unknown values shown as they are."""
    if value is None or value == "":
        return ""
    table = canonical_table(table)
    target = referenced_table(field)
    if target and isinstance(value, int) and not isinstance(value, bool):
        name = (names or {}).get((target, value))
        return name if name else f"(data nomor {value}, sudah dihapus)"
    if field in _YES_NO or isinstance(value, bool):
        return "Ya" if value in (True, 1, "1") else "Tidak"
    if field in _NIPS:
        return format_nip(str(value))
    if field == "signature_png":
        return "Ada" if value else ""
    if field == "weight_bp" and isinstance(value, int):
        return f"{_number(value / 100)} %"
    codes = _CODES_BY_TABLE.get((table, field)) or _CODES.get(field)
    if codes is not None and isinstance(value, str) and value in codes:
        return codes[value]
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, str):
        return _text(value)
    return str(value)


def _text(value: str) -> str:
    match = _DATE.match(value)
    if match:
        try:
            return format_date(datetime.strptime(value, "%Y-%m-%d").date())
        except ValueError:
            return value
    if _DATETIME.match(value):
        local = utc_text_to_local(value)
        return format_time(local) if local else value
    return value


def summary_text(summary: str) -> str:
    """A trigger's summary ('2019-06-14 (final)', 'Budi (196502031990031005)') readable."""
    def date_words(match: re.Match[str]) -> str:
        return _text(match.group(0))

    text = _ISO_IN_TEXT.sub(date_words, summary)
    return _NIP_IN_TEXT.sub(lambda m: format_nip(m.group(0)), text)
