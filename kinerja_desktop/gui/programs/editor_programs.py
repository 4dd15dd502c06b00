"""The editor's Program menu: a program created, changed, deleted, agreed, evaluated, printed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.programs import ProgramRecord
from kinerja_desktop.domain.officials import OfficialRecord
from kinerja_desktop.gui.programs.editor_history import EditorHistory
from kinerja_desktop.gui.programs.program_commands import Snapshots
from kinerja_desktop.gui.programs.target_detail import TargetDetail
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.services.database import Database
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.roster import RosterService

# Literal translate("ProgramEditor", …) calls: lupdate files them under the window's own
# context, where they stood as its self.tr(), and reads a context in no other form.
translate = QCoreApplication.translate

STATUS_ACTIONS = {  # the next step's action text, by current status
    "draft": QT_TRANSLATE_NOOP("ProgramEditor", "Se&pakati program"),
    "disepakati": QT_TRANSLATE_NOOP("ProgramEditor", "Tandai sudah &dievaluasi"),
    "dievaluasi": QT_TRANSLATE_NOOP("ProgramEditor", "&Tutup program"),
}


class ProgramLifecycle(EditorHistory):
    """ProgramEditor's commands on the selected program as a whole, and the development
    priorities its targets refer to."""

    # ProgramEditor sets these up.
    db: Database
    official_id: int
    official: OfficialRecord
    programs: ProgramService
    roster: RosterService
    detail: TargetDetail

    def new_program(self) -> None:
        from kinerja_desktop.gui.programs.program_dialog import ProgramDialog
        dialog = ProgramDialog(self.programs, self.roster.get(self.official_id), self)
        if dialog.exec() != ProgramDialog.DialogCode.Accepted:
            return
        created = attempt(self, lambda: self.programs.create_program(
            dialog.appointment_id(), dialog.program_input(), dialog.copy_from()))
        if created:
            self.reload(select_program=created.value)

    def edit_program(self) -> None:
        program = self.current_program()
        if program is None or not program.editable:
            return
        from kinerja_desktop.gui.programs.program_dialog import ProgramDialog
        dialog = ProgramDialog(self.programs, self.roster.get(self.official_id), self, program)
        if dialog.exec() != ProgramDialog.DialogCode.Accepted:
            return
        new = dialog.program_input()
        seen = program.as_input()  # as the editor showed it when the dialog opened
        old = Snapshots()

        def do():
            old.value = self._asking_on_conflict(
                translate("ProgramEditor", "Program diubah orang lain"),
                lambda overwrite: self.programs.update_program(program.id, new, seen=seen,
                                                               overwrite=overwrite))
            return True

        # As for a target: undo and redo touch only this edit's fields.
        self._execute(translate("ProgramEditor", "Ubah program"), do,
                      lambda: self.programs.update_program(program.id, old.value, seen=new),
                      lambda: self.programs.update_program(program.id, new, seen=seen))

    def delete_program(self) -> None:
        program = self.current_program()
        if program is None:
            return
        answer = QMessageBox.question(
            self, translate("ProgramEditor", "Hapus program"),
            translate("ProgramEditor",
                      "Hapus \"{0}\" beserta {1} target, laporan progres dan bukti dukungnya? "
                      "Penghapusan program tidak dapat diurungkan.").format(
                program.display_title, program.target_count))
        if answer != QMessageBox.StandardButton.Yes or not attempt(
                self, lambda: self.programs.delete_program(program.id)):
            return
        self._forget_history(program.id)
        self.reload()

    def advance_status(self) -> None:
        program = self.current_program()
        if program is None or program.status not in STATUS_ACTIONS:
            return
        self.detail.save_texts()
        new = rules.STATUS_ORDER[rules.STATUS_ORDER.index(program.status) + 1]
        if new == "disepakati":
            question = translate("ProgramEditor", "Sepakati program ini? Target dan bobot akan "
                                                  "terkunci; progres tetap dapat dicatat.")
        else:
            question = translate("ProgramEditor", "Ubah status program menjadi {0}?").format(
                domain_word(rules.label(rules.STATUSES, new)))
        if QMessageBox.question(self, translate("ProgramEditor", "Ubah status"), question) != \
                QMessageBox.StandardButton.Yes:
            return
        self._change_status(program, new, "")

    def step_back(self) -> None:
        program = self.current_program()
        if program is None or program.status == "draft":
            return
        previous = rules.STATUS_ORDER[rules.STATUS_ORDER.index(program.status) - 1]
        reason, ok = QInputDialog.getMultiLineText(
            self, translate("ProgramEditor", "Kembalikan status"),
            translate("ProgramEditor",
                      "Alasan mengembalikan status ke {0} (wajib, disimpan dalam riwayat):")
            .format(domain_word(rules.label(rules.STATUSES, previous))))
        if ok:
            self._change_status(program, previous, reason)

    def _change_status(self, program: ProgramRecord, new: str, reason: str) -> None:
        if not attempt(self, lambda: self.programs.change_status(program.id, new, reason)):
            return
        # A status change is a recorded decision, not an edit: the edits before it can no
        # longer be undone (undoing them would silently change an agreed program).
        self._forget_history(program.id)
        self.status_message.setText(translate("ProgramEditor", "Status program: {0}.").format(
            domain_word(rules.label(rules.STATUSES, new))))
        self.reload()

    def evaluate(self) -> None:
        """The evaluation wizard for the selected (agreed) program."""
        program = self.current_program()
        if program is None or program.status == "draft":
            return
        self.detail.save_texts()
        from kinerja_desktop.gui.evaluation.evaluation_wizard import evaluate_program, show_wizard
        # An agreed program has no undo history (agreeing cleared it), so finalising, which
        # moves it to Dievaluasi, needs only a reload.
        show_wizard(evaluate_program(self.db, program.id, self, self.programs.today),
                    self.reload)

    def print_program(self, kind: str, save: bool = False) -> None:
        """The target agreement, or the program's latest evaluation sheet, as a PDF."""
        program = self.current_program()
        if program is None:
            return
        from kinerja_desktop.gui.documents.printing import print_document
        subject = program.id
        if kind == "evaluasi":
            from kinerja_desktop.services.evaluations import EvaluationService
            records = EvaluationService(self.db).evaluations(program_id=program.id)
            if not records:
                QMessageBox.information(
                    self, translate("ProgramEditor", "Cetak lembar evaluasi"),
                    translate("ProgramEditor", "Program ini belum dievaluasi."))
                return
            subject = max(records, key=lambda r: (r.final, r.id)).id
        name = "perjanjian kinerja" if kind == "kesepakatan" else "evaluasi"
        print_document(self, self.db, kind, subject, save,
                       f"{name} - {self.official.name}.pdf")

    def edit_priorities(self) -> None:
        from kinerja_desktop.gui.programs.priorities_dialog import PrioritiesDialog
        PrioritiesDialog(self.programs, self).exec()
        self.reload()
