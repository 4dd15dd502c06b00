"""Reading a date as staff type it in a date field: '14 Juni 2019', '14/06/2019', '14062019' …"""

from __future__ import annotations

import calendar
import re
from datetime import date

from kinerja_desktop.domain.dates import MONTHS

HELP = "ketik misalnya 14 Juni 2019 atau 14/06/2019"
# The messages as templates, filled in by DateTextError: the window shows them in its own
# language (gui/shared/domain_words translates the template, then fills the same values).
UNREADABLE = "Tanggal tidak dikenali; {help}."
NO_SUCH_MONTH = "Bulan ke-{month} tidak ada dalam '{text}'; {help}."
UNLIKELY_YEAR = "Tahun {year} dalam '{text}' tidak masuk akal; {help}."
NOT_IN_CALENDAR = ("'{text}' tidak ada di kalender: {month_name} {year} hanya sampai tanggal "
                   "{last}.")
UNKNOWN_MONTH = "Bulan '{name}' tidak dikenali; {help}."
MESSAGES = (UNREADABLE, NO_SUCH_MONTH, UNLIKELY_YEAR, NOT_IN_CALENDAR, UNKNOWN_MONTH)

_MONTH_BY_NAME: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    _MONTH_BY_NAME[_name.lower()] = _number
    _MONTH_BY_NAME[_name[:3].lower()] = _number
# Abbreviations and older spellings staff still type (Pebruari, Nopember, Agt …).
_MONTH_BY_NAME.update({"agt": 8, "ags": 8, "agu": 8, "agust": 8, "okt": 10, "nop": 11,
                       "nov": 11, "des": 12, "peb": 2, "pebruari": 2, "nopember": 11,
                       "sept": 9, "pebr": 2, "febr": 2})

# A weekday typed in front ("Jumat, 14 Juni 2019") is what the field itself shows; it is
# dropped, not checked, so a wrong weekday never hides the date that was typed.
_WEEKDAY = re.compile(r"^(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b[\s,]*",
                      re.IGNORECASE)
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})")
_NAMED = re.compile(r"(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")


class DateTextError(ValueError):
    """Text that is not a date, or a date that is not in the calendar; the message is for staff.

    `template` is one of MESSAGES and `values` fill it (with `help` = HELP); str() is the
    Indonesian message."""

    def __init__(self, template: str, **values: str | int) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(help=HELP, **values))


def full_year(year: str) -> int:
    """Two digits are read like the calendar on the wall: 00–69 → 2000s, 70–99 → 1900s
    (so '19' is 2019 and '85' is 1985); the dates in this app are inaugurations, decrees and
    deadlines, recent or near."""
    value = int(year)
    if len(year) == 2:
        return value + (2000 if value < 70 else 1900)
    return value


def _make(day: str, month: int, year: str, text: str) -> date:
    whole_year = full_year(year)
    if not 1 <= month <= 12:
        raise DateTextError(NO_SUCH_MONTH, month=month, text=text)
    if whole_year < 1900 or whole_year > 2200:
        raise DateTextError(UNLIKELY_YEAR, year=whole_year, text=text)
    last = calendar.monthrange(whole_year, month)[1]
    if not 1 <= int(day) <= last:
        raise DateTextError(NOT_IN_CALENDAR, text=text, month_name=MONTHS[month - 1],
                            year=whole_year, last=last)
    return date(whole_year, month, int(day))


def parse_date_text(text: str) -> date:
    """The date in `text`, day before month before year (the Indonesian order); raises
    DateTextError with a message naming what to type when it cannot be read."""
    cleaned = " ".join(text.split()).strip().lower()
    cleaned = _WEEKDAY.sub("", cleaned).strip()
    if not cleaned:
        raise DateTextError(UNREADABLE)
    if m := _ISO.fullmatch(cleaned):
        return _make(m.group(3), int(m.group(2)), m.group(1), text.strip())
    if m := _NUMERIC.fullmatch(cleaned):
        return _make(m.group(1), int(m.group(2)), m.group(3), text.strip())
    if m := _NAMED.fullmatch(cleaned):
        month = _MONTH_BY_NAME.get(m.group(2))
        if month is None:
            raise DateTextError(UNKNOWN_MONTH, name=m.group(2))
        return _make(m.group(1), month, m.group(3), text.strip())
    if m := _DIGITS.fullmatch(cleaned):
        return _make(m.group(1), int(m.group(2)), m.group(3), text.strip())
    raise DateTextError(UNREADABLE)


def read_date_text(text: str) -> date | None:
    """The date in `text`, or None when it cannot be read (see parse_date_text)."""
    try:
        return parse_date_text(text)
    except DateTextError:
        return None
