"""Dialog for one appointment (post held): title, unit, eselon, how filled, decree, dates."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QVBoxLayout)

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.officials import AppointmentInput, validate_appointment
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.widgets import (OptionalDateEdit, ProblemLabel, combo_line_edit,
                                                date_problems)


class AppointmentDialog(QDialog):
    """Add or edit an appointment; OK stays disabled while the input is invalid."""

    def __init__(self, unit_names: list[str], appointment: AppointmentInput | None = None,
                 rank: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(self.tr("Ubah jabatan") if appointment else self.tr("Tambah jabatan"))
        self._rank = rank
        self.post_edit = QLineEdit(self)
        self.post_edit.setObjectName("postEdit")
        self.post_edit.setPlaceholderText(
            self.tr("mis. Kepala Dinas Kependudukan dan Catatan Sipil"))
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(unit_names)
        self.unit_combo.setCurrentIndex(-1)
        combo_line_edit(self.unit_combo).setPlaceholderText(
            self.tr("pilih atau ketik unit kerja baru"))
        self.eselon_combo = QComboBox(self)
        self.eselon_combo.setObjectName("eselonCombo")
        self.eselon_combo.addItem("–", None)
        for eselon in ranks.ESELONS:
            self.eselon_combo.addItem(eselon, eselon)
        self.filling_combo = QComboBox(self)
        self.filling_combo.setObjectName("fillingCombo")
        self.filling_combo.addItem("–", None)
        for code, label in vocab.FILLING_METHODS.items():
            self.filling_combo.addItem(domain_word(label), code)
        self.decree_edit = QLineEdit(self)
        self.decree_edit.setObjectName("decreeEdit")
        self.decree_edit.setPlaceholderText(self.tr("mis. 821.2/Kep.123-BKPSDM/2019"))
        self.decree_date = OptionalDateEdit(self.tr("diketahui"), self)
        self.start_date = OptionalDateEdit(self.tr("diketahui"), self)
        self.end_date = OptionalDateEdit(self.tr("sudah berakhir"), self)
        self.previous_edit = QLineEdit(self)
        self.previous_edit.setObjectName("previousEdit")

        form = QFormLayout()
        form.addRow(self.tr("&Jabatan:"), self.post_edit)
        form.addRow(self.tr("&Unit kerja:"), self.unit_combo)
        form.addRow(self.tr("&Eselon:"), self.eselon_combo)
        form.addRow(self.tr("Jenis &pengisian:"), self.filling_combo)
        form.addRow(self.tr("&Nomor SK:"), self.decree_edit)
        form.addRow(self.tr("Tanggal S&K:"), self.decree_date)
        form.addRow(self.tr("&Mulai menjabat:"), self.start_date)
        form.addRow(self.tr("&Selesai menjabat:"), self.end_date)
        form.addRow(self.tr("Jabatan se&belumnya:"), self.previous_edit)
        self.problems = ProblemLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

        if appointment:
            self._load(appointment)
        for signal in (self.post_edit.textChanged, self.unit_combo.currentTextChanged,
                       self.eselon_combo.currentIndexChanged,
                       self.filling_combo.currentIndexChanged, self.decree_date.changed,
                       self.start_date.changed, self.end_date.changed):
            signal.connect(self.validate)
        self.validate()

    def _load(self, a: AppointmentInput) -> None:
        self.post_edit.setText(a.post_title)
        self.unit_combo.setCurrentText(a.unit_name)
        self.eselon_combo.setCurrentIndex(max(0, self.eselon_combo.findData(a.eselon)))
        self.filling_combo.setCurrentIndex(max(0, self.filling_combo.findData(a.filling)))
        self.decree_edit.setText(a.decree_number)
        self.decree_date.set_value(a.decree_date)
        self.start_date.set_value(a.start_date)
        self.end_date.set_value(a.end_date)
        self.previous_edit.setText(a.previous_post)

    def value(self) -> AppointmentInput:
        return AppointmentInput(
            post_title=" ".join(self.post_edit.text().split()),
            unit_name=" ".join(self.unit_combo.currentText().split()),
            eselon=self.eselon_combo.currentData(), filling=self.filling_combo.currentData(),
            decree_number=self.decree_edit.text().strip(), decree_date=self.decree_date.value(),
            start_date=self.start_date.value(), end_date=self.end_date.value(),
            previous_post=self.previous_edit.text().strip())

    def validate(self) -> bool:
        problems = validate_appointment(self.value(), self._rank)
        problems += date_problems(self)  # never save the old date under typed text
        self.problems.show_problems(problems)
        ok = not any(p.is_error for p in problems)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok
