"""Dialog to add or edit an official with their appointment history (saved together on OK)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout)

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.nip import SEX_LABELS, check_nip, format_nip, normalize_nip
from kinerja_desktop.domain.officials import (AppointmentInput, OfficialInput, OfficialRecord,
                                              post_display, validate_appointment,
                                              validate_official)
from kinerja_desktop.errors import Problem, StaleSaveError
from kinerja_desktop.gui.shared.stale_save import ask_about_stale_save
from kinerja_desktop.gui.roster.appointment_dialog import AppointmentDialog
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date
from kinerja_desktop.gui.shared.forms import child, load_form
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.list_model import ListTableModel
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.widgets import ProblemLabel, confirm
from kinerja_desktop.services.roster import AppointmentChanges, RosterService
from kinerja_desktop.services.database import Database


@dataclass
class _Entry:
    """An appointment in the dialog's working list: stored (id) or new (id None)."""

    id: int | None
    data: AppointmentInput
    changed: bool = False


class AppointmentListModel(ListTableModel[_Entry]):
    """The working list of appointments shown in the dialog (current ones first)."""

    HEADERS = (QT_TRANSLATE_NOOP("AppointmentListModel", "Jabatan"),
               QT_TRANSLATE_NOOP("AppointmentListModel", "Unit kerja"),
               QT_TRANSLATE_NOOP("AppointmentListModel", "Eselon"),
               QT_TRANSLATE_NOOP("AppointmentListModel", "Pengisian"),
               QT_TRANSLATE_NOOP("AppointmentListModel", "Mulai"),
               QT_TRANSLATE_NOOP("AppointmentListModel", "Selesai"))

    @property
    def entries(self) -> list[_Entry]:
        return self.items

    def set_entries(self, entries: list[_Entry]) -> None:
        """Current posts first, then the most recent."""
        self.set_items(sorted(entries, key=lambda e: (e.data.end_date is not None,
                                                      -(e.data.start_date.toordinal()
                                                        if e.data.start_date else 0))))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        a = self.entries[index.row()].data
        values = (post_display(a.post_title, a.filling), a.unit_name, a.eselon or "",
                  domain_word(vocab.filling_label(a.filling)), format_date(a.start_date),
                  format_date(a.end_date) if a.end_date else self.tr("masih menjabat"))
        return values[index.column()]


class OfficialDialog(QDialog):
    """Identity fields with inline validation, and the appointment history; OK saves all."""

    def __init__(self, db: Database, official_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("officialDialog")
        self.roster = RosterService(db)
        self.official_id = official_id
        self.saved_id: int | None = None
        # The official as loaded: a save checks nobody changed them since (StaleSaveError).
        self.loaded: OfficialRecord | None = None
        self._deleted: list[int] = []
        self.setWindowTitle(self.tr("Ubah pejabat") if official_id else self.tr("Tambah pejabat"))

        self.form = form = load_form("official_form.ui", self)
        self.nip_edit = child(form, QLineEdit, "nipEdit")
        self.nip_info = child(form, QLabel, "nipInfoLabel")
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.front_edit = child(form, QLineEdit, "frontTitleEdit")
        self.back_edit = child(form, QLineEdit, "backTitleEdit")
        self.rank_combo = child(form, QComboBox, "rankCombo")
        self.active_check = child(form, QCheckBox, "activeCheck")
        self.table = child(form, QTableView, "appointmentsTable")
        self.add_button = child(form, QPushButton, "addAppointmentButton")
        self.edit_button = child(form, QPushButton, "editAppointmentButton")
        self.remove_button = child(form, QPushButton, "removeAppointmentButton")
        child(form, QLabel, "problemsLabel").hide()
        self.problems = ProblemLabel(self)

        self.rank_combo.addItem("–", None)
        for code, _name in ranks.RANKS:
            self.rank_combo.addItem(ranks.rank_label(code), code)
        self.appointments = AppointmentListModel(self)
        self.table.setModel(self.appointments)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(self.appointments.columnCount()):
            # Titles and units share the spare width; short columns fit their contents.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column < 2
                                        else QHeaderView.ResizeMode.ResizeToContents)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

        if official_id is not None:
            self._load(official_id)
        else:
            self.active_check.hide()
        for signal in (self.nip_edit.textChanged, self.name_edit.textChanged,
                       self.front_edit.textChanged, self.back_edit.textChanged,
                       self.rank_combo.currentIndexChanged):
            signal.connect(self.validate)
        self.add_button.clicked.connect(self.add_appointment)
        self.edit_button.clicked.connect(self.edit_appointment)
        self.remove_button.clicked.connect(self.remove_appointment)
        self.table.doubleClicked.connect(lambda _i: self.edit_appointment())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.validate()
        self.nip_edit.setFocus()

    def _load(self, official_id: int) -> None:
        official = self.roster.get(official_id)
        self.loaded = official
        self._deleted = []
        self.nip_edit.setText(official.nip)
        self.name_edit.setText(official.name)
        self.front_edit.setText(official.front_title)
        self.back_edit.setText(official.back_title)
        self.rank_combo.setCurrentIndex(max(0, self.rank_combo.findData(official.rank)))
        self.active_check.setChecked(official.active)
        self.appointments.set_entries([_Entry(a.id, a.as_input())
                                       for a in official.appointments])

    def value(self) -> OfficialInput:
        return OfficialInput(nip=self.nip_edit.text(), name=" ".join(self.name_edit.text().split()),
                             front_title=self.front_edit.text().strip(),
                             back_title=self.back_edit.text().strip(),
                             rank=self.rank_combo.currentData(),
                             active=self.active_check.isChecked())

    def validate(self) -> bool:
        data = self.value()
        problems = validate_official(data)
        info, _ = check_nip(data.nip)
        if info is not None:
            other = self.roster.id_by_nip(info.nip)
            if other is not None and other != self.official_id:
                problems.append(Problem("nip", self.tr("NIP {0} sudah terdaftar untuk {1}.")
                                        .format(format_nip(info.nip),
                                                self.roster.get(other).full_name)))
            self.nip_info.setText(self.tr("Lahir {0} · {1} · TMT CPNS {2}").format(
                format_date(info.birth_date), domain_word(SEX_LABELS[info.sex]),
                f"{info.tmt_cpns_month:02d}/{info.tmt_cpns_year}"))
        else:
            self.nip_info.setText("")
        for entry in self.appointments.entries:
            if entry.data.end_date is None:  # a rank warning matters for posts held now
                problems += [p for p in validate_appointment(entry.data, data.rank)
                             if not p.is_error]
        self._mark(self.nip_edit, any(p.field == "nip" and p.is_error for p in problems)
                   and bool(normalize_nip(data.nip)))
        self._mark(self.name_edit, any(p.field == "nama" and p.is_error for p in problems)
                   and bool(self.name_edit.text()))
        # Messages for empty required fields would shout at an empty form; say them quietly.
        shown = [p for p in problems if not (p.is_error and p.message.endswith("wajib diisi."))]
        self.problems.show_problems(shown)
        ok = not any(p.is_error for p in problems)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    @staticmethod
    def _mark(widget, bad: bool) -> None:
        widget.setStyleSheet("border: 1px solid #b00020;" if bad else "")

    def _unit_names(self) -> list[str]:
        return [u.name for u in self.roster.units()]

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        has = self._selected_row() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def add_appointment(self) -> None:
        dialog = AppointmentDialog(self._unit_names(), None, self.rank_combo.currentData(), self)
        if dialog.exec():
            self.appointments.set_entries(self.appointments.entries
                                          + [_Entry(None, dialog.value(), True)])
            self.validate()

    def edit_appointment(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        entry = self.appointments.entries[row]
        dialog = AppointmentDialog(self._unit_names(), entry.data,
                                   self.rank_combo.currentData(), self)
        if dialog.exec():
            entry.data, entry.changed = dialog.value(), True
            self.appointments.set_entries(self.appointments.entries)
            self.validate()

    def remove_appointment(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        entry = self.appointments.entries[row]
        if not confirm(
            self, self.tr("Hapus jabatan"),
            self.tr("Hapus jabatan \"{0}\" dari riwayat? Jabatan yang sudah berakhir sebaiknya "
                    "diberi tanggal selesai, bukan dihapus.").format(entry.data.post_title)):
            return
        if entry.id is not None:
            self._deleted.append(entry.id)
        self.appointments.set_entries([e for e in self.appointments.entries if e is not entry])
        self.validate()

    def changes(self) -> AppointmentChanges:
        entries = self.appointments.entries
        return AppointmentChanges(
            added=[e.data for e in entries if e.id is None],
            updated={e.id: e.data for e in entries if e.id is not None and e.changed},
            deleted=list(self._deleted))

    def save(self) -> None:
        if not self.validate():
            return
        saved = attempt(self, lambda: self._save(overwrite=False))
        if saved and isinstance(saved.value, StaleSaveError):
            # Someone else saved this official since the dialog opened: never overwritten
            # without the user deciding (the wording of a merge conflict).
            choice = ask_about_stale_save(self, self.tr("Data pejabat diubah orang lain"),
                                          saved.value, back_to_entries=True)
            if choice == QMessageBox.StandardButton.Discard and self.official_id is not None:
                self._load(self.official_id)
                self.validate()
                return
            if choice != QMessageBox.StandardButton.Save:
                return
            saved = attempt(self, lambda: self._save(overwrite=True))
        if saved:
            self.saved_id, _warnings = saved.value
            self.accept()

    def _save(self, overwrite: bool) -> object:
        """The service's save; a StaleSaveError is returned (for the choice), not shown."""
        try:
            return self.roster.save(self.official_id, self.value(), self.changes(),
                                    seen=self.loaded, overwrite=overwrite)
        except StaleSaveError as exc:
            return exc
