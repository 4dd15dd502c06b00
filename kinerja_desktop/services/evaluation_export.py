"""Evaluations as plain records for `evaluation list --json` (dates ISO, codes and labels).

Figures come from the stored content: a final evaluation is read with the settings sealed into
it, a draft with the current ones. Numbers are JSON numbers; computed percentages and values
are rounded to two decimals, half up, as the scores are (one decimal under scheme version 1).
"""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal

from kinerja_desktop.domain import evaluations as rules
from kinerja_desktop.domain import scoring
from kinerja_desktop.domain.achievement import POLARITIES
from kinerja_desktop.domain.scheme_catalog import MATRIX_2022, PP46, WEIGHTED
from kinerja_desktop.domain.evaluations import EvaluationRecord
from kinerja_desktop.domain.programs import SCHEMES, TARGET_KINDS, label
from kinerja_desktop.domain.periods import kind_label
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.storage import evaluation_repo as repo
from kinerja_desktop.storage import official_repo
from kinerja_desktop.storage.database import Database


def _iso(value):
    return value.isoformat() if value is not None else None


def _number(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _person(snapshot: rules.PersonSnapshot | None) -> dict | None:
    if snapshot is None:
        return None
    return {"nama": snapshot.name, "jabatan": snapshot.title, "pangkat": snapshot.rank,
            "nip": snapshot.nip}


def _target(t: rules.TargetAssessment, content: rules.EvaluationContent,
            used: scoring.ScoringSettings) -> dict:
    percent, value = rules.target_figures(content, t, used)
    row: dict[str, object] = {
        "target_id": t.target_id, "judul": t.title, "jenis": t.kind,
        "jenis_label": label(TARGET_KINDS, t.kind),
        "bobot": _number(t.weight), "cara_ukur": t.measure, "arah": t.polarity,
        "arah_label": POLARITIES.get(t.polarity, t.polarity), "target": _number(t.target_value),
        "target_maks": _number(t.target_max),
        "satuan": t.unit, "realisasi": _number(t.realised),
        "capaian_persen": _number(percent),
        "kontribusi": _number(value) if content.scheme == WEIGHTED else None,
        "nilai": _number(value),
        "bukti_dilihat": t.evidence_seen, "catatan": t.note, "umpan_balik": t.feedback,
    }
    if content.scheme == PP46:
        row["aspek_perka"] = {k: _number(v) for k, v in asdict(t.perka).items()}
    return row


def _behaviour(content: rules.EvaluationContent) -> list[dict]:
    ratings = content.scheme == MATRIX_2022
    rows = []
    for key, name in rules.behaviour_items(content).items():
        value = content.behaviour.get(key)
        if value in (None, ""):
            value = None
        row = {"kode": key, "nama": name,
               "nilai": value if ratings or value is None else _number(Decimal(str(value)))}
        if ratings:
            row["nilai_label"] = scoring.RATINGS.get(value) if value else None
            row["ekspektasi_khusus"] = content.expectations.get(key, "")
        rows.append(row)
    return rows


def _evaluators(db: Database, content: rules.EvaluationContent,
                result: rules.EvaluationResult | None) -> list[dict]:
    own = {r.signatory_id: r for r in result.evaluators} if result else {}
    rows = []
    for e in content.evaluators:
        if e.snapshot is not None:
            name, title = e.snapshot.name, e.snapshot.title
        else:  # a draft: the signatory as they stand now
            try:
                s = official_repo.signatory(db, e.signatory_id) if e.signatory_id else None
            except KinerjaError:
                s = None
            name, title = (s.name, s.title) if s else ("", "")
        computed = own.get(e.signatory_id)
        rows.append({
            "signatory_id": e.signatory_id, "nama": name, "jabatan": title,
            "kapasitas": e.capacity, "kapasitas_label": label(rules.CAPACITIES, e.capacity),
            "ketua": e.chair, "nilai_sendiri": _number(e.own_score),
            "rating_hasil_kerja_sendiri": e.own_results_rating,
            "rating_perilaku_kerja_sendiri": e.own_behaviour_rating,
            "nilai": _number(computed.score) if computed else None,
            "predikat": computed.predicate if computed else None,
            "catatan": e.note, "snapshot": _person(e.snapshot),
        })
    return rows


def evaluation_record(db: Database, record: EvaluationRecord,
                      settings: scoring.ScoringSettings, revision_of_uuid: str | None) -> dict:
    content = record.content
    used = content.scoring_settings(settings)
    try:
        result = rules.compute(content, used)
    except KinerjaError:  # a draft that cannot be scored yet (behaviour still empty, say)
        result = None
    computed = result.computed if result else None
    return {
        "id": record.id, "uuid": record.uuid, "program_uuid": record.program_uuid,
        "jenis_program": record.program_kind, "jenis_program_label":
            kind_label(record.program_kind),
        "nip": record.nip, "nama": record.official_name, "jabatan": record.post_title,
        "unit_kerja": record.unit_name, "tanggal": _iso(record.date),
        "skema": record.scheme, "skema_label": label(SCHEMES, record.scheme),
        "status": record.status, "status_label": label(rules.STATUSES, record.status),
        "versi_aturan_hitung": content.scheme_version,
        "target": [_target(t, content, used) for t in content.targets],
        "nilai_capaian": _number(computed.target_score) if computed else None,
        "perilaku": _behaviour(content),
        "nilai_perilaku": _number(computed.behaviour_score) if computed else None,
        "rating_hasil_kerja": computed.results_rating if computed else content.results_rating,
        "rating_perilaku_kerja": (computed.behaviour_rating if computed
                                  else content.behaviour_rating),
        "nilai": _number(record.score), "predikat": record.predicate or None,
        "capaian_kinerja_organisasi": content.organisation_result,
        "ide_baru": content.new_idea, "tugas_tambahan": content.additional_tasks,
        "kreativitas": content.creativity or None,
        "aturan_penggabungan": content.consolidation,
        "penilai": _evaluators(db, content, result),
        "pejabat_dinilai": _person(content.official),
        "rekomendasi": content.recommendation,
        "rekomendasi_label": (label(rules.RECOMMENDATIONS, content.recommendation)
                              if content.recommendation else None),
        "catatan": content.notes, "hash_isi": record.content_hash or None,
        "revisi_dari": revision_of_uuid, "alasan_revisi": record.revision_reason,
        "difinalkan_pada": _iso(record.finalised_at), "diubah_pada": _iso(record.modified_at),
    }


def evaluation_records(db: Database, nip: str | None = None) -> list[dict]:
    """Every evaluation (of one official when `nip` is given), in name and date order."""
    settings = EvaluationService(db).settings()
    records = repo.list_evaluations(db, nip)
    uuids = {r.id: r.uuid for r in records}
    rows = []
    for r in records:
        original = None
        if r.revision_of_id is not None:
            original = uuids.get(r.revision_of_id) or repo.get(db, r.revision_of_id).uuid
        rows.append(evaluation_record(db, r, settings, original))
    return rows


def evaluation_detail(db: Database, evaluation_id: int) -> dict:
    """One evaluation as the record above (the read-only view in the window shows it)."""
    record = repo.get(db, evaluation_id)
    original = repo.get(db, record.revision_of_id).uuid if record.revision_of_id else None
    return evaluation_record(db, record, EvaluationService(db).settings(), original)
