"""First-run setup: dataset settings, the standing signatories, the first-run test."""

from __future__ import annotations

import pytest

from kinerja_desktop.errors import ValidationError
from kinerja_desktop.services import setup
from kinerja_desktop.services.setup import DatasetSettings, SignatoryInput
from kinerja_desktop.storage import official_repo, settings_repo

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
SEKDA_NIP = "196512311990031005"


def settings(**changes) -> DatasetSettings:
    values = dict(institution="Pemerintah Kabupaten Serang", place="Serang",
                  address="Jl. Veteran No. 1", agency="Sekretariat Daerah", emblem_png=PNG,
                  paper="F4")
    values.update(changes)
    return DatasetSettings(**values)


def test_settings_round_trip(db):
    assert setup.load_settings(db) == DatasetSettings()
    setup.save_settings(db, settings(institution="  Pemerintah  Kabupaten Serang "))
    assert setup.load_settings(db) == settings()
    assert settings_repo.get(db, "ukuran_kertas") == "F4"
    assert settings_repo.get(db, "tempat") == "Serang"
    setup.save_settings(db, settings(emblem_png=None, paper="A4"))
    assert setup.load_settings(db).emblem_png is None
    assert setup.load_settings(db).paper == "A4"


@pytest.mark.parametrize("changes, field", [
    (dict(institution=" "), "instansi"),
    (dict(place=""), "tempat"),
    (dict(paper="Letter"), "ukuran_kertas"),
    (dict(emblem_png=b"GIF89a"), "lambang"),
    (dict(emblem_png=PNG + b"\x00" * setup.MAX_EMBLEM_BYTES), "lambang"),
])
def test_invalid_settings_are_refused_and_nothing_is_written(db, changes, field):
    with pytest.raises(ValidationError) as caught:
        setup.save_settings(db, settings(**changes))
    assert [p.field for p in caught.value.problems] == [field]
    assert setup.load_settings(db) == DatasetSettings()


def test_read_emblem_checks_the_file(tmp_path):
    good = tmp_path / "lambang.png"
    good.write_bytes(PNG)
    assert setup.read_emblem(good) == PNG
    bad = tmp_path / "lambang.gif"
    bad.write_bytes(b"GIF89a")
    with pytest.raises(Exception, match="PNG atau JPEG"):
        setup.read_emblem(bad)


def test_signatories_are_created_then_updated_per_role(db):
    ids = setup.save_signatories(db, [
        SignatoryInput("bupati", "Ratu Tatu Chasanah", "Bupati Serang"),
        SignatoryInput("wakil_bupati", "Pandji Tirtayasa", "Wakil Bupati Serang"),
        SignatoryInput("sekda", "Tubagus Entus", "Sekretaris Daerah Kabupaten Serang",
                       "19651231 199003 1 005", "IV/c"),
    ])
    assert set(ids) == {"bupati", "wakil_bupati", "sekda"}
    again = setup.save_signatories(db, [
        SignatoryInput("bupati", "Pandji Tirtayasa", "Bupati Serang"),
        SignatoryInput("sekda", "Tubagus Entus", "Sekretaris Daerah Kabupaten Serang",
                       SEKDA_NIP, "Pembina Utama Muda"),
    ])
    assert again["bupati"] == ids["bupati"] and again["sekda"] == ids["sekda"]
    signatories = official_repo.list_signatories(db)
    assert len(signatories) == 3
    by_role = setup.signatories_by_role(db)
    assert by_role["bupati"].name == "Pandji Tirtayasa"
    assert by_role["sekda"].nip == SEKDA_NIP and by_role["sekda"].rank == "IV/c"


@pytest.mark.parametrize("signatory", [
    SignatoryInput("bupati", "", "Bupati Serang"),
    SignatoryInput("bupati", "Ratu", ""),
    SignatoryInput("bupati", "Ratu", "Bupati Serang", SEKDA_NIP),  # elected: no NIP
    SignatoryInput("sekda", "Entus", "Sekda", "1965"),
    SignatoryInput("sekda", "Entus", "Sekda", rank="XX/z"),
    SignatoryInput("camat", "Entus", "Camat"),
])
def test_invalid_signatories_are_refused(db, signatory):
    with pytest.raises(ValidationError):
        setup.save_signatories(db, [SignatoryInput("wakil_bupati", "Pandji", "Wakil"),
                                    signatory])
    assert setup.signatories_by_role(db) == {}


def test_first_run_until_an_institution_or_officials_exist(db, tmp_path):
    assert setup.is_first_run(db)
    setup.save_signatories(db, [SignatoryInput("bupati", "Ratu", "Bupati Serang")])
    assert setup.is_first_run(db)
    setup.save_settings(db, settings())
    assert not setup.is_first_run(db)


def test_demo_data_is_not_a_first_run(demo_db):
    assert not setup.is_first_run(demo_db)


def test_letterhead_uses_the_stored_settings_and_emblem(db):
    from kinerja_desktop.services import document_builder
    assert document_builder.institution(db).emblem_png is None
    setup.save_settings(db, settings())
    kop = document_builder.institution(db)
    assert setup.stored_paper(db) == "F4"
    assert kop.emblem_png == PNG
    assert kop.government == "PEMERINTAH KABUPATEN SERANG"
    assert kop.agency == "SEKRETARIAT DAERAH"
    assert kop.place == "Serang" and kop.address == "Jl. Veteran No. 1"


def test_default_titles():
    assert setup.default_title("bupati", "Serang") == "Bupati Serang"
    assert setup.default_title("wakil_bupati", "Serang") == "Wakil Bupati Serang"
    assert setup.default_title("sekda", "Serang") == "Sekretaris Daerah Kabupaten Serang"


def test_save_setup_is_all_or_nothing(db):
    with pytest.raises(ValidationError):
        setup.save_setup(db, settings(), [SignatoryInput("bupati", "", "Bupati Serang")])
    assert setup.load_settings(db) == DatasetSettings()
    setup.save_setup(db, settings(), [SignatoryInput("bupati", "Ratu", "Bupati Serang")])
    assert setup.signatories_by_role(db)["bupati"].name == "Ratu"
    assert not setup.is_first_run(db)
