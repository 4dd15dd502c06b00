"""Numbers and dates in words, as minutes of handover write them ('empat belas')."""

from __future__ import annotations

from datetime import date

from kinerja_desktop.domain.dates import DAYS, MONTHS

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas")


def terbilang(n: int) -> str:
    """0 <= n < 1,000,000: 14 -> 'empat belas', 2019 -> 'dua ribu sembilan belas'."""
    if n < 0 or n >= 1_000_000:
        raise ValueError(n)
    if n == 0:
        return "nol"
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    if n < 200:
        return "seratus" + (f" {terbilang(n - 100)}" if n > 100 else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_UNITS[hundreds]} ratus" + (f" {terbilang(rest)}" if rest else "")
    if n < 2000:
        return "seribu" + (f" {terbilang(n - 1000)}" if n > 1000 else "")
    thousands, rest = divmod(n, 1000)
    return f"{terbilang(thousands)} ribu" + (f" {terbilang(rest)}" if rest else "")


def date_in_words(day: date) -> str:
    """'Jumat tanggal empat belas bulan Juni tahun dua ribu sembilan belas'."""
    return (f"{DAYS[day.weekday()]} tanggal {terbilang(day.day)} bulan {MONTHS[day.month - 1]} "
            f"tahun {terbilang(day.year)}")
