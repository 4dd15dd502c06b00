"""A backup that is complete stays a backup when recording its time fails afterwards."""

from __future__ import annotations

import sqlite3

from kinerja_desktop.services.backup import last_backup, make_backup
from kinerja_desktop.storage.backup_io import verify_file


def test_an_unrecorded_time_is_a_warning_not_a_failed_backup(demo_db, tmp_path):
    """Another program holds a write transaction on the live database: the backup is written
    and verified, the result carries a warning, and the last backup time stays unrecorded."""
    usb = tmp_path / "usb"
    usb.mkdir()
    before = last_backup(demo_db)
    holder = sqlite3.connect(str(demo_db.path), isolation_level=None, timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")
        result = make_backup(demo_db, usb)
    finally:
        holder.close()
    assert result.warning.startswith("Cadangan sudah lengkap, tetapi waktu pencadangan")
    assert verify_file(result.path).ok
    assert last_backup(demo_db) == before


def test_a_recorded_backup_has_no_warning(demo_db, tmp_path):
    result = make_backup(demo_db, tmp_path)
    assert result.warning == "" and last_backup(demo_db) is not None
