"""Indonesian spelling on printed documents (PUEBI / EYD edisi V, 2022): numbers, percent,
rupiah, ranges, foreign terms in italics, and signature titles written out in full.

Rules followed (Pedoman Umum Ejaan Bahasa Indonesia, Permendikbudristek / Badan Bahasa; EYD V
2022 keeps them):
- the decimal sign is a comma and thousands are grouped with a full stop: 1.250.000,50;
- "%" is written right after the number, without a space: 80%, 90,5%;
- "Rp" is written right before the amount, without a space or full stop: Rp150.000.000;
- the dash, without spaces, means "up to" between numbers, dates or places: 10–20,
  2019–2024, Jakarta–Bandung (the en dash by default; EYD V draws an em dash, see EM_DASH);
- words of a foreign language not yet absorbed are printed in italics (smart village);
- in a signature block the title is written in full, never abbreviated (tata naskah dinas:
  "nama jabatan ditulis lengkap"); the delegation marks a.n., u.b., Plt., Plh. and Pj. are the
  rule's own abbreviations and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

EN_DASH = "\u2013"
# EYD V (2022) prints one dash for "sampai dengan", the em dash ("1910—1945"); the issue and
# typographic use ask the en dash. The en dash is the default; either is a parameter here.
EM_DASH = "\u2014"

Number = int | float | Decimal | str


def _decimal(value: Number) -> Decimal:
    if isinstance(value, float):
        value = repr(value)  # 0.1 stays 0.1, not 0.1000000000000000055…
    if isinstance(value, str):
        value = value.strip().replace(" ", "")
        if "," in value:  # written the Indonesian way: 1.250.000,50
            value = value.replace(".", "").replace(",", ".")
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"Bukan bilangan: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"Bukan bilangan: {value!r}")
    return result


def number(value: Number, decimals: int = 0) -> str:
    """1250000.5 -> '1.250.000,50' (decimals=2): thousands with '.', the decimal comma."""
    amount = _decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = ".".join(groups)
    return f"{sign}{text},{fraction}" if fraction else f"{sign}{text}"


def percent(value: Number, decimals: int = 0) -> str:
    """80 -> '80%', (90.5, 1) -> '90,5%': no space before the sign."""
    return f"{number(value, decimals)}%"


def rupiah(value: Number, decimals: int | None = None) -> str:
    """150000000 -> 'Rp150.000.000', 1250000.5 -> 'Rp1.250.000,50'.

    Without `decimals`, sen are shown (two places) only when the amount has them."""
    amount = _decimal(value)
    if decimals is None:
        decimals = 0 if amount == amount.to_integral_value() else 2
    text = number(abs(amount), decimals)
    return f"-Rp{text}" if amount < 0 else f"Rp{text}"


def number_range(low: Number | str, high: Number | str, dash: str = EN_DASH) -> str:
    """'10–20', '2019–2024', 'Jakarta–Bandung': the en dash without spaces. Parts that hold
    spaces themselves ('14 Juni', '21 September 2019') are set apart with spaced dashes, or the
    dash would seem to join only the words next to it."""
    first, second = str(low).strip(), str(high).strip()
    if " " in first or " " in second:
        return f"{first} {dash} {second}"
    return f"{first}{dash}{second}"


# Typed text as staff write it: "80 %", "Rp 150.000", "Rp. 150.000", "10 - 20" between numbers.
_PERCENT_SPACE = re.compile(r"(?<=\d)\s+%")
_RUPIAH_SPACE = re.compile(r"\bRp\.?\s*(?=\d)")
# A hyphen between two short numbers means "up to"; not inside dates (14-06-2019) or phone
# numbers (0812-3456-7890): a number with another "-digit" on either side is left alone.
_HYPHEN_RANGE = re.compile(r"(?<![\w/-])(?<!\d[.,])(\d{1,4}(?:,\d+)?)\s*-\s*(\d{1,4}(?:,\d+)?)"
                           r"(?![\w/]|[.,]\d|-\d)")


DASHES = {"en": EN_DASH, "em": EM_DASH}  # the setting's values (options.RANGE_DASH)


def tidy(text: str, dash: str = EN_DASH) -> str:
    """Fix what PUEBI asks of typed text without changing its meaning: '80 %' -> '80%',
    'Rp 150.000' and 'Rp. 150.000' -> 'Rp150.000', '10 - 20' -> '10–20'."""
    text = _PERCENT_SPACE.sub("%", text)
    text = _RUPIAH_SPACE.sub("Rp", text)
    text = _HYPHEN_RANGE.sub(lambda m: f"{m.group(1)}{dash}{m.group(2)}", text)
    # EYD V has one dash, the em dash: the en dashes a document holds (ranges, periods) follow.
    return text.replace(EN_DASH, dash) if dash != EN_DASH else text


# --- foreign terms ----------------------------------------------------------------------------

# English terms common in regional planning and performance documents that have not been
# absorbed into Indonesian (KBBI gives an Indonesian word or none). Brand and proper names
# (Facebook, SRIKANDI) are not italicised and are not here.
FOREIGN_TERMS: tuple[str, ...] = (
    "smart village", "smart city", "smart government", "smart economy", "e-government",
    "e-budgeting", "e-planning", "e-office", "e-procurement", "e-catalogue", "online",
    "offline", "website", "dashboard", "stunting", "roadmap", "road map", "monitoring",
    "monitoring and evaluation", "big data", "open data", "one data", "data center", "cloud",
    "software", "hardware", "database", "startup", "start-up", "coworking space",
    "co-working space", "command center", "call center", "helpdesk", "help desk", "workshop",
    "focus group discussion", "benchmarking", "branding", "feedback", "follow up", "outcome",
    "deadline", "timeline", "upload", "download", "email", "e-mail", "username", "password",
    "login", "logout", "chatbot", "hotspot", "wifi", "wi-fi", "broadband", "fiber optic",
    "mapping", "action plan", "quick win", "quick wins", "best practice", "good governance",
    "reward", "punishment", "team building", "key performance indicator",
)

_SUFFIXES = "nya|ku|mu|lah|kah|pun"


def _term_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    words = sorted({t.strip().lower() for t in terms if t.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # A whole word: no letter, digit or hyphen-joined word before or after; a clitic written
    # with a hyphen ("website-nya") stays outside the italics, as PUEBI shows it.
    return re.compile(rf"(?<![\w-])(?:{body})(?=$|[^\w-]|-(?:{_SUFFIXES})\b)", re.IGNORECASE)


_DEFAULT_PATTERN = _term_pattern(FOREIGN_TERMS)


def foreign_spans(text: str, terms: Iterable[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every foreign term in `text`, in order, not overlapping: the spans to
    print in italics. Matched case-insensitively and as whole words (the longest term wins)."""
    pattern = _DEFAULT_PATTERN if terms is None else _term_pattern(terms)
    if not text:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


# --- signature titles -------------------------------------------------------------------------

# Abbreviations of posts and regional agencies (Perangkat Daerah) written out in full. Keys
# match whole words, case-insensitively; the longest first ("Diskominfosatik" before
# "Diskominfo").
TITLE_WORDS: dict[str, str] = {
    "Kadis": "Kepala Dinas",
    "Kaban": "Kepala Badan",
    "Kabag": "Kepala Bagian",
    "Kabid": "Kepala Bidang",
    "Kasubbag": "Kepala Subbagian",
    "Kasubag": "Kepala Subbagian",
    "Kasi": "Kepala Seksi",
    "Kasie": "Kepala Seksi",
    "Sekdis": "Sekretaris Dinas",
    "Sekban": "Sekretaris Badan",
    "Sekda": "Sekretaris Daerah",
    "Setda": "Sekretariat Daerah",
    "Sekwan": "Sekretaris DPRD",
    "Setwan": "Sekretariat DPRD",
    "Wabup": "Wakil Bupati",
    "Kab.": "Kabupaten",
    "Kec.": "Kecamatan",
    "Kel.": "Kelurahan",
    "Prov.": "Provinsi",
    "Disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
    "Bappeda": "Badan Perencanaan Pembangunan Daerah",
    "Dinkes": "Dinas Kesehatan",
    "Disdik": "Dinas Pendidikan",
    "Dindik": "Dinas Pendidikan",
    "Dinsos": "Dinas Sosial",
    "Dishub": "Dinas Perhubungan",
    "Disnaker": "Dinas Tenaga Kerja",
    "Disperindag": "Dinas Perindustrian dan Perdagangan",
    "Diskominfo": "Dinas Komunikasi dan Informatika",
    "Diskominfosatik": "Dinas Komunikasi, Informatika, Persandian dan Statistik",
    "DPMPTSP": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "DPMD": "Dinas Pemberdayaan Masyarakat dan Desa",
    "DPUPR": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "DLH": "Dinas Lingkungan Hidup",
    "BKPSDM": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "BKD": "Badan Kepegawaian Daerah",
    "BPKAD": "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Bapenda": "Badan Pendapatan Daerah",
    "BPBD": "Badan Penanggulangan Bencana Daerah",
    "Kesbangpol": "Badan Kesatuan Bangsa dan Politik",
    "Satpol PP": "Satuan Polisi Pamong Praja",
    "RSUD": "Rumah Sakit Umum Daerah",
}
# The rule's own abbreviations, kept as written.
KEPT = ("a.n.", "u.b.", "Plt.", "Plh.", "Pj.")

_TITLE_KEYS = {k.lower(): v for k, v in TITLE_WORDS.items()}
_CANONICAL = {k.lower(): k for k in TITLE_WORDS}
_TITLE_PATTERN = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+")
                                for k in sorted(TITLE_WORDS, key=len, reverse=True))
    + r")(?![\w])", re.IGNORECASE)
_REPEATED = re.compile(r"\b(Dinas|Badan|Kepala)\s+\1\b", re.IGNORECASE)


def _expansion(match: re.Match[str]) -> str:
    written = match.group(0)
    key = " ".join(written.lower().split())
    # A title typed in capitals stays in capitals ("KADIS" -> "KEPALA DINAS"); an acronym
    # written as itself ("RSUD") is no sign of that.
    shouted = written.isupper() and not _CANONICAL[key].isupper()
    return _TITLE_KEYS[key].upper() if shouted else _TITLE_KEYS[key]


def full_title(title: str) -> str:
    """'Kadis Kesehatan Kab. Serang' -> 'Kepala Dinas Kesehatan Kabupaten Serang'; 'Plt.
    Kepala Disdukcapil' -> 'Plt. Kepala Dinas Kependudukan dan Pencatatan Sipil'. Spaces are
    tidied; a word the table does not know is left as written."""
    text = " ".join(title.split())
    text = _TITLE_PATTERN.sub(_expansion, text)
    # "Kadis Dinkes" would read "Kepala Dinas Dinas Kesehatan": one "Dinas" is enough.
    return _REPEATED.sub(lambda m: m.group(1), text)


# --- the letterhead's address line ------------------------------------------------------------

_ADDRESS_WORDS = {"jl.": "Jalan", "jln.": "Jalan", "jl": "Jalan", "no.": "Nomor",
                  "telp.": "Telepon", "tlp.": "Telepon", "telp": "Telepon", "fax.": "Faksimile",
                  "faks.": "Faksimile", "fax": "Faksimile", "kab.": "Kabupaten",
                  "kec.": "Kecamatan", "kel.": "Kelurahan", "prov.": "Provinsi"}
_ADDRESS_PATTERN = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(k) for k in sorted(_ADDRESS_WORDS, key=len,
                                                             reverse=True))
    + r")(?![\w])", re.IGNORECASE)


def full_address(address: str) -> str:
    """'Jl. Veteran No. 1' -> 'Jalan Veteran Nomor 1': the kop writes its words in full."""
    return _ADDRESS_PATTERN.sub(lambda m: _ADDRESS_WORDS[m.group(0).lower()],
                                " ".join(address.split()))


def address_line(address: str, telephone: str = "", website: str = "", email: str = "",
                 place: str = "", postal_code: str = "") -> str:
    """The kop's address line in the order and words of the tata naskah dinas examples:
    'Jalan Veteran Nomor 1 Telepon (0254) 200001 Laman serangkab.go.id Pos-el
    setda@serangkab.go.id Serang 42111'. Empty parts are left out; the place and the post code
    are not repeated when the address already holds them."""
    parts = [full_address(address)] if address.strip() else []
    if telephone.strip():
        parts.append(f"Telepon {telephone.strip()}")
    if website.strip():
        parts.append(f"Laman {website.strip()}")
    if email.strip():
        parts.append(f"Pos-el {email.strip()}")
    written = parts[0].lower() if address.strip() else ""

    def held(word: str) -> bool:
        return bool(re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", written))

    place, postal_code = place.strip(), postal_code.strip()
    if place and held(place) and postal_code and not held(postal_code):
        # The address names the place ('…, Serang'): the post code goes beside it, not alone
        # at the end of the line.
        parts[0] = f"{parts[0]} {postal_code}"
        return " ".join(parts)
    parts.extend(word for word in (place, postal_code) if word and not held(word))
    return " ".join(parts)
