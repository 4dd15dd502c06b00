"""Handovers as plain records for `handover list --json` (dates ISO, NIPs as 18 digits)."""

from __future__ import annotations

from kinerja_desktop.storage import handover_repo as repo
from kinerja_desktop.storage.database import Database


def handover_records(db: Database, nip: str | None = None) -> list[dict]:
    """Every handover (those where `nip` hands over or receives, when given), newest first."""
    records = []
    for h in repo.list_handovers(db):
        if nip is not None and nip not in (h.outgoing_nip, h.incoming_nip):
            continue
        records.append({
            # The id is what `print handover` asks for; the uuid is for merging between PCs.
            "id": h.id, "uuid": h.uuid, "nomor": h.number, "tanggal": h.date.isoformat(),
            "jabatan": h.post_title, "unit_kerja": h.unit_name,
            "pihak_pertama": {"nama": h.outgoing_name, "nip": h.outgoing_nip},
            "pihak_kedua": {"nama": h.incoming_name, "nip": h.incoming_nip},
            "jumlah_barang": h.item_count,
        })
    return records
