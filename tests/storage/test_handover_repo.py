"""Handover storage: items replaced and ordered, cascades to items, officials RESTRICTed."""

from __future__ import annotations

from datetime import date

import peewee
import pytest

from kinerja_desktop.domain.handover import HandoverInput, HandoverItemInput, Witness
from kinerja_desktop.domain.officials import AppointmentInput, OfficialInput
from kinerja_desktop.errors import NotFoundError
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import handover_repo as repo
from kinerja_desktop.storage import official_repo
from tests.helpers.dump import table_rows

UNIT = "Dinas Kependudukan dan Catatan Sipil"
POST = f"Kepala {UNIT}"


@pytest.fixture
def people(db):
    """(outgoing id, their acting post, incoming id, their post)."""
    roster = RosterService(db)
    jajang, _ = roster.create(OfficialInput("197102101996031002", "Jajang KH"), [
        AppointmentInput(POST, UNIT, "II.b", "plt", end_date=date(2019, 6, 13))])
    abdullah, _ = roster.create(OfficialInput("196611201989031007", "Abdullah"), [
        AppointmentInput(POST, UNIT, "II.b", "rotasi", start_date=date(2019, 6, 14))])
    return (jajang, roster.get(jajang).appointments[0].id, abdullah,
            roster.get(abdullah).appointments[0].id)


def handover(people, day=date(2019, 6, 14), **changes) -> HandoverInput:
    out_id, out_post, in_id, in_post = people
    data = HandoverInput(date=day, number=" 800/001 ", place="Pendopo  Bupati Serang",
                         post_title=POST, unit_name=UNIT, outgoing_official_id=out_id,
                         outgoing_appointment_id=out_post, incoming_official_id=in_id,
                         incoming_appointment_id=in_post,
                         witnesses=[Witness("Asep", "Asda I", "19650707 198803 1 008")],
                         programs="1. KTP-el\n2. Akta", items=[
                             HandoverItemInput("dokumen", "DPA 2019", "1 berkas"),
                             HandoverItemInput("aset", "Printer", "4 unit", "baik"),
                             HandoverItemInput("kegiatan", "Perekaman KTP-el"),
                             HandoverItemInput("aset", "Kendaraan", "2 unit")])
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def unit_id(db) -> int:
    return official_repo.ensure_unit(db, UNIT)[0]


def test_insert_and_get(db, people):
    hid = repo.insert(db, handover(people), unit_id(db))
    record = repo.get(db, hid)
    assert (record.number, record.place, record.post_title, record.unit_name) == (
        "800/001", "Pendopo Bupati Serang", POST, UNIT)
    assert (record.outgoing.name, record.outgoing.nip, record.outgoing.post) == (
        "Jajang KH", "197102101996031002", f"Plt. {POST}")
    assert (record.incoming.name, record.incoming.filling, record.incoming.start_date) == (
        "Abdullah", "rotasi", date(2019, 6, 14))
    assert record.witnesses == (Witness("Asep", "Asda I", "196507071988031008"),)
    assert record.programs == "1. KTP-el\n2. Akta"
    # Ordered by section, then as entered within it.
    assert [(i.section, i.position, i.name) for i in record.items] == [
        ("kegiatan", 1, "Perekaman KTP-el"), ("aset", 1, "Printer"), ("aset", 2, "Kendaraan"),
        ("dokumen", 1, "DPA 2019")]
    assert record.as_input().items_in("aset")[1].quantity == "2 unit"


def test_update_replaces_items(db, people):
    hid = repo.insert(db, handover(people), unit_id(db))
    data = handover(people, number="800/002",
                    items=[HandoverItemInput("pegawai", "PNS", "62 orang")])
    repo.update(db, hid, data, unit_id(db))
    record = repo.get(db, hid)
    assert record.number == "800/002"
    assert [(i.section, i.name) for i in record.items] == [("pegawai", "PNS")]
    assert table_rows(db, "SELECT count(*) FROM handover_item") == [(1,)]


def test_list_newest_first(db, people):
    older = repo.insert(db, handover(people, day=date(2018, 1, 2)), unit_id(db))
    newer = repo.insert(db, handover(people), unit_id(db))
    listed = repo.list_handovers(db)
    assert [h.id for h in listed] == [newer, older]
    assert (listed[0].outgoing_name, listed[0].incoming_name, listed[0].item_count) == (
        "Jajang KH", "Abdullah", 4)


def test_delete_cascades_to_items(db, people):
    hid = repo.insert(db, handover(people), unit_id(db))
    repo.delete(db, hid)
    assert table_rows(db, "SELECT count(*) FROM handover_item") == [(0,)]
    with pytest.raises(NotFoundError):
        repo.get(db, hid)
    with pytest.raises(NotFoundError):
        repo.delete(db, hid)


def test_officials_in_a_handover_cannot_be_deleted(db, people):
    repo.insert(db, handover(people), unit_id(db))
    with pytest.raises(peewee.IntegrityError):
        with db.atomic():
            official_repo.delete_official(db, people[0])
    assert table_rows(db, "SELECT count(*) FROM official") == [(2,)]


def test_deleted_appointment_leaves_the_handover(db, people):
    hid = repo.insert(db, handover(people), unit_id(db))
    official_repo.delete_appointment(db, people[1])
    record = repo.get(db, hid)
    assert (record.outgoing.appointment_id, record.outgoing.post) == (None, "")
    assert record.outgoing.name == "Jajang KH"


def test_find_and_holders_before(db, people):
    hid = repo.insert(db, handover(people), unit_id(db))
    assert repo.find(db, date(2019, 6, 14), people[0], people[2]) == hid
    assert repo.find(db, date(2019, 6, 14), people[2], people[0]) is None
    (holder,) = repo.holders_before(db, unit_id(db), POST.upper(), date(2019, 6, 14), people[2])
    assert (holder.id, holder.filling) == (people[1], "plt")
