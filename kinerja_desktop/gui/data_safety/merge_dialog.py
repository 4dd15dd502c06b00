"""'Gabungkan data PC lain': a dry run first (what would be added, taken, kept, and the
conflicts), the user decides each conflict, then one transaction after an automatic backup.
Both run off the UI thread with their steps shown; either may be cancelled until the merge
commits, which leaves this database as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.list_model import ListTableModel
from kinerja_desktop.gui.shared.operations import Operation, Work, may_close
from kinerja_desktop.services.database import Database


class CountsModel(ListTableModel[tuple]):
    """Per table: added, taken from the other PC, kept, conflicts, deleted."""

    HEADERS = (QT_TRANSLATE_NOOP("CountsModel", "Tabel"),
               QT_TRANSLATE_NOOP("CountsModel", "Baru"),
               QT_TRANSLATE_NOOP("CountsModel", "Diambil dari PC lain"),
               QT_TRANSLATE_NOOP("CountsModel", "Versi PC ini dipertahankan"),
               QT_TRANSLATE_NOOP("CountsModel", "Konflik"),
               QT_TRANSLATE_NOOP("CountsModel", "Dihapus"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.item(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(row[index.column()])


class MergeDialog(QDialog):
    """Choose another PC's backup, see the dry run, decide conflicts, merge."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Gabungkan data PC lain"))
        self.db = db
        self.plan = None
        self.passphrase: str | None = None
        intro = QLabel(self.tr("Data dari cadangan PC lain ditambahkan ke basis data ini (tidak "
                               "menggantinya). Periksa dulu hasil uji coba; basis data ini "
                               "dicadangkan otomatis sebelum digabung."), self)
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("fileEdit")
        # An unlabelled empty box said nothing of what goes in it.
        self.file_edit.setPlaceholderText(self.tr("berkas .kinerja dari PC lain, mis. di "
                                                  "flashdisk"))
        file_label = QLabel(self.tr("&Berkas cadangan:"), self)
        file_label.setBuddy(self.file_edit)
        browse = QPushButton(self.tr("&Pilih berkas…"), self)
        browse.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self.tr("&Uji coba"), self)
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.check_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        self.counts = CountsModel(self)
        self.counts_view = QTableView(self)
        self.counts_view.setModel(self.counts)
        self.counts_view.verticalHeader().setVisible(False)
        self.counts_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.counts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts = QListWidget(self)
        self.conflicts.setObjectName("conflictList")
        self.conflicts.setWordWrap(True)
        self.conflicts.setAlternatingRowColors(True)  # multi-line entries: where one ends
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(self.tr("&Gabungkan"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts_view, 2)
        layout.addWidget(QLabel(self.tr("Konflik (berubah di kedua PC). Centang untuk memakai "
                                        "versi PC lain; tanpa centang versi PC ini "
                                        "dipertahankan:"), self))
        layout.addWidget(self.conflicts, 2)
        layout.addWidget(self.buttons)
        self.file_edit.textChanged.connect(self._file_changed)
        self._file_changed()
        self.resize(760, 560)

    def _file_changed(self) -> None:
        self.plan = None
        self.counts.set_items([])
        self.conflicts.clear()
        self.summary.setText("")
        self.check_button.setEnabled(bool(self.file_edit.text().strip()))
        self.merge_button.setEnabled(False)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Cadangan PC lain"), "",
                                              self.tr("Cadangan Kinerja (*.kinerja *.enc)"))
        if path:
            self.file_edit.setText(path)

    def _file(self) -> Path:
        return Path(self.file_edit.text().strip())

    def _ask_passphrase(self) -> bool:
        from kinerja_desktop.services.restore import needs_passphrase
        self.passphrase = None
        if not needs_passphrase(self._file()):
            return True
        from kinerja_desktop.gui.data_safety.passphrase import ask_passphrase
        self.passphrase = ask_passphrase(self, self.windowTitle(), self._file())
        return self.passphrase is not None

    def _run(self, work: Work, done, label: str) -> None:
        """Off the UI thread (each database call names its database, so the worker's merge
        and the window's reads never mix); the buttons wait until it ended."""
        self.check_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        (Operation(self, work, db=self.db)
         .with_progress(label + "\n" + self.tr("(Batal: basis data ini tetap seperti semula.)"),
                        cancellable=True)
         .finished(self._update_buttons)
         .success(done)
         .cancelled(self._cancelled)
         .busy_cursor()
         .run_in_background())

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(bool(self.file_edit.text().strip()))
        self.merge_button.setEnabled(self.plan is not None and not self.plan.applied and bool(
            self.plan.changes or self.plan.conflicts))

    def _cancelled(self, exc: OperationCancelled) -> None:
        self.summary.setText(str(exc))

    def check(self) -> None:
        """The dry run: nothing is written."""
        if not self._ask_passphrase():
            return
        from kinerja_desktop.services.merge import plan_merge
        db, path, passphrase = self.db, self._file(), self.passphrase
        self.plan = None
        self._run(lambda ctx: plan_merge(db, path, passphrase, progress=ctx.progress,
                                         cancelled=ctx.cancelled),
                  self.show_plan, self.tr("Uji coba penggabungan (belum ada yang ditulis)…"))

    def show_plan(self, plan) -> None:
        from kinerja_desktop.services.merge import TABLE_NAMES
        from kinerja_desktop.services.merge_labels import conflict_text
        self.plan = plan
        # The core's Indonesian names ("pejabat", "jabatan"), not the tables' ("official").
        rows = [(TABLE_NAMES.get(table, table), c.added, c.updated, c.kept, c.conflicts,
                 c.deleted)
                for table, c in plan.counts.items()
                if c.added or c.updated or c.kept or c.conflicts or c.deleted]
        self.counts.set_items(rows)
        self.conflicts.clear()
        for conflict in plan.conflicts:
            # Plain words from the service (the core has no translations): the record's
            # name, each field's label and both values; never a UUID or a column name.
            item = QListWidgetItem(conflict_text(conflict), self.conflicts)
            item.setData(Qt.ItemDataRole.UserRole, conflict.uuid)
            # Only what keep_theirs can settle gets a check box; the rest (a final
            # evaluation, a unique clash …) stays readable, and stays ours.
            if conflict.decidable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Centang untuk memakai versi PC lain"))
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        from kinerja_desktop.services.merge import advice
        summary = self.tr("Uji coba: {0} perubahan, {1} konflik. Belum ada yang ditulis."
                          ).format(plan.changes, len(plan.conflicts))
        # The advice is the service's Indonesian text: the core has no translations.
        self.summary.setText(" ".join([summary, *advice(plan)]))
        self.merge_button.setEnabled(bool(plan.changes or plan.conflicts))

    def keep_theirs(self) -> set[str]:
        chosen = set()
        for index in range(self.conflicts.count()):
            item = self.conflicts.item(index)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and \
                    item.checkState() == Qt.CheckState.Checked:
                chosen.add(item.data(Qt.ItemDataRole.UserRole))
        return chosen

    def confirmation_text(self, chosen: int) -> str:
        """The last question: what the merge will change, in counts."""
        assert self.plan is not None
        counts = self.plan.counts.values()
        added = sum(c.added for c in counts)
        updated = sum(c.updated for c in counts)
        deleted = sum(c.deleted for c in counts)
        kept = sum(1 for c in self.plan.conflicts) - chosen
        text = self.tr("{0} data baru, {1} diperbarui, {2} konflik memakai versi PC lain, "
                       "{3} konflik tetap versi PC ini, {4} dihapus.").format(
            added, updated, chosen, kept, deleted)
        return text + "\n\n" + self.tr("Basis data ini dicadangkan otomatis lebih dulu. "
                                         "Gabungkan sekarang?")

    def _confirm(self, chosen: int) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), self.confirmation_text(chosen),
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def merge(self) -> None:
        if self.plan is None:
            return
        from kinerja_desktop.services.merge import apply_merge
        db, path, passphrase = self.db, self._file(), self.passphrase
        theirs = self.keep_theirs()
        if not self._confirm(len(theirs)):
            return

        def done(plan) -> None:
            self.plan = plan
            self.summary.setText(self.tr("Digabung: {0} perubahan. Cadangan sebelum-gabung: {1}")
                                 .format(plan.changes, plan.backup or "-"))
            self.accept()

        self._run(lambda ctx: apply_merge(db, path, passphrase, theirs, progress=ctx.progress,
                                          cancelled=ctx.cancelled),
                  done, self.tr("Menggabungkan data PC lain…"))

    def reject(self) -> None:  # Esc, Tutup and the window's close button
        if may_close(self):  # a running merge is cancelled first (asked), then closes
            super().reject()
