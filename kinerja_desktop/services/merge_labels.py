"""A merge conflict in staff words: the record's name, the field's Indonesian label, both values."""

from __future__ import annotations

from typing import Any

from kinerja_desktop.domain import field_labels as labels
from kinerja_desktop.domain import options
from kinerja_desktop.storage.merge_plan import Conflict

# Fields and tables are named as the change history names them (domain/field_labels.py).
# A merge shows a record's content once: its checksum differs exactly when its content does,
# so both columns carry the content's label and differences() lists them as one line.
SAME_AS_CONTENT = {("evaluation", "content_hash"): "content_json",
                   ("attachment", "sha256"): "content"}
# A setting conflict is named by its option (the keys are declared in domain/options.py).
SETTING_LABELS: dict[str, str] = {
    options.GOVERNMENT.key: "Pemerintah daerah / instansi", options.AGENCY.key: "Kop unit",
    options.ADDRESS.key: "Alamat kop surat", options.PLACE.key: "Tempat penandatanganan",
    options.PROVINCE.key: "Provinsi", options.PAPER.key: "Ukuran kertas",
    options.EMBLEM.key: "Lambang daerah", options.DEMO_NOTICE.key: "Catatan data contoh",
    options.SCORING.key: "Pengaturan penilaian",
    options.HEAD_TITLE.key: "Sebutan jabatan pada kop Bupati",
    options.NATIONAL_EMBLEM.key: "Lambang negara", options.TELEPHONE.key: "Telepon kop surat",
    options.EMAIL.key: "E-mail kop surat", options.POSTAL_CODE.key: "Kode pos kop surat",
    options.WEBSITE.key: "Laman kop surat",
    options.RANGE_DASH.key: "Tanda pisah rentang",
}
# Settings whose value is not text a person reads (an image, a JSON document).
OPAQUE_SETTINGS = {options.EMBLEM.key, options.NATIONAL_EMBLEM.key, options.SCORING.key}
# The merge's own pseudo-fields (a deletion against a later change, a record still in use).
STATE_LABELS = {"diubah": "Diubah pada", "dihapus": "Dihapus pada", "dipakai": "Masih dipakai",
                "uuid": "Data"}


def field_label(table: str, column: str) -> str:
    """'back_title' of an official → 'Gelar belakang'; the merge's own states by their word."""
    if column in STATE_LABELS:
        return STATE_LABELS[column]
    return labels.field_label(table, SAME_AS_CONTENT.get((table, column), column))


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
    word = labels.table_label(conflict.table)
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
