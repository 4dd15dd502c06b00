"""Evaluation use cases on a real database: drafts, finalising (snapshots, seal, Dievaluasi),
revisions, rescoring and tampering, the audit history and the scoring settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.domain.options import SCORING
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput
from kinerja_desktop.domain.behaviour_aspects import PP46_ASPECTS
from kinerja_desktop.domain.scoring import ScoringSettings
from kinerja_desktop.errors import KinerjaError, NotFoundError, ValidationError
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo
from tests.helpers.dump import dump_database, table_rows
from tests.helpers.programs import DAY_100, NIP, START, appointment, innovation, target

D = Decimal
SEKDA_NIP = "196501011990031001"


class Actor:
    """Who is working: changed by the test between steps."""

    def __init__(self, name: str = "operator BKPSDM"):
        self.name = name

    def __call__(self) -> str:
        return self.name


@pytest.fixture
def actor() -> Actor:
    return Actor()


@pytest.fixture
def service(db, actor) -> EvaluationService:
    return EvaluationService(db, today=lambda: DAY_100, actor=actor)


@pytest.fixture
def signatories(db) -> dict[str, int]:
    return {
        "sekda": official_repo.ensure_signatory(db, "Tb. Entus Mahmud Sahiri",
                                                "Sekretaris Daerah", "sekda", SEKDA_NIP, "IV/d"),
        "bupati": official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang",
                                                 "bupati"),
        "wakil_bupati": official_repo.ensure_signatory(db, "Pandji Tirtayasa",
                                                       "Wakil Bupati Serang", "wakil_bupati"),
    }


@pytest.fixture
def programs(db) -> ProgramService:
    return ProgramService(db, today=lambda: date(2019, 7, 20))


def make_program(db, programs, scheme="capaian_berbobot", agree=True) -> int:
    post = appointment(db)[1]
    program_id = programs.create_program(post, ProgramInput("100_hari", START, scheme=scheme))
    programs.add_target(program_id, innovation("Smart village", 60, due_date=date(2019, 8, 1),
                                               target_value=10.0, unit="desa"))
    programs.add_target(program_id, target("Integrasi TIK", 40, measure="selesai",
                                           target_value=None, unit=""))
    if agree:
        programs.change_status(program_id, "disepakati")
    return program_id


@pytest.fixture
def program(db, programs, signatories) -> int:
    return make_program(db, programs)


def filled(service, evaluation_id, realised=(8, 1), **changes):
    """The draft's content with realisations and a recommendation."""
    content = service.get(evaluation_id).content
    targets = [replace(t, realised=D(str(r)))
               for t, r in zip(content.targets, realised, strict=True)]
    values = dict(targets=targets, recommendation="lanjutkan")
    values.update(changes)
    return replace(content, **values)


def final_evaluation(service, program_id, realised=(8, 1)) -> int:
    evaluation_id = service.start(program_id)
    service.save_draft(evaluation_id, filled(service, evaluation_id, realised))
    service.finalise(evaluation_id)
    return evaluation_id


# start ---------------------------------------------------------------------------------------

def test_start_refuses_a_draft_program(db, programs, service, signatories):
    program_id = make_program(db, programs, agree=False)
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        service.start(program_id)
    assert "Draft" in str(caught.value)
    assert dump_database(db) == before


def test_start_of_an_unknown_program(service):
    with pytest.raises(NotFoundError):
        service.start(999)


def test_start_fills_the_draft_from_the_program(db, programs, service, program, signatories):
    (smart, _tik) = programs.targets(program)
    ProgressService(db, today=lambda: date(2019, 8, 1)).add_report(
        smart.id, ProgressInput(date(2019, 8, 1), 6.0))
    evaluation_id = service.start(program)
    record = service.get(evaluation_id)
    assert (record.status, record.date, record.scheme, record.program_id) == (
        "draft", DAY_100, "capaian_berbobot", program)
    c = record.content
    assert [(t.title, t.weight, t.measure, t.target_value, t.realised) for t in c.targets] == [
        ("Smart village", D(60), "angka", D(10), D(6)),
        ("Integrasi TIK", D(40), "selesai", None, None)]
    # The Bupati chairs, the Wakil Bupati and the Sekda sit with him.
    assert [(e.signatory_id, e.capacity, e.chair) for e in c.evaluators] == [
        (signatories["bupati"], "pejabat_penilai", True),
        (signatories["wakil_bupati"], "anggota", False),
        (signatories["sekda"], "anggota", False)]
    assert c.official is None and c.settings == "" and c.consolidation == "ketua"
    assert all(e.snapshot is None for e in c.evaluators)


def test_start_resumes_the_open_draft(service, program):
    first = service.start(program)
    assert service.start(program) == first
    assert [a.action for a in service.audit_trail(first)] == ["mulai"]
    assert len(service.evaluations(program_id=program)) == 1


def test_start_takes_the_consolidation_rule_from_the_settings(service, program):
    service.save_settings(ScoringSettings(consolidation="rata_rata"))
    assert service.get(service.start(program)).content.consolidation == "rata_rata"


# save_draft ----------------------------------------------------------------------------------

def test_save_draft_stores_content_and_result(db, service, program):
    evaluation_id = service.start(program)
    content = filled(service, evaluation_id, (8, 1), notes="Cek lapangan 20 September")
    result = service.save_draft(evaluation_id, content, "realisasi")
    assert (result.score, result.predicate) == (D("88.00"), "Cukup")  # 60 × 0.8 + 40
    record = service.get(evaluation_id)
    assert record.content == content
    assert (record.status, record.score, record.predicate, record.content_hash) == (
        "draft", D("88.00"), "Cukup", "")
    assert table_rows(db, "SELECT score, predicate FROM evaluation") == [("88.00", "Cukup")]
    (_, saved) = service.audit_trail(evaluation_id)
    assert (saved.action, saved.summary) == ("simpan_draft", "Draft disimpan: realisasi")


def test_save_draft_of_a_partial_result(db, programs, service, signatories):
    program_id = make_program(db, programs, scheme="pp46_2011")
    evaluation_id = service.start(program_id)
    partial = filled(service, evaluation_id, behaviour={"komitmen": "90"})
    # Perka BKN 1/2013 asks each activity's quality and time; start() asked quality of 100
    # and the days from the start to the target's due date (else the program's 100 days).
    assert [(t.perka.quality_target, t.perka.time_target) for t in partial.targets] == [
        (D(100), D(49)), (D(100), D(100))]
    partial = replace(partial, targets=[
        replace(t, perka=replace(t.perka, quality_realised=D(90),
                                 time_realised=t.perka.time_target))
        for t in partial.targets])
    assert service.save_draft(evaluation_id, partial) is None  # behaviour not complete yet
    record = service.get(evaluation_id)
    assert (record.score, record.predicate, record.content.behaviour) == (
        None, "", {"komitmen": "90"})
    complete = replace(partial, behaviour={k: "90" for k in PP46_ASPECTS})
    result = service.save_draft(evaluation_id, complete)
    # Activities (80 + 90 + 76) / 3 = 82 and (100 + 90 + 76) / 3 = 88.67: SKP 85.33;
    # 0.6 × 85.33 + 0.4 × 90 = 87.20
    assert (result.score, result.predicate) == (D("87.20"), "Baik")


def test_save_draft_keeps_the_scheme_of_the_program(service, program):
    evaluation_id = service.start(program)
    service.save_draft(evaluation_id, filled(service, evaluation_id, scheme="pp46_2011"))
    assert service.get(evaluation_id).content.scheme == "capaian_berbobot"


def test_save_draft_refuses_what_is_malformed(db, service, program):
    evaluation_id = service.start(program)
    content = service.get(evaluation_id).content
    two_chairs = [replace(e, chair=True) for e in content.evaluators]
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.save_draft(evaluation_id, replace(content, evaluators=two_chairs))
    assert [p.field for p in caught.value.problems] == ["penilai"]
    assert dump_database(db) == before


def test_delete_draft(db, service, program):
    evaluation_id = service.start(program)
    uuid = service.get(evaluation_id).uuid
    service.delete_draft(evaluation_id)
    assert service.evaluations() == []
    assert table_rows(db, "SELECT action FROM audit_entry WHERE entity_uuid = ? "
                               f"AND {db.json_value('details_json', 'tabel')} IS NULL ORDER BY id",
                      (uuid,)) == [("mulai",), ("hapus_draft",)]


# finalise ------------------------------------------------------------------------------------

def test_finalise_snapshots_seals_and_moves_the_program(db, programs, service, program,
                                                        signatories):
    evaluation_id = final_evaluation(service, program)
    record = service.get(evaluation_id)
    assert (record.status, record.score, record.predicate) == ("final", D("88.00"), "Cukup")
    assert record.finalised_at is not None
    c = record.content
    assert (c.official.name, c.official.title, c.official.rank, c.official.nip) == (
        "Anas Dwisatya", "Kepala Dinas Komunikasi Informatika Persandian dan Statistik",
        "Pembina Tingkat I (IV/b)", NIP)
    assert [(e.snapshot.name, e.snapshot.title, e.snapshot.rank, e.snapshot.nip)
            for e in c.evaluators] == [
        ("Ratu Tatu Chasanah", "Bupati Serang", "", ""),
        ("Pandji Tirtayasa", "Wakil Bupati Serang", "", ""),
        ("Tb. Entus Mahmud Sahiri", "Sekretaris Daerah", "Pembina Utama Madya (IV/d)",
         SEKDA_NIP)]
    assert ScoringSettings.from_json(c.settings) == ScoringSettings()
    assert len(record.content_hash) == 64
    assert table_rows(db, "SELECT content_hash FROM evaluation") == [
        (record.content_hash,)]
    assert programs.program(program).status == "dievaluasi"
    assert [(s.from_status, s.to_status, s.reason) for s in programs.status_history(program)] \
        == [("draft", "disepakati", ""),
            ("disepakati", "dievaluasi", "Evaluasi 100 hari difinalkan")]


def test_finalise_refuses_an_incomplete_evaluation(db, service, program):
    evaluation_id = service.start(program)
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.finalise(evaluation_id)
    assert [p.field for p in caught.value.problems] == ["realisasi", "realisasi", "rekomendasi"]
    assert dump_database(db) == before


def test_finalise_with_content_given(service, program):
    evaluation_id = service.start(program)
    record = service.finalise(evaluation_id, filled(service, evaluation_id, (10, 0)))
    assert (record.score, record.predicate) == (D("60.0"), "Kurang")


def test_finalise_a_routine_program_keeps_its_status(db, programs, service, signatories):
    post = appointment(db)[1]
    program_id = programs.create_program(post, ProgramInput("semester", date(2019, 7, 1)))
    programs.add_target(program_id, innovation(weight=100))
    programs.change_status(program_id, "disepakati")
    final_evaluation(service, program_id, (100,))
    assert programs.program(program_id).status == "disepakati"


def test_a_final_cannot_be_edited(db, service, program):
    evaluation_id = final_evaluation(service, program)
    content = service.get(evaluation_id).content
    before = dump_database(db)
    for attempt in (lambda: service.save_draft(evaluation_id, content),
                    lambda: service.finalise(evaluation_id),
                    lambda: service.delete_draft(evaluation_id)):
        with pytest.raises(KinerjaError) as caught:
            attempt()
        assert "sudah final" in str(caught.value) and "revisi" in str(caught.value)
    assert dump_database(db) == before


def test_later_changes_to_people_do_not_alter_a_final(db, service, program, signatories):
    evaluation_id = final_evaluation(service, program)
    before = service.get(evaluation_id)
    roster = RosterService(db)
    official_id = roster.id_by_nip(NIP)
    roster.update(official_id, OfficialInput(NIP, "Anas Dwisatya", "Dr.", "M.Kom", "IV/c"))
    from kinerja_desktop.storage.models import Signatory
    db.update(Signatory, title="Bupati Serang (periode 2021–2026)", name="R. T. Chasanah").where(
        Signatory.id == signatories["bupati"]).execute()
    after = service.get(evaluation_id)
    assert after.official_name == "Dr. Anas Dwisatya, M.Kom"  # the roster moved on …
    assert after.content == before.content  # … the sheet did not
    assert after.content.official.rank == "Pembina Tingkat I (IV/b)"
    assert after.content.evaluators[0].snapshot.title == "Bupati Serang"
    assert (after.score, after.predicate, after.content_hash) == (
        before.score, before.predicate, before.content_hash)
    assert service.rescore(evaluation_id).consistent


# revise --------------------------------------------------------------------------------------

def test_revise_needs_a_reason(db, service, program):
    evaluation_id = final_evaluation(service, program)
    before = dump_database(db)
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as caught:
            service.revise(evaluation_id, reason)
        assert [p.field for p in caught.value.problems] == ["alasan"]
    assert dump_database(db) == before


def test_revise_only_a_final(service, program):
    draft = service.start(program)
    with pytest.raises(KinerjaError) as caught:
        service.revise(draft, "Salah ketik")
    assert "draft dapat langsung diubah" in str(caught.value)


def test_revision_points_to_the_old_one(service, program):
    old = final_evaluation(service, program)
    new = service.revise(old, "  Realisasi TIK dikoreksi  ")
    record = service.get(new)
    assert (record.status, record.revision_of_id, record.revision_reason) == (
        "draft", old, "Realisasi TIK dikoreksi")
    assert record.content.official is None and record.content.settings == ""
    assert all(e.snapshot is None for e in record.content.evaluators)
    assert [t.realised for t in record.content.targets] == [D(8), D(1)]
    assert service.get(old).status == "final"  # the old one stays as it was
    # Finalised, the revision has its own seal; the old one's still holds.
    service.save_draft(new, filled(service, new, (10, 1)))
    final = service.finalise(new)
    assert (final.score, final.predicate) == (D("100.00"), "Baik")  # every target met: Baik
    assert final.content_hash != service.get(old).content_hash
    assert service.rescore(old).consistent and service.rescore(new).consistent


def test_only_one_revision(service, program):
    old = final_evaluation(service, program)
    new = service.revise(old, "Koreksi")
    with pytest.raises(KinerjaError) as caught:
        service.revise(old, "Koreksi lagi")
    assert "sudah memiliki revisi" in str(caught.value)
    service.delete_draft(new)
    # The draft revision thrown away, the old one may be revised again.
    assert service.revise(old, "Koreksi kedua") != old


def test_revise_refused_while_a_draft_is_open(db, programs, service, program):
    old = final_evaluation(service, program)
    service.revise(old, "Koreksi")
    revision = service.evaluations(program_id=program)[-1]
    service.finalise(revision.id)
    with pytest.raises(KinerjaError) as caught:
        service.revise(old, "Lagi")
    assert "sudah memiliki revisi" in str(caught.value)


# rescore and tampering -----------------------------------------------------------------------

def test_rescore_is_consistent(service, program):
    evaluation_id = final_evaluation(service, program)
    check = service.rescore(evaluation_id)
    assert (check.stored_score, check.stored_predicate, check.score, check.predicate,
            check.hash_matches, check.consistent) == (
        D("88.00"), "Cukup", D("88.00"), "Cukup", True, True)


def test_rescore_of_a_saved_draft(service, program):
    evaluation_id = service.start(program)
    service.save_draft(evaluation_id, filled(service, evaluation_id))
    check = service.rescore(evaluation_id)
    assert (check.hash_matches, check.consistent) == (None, True)


def test_tampered_content_is_detected(db, service, program):
    evaluation_id = final_evaluation(service, program)
    (text,) = table_rows(db, "SELECT content_json FROM evaluation")[0]
    assert '"realised": "8"' in text
    db.execute_sql("UPDATE evaluation SET content_json = ?",
                          (text.replace('"realised": "8"', '"realised": "10"'),))
    check = service.rescore(evaluation_id)
    assert (check.hash_matches, check.score, check.stored_score, check.consistent) == (
        False, D("100.00"), D("88.00"), False)


def test_tampering_that_keeps_the_score_is_detected_by_the_hash(db, service, program):
    evaluation_id = final_evaluation(service, program)
    (text,) = table_rows(db, "SELECT content_json FROM evaluation")[0]
    db.execute_sql("UPDATE evaluation SET content_json = ?",
                          (text.replace('"recommendation": "lanjutkan"',
                                        '"recommendation": "dipindahkan"'),))
    check = service.rescore(evaluation_id)
    assert (check.score, check.predicate) == (check.stored_score, check.stored_predicate)
    assert (check.hash_matches, check.consistent) == (False, False)


def test_tampered_score_is_detected(db, service, program):
    evaluation_id = final_evaluation(service, program)
    db.execute_sql("UPDATE evaluation SET score = '95.0', predicate = 'Sangat Baik'")
    check = service.rescore(evaluation_id)
    assert (check.hash_matches, check.stored_score, check.score, check.consistent) == (
        True, D("95.0"), D("88.00"), False)


# audit ---------------------------------------------------------------------------------------

def test_audit_trail_across_a_revision(db, service, program, actor):
    actor.name = "Siti (BKPSDM)"
    old = service.start(program)
    service.save_draft(old, filled(service, old), "realisasi")
    actor.name = "Budi (Bagian Organisasi)"
    service.finalise(old)
    actor.name = "Siti (BKPSDM)"
    new = service.revise(old, "Realisasi TIK dikoreksi")
    service.save_draft(new, filled(service, new, (9, 1)), "koreksi")
    actor.name = "Budi (Bagian Organisasi)"
    service.finalise(new)
    trail = service.audit_trail(new)
    old_uuid, new_uuid = service.get(old).uuid, service.get(new).uuid
    assert [(a.actor, a.action, a.entity_uuid) for a in trail] == [
        ("Siti (BKPSDM)", "mulai", old_uuid),
        ("Siti (BKPSDM)", "simpan_draft", old_uuid),
        ("Budi (Bagian Organisasi)", "final", old_uuid),
        ("Siti (BKPSDM)", "revisi", new_uuid),
        ("Siti (BKPSDM)", "direvisi", old_uuid),
        ("Siti (BKPSDM)", "simpan_draft", new_uuid),
        ("Budi (Bagian Organisasi)", "final", new_uuid)]
    assert all(a.entity == "evaluasi" for a in trail)
    assert trail[2].summary == "Evaluasi difinalkan: Cukup (88.00)"
    assert trail[2].details == {"sha256": service.get(old).content_hash}
    # Staff read the summaries: the evaluation by official and date, no UUID.
    record = service.get(old)
    assert trail[3].summary == (f"Revisi dari evaluasi final {record.official_name}, "
                                f"{record.date.isoformat()}: Realisasi TIK dikoreksi")
    assert trail[4].summary == "Direvisi (revisi baru dibuat): Realisasi TIK dikoreksi"
    assert not any(u in a.summary for a in trail for u in (old_uuid, new_uuid))
    assert trail[6].details == {"sha256": service.get(new).content_hash}
    # The old one's own trail stops at the revision.
    assert [a.action for a in service.audit_trail(old)] == [
        "mulai", "simpan_draft", "final", "direvisi"]
    # The program's move to Dievaluasi is audited once, on the program.
    program_uuid = service.get(old).program_uuid
    assert table_rows(db, "SELECT actor, action, summary FROM audit_entry WHERE "
                               f"entity_uuid = ? AND "
                               f"{db.json_value('details_json', 'tabel')} IS NULL",
                      (program_uuid,)) == [
        ("Budi (Bagian Organisasi)", "status_program", "Program menjadi Dievaluasi")]


def test_refused_steps_are_not_audited(db, service, program):
    evaluation_id = service.start(program)
    with pytest.raises(ValidationError):
        service.finalise(evaluation_id)
    assert [a.action for a in service.audit_trail(evaluation_id)] == ["mulai"]


# settings ------------------------------------------------------------------------------------

def test_settings_default_saved_and_audited(db, service, actor):
    assert service.settings() == ScoringSettings()
    changed = ScoringSettings(cap=D("1.5"), consolidation="rata_rata")
    service.save_settings(changed)
    assert service.settings() == changed
    assert EvaluationService(db).settings() == changed  # stored, not kept in the service
    assert table_rows(db, "SELECT actor, action, entity, entity_uuid FROM audit_entry "
                               f"WHERE {db.json_value('details_json', 'tabel')} IS NULL") \
        == [(actor.name, "ubah_pengaturan", "pengaturan", SCORING.key)]


def test_invalid_settings_refused(db, service):
    before = dump_database(db)
    with pytest.raises(ValidationError) as caught:
        service.save_settings(ScoringSettings(cap=D("0.9"), target_share=D("0.5")))
    assert [p.field for p in caught.value.problems] == ["batas_capaian", "bobot_pp46"]
    assert dump_database(db) == before


def test_settings_are_sealed_into_a_final(service, program):
    evaluation_id = service.start(program)
    service.save_draft(evaluation_id, filled(service, evaluation_id, (15, 1)))
    assert service.get(evaluation_id).score == D("112.0")  # 60 × 1.2 + 40
    service.finalise(evaluation_id)
    service.save_settings(ScoringSettings(cap=D("1.5"),
                                          bands=(ScoringSettings().bands[0:1]
                                                 + ScoringSettings().bands[-1:])))
    check = service.rescore(evaluation_id)
    assert (check.score, check.predicate, check.hash_matches, check.consistent) == (
        D("112.00"), "Sangat Baik", True, True)
    # A draft follows the settings of today.
    draft = service.get(evaluation_id).content
    assert service.preview(replace(draft, settings="")).score == D("130.0")
    assert service.preview(draft).score == D("112.0")


def test_a_revision_is_scored_with_the_settings_of_its_own_day(service, program):
    old = final_evaluation(service, program, (15, 1))
    service.save_settings(ScoringSettings(cap=D("1.5")))
    new = service.revise(old, "Batas capaian baru")
    service.save_draft(new, filled(service, new, (15, 1)))
    assert service.finalise(new).score == D("130.0")
    assert service.get(old).score == D("112.0") and service.rescore(old).consistent


# deleting a program ---------------------------------------------------------------------------

def test_an_evaluated_program_cannot_be_deleted(db, programs, service, program):
    final_evaluation(service, program)
    before = dump_database(db)
    with pytest.raises(KinerjaError) as caught:
        programs.delete_program(program)
    assert "Dievaluasi" in str(caught.value)
    assert dump_database(db) == before


def test_an_agreed_program_with_a_draft_evaluation_cannot_be_deleted(db, programs, service,
                                                                      program):
    service.start(program)
    with pytest.raises(KinerjaError):
        programs.delete_program(program)
    assert len(service.evaluations(program_id=program)) == 1


def test_storage_restricts_deleting_an_evaluated_program(db, service, program):
    from peewee import IntegrityError
    final_evaluation(service, program)
    with pytest.raises(IntegrityError):
        db.execute_sql("DELETE FROM program")
    assert table_rows(db, "SELECT count(*) FROM program") == [(1,)]


# Found while testing, then fixed -------------------------------------------------------------

def test_a_program_stepped_back_to_draft_with_an_evaluation(db, programs, service, program):
    final_evaluation(service, program)
    programs.change_status(program, "disepakati", "Koreksi target")
    programs.change_status(program, "draft", "Koreksi target")
    with pytest.raises(KinerjaError):
        programs.delete_program(program)


def test_start_after_a_final(service, program):
    final_evaluation(service, program)
    with pytest.raises(KinerjaError):
        service.start(program)


def test_rescore_of_a_new_draft(service, program):
    assert service.rescore(service.start(program)).consistent
