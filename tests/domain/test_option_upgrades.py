"""The settings' upgrade steps (Picard's config_upgrade): run in version order, once, all or
nothing; a store of a newer version left alone; and the first real steps of each store."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from kinerja_desktop.domain import options
from kinerja_desktop.domain.option_upgrades import (DATASET_UPGRADES, PC_UPGRADES, Staged,
                                                    Upgrades)
from kinerja_desktop.domain.options import IntOption, Store, TextOption

VERSION = IntOption("versi", Store.DATASET, 0, "The version of this test store.")
NAME = TextOption("nama", Store.DATASET, "", "A name, cleaned.", clean=options.one_line)


class DictStore:
    """A store in a dict, counting its writes."""

    def __init__(self, **values: str) -> None:
        self.values = dict(values)
        self.writes: list[dict[str, str | None]] = []

    def text(self, key: str) -> str | None:
        return self.values.get(key)

    def write(self, changes: Mapping[str, str | None]) -> None:
        self.writes.append(dict(changes))
        for key, value in changes.items():
            if value is None:
                self.values.pop(key, None)
            else:
                self.values[key] = value


def three_steps(ran: list[int]) -> Upgrades:
    """Steps registered out of order, each leaving a trace the next one reads."""
    upgrades = Upgrades(VERSION)

    @upgrades.step(3)
    def third(store: Staged) -> None:
        """Version 3: the trail gets a c."""
        ran.append(3)
        store.set_text("jejak", store.text("jejak") + "c")

    @upgrades.step(1)
    def first(store: Staged) -> None:
        """Version 1: a trail begins; the old key goes."""
        ran.append(1)
        store.set_text("jejak", "a")
        store.remove("lama")

    @upgrades.step(2)
    def second(store: Staged) -> None:
        """Version 2: the trail gets a b."""
        ran.append(2)
        assert store.text("lama") is None  # what step 1 removed is gone for step 2 too
        store.set_text("jejak", store.text("jejak") + "b")

    return upgrades


def test_steps_run_in_version_order_each_seeing_the_one_before():
    ran: list[int] = []
    upgrades = three_steps(ran)
    assert upgrades.latest == 3 and [s.version for s in upgrades.steps()] == [1, 2, 3]
    assert upgrades.steps()[1].description == "Version 2: the trail gets a b."
    store = DictStore(lama="x", lain="tetap")
    done = upgrades.run(store)
    assert [s.version for s in done] == ran == [1, 2, 3]
    assert store.values == {"jejak": "abc", "versi": "3", "lain": "tetap"}
    assert store.writes == [{"jejak": "abc", "lama": None, "versi": "3"}]  # written once


def test_only_the_steps_above_the_stored_version_run():
    ran: list[int] = []
    store = DictStore(versi="1", jejak="a")
    assert [s.version for s in three_steps(ran).run(store)] == [2, 3]
    assert ran == [2, 3] and store.values == {"versi": "3", "jejak": "abc"}


def test_a_second_run_does_nothing():
    ran: list[int] = []
    upgrades = three_steps(ran)
    store = DictStore()
    upgrades.run(store)
    assert upgrades.run(store) == [] and ran == [1, 2, 3] and len(store.writes) == 1


def test_a_failing_step_leaves_the_store_as_it_was_and_runs_again_next_time():
    upgrades = Upgrades(VERSION)
    fail = [True]

    @upgrades.step(1)
    def clean(store: Staged) -> None:
        store.set(NAME, "  Siti   Aminah ")

    @upgrades.step(2)
    def broken(store: Staged) -> None:
        if fail[0]:
            raise RuntimeError("langkah gagal")

    store = DictStore(nama="x")
    with pytest.raises(RuntimeError, match="langkah gagal"):
        upgrades.run(store)
    assert store.values == {"nama": "x"} and store.writes == []
    fail[0] = False
    assert [s.version for s in upgrades.run(store)] == [1, 2]
    assert store.values == {"nama": "Siti Aminah", "versi": "2"}


def test_a_newer_store_is_left_alone():
    ran: list[int] = []
    store = DictStore(versi="7", jejak="dari versi baru")
    assert three_steps(ran).run(store) == []
    assert ran == [] and store.writes == [] and store.values["versi"] == "7"


def test_an_unreadable_version_counts_as_none():
    ran: list[int] = []
    store = DictStore(versi="dua")
    three_steps(ran).run(store)
    assert ran == [1, 2, 3] and store.values["versi"] == "3"


def test_one_step_a_version():
    upgrades = Upgrades(VERSION)
    upgrades.step(1)(lambda store: None)
    with pytest.raises(ValueError):
        upgrades.step(1)
    with pytest.raises(ValueError):
        upgrades.step(0)
    assert Upgrades(VERSION).latest == 0 and Upgrades(VERSION).run(DictStore()) == []


def test_a_step_works_on_its_own_store_only():
    staged = Staged(DictStore(), Store.PC)
    with pytest.raises(ValueError, match="ukuran_kertas"):
        staged.normalise(options.PAPER)
    with pytest.raises(ValueError):
        staged.set(options.GOVERNMENT, "Pemerintah")


def test_normalise_rewrites_only_what_reads_otherwise_and_adds_nothing():
    store = DictStore(nama="Siti Aminah")
    staged = Staged(store, Store.DATASET)
    staged.normalise(NAME, options.PAPER)  # the paper is not stored: it stays unstored
    assert staged.changes == {}
    staged.set_text("nama", " Siti\tAminah ")
    staged.normalise(NAME)
    assert staged.changes == {"nama": "Siti Aminah"}


# The real steps ----------------------------------------------------------------------------------

def test_pc_version_1_cleans_what_older_versions_could_leave():
    store = DictStore(**{"ui/language": "fr", "audit/operator": "  Siti \t Aminah ",
                         "main/geometry": "AdnQyw==", "cadangan/folder_terakhir": "/media/usb"})
    assert [s.version for s in PC_UPGRADES.run(store)] == [1] == [PC_UPGRADES.latest]
    assert store.values == {"ui/language": "id", "audit/operator": "Siti Aminah",
                            "main/geometry": "AdnQyw==", "cadangan/folder_terakhir": "/media/usb",
                            "pengaturan/versi": "1"}
    good = DictStore(**{"ui/language": "en", "audit/operator": "Siti"})
    PC_UPGRADES.run(good)
    assert good.writes == [{"pengaturan/versi": "1"}]  # only the version: nothing to clean


def test_dataset_version_1_cleans_what_older_versions_could_leave():
    store = DictStore(ukuran_kertas="Folio", instansi=" Pemerintah  Kabupaten Serang ",
                      tempat="Serang\n", alamat=" Jl. Veteran No. 1 ", kop_unit="Sekretariat",
                      catatan_data_contoh="  tetap  ")
    assert [s.version for s in DATASET_UPGRADES.run(store)] == [1] == [DATASET_UPGRADES.latest]
    assert store.writes == [{"ukuran_kertas": "A4", "instansi": "Pemerintah Kabupaten Serang",
                             "tempat": "Serang", "alamat": "Jl. Veteran No. 1",
                             "versi_pengaturan": "1"}]
    fresh = DictStore()
    DATASET_UPGRADES.run(fresh)
    assert fresh.values == {"versi_pengaturan": "1"}
