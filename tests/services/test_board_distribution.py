"""The board's warning on the spread of predicates (PermenPANRB No. 6 Tahun 2022): per
organisation result, over the final evaluations in the board's scope that carry it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from kinerja_desktop.domain.programs import ProgramInput
from kinerja_desktop.services.board import BoardService
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.storage import official_repo
from tests.helpers.programs import START, appointment, innovation

TODAY = date(2019, 9, 25)
# (NIP, name, unit): three heads of the same regional government.
HEADS = (("197203151995031004", "Anas Dwisatya", "Dinas Kominfo"),
         ("197008231993031006", "Rachmat Maulana", "Bappeda"),
         ("196805041990021003", "Budi Santoso", "Dinas Kesehatan"))


def evaluator(db):
    """A function that finalises a 100-day program of the next head under `scheme`, with the
    organisation's result (set by the superior) and the behaviour rating, and returns the
    predicate."""
    programs = ProgramService(db, lambda: TODAY)
    evaluations = EvaluationService(db, lambda: TODAY, actor=lambda: "uji")
    official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")
    heads = iter(HEADS)

    def run(organisation_result: str | None, behaviour: str = "sesuai",
            scheme: str = "permenpanrb_6_2022") -> str:
        nip, name, unit = next(heads)
        _official, post = appointment(db, nip, name, unit)
        program_id = programs.create_program(post, ProgramInput("100_hari", START,
                                                                scheme=scheme))
        programs.add_target(program_id, innovation("Layanan", 100))
        programs.change_status(program_id, "disepakati")
        evaluation_id = evaluations.start(program_id)
        content = evaluations.get(evaluation_id).content
        content = replace(content, targets=[replace(t, realised=Decimal(90))
                                            for t in content.targets],
                          organisation_result=organisation_result,
                          results_rating=None if organisation_result else "sesuai",
                          behaviour_rating=behaviour, recommendation="lanjutkan")
        evaluations.save_draft(evaluation_id, content)
        return evaluations.finalise(evaluation_id).predicate

    return run


@pytest.fixture
def evaluate(db):
    return evaluator(db)


def warnings(db, day: date | None = None) -> list[str]:
    return BoardService(db, lambda: TODAY).distribution_warnings(day)


def test_everyone_baik_in_a_baik_organisation_is_warned(db, evaluate):
    """Organisation result Baik: at most 70% Baik, and someone must be Butuh Perbaikan or
    Kurang/Misconduct (the Permen's distribution for a Baik organisation)."""
    assert [evaluate("baik"), evaluate("baik")] == ["Baik", "Baik"]
    assert warnings(db) == [
        "Capaian organisasi Baik: paling banyak 70% pegawai berpredikat Baik (sekarang 100%).",
        "Capaian organisasi Baik: harus ada pegawai berpredikat Butuh Perbaikan dan/atau "
        "Kurang/Misconduct (sekarang 0%)."]
    # An inauguration's scope holds only its own programs (none here: no inauguration).
    assert warnings(db, START) == []


def test_a_spread_within_the_guidance_gives_no_warning(db, evaluate):
    # Two of three Baik (67% ≤ 70%) and one Kurang/Misconduct.
    assert [evaluate("baik"), evaluate("baik"), evaluate("baik", "di_bawah")] == [
        "Baik", "Baik", "Kurang/Misconduct"]
    assert warnings(db) == []


def test_grouped_by_organisation_result(db, evaluate):
    evaluate("baik")
    evaluate("istimewa", "di_atas")  # Sangat Baik: 100% > 70% of an Istimewa organisation
    assert [w.split(":")[0] for w in warnings(db)] == [
        "Capaian organisasi Istimewa", "Capaian organisasi Baik", "Capaian organisasi Baik"]


def test_only_final_evaluations_of_the_2022_scheme_with_an_organisation_result(db, evaluate):
    evaluate(None)  # the evaluator's own rating hasil kerja: no organisation result
    evaluate(None, scheme="capaian_berbobot")
    assert warnings(db) == []
