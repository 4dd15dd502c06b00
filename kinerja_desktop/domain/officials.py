"""Plain data for officials, their appointments and inaugurations, with their validation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.nip import check_nip
from kinerja_desktop.errors import Problem, ValidationError

MAX_TEXT = 200


def full_name(name: str, front_title: str = "", back_title: str = "") -> str:
    """'Dr. H.' + 'Abdullah' + 'M.Si' -> 'Dr. H. Abdullah, M.Si' (the way documents write it)."""
    text = " ".join(part for part in (front_title.strip(), name.strip()) if part)
    return f"{text}, {back_title.strip()}" if back_title.strip() else text


def clean(text: object) -> str:
    """Collapse whitespace in a free-text field; None becomes ''."""
    return " ".join(str(text).split()) if text is not None else ""


@dataclass
class OfficialInput:
    """What the user gives for an official; derived parts (birth date, sex) come from the NIP."""

    nip: str
    name: str
    front_title: str = ""
    back_title: str = ""
    rank: str | None = None  # code such as "IV/c"
    active: bool = True


@dataclass
class AppointmentInput:
    """One post held (or held before) by an official."""

    post_title: str
    unit_name: str
    eselon: str | None = None
    filling: str | None = None  # code from vocab.FILLING_METHODS
    decree_number: str = ""
    decree_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    previous_post: str = ""  # as written on the decree or in the spreadsheet


@dataclass
class InaugurationItem:
    """One appointment made at an inauguration."""

    official_id: int
    post_title: str
    unit_name: str
    eselon: str | None = None
    filling: str | None = None
    decree_number: str = ""
    decree_date: date | None = None


@dataclass
class InaugurationInput:
    """An inauguration (pelantikan): when, where, by whom, and the appointments made."""

    date: date
    place: str
    inaugurating_signatory_id: int | None = None
    inaugurated_by: str = ""
    note: str = ""
    items: list[InaugurationItem] = field(default_factory=list)


def _required(value: str, field_name: str, label: str) -> list[Problem]:
    if not value.strip():
        return [Problem(field_name, f"{label} wajib diisi.")]
    if len(value) > MAX_TEXT:
        return [Problem(field_name, f"{label} terlalu panjang (maksimal {MAX_TEXT} huruf).")]
    return []


def validate_official(data: OfficialInput) -> list[Problem]:
    """Every problem with an official's own fields (errors and warnings)."""
    _, problems = check_nip(data.nip, "nip")
    problems += _required(data.name, "nama", "Nama")
    if data.name.strip() and not any(ch.isalpha() for ch in data.name):
        problems.append(Problem("nama", "Nama harus berisi huruf."))
    for value, key, label in ((data.front_title, "gelar_depan", "Gelar depan"),
                              (data.back_title, "gelar_belakang", "Gelar belakang")):
        if len(value) > 60:
            problems.append(Problem(key, f"{label} terlalu panjang (maksimal 60 huruf)."))
    if data.rank and data.rank not in ranks.RANK_CODES:
        problems.append(Problem("pangkat_golongan", f"Golongan '{data.rank}' tidak dikenal."))
    return problems


def validate_appointment(data: AppointmentInput, rank: str | None = None) -> list[Problem]:
    """Every problem with an appointment; a rank outside the eselon's usual range only warns."""
    problems = _required(data.post_title, "jabatan", "Jabatan")
    problems += _required(data.unit_name, "unit_kerja", "Unit kerja")
    if data.eselon and data.eselon not in ranks.ESELONS:
        problems.append(Problem("eselon", f"Eselon '{data.eselon}' tidak dikenal."))
    if data.filling and data.filling not in vocab.FILLING_METHODS:
        problems.append(Problem("jenis_pengisian", f"Jenis pengisian '{data.filling}' "
                                                   f"tidak dikenal."))
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems.append(Problem("tanggal_selesai", "Tanggal selesai jabatan tidak boleh "
                                                   "sebelum tanggal mulai."))
    if data.decree_date and data.start_date and data.decree_date > data.start_date:
        problems.append(Problem("tanggal_sk", "Tanggal SK sesudah tanggal mulai jabatan; "
                                              "periksa kembali.", "warning"))
    problems += ranks.rank_warnings(rank, data.eselon)
    return problems


def validate_inauguration(data: InaugurationInput) -> list[Problem]:
    """Problems with an inauguration as a whole; each item is checked as an appointment too."""
    problems = _required(data.place, "tempat", "Tempat pelantikan")
    if not data.items:
        problems.append(Problem("pejabat", "Pelantikan harus memuat minimal satu pejabat."))
    seen: set[int] = set()
    for number, item in enumerate(data.items, start=1):
        if item.official_id in seen:
            problems.append(Problem("pejabat", f"Pejabat pada baris {number} sudah ada "
                                               f"di baris sebelumnya.", row=number))
        seen.add(item.official_id)
        appointment = AppointmentInput(item.post_title, item.unit_name, item.eselon,
                                       item.filling, item.decree_number, item.decree_date,
                                       data.date)
        problems += [Problem(p.field, p.message, p.severity, number)
                     for p in validate_appointment(appointment)]
    return problems


def raise_if_errors(problems: list[Problem]) -> list[Problem]:
    """Raise ValidationError if any problem is an error; otherwise return the warnings."""
    if any(p.is_error for p in problems):
        raise ValidationError(problems)
    return problems


def post_display(post_title: str, filling: str | None) -> str:
    """An acting post is written with its prefix: 'Plt. Kepala Dinas …'."""
    if filling in vocab.TEMPORARY_FILLINGS:
        return f"{vocab.filling_label(filling)}. {post_title}"
    return post_title


def previous_post_text(recorded: str, ended_title: str | None = None,
                       ended_filling: str | None = None) -> str:
    """The previous post as shown and exported: as recorded on the appointment, else the
    post the official held until this one began (with its Plt./Plh./Pj. prefix)."""
    if recorded or not ended_title:
        return recorded
    return post_display(ended_title, ended_filling)


def main_post_key(filling: str | None, eselon: str | None, start_date: date | None,
                  record_id: int) -> tuple[bool, int, int, int]:
    """Sort key choosing an official's main post among those held at once: definitive before
    acting, higher eselon first, then the most recent."""
    eselon_rank = ranks.ESELONS.index(eselon) if eselon in ranks.ESELONS else len(ranks.ESELONS)
    start = start_date.toordinal() if start_date else 0
    return (vocab.is_temporary(filling), eselon_rank, -start, -record_id)


@dataclass
class AppointmentRecord:
    """A stored appointment, as shown and edited."""

    id: int
    official_id: int
    post_title: str
    unit_id: int
    unit_name: str
    eselon: str | None
    filling: str | None
    decree_number: str
    decree_date: date | None
    start_date: date | None
    end_date: date | None
    previous_post: str
    inauguration_id: int | None

    @property
    def current(self) -> bool:
        return self.end_date is None

    def as_input(self) -> AppointmentInput:
        return AppointmentInput(self.post_title, self.unit_name, self.eselon, self.filling,
                                self.decree_number, self.decree_date, self.start_date,
                                self.end_date, self.previous_post)


@dataclass
class OfficialRecord:
    """A stored official with their appointment history (newest first)."""

    id: int
    uuid: str
    nip: str
    name: str
    front_title: str
    back_title: str
    rank: str | None
    sex: str
    birth_date: date
    active: bool
    appointments: list[AppointmentRecord] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return full_name(self.name, self.front_title, self.back_title)

    def current_appointments(self) -> list[AppointmentRecord]:
        return [a for a in self.appointments if a.current]

    def main_appointment(self) -> AppointmentRecord | None:
        current = self.current_appointments()
        return min(current, key=lambda a: main_post_key(a.filling, a.eselon, a.start_date, a.id),
                   default=None)

    def as_input(self) -> OfficialInput:
        return OfficialInput(self.nip, self.name, self.front_title, self.back_title, self.rank,
                             self.active)


@dataclass(frozen=True)
class UnitRecord:
    """A unit/agency (OPD)."""

    id: int
    name: str
    short_name: str
    kind: str


@dataclass(frozen=True)
class SignatoryRecord:
    """Someone who signs documents or inaugurates officials."""

    id: int
    name: str
    title: str
    role: str
    nip: str | None
    rank: str | None
