"""The Perjanjian Kinerja of an agreed program (plain data for reports/): the official as pihak
pertama, the Bupati as pihak kedua, the targets with their programme, budget and RPJMD
priority in the annex (PermenPANRB 53/2014)."""

from __future__ import annotations

from decimal import Decimal

from kinerja_desktop.domain import agreement_document as model
from kinerja_desktop.domain.achievement import target_text
from kinerja_desktop.domain.agreement_document import AgreementParty, AgreementSheet
from kinerja_desktop.domain.document_parts import KOP_HEAD, Row, Signer
from kinerja_desktop.domain.evaluations import PersonSnapshot
from kinerja_desktop.domain.periods import HUNDRED_DAYS, kind_label
from kinerja_desktop.domain.programs import ProgramRecord, TargetRecord, format_number
from kinerja_desktop.domain.puebi import percent, rupiah
from kinerja_desktop.domain.ranks import rank_label
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services.document_builder import (date_line, institution, nip_text,
                                                       official_person, period_text,
                                                       signatory_signer, split_acting)
from kinerja_desktop.services.setup import stored_paper
from kinerja_desktop.storage import official_repo, program_repo
from kinerja_desktop.storage.database import Database

TARGET_HEADER = ("No", "Sasaran / Target Kinerja", "Indikator Kinerja", "Target", "Bobot")
BUDGET_HEADER = ("No", "Program/Kegiatan", "Anggaran", "Prioritas RPJMD")


def _weight(weight: Decimal) -> str:
    """'30%', '12,5%': as many decimals as the weight has (stored in hundredths)."""
    exponent = weight.normalize().as_tuple().exponent
    return percent(weight, -exponent if isinstance(exponent, int) and exponent < 0 else 0)


def agreement_title(program: ProgramRecord) -> str:
    """'PERJANJIAN KINERJA 100 HARI'; a yearly program as the model names it ('… TAHUN 2019'),
    a quarter or a half year by its kind."""
    if program.kind == HUNDRED_DAYS:
        kind = "100 HARI"
    elif program.kind == "tahunan" and program.start_date.year == program.end_date.year:
        kind = f"TAHUN {program.start_date.year}"
    else:
        kind = kind_label(program.kind).upper()
    return f"PERJANJIAN KINERJA {kind}"


def _target_value(target: TargetRecord) -> str:
    """'80%', '5 aplikasi', '≤ 7 hari', 'selesai' (PUEBI: no space before the percent sign)."""
    d = target.data
    if d.measure == "selesai":
        return "selesai"
    planned = target_text(d.polarity, d.target_value, d.target_max, format_number)
    if d.unit.strip() == "%":
        return f"{planned}%"  # PUEBI: the sign right after the number ('80%', '80–90%')
    return f"{planned} {d.unit}".strip()


def _target_row(number: int, target: TargetRecord) -> tuple[str, ...]:
    d = target.data
    title = f"Inovasi: {d.title}" if d.kind == "inovasi" else d.title
    return (str(number), title, d.indicator or "-", _target_value(target), _weight(d.weight))


def _budget_row(number: int, target: TargetRecord) -> tuple[str, ...]:
    d = target.data
    return (str(number), d.budget_program or "-",
            rupiah(d.budget) if d.budget is not None else "-",
            target.priority_link_title or "-")


def agreement_sheet(db: Database, program_id: int, with_images: bool = False) -> AgreementSheet:
    """The Perjanjian Kinerja of an agreed program, signed by the Bupati and the official."""
    program = program_repo.get_program(db, program_id)
    if program.status == "draft":
        raise KinerjaError("Program masih Draft: perjanjian kinerja dicetak setelah target dan "
                           "bobot disepakati.")
    bupati = official_repo.signatory_by_role(db, "bupati")
    if bupati is None:
        raise KinerjaError("Perjanjian kinerja ditandatangani Bupati sebagai pihak kedua, "
                           "tetapi Bupati belum dicatat sebagai penandatangan; isi nama Bupati "
                           "di Pengaturan, bagian penandatangan.")
    targets = program_repo.list_targets(db, program_id)
    # The Bupati signs: the head of the region's own letterhead.
    letterhead = institution(db, KOP_HEAD)
    official = official_person(db, program.official_id, program.post_title)
    acting, post = split_acting(official.title)
    agreed_on = next((c.changed_at.date() for c in reversed(program_repo.status_history(
        db, program_id)) if c.to_status == "disepakati"), program.start_date)
    first = Signer(model.FIRST_PARTY, post.upper(), official.name, official.rank,
                   nip_text(official.nip), "", acting)
    second = signatory_signer(
        db, model.SECOND_PARTY, PersonSnapshot(bupati.name, bupati.title,
                                               rank_label(bupati.rank) if bupati.rank else "",
                                               bupati.nip or ""),
        bupati.id, "bupati", with_images)
    period = period_text(program.start_date, program.end_date)
    title = agreement_title(program)
    budgets = [t.data.budget for t in targets if t.data.budget is not None]
    return AgreementSheet(
        letterhead, title, period, model.OPENING,
        (AgreementParty((Row("Nama", official.name), Row("Jabatan", official.title)),
                        model.FIRST_PARTY_ROLE),
         AgreementParty((Row("Nama", bupati.name), Row("Jabatan", bupati.title)),
                        model.SECOND_PARTY_ROLE)),
        (model.FIRST_CLAUSE, model.SECOND_CLAUSE),
        date_line(letterhead.place, agreed_on),
        (second, first),  # as the model places them: Pihak Kedua left, Pihak Pertama right
        f"LAMPIRAN {title}",
        (official.title, f"Periode {period}"),
        TARGET_HEADER, tuple(_target_row(n, t) for n, t in enumerate(targets, start=1)),
        _weight(sum((t.data.weight for t in targets), Decimal(0))),
        BUDGET_HEADER, tuple(_budget_row(n, t) for n, t in enumerate(targets, start=1)),
        rupiah(sum(budgets)) if budgets else "-",
        paper=stored_paper(db))

