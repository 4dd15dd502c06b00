"""`evaluation list` and `evaluation score`: JSON and text, NIP filter, consistency, tampering,
errors."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from kinerja_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.storage.database import open_database
from tests.cli.test_cli import ANAS, ENGLISH, assert_indonesian, main_py
from tests.helpers.dump import dump_database, table_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

EVALUATION_FIELDS = [
    "id", "uuid", "program_uuid", "jenis_program", "jenis_program_label", "nip", "nama",
    "jabatan", "unit_kerja", "tanggal", "skema", "skema_label", "status", "status_label",
    "versi_aturan_hitung", "target", "nilai_capaian", "perilaku", "nilai_perilaku",
    "rating_hasil_kerja", "rating_perilaku_kerja", "nilai", "predikat",
    "capaian_kinerja_organisasi", "ide_baru", "tugas_tambahan", "kreativitas",
    "aturan_penggabungan", "penilai",
    "pejabat_dinilai", "rekomendasi", "rekomendasi_label", "catatan", "hash_isi",
    "revisi_dari", "alasan_revisi", "difinalkan_pada", "diubah_pada"]
TARGET_FIELDS = ["target_id", "judul", "jenis", "jenis_label", "bobot", "cara_ukur", "arah",
                 "arah_label", "target", "target_maks", "satuan", "realisasi", "capaian_persen",
                 "kontribusi", "nilai", "bukti_dilihat", "catatan", "umpan_balik"]
EVALUATOR_FIELDS = ["signatory_id", "nama", "jabatan", "kapasitas", "kapasitas_label", "ketua",
                    "nilai_sendiri", "rating_hasil_kerja_sendiri",
                    "rating_perilaku_kerja_sendiri", "nilai", "predikat", "catatan",
                    "snapshot"]


def listed(cli, path, *extra) -> list[dict]:
    result = cli("--db", path, "evaluation", "list", "--json", *extra)
    assert (result.code, result.err) == (EXIT_OK, "")
    return json.loads(result.out)


def content_json(path) -> str:
    return table_rows(path, "SELECT content_json FROM evaluation WHERE id = 1")[0][0]


def tamper(path, old: str, new: str, column: str = "content_json") -> None:
    db = open_database(path)
    try:
        (text,) = db.handle.execute_sql(f"SELECT {column} FROM evaluation WHERE id = 1"
                                        ).fetchone()
        assert old in text
        db.handle.execute_sql(f"UPDATE evaluation SET {column} = ? WHERE id = 1",
                              (text.replace(old, new),))
    finally:
        db.close()


# evaluation list --json ----------------------------------------------------------------------

def test_list_json_after_demo(cli, demo_file):
    (e,) = listed(cli, demo_file)
    assert list(e) == EVALUATION_FIELDS
    assert (e["id"], e["nip"], e["nama"], e["jenis_program"], e["tanggal"]) == (
        1, ANAS, "Anas Dwisatya", "100_hari", "2019-09-21")
    assert e["jabatan"] == "Kepala Dinas Komunikasi Informatika Persandian dan Statistik"
    assert (e["skema"], e["status"], e["status_label"]) == ("capaian_berbobot", "final",
                                                            "Final")
    assert (e["nilai"], e["predikat"], e["nilai_capaian"]) == (85.33, "Cukup", 85.33)
    assert e["versi_aturan_hitung"] == 2
    assert [(t["judul"][:20], t["bobot"], t["target"], t["realisasi"], t["capaian_persen"],
             t["kontribusi"]) for t in e["target"]] == [
        ("Optimalisasi Sistem ", 30, 80, 72, 90, 27),
        ("Penyatuan sistem TIK", 25, 5, 4, 80, 20),
        ("Konsep desa cerdas (", 25, None, 1, 100, 25),
        ("Kerja sama publikasi", 20, 3, 2, 66.67, 13.33)]
    assert all(list(t) == TARGET_FIELDS for t in e["target"])
    assert sum(t["bobot"] for t in e["target"]) == 100
    assert e["perilaku"] == [] and e["nilai_perilaku"] is None  # the 100-day scheme has none
    (bupati,) = e["penilai"]
    assert list(bupati) == EVALUATOR_FIELDS
    assert (bupati["nama"], bupati["jabatan"], bupati["kapasitas"], bupati["ketua"],
            bupati["nilai_sendiri"], bupati["nilai"], bupati["predikat"]) == (
        "Ratu Tatu Chasanah", "Bupati Serang", "pejabat_penilai", True, None, 85.33, "Cukup")
    assert bupati["snapshot"] == {"nama": "Ratu Tatu Chasanah", "jabatan": "Bupati Serang",
                                  "pangkat": "", "nip": ""}
    assert e["pejabat_dinilai"] == {
        "nama": "Anas Dwisatya",
        "jabatan": "Kepala Dinas Komunikasi Informatika Persandian dan Statistik",
        "pangkat": "Pembina Tingkat I (IV/b)", "nip": ANAS}
    assert (e["rekomendasi"], e["rekomendasi_label"]) == ("lanjutkan", "Dilanjutkan")
    assert e["catatan"].startswith("Data contoh: angka realisasi rekaan.")
    assert len(e["hash_isi"]) == 64
    assert table_rows(demo_file, "SELECT content_hash FROM evaluation") == [(e["hash_isi"],)]
    assert (e["revisi_dari"], e["alasan_revisi"]) == (None, "")
    date.fromisoformat(e["tanggal"])
    datetime.fromisoformat(e["difinalkan_pada"])
    datetime.fromisoformat(e["diubah_pada"])


def test_list_json_with_a_revision(cli, demo_file):
    db = open_database(demo_file)
    try:
        service = EvaluationService(db)
        new = service.revise(1, "Realisasi kerja sama dikoreksi")
        old_uuid = service.get(1).uuid
    finally:
        db.close()
    old, revision = listed(cli, demo_file)
    assert (old["id"], revision["id"]) == (1, new)
    assert (revision["status"], revision["revisi_dari"], revision["alasan_revisi"]) == (
        "draft", old_uuid, "Realisasi kerja sama dikoreksi")
    assert revision["hash_isi"] is None and revision["difinalkan_pada"] is None
    assert revision["pejabat_dinilai"] is None
    (bupati,) = revision["penilai"]
    assert bupati["snapshot"] is None and bupati["nama"] == "Ratu Tatu Chasanah"  # as now


def test_list_json_of_an_empty_database(cli, dbfile):
    assert listed(cli, dbfile) == []


def test_list_writes_nothing(cli, demo_file):
    before = dump_database(demo_file)
    listed(cli, demo_file)
    assert cli("--db", demo_file, "evaluation", "list").code == EXIT_OK
    assert cli("--db", demo_file, "evaluation", "score", "1").code == EXIT_OK
    assert dump_database(demo_file) == before


# evaluation list (text) ----------------------------------------------------------------------

def test_list_text(cli, demo_file):
    result = cli("--db", demo_file, "evaluation", "list")
    assert (result.code, result.err) == (EXIT_OK, "")
    line, last = result.out.splitlines()
    assert last == "1 evaluasi."
    assert line.startswith("1  Anas Dwisatya  Kepala Dinas Komunikasi")
    for part in ("21 September 2019", "Final", "85,33 Cukup"):
        assert part in line, part


def test_list_text_of_an_empty_database(cli, dbfile):
    result = cli("--db", dbfile, "evaluation", "list")
    assert (result.code, result.out, result.err) == (EXIT_OK, "0 evaluasi.\n", "")


# --nip ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", [ANAS, "19720315 199503 1 004", "19720315.199503.1.004"])
def test_list_by_nip(cli, demo_file, written):
    assert [e["nama"] for e in listed(cli, demo_file, "--nip", written)] == ["Anas Dwisatya"]


def test_list_by_nip_of_an_official_without_evaluations(cli, demo_file):
    assert listed(cli, demo_file, "--nip", "19700823 199303 1 006") == []  # Rachmat Maulana
    text = cli("--db", demo_file, "evaluation", "list", "--nip", "197008231993031006")
    assert text.out == "0 evaluasi.\n"


@pytest.mark.parametrize("nip", ["12345", "19721315 199503 1 004", ""])
def test_list_by_invalid_nip(cli, demo_file, nip):
    result = cli("--db", demo_file, "evaluation", "list", "--nip", nip)
    assert (result.code, result.out) == (EXIT_INVALID, "")
    (line,) = result.err_lines
    assert line.startswith("--nip: ")
    assert_indonesian(result)


def test_list_by_unknown_nip(cli, demo_file):
    result = cli("--db", demo_file, "evaluation", "list", "--nip", "19700101.199003.1.002")
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert result.err_lines == ["NIP 19700101 199003 1 002 tidak terdaftar pada daftar pejabat."]


# evaluation score ----------------------------------------------------------------------------

def test_score_consistent(cli, demo_file):
    result = cli("--db", demo_file, "evaluation", "score", "1")
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out.splitlines() == [
        "Evaluasi 1: Anas Dwisatya, 21 September 2019, Final.",
        "Aturan hitung: versi 2 (rumus peraturan masing-masing skema)",
        "Dihitung ulang: 85,33 Cukup", "Tersimpan: 85,33 Cukup", "Segel SHA-256: cocok",
        "Konsisten."]


def test_score_of_an_evaluation_sealed_by_version_1(cli, tmp_path):
    """An evaluation the previous release sealed (tests/fixtures/sealed-v1.kinerja: its demo,
    written by commit 86480db) keeps its scheme version: scored by the version 1 rules, its
    seal still verifies, and it is never rescored silently."""
    path = tmp_path / "lama.kinerja"
    shutil.copyfile(FIXTURES / "sealed-v1.kinerja", path)
    result = cli("--db", path, "evaluation", "score", "1")
    assert (result.code, result.err) == (EXIT_OK, "")
    assert result.out.splitlines() == [
        "Evaluasi 1: Anas Dwisatya, 21 September 2019, Final.",
        "Aturan hitung: versi 1 (aturan awal, sebelum skema mengikuti rumus peraturannya)",
        "Dihitung ulang: 85,3 Baik", "Tersimpan: 85,3 Baik", "Segel SHA-256: cocok",
        "Konsisten."]
    (record,) = listed(cli, path)
    assert (record["versi_aturan_hitung"], record["nilai"], record["predikat"]) == (
        1, 85.3, "Baik")


def test_score_of_tampered_content(cli, demo_file):
    # A realisation raised in the stored content: the score and the seal both disagree.
    tamper(demo_file, '"realised": "2"', '"realised": "3"')
    result = cli("--db", demo_file, "evaluation", "score", "1")
    assert result.code == EXIT_INVALID
    assert "Dihitung ulang: 92 Baik" in result.out
    assert "Segel SHA-256: TIDAK cocok" in result.out
    assert result.err_lines == [
        "Segel evaluasi 1 tidak cocok: isinya berubah setelah difinalkan.",
        "Nilai evaluasi 1 tidak konsisten: tersimpan 85,33 Cukup, dihitung ulang 92 Baik."]
    assert_indonesian(result)


def test_score_of_tampered_content_with_the_same_score(cli, demo_file):
    tamper(demo_file, "angka realisasi rekaan", "angka realisasi asli")
    result = cli("--db", demo_file, "evaluation", "score", "1")
    assert result.code == EXIT_INVALID
    assert result.err_lines == [
        "Segel evaluasi 1 tidak cocok: isinya berubah setelah difinalkan."]


def test_score_of_a_tampered_stored_score(cli, demo_file):
    tamper(demo_file, "85.33", "95.33", column="score")
    result = cli("--db", demo_file, "evaluation", "score", "1")
    assert result.code == EXIT_INVALID
    assert "Segel SHA-256: cocok" in result.out
    assert result.err_lines == ["Nilai evaluasi 1 tidak konsisten: tersimpan 95,33 Cukup, "
                                "dihitung ulang 85,33 Cukup."]


def test_score_of_unreadable_content(cli, demo_file):
    tamper(demo_file, "{", "[")
    result = cli("--db", demo_file, "evaluation", "score", "1")
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert result.err_lines == ["Isi evaluasi 1 di basis data rusak dan tidak dapat dibaca."]
    listing = cli("--db", demo_file, "evaluation", "list")
    assert listing.code == EXIT_INVALID and "rusak" in listing.err
    assert "Traceback" not in listing.err


def test_score_of_a_draft(cli, demo_file):
    db = open_database(demo_file)
    try:
        service = EvaluationService(db)
        new = service.revise(1, "Koreksi")
        service.save_draft(new, service.get(new).content)
    finally:
        db.close()
    result = cli("--db", demo_file, "evaluation", "score", new)
    assert (result.code, result.err) == (EXIT_OK, "")
    assert "Draft." in result.out and "Segel SHA-256: belum ada (draft)" in result.out


@pytest.mark.parametrize("evaluation_id", ["99", "0"])
def test_score_of_an_unknown_evaluation(cli, demo_file, evaluation_id):
    result = cli("--db", demo_file, "evaluation", "score", evaluation_id)
    assert (result.code, result.out) == (EXIT_INVALID, "")
    assert result.err_lines == [f"Evaluasi dengan id {evaluation_id} tidak ditemukan."]
    assert_indonesian(result)


# Usage errors and help ----------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["evaluation"], ["evaluation", "lihat"], ["evaluation", "list", "--nip"],
    ["evaluation", "list", "--json=ya"], ["evaluation", "list", "extra"],
    ["evaluation", "score"], ["evaluation", "score", "satu"], ["evaluation", "score", "1.5"],
    ["evaluation", "score", "1", "2"], ["evaluation", "score", "1", "--json"],
])
def test_usage_errors_exit_2_in_indonesian(cli, argv, private_data_dir):
    result = cli(*argv)
    assert (result.code, result.out) == (EXIT_USAGE, "")
    (line,) = result.err_lines
    assert line.startswith("Kesalahan penggunaan: ") and "--help" in line
    assert_indonesian(result)
    assert not (private_data_dir / "kinerja.db").exists()


def test_score_with_a_word_says_what_is_wrong(cli):
    result = cli("evaluation", "score", "satu")
    assert result.err.startswith("Kesalahan penggunaan: ID_EVALUASI harus bilangan bulat, "
                                 "bukan 'satu'.")


def test_main_py_evaluation_commands(tmp_path):
    db = tmp_path / "kinerja.db"
    demo = main_py(tmp_path, "--db", db, "demo")
    assert demo.returncode == 0 and "evaluasi 100 hari Anas Dwisatya" in demo.stdout
    listed_ = main_py(tmp_path, "--db", db, "evaluation", "list", "--json", "--nip",
                      "19720315 199503 1 004")
    assert (listed_.returncode, listed_.stderr) == (0, "")
    (anas,) = json.loads(listed_.stdout)
    assert (anas["nilai"], anas["predikat"]) == (85.33, "Cukup")
    score = main_py(tmp_path, "--db", db, "evaluation", "score", "1")
    assert (score.returncode, score.stdout.splitlines()[-1]) == (0, "Konsisten.")
    missing = main_py(tmp_path, "--db", db, "evaluation", "score", "7")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert not ENGLISH.search(missing.stderr) and len(missing.stderr.splitlines()) == 1
