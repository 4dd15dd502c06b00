"""The dataset settings: one repository reads and writes the setting table."""

from __future__ import annotations

from kinerja_desktop.storage import settings_repo
from tests.helpers.dump import table_rows


def test_get_set_replace_and_delete(db):
    assert settings_repo.get(db, "instansi") == ""
    assert settings_repo.get(db, "instansi", "bawaan") == "bawaan"
    settings_repo.set(db, "instansi", "Pemkab Serang")
    settings_repo.set(db, "tempat", "Serang")
    settings_repo.set(db, "instansi", "Pemerintah Kabupaten Serang")  # replaces
    assert settings_repo.get(db, "instansi", "bawaan") == "Pemerintah Kabupaten Serang"
    settings_repo.set(db, "kosong", "")
    assert settings_repo.get(db, "kosong", "bawaan") == ""  # stored empty is not missing
    assert settings_repo.items(db) == {"instansi": "Pemerintah Kabupaten Serang",
                                       "tempat": "Serang", "kosong": ""}
    settings_repo.delete(db, "kosong")
    settings_repo.delete(db, "tidak_ada")  # nothing to delete: no error
    assert table_rows(db, "SELECT key, value FROM setting ORDER BY key") == [
        ("instansi", "Pemerintah Kabupaten Serang"), ("tempat", "Serang")]


def test_update_changes_an_existing_key_in_place(db):
    assert not settings_repo.update(db, "tempat", "Serang")  # no such key: nothing written
    assert settings_repo.items(db) == {}
    settings_repo.set(db, "tempat", "Cilegon")
    assert settings_repo.update(db, "tempat", "Serang")
    assert settings_repo.get(db, "tempat") == "Serang"
    # An UPDATE: the audit history records a change of the key, not a new one.
    assert table_rows(db, "SELECT action, entity_uuid FROM audit_entry "
                               "WHERE entity = 'setting' ORDER BY id") == [
        ("buat", "tempat"), ("ubah", "tempat")]


def test_find_tells_a_missing_key_from_an_empty_value(db):
    assert settings_repo.find(db, "kop_unit") is None
    settings_repo.set(db, "kop_unit", "")
    assert settings_repo.find(db, "kop_unit") == ""
    settings_repo.set(db, "kop_unit", "Sekretariat Daerah")
    assert settings_repo.find(db, "kop_unit") == "Sekretariat Daerah"
