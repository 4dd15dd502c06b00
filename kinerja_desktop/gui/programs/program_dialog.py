"""Dialog for a program's own fields: the post, kind, period, scoring scheme, title and note.

The dialog only gathers input; the caller saves it (the program editor, so that it can be
undone).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from kinerja_desktop.domain.officials import (AppointmentRecord, OfficialRecord, main_post_key,
                                              post_display)
from kinerja_desktop.domain.periods import HUNDRED_DAYS, PROGRAM_KINDS, default_end
from kinerja_desktop.domain.programs import (DEFAULT_SCHEME, SCHEMES, STATUSES, ProgramInput,
                                             ProgramRecord, validate_program)
from kinerja_desktop.domain.scheme_catalog import CATALOG
from kinerja_desktop.errors import Problem
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date, from_qdate, to_qdate
from kinerja_desktop.gui.shared.screen_fit import fit_combo
from kinerja_desktop.gui.shared.widgets import (ProblemLabel, date_problems, date_with_hint,
                                                make_date_edit)
from kinerja_desktop.services.programs import ProgramService


def scheme_text(code: str) -> str:
    """A scheme's name in a list, marked when it is no longer in force."""
    label = domain_word(SCHEMES.get(code, code))
    scheme = CATALOG.get(code)
    if scheme is not None and not scheme.in_force:
        return QCoreApplication.translate("ProgramDialog", "{0} — tidak berlaku lagi").format(
            label)
    return label


def scheme_note(code: str) -> str:
    """'Dasar: … / Status: …' under the scheme's list (rich text, escaped)."""
    scheme = CATALOG.get(code)
    if scheme is None:
        return ""
    status = escape(domain_word(scheme.status))
    if not scheme.in_force:
        status = f"<span style='color:#b00020'>{status}</span>"
    return QCoreApplication.translate("ProgramDialog", "Dasar: {0}<br>Status: {1}").format(
        escape(domain_word(scheme.basis)), status)


def _ordered(appointments: list[AppointmentRecord]) -> list[AppointmentRecord]:
    """Posts held now first (the main post at the top), then ended ones, latest first."""
    current = sorted((a for a in appointments if a.current),
                     key=lambda a: main_post_key(a.filling, a.eselon, a.start_date, a.id))
    ended = sorted((a for a in appointments if not a.current),
                   key=lambda a: (a.end_date or date.min, a.start_date or date.min, a.id),
                   reverse=True)
    return current + ended


class ProgramDialog(QDialog):
    """Create a program for an official, or edit a program's fields; OK stays disabled while
    the input is invalid. Read the result with appointment_id(), program_input(), copy_from()."""

    def __init__(self, programs: ProgramService, official: OfficialRecord, parent=None,
                 program: ProgramRecord | None = None):
        super().__init__(parent)
        self.setObjectName("programDialog")
        self.programs = programs
        self.official = official
        self.program = program
        self._today = programs.today()
        self._appointments = _ordered(official.appointments)
        self._start_touched = program is not None  # a stored start is never moved for the user
        self._end_auto = True  # the end follows the start and kind until the user sets it
        self._setting = False
        if program is None:
            self.setWindowTitle(self.tr("Program baru – {0}").format(official.full_name))
        else:
            self.setWindowTitle(self.tr("Ubah program – {0}").format(official.full_name))

        self._make_fields()
        self.problems = ProblemLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("Buat program") if program is None else self.tr("Simpan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

        if program is not None:
            self._load(program)
        else:
            self._appointment_changed()
        self.post_combo.currentIndexChanged.connect(self._appointment_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.start_edit.dateChanged.connect(self._start_changed)
        self.end_edit.dateChanged.connect(self._end_changed)
        # The hint follows the text as typed: an unreadable date must not keep the old length.
        self.start_edit.text_changed.connect(self._update_hint)
        self.end_edit.text_changed.connect(self._update_hint)
        for signal in (self.scheme_combo.currentIndexChanged, self.title_edit.textChanged,
                       self.note_edit.textChanged, self.start_edit.validity_changed,
                       self.end_edit.validity_changed):
            signal.connect(self.validate)
        self._update_end()
        self.validate()
        (self.post_combo if program is None and self._appointments else self.kind_combo).setFocus()

    # Building ---------------------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.post_combo = QComboBox(self)
        self.post_combo.setObjectName("postCombo")
        fit_combo(self.post_combo)  # a long post name must not widen the dialog off-screen
        for a in self._appointments:
            text = f"{post_display(a.post_title, a.filling)} — {a.unit_name}"
            if not a.current:
                text = self.tr("{0} (berakhir {1})").format(text, format_date(a.end_date))
            self.post_combo.addItem(text, a.id)
        main = self.official.main_appointment()
        if main is not None:
            self.post_combo.setCurrentIndex(self.post_combo.findData(main.id))
        self.no_post_label = QLabel(self.tr("{0} belum memiliki jabatan tercatat. Tambahkan "
                                            "jabatannya lewat \"Ubah pejabat\" lalu buat "
                                            "program lagi.").format(self.official.full_name),
                                    self)
        self.no_post_label.setObjectName("noPostLabel")
        self.no_post_label.setWordWrap(True)
        self.no_post_label.setStyleSheet("color: #b00020")
        self.no_post_label.setVisible(not self._appointments)
        self.post_combo.setVisible(bool(self._appointments))

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for code, (label, _months) in PROGRAM_KINDS.items():
            self.kind_combo.addItem(domain_word(label), code)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(HUNDRED_DAYS))

        self.start_edit = make_date_edit(self)
        self.start_edit.setObjectName("startDateEdit")
        self.end_edit, self.end_hint, end_row = date_with_hint(self, "endDateEdit",
                                                               "endHintLabel")

        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setObjectName("schemeCombo")
        for code in SCHEMES:
            # A scheme no longer in force stays selectable: evaluations of its years use it.
            self.scheme_combo.addItem(scheme_text(code), code)
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(DEFAULT_SCHEME))
        fit_combo(self.scheme_combo)  # the scheme names are long
        self.scheme_note = QLabel(self)
        self.scheme_note.setObjectName("schemeNote")
        self.scheme_note.setWordWrap(True)
        self.scheme_note.setTextFormat(Qt.TextFormat.RichText)
        self.scheme_note.setStyleSheet("color: #555")
        self.scheme_combo.currentIndexChanged.connect(self._scheme_changed)
        self._scheme_changed()

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("tidak wajib; kosong: judul dibuat dari jenis "
                                                   "program dan jabatan"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("tidak wajib"))
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 12)

        self.copy_combo = QComboBox(self)
        self.copy_combo.setObjectName("copyFromCombo")
        fit_combo(self.copy_combo)  # a long post name must not widen the dialog off-screen
        self.copy_combo.addItem(self.tr("(kosong)"), None)
        self.copy_combo.setToolTip(self.tr("Target program yang dipilih disalin ke program baru "
                                           "sebagai draft."))
        if self.program is None:
            earlier = sorted(self.programs.programs_of_official(self.official.id),
                             key=lambda p: (p.start_date, p.id), reverse=True)
            for p in earlier:
                self.copy_combo.addItem(self.tr("{0} ({1} – {2}, {3} target)").format(
                    p.display_title, format_date(p.start_date), format_date(p.end_date),
                    p.target_count), p.id)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        post_field = QWidget(self)
        post_layout = QVBoxLayout(post_field)
        post_layout.setContentsMargins(0, 0, 0, 0)
        post_layout.addWidget(self.post_combo)
        post_layout.addWidget(self.no_post_label)
        post_label = QLabel(self.tr("&Jabatan:"), self)
        post_label.setBuddy(self.post_combo)
        self.form.addRow(post_label, post_field)
        self.form.addRow(self.tr("&Jenis program:"), self.kind_combo)
        self.form.addRow(self.tr("Tanggal &mulai:"), self.start_edit)
        end_label = QLabel(self.tr("Tanggal &selesai:"), self)
        end_label.setBuddy(self.end_edit)
        self.form.addRow(end_label, end_row)
        scheme_field = QWidget(self)
        scheme_layout = QVBoxLayout(scheme_field)
        scheme_layout.setContentsMargins(0, 0, 0, 0)
        scheme_layout.addWidget(self.scheme_combo)
        scheme_layout.addWidget(self.scheme_note)
        scheme_label = QLabel(self.tr("S&kema penilaian:"), self)
        scheme_label.setBuddy(self.scheme_combo)
        self.form.addRow(scheme_label, scheme_field)
        self.form.addRow(self.tr("J&udul:"), self.title_edit)
        self.form.addRow(self.tr("&Catatan:"), self.note_edit)
        if self.program is None:
            self.form.addRow(self.tr("Mulai &dari program sebelumnya:"), self.copy_combo)
        else:
            self.copy_combo.hide()

    def _load(self, p: ProgramRecord) -> None:
        self._setting = True
        try:
            index = self.post_combo.findData(p.appointment_id)
            if index >= 0:
                self.post_combo.setCurrentIndex(index)
            # The post of a stored program is not changed here.
            self.post_combo.setEnabled(False)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(p.kind)))
            self.start_edit.setDate(to_qdate(p.start_date))
            self.end_edit.setDate(to_qdate(p.end_date))
            self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(p.scheme)))
            self.title_edit.setText(p.title)
            self.note_edit.setPlainText(p.note)
        finally:
            self._setting = False
        self._end_auto = p.kind == HUNDRED_DAYS or p.end_date == default_end(p.kind,
                                                                             p.start_date)

    # Reacting ---------------------------------------------------------------------------------
    def _scheme_changed(self, *_args) -> None:
        code = self.scheme_combo.currentData()
        self.scheme_note.setText(scheme_note(code) if code else "")
        self.scheme_combo.setToolTip(self.scheme_combo.currentText())

    def _appointment(self) -> AppointmentRecord | None:
        wanted = self.post_combo.currentData()
        return next((a for a in self._appointments if a.id == wanted), None)

    def _set_date(self, edit, value: date) -> None:
        self._setting = True
        try:
            edit.setDate(to_qdate(value))
        finally:
            self._setting = False

    def _appointment_changed(self) -> None:
        if not self._start_touched:
            appointment = self._appointment()
            start = appointment.start_date if appointment and appointment.start_date else None
            self._set_date(self.start_edit, start or self._today)
            self._update_end()
        self.validate()

    def _kind_changed(self) -> None:
        self._end_auto = True  # another kind has another usual end
        self._update_end()
        self.validate()

    def _start_changed(self) -> None:
        if not self._setting:
            self._start_touched = True
        self._update_end()
        self.validate()

    def _end_changed(self) -> None:
        if not self._setting:
            self._end_auto = False
        self._update_hint()
        self.validate()

    def _update_end(self) -> None:
        kind = self.kind_combo.currentData()
        hundred = kind == HUNDRED_DAYS
        if hundred or self._end_auto:
            self._set_date(self.end_edit, default_end(kind, from_qdate(self.start_edit.date())))
        self.end_edit.setReadOnly(hundred)
        self.end_edit.setCalendarPopup(not hundred)
        self.end_edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if hundred
                                       else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.end_edit.setToolTip(self.tr("Program 100 hari selalu berakhir pada hari ke-100; "
                                         "hari pertama adalah tanggal mulai.") if hundred
                                 else self.tr("Biasanya {0} bulan sejak tanggal mulai; dapat "
                                              "diubah.").format(PROGRAM_KINDS[kind][1]))
        self._update_hint()

    def _update_hint(self) -> None:
        # The end field shows its own date and weekday; the hint only says what it is.
        start, end = self.start_edit.typed_date(), self.end_edit.typed_date()
        if start is None or end is None:
            self.end_hint.setText("")  # the field's red frame and the problems say why
        elif self.kind_combo.currentData() == HUNDRED_DAYS:
            self.end_hint.setText(self.tr("Hari ke-100"))
        elif end >= start:
            self.end_hint.setText(self.tr("Hari terakhir · {0} hari").format(
                start.daysTo(end) + 1))
        else:
            self.end_hint.setText("")

    # Result -----------------------------------------------------------------------------------
    def appointment_id(self) -> int | None:
        if self.program is not None:
            return self.program.appointment_id
        return self.post_combo.currentData() if self._appointments else None

    def program_input(self) -> ProgramInput:
        return ProgramInput(kind=self.kind_combo.currentData(),
                            start_date=from_qdate(self.start_edit.date()),
                            end_date=from_qdate(self.end_edit.date()),
                            scheme=self.scheme_combo.currentData(),
                            title=" ".join(self.title_edit.text().split()),
                            note=self.note_edit.toPlainText().strip())

    def copy_from(self) -> int | None:
        return self.copy_combo.currentData() if self.program is None else None

    # Validation -------------------------------------------------------------------------------
    def problems_found(self) -> list[Problem]:
        data = self.program_input()
        problems = []
        if self.appointment_id() is None:
            problems.append(Problem("jabatan", self.tr("Pilih jabatan yang menjadi dasar "
                                                       "program.")))
        if self.program is not None and not self.program.editable:
            problems.append(Problem("status", self.tr(
                "Program berstatus {0}; kembalikan ke Draft untuk mengubahnya.")
                .format(domain_word(STATUSES.get(self.program.status, self.program.status)))))
        problems += validate_program(data)
        appointment = self._appointment()
        if appointment is not None and data.start_date is not None:
            if appointment.start_date and data.start_date < appointment.start_date:
                problems.append(Problem("tanggal_mulai", self.tr(
                    "Tanggal mulai sebelum jabatan ini dipegang ({0}).")
                    .format(format_date(appointment.start_date)), "warning"))
            if appointment.end_date and data.start_date > appointment.end_date:
                problems.append(Problem("tanggal_mulai", self.tr(
                    "Jabatan ini sudah berakhir pada {0}.")
                    .format(format_date(appointment.end_date)), "warning"))
        problems += date_problems(self)  # never save the old date under typed text
        return problems

    def validate(self) -> bool:
        problems = self.problems_found()
        # With no post at all, the label in the form already says what to do.
        shown = [p for p in problems if p.field != "jabatan" or self._appointments]
        self.problems.show_problems(shown)
        ok = not any(p.is_error for p in problems)
        self.ok_button.setEnabled(ok)
        return ok

    def accept(self) -> None:
        if self.validate():
            super().accept()
