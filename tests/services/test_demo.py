"""The demo: the facts of the 14 June 2019 report, loaded once and never twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.nip import check_nip
from kinerja_desktop.domain.officials import OfficialInput
from kinerja_desktop.domain.roster import RosterFilter
from kinerja_desktop.services import demo
from kinerja_desktop.services.demo import load_demo
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage import official_repo, settings_repo
from tests.helpers.dump import dump_database, table_rows

# (name, new post, how filled, previous post) as the report tells it.
REPORT = {
    "Anas Dwisatya": ("Kepala Dinas Komunikasi Informatika Persandian dan Statistik",
                      "seleksi_terbuka"),
    "Rachmat Maulana": ("Kepala Badan Perencanaan Pembangunan Daerah", "seleksi_terbuka"),
    "Ajat": ("Kepala Satuan Polisi Pamong Praja", "seleksi_terbuka"),
    "Mohamad Ishak Abdul Raup": ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya "
                                 "Manusia", "seleksi_terbuka"),
    "Abdullah": ("Kepala Dinas Kependudukan dan Catatan Sipil", "rotasi"),
}


def test_first_load_reports_what_it_added(db):
    result = load_demo(db)
    assert (result.officials_added, result.inauguration_added, result.changed) == (7, True, True)


def test_officials_and_their_posts(demo_db):
    roster = RosterService(demo_db)
    ids = roster.search(RosterFilter(status="semua"))
    people = {roster.get(i).name: roster.get(i) for i in ids}
    assert set(people) == set(REPORT) | {"Jajang KH", "Asep Saefudin Mustofa"}
    for name, (post, filling) in REPORT.items():
        (current,) = people[name].current_appointments()
        assert (current.post_title, current.filling, current.eselon, current.start_date) == (
            post, filling, "II.b", date(2019, 6, 14)), name
    assert [a.post_title for a in people["Jajang KH"].current_appointments()] == [
        "Sekretaris Dinas Kependudukan dan Catatan Sipil"]
    assert [a.post_title for a in people["Asep Saefudin Mustofa"].current_appointments()] == [
        "Asisten Daerah I (Asda I)"]
    assert all(p.active for p in people.values())


def test_made_up_nips_are_valid_and_labelled(demo_db):
    nips = table_rows(demo_db, "SELECT nip, birth_date, sex FROM official")
    assert len(nips) == 7
    for nip, birth, sex in nips:
        info, problems = check_nip(nip)
        assert info is not None and problems == [], nip
        assert (info.birth_date.isoformat(), info.sex) == (birth, sex)
    assert settings_repo.get(demo_db, "catatan_data_contoh") == demo.DEMO_NOTICE
    assert "rekaan" in demo.DEMO_NOTICE


def test_units_settings_and_signatory(demo_db):
    units = {u.name: (u.short_name, u.kind) for u in RosterService(demo_db).units()}
    assert units == {name: (short, kind) for name, short, kind in demo.UNITS}
    assert units["Dinas Kependudukan dan Catatan Sipil"] == ("Disdukcapil", "dinas")
    assert units["Satuan Polisi Pamong Praja"] == ("Satpol PP", "satuan")
    assert settings_repo.get(demo_db, "instansi") == "Pemerintah Kabupaten Serang"
    assert settings_repo.get(demo_db, "tempat") == "Serang"
    assert settings_repo.get(demo_db, "provinsi") == "Banten"
    (bupati,) = official_repo.list_signatories(demo_db)
    assert (bupati.name, bupati.title, bupati.role, bupati.nip) == (
        "Ratu Tatu Chasanah", "Bupati Serang", "bupati", None)
    assert table_rows(demo_db, "SELECT date, place FROM inauguration") == [
        ("2019-06-14", "Pendopo Bupati Serang")]


def test_second_load_changes_nothing(demo_db):
    before = dump_database(demo_db)
    result = load_demo(demo_db)
    assert (result.officials_added, result.inauguration_added, result.changed) == (
        0, False, False)
    assert dump_database(demo_db) == before


def test_existing_settings_and_officials_are_kept(db):
    settings_repo.set(db, "instansi", "Pemerintah Kabupaten Lebak")
    roster = RosterService(db)
    mine, _ = roster.create(OfficialInput("198001012005011003", "Pejabat Sendiri"))
    result = load_demo(db)
    assert result.officials_added == 7
    assert settings_repo.get(db, "instansi") == "Pemerintah Kabupaten Lebak"
    assert settings_repo.get(db, "tempat") == ""
    assert roster.get(mine).name == "Pejabat Sendiri"
    assert roster.count() == 8


def test_demo_official_already_there_is_not_added_again(db):
    roster = RosterService(db)
    roster.create(OfficialInput("196805041990021003", "Ajat"))
    result = load_demo(db)
    assert result.officials_added == 6 and result.inauguration_added
    assert table_rows(db, "SELECT count(*) FROM official WHERE nip = ?",
                      ("196805041990021003",)) == [(1,)]


def writes(db):
    """What shows a write: SQLite's change counter on a file; on a server (which counts per
    session only after the fact) every row, read on a connection of its own."""
    if db.is_server:
        return dump_database(db)
    return db.execute_sql("SELECT total_changes()").fetchone()[0]


def test_second_demo_run_writes_nothing(db):
    """Not just the same content: no write at all (SQLite's change counter stays put)."""
    from kinerja_desktop.services.demo import load_demo
    load_demo(db)
    before = writes(db)
    load_demo(db)
    assert writes(db) == before


# The 100-day programs ----------------------------------------------------------------------

START, DAY_100 = date(2019, 6, 14), date(2019, 9, 21)


def anas_program(db):
    service = ProgramService(db)
    (program_id,) = service.program_ids(demo.ANAS_NIP)
    return service, service.program(program_id)


def clear_programs(db) -> None:
    """Back to what the demo of an earlier version left: roster and inauguration only."""
    for table in ("audit_entry", "evaluation", "target", "program_status_change", "program",
                  "development_priority"):
        db.execute_sql(f'DELETE FROM "{table}"')


def clear_evaluation(db) -> None:
    """Back to what the demo of the previous version left: programs, all drafts, and no
    evaluation (done in SQL, as no use case unmakes a final evaluation)."""
    for table in ("audit_entry", "evaluation", "program_status_change"):
        db.execute_sql(f'DELETE FROM "{table}"')
    db.execute_sql("UPDATE program SET status = 'draft'")


def test_first_load_adds_programs_targets_and_priorities(db):
    result = load_demo(db)
    assert (result.programs_added, result.targets_added, result.priorities_added) == (5, 4, 4)


def test_five_draft_programs_of_the_inauguration(demo_db):
    service = ProgramService(demo_db)
    programs = [service.program(i) for i in service.program_ids()]
    assert sorted(p.nip for p in programs) == sorted(nip for nip, *_ in demo.INAUGURATED)
    for p in programs:
        # Anas Dwisatya's program was agreed and then evaluated; the others stay drafts.
        status = "dievaluasi" if p.nip == demo.ANAS_NIP else "draft"
        assert (p.kind, p.start_date, p.end_date, p.status, p.scheme) == (
            "100_hari", START, DAY_100, status, "capaian_berbobot")
        assert p.post_title == REPORT[p.official_name][0]
        if p.nip != demo.ANAS_NIP:
            assert p.target_count == 0, p.official_name


def test_anas_targets_are_the_ones_the_report_names(demo_db):
    service, program = anas_program(demo_db)
    assert (program.official_name, program.target_count, program.weight_total) == (
        "Anas Dwisatya", 4, Decimal(100))
    targets = service.targets(program.id)
    titles = " | ".join(t.data.title + " " + t.data.description for t in targets)
    for words in ("SPBE", "TIK", "smart village", "Facebook", "perguruan tinggi"):
        assert words in titles, words
    assert [t.data.kind for t in targets] == ["inovasi", "target_kinerja", "inovasi",
                                              "target_kinerja"]
    assert sum(t.data.weight for t in targets) == Decimal(100)
    assert {t.data.priority for t in targets} == {"tinggi", "sedang"}
    for t in targets:
        d = t.data
        assert START <= d.due_date <= DAY_100, d.title
        assert d.indicator and d.evidence_expected and d.weight > 0, d.title
        assert d.measure in ("angka", "selesai")
        if d.measure == "angka":
            assert d.target_value > 0 and d.unit, d.title
        assert t.priority_link_title.startswith("Misi "), d.title
        assert "Contoh" in t.priority_link_title
    # Complete enough to be agreed: the demo agreed them before evaluating on day 100.
    assert [(c.from_status, c.to_status) for c in service.status_history(program.id)] == [
        ("draft", "disepakati"), ("disepakati", "dievaluasi")]


def test_priorities_are_labelled_as_examples(demo_db):
    priorities = ProgramService(demo_db).priorities()
    assert [(p.code, p.title) for p in priorities] == list(demo.PRIORITIES)
    assert all(p.title.startswith("Contoh: ") for p in priorities)
    assert "misi pembangunan hanya contoh" in demo.DEMO_NOTICE


def test_demo_targets_are_valid_by_the_rules(demo_db):
    """The constants themselves pass the editor's checks (bad demo data would fail at load)."""
    from kinerja_desktop.domain.programs import validate_agreement, validate_target
    for target in demo.ANAS_TARGETS:
        assert validate_target(target.data, START, DAY_100) == []
    assert validate_agreement("100_hari", [t.data for t in demo.ANAS_TARGETS]) == []


def test_second_load_adds_no_programs(demo_db):
    result = load_demo(demo_db)
    assert (result.programs_added, result.targets_added, result.priorities_added,
            result.evaluations_added) == (0, 0, 0, 0)
    assert len(ProgramService(demo_db).program_ids()) == 5


def test_upgrade_of_a_demo_loaded_by_the_previous_version(demo_db):
    clear_programs(demo_db)
    roster_before = dump_database(demo_db)
    result = load_demo(demo_db)
    assert (result.officials_added, result.inauguration_added, result.programs_added,
            result.targets_added, result.priorities_added, result.evaluations_added,
            result.changed) == (0, False, 5, 4, 4, 1, True)
    after = dump_database(demo_db)
    for table in ("official", "appointment", "inauguration", "unit", "signatory"):
        assert after[table] == roster_before[table], table
    service, program = anas_program(demo_db)
    assert (program.target_count, program.weight_total) == (4, Decimal(100))
    # …and the upgraded database is then as settled as a fresh one.
    before = writes(demo_db)
    assert not load_demo(demo_db).changed
    assert writes(demo_db) == before


def test_upgrade_with_the_old_notice(demo_db):
    settings_repo.set(demo_db, "catatan_data_contoh", "Data contoh: NIP dan golongan adalah "
                                                      "rekaan, bukan data kepegawaian asli.")
    load_demo(demo_db)
    assert settings_repo.get(demo_db, "catatan_data_contoh") == demo.DEMO_NOTICE


def test_targets_the_user_changed_are_kept(demo_db):
    clear_evaluation(demo_db)  # the previous version's demo: a draft program to change
    service, program = anas_program(demo_db)
    first = service.targets(program.id)[0]
    service.update_target(first.id, replace(first.data, title="Milik saya"))
    service.delete_target(service.targets(program.id)[-1].id)
    before = dump_database(demo_db)
    assert not load_demo(demo_db).changed
    assert dump_database(demo_db) == before
    assert [t.data.title for t in service.targets(program.id)][0] == "Milik saya"


def test_anas_program_emptied_by_the_user_is_filled_again(demo_db):
    clear_evaluation(demo_db)
    service, program = anas_program(demo_db)
    for target in service.targets(program.id):
        service.delete_target(target.id)
    result = load_demo(demo_db)
    assert (result.targets_added, result.evaluations_added) == (4, 1)
    assert len(service.targets(program.id)) == 4


def test_own_priority_with_the_same_code_is_not_taken(db):
    ProgramService(db).add_priority("Misi 1", "Misi daerah saya sendiri")
    result = load_demo(db)
    assert result.priorities_added == 4
    service, program = anas_program(db)
    assert all("Contoh" in t.priority_link_title for t in service.targets(program.id))


def test_an_agreed_program_is_left_alone(demo_db):
    clear_evaluation(demo_db)
    service, program = anas_program(demo_db)
    service.change_status(program.id, "disepakati")
    before = dump_database(demo_db)
    assert not load_demo(demo_db).changed
    assert dump_database(demo_db) == before


# The evaluation on day 100 -------------------------------------------------------------------

def test_anas_program_is_evaluated_on_day_100(demo_db):
    from kinerja_desktop.services.evaluations import EvaluationService
    service = EvaluationService(demo_db)
    _, program = anas_program(demo_db)
    (evaluation,) = service.evaluations(program_id=program.id)
    assert (evaluation.status, evaluation.date, evaluation.scheme) == (
        "final", DAY_100, "capaian_berbobot")
    # 85.33 on the 100-day bands (PP 30/2019 Pasal 41's edges) is Cukup: Baik needs 90.
    assert (evaluation.score, evaluation.predicate) == (Decimal("85.33"), "Cukup")
    content = evaluation.content
    assert [t.realised for t in content.targets] == list(demo.ANAS_REALISATIONS)
    assert content.notes.startswith("Data contoh: angka realisasi rekaan.")
    assert content.recommendation == "lanjutkan"
    (bupati,) = content.evaluators
    assert (bupati.capacity, bupati.chair, bupati.snapshot.name, bupati.snapshot.title) == (
        "pejabat_penilai", True, "Ratu Tatu Chasanah", "Bupati Serang")
    assert (content.official.name, content.official.nip) == ("Anas Dwisatya", demo.ANAS_NIP)
    assert service.rescore(evaluation.id).consistent
    trail = service.audit_trail(evaluation.id)
    assert [a.action for a in trail] == ["mulai", "simpan_draft", "final"]
    assert {a.actor for a in trail} == {"data contoh"}


def test_only_anas_program_is_evaluated(demo_db):
    from kinerja_desktop.services.evaluations import EvaluationService
    evaluations = EvaluationService(demo_db).evaluations()
    assert [e.official_name for e in evaluations] == ["Anas Dwisatya"]
    service = ProgramService(demo_db)
    statuses = {service.program(i).official_name: service.program(i).status
                for i in service.program_ids()}
    assert statuses.pop("Anas Dwisatya") == "dievaluasi"
    assert set(statuses.values()) == {"draft"}


def test_upgrade_of_a_demo_with_programs_but_no_evaluation(demo_db):
    clear_evaluation(demo_db)
    before = dump_database(demo_db)
    result = load_demo(demo_db)
    assert (result.officials_added, result.programs_added, result.targets_added,
            result.priorities_added, result.evaluations_added, result.changed) == (
        0, 0, 0, 0, 1, True)
    after = dump_database(demo_db)
    for table in ("official", "appointment", "target", "development_priority", "signatory"):
        assert after[table] == before[table], table
    _, program = anas_program(demo_db)
    assert program.status == "dievaluasi"
    total = writes(demo_db)
    assert not load_demo(demo_db).changed
    assert writes(demo_db) == total


def test_a_revised_evaluation_is_left_alone(demo_db):
    from kinerja_desktop.services.evaluations import EvaluationService
    service = EvaluationService(demo_db)
    (evaluation,) = service.evaluations()
    service.revise(evaluation.id, "Realisasi kerja sama dikoreksi")
    before = dump_database(demo_db)
    assert not load_demo(demo_db).changed
    assert dump_database(demo_db) == before


# The handover of Disdukcapil ------------------------------------------------------------------

def test_jajang_hands_disdukcapil_over_to_abdullah(demo_db):
    from kinerja_desktop.services.handover import HandoverService
    service = HandoverService(demo_db)
    (summary,) = service.handovers()
    record = service.get(summary.id)
    assert (record.date, record.outgoing.name, record.incoming.name) == (
        START, "Jajang KH", "Abdullah")
    assert record.post_title == "Kepala Dinas Kependudukan dan Catatan Sipil"
    assert (record.outgoing.post, record.outgoing.end_date) == (
        "Plt. Kepala Dinas Kependudukan dan Catatan Sipil", date(2019, 6, 13))
    assert (record.incoming.post, record.incoming.filling) == (
        "Kepala Dinas Kependudukan dan Catatan Sipil", "rotasi")
    assert record.notes.startswith("Data contoh")
    assert record.programs and record.problems and record.recommendations
    assert {i.section for i in record.items} == {"kegiatan", "pegawai", "aset", "dokumen"}
    assert [w.name for w in record.witnesses] == ["Ratu Tatu Chasanah", "Asep Saefudin Mustofa"]
    assert [a.action for a in service.audit_trail(summary.id)] == ["buat"]
    assert {a.actor for a in service.audit_trail(summary.id)} == {"data contoh"}


def test_demo_handover_is_valid_by_the_rules():
    from kinerja_desktop.domain.handover import HandoverInput, validate_handover
    data = HandoverInput(date=START, post_title="Kepala", unit_name="Dinas",
                         outgoing_official_id=1, outgoing_appointment_id=1,
                         incoming_official_id=2, decree_number=demo.HANDOVER_DECREE[0],
                         decree_date=demo.HANDOVER_DECREE[1],
                         witnesses=list(demo.HANDOVER_WITNESSES),
                         programs=demo.HANDOVER_PROGRAMS, problems=demo.HANDOVER_PROBLEMS,
                         recommendations=demo.HANDOVER_RECOMMENDATIONS,
                         notes=demo.HANDOVER_NOTES, items=list(demo.HANDOVER_ITEMS))
    assert validate_handover(data) == []


def test_first_load_adds_the_handover_and_the_second_none(db):
    assert load_demo(db).handovers_added == 1
    assert load_demo(db).handovers_added == 0


def test_upgrade_of_a_demo_without_handover(demo_db):
    demo_db.execute_sql('DELETE FROM "handover"')
    before = dump_database(demo_db)
    result = load_demo(demo_db)
    assert (result.officials_added, result.programs_added, result.evaluations_added,
            result.handovers_added, result.changed) == (0, 0, 0, 1, True)
    after = dump_database(demo_db)
    for table in ("official", "appointment", "program", "evaluation", "unit"):
        assert after[table] == before[table], table
    assert len(after["handover"]) == 1 and len(after["handover_item"]) == len(
        demo.HANDOVER_ITEMS)
    total = writes(demo_db)
    assert not load_demo(demo_db).changed
    assert writes(demo_db) == total


def test_a_handover_the_user_changed_is_left_alone(demo_db):
    from kinerja_desktop.services.handover import HandoverService
    service = HandoverService(demo_db)
    (summary,) = service.handovers()
    service.update(summary.id, replace(service.get(summary.id).as_input(), items=[],
                                       notes="Milik saya"))
    before = dump_database(demo_db)
    assert not load_demo(demo_db).changed
    assert dump_database(demo_db) == before
