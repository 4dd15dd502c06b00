"""NIP (Nomor Induk Pegawai) of civil servants, as Perka BKN 22/2007 defines it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from numbers import Number

from kinerja_desktop.errors import Problem, ValidationError

NIP_LENGTH = 18
# Spreadsheets carry NIPs grouped with spaces, dots or dashes, sometimes a leading apostrophe
# (Excel's "store as text") or non-breaking spaces: all are separators, not content.
_SEPARATORS = re.compile(r"[\s.\-'\u00a0\u2007\u202f]+")
# A NIP cell left in Excel's General or Number format becomes a number: a double keeps 15
# significant digits, so the last digits of the 18 are gone, whatever it looks like afterwards.
# As text it arrives in scientific notation, one digit before the decimal mark
# ("1.96608011988031E+17", "1,96608E+17"), with a decimal part ("196608011988031000.0",
# "196608011988031000,00") or with thousands grouped ("196.608.011.988.031.000").
_SCIENTIFIC = re.compile(r"[+-]?\s*\d(?:[.,]\d*)?\s*E\s*[+-]?\s*\d+", re.I)
_DECIMAL = re.compile(r"[+-]?(\d+)[.,]\d+")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}([.,])\d{3}(?:\1\d{3})+(?:(?!\1)[.,]\d+)?")
# Digits before a separator that ends a group of the printed form 19700101.199003.1.002: a
# single dot there groups a NIP, anywhere else it is a decimal mark.
_GROUP_ENDS = (8, 14, 15)
_TEXT_SPACE = " \t\r\n\u00a0\u2007\u202f'"

SEX_MALE = "L"
SEX_FEMALE = "P"
SEX_LABELS = {SEX_MALE: "Laki-laki", SEX_FEMALE: "Perempuan"}


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP says about its holder."""

    nip: str
    birth_date: date
    tmt_cpns_year: int
    tmt_cpns_month: int
    sex: str  # SEX_MALE or SEX_FEMALE
    serial: int


def is_spreadsheet_number(raw: object) -> bool:
    """Whether a NIP arrived as a number (a numeric cell) or as the text a spreadsheet shows
    for one: its digits cannot be trusted, it must be typed again as text."""
    if isinstance(raw, Number):
        return not isinstance(raw, bool)
    if not isinstance(raw, str):
        return False
    text = raw.strip(_TEXT_SPACE)
    if _SCIENTIFIC.fullmatch(text) or _THOUSANDS.fullmatch(text):
        return True
    decimal = _DECIMAL.fullmatch(text)
    return decimal is not None and len(decimal.group(1)) not in _GROUP_ENDS


def spreadsheet_number_problem(raw: object, field: str = "nip") -> Problem | None:
    """The error for a NIP that a spreadsheet stored as a number, or None for any other."""
    if not is_spreadsheet_number(raw):
        return None
    shown = raw.strip() if isinstance(raw, str) else raw
    return Problem(field, f"NIP '{shown}' tersimpan sebagai angka oleh Excel sehingga digit "
                          f"terakhirnya hilang; format kolom NIP sebagai Teks lalu ketik ulang.")


def normalize_nip(raw: object) -> str:
    """Strip separators from a NIP as typed or pasted; the result may still be invalid.
    A spreadsheet number is not converted: it comes back as written (stripped), so text
    such as "1.96608011988031E+17" or a float stays something check_nip refuses and a search
    matches nobody with; only an int reads as its digits (check_nip refuses the int itself)."""
    if raw is None:
        return ""
    text = str(raw).strip()
    if is_spreadsheet_number(raw):
        return text
    return _SEPARATORS.sub("", text)


def check_nip(raw: object, field: str = "nip") -> tuple[NipInfo | None, list[Problem]]:
    """Validate a NIP; return its parsed parts (None when invalid) and every problem found."""
    lost = spreadsheet_number_problem(raw, field)
    if lost is not None:
        return None, [lost]
    nip = normalize_nip(raw)
    problems: list[Problem] = []

    def error(message: str) -> tuple[None, list[Problem]]:
        problems.append(Problem(field, message))
        return None, problems

    if not nip:
        return error("NIP wajib diisi.")
    if not nip.isdigit():
        return error(f"NIP hanya boleh berisi angka (tertulis '{raw}').")
    if len(nip) != NIP_LENGTH:
        return error(f"NIP harus {NIP_LENGTH} angka, tertulis {len(nip)} angka.")
    try:
        birth = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return error(f"8 angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH), "
                     f"bukan {nip[0:8]}.")
    tmt_year, tmt_month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= tmt_month <= 12:
        return error(f"Angka ke-9 s.d. 14 NIP harus TMT CPNS (tahun dan bulan), "
                     f"bulan {nip[12:14]} tidak ada.")
    if (tmt_year, tmt_month) <= (birth.year, birth.month):
        return error(f"TMT CPNS {nip[8:12]}-{nip[12:14]} pada NIP harus sesudah "
                     f"tanggal lahir {birth.isoformat()}.")
    sex_digit = nip[14]
    if sex_digit not in "12":
        return error(f"Angka ke-15 NIP adalah jenis kelamin (1 laki-laki, 2 perempuan), "
                     f"bukan {sex_digit}.")
    serial = int(nip[15:18])
    if serial == 0:
        return error("Tiga angka terakhir NIP (nomor urut) dimulai dari 001, bukan 000.")
    age_at_tmt = tmt_year - birth.year - (1 if tmt_month < birth.month else 0)
    if age_at_tmt < 18:
        problems.append(Problem(field, f"Menurut NIP, TMT CPNS pada usia {age_at_tmt} tahun "
                                       f"(biasanya minimal 18 tahun); periksa kembali.",
                                "warning"))
    info = NipInfo(nip, birth, tmt_year, tmt_month,
                   SEX_MALE if sex_digit == "1" else SEX_FEMALE, serial)
    return info, problems


def parse_nip(raw: object, field: str = "nip") -> NipInfo:
    """Validate a NIP and return its parts, or raise ValidationError naming the field."""
    info, problems = check_nip(raw, field)
    if info is None:
        raise ValidationError(problems)
    return info


def format_nip(nip: str) -> str:
    """Group an 18-digit NIP the way official documents print it: 19700101 199003 1 002."""
    digits = normalize_nip(nip)
    if len(digits) != NIP_LENGTH or not digits.isdigit():
        return str(nip)
    return f"{digits[0:8]} {digits[8:14]} {digits[14]} {digits[15:18]}"
