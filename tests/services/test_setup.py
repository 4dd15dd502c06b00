"""First-run setup: dataset settings (both letterheads), the standing signatories, the
first-run test."""

from __future__ import annotations

import pytest

from kinerja_desktop.domain import options
from kinerja_desktop.domain.documents import KOP_AGENCY, KOP_HEAD
from kinerja_desktop.errors import KinerjaError, ValidationError
from kinerja_desktop.services import document_builder, setup, start_state
from kinerja_desktop.services import settings as dataset
from kinerja_desktop.services.setup import DatasetSettings, SignatoryInput
from kinerja_desktop.storage import official_repo, settings_repo

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
SEKDA_NIP = "196512311990031005"
# Every letterhead setting, as the settings dialog writes them.
LETTERHEAD_KEYS = {o.key for o in (
    options.GOVERNMENT, options.PLACE, options.ADDRESS, options.AGENCY, options.PAPER,
    options.EMBLEM, options.HEAD_TITLE, options.NATIONAL_EMBLEM, options.TELEPHONE,
    options.EMAIL, options.POSTAL_CODE, options.WEBSITE)}


def settings(**changes) -> DatasetSettings:
    values = dict(institution="Pemerintah Kabupaten Serang", place="Serang",
                  address="Jl. Veteran No. 1", agency="Sekretariat Daerah", emblem_png=PNG,
                  paper="F4", head_title="BUPATI SERANG", national_emblem_png=JPEG,
                  telephone="(0254) 200001", email="setda@serangkab.go.id",
                  postal_code="42111", website="serangkab.go.id")
    values.update(changes)
    return DatasetSettings(**values)


def test_settings_round_trip(db):
    assert setup.load_settings(db) == DatasetSettings()
    setup.save_settings(db, settings(institution="  Pemerintah  Kabupaten Serang ",
                                     telephone=" (0254)  200001 ", website="serangkab.go.id "))
    assert setup.load_settings(db) == settings()
    assert settings_repo.get(db, "ukuran_kertas") == "F4"
    assert settings_repo.get(db, "tempat") == "Serang"
    assert settings_repo.get(db, options.TELEPHONE.key) == "(0254) 200001"
    assert settings_repo.get(db, options.HEAD_TITLE.key) == "BUPATI SERANG"
    assert set(settings_repo.items(db)) >= LETTERHEAD_KEYS
    setup.save_settings(db, settings(emblem_png=None, national_emblem_png=None, paper="A4",
                                     telephone="", email="", postal_code="", website="",
                                     head_title=""))
    stored = setup.load_settings(db)
    assert stored.emblem_png is None and stored.national_emblem_png is None
    assert stored.paper == "A4"
    assert (stored.telephone, stored.email, stored.postal_code, stored.website,
            stored.head_title) == ("", "", "", "", "")


@pytest.mark.parametrize("changes, field, words", [
    (dict(institution=" "), options.GOVERNMENT.key, "pemerintah daerah"),
    (dict(place=""), options.PLACE.key, "tempat"),
    (dict(paper="Letter"), options.PAPER.key, "Ukuran kertas"),
    (dict(emblem_png=b"GIF89a"), options.EMBLEM.key, "Lambang daerah harus berupa gambar PNG"),
    (dict(emblem_png=PNG + b"\x00" * setup.MAX_EMBLEM_BYTES), options.EMBLEM.key,
     "Lambang daerah: gambar lebih dari 2 MB"),
    (dict(national_emblem_png=b"%PDF-1.7"), options.NATIONAL_EMBLEM.key,
     "Lambang negara harus berupa gambar PNG atau JPEG"),
    (dict(national_emblem_png=JPEG + b"\x00" * setup.MAX_EMBLEM_BYTES),
     options.NATIONAL_EMBLEM.key, "Lambang negara: gambar lebih dari 2 MB"),
    (dict(email="setda serangkab.go.id"), options.EMAIL.key, "E-mail pada kop surat"),
    (dict(email="setda@serangkab"), options.EMAIL.key, "nama@domain"),
    (dict(email="setda@@serangkab.go.id"), options.EMAIL.key, "nama@domain"),
    (dict(postal_code="4211"), options.POSTAL_CODE.key, "Kode pos pada kop surat harus 5 angka"),
    (dict(postal_code="42 111"), options.POSTAL_CODE.key, "5 angka"),
    (dict(postal_code="4211A"), options.POSTAL_CODE.key, "5 angka"),
    (dict(telephone="0254-SERANG"), options.TELEPHONE.key, "Telepon pada kop surat hanya boleh"),
    (dict(telephone="123"), options.TELEPHONE.key, "paling sedikit 5 angka"),
    (dict(telephone="Telp. (0254) 200001"), options.TELEPHONE.key, "kata Telepon dicetak"),
    (dict(website="serang kab.go.id"), options.WEBSITE.key, "Laman pada kop surat"),
    (dict(website="serangkab"), options.WEBSITE.key, "alamat situs"),
])
def test_invalid_settings_are_refused_and_nothing_is_written(db, changes, field, words):
    with pytest.raises(ValidationError) as caught:
        setup.save_settings(db, settings(**changes))
    assert [p.field for p in caught.value.problems] == [field]
    assert words in caught.value.problems[0].message  # the field named, in plain words
    assert setup.load_settings(db) == DatasetSettings()


@pytest.mark.parametrize("changes", [
    dict(telephone="(0254) 200001, Faks. (0254) 200002"),
    dict(telephone="+62 254 200001 ext. 12"),
    dict(telephone="0254-200001 / 0254-200002"),
    dict(email="humas.setda@serangkab.go.id"),
    dict(website="https://www.serangkab.go.id/setda"),
    dict(postal_code="42182"),
    dict(emblem_png=PNG + b"\x00" * (setup.MAX_EMBLEM_BYTES - len(PNG))),  # exactly 2 MB
    dict(national_emblem_png=PNG, emblem_png=JPEG),
])
def test_letterhead_values_offices_use_are_accepted(db, changes):
    setup.save_settings(db, settings(**changes))
    assert setup.load_settings(db) == settings(**changes)


def test_a_failed_write_leaves_every_setting_as_it_was(db, monkeypatch):
    """All in one transaction: a write failing half-way (here the last) undoes the rest."""
    setup.save_settings(db, settings())
    real_set = dataset.set

    def failing(db_, option, value):
        if option is options.WEBSITE:
            raise OSError("disk full")
        real_set(db_, option, value)

    monkeypatch.setattr(dataset, "set", failing)
    with pytest.raises(OSError):
        setup.save_settings(db, settings(place="Ciruas", telephone="(0254) 999999",
                                         national_emblem_png=None, website="contoh.go.id"))
    assert setup.load_settings(db) == settings()


def test_read_image_checks_the_file(tmp_path):
    good = tmp_path / "lambang.png"
    good.write_bytes(PNG)
    assert setup.read_emblem(good) == PNG
    assert setup.read_image(good, options.NATIONAL_EMBLEM.key) == PNG
    bad = tmp_path / "garuda.gif"
    bad.write_bytes(b"GIF89a")
    with pytest.raises(KinerjaError, match="garuda.gif.*Lambang negara harus berupa gambar PNG"):
        setup.read_image(bad, options.NATIONAL_EMBLEM.key)
    big = tmp_path / "besar.png"
    big.write_bytes(PNG + b"\x00" * setup.MAX_EMBLEM_BYTES)
    with pytest.raises(KinerjaError, match="Lambang daerah: berkas 'besar.png' lebih dari 2 MB"):
        setup.read_emblem(big)
    with pytest.raises(KinerjaError, match="tidak dapat dibaca"):
        setup.read_emblem(tmp_path / "tidak-ada.png")


def test_each_letterhead_kind_carries_every_field(db):
    setup.save_settings(db, settings())
    for kind in (KOP_HEAD, KOP_AGENCY):
        kop = document_builder.institution(db, kind)
        assert kop.kind == kind
        assert kop.government == "PEMERINTAH KABUPATEN SERANG"
        assert kop.agency == "SEKRETARIAT DAERAH"
        assert kop.address == "Jl. Veteran No. 1" and kop.place == "Serang"
        assert kop.emblem_png == PNG and kop.national_emblem_png == JPEG
        assert kop.head_title == "BUPATI SERANG"
        assert (kop.telephone, kop.email, kop.postal_code, kop.website) == (
            "(0254) 200001", "setda@serangkab.go.id", "42111", "serangkab.go.id")


def test_the_head_title_defaults_to_bupati_and_the_place(db):
    setup.save_settings(db, settings(head_title="", place="Serang"))
    assert document_builder.institution(db, KOP_HEAD).head_title == "BUPATI SERANG"
    setup.save_settings(db, settings(head_title="Wali Kota  Cilegon", place="Cilegon"))
    assert document_builder.institution(db, KOP_HEAD).head_title == "WALI KOTA CILEGON"
    assert setup.default_head_title(" Pandeglang ") == "BUPATI PANDEGLANG"
    assert document_builder.institution(db).kind == KOP_AGENCY  # the default kind


def test_the_preview_shows_typed_text_as_it_will_print():
    kop = document_builder.institution_from(
        DatasetSettings(" pemerintah  kabupaten serang", " Serang ", address=" Jl. A \n",
                        telephone=" (0254)  1 ", head_title=""), KOP_HEAD)
    assert kop.government == "PEMERINTAH KABUPATEN SERANG" and kop.place == "Serang"
    assert kop.head_title == "BUPATI SERANG" and kop.telephone == "(0254) 1"
    assert kop.address == "Jl. A" and kop.agency == "SEKRETARIAT DAERAH"  # the default line


def test_the_demo_sets_the_setda_letterheads_and_removal_takes_them_back(db):
    from kinerja_desktop.services.demo import load_demo
    from kinerja_desktop.services.demo_removal import remove_demo
    load_demo(db)
    kop = document_builder.institution(db, KOP_HEAD)
    assert kop.head_title == "BUPATI SERANG" and kop.national_emblem_png is None
    agency = document_builder.institution(db, KOP_AGENCY)
    assert agency.agency == "SEKRETARIAT DAERAH"
    assert agency.telephone and agency.email.endswith("@serangkab.go.id")
    assert len(agency.postal_code) == 5 and agency.website == "serangkab.go.id"
    assert setup.validate_settings(setup.load_settings(db)) == []  # as the form would accept
    remove_demo(db, "uji")
    assert setup.load_settings(db) == DatasetSettings()
    assert not set(settings_repo.items(db)) & LETTERHEAD_KEYS


def test_the_demo_leaves_a_letterhead_the_user_set_up(db):
    from kinerja_desktop.services.demo import load_demo
    from kinerja_desktop.services.demo_removal import remove_demo
    mine = settings(institution="Pemerintah Kota Cilegon", place="Cilegon", head_title="",
                    telephone="", email="", postal_code="", website="")
    setup.save_settings(db, mine)
    load_demo(db)
    assert setup.load_settings(db) == mine
    remove_demo(db, "uji")
    assert setup.load_settings(db) == mine


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
    assert start_state.is_first_run(db)
    setup.save_signatories(db, [SignatoryInput("bupati", "Ratu", "Bupati Serang")])
    assert start_state.is_first_run(db)
    setup.save_settings(db, settings())
    assert not start_state.is_first_run(db)


def test_demo_data_is_not_a_first_run(demo_db):
    assert not start_state.is_first_run(demo_db)


def test_letterhead_uses_the_stored_settings_and_emblem(db):
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
    assert not start_state.is_first_run(db)


def test_a_merge_names_the_letterhead_settings_and_shows_no_image_bytes():
    """Two PCs with different letterheads: the conflict says which setting in staff words,
    and an image only as 'berbeda' (never its base64 text)."""
    from kinerja_desktop.services.merge_labels import conflict_text
    from kinerja_desktop.storage.merge_plan import Conflict
    garuda = Conflict("setting", options.NATIONAL_EMBLEM.key, options.NATIONAL_EMBLEM.key,
                      {"value": "iVBORw0KGgoAAAA"}, {"value": "/9j/4AAQSkZJRg"})
    text = conflict_text(garuda)
    assert "Lambang negara" in text and "(berbeda)" in text
    assert "iVBOR" not in text and options.NATIONAL_EMBLEM.key not in text
    for option, words in ((options.HEAD_TITLE, "Sebutan jabatan pada kop Bupati"),
                          (options.TELEPHONE, "Telepon kop surat"),
                          (options.EMAIL, "E-mail kop surat"),
                          (options.POSTAL_CODE, "Kode pos kop surat"),
                          (options.WEBSITE, "Laman kop surat")):
        text = conflict_text(Conflict("setting", option.key, option.key, {"value": "42111"},
                                      {"value": "42182"}))
        assert words in text and "42111" in text and "42182" in text
