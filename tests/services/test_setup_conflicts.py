"""Two people changing the office's settings (issue 20): each one's settings are kept; the
same setting or signatory changed by both is refused, naming who and when, until the user
keeps theirs. Runs on a file (two connections) and on the test server (two colleagues)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kinerja_desktop.errors import StaleSaveError
from kinerja_desktop.services import setup
from kinerja_desktop.services.setup import DatasetSettings, SignatoryInput
from tests.helpers.actors import acting_as
from tests.helpers.dump import dump_database


@pytest.fixture
def seen(db):
    setup.save_setup(db, DatasetSettings("Pemerintah Kabupaten Serang", "Serang", "Jl. A",
                                         "Sekretariat Daerah"),
                     [SignatoryInput("bupati", "Ratu", "Bupati Serang")])
    return setup.load_settings(db), list(setup.signatories_by_role(db).values())


def test_both_changes_to_different_settings_are_kept(db, colleague, seen):
    acting_as("Budi", lambda: setup.save_settings(colleague,
                                                  replace(seen[0], telephone="(0254) 200001")))
    setup.save_setup(db, replace(seen[0], place="Ciruas"), seen[1], seen=seen)
    stored = setup.load_settings(db)
    assert (stored.place, stored.telephone) == ("Ciruas", "(0254) 200001")


def test_the_same_setting_or_signatory_changed_by_both_is_refused_until_kept(db, colleague,
                                                                           seen):
    acting_as("Budi", lambda: setup.save_setup(colleague, replace(seen[0], place="Kramatwatu"),
                                               [SignatoryInput("bupati", "Tatu", "Bupati Serang")]))
    before = dump_database(db)
    mine = (replace(seen[0], place="Ciruas"),
            [SignatoryInput("bupati", "Pandji", "Bupati Serang")])
    with pytest.raises(StaleSaveError) as caught:
        setup.save_setup(db, *mine, seen=seen)
    assert str(caught.value).startswith("KONFLIK pengaturan: diubah oleh Budi pada ")
    assert caught.value.differences == (("Tempat", "Ciruas", "Kramatwatu"),
                                        ("Penandatangan Bupati", "Pandji", "Tatu"))
    assert dump_database(db) == before
    setup.save_setup(db, *mine, seen=seen, overwrite=True)
    assert setup.load_settings(db).place == "Ciruas"
    assert setup.signatories_by_role(db)["bupati"].name == "Pandji"
