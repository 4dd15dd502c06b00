"""The printed evaluation sheet built from a stored evaluation (plain data for reports/)."""

from __future__ import annotations

from decimal import Decimal

from kinerja_desktop.domain import programs as program_rules
from kinerja_desktop.domain.achievement import target_text as polarity_target_text
from kinerja_desktop.domain.dates import format_date
from kinerja_desktop.domain.document_parts import Row, Signer
from kinerja_desktop.domain.evaluation_document import EvaluationSheet
from kinerja_desktop.domain.evaluations import (CAPACITIES, RECOMMENDATIONS, EvaluationContent,
                                                EvaluationRecord, EvaluationResult,
                                                PersonSnapshot, behaviour_items, compute,
                                                target_figures)
from kinerja_desktop.domain.periods import HUNDRED_DAYS, kind_label
from kinerja_desktop.domain.programs import format_number, format_score
from kinerja_desktop.domain.ranks import rank_label
from kinerja_desktop.domain.scheme_catalog import CATALOG, MATRIX_2022, PP30, PP46
from kinerja_desktop.domain.scoring import RATINGS, VALUE_HEADINGS, ScoringSettings
from kinerja_desktop.domain.scoring_matrix import ORGANISATION_RESULTS
from kinerja_desktop.domain.scoring_perka import CREATIVITY, additional_tasks_value
from kinerja_desktop.domain.vocab import filling_label
from kinerja_desktop.services.document_builder import (appointment_of, date_line, identity_rows,
                                                       nip_text, official_person, signatory_signer,
                                                       split_acting, institution, period_text)
from kinerja_desktop.services.setup import stored_paper
from kinerja_desktop.storage import official_repo, program_repo
from kinerja_desktop.storage.database import Database


# The target part and the final figure of a numeric scheme, by the names its regulation uses.
TARGET_SCORE_LABELS = {PP46: "Nilai capaian SKP", PP30: "Nilai SKP"}
FINAL_SCORE_LABELS = {PP46: "Nilai prestasi kerja (60% SKP + 40% perilaku)",
                      PP30: "Nilai kinerja"}


def _result_rows(content: EvaluationContent, result: EvaluationResult) -> list[Row]:
    """The result table: the scheme with its basis and status, the parts of the score under
    their regulation's names, and the predicate."""
    # Version 1 stored one decimal; version 2 prints two, as Perka BKN 1/2013 does (85,50).
    score = format_number if content.scheme_version == 1 else format_score
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


def evaluation_sheet(db: Database, record: EvaluationRecord, settings: ScoringSettings,
                     with_images: bool = False) -> EvaluationSheet:
    """The sheet of an evaluation; a final one prints its snapshots, a draft today's roster."""
    content = record.content
    program = program_repo.get_program(db, record.program_id, with_stats=False)
    appointment = appointment_of(db, program)
    official = content.official or official_person(db, record.official_id, record.post_title)
    filling = filling_label(appointment.filling) if appointment else ""
    extra: tuple[Row, ...] = (Row("CARA PENGISIAN JABATAN", filling or "-"),)
    inaugurated = official_repo.inauguration_date(db, appointment.inauguration_id) \
        if appointment else None
    if inaugurated:
        extra += (Row("TANGGAL PELANTIKAN", format_date(inaugurated)),)
    result = compute(content, content.scoring_settings(settings))
    chair_index = next((n for n, e in enumerate(content.evaluators) if e.chair), 0)
    signatories = {s.id: s for s in official_repo.list_signatories(db)}

    def evaluator_person(e) -> PersonSnapshot:
        if e.snapshot is not None:
            return e.snapshot
        s = signatories.get(e.signatory_id)
        if s is None:
            return PersonSnapshot("", "")
        return PersonSnapshot(s.name, s.title, rank_label(s.rank) if s.rank else "", s.nip or "")

    government = institution(db)
    chair = content.evaluators[chair_index] if content.evaluators else None
    evaluator_rows = identity_rows(evaluator_person(chair), government.government.title()) \
        if chair else (Row("NAMA", "-"),)
    used = content.scoring_settings(settings)
    targets = []
    for number, t in enumerate(content.targets, start=1):
        planned = polarity_target_text(t.polarity, t.target_value, t.target_max, format_number)
        target_text = "selesai" if t.measure == "selesai" else f"{planned} {t.unit}".strip()
        if t.realised is None:
            realised_text = "-"
        elif t.measure == "selesai":
            realised_text = "selesai" if t.realised >= 1 else "belum"
        else:
            realised_text = f"{format_number(t.realised)} {t.unit}".strip()
        percent, value = target_figures(content, t, used)
        score_text = format_number if content.scheme_version == 1 else format_score
        row = (str(number), t.title, format_number(t.weight), target_text, realised_text,
               format_number(percent))
        targets.append(row + ((score_text(value) if value is not None else "-",)
                              if VALUE_HEADINGS.get(content.scheme) else ()))
    behaviour = []
    for key, label in behaviour_items(content).items():
        given = content.behaviour.get(key) or ""
        if content.scheme == MATRIX_2022:
            behaviour.append((label, RATINGS.get(given, "-")))
        else:
            behaviour.append((label, format_number(Decimal(given)) if given else "-"))
    rows = _result_rows(content, result)
    revision_note = ""
    if record.revision_of_id is not None:
        from kinerja_desktop.storage import evaluation_repo
        previous = evaluation_repo.get(db, record.revision_of_id)
        revision_note = (f"Revisi atas evaluasi tanggal {format_date(previous.date)} "
                         f"({previous.predicate}); alasan: {record.revision_reason}")
    if not record.final:
        revision_note = ("DRAFT — belum final, tidak untuk ditandatangani. " + revision_note
                         ).strip()
    official_acting, official_title = split_acting(official.title)
    signers = [Signer("Pejabat yang Dinilai", official_title.upper(), official.name,
                      official.rank, nip_text(official.nip), "", official_acting)]
    for n, e in enumerate(content.evaluators):
        s = signatories.get(e.signatory_id) if e.signatory_id is not None else None
        heading = CAPACITIES.get(e.capacity, "Penilai") if n != chair_index \
            else "Pejabat Penilai Kinerja"
        signers.append(signatory_signer(db, heading, evaluator_person(e), e.signatory_id,
                                         s.role if s else "", with_images))
    title = ("EVALUASI KINERJA 100 HARI" if program.kind == HUNDRED_DAYS
             else f"EVALUASI KINERJA {kind_label(program.kind).upper()}")
    return EvaluationSheet(
        government, title, period_text(program.start_date, program.end_date),
        identity_rows(official, record.unit_name, extra), evaluator_rows,
        program_rules.label(program_rules.SCHEMES, content.scheme),
        ("No", "Target / Inovasi", "Bobot (%)", "Target", "Realisasi", "Capaian (%)")
        + ((VALUE_HEADINGS[content.scheme],) if VALUE_HEADINGS.get(content.scheme) else ()),
        tuple(targets), tuple(behaviour), tuple(rows),
        RECOMMENDATIONS.get(content.recommendation or "", "-"), content.notes, revision_note,
        date_line(government.place, record.date), tuple(signers),
        paper=stored_paper(db))
