"""Programs as plain records for `program list --json` (dates ISO, codes and labels)."""

from __future__ import annotations

from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.achievement import POLARITIES
from kinerja_desktop.domain.periods import kind_label
from kinerja_desktop.storage import program_repo as repo
from kinerja_desktop.storage.database import Database


def _iso(value):
    return value.isoformat() if value is not None else None


def _target_record(t) -> dict:
    d = t.data
    return {
        "uuid": t.uuid, "urutan": t.position + 1, "jenis": d.kind,
        "jenis_label": rules.label(rules.TARGET_KINDS, d.kind), "judul": d.title,
        "uraian": d.description, "indikator_kinerja": d.indicator, "cara_ukur": d.measure,
        # naik, turun or rentang (domain/achievement.py); target_maks: a range's upper end.
        "arah": d.polarity, "arah_label": POLARITIES.get(d.polarity, d.polarity),
        "target": d.target_value, "target_maks": d.target_max, "satuan": d.unit,
        "bobot": float(d.weight),
        "prioritas": d.priority, "prioritas_label": rules.label(rules.PRIORITIES, d.priority),
        "tenggat": _iso(d.due_date), "prioritas_pembangunan": t.priority_link_title or None,
        "bukti_dukung": d.evidence_expected,
        # Whole rupiah (None when not set) and the APBD programme that funds the target.
        "anggaran": d.budget, "program_anggaran": d.budget_program,
        "realisasi_terakhir": t.latest_realised,
        "tanggal_realisasi_terakhir": _iso(t.latest_date), "jumlah_laporan": t.progress_count,
    }


def program_records(db: Database, nip: str | None = None) -> list[dict]:
    """Every program (of one official when `nip` is given) with its targets, in name order."""
    records = []
    for program_id in repo.program_ids(db, nip):
        targets = repo.list_targets(db, program_id)
        p = repo.get_program(db, program_id, with_stats=False)
        records.append({
            # The id is what `print agreement` and `evaluation list` speak of; the uuid is for
            # merging between PCs.
            "id": program_id, "uuid": p.uuid, "nip": p.nip, "nama": p.official_name,
            "jabatan": p.post_title,
            "unit_kerja": p.unit_name, "jenis": p.kind, "jenis_label": kind_label(p.kind),
            "judul": p.display_title, "tanggal_mulai": _iso(p.start_date),
            "tanggal_selesai": _iso(p.end_date), "skema": p.scheme,
            "skema_label": rules.label(rules.SCHEMES, p.scheme), "status": p.status,
            "status_label": rules.label(rules.STATUSES, p.status),
            "total_bobot": float(sum((t.data.weight for t in targets), 0)),
            "target": [_target_record(t) for t in targets],
        })
    return records
