"""The documents' actions: handovers, batch printing, checking a printed document's code and
the scanned signatures."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.features import FeatureActions, FeatureContext
from kinerja_desktop.gui.shared.formatting import format_date


def _printing():
    from kinerja_desktop.gui.documents import printing
    return printing


class DocumentActions(FeatureActions):
    """Menu Pelantikan's Serah terima jabatan and Menu Evaluasi's printing, checking and
    signatures."""

    def __init__(self, context: FeatureContext):
        super().__init__(context)
        self.handover_action = self._action(self.tr("&Serah terima jabatan…"),
                                            self.open_handovers, name="handoverAction")
        self.print_evaluation_action = self._action(self.tr("&Cetak lembar evaluasi…"),
                                                    self.print_evaluation,
                                                    QKeySequence("Ctrl+Shift+P"),
                                                    "printEvaluationAction")
        self.batch_print_action = self._action(self.tr("Cetak &batch lembar evaluasi…"),
                                               self.print_batch, name="batchPrintAction")
        self.verify_action = self._action(self.tr("Periksa &dokumen…"), self.verify_document,
                                          QKeySequence("Ctrl+Shift+K"), "verifyAction")
        self.signatures_action = self._action(self.tr("&Tanda tangan pindaian…"),
                                              self.edit_signatures, name="signaturesAction")
        self.office_keys_action = self._action(self.tr("&Kunci kantor…"), self.edit_office_keys,
                                               name="officeKeysAction")
        self.office_keys_action.setStatusTip(self.tr(
            "Ekspor kunci publik kantor ini dan impor kunci kantor lain, untuk memeriksa kode "
            "QR dokumen cetakan tanpa basis data kantor penerbitnya"))

    def open_handovers(self) -> None:
        from kinerja_desktop.gui.documents.handover_list import HandoverListDialog
        dialog = HandoverListDialog(self.context.db, self.window)
        dialog.print_requested.connect(
            lambda handover_id: self.print_document("serah_terima", handover_id, dialog))
        # The Memori is the outgoing official's own document, printed apart from the minutes.
        dialog.memo_print_requested.connect(
            lambda handover_id: self.print_document("memori", handover_id, dialog))
        dialog.exec()

    def print_document(self, kind: str, subject_id: int, parent=None) -> None:
        from kinerja_desktop.gui.documents.printing import print_document
        print_document(parent or self.window, self.context.db, kind, subject_id)

    def print_evaluation(self) -> None:
        """One sheet: the selected official's latest final evaluation, else a choice of all
        final evaluations (newest first). Was reachable only from the target editor."""
        from kinerja_desktop.gui.shared.operations import attempt
        from kinerja_desktop.services.evaluations import EvaluationService
        found = attempt(self.window, lambda: EvaluationService(self.context.db).evaluations())
        if not found:
            return
        finals = sorted((r for r in found.value if r.final), key=lambda r: (r.date, r.id),
                        reverse=True)
        official_id = self.context.selected_official_id()
        own = [r for r in finals if r.official_id == official_id]
        title = self.tr("Cetak lembar evaluasi")
        if own:
            chosen = own[0]
        elif not finals:
            QMessageBox.information(self.window, title,
                                    self.tr("Belum ada evaluasi final untuk dicetak."))
            return
        else:
            labels = [self.tr("{0} — {1} — {2}").format(r.official_name, format_date(r.date),
                                                        domain_word(r.predicate))
                      for r in finals]
            choice, ok = QInputDialog.getItem(self.window, title,
                                              self.tr("Evaluasi final yang dicetak:"), labels,
                                              0, False)
            if not ok:
                return
            chosen = finals[labels.index(choice)]
        from kinerja_desktop.gui.documents.printing import print_document
        print_document(self.window, self.context.db, "evaluasi", chosen.id, False,
                       f"evaluasi - {chosen.official_name}.pdf")

    def print_batch(self) -> None:
        """All final evaluations, or an inauguration's, into one PDF or a folder."""
        from kinerja_desktop.gui.shared.operations import wait_off_ui_thread
        from kinerja_desktop.services.programs import ProgramService
        # The first print imports the documents' services (some 40 modules, a tenth of a
        # second: PySide6's import hook reads each one's source): not on the UI thread.
        print_batch = wait_off_ui_thread(_printing).print_batch
        days = ProgramService(self.context.db).inauguration_dates()
        labels = [self.tr("Semua evaluasi final")] + [
            self.tr("Pelantikan {0}").format(format_date(d)) for d in days]
        choice, ok = QInputDialog.getItem(self.window, self.tr("Cetak batch"),
                                          self.tr("Lembar evaluasi yang dicetak:"), labels, 0,
                                          False)
        if ok:
            index = labels.index(choice)
            print_batch(self.window, self.context.db, days[index - 1] if index else None)

    def verify_document(self) -> None:
        from kinerja_desktop.gui.documents.verify_dialog import VerifyDialog
        from kinerja_desktop.services.documents import DocumentService
        VerifyDialog(DocumentService(self.context.db), self.window).exec()

    def edit_signatures(self) -> None:
        from kinerja_desktop.gui.documents.signature_dialog import SignatureDialog
        SignatureDialog(self.context.db, self.window).exec()

    def edit_office_keys(self) -> None:
        from kinerja_desktop.gui.documents.office_keys_dialog import OfficeKeysDialog
        OfficeKeysDialog(self.context.db, self.window).exec()
