"""Indonesian labels for stored tables and fields, shared by the change history and merges."""

from __future__ import annotations

# Table -> label. Services write their own events under an Indonesian entity name
# ("evaluasi", "serah_terima", "pengaturan"); those are aliases of the table, so a history
# filter shows each concept once (see canonical_table).
TABLE_LABELS: dict[str, str] = {
    "setting": "Pengaturan",
    "unit": "Unit kerja",
    "official": "Pejabat",
    "signatory": "Penandatangan",
    "inauguration": "Pelantikan",
    "appointment": "Jabatan",
    "development_priority": "Prioritas pembangunan",
    "program": "Program",
    "program_status_change": "Perubahan status program",
    "target": "Target",
    "progress_update": "Laporan progres",
    "attachment": "Bukti dukung",
    "target_template": "Templat target",
    "evaluation": "Evaluasi",
    "handover": "Serah terima",
    "handover_item": "Rincian serah terima",
    "printed_document": "Dokumen tercetak",
}

TABLE_ALIASES: dict[str, str] = {
    "evaluasi": "evaluation",
    "serah_terima": "handover",
    "pengaturan": "setting",
}

# Fields found in most tables.
_COMMON: dict[str, str] = {
    "id": "Nomor data",
    "uuid": "Kode data (UUID)",
    "created_at": "Dibuat pada",
    "modified_at": "Diubah pada",
    "name": "Nama",
    "title": "Judul",
    "date": "Tanggal",
    "note": "Catatan",
    "active": "Aktif",
    "position": "Urutan",
    "kind": "Jenis",
    "status": "Status",
    "scheme": "Skema penilaian",
    "nip": "NIP",
    "rank": "Pangkat/golongan",
    "start_date": "Tanggal mulai",
    "end_date": "Tanggal selesai",
    "decree_number": "Nomor SK",
    "decree_date": "Tanggal SK",
    "decree_issuer": "Penerbit SK",
    "decree_subject": "Perihal SK",
    "unit_id": "Unit kerja",
    "official_id": "Pejabat",
    "program_id": "Program",
    "target_id": "Target",
    "appointment_id": "Jabatan",
    "inauguration_id": "Pelantikan",
    "post_title": "Jabatan",
}

# Table -> field -> label, where a field means something particular in that table.
_BY_TABLE: dict[str, dict[str, str]] = {
    "setting": {"key": "Pengaturan", "value": "Nilai"},
    "unit": {"name": "Nama unit kerja", "short_name": "Singkatan", "kind": "Jenis unit"},
    "official": {"name": "Nama", "front_title": "Gelar depan", "back_title": "Gelar belakang",
                 "sex": "Jenis kelamin", "birth_date": "Tanggal lahir"},
    "signatory": {"title": "Jabatan", "role": "Peran", "signature_png": "Tanda tangan"},
    "inauguration": {"date": "Tanggal pelantikan", "place": "Tempat",
                     "inaugurating_signatory_id": "Penandatangan yang melantik",
                     "inaugurated_by": "Dilantik oleh"},
    "appointment": {"eselon": "Eselon", "filling": "Jenis pengisian",
                    "previous_post": "Jabatan sebelumnya"},
    "development_priority": {"code": "Kode", "title": "Prioritas"},
    "program": {"kind": "Jenis program", "title": "Judul program"},
    "program_status_change": {"from_status": "Status semula", "to_status": "Status baru",
                              "reason": "Alasan"},
    "target": {"kind": "Jenis target", "title": "Target", "description": "Uraian",
               "indicator": "Indikator", "measure": "Satuan ukur",
               "target_value": "Nilai target", "unit": "Satuan", "weight_bp": "Bobot",
               "priority": "Prioritas", "due_date": "Tenggat",
               "priority_link_id": "Prioritas pembangunan",
               "evidence_expected": "Bukti dukung yang diharapkan",
               "polarity": "Arah capaian", "target_max": "Batas atas target",
               "budget": "Anggaran", "budget_program": "Program/kegiatan anggaran"},
    "progress_update": {"date": "Tanggal laporan", "realised": "Realisasi"},
    "attachment": {"progress_id": "Laporan progres", "filename": "Nama berkas",
                   "mime_type": "Jenis berkas", "size": "Ukuran", "sha256": "Sidik berkas",
                   "content": "Isi berkas"},
    "target_template": {"name": "Nama templat", "targets_json": "Daftar target"},
    "evaluation": {"date": "Tanggal evaluasi", "revision_of_id": "Revisi dari",
                   "revision_reason": "Alasan revisi", "content_json": "Isi evaluasi",
                   "score": "Nilai", "predicate": "Predikat",
                   "content_hash": "Sidik isi", "finalised_at": "Difinalkan pada"},
    "handover": {"number": "Nomor berita acara", "place": "Tempat",
                 "outgoing_official_id": "Pejabat lama",
                 "outgoing_appointment_id": "Jabatan pejabat lama",
                 "incoming_official_id": "Pejabat baru",
                 "incoming_appointment_id": "Jabatan pejabat baru",
                 "witnesses_json": "Saksi", "programs": "Program dan kegiatan",
                 "problems": "Permasalahan", "recommendations": "Saran",
                 "notes": "Catatan", "items": "Rincian yang diserahkan"},
    "handover_item": {"handover_id": "Serah terima", "section": "Bagian",
                      "name": "Uraian", "quantity": "Jumlah", "condition": "Kondisi"},
    "printed_document": {"kind": "Jenis dokumen", "subject_uuid": "Data yang dicetak",
                         "code": "Kode dokumen", "content_hash": "Sidik isi",
                         "paper": "Ukuran kertas", "layout": "Tata letak"},
}

# A reference field -> the table it points to (for showing a name instead of a number).
REFERENCES: dict[str, str] = {
    "unit_id": "unit",
    "official_id": "official",
    "outgoing_official_id": "official",
    "incoming_official_id": "official",
    "appointment_id": "appointment",
    "outgoing_appointment_id": "appointment",
    "incoming_appointment_id": "appointment",
    "inauguration_id": "inauguration",
    "inaugurating_signatory_id": "signatory",
    "program_id": "program",
    "target_id": "target",
    "priority_link_id": "development_priority",
    "progress_id": "progress_update",
    "handover_id": "handover",
    "revision_of_id": "evaluation",
}


def canonical_table(entity: str) -> str:
    """The table an entity name stands for ('evaluasi' -> 'evaluation')."""
    return TABLE_ALIASES.get(entity, entity)


def table_aliases(entity: str) -> tuple[str, ...]:
    """Every entity name recorded for the same table, the table's own name first."""
    table = canonical_table(entity)
    return (table, *sorted(a for a, t in TABLE_ALIASES.items() if t == table))


def table_label(entity: str) -> str:
    """'evaluation' or 'evaluasi' -> 'Evaluasi'; an unknown name made readable."""
    table = canonical_table(entity)
    return TABLE_LABELS.get(table, table.replace("_", " ").capitalize())


def field_label(table: str, field: str) -> str:
    """'official', 'back_title' -> 'Gelar belakang'; an unknown field made readable."""
    specific = _BY_TABLE.get(canonical_table(table), {})
    if field in specific:
        return specific[field]
    if field in _COMMON:
        return _COMMON[field]
    name = field[:-3] if field.endswith("_id") else field
    return name.replace("_", " ").capitalize()


def referenced_table(field: str) -> str | None:
    """The table a reference field points to ('unit_id' -> 'unit'), None if not one."""
    return REFERENCES.get(field)
