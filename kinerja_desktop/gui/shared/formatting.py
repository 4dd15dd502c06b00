"""Dates and numbers for the screen: numbers the Indonesian way (QLocale) whatever the UI
language, dates written in the UI's language (documents always print Indonesian dates)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
_date_locale = _LOCALE  # follows the UI language (set_language, called by i18n)


def locale() -> QLocale:
    return _LOCALE


def format_date(value: date | None) -> str:
    """14 Juni 2019."""
    if value is None:
        return ""
    return _date_locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def set_language(language: str) -> None:
    """Write the screen's dates in the UI language: "14 June 2019" in English. Numbers keep
    the Indonesian decimal comma, the one the editors read back."""
    global _date_locale
    _date_locale = _LOCALE if language == "id" else QLocale(QLocale.Language.English,
                                                            QLocale.Country.UnitedKingdom)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
