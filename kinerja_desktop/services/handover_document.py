"""The handover minutes (Berita Acara Serah Terima Jabatan) built from a stored handover."""

from __future__ import annotations

from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.documents import HandoverMinutes, HandoverSection, Row, Signer
from kinerja_desktop.domain.handover import (SECTION_COLUMNS, SECTIONS, HandoverParty,
                                             HandoverRecord)
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.ranks import rank_label
from kinerja_desktop.domain.words import date_in_words
from kinerja_desktop.services import document_builder as build
from kinerja_desktop.services.setup import stored_paper
from kinerja_desktop.storage import document_repo, handover_repo, official_repo
from kinerja_desktop.storage.database import Database


def _party_rows(party: HandoverParty, unit_name: str) -> tuple[Row, ...]:
    return (Row("Nama", party.full_name), Row("NIP", format_nip(party.nip) if party.nip else "-"),
            Row("Pangkat/Gol. Ruang", rank_label(party.rank) or "-"),
            Row("Jabatan", party.post or "-"), Row("Unit Kerja", party.unit_name or unit_name))


def _party_signer(heading: str, party: HandoverParty, post_title: str) -> Signer:
    acting, title = build.split_acting(party.post or post_title)
    return Signer(heading, title.upper(), party.full_name, rank_label(party.rank),
                  format_nip(party.nip) if party.nip else "", "", acting)


def minutes(db: Database, record: HandoverRecord, with_images: bool = False) -> HandoverMinutes:
    government = build.institution(db)
    place = record.place or government.place
    opening = (f"Pada hari ini {date_in_words(record.date)}"
               + (f", bertempat di {place}" if place else "")
               + ", kami yang bertanda tangan di bawah ini:")
    basis = ""
    if record.decree_number:
        basis = f"Keputusan Nomor {record.decree_number}"
        if record.decree_date:
            basis += f" tanggal {format_date(record.decree_date)}"
        basis += "."
    sections = []
    for code, heading in SECTIONS.items():
        items = record.items_in(code)
        text = record.programs if code == "kegiatan" else ""
        if not items and not text:
            continue
        header = ("No",) + SECTION_COLUMNS[code]
        rows = tuple((str(n), i.name, i.quantity or "-", i.condition or "-", i.note or "-")
                     for n, i in enumerate(items, start=1))
        sections.append(HandoverSection(heading, text, header if rows else (), rows))
    for attribute, heading in (("problems", "Permasalahan"),
                               ("recommendations", "Saran dan rekomendasi"),
                               ("notes", "Catatan")):
        text = getattr(record, attribute)
        if text:
            sections.append(HandoverSection(heading, text))
    closing = ("Dengan ditandatanganinya berita acara ini, tugas dan tanggung jawab jabatan "
               "beralih dari PIHAK PERTAMA kepada PIHAK KEDUA.")
    if record.outgoing.acting:
        closing += (" Segala tindakan yang dilakukan PIHAK PERTAMA selama masa pelaksana tugas "
                    "tetap menjadi tanggung jawab PIHAK PERTAMA.")
    signers = [_party_signer("PIHAK PERTAMA", record.outgoing, record.post_title),
               _party_signer("PIHAK KEDUA", record.incoming, record.post_title)]
    signatories = {s.name: s for s in official_repo.list_signatories(db)}
    for witness in record.witnesses:
        signatory = signatories.get(witness.name)
        image = (document_repo.signature_png(db, signatory.id)
                 if with_images and signatory is not None else None)
        rank = signatory.rank if signatory is not None else None
        if witness.nip and not rank:  # a civil servant on the roster: the rank from there
            official_id = official_repo.official_id_by_nip(db, witness.nip)
            rank = official_repo.get_official(db, official_id).rank if official_id else None
        signers.append(Signer("Saksi,", witness.title.upper(), witness.name, rank_label(rank),
                              format_nip(witness.nip) if witness.nip else "", "", "", image))
    return HandoverMinutes(
        government, record.number or "-", opening,
        _party_rows(record.outgoing, record.unit_name),
        _party_rows(record.incoming, record.unit_name), basis, tuple(sections), closing,
        # The date line names the town (Serang), not the venue of the opening.
        build.date_line(government.place or place, record.date), tuple(signers),
        paper=stored_paper(db))


def build_minutes(db: Database, handover_id: int,
                  with_images: bool = False) -> tuple[str, HandoverMinutes]:
    record = handover_repo.get(db, handover_id)
    return record.uuid, minutes(db, record, with_images)

