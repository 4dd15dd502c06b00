"""The evaluation wizard: program, targets, behaviour, summary, evaluators, save or finalise.

Every Next saves the draft (a crash loses at most the page being filled in); Back and Next
keep everything, because the pages edit one working copy of the evaluation. A final
evaluation is never opened for editing: open_evaluation_wizard() offers a revision instead.

The main window calls:
    start_evaluation(db, parent, official_id=None)  -> EvaluationWizard | None  (choose, start)
    open_evaluation_wizard(db, evaluation_id, parent) -> EvaluationWizard | None  (resume/revise)
and shows the wizard it gets (show() or exec()); the wizard's signals saved(int),
finalised(int) and discarded(int) carry the evaluation id.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import fields
from datetime import date, UTC
from html import escape
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget, QWizard)

from kinerja_desktop import APP_NAME
from kinerja_desktop.domain.evaluations import EvaluationContent, EvaluationResult
from kinerja_desktop.domain.periods import kind_label
from kinerja_desktop.domain.programs import STATUSES, ProgramRecord, label
from kinerja_desktop.errors import KinerjaError, StaleSaveError, ValidationError
from kinerja_desktop.gui.evaluation.evaluation_behaviour_page import BehaviourPage
from kinerja_desktop.gui.evaluation.evaluation_evaluators_page import EvaluatorsPage
from kinerja_desktop.gui.evaluation.evaluation_finalise import confirm_early, offer_print
from kinerja_desktop.gui.evaluation.evaluation_pages import (EvaluationPage, FinishPage,
                                                             ProgramPage, SummaryPage, TargetsPage)
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.evidence import open_evidence
from kinerja_desktop.gui.shared.operations import Operation, attempt
from kinerja_desktop.gui.shared.stale_save import ask_about_stale_save
from kinerja_desktop.services.evaluations import EvaluationRecord, EvaluationService
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import ProgressService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.database import Database


class FinalEvaluationError(KinerjaError):
    """A final evaluation was opened for editing; only a revision may change it."""


class EvaluationWizard(QWizard):
    """Fill in, save and finalise one draft evaluation."""

    saved = Signal(int)  # the draft was saved (every Next, and Finish as draft)
    finalised = Signal(int)
    discarded = Signal(int)  # the draft was deleted on Cancel

    def __init__(self, db: Database, evaluation_id: int, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today):
        service = EvaluationService(db, today)
        record = service.get(evaluation_id)
        if record.final:  # refused before any window exists
            raise FinalEvaluationError(QCoreApplication.translate(
                "EvaluationWizard", "Evaluasi ini sudah final dan tidak dapat diubah. Untuk "
                                    "memperbaikinya, buat revisi dengan alasan tertulis."))
        super().__init__(parent)
        self.setObjectName("evaluationWizard")
        self.db = db
        self.evaluation_id = evaluation_id
        self.service = service
        self.progress = ProgressService(db, today)
        self.record: EvaluationRecord = record
        self.settings = record.content.scoring_settings(service.settings())
        self.content = copy.deepcopy(record.content)
        # The draft as last read or saved: what another evaluator saves meanwhile is merged
        # in, not overwritten (services/evaluations.save_draft's `seen`).
        self.seen = copy.deepcopy(record.content)
        self.signatories = RosterService(db).signatories()
        self.resumed = any(a.action == "simpan_draft" and a.entity_uuid == record.uuid
                           for a in service.audit_trail(evaluation_id))
        self.original = service.get(record.revision_of_id) if record.revision_of_id else None
        self._finished = False

        self.setWindowTitle(self.tr("Evaluasi Kinerja — {0} — {1}").format(
            record.official_name, APP_NAME))
        # Chosen, not left to the platform: Windows' default (Aero, with DWM composition on)
        # draws into the native title bar, so the pages would look different there than
        # everywhere else, and on a window without a native handle (offscreen) Qt warns
        # "Failed to obtain HWND for wizard". The first-run wizard is Classic too.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.resize(960, 680)
        self.program_page = ProgramPage(self)
        self.targets_page = TargetsPage(self)
        self.behaviour_page = BehaviourPage(self)
        self.summary_page = SummaryPage(self)
        self.evaluators_page = EvaluatorsPage(self)
        self.finish_page = FinishPage(self)
        for page in (self.program_page, self.targets_page, self.behaviour_page,
                     self.summary_page, self.evaluators_page, self.finish_page):
            self.addPage(page)

    # What the pages use ---------------------------------------------------------------------
    def state_text(self) -> str:
        lines = []
        if self.original is not None:
            lines.append(escape(self.tr("Revisi dari evaluasi final tanggal {0} ({1}).").format(
                format_date(self.original.date), domain_word(self.original.predicate))))
            lines.append(self.tr("Alasan revisi: <b>{0}</b>").format(
                escape(self.record.revision_reason)))
        if self.resumed:
            saved = self.record.modified_at
            if saved.tzinfo is None:
                saved = saved.replace(tzinfo=UTC)
            lines.append(escape(self.tr("Melanjutkan draft yang tersimpan (terakhir disimpan "
                                        "{0}).").format(format_date(saved.astimezone().date()))))
        elif self.original is None:
            lines.append(escape(self.tr("Draft baru: realisasi diisi dari laporan progres "
                                        "terakhir; setiap \"Berikutnya\" menyimpan draft.")))
        return "<br>".join(lines)

    def preview(self) -> tuple[EvaluationResult | None, str]:
        """The result as the content stands, or why it cannot be computed yet."""
        try:
            return self.service.preview(self.content), ""
        except ValidationError as exc:
            return None, " ".join(p.message for p in exc.problems if p.is_error)
        except (KinerjaError, ArithmeticError) as exc:
            return None, str(exc)

    def evaluator_choices(self) -> list[tuple[int, str]]:
        """(signatory id, "name — title") of everyone who may evaluate, those already chosen
        included even if no longer active."""
        choices = [(s.id, f"{s.name} — {s.title}") for s in self.signatories]
        known = {s.id for s in self.signatories}
        for e in self.content.evaluators:
            if e.signatory_id is not None and e.signatory_id not in known:
                name = f"{e.snapshot.name} — {e.snapshot.title}" if e.snapshot else self.tr(
                    "Penandatangan #{0} (tidak aktif)").format(e.signatory_id)
                choices.append((e.signatory_id, name))
                known.add(e.signatory_id)
        return choices

    def evidence_by_target(self) -> dict[int, list]:
        """target id -> [(report date, attachment)] of the evidence files stored for it."""
        files: dict[int, list] = defaultdict(list)
        for target in self.content.targets:
            if target.target_id is None:
                continue
            try:
                reports = self.progress.reports(target.target_id)
            except KinerjaError:
                continue
            for report in reports:
                files[target.target_id] += [(report.date, a) for a in report.attachments]
        return dict(files)

    def open_evidence(self, attachment_id: int) -> None:
        """Write the file to the app's own folder and open it with its usual program."""
        open_evidence(self, self.progress, attachment_id)

    # Saving -----------------------------------------------------------------------------------
    def save(self, step: str) -> bool:
        """Save the working copy as the draft; a refusal is shown and the page stays."""
        if not self._write(lambda overwrite: self.service.save_draft(
                self.evaluation_id, self.content, step, seen=self.seen, overwrite=overwrite)):
            return False
        self.saved.emit(self.evaluation_id)
        return True

    def _write(self, save: Callable[[bool], object]) -> bool:
        """save(overwrite=False), then show what was written (another evaluator's entries
        merged in). When they changed the same item since, the user chooses: Simpan writes
        this wizard's values over theirs, Buang loads the stored draft, Batal goes back to
        the entries; the page stays for both."""
        outcome = Operation(self, lambda _context: save(False)).expect(StaleSaveError).run_now()
        if not outcome:
            if not isinstance(outcome.error, StaleSaveError):
                return False  # shown already
            choice = ask_about_stale_save(self, self.tr("Evaluasi diubah penilai lain"),
                                          outcome.error, back_to_entries=True)
            if choice == QMessageBox.StandardButton.Discard:
                self._adopt(self.service.get(self.evaluation_id).content)
                page = self.currentPage()
                if isinstance(page, EvaluationPage):
                    page.initializePage()
            if choice != QMessageBox.StandardButton.Save or not attempt(self,
                                                                        lambda: save(True)):
                return False
        if self.service.saved_content is not None:
            self._adopt(self.service.saved_content)
        return True

    def _adopt(self, content: EvaluationContent) -> None:
        """Show `content` (as stored): the working copy takes its values in place, lists and
        dicts included, since the pages and their models hold those objects."""
        self.seen = copy.deepcopy(content)
        for name in (f.name for f in fields(content)):
            value, held = copy.deepcopy(getattr(content, name)), getattr(self.content, name)
            if value == held:
                continue
            if isinstance(held, list) and isinstance(value, list):
                held[:] = value
            elif isinstance(held, dict) and isinstance(value, dict):
                held.clear()
                held.update(value)
            else:
                setattr(self.content, name, value)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name (Next and Finish)
        page = self.currentPage()
        if isinstance(page, EvaluationPage) and not page.isComplete():
            page.refresh()
            return False
        if page is self.finish_page:
            return self._finish()
        return self.save(page.step if isinstance(page, EvaluationPage) else "")

    def _finish(self) -> bool:
        if not self.finish_page.finalising():
            self._finished = self.save(self.finish_page.step)
            return self._finished
        if not confirm_early(self, self.record, self.content.date):
            return False
        answer = QMessageBox.question(
            self, self.tr("Finalkan evaluasi"),
            self.tr("Finalkan evaluasi {0}? Setelah final, evaluasi tidak dapat diubah; "
                    "koreksi hanya melalui revisi dengan alasan tertulis.").format(
                self.record.official_name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not self._write(lambda overwrite: self.service.finalise(
                self.evaluation_id, self.content, seen=self.seen, overwrite=overwrite)):
            return False
        self._finished = True
        self.finalised.emit(self.evaluation_id)
        offer_print(self, self.db, self.record)
        return True

    def reject(self) -> None:
        """Cancel, Esc or closing: keep the draft, delete it, or go back to the wizard."""
        if self._finished:
            super().reject()
            return
        if self.resumed or self.original is not None:
            text = self.tr("Simpan draft evaluasi?\n\nYa: draft tetap tersimpan dan dapat "
                           "dilanjutkan nanti.\nTidak: draft ini DIHAPUS seluruhnya, termasuk "
                           "isian yang disimpan sebelumnya{0}.\nBatal: kembali ke wizard.").format(
                self.tr(" dan alasan revisinya") if self.original is not None else "")
        else:
            text = self.tr("Simpan draft evaluasi?\n\nYa: draft tersimpan dan dapat dilanjutkan "
                           "nanti.\nTidak: draft yang baru dibuat ini dibuang.\nBatal: kembali "
                           "ke wizard.")
        answer = QMessageBox.question(
            self, self.tr("Tutup evaluasi"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            page = self.currentPage()
            if isinstance(page, EvaluationPage) and page.isComplete():
                self.save(page.step)  # what this page holds too; the rest is saved already
        elif answer == QMessageBox.StandardButton.No:
            if not attempt(self, lambda: self.service.delete_draft(self.evaluation_id)):
                return
            self.discarded.emit(self.evaluation_id)
        else:
            return
        self._finished = True
        super().reject()


# Choosing the program ----------------------------------------------------------------------------
class ProgramChooser(QDialog):
    """The agreed programs with their evaluations; type to filter, Enter to choose."""

    def __init__(self, programs: list[ProgramRecord],
                 evaluations: dict[int, list[EvaluationRecord]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("programChooser")
        self.setWindowTitle(self.tr("Pilih program yang dievaluasi"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("programFilter")
        self.filter_edit.setPlaceholderText(self.tr("Ketik nama, NIP atau jabatan…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("programList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Pejabat"), self.tr("Jabatan"), self.tr("Jenis"),
                                   self.tr("Masa"), self.tr("Status"), self.tr("Evaluasi")])
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(self.tr("Program"))
        for program in programs:
            item = QTreeWidgetItem([
                program.official_name, program.post_title, domain_word(kind_label(program.kind)),
                f"{format_date(program.start_date)} – {format_date(program.end_date)}",
                domain_word(label(STATUSES, program.status)),
                self._evaluation_text(evaluations.get(program.id, []))])
            item.setData(0, Qt.ItemDataRole.UserRole, program.id)
            item.setData(1, Qt.ItemDataRole.UserRole,
                         " ".join([program.official_name, program.nip, program.post_title,
                                   program.unit_name]).casefold())
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        label_ = QLabel(self.tr("&Cari:"), self)
        label_.setBuddy(self.filter_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Evaluasi"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label_)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.installEventFilter(self)
        self.tree.itemActivated.connect(lambda *_: self.accept())
        self.tree.currentItemChanged.connect(self._update_ok)
        self.apply_filter("")
        self.filter_edit.setFocus()

    def _evaluation_text(self, records: list[EvaluationRecord]) -> str:
        drafts = [r for r in records if not r.final]
        finals = [r for r in records if r.final]
        if drafts:
            return self.tr("lanjutkan draft") + (self.tr(" (revisi)")
                                                 if drafts[-1].revision_of_id else "")
        if finals:
            return self.tr("final: {0}").format(domain_word(finals[-1].predicate))
        return self.tr("belum")

    def _items(self) -> list[QTreeWidgetItem]:
        items = [self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount())]
        return [item for item in items if item is not None]  # None only past the end

    def visible_items(self) -> list[QTreeWidgetItem]:
        return [item for item in self._items() if not item.isHidden()]

    def apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            haystack = item.data(1, Qt.ItemDataRole.UserRole)
            item.setHidden(not all(w in haystack for w in words))
        current = self.tree.currentItem()
        if current is None or current.isHidden():
            shown = self.visible_items()
            first = shown[0] if shown else None
            self.tree.setCurrentItem(first)  # type: ignore[arg-type]  # Qt takes null: none current
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        current = self.tree.currentItem()
        self.ok_button.setEnabled(current is not None and not current.isHidden())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Up/Down in the search box move through the list, as in a combo box."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown,
                                Qt.Key.Key_PageUp):
            QCoreApplication.sendEvent(self.tree, event)
            return True
        return super().eventFilter(watched, event)

    def chosen_program_id(self) -> int | None:
        current = self.tree.currentItem()
        if current is None or current.isHidden():
            return None
        return current.data(0, Qt.ItemDataRole.UserRole)

    def accept(self) -> None:
        if self.chosen_program_id() is not None:
            super().accept()


def _offer_revision(service: EvaluationService, record: EvaluationRecord,
                    parent: QWidget | None) -> int | None:
    """A final evaluation cannot be edited: say so, and offer a revision with a reason."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("EvaluationWizard", "Evaluasi sudah final"),
        QCoreApplication.translate(
            "EvaluationWizard", "Evaluasi {0} tanggal {1} sudah final ({2}) dan tidak dapat "
                                "diubah.\n\nBuat revisi dengan alasan tertulis?").format(
            record.official_name, format_date(record.date), domain_word(record.predicate)))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return _revise(service, record.id, parent)


def _revise(service: EvaluationService, evaluation_id: int, parent: QWidget | None) -> int | None:
    reason, ok = QInputDialog.getMultiLineText(
        parent, QCoreApplication.translate("EvaluationWizard", "Buat revisi"),
        QCoreApplication.translate("EvaluationWizard", "Alasan revisi (wajib, disimpan dalam "
                                                       "riwayat evaluasi):"))
    if not ok:
        return None
    return attempt(parent, lambda: service.revise(evaluation_id, reason)).value


def choose_program_and_start(db: Database, parent: QWidget | None = None,
                             official_id: int | None = None,
                             today: Callable[[], date] = date.today) -> int | None:
    """Let the user choose an agreed program, then start (or resume) its evaluation.
    Returns the draft evaluation's id, or None when nothing was started."""
    service = EvaluationService(db, today)
    evaluations: dict[int, list[EvaluationRecord]] = defaultdict(list)

    def read() -> list[ProgramRecord]:
        programs = [p for p in ProgramService(db, today).all_programs()
                    if p.status != "draft" and (official_id is None or
                                                p.official_id == official_id)]
        for record in service.evaluations():
            evaluations[record.program_id].append(record)
        return programs

    found = attempt(parent, read)
    if not found:
        return None
    programs = found.value
    if not programs:
        QMessageBox.information(
            parent, QCoreApplication.translate("EvaluationWizard", "Evaluasi"),
            QCoreApplication.translate("EvaluationWizard", "Belum ada program yang disepakati. "
                                                           "Sepakati target dan bobot sebuah "
                                                           "program dahulu, baru program itu "
                                                           "dapat dievaluasi."))
        return None
    dialog = ProgramChooser(programs, evaluations, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    program_id = dialog.chosen_program_id() if accepted else None
    dialog.deleteLater()
    if program_id is None:
        return None
    records = evaluations.get(program_id, [])
    finals = [r for r in records if r.final]
    if finals and all(r.final for r in records):
        # Evaluated already: a correction is a revision of the latest final evaluation.
        return _offer_revision(service, max(finals, key=lambda r: r.id), parent)
    return attempt(parent, lambda: service.start(program_id)).value


def open_evaluation_wizard(db: Database, evaluation_id: int, parent: QWidget | None = None,
                           today: Callable[[], date] = date.today) -> EvaluationWizard | None:
    """The wizard on a draft; a final evaluation is refused with the offer of a revision."""
    service = EvaluationService(db, today)
    found = attempt(parent, lambda: service.get(evaluation_id))
    if not found:
        return None
    if found.value.final:
        revision = _offer_revision(service, found.value, parent)
        if revision is None:
            return None
        evaluation_id = revision
    return attempt(parent, lambda: EvaluationWizard(db, evaluation_id, parent, today)).value


def start_evaluation(db: Database, parent: QWidget | None = None,
                     official_id: int | None = None,
                     today: Callable[[], date] = date.today) -> EvaluationWizard | None:
    """Choose a program and open the wizard on its (new or resumed) draft."""
    evaluation_id = choose_program_and_start(db, parent, official_id, today)
    if evaluation_id is None:
        return None
    return open_evaluation_wizard(db, evaluation_id, parent, today)


def evaluate_program(db: Database, program_id: int, parent: QWidget | None = None,
                     today: Callable[[], date] = date.today) -> EvaluationWizard | None:
    """The wizard for one program: its open draft, else a revision of its final evaluation
    (offered, with a reason), else a new draft."""
    service = EvaluationService(db, today)
    found = attempt(parent, lambda: service.evaluations(program_id=program_id))
    if not found:
        return None
    records = found.value
    drafts = [r for r in records if not r.final]
    if drafts:
        return open_evaluation_wizard(db, drafts[-1].id, parent, today)
    if records:
        return open_evaluation_wizard(db, max(r.id for r in records), parent, today)
    started = attempt(parent, lambda: service.start(program_id))
    if not started:
        return None
    return open_evaluation_wizard(db, started.value, parent, today)


def show_wizard(wizard: EvaluationWizard | None, after: Callable[[], None] | None = None) -> None:
    """Show a wizard as its own window, deleted when closed; `after` runs when it closes."""
    if wizard is None:
        return
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setWindowModality(Qt.WindowModality.ApplicationModal)
    if after is not None:
        wizard.finished.connect(lambda _result: after())
    wizard.show()
    wizard.raise_()
