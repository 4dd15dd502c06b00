"""'Hapus data contoh': exactly what the demo added goes; what the user entered stays."""

from __future__ import annotations

import pytest

from kinerja_desktop.domain import options
from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.services.demo_removal import demo_present, remove_demo, removal_unavailable
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.setup import SignatoryInput, save_signatories
from kinerja_desktop.storage import official_repo
from tests.helpers.dump import table_rows

USER_NIP = "198001012005011001"
DATA_TABLES = ("official", "appointment", "inauguration", "program", "target", "evaluation",
               "handover", "handover_item", "development_priority", "unit", "signatory")


def _counts(db):
    return {t: table_rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in DATA_TABLES}


def _user_data(db):
    bupati = save_signatories(db, [SignatoryInput("bupati", "Hj. Ratu", "Bupati Serang")])
    dataset.set(db, options.GOVERNMENT, "Pemerintah Kabupaten Serang")
    roster = RosterService(db)
    roster.create(OfficialInput(USER_NIP, "Siti Aminah", rank="III/d"),
                  (AppointmentInput("Kepala Bagian Hukum", "Bagian Hukum", "III.a"),))
    return bupati["bupati"]


def test_nothing_to_remove_without_demo(db):
    assert not demo_present(db)
    with pytest.raises(KinerjaError, match="Tidak ada data contoh di basis data ini"):
        remove_demo(db, "uji")


def test_removal_leaves_exactly_what_the_user_entered(db):
    bupati = _user_data(db)
    before = _counts(db)
    load_demo(db)
    assert demo_present(db)
    result = remove_demo(db, "uji")
    assert _counts(db) == before
    assert result.removed["official"] == 7 and result.removed["evaluation"] == 1
    assert not demo_present(db)
    assert dataset.get(db, options.DEMO_NOTICE) == ""
    assert dataset.get(db, options.GOVERNMENT) == "Pemerintah Kabupaten Serang"  # the user's
    assert [s.id for s in official_repo.list_signatories(db)] == [bupati]
    roster = RosterService(db)
    assert roster.id_by_nip(USER_NIP) is not None
    assert roster.id_by_nip("197203151995031004") is None


def test_demo_settings_it_added_go_too(db):
    load_demo(db)
    remove_demo(db, "uji")
    assert dataset.get(db, options.GOVERNMENT) == ""
    assert _counts(db) == dict.fromkeys(DATA_TABLES, 0)


def test_removal_is_in_the_change_history(demo_db):
    remove_demo(demo_db, "Budi")
    rows = table_rows(demo_db, "SELECT actor, summary FROM audit_entry "
                                    "WHERE action = 'hapus_data_contoh'")
    assert len(rows) == 1 and rows[0][0] == "Budi" and "7 pejabat" in rows[0][1]


def test_users_record_on_a_demo_official_refuses_the_removal(demo_db):
    roster = RosterService(demo_db)
    anas = roster.id_by_nip("197203151995031004")
    before = _counts(demo_db)
    official = roster.get(anas)
    # The user gives a demo official a post of their own: a record that is the user's.
    roster.add_appointment(anas, AppointmentInput("Staf Ahli Bupati", official.appointments[0]
                                                  .unit_name, "II.b"))
    with pytest.raises(KinerjaError, match="1 jabatan"):
        remove_demo(demo_db, "uji")
    assert demo_present(demo_db)
    assert _counts(demo_db)["official"] == before["official"]


def test_a_demo_unit_the_user_uses_is_kept(demo_db):
    RosterService(demo_db).create(
        OfficialInput(USER_NIP, "Siti Aminah", rank="III/d"),
        (AppointmentInput("Kepala Bidang Statistik", "Badan Perencanaan Pembangunan Daerah",
                          "III.b"),))
    result = remove_demo(demo_db, "uji")
    assert result.kept == {"unit": 1}
    assert table_rows(demo_db, "SELECT name FROM unit") == [
        ("Badan Perencanaan Pembangunan Daerah",)]


def _loaded_by_an_older_version(db) -> None:
    """The demo as versions before the record (data_contoh_baris) loaded it: the same records,
    with random UUIDs, and nothing saying which of them the demo added."""
    load_demo(db)
    dataset.clear(db, options.DEMO_ROWS)


def test_no_demo_says_there_is_none(db):
    assert removal_unavailable(db) == "Tidak ada data contoh di basis data ini."


def test_a_recorded_demo_can_be_removed(db):
    load_demo(db)
    assert removal_unavailable(db) == ""


def test_a_demo_an_older_version_loaded_is_refused_with_the_reason(db):
    # Its records cannot be told from the user's exactly: the units, the Bupati and the
    # government settings were taken over when the user had them already, and the UUIDs are
    # random. Guessing could delete the user's own data, so removal says why it cannot.
    _user_data(db)
    _loaded_by_an_older_version(db)
    before = _counts(db)
    reason = removal_unavailable(db)
    assert "versi lama" in reason and "cadangan" in reason
    assert not demo_present(db)
    with pytest.raises(KinerjaError) as refused:
        remove_demo(db, "uji")
    assert str(refused.value) == reason
    assert _counts(db) == before


def test_loading_the_demo_again_does_not_make_an_older_demo_removable(db):
    _loaded_by_an_older_version(db)
    load_demo(db)  # everything is there already: nothing is added, so nothing is recorded
    assert "versi lama" in removal_unavailable(db)
