"""Dialog to maintain the regional development priorities (RPJMD missions …) targets link to.

Changes are written at once through ProgramService: this is list maintenance, not an edit of a
program, so it is not undoable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QStackedWidget, QTableView, QVBoxLayout)

from kinerja_desktop.domain.programs import MAX_TITLE, DevelopmentPriority
from kinerja_desktop.errors import OperationCancelled, Problem, StaleSaveError
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.list_model import ListTableModel
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.stale_save import ask_about_stale_save
from kinerja_desktop.gui.shared.widgets import HINT_COLOUR, ProblemLabel, confirm
from kinerja_desktop.services.programs import ProgramService

INACTIVE_COLOUR = "#888888"
MAX_CODE = 20  # as ProgramService checks


class PriorityListModel(ListTableModel[DevelopmentPriority]):
    """Development priorities in their order; inactive ones greyed."""

    HEADERS = (QT_TRANSLATE_NOOP("PriorityListModel", "Kode"),
               QT_TRANSLATE_NOOP("PriorityListModel", "Uraian"),
               QT_TRANSLATE_NOOP("PriorityListModel", "Status"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        p = self.item(index)
        if p is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (p.code, p.title, self.tr("Aktif") if p.active else self.tr("Nonaktif"))
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QBrush(QColor(INACTIVE_COLOUR))
        return None

    def row_of(self, priority_id: int) -> int | None:
        return next((row for row, p in enumerate(self.items) if p.id == priority_id), None)


class PriorityEditDialog(QDialog):
    """Code and description of one priority; OK saves through `save` and stays open if that
    is refused."""

    def __init__(self, save: Callable[[str, str], None],
                 priority: DevelopmentPriority | None = None,
                 other_codes: set[str] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("priorityEditDialog")
        self.setWindowTitle(self.tr("Ubah prioritas pembangunan") if priority
                            else self.tr("Tambah prioritas pembangunan"))
        self._save = save
        self._other_codes = {c.lower() for c in (other_codes or set()) if c}
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setMaxLength(MAX_CODE)
        self.code_edit.setPlaceholderText(self.tr("tidak wajib; mis. 1 atau M2"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("mis. Meningkatkan kualitas pelayanan "
                                                   "publik"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Kode:"), self.code_edit)
        form.addRow(self.tr("&Uraian:"), self.title_edit)
        self.problems = ProblemLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Simpan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        if priority is not None:
            self.code_edit.setText(priority.code)
            self.title_edit.setText(priority.title)
        self.code_edit.textChanged.connect(self.validate)
        self.title_edit.textChanged.connect(self.validate)
        self.validate()
        (self.title_edit if priority else self.code_edit).setFocus()

    def code(self) -> str:
        return " ".join(self.code_edit.text().split())

    def title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def problems_found(self) -> list[Problem]:
        problems = []
        if not self.title():
            problems.append(Problem("uraian", self.tr("Uraian prioritas wajib diisi.")))
        elif len(self.title()) > MAX_TITLE:
            problems.append(Problem("uraian", self.tr("Uraian terlalu panjang (maksimal {0} "
                                                      "huruf).").format(MAX_TITLE)))
        if len(self.code()) > MAX_CODE:
            problems.append(Problem("kode", self.tr("Kode paling banyak {0} huruf.")
                                    .format(MAX_CODE)))
        elif self.code() and self.code().lower() in self._other_codes:
            problems.append(Problem("kode", self.tr("Kode {0} sudah dipakai prioritas lain.")
                                    .format(self.code()), "warning"))
        return problems

    def validate(self) -> bool:
        problems = self.problems_found()
        # An empty form is not an error yet: the missing description is said quietly (OK off).
        self.problems.show_problems([p for p in problems
                                     if self.title_edit.text() or p.field != "uraian"])
        ok = not any(p.is_error for p in problems)
        self.ok_button.setEnabled(ok)
        return ok

    def accept(self) -> None:
        if not self.validate():
            return
        if attempt(self, lambda: self._save(self.code(), self.title())):
            super().accept()


class PrioritiesDialog(QDialog):
    """The list of development priorities: add, edit, (de)activate and delete, saved at once.
    `changed` is emitted after every change, so open editors can refresh their choices."""

    changed = Signal()

    def __init__(self, programs: ProgramService, parent=None):
        super().__init__(parent)
        self.setObjectName("prioritiesDialog")
        self.setWindowTitle(self.tr("Prioritas pembangunan daerah"))
        self.programs = programs
        self.model = PriorityListModel(self)

        intro = QLabel(self.tr("Misi RPJMD atau prioritas pembangunan daerah yang dapat "
                               "dikaitkan dengan target. Prioritas yang tidak dipakai lagi "
                               "cukup dinonaktifkan: target lama tetap menyebutnya."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {HINT_COLOUR}")
        self.table = QTableView(self)
        self.table.setObjectName("prioritiesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.edit_priority())
        self.empty_label = QLabel(self.tr("Belum ada prioritas pembangunan. Tekan \"Tambah\" "
                                          "(Insert) untuk menambahkan misi RPJMD atau "
                                          "prioritas daerah."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOUR}; padding: 24px")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.add_button = self._button(self.tr("&Tambah…"), "addButton",
                                       self.tr("Tambah prioritas (Insert)"), self.add_priority)
        self.edit_button = self._button(self.tr("&Ubah…"), "editButton",
                                        self.tr("Ubah prioritas yang dipilih (Enter)"),
                                        self.edit_priority)
        self.toggle_button = self._button(self.tr("&Nonaktifkan"), "toggleButton",
                                          self.tr("Prioritas nonaktif tidak ditawarkan lagi "
                                                  "untuk target baru"), self.toggle_active)
        self.delete_button = self._button(self.tr("&Hapus…"), "deleteButton",
                                          self.tr("Hapus prioritas yang dipilih (Delete)"),
                                          self.delete_priority)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button,
                       self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addLayout(side)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)

        insert = QAction(self)
        insert.setObjectName("addAction")
        insert.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        insert.triggered.connect(self.add_priority)
        self.addAction(insert)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(720, 440)
        self.reload()

    def _button(self, text: str, name: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # State ------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None, select_row: int | None = None) -> None:
        self.model.set_items(self.programs.priorities(include_inactive=True))
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty_label if empty else self.table)
        row = self.model.row_of(select_id) if select_id is not None else select_row
        if row is not None and self.model.rowCount():
            row = min(max(row, 0), self.model.rowCount() - 1)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()
        if empty:
            self.add_button.setFocus()
        else:
            self.table.setFocus()

    def selected(self) -> DevelopmentPriority | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.toggle_button, self.delete_button):
            button.setEnabled(chosen is not None)
        self.toggle_button.setText(self.tr("&Aktifkan") if chosen is not None and not chosen.active
                                   else self.tr("&Nonaktifkan"))

    def _codes_except(self, priority_id: int | None) -> set[str]:
        return {p.code for p in self.model.items if p.id != priority_id}

    # Actions ----------------------------------------------------------------------------------
    def add_priority(self) -> None:
        saved: list[int] = []
        dialog = PriorityEditDialog(lambda code, title: saved.append(
            self.programs.add_priority(code, title)), None, self._codes_except(None), self)
        if dialog.exec() and saved:
            self.reload(select_id=saved[0])
            self.changed.emit()

    def edit_priority(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        seen = [chosen]  # as the form shows it: after Buang, as stored then
        holder: list[PriorityEditDialog] = []

        def save(code: str, title: str) -> None:
            """A colleague's change to the same field since the list was shown is asked:
            Simpan saves mine over it, Buang shows theirs in the form, Batal goes back."""
            try:
                self.programs.update_priority(chosen.id, code, title, chosen.active,
                                              seen=seen[0])
                return
            except StaleSaveError as exc:
                choice = ask_about_stale_save(holder[0], self.tr("Prioritas diubah orang lain"),
                                              exc, back_to_entries=True)
            if choice == QMessageBox.StandardButton.Save:
                self.programs.update_priority(chosen.id, code, title, chosen.active,
                                              seen=seen[0], overwrite=True)
                return
            if choice == QMessageBox.StandardButton.Discard:
                seen[0] = self.programs.priority(chosen.id)
                holder[0].code_edit.setText(seen[0].code)
                holder[0].title_edit.setText(seen[0].title)
            raise OperationCancelled(self.tr("Prioritas belum disimpan."))

        dialog = PriorityEditDialog(save, chosen, self._codes_except(chosen.id), self)
        holder.append(dialog)
        if dialog.exec():
            self.reload(select_id=chosen.id)
            self.changed.emit()

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        # With what the list showed: a colleague's new code or title is kept.
        if not attempt(self, lambda: self.programs.update_priority(
                chosen.id, chosen.code, chosen.title, not chosen.active, seen=chosen)):
            self.reload(select_id=chosen.id)
            return
        self.reload(select_id=chosen.id)
        self.changed.emit()

    def delete_priority(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        row = self.model.row_of(chosen.id)
        if not confirm(
            self, self.tr("Hapus prioritas"),
            self.tr("Hapus prioritas \"{0}\" dari daftar?").format(chosen.display)):
            return
        if not attempt(self, lambda: self.programs.delete_priority(chosen.id),
                       self.tr("Prioritas tidak dapat dihapus")):
            return
        self.reload(select_row=row)
        self.changed.emit()

    # Keyboard ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_priority()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_priority()
                return True
        return super().eventFilter(watched, event)
