"""Dates the Indonesian way: parsing what spreadsheets hold and writing '14 Juni 2019'."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from kinerja_desktop.errors import ValidationError

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
# Python's weekday(): Monday is 0.
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_MONTH_BY_NAME: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    _MONTH_BY_NAME[_name.lower()] = _number
    _MONTH_BY_NAME[_name[:3].lower()] = _number
# Abbreviations and older spellings still found in spreadsheets.
_MONTH_BY_NAME.update({"agt": 8, "agu": 8, "okt": 10, "nop": 11, "des": 12, "peb": 2,
                       "pebruari": 2, "nopember": 11})

ACCEPTED_FORMATS = "2019-06-14, 14/06/2019, 14-06-2019 atau 14 Juni 2019"


def format_date(d: date | None) -> str:
    """14 Juni 2019 (empty for no date)."""
    if d is None:
        return ""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def format_day_date(d: date) -> str:
    """Jumat, 14 Juni 2019."""
    return f"{DAYS[d.weekday()]}, {format_date(d)}"


def parse_date(value: object, field: str = "tanggal") -> date | None:
    """Read a date as staff type it; None for blank, ValidationError naming the field otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = " ".join(str(value).split())
    if not text:
        return None
    try:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?", text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})", text)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(?:[A-Za-z']+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", text)
        if m and m.group(2).lower() in _MONTH_BY_NAME:
            return date(int(m.group(3)), _MONTH_BY_NAME[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        raise ValidationError.single(field, f"Tanggal '{text}' tidak ada di kalender.") from None
    raise ValidationError.single(
        field, f"Tanggal '{text}' tidak dikenali; gunakan {ACCEPTED_FORMATS}.")


def day_before(d: date) -> date:
    return d - timedelta(days=1)
