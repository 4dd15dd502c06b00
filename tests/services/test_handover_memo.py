"""The handover documents built from the demo's handover: the Memori as its own document (kind
"memori", registered and stamped, signed by the outgoing official only) and the Berita Acara
(the decree whole, the closing, the Bupati under "Mengetahui,", a number of the office whose
letterhead it carries)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pypdf import PdfReader

from kinerja_desktop.domain import handover_document as form
from kinerja_desktop.domain.document_parts import KOP_AGENCY
from kinerja_desktop.domain.documents import DOCUMENT_KINDS, HandoverMemo, content_hash
from kinerja_desktop.domain.handover import Witness
from kinerja_desktop.services import demo
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.services.handover import HandoverService
from kinerja_desktop.services.handover_document import decree_text
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo

DECREE = ("Keputusan Bupati Serang Nomor 821.2/Kep.123-Huk/2019 tanggal 14 Juni 2019 tentang "
          "Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama di Lingkungan Pemerintah "
          "Kabupaten Serang")


@pytest.fixture
def handover_id(demo_db) -> int:
    (summary,) = HandoverService(demo_db).handovers()
    return summary.id


def test_the_memo_is_its_own_document(demo_db, handover_id):
    memo, record = DocumentService(demo_db).prepare("memori", handover_id)
    assert isinstance(memo, HandoverMemo)
    assert (record.kind, record.title) == ("memori", DOCUMENT_KINDS["memori"])
    assert memo.stamp.code == record.code and content_hash(memo) == record.content_hash
    assert memo.institution.kind == KOP_AGENCY
    assert memo.post == "KEPALA DINAS KEPENDUDUKAN DAN CATATAN SIPIL"
    assert DECREE in memo.opening and demo.HANDOVER_NUMBER in memo.opening
    assert [s.title for s in memo.sections] == [
        "Program dan kegiatan yang sedang berjalan", "Permasalahan", "Saran dan rekomendasi",
        "Pegawai", "Aset/barang milik daerah", "Dokumen/arsip", "Catatan"]
    activities = memo.sections[0]
    assert activities.text == demo.HANDOVER_PROGRAMS
    assert activities.rows[0][1:3] == ("Perekaman KTP elektronik keliling", "Rp150.000.000")
    assert "tetap menjadi tanggung jawab pejabat yang menyerahkan" in memo.closing


def test_the_memo_is_signed_by_the_outgoing_official_only(demo_db, handover_id):
    memo, _record = DocumentService(demo_db).prepare("memori", handover_id)
    assert memo.signers == (memo.signer,)
    signer = memo.signer
    assert (signer.heading, signer.acting, signer.title, signer.name, signer.nip) == (
        form.HANDS_OVER, "Plt.", "KEPALA DINAS KEPENDUDUKAN DAN CATATAN SIPIL", "Jajang KH",
        "19710210 199603 1 002")


def test_the_memo_is_printed_and_verified_apart_from_the_minutes(demo_db, handover_id,
                                                                 tmp_path):
    service = DocumentService(demo_db)
    minutes = service.print("serah_terima", handover_id, tmp_path / "ba.pdf")
    memo = service.print("memori", handover_id, tmp_path / "memori.pdf")
    assert memo.subject_uuid == minutes.subject_uuid and memo.code != minutes.code
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(str(tmp_path / "memori.pdf")).pages)
    assert "MEMORI SERAH TERIMA JABATAN" in text and f"Kode verifikasi: {memo.code}" in text
    # Printing the Memori does not make the Berita Acara printed before it outdated.
    for record in (minutes, memo):
        check = service.verify(record.code)
        assert check.matches and check.current, check.message
    assert DOCUMENT_KINDS["memori"] in service.verify(memo.code).message


def test_the_minutes_name_the_decree_and_the_bupati_knows(demo_db, handover_id):
    minutes, _record = DocumentService(demo_db).prepare("serah_terima", handover_id)
    assert minutes.statements[0] == (
        f"Berdasarkan {DECREE}, PIHAK PERTAMA menyerahkan jabatan Kepala Dinas Kependudukan "
        "dan Catatan Sipil beserta tugas, tanggung jawab, program dan kegiatan, pegawai, aset "
        "dan dokumen kepada PIHAK KEDUA, dan PIHAK KEDUA menerimanya, sebagaimana tercantum "
        "dalam Memori Serah Terima Jabatan terlampir.")
    assert "masa pelaksana tugas" in minutes.statements[1]  # Jajang KH was the Plt
    assert minutes.closing == form.minutes_closing(form.DEFAULT_COPIES)
    assert "rangkap 3 (tiga)" in minutes.closing
    assert [(s.heading, s.name) for s in minutes.parties] == [
        ("PIHAK KEDUA,", "Abdullah"), ("PIHAK PERTAMA,", "Jajang KH")]
    assert [w.name for w in minutes.witnesses] == ["Asep Saefudin Mustofa"]
    knows = minutes.acknowledged_by
    assert (knows.heading, knows.title, knows.name, knows.on_behalf_of) == (
        form.ACKNOWLEDGES, "BUPATI SERANG", "Ratu Tatu Chasanah", "")
    assert minutes.signers[-1] is knows


def test_the_number_belongs_to_the_office_of_the_letterhead(demo_db, handover_id):
    """The issue found a Setda letterhead with a Disdukcapil number: the demo's number is the
    Setda's, the office whose agency letterhead the minutes carry."""
    minutes, _record = DocumentService(demo_db).prepare("serah_terima", handover_id)
    office = next(u for u in RosterService(demo_db).units()
                  if u.name.upper() == minutes.institution.agency)
    assert minutes.institution.kind == KOP_AGENCY
    assert f"-{office.short_name}/" in minutes.number == demo.HANDOVER_NUMBER
    for other in RosterService(demo_db).units():
        if other.short_name and other.short_name != office.short_name:
            assert other.short_name not in minutes.number


def test_without_the_bupati_the_sekda_knows_on_his_behalf(demo_db, handover_id):
    official_repo.ensure_signatory(demo_db, "Contoh Nama Sekda", "Sekretaris Daerah", "sekda",
                                   "196501011988031009", "IV/d")
    service = HandoverService(demo_db)
    data = service.get(handover_id).as_input()
    service.update(handover_id, replace(data, witnesses=[
        Witness("Asep Saefudin Mustofa", "Asisten Daerah I", "196507071988031008"),
        Witness("Contoh Nama Sekda", "Sekretaris Daerah", "196501011988031009")]))
    minutes, _record = DocumentService(demo_db).prepare("serah_terima", handover_id)
    knows = minutes.acknowledged_by
    assert (knows.name, knows.on_behalf_of, knows.title, knows.rank) == (
        "Contoh Nama Sekda", "BUPATI SERANG", "SEKRETARIS DAERAH", "Pembina Utama Madya (IV/d)")
    assert [w.name for w in minutes.witnesses] == ["Asep Saefudin Mustofa"]
    # With neither, everyone is a witness and no one "knows".
    service.update(handover_id, replace(data, witnesses=[data.witnesses[1]]))
    minutes, _record = DocumentService(demo_db).prepare("serah_terima", handover_id)
    assert minutes.acknowledged_by is None and len(minutes.witnesses) == 1


def test_the_decree_sentence_takes_the_parts_the_handover_has(demo_db, handover_id):
    record = HandoverService(demo_db).get(handover_id)
    assert decree_text(record) == DECREE
    assert decree_text(replace(record, decree_issuer="", decree_subject="")) == \
        "Keputusan Nomor 821.2/Kep.123-Huk/2019 tanggal 14 Juni 2019"
    assert decree_text(replace(record, decree_number="")) == ""
    service = HandoverService(demo_db)
    service.update(handover_id, replace(record.as_input(), decree_number=""))
    minutes, _record = DocumentService(demo_db).prepare("serah_terima", handover_id)
    assert minutes.statements[0].startswith("PIHAK PERTAMA menyerahkan jabatan")
