"""make_backup: file names, the last-backup setting, counts, verification."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from kinerja_desktop.domain.options import LAST_BACKUP
from kinerja_desktop.errors import DiskFullError
from kinerja_desktop.services import backup as service
from kinerja_desktop.storage import backup_io
from tests.helpers.dump import dump_database

WHEN = datetime(2025, 3, 7, 14, 5, 33)


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def pc(monkeypatch):
    monkeypatch.setattr(service.platform, "node", lambda: "PC Kantor/Setda.bkpsdm.local")


def test_pc_name_is_sanitised(monkeypatch):
    assert service.pc_name() == "PC-Kantor-Setda"
    monkeypatch.setattr(service.platform, "node", lambda: "")
    assert service.pc_name() == "PC"


def test_make_backup(demo_db, usb):
    assert service.last_backup(demo_db) is None
    source = dump_database(demo_db)
    result = service.make_backup(demo_db, usb, now=lambda: WHEN)
    assert result.path == usb / "kinerja-PC-Kantor-Setda-20250307-1405.kinerja"
    assert re.fullmatch(r"[0-9a-f]{64}", result.sha256)
    assert (usb / (result.path.name + ".sha256")).read_text().split()[0] == result.sha256
    assert result.counts["official"] == 7 and result.seconds >= 0
    assert result.counts == service.verify_backup(result.path).counts
    copied = dump_database(result.path)
    if demo_db.is_server:  # a file's FTS5 word index, derived, has no table on a server
        copied.pop("roster_words", None)
    assert copied == source  # the setting is written after the copy
    assert service.last_backup(demo_db) == WHEN.replace(microsecond=0)
    assert dump_database(demo_db)["setting"] != source["setting"]


def test_second_backup_in_the_same_minute(demo_db, usb):
    first = service.make_backup(demo_db, usb, now=lambda: WHEN)
    second = service.make_backup(demo_db, usb, encrypt_passphrase="rahasia",
                                 now=lambda: WHEN)
    third = service.make_backup(demo_db, usb, now=lambda: WHEN)
    assert first.path.name.endswith("-1405.kinerja")
    assert second.path.name.endswith("-1405-2.kinerja.enc")
    assert third.path.name.endswith("-1405-3.kinerja")
    report = service.verify_backup(second.path, "rahasia")
    assert report.ok and report.encrypted and report.sha256 == second.sha256
    assert not service.verify_backup(second.path, "salah").ok


def test_failed_backup_records_nothing(demo_db, usb, monkeypatch):
    import errno

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")
    before = dump_database(demo_db)
    monkeypatch.setattr(backup_io.os, "replace", full)
    with pytest.raises(DiskFullError):
        service.make_backup(demo_db, usb, now=lambda: WHEN)
    assert service.last_backup(demo_db) is None
    assert dump_database(demo_db) == before
    assert list(usb.iterdir()) == []


def test_last_backup_ignores_a_bad_value(demo_db):
    from kinerja_desktop.storage import settings_repo
    with demo_db.atomic():
        settings_repo.set(demo_db, LAST_BACKUP.key, "kemarin")
    assert service.last_backup(demo_db) is None
