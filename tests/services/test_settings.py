"""The dataset's settings: read and written by their declarations, and upgraded once, in one
transaction, when the app or a command opens the database (older databases included)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kinerja_desktop.domain import options
from kinerja_desktop.domain.option_upgrades import DATASET_UPGRADES, Staged, Upgrades
from kinerja_desktop.domain.scoring import ScoringSettings
from kinerja_desktop.services import database as database_service
from kinerja_desktop.services import settings
from kinerja_desktop.services.database import open_database_for_use
from kinerja_desktop.storage import migrations, settings_repo
from kinerja_desktop.storage.database import open_database, register_functions
from tests.helpers.dump import dump_database, table_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASED = (1, 2, 3, 4, 5, 6)

# A value of each dataset option other than its default, and the text it is stored as.
SAMPLES = {
    options.DATASET_VERSION: (4, "4"),
    options.GOVERNMENT: ("Pemerintah Kabupaten Serang", "Pemerintah Kabupaten Serang"),
    options.AGENCY: ("Sekretariat  Daerah ", "Sekretariat Daerah"),
    options.ADDRESS: (" Jl. Veteran No. 1\n", "Jl. Veteran No. 1"),
    options.PLACE: ("Serang", "Serang"),
    options.PROVINCE: ("Banten", "Banten"),
    options.PAPER: ("F4", "F4"),
    options.EMBLEM: (b"\x89PNG\r\n\x1a\n", "iVBORw0KGgo="),
    options.DEMO_NOTICE: ("Data contoh.", "Data contoh."),
    options.DEMO_ROWS: ('{"rows": {}, "settings": ["instansi"]}',
                        '{"rows": {}, "settings": ["instansi"]}'),
    options.SCORING: (ScoringSettings(cap=Decimal("1.5")),
                      ScoringSettings(cap=Decimal("1.5")).to_json()),
    options.LAST_BACKUP: (datetime(2024, 6, 15, 17, 4, 12), "2024-06-15T17:04:12"),
    options.HEAD_TITLE: (" Bupati  Serang", "Bupati Serang"),
    options.NATIONAL_EMBLEM: (b"\xff\xd8\xff", "/9j/"),
    options.TELEPHONE: ("(0254) 200001 ", "(0254) 200001"),
    options.EMAIL: ("setda@serangkab.go.id", "setda@serangkab.go.id"),
    options.POSTAL_CODE: ("42111", "42111"),
    options.WEBSITE: ("serangkab.go.id", "serangkab.go.id"),
    options.OFFICE_KEY: (b"\x01" * 32, "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="),
    options.TRUSTED_KEYS: ("[]", "[]"),
    options.RANGE_DASH: ("em", "em"),
    options.LOCAL_COPY_OF: ('{"server": "postgresql://192.168.1.10:5432/kinerja"}',
                            '{"server": "postgresql://192.168.1.10:5432/kinerja"}'),
    options.TAKEN_HOME_FROM: ('{"server": "postgresql://192.168.1.10:5432/kinerja"}',
                              '{"server": "postgresql://192.168.1.10:5432/kinerja"}'),
    options.SERVER_EXPORT: ('{"waktu": "2026-12-07T02:00:00", "oleh": "Tugas @ PC-SERVER", '
                            '"berkas": "kinerja-server-kinerja-20261207-0200.kinerja"}',
                            '{"waktu": "2026-12-07T02:00:00", "oleh": "Tugas @ PC-SERVER", '
                            '"berkas": "kinerja-server-kinerja-20261207-0200.kinerja"}'),
}


def test_every_dataset_option_has_a_sample():
    assert set(SAMPLES) == set(options.in_store(options.Store.DATASET))


@pytest.mark.parametrize("option", list(SAMPLES), ids=lambda o: o.key)
def test_each_option_round_trips_through_the_setting_table(db, option):
    value, text = SAMPLES[option]
    assert settings.get(db, option) == option.default  # nothing stored yet
    settings.set(db, option, value)
    assert settings_repo.find(db, option.key) == text
    assert settings.get(db, option) == option.read(text)
    assert settings.get(db, option) != option.default


def test_the_pc_options_are_not_kept_here(db):
    with pytest.raises(ValueError, match="settings.ini"):
        settings.get(db, options.LANGUAGE)
    with pytest.raises(ValueError, match="settings.ini"):
        settings.set(db, options.OPERATOR, "Siti")


def test_a_value_an_option_does_not_allow_is_refused(db):
    with pytest.raises(ValueError):
        settings.set(db, options.PAPER, "Legal")
    assert settings_repo.find(db, options.PAPER.key) is None


def test_what_older_versions_stored_reads_by_the_declaration(db):
    for key, text in (("ukuran_kertas", "Legal"), ("lambang_png", "bukan base64!"),
                      ("cadangan_terakhir", "kemarin"), ("instansi", " Pemkab  Serang ")):
        settings_repo.set(db, key, text)
    assert settings.get(db, options.PAPER) == "A4"
    assert settings.get(db, options.EMBLEM) == b""
    assert settings.get(db, options.LAST_BACKUP) is None
    assert settings.get(db, options.GOVERNMENT) == "Pemkab Serang"


# Upgrade ----------------------------------------------------------------------------------------

def test_a_new_database_is_stamped_once(db):
    assert [s.version for s in settings.upgrade(db)] == [DATASET_UPGRADES.latest] == [1]
    assert settings_repo.items(db) == {"versi_pengaturan": "1"}
    before = dump_database(db)
    assert settings.upgrade(db) == []
    assert dump_database(db) == before  # not even an audit entry


def test_a_database_of_a_newer_settings_version_is_left_alone(db):
    settings_repo.set(db, "versi_pengaturan", "9")
    settings_repo.set(db, "ukuran_kertas", "B5")  # perhaps allowed there: not ours to change
    before = dump_database(db)
    assert settings.upgrade(db) == []
    assert dump_database(db) == before
    assert settings.get(db, options.PAPER) == "A4"  # read as this version understands it


def failing_after_a_change() -> Upgrades:
    upgrades = Upgrades(options.DATASET_VERSION)

    @upgrades.step(1)
    def rename(store: Staged) -> None:
        store.set(options.PLACE, "Kota Serang")

    @upgrades.step(2)
    def broken(store: Staged) -> None:
        raise RuntimeError("langkah 2 gagal")

    return upgrades


def test_a_failing_step_leaves_the_database_as_it_was(db):
    settings_repo.set(db, "tempat", "Serang")
    before = dump_database(db)
    with pytest.raises(RuntimeError, match="langkah 2 gagal"):
        settings.upgrade(db, failing_after_a_change())
    assert dump_database(db) == before


def test_the_steps_changes_are_written_in_one_transaction(db, monkeypatch):
    settings_repo.set(db, "tempat", " Serang ")
    settings_repo.set(db, "ukuran_kertas", "Legal")
    before = dump_database(db)
    real_set = settings_repo.set

    def set_failing_on_the_version(database, key, value):
        if key == "versi_pengaturan":  # after both settings were rewritten
            raise sqlite3.OperationalError("disk I/O error")
        real_set(database, key, value)

    monkeypatch.setattr(settings_repo, "set", set_failing_on_the_version)
    with pytest.raises(Exception, match="disk I/O"):
        settings.upgrade(db)
    assert dump_database(db) == before


def put_old_settings(path: Path, version: int) -> None:
    """Settings as an older version could leave them, written with plain SQL."""
    with closing(sqlite3.connect(path)) as con, con:
        if version >= 5:  # the audit triggers call kinerja_actor()
            register_functions(con)
        con.execute("UPDATE setting SET value = ' Pemerintah  Kabupaten Serang' "
                    "WHERE key = 'instansi'")
        con.executemany("INSERT INTO setting VALUES (?, ?)",
                        [("ukuran_kertas", "Folio"), ("tempat", "Serang"),
                         ("cadangan_terakhir", "2019-06-14T08:00:00")])


@pytest.mark.parametrize("version", RELEASED)
def test_an_old_database_is_upgraded_when_the_app_opens_it(tmp_path, version):
    path = tmp_path / f"v{version}.kinerja"
    shutil.copyfile(FIXTURES / f"schema-v{version}.kinerja", path)
    put_old_settings(path, version)
    db = open_database_for_use(path)
    try:
        assert db.schema_version() == migrations.LATEST_VERSION
        assert settings_repo.items(db) == {
            "instansi": "Pemerintah Kabupaten Serang", "ukuran_kertas": "A4",
            "tempat": "Serang", "cadangan_terakhir": "2019-06-14T08:00:00",
            "versi_pengaturan": "1"}
        # The history says what the upgrade changed (the triggers exist once migrated).
        assert table_rows(path, "SELECT action, entity_uuid FROM audit_entry "
                                "WHERE entity = 'setting' ORDER BY id")[-3:] == [
            ("ubah", "ukuran_kertas"), ("ubah", "instansi"), ("buat", "versi_pengaturan")]
    finally:
        db.close()
    before = dump_database(path)
    open_database_for_use(path).close()  # once: opening again writes nothing
    assert dump_database(path) == before


def test_a_failing_upgrade_closes_the_database_it_opened(tmp_path, monkeypatch):
    opened = []

    def open_and_keep(*args, **kwargs):
        opened.append(open_database(*args, **kwargs))
        return opened[-1]

    def broken(db):
        raise RuntimeError("langkah gagal")

    monkeypatch.setattr(database_service, "open_database", open_and_keep)
    monkeypatch.setattr(settings, "upgrade", broken)
    with pytest.raises(RuntimeError, match="langkah gagal"):
        open_database_for_use(tmp_path / "baru.kinerja")
    assert len(opened) == 1 and opened[0].handle.is_closed()


def test_the_plain_open_leaves_the_settings_as_they_came(tmp_path):
    # Restore and merge check their copies through storage's open: no settings written there.
    path = tmp_path / "v6.kinerja"
    shutil.copyfile(FIXTURES / "schema-v6.kinerja", path)
    open_database(path).close()
    assert table_rows(path, "SELECT key FROM setting") == [("instansi",)]
