"""The editor's Target menu: targets added, changed, moved, deleted, copied and templated."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMessageBox, QTableView

from kinerja_desktop.domain.programs import TargetInput
from kinerja_desktop.gui.programs.editor_history import EditorHistory
from kinerja_desktop.gui.programs.program_commands import Snapshots
from kinerja_desktop.gui.programs.target_model import COLUMN, TargetModel
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.services.programs import ProgramService

# Literal translate("ProgramEditor", …) calls: lupdate files them under the window's own
# context, where they stood as its self.tr(), and reads a context in no other form.
translate = QCoreApplication.translate


class TargetEdits(EditorHistory):
    """ProgramEditor's changes to the selected program's targets."""

    # ProgramEditor sets these up.
    programs: ProgramService
    model: TargetModel
    table: QTableView
    current_target_id: Callable[[], int | None]

    def _save_target(self, target_id: int, data: TargetInput, text: str) -> bool:
        # What the editor showed before this edit: only the fields changed since are written,
        # and a colleague's change to the same field is a question, not overwritten.
        row = self.model.row_of(target_id)
        shown = self.model.target(row) if row is not None else None
        seen = shown.data if shown is not None and shown.id == target_id else None
        old = Snapshots()

        def do():
            old.value = self._asking_on_conflict(
                translate("ProgramEditor", "Target diubah orang lain"),
                lambda overwrite: self.programs.update_target(target_id, data, seen=seen,
                                                              overwrite=overwrite))
            return True

        # Undo puts back only what this edit changed, redo makes only this edit again: a
        # colleague's change to another field in between stays.
        result = self._execute(
            text, do, lambda: self.programs.update_target(target_id, old.value, seen=data),
            lambda: self.programs.update_target(target_id, data, seen=seen))
        return result is not None

    def _save_text(self, target_id: int, key: str, text: str) -> None:
        current = self.programs.target(target_id).data
        if key == "uraian":
            new = replace(current, description=text)
            label = translate("ProgramEditor", "Ubah uraian target")
        else:
            new = replace(current, evidence_expected=text)
            label = translate("ProgramEditor", "Ubah bukti dukung")
        self._save_target(target_id, new, label)

    def _save_polarity(self, target_id: int, polarity: str, upper: float | None) -> None:
        """The polarity and a range's upper end, saved together (the domain refuses a range
        without both ends, or an upper end at or below the target, and nothing is saved)."""
        current = self.programs.target(target_id).data
        new = replace(current, polarity=polarity, target_max=upper)
        if new != current:
            self._save_target(target_id, new,
                              translate("ProgramEditor", "Ubah arah capaian target"))

    def _save_budget(self, target_id: int, budget: int | None, programme: str) -> None:
        """The budget and the programme that funds it (the Perjanjian Kinerja's annex)."""
        current = self.programs.target(target_id).data
        new = replace(current, budget=budget, budget_program=programme)
        if new != current:
            self._save_target(target_id, new,
                              translate("ProgramEditor", "Ubah anggaran target"))

    def add_target(self) -> None:
        program = self.current_program()
        if program is None or not program.editable:
            return
        row = self.table.currentIndex().row()
        position = row + 1 if row >= 0 else None
        kind = "inovasi" if program.kind == "100_hari" and not any(
            t.data.kind == "inovasi" for t in self.model.targets) else "target_kinerja"
        data = TargetInput(kind=kind, title=translate("ProgramEditor", "Target baru"),
                           target_value=100.0, unit="%", due_date=program.end_date)
        holder = Snapshots()
        created = Snapshots()

        def do():
            created.value = self.programs.add_target(program.id, data, position)
            return created.value

        def undo():
            holder.value = self.programs.delete_target(created.value)

        target_id = self._execute(translate("ProgramEditor", "Tambah target"), do, undo,
                                  lambda: self.programs.restore_targets([holder.value]))
        if target_id is not None:
            self._edit_cell(target_id, "judul")

    def _edit_cell(self, target_id: int, key: str) -> None:
        row = self.model.row_of(target_id)
        if row is not None:
            index = self.model.index(row, COLUMN[key])
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def delete_target(self) -> None:
        target_id = self.current_target_id()
        if target_id is None or self.table.state() == QAbstractItemView.State.EditingState:
            return
        target = self.programs.target(target_id)
        if target.progress_count:
            answer = QMessageBox.question(
                self, translate("ProgramEditor", "Hapus target"),
                translate("ProgramEditor",
                          "Target \"{0}\" memiliki {1} laporan progres beserta bukti dukungnya. "
                          "Hapus semuanya? (Dapat diurungkan dengan Ctrl+Z.)").format(
                    target.data.title, target.progress_count))
            if answer != QMessageBox.StandardButton.Yes:
                return
        holder = Snapshots()

        def do():
            holder.value = self.programs.delete_target(target_id)
            return True

        self._execute(translate("ProgramEditor", "Hapus target \"{0}\"").format(target.data.title),
                      do, lambda: self.programs.restore_targets([holder.value]), do)

    def _move_target(self, target_id: int, new_index: int) -> bool:
        old_index = self.model.row_of(target_id)
        if old_index is None or old_index == new_index:
            return False
        result = self._execute(translate("ProgramEditor", "Pindahkan target"),
                               lambda: self.programs.move_target(target_id, new_index),
                               lambda: self.programs.move_target(target_id, old_index))
        return result is not None

    def move_current(self, step: int) -> None:
        index = self.table.currentIndex()
        target_id = self.current_target_id()
        if target_id is None:
            return
        new_row = index.row() + step
        if 0 <= new_row < self.model.rowCount() and self._move_target(target_id, new_row):
            self.table.setCurrentIndex(self.model.index(new_row, index.column()))

    def _add_many(self, text: str, make: Callable[[], list[int]]) -> None:
        created = Snapshots([])
        holder = Snapshots([])

        def do():
            created.value = make()
            return created.value

        def undo():
            holder.value = self.programs.delete_targets(created.value)

        self._execute(text, do, undo, lambda: self.programs.restore_targets(holder.value))

    def copy_from_program(self) -> None:
        program = self.current_program()
        if program is None or not program.editable:
            return
        sources = [p for p in self.programs.all_programs() if p.id != program.id]
        if not sources:
            QMessageBox.information(
                self, translate("ProgramEditor", "Salin target"),
                translate("ProgramEditor", "Belum ada program lain untuk disalin."))
            return
        labels = [f"{p.official_name} — {p.display_title} ({p.start_date:%d-%m-%Y})"
                  for p in sources]
        choice, ok = QInputDialog.getItem(
            self, translate("ProgramEditor", "Salin target"),
            translate("ProgramEditor", "Salin semua target dari program:"), labels, 0, False)
        if not ok:
            return
        source = sources[labels.index(choice)]
        self._add_many(translate("ProgramEditor", "Salin target dari program lain"),
                       lambda: self.programs.copy_targets(source.id, program.id))

    def apply_template(self) -> None:
        program = self.current_program()
        if program is None or not program.editable:
            return
        templates = self.programs.templates()
        if not templates:
            QMessageBox.information(
                self, translate("ProgramEditor", "Pakai templat"),
                translate("ProgramEditor", "Belum ada templat. Simpan target sebuah program "
                                           "sebagai templat terlebih dahulu."))
            return
        labels = [translate("ProgramEditor", "{0} ({1} target)").format(t.name, len(t.targets))
                  for t in templates]
        choice, ok = QInputDialog.getItem(
            self, translate("ProgramEditor", "Pakai templat"),
            translate("ProgramEditor", "Tambahkan target dari templat:"), labels, 0, False)
        if not ok:
            return
        template = templates[labels.index(choice)]
        self._add_many(translate("ProgramEditor", "Pakai templat \"{0}\"").format(template.name),
                       lambda: self.programs.apply_template(template.id, program.id))

    def save_template(self) -> None:
        program = self.current_program()
        if program is None:
            return
        name, ok = QInputDialog.getText(
            self, translate("ProgramEditor", "Simpan sebagai templat"),
            translate("ProgramEditor", "Nama templat:"))
        if not ok or not attempt(self, lambda: self.programs.save_template(name, program.id)):
            return
        self.status_message.setText(
            translate("ProgramEditor", "Templat \"{0}\" disimpan.").format(name.strip()))
