"""Programs as plain JSON records for the command line: fields, labels and ISO dates."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kinerja_desktop.domain.programs import SCHEMES, ProgramInput, ProgressInput
from kinerja_desktop.services.program_export import program_records
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from tests.helpers.programs import (KOMINFO, NIP, OTHER_NIP, START, appointment, innovation,
                                    target)

PROGRAM_KEYS = {"id", "uuid", "nip", "nama", "jabatan", "unit_kerja", "jenis", "jenis_label",
                "judul", "tanggal_mulai", "tanggal_selesai", "skema", "skema_label", "status",
                "status_label", "total_bobot", "target"}
TARGET_KEYS = {"uuid", "urutan", "jenis", "jenis_label", "judul", "uraian",
               "indikator_kinerja", "cara_ukur", "arah", "arah_label", "target", "target_maks",
               "satuan", "bobot", "prioritas",
               "prioritas_label", "tenggat", "prioritas_pembangunan", "bukti_dukung",
               "anggaran", "program_anggaran", "realisasi_terakhir",
               "tanggal_realisasi_terakhir", "jumlah_laporan"}


@pytest.fixture
def filled(db) -> int:
    programs = ProgramService(db)
    program_id = programs.create_program(appointment(db)[1], ProgramInput("100_hari", START))
    priority = programs.add_priority("M1", "Tata kelola pemerintahan")
    smart = programs.add_target(program_id, innovation(
        "Smart village", "62.5", target_value=20.0, unit="desa", due_date=date(2019, 9, 1),
        priority_link_id=priority, priority="tinggi", indicator="Desa terhubung",
        evidence_expected="Berita acara"))
    programs.add_target(program_id, target("Peluncuran SPBE", "37.5", measure="selesai",
                                           target_value=None, unit=""))
    ProgressService(db, today=lambda: date(2019, 7, 20)).add_report(
        smart, ProgressInput(date(2019, 7, 15), 8.0))
    programs.change_status(program_id, "disepakati")
    return program_id


def test_program_record_fields_and_iso_dates(db, filled):
    (record,) = program_records(db)
    assert set(record) == PROGRAM_KEYS
    assert {k: v for k, v in record.items() if k != "target"} == {
        "id": filled, "uuid": ProgramService(db).program(filled).uuid,
        "nip": NIP, "nama": "Anas Dwisatya", "jabatan": f"Kepala {KOMINFO}",
        "unit_kerja": KOMINFO, "jenis": "100_hari", "jenis_label": "100 Hari",
        "judul": f"Program 100 Hari – Kepala {KOMINFO}",
        "tanggal_mulai": "2019-06-14", "tanggal_selesai": "2019-09-21",
        "skema": "capaian_berbobot", "skema_label": SCHEMES["capaian_berbobot"],
        "status": "disepakati", "status_label": "Disepakati", "total_bobot": 100.0,
    }
    smart, spbe = record["target"]
    assert set(smart) == set(spbe) == TARGET_KEYS
    assert {k: v for k, v in smart.items() if k != "uuid"} == {
        "urutan": 1, "jenis": "inovasi", "jenis_label": "Inovasi", "judul": "Smart village",
        "uraian": "", "indikator_kinerja": "Desa terhubung", "cara_ukur": "angka",
        "arah": "naik", "arah_label": "Makin tinggi makin baik", "target": 20.0,
        "target_maks": None, "satuan": "desa", "bobot": 62.5, "prioritas": "tinggi",
        "prioritas_label": "Tinggi", "tenggat": "2019-09-01",
        "prioritas_pembangunan": "M1. Tata kelola pemerintahan", "bukti_dukung": "Berita acara",
        "anggaran": None, "program_anggaran": "", "realisasi_terakhir": 8.0,
        "tanggal_realisasi_terakhir": "2019-07-15",
        "jumlah_laporan": 1,
    }
    assert (spbe["arah"], spbe["target_maks"]) == ("naik", None)  # done or not: no direction
    assert (spbe["urutan"], spbe["jenis"], spbe["cara_ukur"], spbe["target"], spbe["satuan"],
            spbe["bobot"], spbe["tenggat"], spbe["prioritas_pembangunan"],
            spbe["realisasi_terakhir"], spbe["tanggal_realisasi_terakhir"],
            spbe["jumlah_laporan"]) == (2, "target_kinerja", "selesai", None, "", 37.5, None,
                                        None, None, None, 0)


def test_records_are_plain_json(db, filled):
    records = program_records(db)
    assert json.loads(json.dumps(records, ensure_ascii=False)) == records


def test_records_of_one_official_in_name_order(db, filled):
    programs = ProgramService(db)
    _, post = appointment(db, OTHER_NIP, "Ajat", "Satuan Polisi Pamong Praja")
    ajat = programs.create_program(post, ProgramInput("triwulan", date(2019, 7, 1)))
    records = program_records(db)
    assert [(r["nama"], r["jenis"], r["tanggal_selesai"]) for r in records] == [
        ("Ajat", "triwulan", "2019-09-30"), ("Anas Dwisatya", "100_hari", "2019-09-21")]
    assert records[0]["uuid"] == programs.program(ajat).uuid
    assert records[0]["target"] == [] and records[0]["total_bobot"] == 0.0
    assert [r["nama"] for r in program_records(db, OTHER_NIP)] == ["Ajat"]
    assert program_records(db, "199001012015031001") == []


def test_no_programs(db):
    assert program_records(db) == []


@pytest.mark.parametrize(("polarity", "upper", "label"), [
    ("turun", None, "Makin rendah makin baik"), ("rentang", 4.0, "Dalam rentang"),
    ("naik", 90.0, "Makin tinggi makin baik")])
def test_polarity_and_upper_end_are_exported(db, polarity, upper, label):
    """Issue 16: "arah" naik/turun/rentang and "target_maks", a range's upper end."""
    programs = ProgramService(db)
    program_id = programs.create_program(appointment(db)[1], ProgramInput("100_hari", START))
    programs.add_target(program_id, innovation("Inflasi", 100, target_value=2.0,
                                               polarity=polarity, target_max=upper))
    (record,) = program_records(db)
    (exported,) = record["target"]
    assert (exported["arah"], exported["arah_label"], exported["target"],
            exported["target_maks"]) == (polarity, label, 2.0, upper)
