"""The office key (issue 18): printed QR codes signed with the office's Ed25519 key and checked
offline by another office that imported its public key; key files from outside refused plainly."""

from __future__ import annotations

import base64
import json

import pytest

from kinerja_desktop.domain import options
from kinerja_desktop.errors import KinerjaError
from kinerja_desktop.services import office_key
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.documents import DocumentService
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.office_key import KeyFileError
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.storage import settings_repo
from kinerja_desktop.storage.database import open_database
from tests.helpers.qr_reader import qr_texts_of_pdf


@pytest.fixture
def second_db(tmp_path):
    """Another office's database: no registry of the first's documents, no data at all."""
    database = open_database(tmp_path / "kantor-lain.db")
    yield database
    database.close()


def agreed_program(db) -> int:
    return next(p.id for p in ProgramService(db).all_programs() if p.status != "draft")


def final_evaluation(db) -> int:
    return next(r.id for r in EvaluationService(db).evaluations() if r.final)


def printed_qr(db, tmp_path, kind: str, subject_id: int) -> str:
    """Print the document to a PDF and read its QR code back from the PDF, as a scanner."""
    target = tmp_path / f"{kind}.pdf"
    DocumentService(db).print(kind, subject_id, target)
    texts = qr_texts_of_pdf(target)
    assert len(set(texts)) == 1  # the same QR on every page
    return texts[0]


def exchanged(first, second, tmp_path) -> office_key.OfficeKey:
    """The first office's public key exported to a file and imported by the second."""
    path = tmp_path / "kunci-setda.kinerja-kunci"
    exported = office_key.export_public(first, path)
    imported, added = office_key.import_public(second, path)
    assert added and imported.public_key == exported.public_key
    return exported


@pytest.mark.parametrize("kind, subject", [
    ("evaluasi", final_evaluation), ("kesepakatan", agreed_program),
    ("serah_terima", lambda db: 1)])
def test_a_printout_is_checked_offline_by_an_office_that_imported_the_key(
        demo_db, second_db, tmp_path, kind, subject):
    qr = printed_qr(demo_db, tmp_path, kind, subject(demo_db))
    key = exchanged(demo_db, second_db, tmp_path)
    result = DocumentService(second_db).verify(qr)
    assert result.accepted and result.signed and result.record is None
    assert result.issuer == key.office and "Pemerintah Kabupaten Serang" in result.issuer
    assert f"diterbitkan oleh {key.office}" in result.message
    assert result.kind == kind and result.key_id == key.key_id
    # What the paper must show: whose document (and an evaluation's result).
    expected = {"evaluasi": "Anas Dwisatya - Cukup (85,33)",
                "kesepakatan": "Anas Dwisatya - ", "serah_terima": "Jajang KH ke Abdullah"}
    assert result.summary.startswith(expected[kind]) and result.summary in result.message
    # Without the registry, whether a revision replaced it is the issuer's to say.
    assert "Register dokumen kantor penerbit tidak ada" in result.message


def test_the_issuing_database_adds_its_registry_checks(demo_db, tmp_path):
    program = agreed_program(demo_db)
    qr = printed_qr(demo_db, tmp_path, "kesepakatan", program)
    result = DocumentService(demo_db).verify(qr)
    assert result.accepted and result.signed and result.record is not None
    assert result.current and "versi terkini" in result.message
    assert result.issuer == office_key.office_name(demo_db)
    # A later print of other content: the signature holds, the registry says it was replaced.
    DocumentService(demo_db).set_paper("F4")
    DocumentService(demo_db).prepare("kesepakatan", program)
    later = DocumentService(demo_db).verify(qr)
    assert later.signed and not later.current and not later.accepted
    assert "cetakan yang lebih baru" in later.message


def test_any_changed_character_is_refused(demo_db, second_db, tmp_path):
    """One character changed anywhere (code, kind, date, key id, hash, summary, signature,
    separators): never accepted."""
    qr = printed_qr(demo_db, tmp_path, "serah_terima", 1)
    exchanged(demo_db, second_db, tmp_path)
    service = DocumentService(second_db)
    assert service.verify(qr).accepted
    parts = qr.split(":")
    where = {"code": len(parts[0]) + 1, "hash": qr.index(parts[5]) + 10,
             "summary": qr.index(parts[6]) + 2, "signature": qr.index(parts[7]) + 40}
    for part, at in where.items():
        changed = qr[:at] + ("A" if qr[at] != "A" else "B") + qr[at + 1:]
        result = service.verify(changed)
        assert not result.accepted and not result.signed, part
        assert "PERINGATAN" in result.message or "tidak dapat dibaca" in result.message, part
    for at in range(len(qr)):
        changed = qr[:at] + ("7" if qr[at] != "7" else "8") + qr[at + 1:]
        assert not service.verify(changed).accepted, (at, changed)


def test_an_office_whose_key_is_not_known_is_told_how_to_import_it(demo_db, second_db,
                                                                   tmp_path):
    qr = printed_qr(demo_db, tmp_path, "kesepakatan", agreed_program(demo_db))
    result = DocumentService(second_db).verify(qr)
    key = office_key.own_key(demo_db)
    assert not result.accepted and not result.signed and result.unknown_key
    assert key.key_id in result.message and "belum dikenal" in result.message
    assert "office-key import" in result.message and "Kunci kantor" in result.message
    assert "sidik jari" in result.message


def test_typing_the_code_still_asks_the_registry(demo_db, second_db, tmp_path):
    record = DocumentService(demo_db).print("serah_terima", 1, tmp_path / "ba.pdf")
    assert DocumentService(demo_db).verify(record.code).accepted
    assert not DocumentService(second_db).verify(record.code).found


def test_the_key_is_made_once_and_kept_out_of_the_history_and_merges(db):
    office_key.ensure(db)
    stored = dataset.get(db, options.OFFICE_KEY)
    assert len(stored) == 32
    office_key.ensure(db)
    assert dataset.get(db, options.OFFICE_KEY) == stored
    assert not options.OFFICE_KEY.merged  # a merge does not carry it to another PC
    # The setting table's audit trigger records values; the history (which a merge does
    # carry) keeps that the key was made, not the key.
    secret = base64.b64encode(stored).decode()
    history = [row[0] for row in db.execute_sql(
        "SELECT details_json FROM audit_entry WHERE entity_uuid = ?", (options.OFFICE_KEY.key,))]
    assert history and not any(secret in text for text in history)
    assert office_key.PRIVATE_KEY_STAND_IN in history[0]


def test_a_damaged_key_is_replaced_at_the_next_print(demo_db, tmp_path):
    settings_repo.set(demo_db, options.OFFICE_KEY.key, base64.b64encode(b"x" * 31).decode())
    qr = printed_qr(demo_db, tmp_path, "serah_terima", 1)
    assert len(dataset.get(demo_db, options.OFFICE_KEY)) == 32
    assert DocumentService(demo_db).verify(qr).signed


def test_the_setup_makes_the_key(db):
    from kinerja_desktop.services.setup import DatasetSettings, save_settings
    assert dataset.get(db, options.OFFICE_KEY) == b""
    save_settings(db, DatasetSettings(institution="Pemerintah Kabupaten Serang",
                                      place="Serang"))
    made = dataset.get(db, options.OFFICE_KEY)
    assert len(made) == 32
    save_settings(db, DatasetSettings(institution="Pemerintah Kabupaten Serang",
                                      place="Serang", agency="Sekretariat Daerah"))
    assert dataset.get(db, options.OFFICE_KEY) == made
    assert office_key.own_key(db).office == "Sekretariat Daerah, Pemerintah Kabupaten Serang"


def test_export_and_import_round_trip(demo_db, second_db, tmp_path):
    path = tmp_path / "kunci.kinerja-kunci"
    exported = office_key.export_public(demo_db, path)
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["format"] == office_key.FILE_FORMAT and content["versi"] == 1
    assert content["kantor"] == exported.office and content["id_kunci"] == exported.key_id
    assert content["sidik_jari"] == exported.fingerprint
    assert exported.fingerprint.replace(" ", "").startswith(exported.key_id)
    assert len(exported.fingerprint.split()) == 8
    # Only the public key leaves: the private key is nowhere in the file.
    private = base64.b64encode(dataset.get(demo_db, options.OFFICE_KEY)).decode()
    assert private not in path.read_text(encoding="utf-8")
    imported, added = office_key.import_public(second_db, path)
    assert added and imported.fingerprint == exported.fingerprint
    assert [k.key_id for k in office_key.known_keys(second_db)] == [exported.key_id]
    # The same file again changes nothing.
    before = dataset.get(second_db, options.TRUSTED_KEYS)
    again, added = office_key.import_public(second_db, path)
    assert not added and again.key_id == exported.key_id
    assert dataset.get(second_db, options.TRUSTED_KEYS) == before
    # Its own key is not imported.
    with pytest.raises(KeyFileError, match="kunci kantor Anda sendiri"):
        office_key.import_public(demo_db, path)
    removed = office_key.remove_trusted(second_db, exported.key_id.lower())
    assert removed.key_id == exported.key_id and office_key.trusted_keys(second_db) == []
    with pytest.raises(KinerjaError, match="Tidak ada kunci kantor lain"):
        office_key.remove_trusted(second_db, exported.key_id)


def test_export_needs_the_office_name(db, tmp_path):
    with pytest.raises(KinerjaError, match="Nama instansi belum diisi"):
        office_key.export_public(db, tmp_path / "k.kinerja-kunci")
    assert not list(tmp_path.glob("*kinerja-kunci"))


def _key_file(**changes) -> dict:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    public = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    content = {"format": office_key.FILE_FORMAT, "versi": 1, "kantor": "Dinas Kominfo",
               "id_kunci": office_key.key_id(public),
               "kunci_publik": base64.b64encode(public).decode(),
               "sidik_jari": office_key.fingerprint(public)}
    content.update(changes)
    return {k: v for k, v in content.items() if v is not None}


HOSTILE = {
    "bukan-json": (b"ini bukan berkas kunci", "bukan JSON"),
    "biner": (bytes(range(256)), "bukan teks UTF-8"),
    "terlalu-besar": (b" " * (office_key.MAX_KEY_FILE_BYTES + 1), "terlalu besar"),
    "bersarang": (b"[" * 15000, "bukan JSON"),
    "daftar": (b"[1, 2, 3]", "bukan berkas kunci kantor"),
    "format-lain": (json.dumps(_key_file(format="pgp")).encode(), "format"),
    "versi-baru": (json.dumps(_key_file(versi=2)).encode(), "versi berkas kunci 2"),
    "tanpa-kantor": (json.dumps(_key_file(kantor="  ")).encode(), "nama kantor"),
    "kantor-aneh": (json.dumps(_key_file(kantor="Dinas\x00X")).encode(), "tanda"),
    "bukan-base64": (json.dumps(_key_file(kunci_publik="@@@@")).encode(), "bukan base64"),
    "kunci-pendek": (json.dumps(_key_file(
        kunci_publik=base64.b64encode(b"k" * 31).decode(), id_kunci=None,
        sidik_jari=None)).encode(), "panjangnya 31 bita, seharusnya 32"),
    "kunci-angka": (json.dumps(_key_file(kunci_publik=12345)).encode(), "bukan base64"),
    "id-lain": (json.dumps(_key_file(id_kunci="AAAAAAAA")).encode(), "tidak cocok"),
    "sidik-lain": (json.dumps(_key_file(sidik_jari="AAAA " * 8)).encode(), "tidak cocok"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_key_files_are_refused_and_change_nothing(second_db, tmp_path, name):
    content, reason = HOSTILE[name]
    path = tmp_path / f"{name}.kinerja-kunci"
    path.write_bytes(content)
    before = settings_repo.items(second_db)
    with pytest.raises(KeyFileError) as refused:
        office_key.import_public(second_db, path)
    assert reason in str(refused.value) and "\n" not in str(refused.value)
    assert settings_repo.items(second_db) == before


def test_a_folder_or_a_missing_file_is_said_plainly(second_db, tmp_path):
    with pytest.raises(KinerjaError, match="folder"):
        office_key.import_public(second_db, tmp_path)
    with pytest.raises(KinerjaError, match="tidak dapat dibaca"):
        office_key.import_public(second_db, tmp_path / "tidak-ada.kinerja-kunci")


def test_another_key_with_a_known_id_is_refused(second_db, tmp_path, monkeypatch):
    """Two keys with one id (40 bits: possible to make on purpose): the second is refused,
    so that an id always names one key here."""
    monkeypatch.setattr(office_key, "key_id", lambda _public: "SAMEID22")
    first, second = tmp_path / "a.kinerja-kunci", tmp_path / "b.kinerja-kunci"
    first.write_text(json.dumps(_key_file(id_kunci=None, kantor="Dinas A")))
    second.write_text(json.dumps(_key_file(id_kunci=None, kantor="Dinas B")))
    office_key.import_public(second_db, first)
    before = settings_repo.items(second_db)
    with pytest.raises(KeyFileError, match="sudah dipakai kunci Dinas A"):
        office_key.import_public(second_db, second)
    assert settings_repo.items(second_db) == before


def test_the_same_key_under_another_office_name_is_refused(second_db, tmp_path):
    content = _key_file()
    path = tmp_path / "k.kinerja-kunci"
    path.write_text(json.dumps(content))
    office_key.import_public(second_db, path)
    path.write_text(json.dumps({**content, "kantor": "Kantor Palsu"}))
    with pytest.raises(KeyFileError, match="sudah dikenal sebagai milik Dinas Kominfo"):
        office_key.import_public(second_db, path)
    assert [k.office for k in office_key.trusted_keys(second_db)] == ["Dinas Kominfo"]


def test_a_damaged_trusted_keys_setting_trusts_nothing_it_cannot_read(second_db):
    settings_repo.set(second_db, options.TRUSTED_KEYS.key, json.dumps(
        [{"kantor": "Dinas A", "kunci": "pendek"}, "teks", {"kantor": 5, "kunci": "x"},
         {"kantor": "Dinas B", "kunci": base64.b64encode(b"b" * 32).decode()}]))
    assert [k.office for k in office_key.trusted_keys(second_db)] == ["Dinas B"]
    settings_repo.set(second_db, options.TRUSTED_KEYS.key, "{bukan json")
    assert office_key.trusted_keys(second_db) == []


def test_a_full_list_of_keys_takes_no_more(second_db, tmp_path):
    """At most MAX_TRUSTED keys, and never more text than a setting may hold (a restore
    refuses a longer value): the next import is refused and nothing changes."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    many = [{"id": "", "kantor": f"Dinas {n}", "diimpor": "2019-06-14", "kunci": base64.b64encode(
        Ed25519PrivateKey.generate().public_key().public_bytes_raw()).decode()}
        for n in range(office_key.MAX_TRUSTED)]
    settings_repo.set(second_db, options.TRUSTED_KEYS.key, json.dumps(many))
    path = tmp_path / "k.kinerja-kunci"
    path.write_text(json.dumps(_key_file()))
    with pytest.raises(KeyFileError, match=f"Sudah ada {office_key.MAX_TRUSTED} kunci"):
        office_key.import_public(second_db, path)
    assert len(office_key.trusted_keys(second_db)) == office_key.MAX_TRUSTED
    long_names = [{**entry, "kantor": "X" * office_key.MAX_OFFICE_NAME} for entry in many[:-1]]
    settings_repo.set(second_db, options.TRUSTED_KEYS.key, json.dumps(long_names))
    before = settings_repo.items(second_db)
    with pytest.raises(KeyFileError, match="sudah penuh"):
        office_key.import_public(second_db, path)
    assert settings_repo.items(second_db) == before
