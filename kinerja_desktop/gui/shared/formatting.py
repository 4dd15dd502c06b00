"""Dates and numbers for the screen, the Indonesian way (QLocale) whatever the UI language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def locale() -> QLocale:
    return _LOCALE


def format_date(value: date | None) -> str:
    """14 Juni 2019."""
    if value is None:
        return ""
    return _LOCALE.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
