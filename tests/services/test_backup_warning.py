"""A backup that is complete stays a backup when recording its time fails afterwards."""

from __future__ import annotations

from kinerja_desktop.services.backup import last_backup, make_backup
from kinerja_desktop.storage.backup_io import verify_file
from tests.helpers.other_program import OtherProgram


def test_an_unrecorded_time_is_a_warning_not_a_failed_backup(demo_db, tmp_path):
    """Another program holds a write transaction on the live database: the backup is written
    and verified, the result carries a warning, and the last backup time stays unrecorded."""
    usb = tmp_path / "usb"
    usb.mkdir()
    before = last_backup(demo_db)
    holder = OtherProgram(demo_db, wait_s=0)
    try:
        holder.execute("BEGIN IMMEDIATE")
        if demo_db.is_server:  # a colleague's long write on the settings; we wait 0.2 s
            holder.execute("LOCK TABLE setting IN EXCLUSIVE MODE")
            demo_db.execute_sql("SET lock_timeout = '200ms'")
        result = make_backup(demo_db, usb)
    finally:
        holder.close()
    assert result.warning.startswith("Cadangan sudah lengkap, tetapi waktu pencadangan")
    assert verify_file(result.path).ok
    assert last_backup(demo_db) == before


def test_a_recorded_backup_has_no_warning(demo_db, tmp_path):
    result = make_backup(demo_db, tmp_path)
    assert result.warning == "" and last_backup(demo_db) is not None
