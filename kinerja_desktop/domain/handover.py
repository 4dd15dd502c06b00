"""A handover of a post (serah terima jabatan): the Berita Acara and the Memori Serah Terima
Jabatan as plain data, with their validation.

Who hands over to whom, on what date, under which decree; the memo's free-text parts (programs
under way, problems, recommendations, notes) and its four lists (activities, staff, assets,
documents). What the acting holder did in the acting period stays their responsibility.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date, datetime

from kinerja_desktop.domain import vocab
from kinerja_desktop.domain.nip import check_nip
from kinerja_desktop.domain.officials import full_name, post_display
from kinerja_desktop.errors import Problem

# The memo's lists, in the order they are shown and printed: code -> heading.
SECTIONS: dict[str, str] = {
    "kegiatan": "Program dan kegiatan yang sedang berjalan",
    "pegawai": "Pegawai",
    "aset": "Aset/barang milik daerah",
    "dokumen": "Dokumen/arsip",
}
SECTION_CODES = tuple(SECTIONS)
# Column headings of each list for a printed table (the numbering column not included):
# name, quantity, condition, note.
SECTION_COLUMNS: dict[str, tuple[str, str, str, str]] = {
    "kegiatan": ("Program/kegiatan", "Volume/anggaran", "Keadaan", "Keterangan"),
    "pegawai": ("Uraian", "Jumlah", "Keadaan", "Keterangan"),
    "aset": ("Nama barang", "Jumlah", "Kondisi", "Keterangan"),
    "dokumen": ("Nama dokumen/arsip", "Jumlah", "Keadaan", "Keterangan"),
}
# The free-text parts of the memo: attribute -> heading.
TEXT_PARTS: dict[str, str] = {
    "programs": "Program dan kegiatan",
    "problems": "Permasalahan",
    "recommendations": "Saran dan rekomendasi",
    "notes": "Catatan",
}

# Text limits (the schema's column sizes, or a sensible bound for free text).
MAX_NUMBER = 100
MAX_LINE = 200
MAX_TEXT_SK = 1000  # a decree's subject: a long "tentang …" sentence
MAX_MEMO = 10_000
MAX_ITEM_NAME = 500
MAX_QUANTITY = 50
MAX_CONDITION = 100
MAX_ITEM_NOTE = 500
MAX_WITNESSES = 6
MAX_ITEMS = 500  # per section


@dataclass(frozen=True)
class Witness:
    """A witness (saksi) or the official who acknowledges (mengetahui) the handover."""

    name: str
    title: str
    nip: str = ""  # 18 digits, or "" (elected officials have none)


@dataclass(frozen=True)
class HandoverItemInput:
    """One line of a memo list: an activity, a group of staff, an asset or a document."""

    section: str  # one of SECTION_CODES
    name: str
    quantity: str = ""
    condition: str = ""
    note: str = ""


@dataclass
class HandoverInput:
    """What the user gives for a handover. Officials and appointments are ids; the post and
    unit are the ones handed over (the unit is found or created by name when saved)."""

    date: date | None = None
    number: str = ""
    place: str = ""
    decree_number: str = ""
    decree_date: dt.date | None = None  # dt.: the field `date` hides the type here
    post_title: str = ""
    unit_name: str = ""
    outgoing_official_id: int | None = None  # PIHAK PERTAMA, who hands over
    outgoing_appointment_id: int | None = None  # their post (e.g. Plt. Kepala …)
    incoming_official_id: int | None = None  # PIHAK KEDUA, who receives
    incoming_appointment_id: int | None = None  # their new post
    witnesses: list[Witness] = field(default_factory=list)
    programs: str = ""
    problems: str = ""
    recommendations: str = ""
    notes: str = ""
    items: list[HandoverItemInput] = field(default_factory=list)
    decree_issuer: str = ""  # who issued the decree: "Bupati Serang"
    decree_subject: str = ""  # what it is about: "Pengangkatan dalam Jabatan …" (tentang …)

    def items_in(self, section: str) -> list[HandoverItemInput]:
        return [i for i in self.items if i.section == section]


def _too_long(value: str, limit: int, field_name: str, label: str,
              row: int | None = None) -> list[Problem]:
    if len(value) > limit:
        return [Problem(field_name, f"{label} terlalu panjang (maksimal {limit} huruf).",
                        row=row)]
    return []


def validate_handover(data: HandoverInput) -> list[Problem]:
    """Every problem with a handover (errors and warnings), in the order of the form.

    Problems of a list line carry the field "<section>_<column>" (e.g. "aset_nama") and the
    line's number within its list as row; a witness's carry "saksi_<column>" and its number.
    """
    problems: list[Problem] = []
    if data.date is None:
        problems.append(Problem("tanggal", "Tanggal serah terima wajib diisi."))
    problems += _too_long(data.number, MAX_NUMBER, "nomor", "Nomor berita acara")
    problems += _too_long(data.place, MAX_LINE, "tempat", "Tempat")
    problems += _too_long(data.decree_number, MAX_LINE, "nomor_sk", "Nomor SK")
    problems += _too_long(data.decree_issuer, MAX_LINE, "penerbit_sk", "Pejabat penerbit SK")
    problems += _too_long(data.decree_subject, MAX_TEXT_SK, "perihal_sk", "Perihal SK")
    if data.decree_date and data.date and data.decree_date > data.date:
        problems.append(Problem("tanggal_sk", "Tanggal SK sesudah tanggal serah terima; "
                                              "periksa kembali.", "warning"))
    if data.decree_number.strip() and data.decree_date is None:
        problems.append(Problem("tanggal_sk", "Tanggal SK belum diisi.", "warning"))
    for value, key, label in ((data.post_title, "jabatan", "Jabatan yang diserahterimakan"),
                              (data.unit_name, "unit_kerja", "Unit kerja")):
        if not value.strip():
            problems.append(Problem(key, f"{label} wajib diisi."))
        else:
            problems += _too_long(value, MAX_LINE, key, label)
    if data.outgoing_official_id is None:
        problems.append(Problem("pihak_pertama", "Pejabat yang menyerahkan wajib diisi."))
    if data.incoming_official_id is None:
        problems.append(Problem("pihak_kedua", "Pejabat yang menerima wajib diisi."))
    if (data.outgoing_official_id is not None
            and data.outgoing_official_id == data.incoming_official_id):
        problems.append(Problem("pihak_kedua", "Pejabat yang menerima harus orang lain "
                                               "daripada yang menyerahkan."))
    if data.outgoing_appointment_id is None and data.incoming_appointment_id is None:
        problems.append(Problem("jabatan_pihak", "Pilih jabatan minimal salah satu pihak "
                                                 "(yang menyerahkan atau yang menerima)."))
    problems += _validate_witnesses(data.witnesses)
    for attribute, label in TEXT_PARTS.items():
        problems += _too_long(getattr(data, attribute), MAX_MEMO, attribute, label)
    problems += _validate_items(data.items)
    return problems


def _validate_witnesses(witnesses: list[Witness]) -> list[Problem]:
    problems: list[Problem] = []
    if len(witnesses) > MAX_WITNESSES:
        problems.append(Problem("saksi", f"Saksi paling banyak {MAX_WITNESSES} orang."))
    for number, w in enumerate(witnesses, start=1):
        where = f"Saksi baris {number}"
        if not w.name.strip():
            problems.append(Problem("saksi_nama", f"{where}: nama wajib diisi.", row=number))
        problems += _too_long(w.name, MAX_LINE, "saksi_nama", f"{where}: nama", number)
        if not w.title.strip():
            problems.append(Problem("saksi_jabatan", f"{where}: jabatan wajib diisi.",
                                    row=number))
        problems += _too_long(w.title, MAX_LINE, "saksi_jabatan", f"{where}: jabatan", number)
        if w.nip.strip():
            _, nip_problems = check_nip(w.nip, "saksi_nip")
            problems += [Problem(p.field, f"{where}: {p.message}", p.severity, number)
                         for p in nip_problems]
    return problems


def _validate_items(items: list[HandoverItemInput]) -> list[Problem]:
    problems: list[Problem] = []
    numbers = {code: 0 for code in SECTION_CODES}
    for item in items:
        if item.section not in SECTIONS:
            problems.append(Problem("bagian", f"Bagian '{item.section}' tidak dikenal."))
            continue
        numbers[item.section] += 1
        number = numbers[item.section]
        where = f"{SECTIONS[item.section]}, baris {number}"
        key = item.section
        if not item.name.strip():
            problems.append(Problem(f"{key}_nama", f"{where}: uraian wajib diisi.", row=number))
        for value, limit, column, label in (
                (item.name, MAX_ITEM_NAME, "nama", "uraian"),
                (item.quantity, MAX_QUANTITY, "jumlah", "jumlah"),
                (item.condition, MAX_CONDITION, "kondisi", "kondisi/keadaan"),
                (item.note, MAX_ITEM_NOTE, "keterangan", "keterangan")):
            problems += _too_long(value, limit, f"{key}_{column}", f"{where}: {label}", number)
    for code, count in numbers.items():
        if count > MAX_ITEMS:
            problems.append(Problem(code, f"{SECTIONS[code]}: paling banyak {MAX_ITEMS} baris."))
    return problems


# Stored ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HandoverParty:
    """One side of a handover as it stands in the database now: the official (name, titles,
    NIP, rank) and the post they hand over or receive (empty when no appointment is linked)."""

    official_id: int
    name: str  # as on the roster, without titles
    front_title: str
    back_title: str
    nip: str  # 18 digits, ungrouped
    rank: str | None  # code such as "IV/a"
    appointment_id: int | None
    post_title: str  # the appointment's post, "" without one
    filling: str | None  # "plt", "rotasi", …
    eselon: str | None
    unit_name: str
    start_date: date | None
    end_date: date | None

    @property
    def full_name(self) -> str:
        """'Dr. H. Abdullah, M.Si' — as documents write it."""
        return full_name(self.name, self.front_title, self.back_title)

    @property
    def post(self) -> str:
        """The post with its acting prefix: 'Plt. Kepala Dinas …' ('' without one)."""
        return post_display(self.post_title, self.filling) if self.post_title else ""

    @property
    def acting(self) -> bool:
        return vocab.is_temporary(self.filling)


@dataclass(frozen=True)
class HandoverItemRecord:
    """A stored line of a memo list."""

    id: int
    section: str
    position: int  # 1, 2, … within its section
    name: str
    quantity: str
    condition: str
    note: str

    def as_input(self) -> HandoverItemInput:
        return HandoverItemInput(self.section, self.name, self.quantity, self.condition,
                                 self.note)


@dataclass(frozen=True)
class HandoverRecord:
    """A stored handover with everything a document needs, as plain data."""

    id: int
    uuid: str
    date: date
    number: str
    place: str
    decree_number: str
    decree_date: dt.date | None  # dt.: the field `date` hides the type here
    post_title: str  # the post handed over, e.g. "Kepala Dinas Kependudukan dan Catatan Sipil"
    unit_id: int
    unit_name: str
    unit_short_name: str
    outgoing: HandoverParty  # PIHAK PERTAMA
    incoming: HandoverParty  # PIHAK KEDUA
    witnesses: tuple[Witness, ...]
    programs: str
    problems: str
    recommendations: str
    notes: str
    items: tuple[HandoverItemRecord, ...]  # by SECTION_CODES order, then position
    created_at: datetime
    modified_at: datetime
    decree_issuer: str = ""
    decree_subject: str = ""

    def items_in(self, section: str) -> tuple[HandoverItemRecord, ...]:
        return tuple(i for i in self.items if i.section == section)

    def as_input(self) -> HandoverInput:
        return HandoverInput(
            self.date, self.number, self.place, self.decree_number, self.decree_date,
            self.post_title, self.unit_name, self.outgoing.official_id,
            self.outgoing.appointment_id, self.incoming.official_id,
            self.incoming.appointment_id, list(self.witnesses), self.programs, self.problems,
            self.recommendations, self.notes, [i.as_input() for i in self.items],
            self.decree_issuer, self.decree_subject)


@dataclass(frozen=True)
class HandoverSummary:
    """A line of the handover list."""

    id: int
    uuid: str
    date: date
    number: str
    post_title: str
    unit_name: str
    outgoing_name: str  # full names, with titles
    incoming_name: str
    item_count: int
    outgoing_nip: str = ""  # 18 digits, ungrouped: `handover list` names both sides by NIP
    incoming_nip: str = ""
