"""The editor's progress reports and evidence files: recorded, attached, opened, saved, deleted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kinerja_desktop.domain import programs as rules
from kinerja_desktop.domain.evidence import FILE_DIALOG_FILTER
from kinerja_desktop.errors import InputFileError, os_reason
from kinerja_desktop.gui.programs.editor_history import EditorHistory
from kinerja_desktop.gui.programs.program_commands import Snapshots
from kinerja_desktop.gui.shared.evidence import open_evidence
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.services.programs import ProgramService
from kinerja_desktop.services.progress import (ProgressService, copy_path, openable_evidence,
                                                read_evidence)

# Literal translate("ProgramEditor", …) calls: lupdate files them under the window's own
# context, where they stood as its self.tr(), and reads a context in no other form.
translate = QCoreApplication.translate


class ProgressAndEvidence(EditorHistory):
    """ProgramEditor's progress reports of the selected target and their evidence files."""

    # ProgramEditor sets these up.
    programs: ProgramService
    progress: ProgressService
    current_target_id: Callable[[], int | None]

    def add_progress(self) -> None:
        program = self.current_program()
        target_id = self.current_target_id()
        if program is None or target_id is None or not rules.progress_allowed(program.status):
            return
        from kinerja_desktop.gui.programs.progress_dialog import ProgressDialog
        dialog = ProgressDialog(self.programs.target(target_id), program, self.programs.today(),
                                self)
        if dialog.exec() != ProgressDialog.DialogCode.Accepted:
            return
        data, files = dialog.progress_input(), dialog.files()
        created, holder = Snapshots(), Snapshots()

        def do():
            created.value = self.progress.add_report(target_id, data, files)
            return created.value

        def undo():
            holder.value = self.progress.delete_report(created.value)

        self._execute(translate("ProgramEditor", "Catat progres"), do, undo,
                      lambda: self.progress.restore(holder.value))

    def delete_progress(self, progress_id: int) -> None:
        if QMessageBox.question(
                self, translate("ProgramEditor", "Hapus progres"),
                translate("ProgramEditor", "Hapus laporan progres ini beserta berkas buktinya? "
                                           "(Dapat diurungkan dengan Ctrl+Z.)")) != \
                QMessageBox.StandardButton.Yes:
            return
        holder = Snapshots()

        def do():
            holder.value = self.progress.delete_report(progress_id)
            return True

        self._execute(translate("ProgramEditor", "Hapus progres"), do,
                      lambda: self.progress.restore(holder.value), do)

    def add_files(self, progress_id: int) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("ProgramEditor", "Lampirkan bukti dukung"), "", FILE_DIALOG_FILTER)
        if paths:
            self.attach_paths(progress_id, paths)

    def attach_paths(self, progress_id: int, paths: list[str]) -> None:
        read = attempt(self, lambda: [read_evidence(path) for path in paths])
        if not read:
            return
        files = read.value
        created, holders = Snapshots([]), Snapshots([])

        def do():
            created.value = self.progress.add_files(progress_id, files)
            return created.value

        def undo():
            holders.value = [self.progress.delete_file(a) for a in created.value]

        def redo():
            for snapshot in holders.value:
                self.progress.restore(snapshot)

        self._execute(translate("ProgramEditor", "Lampirkan {0} berkas").format(len(files)), do,
                      undo, redo)

    def delete_file(self, attachment_id: int) -> None:
        if QMessageBox.question(
                self, translate("ProgramEditor", "Hapus berkas"),
                translate("ProgramEditor", "Hapus berkas bukti ini dari basis data? (Dapat "
                                           "diurungkan dengan Ctrl+Z.)")) != \
                QMessageBox.StandardButton.Yes:
            return
        holder = Snapshots()

        def do():
            holder.value = self.progress.delete_file(attachment_id)
            return True

        self._execute(translate("ProgramEditor", "Hapus berkas bukti"), do,
                      lambda: self.progress.restore(holder.value), do)

    def open_file(self, attachment_id: int) -> None:
        """Write the file to a folder of the app's own and open it with its usual program."""
        open_evidence(self, self.progress, attachment_id)

    def save_file(self, attachment_id: int) -> None:
        """Save a copy under its clean name; a file that is not an allowed document (a program
        arrived by a merge, say) is refused with a message, and the copy always keeps the
        document's extension."""
        found = attempt(self, lambda: openable_evidence(self.progress.evidence(attachment_id)))
        if not found:
            return
        evidence = found.value
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("ProgramEditor", "Simpan salinan bukti"), evidence.filename)
        if not chosen:
            return
        path = copy_path(chosen, evidence)

        def write() -> None:
            try:
                Path(path).write_bytes(evidence.content)
            except OSError as exc:  # the user's folder: a plain message, not a bug
                raise InputFileError(
                    translate("ProgramEditor", "Berkas '{0}' tidak dapat ditulis: {1}.")
                    .format(path, os_reason(exc))) from exc

        attempt(self, write)
