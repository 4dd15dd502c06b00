"""Two people editing the same handover (issue 20): each one's fields are kept; the same field
changed by both is refused, naming who and when, until the user keeps theirs. Runs on a file
(two connections) and on the test server (two colleagues)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kinerja_desktop.domain.handover import HandoverItemInput
from kinerja_desktop.errors import StaleSaveError
from kinerja_desktop.services import demo
from kinerja_desktop.services.handover import HandoverService
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dump import dump_database


@pytest.fixture
def handover_id(demo_db) -> int:
    service = HandoverService(demo_db, actor=lambda: "Siti (BKPSDM)")
    roster = RosterService(demo_db)
    (post,) = roster.get(roster.id_by_nip(demo.ABDULLAH_NIP)).current_appointments()
    data = replace(service.suggest(post.id), number="800/014-Setda/2019")
    return service.create(data)


def test_both_edits_of_different_fields_are_kept(demo_db, colleague, handover_id):
    mine = HandoverService(demo_db, actor=lambda: "Siti (BKPSDM)")
    theirs = HandoverService(colleague, actor=lambda: "Budi (Bagian Organisasi)")
    seen = mine.get(handover_id).as_input()  # Siti opens the dialog
    theirs.update(handover_id, replace(seen, items=[HandoverItemInput(
        "aset", "Laptop", "3 unit", "baik", "")]))
    mine.update(handover_id, replace(seen, notes="Diserahkan lengkap."), seen=seen)
    stored = mine.get(handover_id)
    assert stored.notes == "Diserahkan lengkap."
    assert [(i.section, i.name) for i in stored.items] == [("aset", "Laptop")]


def test_the_same_field_changed_by_both_is_refused_until_kept(demo_db, colleague, handover_id):
    mine = HandoverService(demo_db, actor=lambda: "Siti (BKPSDM)")
    theirs = HandoverService(colleague, actor=lambda: "Budi (Bagian Organisasi)")
    seen = mine.get(handover_id).as_input()
    theirs.update(handover_id, replace(seen, place="Aula Setda"))
    before = dump_database(demo_db)
    edited = replace(seen, place="Pendopo", date=date(2019, 6, 15))
    with pytest.raises(StaleSaveError) as caught:
        mine.update(handover_id, edited, seen=seen)
    message = str(caught.value)
    assert message.startswith("KONFLIK serah terima jabatan Kepala Dinas Kependudukan dan "
                              "Catatan Sipil: diubah oleh Budi (Bagian Organisasi) pada ")
    assert caught.value.differences == (("Tempat", "Pendopo", "Aula Setda"),)
    assert dump_database(demo_db) == before
    mine.update(handover_id, edited, seen=seen, overwrite=True)
    stored = mine.get(handover_id)
    assert (stored.place, stored.date) == ("Pendopo", date(2019, 6, 15))
