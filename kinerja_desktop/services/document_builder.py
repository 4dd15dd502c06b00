"""What every printed document shares, built from the database: the letterhead, identity rows,
signers, date lines (each document kind has its own builder module beside this one)."""

from __future__ import annotations

from datetime import date

from kinerja_desktop.domain.dates import MONTHS, format_date
from kinerja_desktop.domain.documents import KOP_AGENCY, Institution, Row, Signer
from kinerja_desktop.domain.evaluations import PersonSnapshot
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.options import one_line
from kinerja_desktop.domain.programs import ProgramRecord
from kinerja_desktop.domain.ranks import rank_label
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
                      signatory_id: int | None, role: str, with_images: bool) -> Signer:
    acting, title = split_acting(person.title)
    on_behalf = ""
    if role not in ("bupati", "") and role != "lainnya":
        # Someone other than the Bupati signs for the regency: "a.n. BUPATI …".
        bupati = next((s for s in official_repo.list_signatories(db) if s.role == "bupati"),
                      None)
        if bupati is not None:
            on_behalf = bupati.title.upper()
    image = (document_repo.signature_png(db, signatory_id) if with_images and signatory_id
             else None)
    return Signer(heading, title.upper(), person.name, person.rank,
                  nip_text(person.nip), on_behalf, acting, image)


def official_person(db: Database, official_id: int, post_title: str) -> PersonSnapshot:
    o = official_repo.get_official(db, official_id)
    return PersonSnapshot(o.full_name, post_title, rank_label(o.rank) if o.rank else "", o.nip)


def appointment_of(db: Database, program: ProgramRecord):
    official = official_repo.get_official(db, program.official_id)
    return next((a for a in official.appointments if a.id == program.appointment_id), None)


def identity_rows(person: PersonSnapshot, unit: str,
                  extra: tuple[Row, ...] = ()) -> tuple[Row, ...]:
    return (Row("NAMA", person.name), Row("NIP", nip_text(person.nip) or "-"),
            Row("PANGKAT/GOL. RUANG", person.rank or "-"), Row("JABATAN", person.title),
            Row("UNIT KERJA", unit)) + extra
