"""The evaluation wizard: every page, Back/Next keeping values, drafts saved on Next, resuming,
finalising, refusing to edit a final evaluation, Cancel, and the program chooser."""

from __future__ import annotations

import html

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox, QWizard

from kinerja_desktop.domain.evidence import EvidenceFile
from kinerja_desktop.domain.programs import ProgramInput, ProgressInput
from kinerja_desktop.errors import NotFoundError
from kinerja_desktop.gui.evaluation.evaluation_models import COLUMN
from kinerja_desktop.gui.evaluation.evaluation_wizard import (EvaluationWizard,
                                                              FinalEvaluationError, ProgramChooser,
                                                              choose_program_and_start,
                                                              open_evaluation_wizard)
from kinerja_desktop.gui.shared import operations
from kinerja_desktop.services.evaluations import EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.storage import official_repo
from tests.helpers.dialogs import record_dialogs
from tests.helpers.programs import START, appointment, innovation, target

TODAY = date(2019, 9, 20)  # day 99 of the program that starts on 14 June 2019
BERAKHLAK_KEYS = ("berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal",
                  "adaptif", "kolaboratif")


@pytest.fixture
def shown(monkeypatch):
    # Finalising offers to print (tests/gui/evaluation/test_evaluation_finalise.py): "Nanti".
    from kinerja_desktop.gui.evaluation import evaluation_finalise
    monkeypatch.setattr(evaluation_finalise, "ask_print", lambda _parent: "nanti")
    return record_dialogs(monkeypatch, operations)


def make_program(db, scheme: str = "capaian_berbobot", agree: bool = True) -> int:
    """Anas Dwisatya's 100-day program: an innovation (50), a number target (30) and a
    done/not-done target (20); the innovation has a progress report with a file."""
    with db.atomic():
        official_repo.ensure_signatory(db, "Ratu Tatu Chasanah", "Bupati Serang", "bupati")
        official_repo.ensure_signatory(db, "Pandji Tirtayasa", "Wakil Bupati Serang",
                                       "wakil_bupati")
        official_repo.ensure_signatory(db, "Tb. Entus Mahmud Sahiri", "Sekretaris Daerah",
                                       "sekda")
    _official, post = appointment(db)
    programs = ProgramService(db, lambda: TODAY)
    program_id = programs.create_program(post, ProgramInput("100_hari", START, scheme=scheme))
    first = programs.add_target(program_id, innovation("Smart village", 50))
    programs.add_target(program_id, target("Integrasi sistem TIK", 30, target_value=4.0,
                                           unit="aplikasi"))
    programs.add_target(program_id, target("Kerja sama media sosial", 20, measure="selesai",
                                           target_value=None, unit=""))
    if agree:
        programs.change_status(program_id, "disepakati")
        ProgressService(db, lambda: TODAY).add_report(
            first, ProgressInput(date(2019, 8, 1), 40, "rapat"),
            [EvidenceFile("notulen rapat.pdf", b"%PDF-1.4 notulen")])
    return program_id


def open_wizard(qtbot, db, evaluation_id) -> EvaluationWizard:
    wizard = EvaluationWizard(db, evaluation_id, today=lambda: TODAY)
    # Closed by done(): close() would ask whether to keep the draft.
    qtbot.addWidget(wizard, before_close_func=lambda w: w.done(0))
    with qtbot.waitExposed(wizard):
        wizard.show()
    return wizard


@pytest.fixture
def program(db):
    return make_program(db)


@pytest.fixture
def evaluation(db, program):
    return EvaluationService(db, lambda: TODAY).start(program)


@pytest.fixture
def wizard(app, qtbot, db, evaluation, shown):
    return open_wizard(qtbot, db, evaluation)


def stored(db, evaluation_id):
    return EvaluationService(db, lambda: TODAY).get(evaluation_id)


def cell(page, row, key):
    return page.model.index(row, COLUMN[key])


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def go_to(wizard, page) -> None:
    while wizard.currentPage() is not page:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, "the wizard refused to go on"


def fill_targets(page) -> None:
    """Realised: 45 of 100 %, 4 of 4 applications, the done target done."""
    model = page.model
    assert model.setData(cell(page, 0, "realisasi"), 45)
    assert model.setData(cell(page, 1, "realisasi"), "4")
    assert model.setData(cell(page, 2, "realisasi"), Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)


# The pages ----------------------------------------------------------------------------------
def test_first_page_shows_the_program_and_the_day(wizard):
    page = wizard.program_page
    assert wizard.currentPage() is page
    text = page.program_label.text()
    assert "Anas Dwisatya" in text and "Program 100 Hari: 14 Juni 2019 – 21 September 2019" \
        in text and "Capaian tertimbang" in text
    assert "NIP 19720315 199503 1 004" in text  # grouped, as the sheet prints it
    assert page.day_label.text() == "Hari ke-99 dari 100, sisa 1 hari"
    assert "Draft baru" in page.state_label.text()
    assert page.date_edit.minimumDate().toPython() == START
    page.date_edit.setDate(page.date_edit.date().addDays(-60))
    assert page.day_label.text() == "Hari ke-39 dari 100, sisa 61 hari"


def test_buttons_are_indonesian(wizard):
    texts = {button: wizard.buttonText(button).replace("&", "") for button in (
        QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
        QWizard.WizardButton.CancelButton)}
    assert "Berikutnya" in texts[QWizard.WizardButton.NextButton]
    assert "Kembali" in texts[QWizard.WizardButton.BackButton]
    assert texts[QWizard.WizardButton.CancelButton] == "Batal"
    assert "Berikutnya" in next_button(wizard).text().replace("&", "")
    go_to(wizard, wizard.finish_page)
    assert wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "") == \
        "Simpan draft"


def test_the_wizard_style_is_chosen_not_left_to_the_platform(app, qtbot, db, evaluation,
                                                            shown):
    """Windows' own style asks for the Aero wizard (DWM is on on every Windows 10/11), which
    draws into the native title bar and fails without a native window; a platform style that
    asks for another wizard style than Classic must not change ours either."""
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

    class PlatformWizardStyle(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802 (Qt's)
            if hint == QStyle.StyleHint.SH_WizardStyle:
                return QWizard.WizardStyle.ModernStyle.value
            return super().styleHint(hint, option, widget, data)

    name = app.style().name()
    app.setStyle(PlatformWizardStyle(QStyleFactory.create(name)))
    try:
        assert QWizard().wizardStyle() == QWizard.WizardStyle.ModernStyle  # the platform's
        wizard = open_wizard(qtbot, db, evaluation)
        assert wizard.wizardStyle() == QWizard.WizardStyle.ClassicStyle
    finally:
        app.setStyle(QStyleFactory.create(name))


def test_realised_values_move_achievement_and_score_live(wizard, qtbot):
    go_to(wizard, wizard.targets_page)
    page = wizard.targets_page
    # Filled from the latest progress report: 40 of 100.
    assert page.model.data(cell(page, 0, "realisasi")) == "40 %"
    assert page.model.data(cell(page, 0, "capaian")) == "40%"
    assert page.model.data(cell(page, 1, "capaian")) == "—"
    assert "<b>20,00</b>" in page.total_label.text()  # 50 × 40%, two decimals
    assert "2 target belum diisi" in page.total_label.text()
    # Typed as a user does: F2, the value, Enter.
    page.table.setCurrentIndex(cell(page, 1, "realisasi"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "realisedEditor"
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor.lineEdit(), "3")
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)
    assert page.model.data(cell(page, 1, "capaian")) == "75%"
    assert "<b>42,50</b>" in page.total_label.text()  # 20 + 30 × 75%
    fill_targets(page)
    assert page.model.data(cell(page, 0, "capaian")) == "45%"
    assert page.model.data(cell(page, 2, "realisasi")) == "selesai"
    assert page.model.data(cell(page, 2, "capaian")) == "100%"
    assert "<b>72,50</b> (Cukup)" in page.total_label.text()  # 22,5 + 30 + 20
    assert page.model.data(cell(page, 0, "nilai")) == "22,50"
    assert page.model.headerData(COLUMN["nilai"], Qt.Orientation.Horizontal) == "Nilai"
    assert "belum diisi" not in page.total_label.text()
    # More than the target is capped at 120%.
    page.model.setData(cell(page, 0, "realisasi"), 150)
    assert page.model.data(cell(page, 0, "capaian")) == "120%"


def test_done_target_and_evidence_seen_toggle_with_the_space_bar(wizard, qtbot):
    go_to(wizard, wizard.targets_page)
    page = wizard.targets_page
    page.table.setFocus()
    page.table.setCurrentIndex(cell(page, 2, "realisasi"))
    assert page.model.data(cell(page, 2, "realisasi")) == "(belum diisi)"
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.model.data(cell(page, 2, "realisasi")) == "selesai"
    assert wizard.content.targets[2].realised == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.model.data(cell(page, 2, "realisasi")) == "belum"
    assert page.model.data(cell(page, 2, "capaian")) == "0%"
    page.table.setCurrentIndex(cell(page, 0, "bukti"))
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert wizard.content.targets[0].evidence_seen


def test_negative_realisation_is_shown_and_blocks_next(wizard, db, evaluation):
    go_to(wizard, wizard.targets_page)
    page = wizard.targets_page
    page.model.setData(cell(page, 0, "realisasi"), -5)
    assert not page.problems.isHidden()
    assert "tidak boleh negatif" in page.problems.text()
    assert not next_button(wizard).isEnabled()
    wizard.next()
    assert wizard.currentPage() is page
    assert stored(db, evaluation).content.targets[0].realised == 40  # nothing saved
    page.model.setData(cell(page, 0, "realisasi"), 5)
    assert page.problems.isHidden() and next_button(wizard).isEnabled()


def test_every_next_saves_so_a_crash_loses_at_most_one_page(wizard, db, evaluation):
    go_to(wizard, wizard.targets_page)
    fill_targets(wizard.targets_page)
    page = wizard.targets_page
    page.model.setData(cell(page, 0, "bukti"), Qt.CheckState.Checked,
                       Qt.ItemDataRole.CheckStateRole)
    page.model.setData(cell(page, 0, "catatan"), "Rapat koordinasi sudah 3 kali")
    assert stored(db, evaluation).content.targets[0].realised == 40  # not saved before Next
    wizard.next()
    # The wizard is never finished: the database already holds the page.
    content = stored(db, evaluation).content
    assert [t.realised for t in content.targets] == [45, 4, 1]
    assert content.targets[0].evidence_seen and \
        content.targets[0].note == "Rapat koordinasi sudah 3 kali"
    assert stored(db, evaluation).score == Decimal("72.5")
    steps = [a.summary for a in EvaluationService(db).audit_trail(evaluation)]
    assert steps[-2:] == ["Draft disimpan: program", "Draft disimpan: target"]


def test_back_and_next_keep_every_value(app, qtbot, db, shown):
    # PP 46/2011: the behaviour page has something to keep (the 100-day scheme scores none).
    wizard, _evaluation_id = open_scheme(qtbot, db, "pp46_2011")
    wizard.back()
    page = wizard.targets_page
    page.model.setData(cell(page, 0, "umpan_balik"), "Pertahankan ritme rapat")
    page.model.setData(cell(page, 0, "waktu"), "12,5")
    wizard.next()
    wizard.behaviour_page.score_spins["integritas"].setValue(88)
    wizard.behaviour_page.additional_spin.setValue(2)
    wizard.next()
    wizard.next()
    evaluators = wizard.evaluators_page
    evaluators.recommendation_combo.setCurrentIndex(
        evaluators.recommendation_combo.findData("pembinaan"))
    evaluators.notes_edit.setPlainText("Percepat smart village")
    for _ in range(3):
        wizard.back()
    assert wizard.currentPage() is wizard.targets_page
    assert page.model.data(cell(page, 0, "realisasi")) == "45 %"
    assert page.model.data(cell(page, 0, "umpan_balik")) == "Pertahankan ritme rapat"
    assert page.model.data(cell(page, 0, "waktu")) == "12,5"
    go_to(wizard, wizard.evaluators_page)
    assert wizard.behaviour_page.score_spins["integritas"].value() == 88
    assert wizard.behaviour_page.additional_spin.value() == 2
    assert evaluators.recommendation_combo.currentData() == "pembinaan"
    assert evaluators.notes_edit.toPlainText() == "Percepat smart village"
    assert wizard.content.behaviour == {"integritas": "88"}
    assert wizard.content.targets[0].perka.time_realised == Decimal("12.5")


def test_evidence_of_a_target_opens_from_the_data_folder(wizard, monkeypatch,
                                                         private_data_dir):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(Path(url.toLocalFile())) or True))
    go_to(wizard, wizard.targets_page)
    page = wizard.targets_page
    assert page.model.data(cell(page, 0, "berkas")) == "1"
    page.table.setCurrentIndex(cell(page, 0, "judul"))
    assert page.evidence_button.isEnabled()
    menu = page.evidence_menu()
    (action,) = menu.actions()
    assert "notulen rapat.pdf" in action.text() and "1 Agustus 2019" in action.text()
    action.trigger()
    assert len(opened) == 1
    assert opened[0].is_relative_to(private_data_dir / "bukti-dibuka")
    assert opened[0].read_bytes() == b"%PDF-1.4 notulen"
    page.table.setCurrentIndex(cell(page, 1, "judul"))
    assert not page.evidence_button.isEnabled()  # no files for this one


def test_target_model_passes_the_model_tester(wizard, qtmodeltester):
    go_to(wizard, wizard.targets_page)
    fill_targets(wizard.targets_page)
    qtmodeltester.check(wizard.targets_page.model)


# Behaviour under each scheme -------------------------------------------------------------------
def open_scheme(qtbot, db, scheme):
    program_id = make_program(db, scheme)
    evaluation_id = EvaluationService(db, lambda: TODAY).start(program_id)
    wizard = open_wizard(qtbot, db, evaluation_id)
    go_to(wizard, wizard.targets_page)
    fill_targets(wizard.targets_page)
    wizard.next()
    return wizard, evaluation_id


def test_the_100_day_scheme_scores_no_behaviour(app, qtbot, db, shown):
    """The 100-day weighted scheme is scored on its targets alone: the behaviour page says so
    and asks nothing (the old wizard scored BerAKHLAK values there that counted for nothing)."""
    wizard, evaluation_id = open_scheme(qtbot, db, "capaian_berbobot")
    page = wizard.behaviour_page
    assert "tidak menilai perilaku" in page.subTitle()
    assert not page.score_spins and not page.rating_combos and page.results_combo is None
    assert page.findChild(QLabel, "noBehaviourNote").isVisibleTo(page)
    assert next_button(wizard).isEnabled()
    wizard.next()
    summary = wizard.summary_page
    assert "Nilai capaian tertimbang: <b>72,50</b> · Predikat: <b>Cukup</b>" in \
        summary.result_label.text()
    basis = summary.basis_label.text()
    assert "Dasar:" in basis and "Status:" in basis and "Pilihan aplikasi" in basis
    rows = [(summary.contributions.item(r, 0).text(), summary.contributions.item(r, 3).text())
            for r in range(summary.contributions.rowCount())]
    assert rows == [("Integrasi sistem TIK", "30,00"), ("Smart village", "22,50"),
                    ("Kerja sama media sosial", "20,00")]
    assert "tidak menilai perilaku" in summary.behaviour_label.text()
    assert stored(db, evaluation_id).content.behaviour == {}


# Evaluators, finishing, resuming ------------------------------------------------------------
def test_evaluators_with_a_chair_and_consolidation(wizard, db, evaluation):
    go_to(wizard, wizard.targets_page)
    fill_targets(wizard.targets_page)
    go_to(wizard, wizard.evaluators_page)
    page = wizard.evaluators_page
    bupati, wakil, sekda = page.rows
    # From the start: the Bupati chairs, with the Wakil Bupati and the Sekda.
    assert all(r.check.isChecked() for r in page.rows) and bupati.chair.isChecked()
    assert "<b>72,50</b> (Cukup)" in page.result_label.text()
    sekda.check.setChecked(False)
    assert not sekda.own_score.isEnabled()
    wakil.chair.setChecked(True)
    wakil.own_score.setValue(80)
    wakil.note.setText("Inovasi menonjol")
    # The chair decides by default; 80 is Cukup on the 100-day bands (Baik from 90).
    assert "<b>80,00</b> (Cukup)" in page.result_label.text()
    page.consolidation_combo.setCurrentIndex(page.consolidation_combo.findData("rata_rata"))
    assert "<b>76,25</b> (Cukup)" in page.result_label.text()  # (72,5 + 80) / 2
    assert any("Pilih rekomendasi" in line for line in [page.problems.text()])
    assert next_button(wizard).isEnabled()  # a reminder, not an error, in a draft
    page.recommendation_combo.setCurrentIndex(page.recommendation_combo.findData("lanjutkan"))
    wakil.check.setChecked(False)  # the chair leaves: the next one chosen chairs
    assert bupati.chair.isChecked()
    wakil.check.setChecked(True)
    wakil.chair.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.finish_page
    wizard.accept()  # Finish, "Simpan sebagai draft" chosen by default
    assert not wizard.isVisible()
    content = stored(db, evaluation).content
    assert [(e.signatory_id, e.chair, e.capacity, e.own_score, e.note)
            for e in content.evaluators] == [
        (bupati.signatory_id, False, "anggota", None, ""),
        (wakil.signatory_id, True, "pejabat_penilai", Decimal(80), "Inovasi menonjol")]
    assert content.consolidation == "rata_rata" and content.recommendation == "lanjutkan"
    record = stored(db, evaluation)
    assert record.status == "draft" and record.score == Decimal("76.25")


def test_a_saved_draft_resumes_with_its_values(app, qtbot, wizard, db, evaluation, shown):
    go_to(wizard, wizard.targets_page)
    fill_targets(wizard.targets_page)
    wizard.targets_page.model.setData(cell(wizard.targets_page, 1, "umpan_balik"),
                                      "Dua aplikasi terlambat")
    go_to(wizard, wizard.evaluators_page)
    wizard.evaluators_page.rows[2].check.setChecked(False)
    go_to(wizard, wizard.finish_page)
    wizard.accept()
    assert stored(db, evaluation).status == "draft"

    again = open_wizard(qtbot, db, evaluation)
    assert "Melanjutkan draft" in again.program_page.state_label.text()
    go_to(again, again.targets_page)
    page = again.targets_page
    assert [page.model.data(cell(page, r, "realisasi")) for r in range(3)] == \
        ["45 %", "4 aplikasi", "selesai"]
    assert page.model.data(cell(page, 1, "umpan_balik")) == "Dua aplikasi terlambat"
    assert page.model.data(cell(page, 0, "umpan_balik")) == ""
    go_to(again, again.evaluators_page)
    assert [r.check.isChecked() for r in again.evaluators_page.rows] == [True, True, False]


def test_finalise_seals_and_moves_the_program(wizard, db, evaluation, program, shown):
    finalised = []
    wizard.finalised.connect(finalised.append)
    go_to(wizard, wizard.targets_page)
    fill_targets(wizard.targets_page)
    go_to(wizard, wizard.evaluators_page)
    go_to(wizard, wizard.finish_page)
    page = wizard.finish_page
    assert page.warning_label.isHidden()
    page.final_radio.setChecked(True)
    assert not page.warning_label.isHidden()
    assert "tidak dapat diubah lagi" in page.warning_label.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "") == \
        "Finalkan"
    # Finalising needs a recommendation: shown inline, Finish disabled.
    assert "Pilih rekomendasi" in page.problems.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.back()
    wizard.evaluators_page.recommendation_combo.setCurrentIndex(
        wizard.evaluators_page.recommendation_combo.findData("lanjutkan"))
    wizard.next()
    page.final_radio.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    shown.answer = QMessageBox.StandardButton.No  # "Finalkan?" answered No: nothing happens
    wizard.accept()
    assert wizard.isVisible() and stored(db, evaluation).status == "draft"
    shown.answer = QMessageBox.StandardButton.Yes
    wizard.accept()
    assert "tidak dapat diubah" in shown.questions[-1]
    assert not wizard.isVisible() and finalised == [evaluation]
    record = stored(db, evaluation)
    assert record.status == "final" and len(record.content_hash) == 64
    assert record.score == Decimal("72.5") and record.predicate == "Cukup"
    assert record.content.evaluators[0].snapshot.name == "Ratu Tatu Chasanah"
    assert ProgramService(db).program(program).status == "dievaluasi"


def finalised_evaluation(db, evaluation) -> None:
    service = EvaluationService(db, lambda: TODAY)
    content = service.get(evaluation).content
    for t, value in zip(content.targets, (45, 4, 1), strict=True):
        t.realised = Decimal(value)
    content.recommendation = "lanjutkan"
    service.finalise(evaluation, content)


def test_a_final_evaluation_is_refused_and_offers_a_revision(app, qtbot, db, evaluation, shown,
                                                             monkeypatch):
    finalised_evaluation(db, evaluation)
    with pytest.raises(FinalEvaluationError, match="sudah final"):
        EvaluationWizard(db, evaluation, today=lambda: TODAY)
    shown.answer = QMessageBox.StandardButton.No
    assert open_evaluation_wizard(db, evaluation, today=lambda: TODAY) is None
    assert "sudah final" in shown.questions[-1] and "revisi" in shown.questions[-1]
    assert len(EvaluationService(db).evaluations()) == 1  # nothing created
    shown.answer = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Realisasi TIK salah ketik", True)))
    wizard = open_evaluation_wizard(db, evaluation, today=lambda: TODAY)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.done(0))
    wizard.show()
    assert wizard.evaluation_id != evaluation
    state = wizard.program_page.state_label.text()
    assert "Revisi dari evaluasi final" in state and "Realisasi TIK salah ketik" in state
    assert stored(db, evaluation).status == "final"  # the original stays sealed
    assert stored(db, wizard.evaluation_id).revision_of_id == evaluation


def test_a_draft_finalised_elsewhere_cannot_be_saved(wizard, db, evaluation, shown):
    finalised_evaluation(db, evaluation)
    wizard.next()
    assert wizard.currentPage() is wizard.program_page
    assert "sudah final" in str(shown.errors[-1])


# Cancel --------------------------------------------------------------------------------------
def test_cancel_keeps_the_draft_when_answered_yes(wizard, db, evaluation, shown):
    discarded = []
    wizard.discarded.connect(discarded.append)
    go_to(wizard, wizard.targets_page)
    wizard.targets_page.model.setData(cell(wizard.targets_page, 0, "realisasi"), 60)
    shown.answer = QMessageBox.StandardButton.Yes
    wizard.reject()
    assert "baru dibuat ini dibuang" in shown.questions[-1]
    assert not wizard.isVisible() and discarded == []
    assert stored(db, evaluation).content.targets[0].realised == 60


def test_cancel_deletes_a_new_draft_when_answered_no(wizard, db, evaluation, shown):
    discarded = []
    wizard.discarded.connect(discarded.append)
    shown.answer = QMessageBox.StandardButton.No
    wizard.close()  # closing the window asks the same
    assert not wizard.isVisible() and discarded == [evaluation]
    with pytest.raises(NotFoundError):
        stored(db, evaluation)


def test_cancel_answered_batal_stays(wizard, db, evaluation, shown):
    shown.answer = QMessageBox.StandardButton.Cancel
    wizard.reject()
    assert wizard.isVisible() and stored(db, evaluation).status == "draft"


def test_deleting_a_resumed_draft_says_so(app, qtbot, wizard, db, evaluation, shown):
    wizard.next()  # saved once: from now on it is a draft someone may come back to
    wizard.done(0)
    again = open_wizard(qtbot, db, evaluation)
    shown.answer = QMessageBox.StandardButton.No
    again.reject()
    assert "DIHAPUS" in shown.questions[-1] and "sebelumnya" in shown.questions[-1]
    with pytest.raises(NotFoundError):
        stored(db, evaluation)


# Choosing the program ----------------------------------------------------------------------------
def choose(monkeypatch, pick: str | None):
    """Answer the chooser by typing `pick` into its filter (None: cancel)."""
    seen = {}

    def run(dialog):
        seen["all"] = [dialog.tree.topLevelItem(n).text(0) + " | " +
                       dialog.tree.topLevelItem(n).text(5)
                       for n in range(dialog.tree.topLevelItemCount())]
        if pick is None:
            return ProgramChooser.DialogCode.Rejected
        dialog.filter_edit.setText(pick)
        seen["visible"] = len(dialog.visible_items())
        return ProgramChooser.DialogCode.Accepted

    monkeypatch.setattr(ProgramChooser, "exec", run)
    return seen


def test_choose_a_program_then_resume_its_draft(app, db, program, shown, monkeypatch):
    other_official_program = ProgramService(db).all_programs()
    assert len(other_official_program) == 1
    seen = choose(monkeypatch, "anas")
    first = choose_program_and_start(db, None, today=lambda: TODAY)
    assert first is not None and seen["all"] == ["Anas Dwisatya | belum"]
    assert seen["visible"] == 1
    again = choose_program_and_start(db, None, today=lambda: TODAY)
    assert again == first and seen["all"] == ["Anas Dwisatya | lanjutkan draft"]
    seen = choose(monkeypatch, "tidak ada yang cocok")
    assert choose_program_and_start(db, None, today=lambda: TODAY) is None
    assert seen["visible"] == 0
    choose(monkeypatch, None)
    assert choose_program_and_start(db, None, today=lambda: TODAY) is None
    # From one official's window: only that official's programs.
    assert choose_program_and_start(db, None, official_id=-1, today=lambda: TODAY) is None
    assert "Belum ada program yang disepakati" in shown.information[-1]


def test_chooser_lists_only_agreed_programs(app, db, shown, monkeypatch):
    make_program(db, agree=False)
    choose(monkeypatch, "")
    assert choose_program_and_start(db, None, today=lambda: TODAY) is None
    assert "Belum ada program yang disepakati" in shown.information[-1]


def test_chooser_on_an_evaluated_program_offers_only_a_revision(app, db, program, evaluation,
                                                                  shown, monkeypatch):
    finalised_evaluation(db, evaluation)
    seen = choose(monkeypatch, "")
    shown.answer = QMessageBox.StandardButton.No
    assert choose_program_and_start(db, None, today=lambda: TODAY) is None
    assert "final: Cukup" in seen["all"][0]
    assert "sudah final (Cukup) dan tidak dapat diubah" in shown.questions[-1]
    assert len(EvaluationService(db).evaluations()) == 1  # nothing started
    shown.answer = QMessageBox.StandardButton.Yes  # a revision, with its reason
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Salah hitung", True)))
    revision = choose_program_and_start(db, None, today=lambda: TODAY)
    assert not shown.errors
    assert stored(db, revision).revision_of_id == evaluation
    assert stored(db, revision).revision_reason == "Salah hitung"
    # The revision is the program's draft now: choosing the program again resumes it.
    seen = choose(monkeypatch, "")
    assert choose_program_and_start(db, None, today=lambda: TODAY) == revision
    assert seen["all"] == ["Anas Dwisatya | lanjutkan draft (revisi)"]


def test_chooser_is_keyboard_usable(app, qtbot, db, program):
    make_program_two = ProgramService(db).all_programs()
    dialog = ProgramChooser(make_program_two, {}, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.filter_edit.hasFocus() or QApplication.focusWidget() in (None,
                                                                           dialog.filter_edit)
    qtbot.keyClicks(dialog.filter_edit, "kepala")
    assert dialog.chosen_program_id() == program
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    assert dialog.chosen_program_id() == program
    qtbot.keyClicks(dialog.filter_edit, " zzz")
    assert dialog.chosen_program_id() is None and not dialog.ok_button.isEnabled()


def test_the_evaluation_date_is_typed_and_a_wrong_one_keeps_next_grey(wizard, qtbot):
    # "21-07-2019" typed over the date was ignored and the old date was evaluated unseen.
    page = wizard.program_page
    wizard.activateWindow()
    edit = page.date_edit

    def type_date(text: str) -> None:
        qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)

    type_date("21-07-2019")
    assert page.day_label.text() == "Hari ke-38 dari 100, sisa 62 hari"
    assert next_button(wizard).isEnabled()
    type_date("21 Jly 2019")
    assert not next_button(wizard).isEnabled()
    assert "Tanggal evaluasi: Bulan 'jly' tidak dikenali" in html.unescape(page.problems.text())
    assert edit.lineEdit().text() == "21 Jly 2019"  # not replaced by the old date
    type_date("22 Jul 2019")
    assert next_button(wizard).isEnabled()
    assert page.content.date == date(2019, 7, 22)
