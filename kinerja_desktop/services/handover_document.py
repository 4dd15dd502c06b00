"""The handover documents built from a stored handover: the Berita Acara Serah Terima Jabatan
(the parties, the decree with its issuer and subject, the closing, witnesses and the Bupati
under "Mengetahui,") and the Memori Serah Terima Jabatan of the outgoing official."""

from __future__ import annotations

from kinerja_desktop.domain import handover_document as form
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.documents import (KOP_AGENCY, HandoverMemo, HandoverMinutes,
                                              HandoverSection, Row, Signer)
from kinerja_desktop.domain.evaluations import PersonSnapshot
from kinerja_desktop.domain.handover import (SECTION_COLUMNS, SECTIONS, HandoverParty,
                                             HandoverRecord, Witness)
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.officials import SignatoryRecord
from kinerja_desktop.domain.ranks import rank_label
from kinerja_desktop.domain.words import date_in_words
from kinerja_desktop.services import document_builder as build
from kinerja_desktop.services.setup import stored_paper
from kinerja_desktop.storage import handover_repo, official_repo
from kinerja_desktop.storage.database import Database

ACTING_SENTENCE = ("Segala tindakan yang dilakukan PIHAK PERTAMA selama masa pelaksana tugas "
                   "tetap menjadi tanggung jawab PIHAK PERTAMA.")


def _party_rows(party: HandoverParty, post_title: str) -> tuple[Row, ...]:
    return (Row("Nama", party.full_name), Row("NIP", format_nip(party.nip) if party.nip else "-"),
            Row("Pangkat/Gol. Ruang", rank_label(party.rank) or "-"),
            Row("Jabatan", party.post or post_title or "-"))


def _party_signer(heading: str, party: HandoverParty, post_title: str) -> Signer:
    acting, title = build.split_acting(party.post or post_title)
    return Signer(heading, title.upper(), party.full_name, rank_label(party.rank),
                  format_nip(party.nip) if party.nip else "", "", acting)


def decree_text(record: HandoverRecord) -> str:
    """'Keputusan Bupati Serang Nomor 821.2/Kep.123-Huk/2019 tanggal 14 Juni 2019 tentang
    Pengangkatan …': the parts the handover has; '' without a decree number."""
    if not record.decree_number.strip():
        return ""
    text = "Keputusan"
    if record.decree_issuer.strip():
        text += f" {record.decree_issuer.strip()}"
    text += f" Nomor {record.decree_number.strip()}"
    if record.decree_date:
        text += f" tanggal {format_date(record.decree_date)}"
    if record.decree_subject.strip():
        text += f" tentang {record.decree_subject.strip().rstrip('.')}"
    return text


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _acknowledger(witnesses: tuple[Witness, ...], signatories: list[SignatoryRecord]
                  ) -> tuple[Witness, SignatoryRecord | None] | None:
    """The witness who signs under "Mengetahui,": the Bupati (the recorded one by name, or a
    title that is the Bupati's); without the Bupati, the Sekretaris Daerah signing on the
    Bupati's behalf. None when neither witnessed: everyone then signs as a witness."""
    by_role = {role: [s for s in signatories if s.role == role] for role in ("bupati", "sekda")}
    for role in ("bupati", "sekda"):
        for witness in witnesses:
            signatory = next((s for s in by_role[role] if _same(s.name, witness.name)), None)
            if signatory is not None:
                return witness, signatory
        if role == "bupati":
            for witness in witnesses:
                if witness.title.strip().casefold().startswith("bupati"):
                    return witness, None
    return None


def _witness_signer(db: Database, heading: str, witness: Witness,
                    signatory: SignatoryRecord | None, with_images: bool) -> Signer:
    rank = signatory.rank if signatory is not None else None
    if witness.nip and not rank:  # a civil servant on the roster: the rank from there
        official_id = official_repo.official_id_by_nip(db, witness.nip)
        rank = official_repo.get_official(db, official_id).rank if official_id else None
    person = PersonSnapshot(witness.name, witness.title, rank_label(rank) if rank else "",
                            witness.nip)
    if signatory is not None:
        # A.n. BUPATI above the Sekda's title; the Bupati signs in their own name.
        return build.signatory_signer(db, heading, person, signatory.id, signatory.role,
                                      with_images)
    acting, title = build.split_acting(witness.title)
    return Signer(heading, title.upper(), witness.name, person.rank,
                  format_nip(witness.nip) if witness.nip else "", "", acting)


def minutes(db: Database, record: HandoverRecord, with_images: bool = False) -> HandoverMinutes:
    """The Berita Acara: on the agency letterhead (the office whose number it carries)."""
    letterhead = build.institution(db, KOP_AGENCY)
    place = record.place or letterhead.place
    opening = (f"Pada hari ini {date_in_words(record.date)}"
               + (f", bertempat di {place}" if place else "")
               + ", kami yang bertanda tangan di bawah ini:")
    decree = decree_text(record)
    handing = (f"PIHAK PERTAMA menyerahkan jabatan {record.post_title} beserta tugas, tanggung "
               f"jawab, program dan kegiatan, pegawai, aset dan dokumen kepada PIHAK KEDUA, dan "
               f"PIHAK KEDUA menerimanya, sebagaimana tercantum dalam Memori Serah Terima "
               f"Jabatan terlampir.")
    statements = [f"Berdasarkan {decree}, {handing}" if decree else handing]
    if record.outgoing.acting:
        statements.append(ACTING_SENTENCE)
    parties = (_party_signer("PIHAK KEDUA,", record.incoming, record.post_title),
               _party_signer("PIHAK PERTAMA,", record.outgoing, record.post_title))
    signatories = official_repo.list_signatories(db)
    knower = _acknowledger(record.witnesses, signatories)
    witnesses = tuple(_witness_signer(db, "", w, next(
        (s for s in signatories if _same(s.name, w.name)), None), with_images)
        for w in record.witnesses if knower is None or w is not knower[0])
    acknowledged_by = (_witness_signer(db, form.ACKNOWLEDGES, knower[0], knower[1],
                                       with_images) if knower else None)
    return HandoverMinutes(
        letterhead, record.number or "-", opening,
        _party_rows(record.outgoing, record.post_title),
        _party_rows(record.incoming, record.post_title), tuple(statements),
        form.minutes_closing(),
        # The date line names the town (Serang), not the venue of the opening.
        build.date_line(letterhead.place or place, record.date), parties, witnesses,
        acknowledged_by, paper=stored_paper(db))


def _memo_sections(record: HandoverRecord) -> tuple[HandoverSection, ...]:
    """In the order the memo reads: what is under way, its problems, recommendations, then
    the staff, assets and documents handed over, and any notes."""
    sections = []

    def items(code: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        rows = tuple((str(n), i.name, i.quantity or "-", i.condition or "-", i.note or "-")
                     for n, i in enumerate(record.items_in(code), start=1))
        return (("No",) + SECTION_COLUMNS[code] if rows else ()), rows

    header, rows = items("kegiatan")
    if record.programs or rows:
        sections.append(HandoverSection(SECTIONS["kegiatan"], record.programs, header, rows))
    for text, title in ((record.problems, "Permasalahan"),
                        (record.recommendations, "Saran dan rekomendasi")):
        if text:
            sections.append(HandoverSection(title, text))
    for code in ("pegawai", "aset", "dokumen"):
        header, rows = items(code)
        if rows:
            sections.append(HandoverSection(SECTIONS[code], "", header, rows))
    if record.notes:
        sections.append(HandoverSection("Catatan", record.notes))
    return tuple(sections)


def memo(db: Database, record: HandoverRecord, with_images: bool = False) -> HandoverMemo:
    """The Memori: the outgoing official's own memorandum, on the agency letterhead, signed by
    them alone ("Yang menyerahkan,")."""
    letterhead = build.institution(db, KOP_AGENCY)
    outgoing, incoming = record.outgoing, record.incoming
    decree = decree_text(record)
    opening = (f"Memori serah terima jabatan ini disusun oleh {outgoing.full_name} selaku "
               f"{outgoing.post or record.post_title} sebagai bahan serah terima jabatan "
               f"{record.post_title} kepada {incoming.full_name}"
               + (f" berdasarkan {decree}" if decree else "")
               + ", dan merupakan lampiran Berita Acara Serah Terima Jabatan"
               + (f" Nomor {record.number}" if record.number else "")
               + f" tanggal {format_date(record.date)}.")
    closing = ("Demikian memori serah terima jabatan ini disusun sebagai bahan bagi pejabat "
               "yang menerima dalam melanjutkan pelaksanaan tugas.")
    if outgoing.acting:
        closing += (" Segala tindakan yang dilakukan selama masa pelaksana tugas tetap menjadi "
                    "tanggung jawab pejabat yang menyerahkan.")
    return HandoverMemo(
        letterhead, record.post_title.upper(), opening,
        _party_rows(outgoing, record.post_title), _party_rows(incoming, record.post_title),
        _memo_sections(record), closing,
        build.date_line(letterhead.place or record.place, record.date),
        _party_signer(form.HANDS_OVER, outgoing, record.post_title), paper=stored_paper(db))


def build_minutes(db: Database, handover_id: int,
                  with_images: bool = False) -> tuple[str, HandoverMinutes]:
    record = handover_repo.get(db, handover_id)
    return record.uuid, minutes(db, record, with_images)


def build_memo(db: Database, handover_id: int,
               with_images: bool = False) -> tuple[str, HandoverMemo]:
    record = handover_repo.get(db, handover_id)
    return record.uuid, memo(db, record, with_images)

