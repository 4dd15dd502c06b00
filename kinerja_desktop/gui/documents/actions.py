"""The documents' actions: handovers, batch printing, checking a printed document's code and
the scanned signatures."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog

from kinerja_desktop.gui.shared.features import FeatureActions, FeatureContext
from kinerja_desktop.gui.shared.formatting import format_date


class DocumentActions(FeatureActions):
    """Menu Pelantikan's Serah terima jabatan and Menu Evaluasi's printing, checking and
    signatures."""

    def __init__(self, context: FeatureContext):
        super().__init__(context)
        self.handover_action = self._action(self.tr("&Serah terima jabatan…"),
                                            self.open_handovers, name="handoverAction")
        self.batch_print_action = self._action(self.tr("Cetak &batch lembar evaluasi…"),
                                               self.print_batch, name="batchPrintAction")
        self.verify_action = self._action(self.tr("Periksa &dokumen…"), self.verify_document,
                                          QKeySequence("Ctrl+Shift+K"), "verifyAction")
        self.signatures_action = self._action(self.tr("&Tanda tangan pindaian…"),
                                              self.edit_signatures, name="signaturesAction")

    def open_handovers(self) -> None:
        from kinerja_desktop.gui.documents.handover_list import HandoverListDialog
        dialog = HandoverListDialog(self.context.db, self.window)
        dialog.print_requested.connect(
            lambda handover_id: self.print_document("serah_terima", handover_id, dialog))
        dialog.exec()

    def print_document(self, kind: str, subject_id: int, parent=None) -> None:
        from kinerja_desktop.gui.documents.printing import print_document
        print_document(parent or self.window, self.context.db, kind, subject_id)

    def print_batch(self) -> None:
        """All final evaluations, or an inauguration's, into one PDF or a folder."""
        from kinerja_desktop.gui.documents.printing import print_batch
        from kinerja_desktop.services.programs import ProgramService
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
