"""The printed performance agreement built from an agreed program (plain data for reports/)."""

from __future__ import annotations

from decimal import Decimal

from kinerja_desktop.domain import programs as program_rules
from kinerja_desktop.domain.agreement_document import AgreementSheet
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.document_parts import Signer
from kinerja_desktop.domain.evaluations import PersonSnapshot
from kinerja_desktop.domain.periods import HUNDRED_DAYS, kind_label
from kinerja_desktop.domain.programs import format_number
from kinerja_desktop.domain.ranks import rank_label
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services.document_builder import (date_line, identity_rows, nip_text,
                                                       official_person, signatory_signer,
                                                       split_acting, institution, period_text)
from kinerja_desktop.services.setup import stored_paper
from kinerja_desktop.storage import official_repo, program_repo
from kinerja_desktop.storage.database import Database


def agreement_sheet(db: Database, program_id: int, with_images: bool = False) -> AgreementSheet:
    """The target agreement of an agreed program, signed by the official and the Bupati."""
    program = program_repo.get_program(db, program_id)
    if program.status == "draft":
        raise KinerjaError("Program masih Draft: lembar kesepakatan dicetak setelah target dan "
                           "bobot disepakati.")
    targets = program_repo.list_targets(db, program_id)
    government = institution(db)
    official = official_person(db, program.official_id, program.post_title)
    agreed_on = next((c.changed_at.date() for c in reversed(program_repo.status_history(
        db, program_id)) if c.to_status == "disepakati"), program.start_date)
    rows = []
    for number, t in enumerate(targets, start=1):
        d = t.data
        target_text = ("selesai" if d.measure == "selesai"
                       else f"{format_number(d.target_value)} {d.unit}".strip())
        rows.append((str(number), program_rules.label(program_rules.TARGET_KINDS, d.kind),
                     d.title, d.indicator or "-", target_text, format_number(d.weight),
                     program_rules.label(program_rules.PRIORITIES, d.priority),
                     format_date(d.due_date) if d.due_date else "-"))
    bupati = next((s for s in official_repo.list_signatories(db) if s.role == "bupati"), None)
    signers = [Signer("Pejabat yang Dinilai", split_acting(official.title)[1].upper(),
                      official.name, official.rank, nip_text(official.nip), "",
                      split_acting(official.title)[0])]
    if bupati is not None:
        signers.append(signatory_signer(
            db, "Pejabat Penilai Kinerja", PersonSnapshot(bupati.name, bupati.title,
                                                      rank_label(bupati.rank) if bupati.rank
                                                      else "", bupati.nip or ""),
            bupati.id, "bupati", with_images))
    kind = "100 HARI" if program.kind == HUNDRED_DAYS else kind_label(program.kind).upper()
    period = period_text(program.start_date, program.end_date)
    statement = (f"Kami yang bertanda tangan di bawah ini menyepakati target kinerja berikut "
                 f"sebagai dasar evaluasi kinerja {official.name} selaku {official.title} untuk "
                 f"masa {period}. Target dan bobot ini tidak diubah kecuali dengan persetujuan "
                 f"kedua pihak dan alasan tertulis.")
    return AgreementSheet(
        government, f"KESEPAKATAN TARGET KINERJA {kind}", period,
        identity_rows(official, program.unit_name),
        ("No", "Jenis", "Target / Inovasi", "Indikator Kinerja", "Target", "Bobot (%)",
         "Prioritas", "Tenggat"), tuple(rows),
        f"{format_number(sum((t.data.weight for t in targets), Decimal(0)))}%", statement,
        date_line(government.place, agreed_on), tuple(signers), paper=stored_paper(db))
