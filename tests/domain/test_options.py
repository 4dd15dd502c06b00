"""The settings registry: every option declared once, defaults valid for their type, each type's
text form, and no key typed anywhere else in the code."""

from __future__ import annotations

import ast
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kinerja_desktop.domain import options
from kinerja_desktop.domain.options import (OPTIONS, BytesOption, DateTimeOption, IntOption,
                                            JsonOption, Store, TextOption)
from kinerja_desktop.domain.scoring import ScoringSettings

PACKAGE = Path(options.__file__).resolve().parents[1]
ALL = list(OPTIONS.values())


def test_each_key_is_declared_once():
    assert all(key == option.key for key, option in OPTIONS.items())
    assert len({o.key for o in ALL}) == len(ALL)
    # Every option the module declares is registered.
    declared = [v for v in vars(options).values() if isinstance(v, options.Option)]
    assert sorted(o.key for o in declared) == sorted(OPTIONS)
    with pytest.raises(ValueError, match="declared twice"):
        options._register(options.LANGUAGE, TextOption("ui/language", Store.PC, "", "Lagi."))


@pytest.mark.parametrize("option", ALL, ids=lambda o: o.key)
def test_each_option_is_described_and_its_default_valid(option):
    assert option.description.strip() and option.key.strip() == option.key
    assert isinstance(option.store, Store)
    # The default is a value of the type, allowed, already normal, and survives the store.
    assert option.check(option.default) == option.default
    assert option.read(option.to_text(option.default)) == option.default
    assert option.read(None) == option.default
    if isinstance(option, TextOption) and option.choices:
        assert option.default in option.choices
    if option.store is Store.PC:
        assert not option.merged and not option.local


def test_the_stores_and_what_a_merge_carries():
    assert {o.key for o in options.in_store(Store.PC)} == {
        "pengaturan/versi", "ui/language", "audit/operator", "main/geometry", "main/state",
        "main/splitter", "main/header", "cadangan/folder_terakhir",
        "basis_data/baru_dibuka"}
    assert {o.key for o in options.in_store(Store.DATASET)} == {
        "versi_pengaturan", "instansi", "kop_unit", "alamat", "tempat", "provinsi",
        "ukuran_kertas", "lambang_png", "catatan_data_contoh", "pengaturan_penilaian",
        "cadangan_terakhir", "data_contoh_baris", "kop_kepala_daerah", "lambang_negara_png",
        "kop_telepon", "kop_email", "kop_kode_pos", "kop_laman", "kunci_kantor",
        "kunci_kantor_dikenal", "tanda_pisah_rentang", "salinan_lokal_dari",
        "dibawa_pulang_dari", "ekspor_server_terakhir"}
    # Only what describes this copy of the database stays behind when it is merged (and the
    # office's private key: another PC's data never replaces this office's key; nor does a
    # server's local copy make the database it is merged into read-only, nor a laptop's
    # copy taken home turn the server into one, nor a server's export record another's).
    assert options.NOT_MERGED == {"cadangan_terakhir", "versi_pengaturan", "kunci_kantor",
                                  "salinan_lokal_dari", "dibawa_pulang_dari",
                                  "ekspor_server_terakhir"}
    assert options.GOVERNMENT.merged and not options.LAST_BACKUP.merged


# The types --------------------------------------------------------------------------------------

def test_text_choices_read_unknown_values_as_the_default_and_refuse_to_write_them():
    assert options.LANGUAGE.read("en") == "en"
    assert options.LANGUAGE.read("fr") == "id"
    assert options.PAPER.read("F4") == "F4" and options.PAPER.read("Legal") == "A4"
    with pytest.raises(ValueError, match="ukuran_kertas"):
        options.PAPER.to_text("Legal")
    assert options.PAPER.to_text("F4") == "F4"


def test_text_is_cleaned_when_read_and_written():
    assert options.OPERATOR.read("  Siti \t Aminah\n") == "Siti Aminah"
    assert options.OPERATOR.to_text(" Siti  Aminah ") == "Siti Aminah"
    assert options.ADDRESS.to_text("  Jl. Veteran  No. 1 \n") == "Jl. Veteran  No. 1"
    assert options.DEMO_NOTICE.to_text("  as is  ") == "  as is  "  # no cleaner declared


def test_int_bytes_and_moments_read_a_bad_text_as_the_default():
    assert options.PC_VERSION.read("3") == 3 and options.PC_VERSION.read("tiga") == 0
    assert options.PC_VERSION.to_text(2) == "2"
    assert options.EMBLEM.to_text(b"\x89PNG") == "iVBORw=="
    assert options.EMBLEM.read("iVBORw==") == b"\x89PNG"
    assert options.EMBLEM.read("bukan base64!") == b""
    moment = datetime(2024, 6, 15, 17, 4, 12, 999)
    assert options.LAST_BACKUP.to_text(moment) == "2024-06-15T17:04:12"
    assert options.LAST_BACKUP.read("2024-06-15T17:04:12") == moment.replace(microsecond=0)
    assert options.LAST_BACKUP.read("kemarin") is None
    assert options.LAST_BACKUP.read("") is None


def test_json_round_trips_and_refuses_to_guess_a_damaged_value():
    changed = ScoringSettings(cap=Decimal("1.5"), consolidation="rata_rata")
    assert options.SCORING.read(options.SCORING.to_text(changed)) == changed
    assert options.SCORING.read("") == ScoringSettings()
    # Scoring on the default bands instead of the stored ones would be silently wrong.
    with pytest.raises(ValueError):
        options.SCORING.read("{rusak")


def test_the_types_are_the_ones_the_stores_expect():
    assert isinstance(options.PC_VERSION, IntOption)
    assert isinstance(options.DATASET_VERSION, IntOption)
    assert all(isinstance(o, BytesOption) for o in (options.MAIN_GEOMETRY, options.MAIN_STATE,
                                                     options.MAIN_SPLITTER, options.MAIN_HEADER,
                                                     options.EMBLEM))
    assert isinstance(options.LAST_BACKUP, DateTimeOption)
    assert isinstance(options.SCORING, JsonOption)


# No key typed elsewhere -------------------------------------------------------------------------

# Words that are also setting keys but name something else where they stand: a form field
# ("tempat" of an inauguration or a handover), or the setup form's problem fields, which
# services/setup.py names by the setting's key. An entry no literal uses fails the test.
OTHER_MEANINGS = {
    ("domain/handover.py", "tempat"),
    ("domain/officials.py", "tempat"),
    ("gui/roster/inauguration_dialog.py", "tempat"),
    ("gui/setup/setup_forms.py", "instansi"),
    ("gui/setup/setup_forms.py", "tempat"),
}


def string_literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_no_setting_key_is_typed_outside_the_registry():
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name == "domain/options.py":
            continue
        found |= {(name, key) for key in string_literals(path) & set(OPTIONS)}
    assert found - OTHER_MEANINGS == set(), "read these through domain/options.py"
    assert OTHER_MEANINGS - found == set(), "no longer needed here"


def test_the_scan_sees_a_typed_key(tmp_path):
    # The scan above finds a key however it is written (a constant, an argument …).
    source = tmp_path / "contoh.py"
    source.write_text('LAST = "cadangan/folder_terakhir"\nget(db, key="ukuran_kertas")\n',
                      encoding="utf-8")
    assert string_literals(source) & set(OPTIONS) == {"cadangan/folder_terakhir",
                                                      "ukuran_kertas"}


def test_only_the_stores_reach_the_setting_table():
    users = sorted(path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
                   if "settings_repo" in path.read_text(encoding="utf-8"))
    # services/settings.py by declaration; the merge by key (every key, whatever it means).
    assert users == ["services/settings.py", "storage/merge_repo.py",
                     "storage/settings_repo.py"]
    assert not (PACKAGE / "services" / "setting_keys.py").exists()
