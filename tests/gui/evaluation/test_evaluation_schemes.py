"""Issue 16 in the wizard: each scheme asks what its regulation asks, with real input (clicks on
cells and combo items, typed keys). PP 46/2011 with Perka BKN 1/2013's worked example; PP
30/2019 with the new idea of Pasal 41; PermenPANRB 6/2022 with the organisation's result as
the head's rating hasil kerja and no suggested rating; drafts and finals of scoring version 1."""

from __future__ import annotations

import html
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLineEdit

from kinerja_desktop.domain import evaluations as rules
from kinerja_desktop.domain.behaviour_aspects import CORE_VALUES
from kinerja_desktop.domain.programs import ProgramInput
from kinerja_desktop.domain.scoring import PerkaFigures
from kinerja_desktop.domain.scoring_matrix import ORGANISATION_RULE
from kinerja_desktop.gui.evaluation.evaluation_models import COLUMN, grouped, parse_number
from kinerja_desktop.gui.evaluation.evaluation_view import EvaluationView
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.storage import evaluation_repo, official_repo
from tests.gui.evaluation.test_evaluation_wizard import (BERAKHLAK_KEYS, TODAY, fill_targets,
                                                         go_to, make_program, next_button,
                                                         open_wizard, stored)
from tests.helpers.programs import START, appointment, target

SIX = ("orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama",
       "kepemimpinan")
FIVE = ("orientasi_pelayanan", "komitmen", "inisiatif_kerja", "kerja_sama", "kepemimpinan")


@pytest.fixture
def shown(monkeypatch):
    from kinerja_desktop.gui.evaluation import evaluation_finalise
    from kinerja_desktop.gui.shared import operations
    from tests.helpers.dialogs import record_dialogs
    monkeypatch.setattr(evaluation_finalise, "ask_print", lambda _parent: "nanti")
    return record_dialogs(monkeypatch, operations)


# Real input ----------------------------------------------------------------------------------
def type_in_cell(qtbot, page, row: int, key: str, text: str) -> None:
    """Click the cell, F2, type over what it holds, Enter: as an evaluator does."""
    table = page.table
    index = page.model.index(row, COLUMN[key])
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    assert table.currentIndex() == index
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    line = editor.lineEdit() if isinstance(editor, QDoubleSpinBox) else editor
    assert isinstance(line, QLineEdit), editor
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def type_in_spin(qtbot, spin, text: str) -> None:
    line = spin.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def choose(qtbot, combo, text: str) -> None:
    """Open the combo with a click and click the item that reads `text`. The popup ignores a
    release within the double-click interval of opening (a press-drag-release choice), so
    the interval is shortened for the click and the click waits it out."""
    row = combo.findText(text)
    assert row >= 0, text
    interval = QApplication.doubleClickInterval()
    QApplication.setDoubleClickInterval(50)
    try:
        qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
        view = combo.view()
        qtbot.waitUntil(view.isVisible)
        qtbot.wait(80)
        index = view.model().index(row, 0)
        view.scrollTo(index)
        rect = view.visualRect(index)
        # The item's rectangle may be wider than the popup's viewport: click inside both.
        point = QPoint(min(rect.center().x(), view.viewport().width() // 2), rect.center().y())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.waitUntil(lambda: not view.isVisible())
    finally:
        QApplication.setDoubleClickInterval(interval)
    assert combo.currentText() == text


def meeting_report_program(db, scheme: str = "pp46_2011") -> int:
    """Perka BKN 1/2013's worked example as one activity of a yearly SKP: one meeting report
    (1 laporan)."""
    with db.atomic():
        official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")
    _official, post = appointment(db)
    programs = ProgramService(db, lambda: TODAY)
    program_id = programs.create_program(post, ProgramInput("tahunan", START, scheme=scheme))
    programs.add_target(program_id, target("Laporan hasil rapat koordinasi", 100,
                                           target_value=1.0, unit="laporan"))
    programs.change_status(program_id, "disepakati")
    return program_id


def wizard_for(qtbot, db, program_id):
    evaluation_id = EvaluationService(db, lambda: TODAY).start(program_id)
    return open_wizard(qtbot, db, evaluation_id), evaluation_id


# PP 46/2011 ----------------------------------------------------------------------------------
def test_pp46_worked_example_typed_in(app, qtbot, db, shown):
    """Perka BKN 1/2013: 1 of 1 report, quality 90 of 100, 12 of 12 months, Rp170.395.000
    of Rp170.395.000 → (100 + 90 + 76 + 76) / 4 = 85,50; behaviour 80 on every aspect →
    prestasi kerja 60% × 85,50 + 40% × 80 = 83,30 (Baik); behaviour 80, 85, 80, 75, 80, 85 →
    80,83 and 60% × 85,50 + 40% × 80,83 = 83,63 (Baik)."""
    wizard, evaluation_id = wizard_for(qtbot, db, meeting_report_program(db))
    assert "Dicabut oleh PP No. 30 Tahun 2019" in wizard.program_page.basis_label.text()
    go_to(wizard, wizard.targets_page)
    page = wizard.targets_page
    for key in ("kualitas_target", "kualitas", "waktu_target", "waktu", "biaya_target",
                "biaya", "umpan_balik", "arah", "nilai"):
        assert not page.table.isColumnHidden(COLUMN[key]), key
    header = page.model.headerData(COLUMN["nilai"], Qt.Orientation.Horizontal)
    assert header == "Nilai Capaian"
    assert page.model.data(page.model.index(0, COLUMN["arah"])) == "↑"
    # The service asks quality of 100 and the program's days as time (a year: 366 days).
    assert page.model.data(page.model.index(0, COLUMN["kualitas_target"])) == "100"
    assert page.model.data(page.model.index(0, COLUMN["waktu_target"])) == "366"
    type_in_cell(qtbot, page, 0, "realisasi", "1")
    type_in_cell(qtbot, page, 0, "kualitas", "90")
    type_in_cell(qtbot, page, 0, "waktu_target", "12")
    # A typo is kept, shown red and named by row and field; Next stays grey.
    type_in_cell(qtbot, page, 0, "waktu", "12,5x")
    problems = html.unescape(page.problems.text())
    assert "Baris 1, realisasi waktu: '12,5x' bukan angka" in problems
    assert not next_button(wizard).isEnabled()
    assert page.model.data(page.model.index(0, COLUMN["waktu"])) == "12,5x"
    type_in_cell(qtbot, page, 0, "waktu", "12,5")  # an Indonesian decimal
    assert wizard.content.targets[0].perka.time_realised == Decimal("12.5")
    assert page.problems.isHidden() and next_button(wizard).isEnabled()
    type_in_cell(qtbot, page, 0, "waktu", "12")
    type_in_cell(qtbot, page, 0, "biaya_target", "170.395.000")  # grouped the Indonesian way
    type_in_cell(qtbot, page, 0, "biaya", "170395000")
    type_in_cell(qtbot, page, 0, "umpan_balik", "Laporan tepat waktu")
    assert wizard.content.targets[0].perka == PerkaFigures(
        Decimal(100), Decimal(90), Decimal(12), Decimal(12), Decimal(170395000),
        Decimal(170395000))
    assert page.model.data(page.model.index(0, COLUMN["biaya"])) == "170.395.000"
    assert page.model.data(page.model.index(0, COLUMN["capaian"])) == "100%"
    assert page.model.data(page.model.index(0, COLUMN["nilai"])) == "85,50"
    assert "Nilai capaian SKP: <b>85,50</b>" in page.total_label.text()

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    behaviour = wizard.behaviour_page
    assert wizard.currentPage() is behaviour
    assert set(behaviour.score_spins) == set(SIX) and not behaviour.rating_combos
    assert behaviour.score_spins["integritas"].maximum() == 100
    for key in SIX:
        type_in_spin(qtbot, behaviour.score_spins[key], "80")
    text = behaviour.result_label.text()
    assert "Nilai perilaku kerja: <b>80,00</b>" in text
    assert "Nilai prestasi kerja: <b>83,30</b> (Baik)" in text
    for key, value in zip(SIX, ("80", "85", "80", "75", "80", "85"), strict=True):
        type_in_spin(qtbot, behaviour.score_spins[key], value)
    text = behaviour.result_label.text()
    assert "Nilai perilaku kerja: <b>80,83</b>" in text
    assert "Nilai prestasi kerja: <b>83,63</b> (Baik)" in text
    # Tugas tambahan (4 kegiatan: +2) and kreativitas (unit kerja: +3) raise the SKP score.
    type_in_spin(qtbot, behaviour.additional_spin, "4")
    choose(qtbot, behaviour.creativity_combo, behaviour.creativity_combo.itemText(1))
    assert wizard.content.additional_tasks == 4 and wizard.content.creativity == "unit_kerja"
    assert "Nilai prestasi kerja: <b>86,63</b> (Baik)" in behaviour.result_label.text()
    type_in_spin(qtbot, behaviour.additional_spin, "0")
    choose(qtbot, behaviour.creativity_combo, behaviour.creativity_combo.itemText(0))

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    summary = wizard.summary_page
    text = summary.result_label.text()
    assert "Nilai capaian SKP: <b>85,50</b>" in text
    assert "Nilai perilaku kerja: <b>80,83</b>" in text
    assert "Nilai prestasi kerja = 60% × SKP + 40% × perilaku kerja = <b>83,63</b> · " \
           "Predikat: <b>Baik</b>" in text
    assert "Dicabut" in summary.basis_label.text()
    assert summary.contributions.horizontalHeaderItem(3).text() == "Nilai Capaian"
    assert summary.contributions.item(0, 3).text() == "85,50"
    record = stored(db, evaluation_id)
    assert record.score == Decimal("83.63") and record.predicate == "Baik"
    assert record.content.targets[0].feedback == "Laporan tepat waktu"
    assert record.content.targets[0].perka.cost_target == Decimal(170395000)


# PP 30/2019 ----------------------------------------------------------------------------------
def test_pp30_sangat_baik_needs_a_new_idea(app, qtbot, db, shown):
    """PP 30/2019 Pasal 41: 110–120 is Sangat Baik only with a new idea useful to the office;
    without it, Baik. Targets all exceeded: SKP 120; behaviour 110 → 70% × 120 + 30% × 110 =
    117."""
    program_id = make_program(db, "pp30_2019")
    wizard, evaluation_id = wizard_for(qtbot, db, program_id)
    go_to(wizard, wizard.targets_page)
    page = wizard.targets_page
    assert page.table.isColumnHidden(COLUMN["kualitas"])  # Perka aspects: PP 46 only
    assert page.model.headerData(COLUMN["nilai"], Qt.Orientation.Horizontal) == \
        "Nilai Capaian IKI"
    type_in_cell(qtbot, page, 0, "realisasi", "150")
    type_in_cell(qtbot, page, 1, "realisasi", "5")
    fill_done = page.model.index(2, COLUMN["realisasi"])
    page.table.setCurrentIndex(fill_done)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert "Nilai SKP: <b>120,00</b>" in page.total_label.text()
    wizard.next()
    behaviour = wizard.behaviour_page
    assert set(behaviour.score_spins) == set(FIVE)
    assert behaviour.score_spins["inisiatif_kerja"].maximum() == 120
    for key in FIVE:
        type_in_spin(qtbot, behaviour.score_spins[key], "110")
    assert "Nilai kinerja: <b>117,00</b> (Baik)" in behaviour.result_label.text()
    check = behaviour.new_idea_check
    assert "PP 30/2019 Pasal 41" in check.text()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
    if not check.isChecked():  # the label's centre may miss the indicator: Space does not
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
    assert wizard.content.new_idea
    assert "Nilai kinerja: <b>117,00</b> (Sangat Baik)" in behaviour.result_label.text()
    wizard.next()
    text = wizard.summary_page.result_label.text()
    assert "Nilai SKP: <b>120,00</b>" in text and "Nilai perilaku kerja: <b>110,00</b>" in text
    assert "Nilai kinerja = 70% × SKP + 30% × perilaku kerja = <b>117,00</b>" in text
    assert stored(db, evaluation_id).predicate == "Sangat Baik"


# PermenPANRB 6/2022 --------------------------------------------------------------------------
def test_permenpanrb_rates_without_suggestions_and_the_organisation_sets_the_results(
        app, qtbot, db, shown):
    program_id = make_program(db, "permenpanrb_6_2022")
    wizard, evaluation_id = wizard_for(qtbot, db, program_id)
    go_to(wizard, wizard.targets_page)
    page = wizard.targets_page
    assert page.table.isColumnHidden(COLUMN["nilai"])  # no score under this scheme
    fill_targets(page)
    assert "rating hasil kerja" in page.total_label.text()
    assert "saran" not in page.total_label.text()
    wizard.next()
    behaviour = wizard.behaviour_page
    assert set(behaviour.rating_combos) == set(BERAKHLAK_KEYS) and not behaviour.score_spins
    # Nothing is chosen for the evaluator: no suggestion from scores or a majority.
    for combo in (behaviour.results_combo, behaviour.behaviour_combo,
                  behaviour.organisation_combo, *behaviour.rating_combos.values()):
        assert combo.currentData() is None, combo.objectName()
    assert "saran" not in behaviour.results_hint.text()
    # The SE's words, verbatim: the definition and the three behaviours.
    guidance = behaviour.findChild(type(behaviour.result_label), "guidance_akuntabel")
    assert guidance.text() == html.escape(CORE_VALUES["akuntabel"].guidance)
    assert "Bertanggung jawab atas kepercayaan yang diberikan: 1) Melaksanakan tugas" in \
        behaviour.rating_combos["akuntabel"].toolTip()
    choose(qtbot, behaviour.rating_combos["akuntabel"], "Di Atas Ekspektasi")
    assert wizard.content.behaviour == {"akuntabel": "di_atas"}
    edit = behaviour.expectation_edits["akuntabel"]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "Laporan keuangan tanpa temuan")
    assert wizard.content.expectations == {"akuntabel": "Laporan keuangan tanpa temuan"}

    # The superior sets the organisation's result: it is the rating hasil kerja, locked.
    choose(qtbot, behaviour.organisation_combo, "Baik")
    assert behaviour.results_combo.currentText() == "Sesuai Ekspektasi"
    assert not behaviour.results_combo.isEnabled()
    assert behaviour.results_hint.isVisibleTo(behaviour)
    assert behaviour.results_hint.text() == ORGANISATION_RULE
    choose(qtbot, behaviour.behaviour_combo, "Di Atas Ekspektasi")
    assert "Predikat (matriks): <b>Baik</b>" in behaviour.result_label.text()
    wizard.next()
    text = html.unescape(wizard.summary_page.result_label.text())
    assert "Rating hasil kerja: <b>Sesuai Ekspektasi</b>" in text
    assert "Dari capaian kinerja organisasi Baik" in text
    assert "Predikat (matriks hasil kerja × perilaku kerja): <b>Baik</b>" in text
    assert "Berlaku" in wizard.summary_page.basis_label.text()
    record = stored(db, evaluation_id)
    assert record.content.organisation_result == "baik"
    assert record.content.results_rating == "sesuai" and record.predicate == "Baik"
    assert record.content.expectations == {"akuntabel": "Laporan keuangan tanpa temuan"}
    wizard.next()
    own = wizard.evaluators_page.rows[0].own_results
    assert own is not None and not own.isEnabled()  # the organisation's result binds everyone

    # Not set after all: the evaluator chooses again.
    wizard.back()
    wizard.back()
    choose(qtbot, behaviour.organisation_combo, "(belum ditetapkan)")
    assert behaviour.results_combo.isEnabled() and behaviour.results_hint.isHidden()
    choose(qtbot, behaviour.results_combo, "Di Bawah Ekspektasi")
    assert wizard.content.results_rating == "di_bawah"
    assert "Predikat (matriks): <b>Butuh Perbaikan</b>" in behaviour.result_label.text()


# Polarity ------------------------------------------------------------------------------------
def test_targets_show_their_polarity_and_value(app, qtbot, db, shown):
    """A "lower is better" target reads "≤ 7 hari" and scores (2 × 7 − 6,5) / 7 = 107,14 %; a
    range reads "2–4" and is met inside it (PermenPANRB 8/2021, domain/achievement.py)."""
    with db.atomic():
        official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")
    _official, post = appointment(db)
    programs = ProgramService(db, lambda: TODAY)
    program_id = programs.create_program(post, ProgramInput("tahunan", START,
                                                            scheme="pp30_2019"))
    programs.add_target(program_id, target("Waktu layanan izin", 60, target_value=7.0,
                                           unit="hari", polarity="turun"))
    programs.add_target(program_id, target("Inflasi daerah", 40, target_value=2.0,
                                           target_max=4.0, unit="%", polarity="rentang"))
    programs.change_status(program_id, "disepakati")
    wizard, _evaluation_id = wizard_for(qtbot, db, program_id)
    go_to(wizard, wizard.targets_page)
    page = wizard.targets_page
    model = page.model
    assert [model.data(model.index(r, COLUMN["arah"])) for r in range(2)] == ["↓", "↔"]
    assert model.data(model.index(0, COLUMN["arah"]), Qt.ItemDataRole.ToolTipRole) == \
        "Makin rendah makin baik"
    assert [model.data(model.index(r, COLUMN["target"])) for r in range(2)] == [
        "≤ 7 hari", "2–4 %"]
    type_in_cell(qtbot, page, 0, "realisasi", "6,5")
    type_in_cell(qtbot, page, 1, "realisasi", "3")
    assert model.data(model.index(0, COLUMN["capaian"])) == "107,14%"
    assert model.data(model.index(1, COLUMN["capaian"])) == "100%"
    # Nilai capaian IKI, as tests/domain/test_scoring_pp30.py has it: 107 % → 110 + 10/9 × 6
    # = 116,67; 100 % → 109.
    assert model.data(model.index(0, COLUMN["nilai"])) == "116,67"
    assert model.data(model.index(1, COLUMN["nilai"])) == "109,00"


# Older records -------------------------------------------------------------------------------
def test_a_version_1_draft_opens_upgraded(app, qtbot, db, shown):
    """A PP 46/2011 draft saved by scoring version 1 held BerAKHLAK scores; it opens with the
    six aspects of PP 46/2011, empty, and is saved as version 2."""
    program_id = meeting_report_program(db)
    evaluation_id = EvaluationService(db, lambda: TODAY).start(program_id)
    old = replace(stored(db, evaluation_id).content, scheme_version=1,
                  behaviour={k: "80" for k in BERAKHLAK_KEYS})
    with db.atomic():
        evaluation_repo.save_content(db, evaluation_id, old, None, "")
    wizard = open_wizard(qtbot, db, evaluation_id)
    assert wizard.content.scheme_version == 2 and wizard.content.behaviour == {}
    go_to(wizard, wizard.behaviour_page)
    assert set(wizard.behaviour_page.score_spins) == set(SIX)
    assert all(s.value() == -1 for s in wizard.behaviour_page.score_spins.values())
    go_to(wizard, wizard.summary_page)
    assert "belum dapat dihitung" in wizard.summary_page.result_label.text()
    assert stored(db, evaluation_id).content.scheme_version == 2


def test_a_sealed_version_1_final_shows_read_only(app, qtbot, db, shown):
    """A final evaluation sealed under version 1 is shown as it was sealed (one decimal, its
    contributions), with the rules version named."""
    program_id = make_program(db)
    service = EvaluationService(db, lambda: TODAY)
    evaluation_id = service.start(program_id)
    content = replace(stored(db, evaluation_id).content, scheme_version=1,
                      recommendation="lanjutkan")
    for t, value in zip(content.targets, (45, 4, 1), strict=True):
        t.realised = Decimal(value)
    result = rules.compute(content)
    record = stored(db, evaluation_id)
    with db.atomic():
        evaluation_repo.finalise(db, evaluation_id, content, result.score, result.predicate,
                                 rules.content_hash(content, result, record.program_uuid))
    sealed = stored(db, evaluation_id)
    assert sealed.final and sealed.content.scheme_version == 1
    assert service.rescore(evaluation_id).consistent
    view = EvaluationView(db, evaluation_id)
    qtbot.addWidget(view)
    view.show()
    text = view.browser.toPlainText()
    assert "Aturan hitung" in text and "versi 1" in text
    assert "Nilai akhir: 72,5" in text and "Cukup" in text
    assert "Kontribusi" in text and "22,5" in text
    assert "Dasar" in text and "Status skema" in text


def test_the_view_shows_the_new_fields(app, qtbot, db, shown):
    """A PP 46/2011 final: the scheme's basis and revoked status, rules version 2, polarity,
    Perka aspects, feedback and the regulation's names of the parts."""
    program_id = meeting_report_program(db)
    service = EvaluationService(db, lambda: TODAY)
    evaluation_id = service.start(program_id)
    content = stored(db, evaluation_id).content
    t = content.targets[0]
    t.realised = Decimal(1)
    t.feedback = "Laporan tepat waktu"
    t.perka = PerkaFigures(Decimal(100), Decimal(90), Decimal(12), Decimal(12),
                           Decimal(170395000), Decimal(170395000))
    content.behaviour = dict.fromkeys(SIX, "80")
    content.recommendation = "lanjutkan"
    service.finalise(evaluation_id, content)
    view = EvaluationView(db, evaluation_id)
    qtbot.addWidget(view)
    text = view.browser.toPlainText()
    assert "Dicabut oleh PP No. 30 Tahun 2019" in text and "versi 2" in text
    assert "Nilai akhir: 83,30" in text
    assert "Kualitas 90 dari 100 · Waktu 12 dari 12 · Biaya 170.395.000 dari 170.395.000" in text
    assert "Umpan balik: Laporan tepat waktu" in text
    assert "Nilai capaian SKP: 85,50" in text and "Nilai perilaku kerja: 80,00" in text
    assert "↑" in text and "Nilai Capaian" in text


def test_indonesian_numbers():
    assert parse_number("12,5") == Decimal("12.5")
    assert parse_number("170.395.000") == Decimal(170395000)
    assert parse_number("Rp 1.500,75") == Decimal("1500.75")
    assert parse_number("12.5") == Decimal("12.5")
    assert parse_number("  ") is None
    for bad in ("12,5x", "satu", "1,2,3", "nan", "inf"):
        with pytest.raises(ValueError):
            parse_number(bad)
    assert grouped(Decimal(170395000)) == "170.395.000"
    assert grouped(Decimal("1234.5")) == "1.234,5"
