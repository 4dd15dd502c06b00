"""Two people editing the same official (issue 20): a save over a change made since the dialog
opened is refused, naming who changed what and when, until the user chooses to keep theirs.
Runs on a file (two connections) and on the test server (two colleagues)."""

from __future__ import annotations

import pytest

from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.errors import StaleSaveError
from kinerja_desktop.services.roster import AppointmentChanges, RosterService
from tests.helpers.actors import acting_as
from tests.helpers.dump import dump_database
from tests.helpers.nips import many_nips

NIP = many_nips(1)[0]


def test_a_change_made_since_opening_is_not_overwritten(db, colleague):
    mine = RosterService(db)
    official_id, _ = mine.create(OfficialInput(NIP, "Anas", rank="IV/a"))
    seen = mine.get(official_id)  # Ani opens the dialog
    theirs = RosterService(colleague)
    changed = theirs.get(official_id).as_input()
    changed.name, changed.rank = "Anas Dwisatya", "IV/b"
    acting_as("Budi (Bagian Organisasi)", lambda: theirs.update(official_id, changed))
    before = dump_database(db)

    edited = seen.as_input()
    edited.name = "Anas D."
    with pytest.raises(StaleSaveError) as caught:
        mine.save(official_id, edited, AppointmentChanges(), seen=seen)
    message = str(caught.value)
    assert message.startswith("KONFLIK pejabat 'Anas Dwisatya': diubah oleh Budi (Bagian "
                              "Organisasi) pada ")
    assert "sejak Anda membukanya" in message
    assert caught.value.differences == (("Nama", "Anas D.", "Anas Dwisatya"),
                                        ("Pangkat/golongan", "IV/a", "IV/b"))
    assert dump_database(db) == before  # nothing written

    mine.save(official_id, edited, AppointmentChanges(), seen=seen, overwrite=True)
    assert mine.get(official_id).name == "Anas D."


def test_a_post_added_since_opening_is_named_too(db, colleague):
    mine = RosterService(db)
    official_id, _ = mine.create(OfficialInput(NIP, "Anas"))
    seen = mine.get(official_id)
    RosterService(colleague).add_appointment(official_id, AppointmentInput(
        "Kepala Dinas Kominfo", "Dinas Komunikasi dan Informatika", "II.b", "rotasi"))
    with pytest.raises(StaleSaveError) as caught:
        mine.save(official_id, seen.as_input(), AppointmentChanges(), seen=seen)
    assert caught.value.differences == (("Riwayat jabatan", "seperti saat dibuka", "diubah"),)


def test_nothing_changed_since_opening_saves_at_once(db):
    mine = RosterService(db)
    official_id, _ = mine.create(OfficialInput(NIP, "Anas"))
    seen = mine.get(official_id)
    edited = seen.as_input()
    edited.front_title = "Drs."
    mine.save(official_id, edited, AppointmentChanges(), seen=seen)
    assert mine.get(official_id).front_title == "Drs."


def test_a_regional_priority_changed_by_a_colleague_is_kept_or_asked(db, colleague):
    from kinerja_desktop.services.programs import ProgramService
    mine = ProgramService(db)
    priority_id = mine.add_priority("M1", "Misi satu")
    seen = mine.priority(priority_id)  # Ani's list shows it
    acting_as("Budi", lambda: ProgramService(colleague).update_priority(
        priority_id, "M1", "Misi satu (RPJMD 2021-2026)", True, seen=seen))
    # Another field: both kept.
    mine.update_priority(priority_id, "M-1", "Misi satu", True, seen=seen)
    stored = mine.priority(priority_id)
    assert (stored.code, stored.title) == ("M-1", "Misi satu (RPJMD 2021-2026)")
    # The same field: asked, nothing written; then kept on purpose.
    with pytest.raises(StaleSaveError) as caught:
        mine.update_priority(priority_id, "M-1", "Misi pertama", True, seen=seen)
    assert str(caught.value).startswith("KONFLIK prioritas 'M-1. Misi satu (RPJMD 2021-2026)'")
    assert mine.priority(priority_id).title == "Misi satu (RPJMD 2021-2026)"
    mine.update_priority(priority_id, "M-1", "Misi pertama", True, seen=seen, overwrite=True)
    assert mine.priority(priority_id).title == "Misi pertama"
