"""What every printed document shares, built from the database: the letterhead, identity rows,
signers, date lines (each document kind has its own builder module beside this one), and what
the documents of one print share, read once (PrintData)."""

from __future__ import annotations

from datetime import date

from kinerja_desktop.domain.dates import MONTHS, format_date
from kinerja_desktop.domain.documents import KOP_AGENCY, Institution, Row, Signer
from kinerja_desktop.domain.evaluations import PersonSnapshot
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.officials import SignatoryRecord
from kinerja_desktop.domain.options import one_line
from kinerja_desktop.domain.ranks import rank_label
from kinerja_desktop.errors import NotFoundError
from kinerja_desktop.services.setup import (DatasetSettings, default_head_title,
                                            load_settings)
from kinerja_desktop.storage import document_repo, official_repo
from kinerja_desktop.storage.database import Database


def institution(db: Database, kind: str = KOP_AGENCY) -> Institution:
    """The letterhead of `kind`: KOP_HEAD for what the head of the region signs, KOP_AGENCY
    for what an agency (the Setda) signs. Every field is filled whatever the kind: the
    renderer prints what its kind shows."""
    return institution_from(load_settings(db), kind)


def institution_from(s: DatasetSettings, kind: str = KOP_AGENCY) -> Institution:
    """The letterhead the settings `s` print (saved or still in a form: the settings' preview
    shows what a document will carry). Lines printed in capitals are given in capitals."""
    # Cleaned as the settings store cleans them, so that typed text previews as it will print.
    place = one_line(s.place)
    return Institution(
        (one_line(s.institution) or "Pemerintah Kabupaten").upper(),
        (one_line(s.agency) or "Sekretariat Daerah").upper(), s.address.strip(), place,
        s.emblem_png, kind=kind,
        head_title=(one_line(s.head_title) or default_head_title(place)).upper(),
        national_emblem_png=s.national_emblem_png, telephone=one_line(s.telephone),
        email=one_line(s.email), postal_code=one_line(s.postal_code),
        website=one_line(s.website))


class PrintData:
    """What the documents of one print read alike, each read from the database once: the
    dataset settings (letterheads, paper), the signatories and their scanned signatures, the
    dates of inaugurations. A batch holds one for all its sheets and drops it when done (no
    global cache outlives a print); a single print makes its own. Its size depends on the
    office (a few signatories, the inaugurations), not on the number of sheets."""

    def __init__(self, db: Database):
        self.db = db
        self._settings: DatasetSettings | None = None
        self._letterheads: dict[str, Institution] = {}
        self._active: list[SignatoryRecord] | None = None
        self._signatories: dict[int, SignatoryRecord | None] = {}
        self._signatures: dict[int, bytes | None] = {}
        self._inaugurations: dict[int, date | None] = {}

    def settings(self) -> DatasetSettings:
        if self._settings is None:
            self._settings = load_settings(self.db)
        return self._settings

    def institution(self, kind: str = KOP_AGENCY) -> Institution:
        if kind not in self._letterheads:
            self._letterheads[kind] = institution_from(self.settings(), kind)
        return self._letterheads[kind]

    def paper(self) -> str:
        return self.settings().paper

    def active_signatories(self) -> list[SignatoryRecord]:
        if self._active is None:
            self._active = official_repo.list_signatories(self.db)
        return self._active

    def bupati(self) -> SignatoryRecord | None:
        """The first active signatory whose role is bupati (official_repo.signatory_by_role)."""
        return next((s for s in self.active_signatories() if s.role == "bupati"), None)

    def signatory(self, signatory_id: int) -> SignatoryRecord:
        """A signatory, active or not; NotFoundError when gone."""
        if signatory_id not in self._signatories:
            try:
                self._signatories[signatory_id] = official_repo.signatory(self.db,
                                                                          signatory_id)
            except NotFoundError:
                self._signatories[signatory_id] = None
        found = self._signatories[signatory_id]
        if found is None:
            raise NotFoundError(f"Penandatangan dengan id {signatory_id} tidak ditemukan.")
        return found

    def signature(self, signatory_id: int) -> bytes | None:
        if signatory_id not in self._signatures:
            self._signatures[signatory_id] = document_repo.signature_png(self.db, signatory_id)
        return self._signatures[signatory_id]

    def inauguration_date(self, inauguration_id: int | None) -> date | None:
        if inauguration_id is None:
            return None
        if inauguration_id not in self._inaugurations:
            self._inaugurations[inauguration_id] = official_repo.inauguration_date(
                self.db, inauguration_id)
        return self._inaugurations[inauguration_id]


def period_text(start: date, end: date) -> str:
    """'14 Juni – 21 September 2019' (the year once when both days share it)."""
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def date_line(place: str, day: date) -> str:
    return f"{place}, {format_date(day)}" if place else format_date(day)


def nip_text(nip: str) -> str:
    return format_nip(nip) if nip else ""


def split_acting(title: str) -> tuple[str, str]:
    """'Plt. Kepala Dinas …' -> ('Plt.', 'Kepala Dinas …')."""
    for prefix in ("Plt.", "Plh.", "Pj."):
        if title.startswith(prefix):
            return prefix, title[len(prefix):].strip()
    return "", title


def signatory_signer(db: Database, heading: str, person: PersonSnapshot,
                     signatory_id: int | None, role: str, with_images: bool,
                     shared: PrintData | None = None) -> Signer:
    shared = shared or PrintData(db)
    acting, title = split_acting(person.title)
    on_behalf = ""
    if role not in ("bupati", "") and role != "lainnya":
        # Someone other than the Bupati signs for the regency: "a.n. BUPATI …".
        bupati = shared.bupati()
        if bupati is not None:
            on_behalf = bupati.title.upper()
    image = shared.signature(signatory_id) if with_images and signatory_id else None
    return Signer(heading, title.upper(), person.name, person.rank,
                  nip_text(person.nip), on_behalf, acting, image)


def official_person(db: Database, official_id: int, post_title: str) -> PersonSnapshot:
    o = official_repo.get_official(db, official_id)
    return PersonSnapshot(o.full_name, post_title, rank_label(o.rank) if o.rank else "", o.nip)


def identity_rows(person: PersonSnapshot, unit: str,
                  extra: tuple[Row, ...] = ()) -> tuple[Row, ...]:
    return (Row("NAMA", person.name), Row("NIP", nip_text(person.nip) or "-"),
            Row("PANGKAT/GOL. RUANG", person.rank or "-"), Row("JABATAN", person.title),
            Row("UNIT KERJA", unit)) + extra
