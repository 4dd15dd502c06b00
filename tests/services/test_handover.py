"""Handover use cases on the demo: the suggestion after the inauguration, writes, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kinerja_desktop.domain.handover import HandoverInput, HandoverItemInput, Witness
from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.errors import NotFoundError, ValidationError
from kinerja_desktop.services import demo
from kinerja_desktop.services.handover import HandoverService
from kinerja_desktop.services.roster import RosterService
from tests.helpers.dump import dump_database, table_rows

DAY = date(2019, 6, 14)
POST = "Kepala Dinas Kependudukan dan Catatan Sipil"


@pytest.fixture
def service(demo_db) -> HandoverService:
    return HandoverService(demo_db, actor=lambda: "Siti (BKPSDM)")


def official(db, nip: str) -> int:
    return RosterService(db).id_by_nip(nip)


def abdullah_post(db) -> int:
    roster = RosterService(db)
    (post,) = roster.get(official(db, demo.ABDULLAH_NIP)).current_appointments()
    return post.id


def suggested(db, service) -> HandoverInput:
    return service.suggest(abdullah_post(db))


def test_suggest_after_the_inauguration_gives_jajang_to_abdullah(demo_db, service):
    data = suggested(demo_db, service)
    jajang = RosterService(demo_db).get(official(demo_db, demo.JAJANG_NIP))
    acting = next(a for a in jajang.appointments if a.filling == "plt")
    assert (data.outgoing_official_id, data.outgoing_appointment_id) == (jajang.id, acting.id)
    assert acting.end_date == date(2019, 6, 13)  # ended by the inauguration, the day before
    assert (data.incoming_official_id, data.incoming_appointment_id) == (
        official(demo_db, demo.ABDULLAH_NIP), abdullah_post(demo_db))
    assert (data.date, data.place, data.post_title, data.unit_name) == (
        DAY, "Pendopo Bupati Serang", POST, "Dinas Kependudukan dan Catatan Sipil")
    assert (data.items, data.witnesses, data.programs) == ([], [], "")


def test_suggest_by_incoming_official(demo_db, service):
    by_official = service.suggest(incoming_official_id=official(demo_db, demo.ABDULLAH_NIP))
    assert by_official == suggested(demo_db, service)


def test_suggest_takes_the_decree_of_the_appointment(demo_db, service):
    roster = RosterService(demo_db)
    post = abdullah_post(demo_db)
    record = next(a for a in roster.get(official(demo_db, demo.ABDULLAH_NIP)).appointments
                  if a.id == post)
    roster.update_appointment(post, replace(record.as_input(), decree_number="821.2/Kep.7",
                                            decree_date=date(2019, 6, 13)))
    data = service.suggest(post)
    assert (data.decree_number, data.decree_date) == ("821.2/Kep.7", date(2019, 6, 13))


def test_suggest_when_the_new_head_was_the_acting_one(demo_db, service):
    """Anas Dwisatya was Plt Kepala himself: no one else hands over; the user picks."""
    anas = official(demo_db, demo.ANAS_NIP)
    data = service.suggest(incoming_official_id=anas)
    assert (data.outgoing_official_id, data.incoming_official_id, data.date) == (None, anas, DAY)


def test_suggest_for_an_official_without_posts(demo_db, service):
    new, _ = RosterService(demo_db).create(OfficialInput("198001012005011003", "Baru"))
    assert service.suggest(incoming_official_id=new) == HandoverInput(incoming_official_id=new)
    with pytest.raises(NotFoundError):
        service.suggest(incoming_official_id=99999)
    with pytest.raises(NotFoundError):
        service.suggest(99999)


def test_create_update_delete_with_audit(demo_db, service):
    data = replace(suggested(demo_db, service), number="800/9",
                   witnesses=[Witness("Ratu Tatu Chasanah", "Bupati Serang")],
                   items=[HandoverItemInput("aset", "Printer", "4 unit", "baik")])
    hid = service.create(data)
    record = service.get(hid)
    assert (record.number, record.outgoing.name, record.incoming.name) == (
        "800/9", "Jajang KH", "Abdullah")
    assert [h.id for h in service.handovers()][0] == hid
    service.update(hid, replace(data, problems="Blanko terbatas", items=[]))
    assert (service.get(hid).problems, service.get(hid).items) == ("Blanko terbatas", ())
    trail = service.audit_trail(hid)
    assert [(a.action, a.actor, a.entity) for a in trail] == [
        ("buat", "Siti (BKPSDM)", "serah_terima"), ("ubah", "Siti (BKPSDM)", "serah_terima")]
    assert trail[0].summary == (f"Serah terima {POST}: Jajang KH kepada Abdullah, "
                                f"14 Juni 2019")
    uuid = record.uuid
    service.delete(hid)
    with pytest.raises(NotFoundError):
        service.get(hid)
    assert table_rows(demo_db, "SELECT action FROM audit_entry WHERE entity_uuid = ? "
                                    f"AND {demo_db.json_value('details_json', 'tabel')} IS NULL "
                                    "ORDER BY id", (uuid,)) == [("buat",), ("ubah",), ("hapus",)]


def test_invalid_input_writes_nothing(demo_db, service):
    before = dump_database(demo_db)
    data = suggested(demo_db, service)
    bad_items = replace(data, unit_name="Dinas Baru Sekali",
                        items=[HandoverItemInput("aset", "Printer"),
                               HandoverItemInput("aset", "")])
    with pytest.raises(ValidationError) as raised:
        service.create(bad_items)
    assert [(p.field, p.row) for p in raised.value.problems] == [("aset_nama", 2)]
    same = replace(data, incoming_official_id=data.outgoing_official_id,
                   incoming_appointment_id=None)
    with pytest.raises(ValidationError):
        service.create(same)
    assert dump_database(demo_db) == before  # not even the new unit


def test_posts_must_belong_to_their_side(demo_db, service):
    data = suggested(demo_db, service)
    swapped = replace(data, outgoing_appointment_id=data.incoming_appointment_id,
                      incoming_appointment_id=data.outgoing_appointment_id)
    with pytest.raises(ValidationError) as raised:
        service.create(swapped)
    assert {p.field for p in raised.value.problems} == {"jabatan_pihak_pertama",
                                                         "jabatan_pihak_kedua"}
    with pytest.raises(ValidationError):
        service.create(replace(data, outgoing_official_id=99999))


def test_failed_update_keeps_the_old_handover(demo_db, service):
    (summary,) = service.handovers()  # the demo's
    before = dump_database(demo_db)
    data = service.get(summary.id).as_input()
    with pytest.raises(ValidationError):
        service.update(summary.id, replace(data, date=None,
                                           items=[HandoverItemInput("pegawai", "PNS")]))
    assert dump_database(demo_db) == before
    with pytest.raises(NotFoundError):
        service.update(99999, data)


def test_unit_is_created_by_name(demo_db, service):
    data = replace(suggested(demo_db, service), unit_name="disdukcapil")
    record = service.get(service.create(data))
    assert record.unit_name == "Dinas Kependudukan dan Catatan Sipil"  # the short name found


def test_an_official_in_a_handover_is_history_and_is_not_deleted(demo_db, service):
    from kinerja_desktop.errors import KinerjaError
    roster = RosterService(demo_db)
    new, _ = roster.create(OfficialInput("198001012005011003", "Pejabat Baru"))
    assert not roster.has_history(new)
    data = replace(suggested(demo_db, service), outgoing_official_id=new,
                   outgoing_appointment_id=None)
    service.create(data)
    assert roster.has_history(new)
    with pytest.raises(KinerjaError):
        roster.delete(new)
    assert roster.get(new).name == "Pejabat Baru"
