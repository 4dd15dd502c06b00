"""A merge conflict in staff words: the record's name, the field's Indonesian label, both values."""

from __future__ import annotations

from typing import Any

from kinerja_desktop.domain import options
from kinerja_desktop.storage.merge_repo import Conflict

# One mapping per table/field (the columns a merge compares); a field not listed here is
# shown by its table's generic word, never by its column name.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "setting": {"value": "Nilai"},
    "unit": {"name": "Nama unit kerja", "short_name": "Nama singkat", "kind": "Jenis"},
    "official": {"nip": "NIP", "name": "Nama", "front_title": "Gelar depan",
                 "back_title": "Gelar belakang", "rank": "Pangkat/golongan",
                 "sex": "Jenis kelamin", "birth_date": "Tanggal lahir", "active": "Aktif"},
    "signatory": {"name": "Nama", "title": "Jabatan", "role": "Peran", "nip": "NIP",
                  "rank": "Pangkat/golongan", "active": "Aktif",
                  "signature_png": "Gambar tanda tangan"},
    "inauguration": {"date": "Tanggal pelantikan", "place": "Tempat",
                     "inaugurating_signatory_id": "Pejabat yang melantik",
                     "inaugurated_by": "Dilantik oleh", "note": "Catatan"},
    "appointment": {"official_id": "Pejabat", "post_title": "Nama jabatan",
                    "unit_id": "Unit kerja", "eselon": "Eselon", "filling": "Cara pengisian",
                    "decree_number": "Nomor SK", "decree_date": "Tanggal SK",
                    "start_date": "Tanggal mulai", "end_date": "Tanggal selesai",
                    "previous_post": "Jabatan sebelumnya", "inauguration_id": "Pelantikan"},
    "development_priority": {"code": "Kode", "title": "Judul", "position": "Urutan",
                             "active": "Aktif"},
    "program": {"appointment_id": "Jabatan", "kind": "Jenis program",
                "start_date": "Tanggal mulai", "end_date": "Tanggal selesai",
                "scheme": "Cara penilaian", "status": "Status", "title": "Judul",
                "note": "Catatan"},
    "program_status_change": {"program_id": "Program", "from_status": "Status semula",
                              "to_status": "Status baru", "reason": "Alasan"},
    "target": {"program_id": "Program", "position": "Urutan", "kind": "Jenis",
               "title": "Judul target", "description": "Uraian", "indicator": "Indikator",
               "measure": "Ukuran", "target_value": "Nilai target", "unit": "Satuan",
               "weight_bp": "Bobot", "priority": "Prioritas", "due_date": "Tenggat",
               "priority_link_id": "Prioritas pembangunan",
               "evidence_expected": "Bukti yang diharapkan"},
    "progress_update": {"target_id": "Target", "date": "Tanggal", "realised": "Realisasi",
                        "note": "Catatan"},
    "attachment": {"progress_id": "Laporan progres", "filename": "Nama berkas",
                   "mime_type": "Jenis berkas", "size": "Ukuran berkas",
                   "sha256": "Isi berkas"},
    "target_template": {"name": "Nama templat", "targets_json": "Isi templat"},
    "evaluation": {"program_id": "Program", "date": "Tanggal evaluasi",
                   "scheme": "Cara penilaian", "status": "Status",
                   "revision_of_id": "Revisi dari", "revision_reason": "Alasan revisi",
                   "content_json": "Isi evaluasi", "score": "Nilai", "predicate": "Predikat",
                   "content_hash": "Isi evaluasi", "finalised_at": "Tanggal final"},
}
# A setting conflict is named by its option (the keys are declared in domain/options.py).
SETTING_LABELS: dict[str, str] = {
    options.GOVERNMENT.key: "Pemerintah daerah / instansi", options.AGENCY.key: "Kop unit",
    options.ADDRESS.key: "Alamat kop surat", options.PLACE.key: "Tempat penandatanganan",
    options.PROVINCE.key: "Provinsi", options.PAPER.key: "Ukuran kertas",
    options.EMBLEM.key: "Lambang daerah", options.DEMO_NOTICE.key: "Catatan data contoh",
    options.SCORING.key: "Pengaturan penilaian",
}
# Settings whose value is not text a person reads (an image, a JSON document).
OPAQUE_SETTINGS = {options.EMBLEM.key, options.SCORING.key}
# The merge's own pseudo-fields (a deletion against a later change, a record still in use).
STATE_LABELS = {"diubah": "Diubah pada", "dihapus": "Dihapus pada", "dipakai": "Masih dipakai",
                "uuid": "Data"}
# What kind of record, to put before a record's name where the name alone is ambiguous.
RECORD_WORDS = {"target": "Target", "program": "Program", "setting": "Pengaturan",
                "evaluation": "Evaluasi", "progress_update": "Laporan progres",
                "attachment": "Bukti dukung", "handover": "Serah terima",
                "handover_item": "Rincian serah terima", "inauguration": "Pelantikan",
                "appointment": "Jabatan", "signatory": "Penandatangan",
                "unit": "Unit kerja", "official": "Pejabat",
                "development_priority": "Prioritas pembangunan",
                "target_template": "Templat target", "printed_document": "Dokumen tercetak",
                "program_status_change": "Perubahan status program"}


def field_label(table: str, column: str) -> str:
    """'back_title' of an official → 'Gelar belakang'; an unknown column → a generic word."""
    return FIELD_LABELS.get(table, {}).get(column) or STATE_LABELS.get(column) or "Isi data"


def value_text(column: str, value: Any) -> str:
    """A value as staff read it: references and hashes are not numbers to them."""
    if value is None or value == "":
        return "(kosong)"
    if column.endswith("_id") or column in ("uuid", "sha256", "content_hash", "content_json",
                                            "targets_json", "signature_png"):
        return "(berbeda)"
    if column == "active":
        return "ya" if value in (1, True, "1") else "tidak"
    return " ".join(str(value).split())


def record_name(conflict: Conflict) -> str:
    """'Pejabat: Budi (1985…)' — the label merge_repo found, never a UUID."""
    if conflict.table == "setting":
        return f"Pengaturan: {SETTING_LABELS.get(conflict.uuid, 'lainnya')}"
    label = conflict.label if conflict.label and conflict.label != conflict.uuid else ""
    word = RECORD_WORDS.get(conflict.table, "Data")
    return f"{word}: {label}" if label else word


def differences(conflict: Conflict) -> list[tuple[str, str, str]]:
    """(field label, value on this PC, value on the other PC), one per differing field;
    fields shown with the same label (two columns of one 'Isi evaluasi') appear once."""
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for column in dict.fromkeys([*conflict.ours, *conflict.theirs]):
        label = field_label(conflict.table, column)
        if label in seen:
            continue
        seen.add(label)
        # An image or a scoring document: only that it differs is worth saying.
        opaque = conflict.table == "setting" and conflict.uuid in OPAQUE_SETTINGS
        shown = "signature_png" if opaque else column
        rows.append((label, value_text(shown, conflict.ours.get(column)),
                     value_text(shown, conflict.theirs.get(column))))
    return rows


def conflict_text(conflict: Conflict) -> str:
    """Several lines: the record, each field with 'PC ini: …' and 'PC lain: …', and why."""
    lines = [record_name(conflict)]
    for label, ours, theirs in differences(conflict):
        lines.append(f"{label} — PC ini: {ours}  |  PC lain: {theirs}")
    if conflict.reason and not conflict.decidable:
        lines.append(f"Tidak dapat diganti: {conflict.reason}.")
    return "\n".join(lines)
