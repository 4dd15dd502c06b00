"""Handover input and its validation: what is required, limits, and where a problem lies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kinerja_desktop.domain.handover import (MAX_ITEM_NAME, MAX_MEMO, MAX_NUMBER, SECTION_CODES,
                                             SECTIONS, HandoverInput, HandoverItemInput,
                                             HandoverParty, Witness, validate_handover)

DAY = date(2019, 6, 14)


def good(**changes) -> HandoverInput:
    data = HandoverInput(date=DAY, post_title="Kepala Dinas Kependudukan dan Catatan Sipil",
                         unit_name="Dinas Kependudukan dan Catatan Sipil",
                         outgoing_official_id=6, outgoing_appointment_id=9,
                         incoming_official_id=5, incoming_appointment_id=15)
    return replace(data, **changes)


def errors(data: HandoverInput) -> list[tuple[str, str, int | None]]:
    return [(p.field, p.message, p.row) for p in validate_handover(data) if p.is_error]


def test_sections_in_order_with_labels():
    assert SECTION_CODES == ("kegiatan", "pegawai", "aset", "dokumen")
    assert SECTIONS["kegiatan"] == "Program dan kegiatan yang sedang berjalan"
    assert SECTIONS["aset"] == "Aset/barang milik daerah"
    assert SECTIONS["dokumen"] == "Dokumen/arsip"


def test_a_complete_handover_has_no_problems():
    data = good(witnesses=[Witness("Ratu Tatu Chasanah", "Bupati Serang"),
                           Witness("Asep", "Asda I", "19650707 198803 1 008")],
                items=[HandoverItemInput("aset", "Printer", "4 unit", "baik")])
    assert validate_handover(data) == []


def test_required_fields():
    problems = errors(HandoverInput())
    fields = {f for f, _m, _r in problems}
    assert {"tanggal", "jabatan", "unit_kerja", "pihak_pertama", "pihak_kedua",
            "jabatan_pihak"} <= fields
    messages = " ".join(m for _f, m, _r in problems)
    assert "Tanggal serah terima wajib diisi." in messages
    assert "Pejabat yang menyerahkan wajib diisi." in messages


def test_blank_post_and_unit_are_missing():
    assert {f for f, _m, _r in errors(good(post_title="  ", unit_name=""))} == {
        "jabatan", "unit_kerja"}


def test_outgoing_and_incoming_must_differ():
    (problem,) = errors(good(incoming_official_id=6))
    assert problem[0] == "pihak_kedua" and "orang lain" in problem[1]


def test_one_side_post_is_enough_but_not_none():
    assert errors(good(outgoing_appointment_id=None)) == []
    assert errors(good(incoming_appointment_id=None)) == []
    (problem,) = errors(good(outgoing_appointment_id=None, incoming_appointment_id=None))
    assert problem[0] == "jabatan_pihak"


def test_text_limits():
    problems = errors(good(number="9" * (MAX_NUMBER + 1), problems="x" * (MAX_MEMO + 1)))
    assert {f for f, _m, _r in problems} == {"nomor", "problems"}
    assert all("terlalu panjang" in m for _f, m, _r in problems)


def test_item_problems_name_section_field_and_row():
    data = good(items=[HandoverItemInput("aset", "Printer"),
                       HandoverItemInput("dokumen", "DPA 2019"),
                       HandoverItemInput("aset", " ", "2 unit"),
                       HandoverItemInput("aset", "x" * (MAX_ITEM_NAME + 1))])
    assert errors(data) == [
        ("aset_nama", "Aset/barang milik daerah, baris 2: uraian wajib diisi.", 2),
        ("aset_nama", f"Aset/barang milik daerah, baris 3: uraian terlalu panjang (maksimal "
                      f"{MAX_ITEM_NAME} huruf).", 3)]


def test_unknown_section_is_refused():
    assert [f for f, _m, _r in errors(good(items=[HandoverItemInput("mobil", "x")]))] == [
        "bagian"]


def test_witness_problems():
    data = good(witnesses=[Witness("", "Bupati Serang"), Witness("Asep", "", "123")])
    assert [(f, r) for f, _m, r in errors(data)] == [
        ("saksi_nama", 1), ("saksi_jabatan", 2), ("saksi_nip", 2)]
    assert "Saksi baris 2: NIP harus 18 angka" in errors(data)[2][1]


def test_decree_after_the_handover_only_warns():
    problems = validate_handover(good(decree_number="821.2/Kep.1", decree_date=date(2019, 6, 20)))
    assert [(p.field, p.severity) for p in problems] == [("tanggal_sk", "warning")]


def test_items_in_keeps_order():
    data = good(items=[HandoverItemInput("aset", "A"), HandoverItemInput("pegawai", "P"),
                       HandoverItemInput("aset", "B")])
    assert [i.name for i in data.items_in("aset")] == ["A", "B"]


def test_party_shows_acting_prefix_and_full_name():
    party = HandoverParty(6, "Jajang KH", "Drs.", "M.Si", "197102101996031002", "IV/a", 9,
                          "Kepala Dinas Kependudukan dan Catatan Sipil", "plt", "II.b",
                          "Dinas Kependudukan dan Catatan Sipil", None, date(2019, 6, 13))
    assert party.full_name == "Drs. Jajang KH, M.Si"
    assert party.post == "Plt. Kepala Dinas Kependudukan dan Catatan Sipil"
    assert party.acting
