"""The printed evaluation built from a stored evaluation: the official form of its scheme, the
letterhead chosen by who signs, the people as the evaluation snapshotted them, and each
target's indicator and evidence files (plain data for reports/)."""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain import programs as program_rules
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.document_parts import KOP_AGENCY, KOP_HEAD, Row, Signer
from kinerja_desktop.domain.evaluation_document import (FORM_HUNDRED_DAYS, FORM_MATRIX,
                                                        FORM_PERKA, FORM_PP30, EvaluationSheet)
from kinerja_desktop.domain.evaluations import (CAPACITIES, RECOMMENDATIONS, EvaluationContent,
                                                EvaluationRecord, EvaluationResult,
                                                EvaluatorAssessment, PersonSnapshot, compute)
from kinerja_desktop.domain.periods import HUNDRED_DAYS, kind_label
from kinerja_desktop.domain.programs import format_number
from kinerja_desktop.domain.ranks import rank_label
from kinerja_desktop.domain.scheme_catalog import CATALOG, MATRIX_2022, PP30, PP46, basis_line
from kinerja_desktop.domain.scoring import RATINGS, SchemeResult, ScoringSettings
from kinerja_desktop.domain.scoring_matrix import ORGANISATION_RESULTS
from kinerja_desktop.domain.scoring_perka import CREATIVITY, additional_tasks_value
from kinerja_desktop.domain.vocab import filling_label
from kinerja_desktop.errors import NotFoundError, ValidationError
from kinerja_desktop.services import evaluation_tables as tables
from kinerja_desktop.services.document_builder import (PrintData, date_line, identity_rows,
                                                       nip_text, official_person,
                                                       period_text, signatory_signer,
                                                       split_acting)
from kinerja_desktop.storage import document_repo, evaluation_repo, program_repo
from kinerja_desktop.storage.database import Database

# The target part and the final figure of a numeric scheme, by the names its regulation uses.
TARGET_SCORE_LABELS = {PP46: "Nilai capaian SKP", PP30: "Nilai SKP"}
FINAL_SCORE_LABELS = {PP46: "Nilai prestasi kerja (60% SKP + 40% perilaku)",
                      PP30: "Nilai kinerja"}
# Who may sign for the Bupati ("a.n. BUPATI …"): the evaluators the app knows besides the Bupati.
ON_BEHALF_ROLES = ("wakil_bupati", "sekda")


def _result_rows(content: EvaluationContent, result: EvaluationResult) -> list[Row]:
    """The 100-day sheet's HASIL EVALUASI: the scheme with its basis and status, the parts of
    the score under their regulation's names, and the predicate."""
    # Version 1 stored one decimal; version 2 prints two, as Perka BKN 1/2013 does (85,50).
    score = tables.score_text(content)
    scheme = CATALOG.get(content.scheme)
    rows = [Row("Skema penilaian", program_rules.label(program_rules.SCHEMES, content.scheme)),
            Row("Dasar penilaian", scheme.basis if scheme else "-"),
            Row("Status skema", scheme.status if scheme else "-")]
    if content.scheme_version == 1:
        rows.append(Row("Aturan hitung", "versi 1 (dinilai sebelum skema mengikuti rumus "
                                         "peraturannya)"))
    computed = result.computed
    if content.scheme == PP46 and content.scheme_version >= 2:
        extra = additional_tasks_value(content.additional_tasks)
        if content.additional_tasks:
            rows.append(Row("Tugas tambahan", f"{content.additional_tasks} kegiatan "
                                              f"(+{format_number(extra)})"))
        if content.creativity:
            label, points = CREATIVITY[content.creativity]
            rows.append(Row("Kreativitas", f"{label} (+{format_number(points)})"))
    if computed.target_score is not None and content.scheme != MATRIX_2022:
        rows.append(Row(TARGET_SCORE_LABELS.get(content.scheme, "Nilai capaian target"),
                        score(computed.target_score)))
    if computed.behaviour_score is not None:
        rows.append(Row("Nilai perilaku kerja", score(computed.behaviour_score)))
    if content.scheme == PP30 and content.scheme_version >= 2:
        rows.append(Row("Ide baru / cara baru (syarat Sangat Baik)",
                        "Ada" if content.new_idea else "Tidak ada"))
    if content.organisation_result:
        rows.append(Row("Capaian kinerja organisasi", ORGANISATION_RESULTS.get(
            content.organisation_result, content.organisation_result)))
    if computed.results_rating and computed.behaviour_rating:  # the 3 × 3 matrix: both or none
        source = " (dari capaian kinerja organisasi)" if content.organisation_result else ""
        rows.append(Row("Rating hasil kerja", RATINGS[computed.results_rating] + source))
        rows.append(Row("Rating perilaku kerja", RATINGS[computed.behaviour_rating]))
    if result.score is not None:
        rows.append(Row(FINAL_SCORE_LABELS.get(content.scheme, "Nilai akhir"),
                        score(result.score)))
    rows.append(Row("Predikat", result.predicate))
    return rows


def form_of(content: EvaluationContent) -> str:
    """The official form a scheme's evaluation is printed in (the 100-day scheme: its own)."""
    return {MATRIX_2022: FORM_MATRIX, PP46: FORM_PERKA, PP30: FORM_PP30}.get(
        content.scheme, FORM_HUNDRED_DAYS)


# The people -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Evaluator:
    """An evaluator as the sheet names them: who they were that day, their signatory role."""

    assessment: EvaluatorAssessment
    person: PersonSnapshot
    role: str  # bupati, wakil_bupati, sekda, or "" when the signatory is gone


def _evaluators(shared: PrintData, content: EvaluationContent) -> list[Evaluator]:
    found = []
    for e in content.evaluators:
        record = None
        if e.signatory_id is not None:
            try:  # an inactive signatory still names who evaluated
                record = shared.signatory(e.signatory_id)
            except NotFoundError:
                record = None
        if e.snapshot is not None:
            person = e.snapshot
        elif record is not None:
            person = PersonSnapshot(record.name, record.title,
                                    rank_label(record.rank) if record.rank else "",
                                    record.nip or "")
        else:
            person = PersonSnapshot("", "")
        found.append(Evaluator(e, person, record.role if record else ""))
    return found


def letterhead_kind(chair: Evaluator | None, chair_signs: Signer | None) -> str:
    """The Bupati's own letterhead when the Bupati signs as Pejabat Penilai, or someone signs
    for the Bupati ("a.n. BUPATI …": the Wakil Bupati, the Sekda); the agency's otherwise
    (Permendagri 1/2023: a document carries the letterhead of the office that signs it)."""
    if chair is not None and chair.role == "bupati":
        return KOP_HEAD
    if chair_signs is not None and chair_signs.on_behalf_of:
        return KOP_HEAD
    return KOP_AGENCY


def _superior(shared: PrintData, chair: Evaluator | None,
              evaluators: list[Evaluator]) -> PersonSnapshot | None:
    """ATASAN PEJABAT PENILAI: the Bupati, when someone else chairs (the Wakil Bupati and the
    Sekda answer to the Bupati); none when the Bupati is the Pejabat Penilai, the highest."""
    if chair is None or chair.role not in ON_BEHALF_ROLES:
        return None
    sitting = next((e for e in evaluators if e.role == "bupati"), None)
    if sitting is not None:  # snapshotted with the evaluation when it sat on the panel
        return sitting.person
    bupati = shared.bupati()
    if bupati is None:
        return None
    return PersonSnapshot(bupati.name, bupati.title,
                          rank_label(bupati.rank) if bupati.rank else "", bupati.nip or "")


# The sheet --------------------------------------------------------------------------------------
def target_infos(db: Database, record: EvaluationRecord) -> list[tables.TargetInfo]:
    """Each target's indicator and the names of the evidence files attached to its progress
    reports up to the evaluation's date (oldest first), read from the program: two queries
    whatever the number of targets."""
    known = {t.id: t for t in program_repo.list_targets(db, record.program_id)}
    evidence = document_repo.evidence_names(db, list(known), record.date)
    infos = []
    for t in record.content.targets:
        target = known.get(t.target_id) if t.target_id is not None else None
        if target is None:
            infos.append(tables.TargetInfo())
            continue
        infos.append(tables.TargetInfo(target.data.indicator.strip(),
                                       tuple(evidence.get(target.id, ()))))
    return infos


def _title(form: str, program_kind: str) -> tuple[str, str]:
    kind = ("100 HARI" if program_kind == HUNDRED_DAYS else kind_label(program_kind).upper())
    if form == FORM_MATRIX:
        return "DOKUMEN EVALUASI KINERJA PEGAWAI", f"PERIODE: {kind}"
    if form == FORM_PERKA:
        return "PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL", f"EVALUASI KINERJA {kind}"
    if form == FORM_PP30:
        return "PENILAIAN KINERJA PEGAWAI NEGERI SIPIL", f"EVALUASI KINERJA {kind}"
    return f"EVALUASI KINERJA {kind}", ""


def evaluation_sheet(db: Database, record: EvaluationRecord, settings: ScoringSettings,
                     with_images: bool = False,
                     shared: PrintData | None = None) -> EvaluationSheet:
    """The sheet of an evaluation; a final one prints its snapshots, a draft today's roster.
    `shared`: what a batch's sheets read alike (settings, signatories), read once."""
    shared = shared or PrintData(db)
    content = record.content
    form = form_of(content)
    program = program_repo.get_program(db, record.program_id, with_stats=False)
    post = document_repo.post_filling(db, program.appointment_id)
    official = content.official or official_person(db, record.official_id, record.post_title)
    used = content.scoring_settings(settings)
    try:
        result = compute(content, used)
    except ValidationError:
        if record.final:
            raise
        # A draft still missing what its scheme needs (a rating, a behaviour score) prints
        # with "-" where the figures will be: marked DRAFT, for the evaluators' table.
        result = EvaluationResult(SchemeResult(None, "-"), (), None, "-")
    evaluators = _evaluators(shared, content)
    chair_index = next((n for n, e in enumerate(content.evaluators) if e.chair), 0)
    chair = evaluators[chair_index] if evaluators else None
    superior = _superior(shared, chair, evaluators)
    signers = _signers(shared, form, official, evaluators, chair_index, superior, with_images)
    government = shared.institution(letterhead_kind(chair, signers[1] if chair else None))
    region = government.government.title()

    extra: tuple[Row, ...] = ()
    if form == FORM_HUNDRED_DAYS:  # the app's own sheet says how the post was filled
        filling = filling_label(post[0]) if post else ""
        extra = (Row("CARA PENGISIAN JABATAN", filling or "-"),)
        inaugurated = shared.inauguration_date(post[1]) if post else None
        if inaugurated:
            extra += (Row("TANGGAL PELANTIKAN", format_date(inaugurated)),)
    infos = target_infos(db, record)
    title, subtitle = _title(form, program.kind)
    remarks: tuple[str, ...] = ()
    results = behaviour = None
    parts = None
    outcome: tuple[Row, ...] = ()
    if form == FORM_HUNDRED_DAYS:
        results = tables.hundred_day_results(content, result, used, infos)
        outcome = tuple(_result_rows(content, result))
        remarks = (tables.EVIDENCE_REMARK,) if results else ()
    elif form == FORM_MATRIX:
        results = tables.matrix_results(content, result, used, infos)
        behaviour = tables.matrix_behaviour(content, result)
        outcome = tables.matrix_rows(content, result)
        remarks = tables.matrix_remarks(content) + ((tables.EVIDENCE_REMARK,) if results else ())
    elif form == FORM_PERKA:
        results = tables.perka_results(content, result, used)
        behaviour = tables.behaviour_scores(content, used, with_sebutan=True)
        parts = tables.score_parts(content, result, used)
        outcome = tables.outcome_rows(parts)
    else:
        results = tables.pp30_results(content, result, infos)
        behaviour = tables.behaviour_scores(content, used, with_sebutan=False)
        parts = tables.score_parts(content, result, used)
        outcome = tables.outcome_rows(parts) + tables.pp30_result(content)
    if content.scheme_version == 1:
        remarks += (tables.V1_REMARK,)

    return EvaluationSheet(
        institution=government, form=form, title=title, subtitle=subtitle,
        period=period_text(program.start_date, program.end_date),
        official=identity_rows(official, record.unit_name, extra),
        evaluator=identity_rows(chair.person, region) if chair else (Row("NAMA", "-"),),
        superior=identity_rows(superior, region) if superior else (),
        scheme=program_rules.label(program_rules.SCHEMES, content.scheme),
        basis=basis_line(content.scheme), results=results, behaviour=behaviour, parts=parts,
        result=outcome,
        recommendation=RECOMMENDATIONS.get(content.recommendation or "", "-"),
        notes=content.notes, revision_note=_revision_note(db, record),
        date_line=date_line(government.place, record.date), signers=tuple(signers),
        paper=shared.paper(), remarks=remarks)


def _revision_note(db: Database, record: EvaluationRecord) -> str:
    note = ""
    if record.revision_of_id is not None:
        previous = evaluation_repo.get(db, record.revision_of_id)
        note = (f"Revisi atas evaluasi tanggal {format_date(previous.date)} "
                f"({previous.predicate}); alasan: {record.revision_reason}")
    if not record.final:
        note = ("DRAFT — belum final, tidak untuk ditandatangani. " + note).strip()
    return note


# The official's heading and the chair's, as each form words them.
OFFICIAL_HEADINGS = {FORM_MATRIX: "Pegawai yang Dinilai,",
                     FORM_PERKA: "PEGAWAI NEGERI SIPIL YANG DINILAI",
                     FORM_PP30: "Pegawai yang Dinilai,"}
CHAIR_HEADINGS = {FORM_MATRIX: "Pejabat Penilai Kinerja,", FORM_PERKA: "PEJABAT PENILAI",
                  FORM_PP30: "Pejabat Penilai Kinerja,"}
SUPERIOR_HEADING = {FORM_PERKA: "ATASAN PEJABAT PENILAI"}


def _signers(shared: PrintData, form: str, official: PersonSnapshot,
             evaluators: list[Evaluator], chair_index: int, superior: PersonSnapshot | None,
             with_images: bool) -> list[Signer]:
    """The official first, then the chair (Pejabat Penilai), the panel's other members, and
    on the Perka form the Atasan Pejabat Penilai."""
    acting, title = split_acting(official.title)
    signers = [Signer(OFFICIAL_HEADINGS.get(form, "Pejabat yang Dinilai"), title.upper(),
                      official.name, official.rank, nip_text(official.nip), "", acting)]
    order = ([evaluators[chair_index]] if evaluators else []) + \
        [e for n, e in enumerate(evaluators) if n != chair_index]
    for n, e in enumerate(order):
        heading = (CHAIR_HEADINGS.get(form, "Pejabat Penilai Kinerja") if n == 0
                   else CAPACITIES.get(e.assessment.capacity, "Penilai"))
        signers.append(signatory_signer(shared.db, heading, e.person,
                                        e.assessment.signatory_id, e.role, with_images, shared))
    if superior is not None and form in SUPERIOR_HEADING:
        signers.append(Signer(SUPERIOR_HEADING[form], superior.title.upper(), superior.name,
                              superior.rank, nip_text(superior.nip)))
    return signers
