"""Dialog to record progress on a target: the day, the value realised, a note and evidence files.

The dialog reads the chosen files (refusing ones too large or of the wrong type) but saves
nothing; the caller stores the report.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from kinerja_desktop.domain.achievement import target_text
from kinerja_desktop.domain.evidence import FILE_DIALOG_FILTER, EvidenceFile, format_size
from kinerja_desktop.domain.programs import (STATUSES, ProgramRecord, ProgressInput, TargetRecord,
                                             format_number, progress_allowed, validate_progress)
from kinerja_desktop.errors import KinerjaError, Problem, ValidationError
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.formatting import format_date, from_qdate, locale, to_qdate
from kinerja_desktop.gui.shared.widgets import (HINT_COLOUR, ProblemLabel, date_problems,
                                                make_date_edit)
from kinerja_desktop.services.progress import read_evidence

MAX_REALISED = 1_000_000_000


class EvidenceList(QListWidget):
    """The list of chosen files; local files dropped on it are offered to the dialog."""

    files_dropped = Signal(list)  # list[str], local paths
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    @staticmethod
    def _local_paths(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = self._local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ProgressDialog(QDialog):
    """Record progress on one target; OK stays disabled while the report is invalid.
    Read the result with progress_input() and files()."""

    def __init__(self, target: TargetRecord, program: ProgramRecord, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.target = target
        self.program = program
        self.today = today
        self._files: list[EvidenceFile] = []
        self._done_measure = target.data.measure == "selesai"
        self.setWindowTitle(self.tr("Catat progres – {0}").format(target.data.title))

        self._make_fields()
        self.problems = ProblemLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("Simpan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(620, 560)

        self.date_edit.dateChanged.connect(self.validate)
        self.date_edit.validity_changed.connect(self.validate)  # typed text that is no date
        self.value_spin.valueChanged.connect(self.validate)
        self.done_check.toggled.connect(self.validate)
        self.note_edit.textChanged.connect(self.validate)
        self._update_files()
        self.validate()
        (self.done_check if self._done_measure else self.value_spin).setFocus()

    # Building ---------------------------------------------------------------------------------
    def _make_fields(self) -> None:
        data = self.target.data
        self.heading = QLabel(self)
        self.heading.setObjectName("targetHeading")
        self.heading.setWordWrap(True)
        self.heading.setText(self._heading_html())

        self.date_edit = make_date_edit(self)
        self.date_edit.setObjectName("dateEdit")
        # Not before the program started, not after today; a program not started yet leaves
        # only today, which validation then refuses with a reason.
        self.date_edit.setDateRange(to_qdate(min(self.program.start_date, self.today)),
                                    to_qdate(self.today))
        self.date_edit.setDate(to_qdate(self.today))

        self.value_spin = QDoubleSpinBox(self)
        self.value_spin.setObjectName("realisedSpin")
        self.value_spin.setLocale(locale())
        self.value_spin.setDecimals(2)
        self.value_spin.setRange(0, MAX_REALISED)
        self.value_spin.setGroupSeparatorShown(True)
        if data.unit:
            self.value_spin.setSuffix(f" {data.unit}")
        self.value_spin.setToolTip(self.tr("Nilai yang sudah tercapai sampai tanggal laporan "
                                           "(jumlah sejauh ini, bukan tambahannya)."))
        self.done_check = QCheckBox(self.tr("Sudah &selesai"), self)
        self.done_check.setObjectName("doneCheck")
        if self.target.latest_realised is not None:
            if self._done_measure:
                self.done_check.setChecked(self.target.latest_realised >= 1)
            else:
                self.value_spin.setValue(self.target.latest_realised)
        self.value_spin.setVisible(not self._done_measure)
        self.done_check.setVisible(self._done_measure)
        value_field = QWidget(self)
        value_layout = QHBoxLayout(value_field)
        value_layout.setContentsMargins(0, 0, 0, 0)
        value_layout.addWidget(self.value_spin)
        value_layout.addWidget(self.done_check)
        value_layout.addStretch(1)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("tidak wajib; mis. kegiatan yang sudah "
                                                  "dilaksanakan"))
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 12)

        self.files_list = EvidenceList(self)
        self.files_list.setObjectName("filesList")
        self.files_list.setToolTip(self.tr("Seret berkas ke sini, atau tekan \"Tambah "
                                           "berkas…\"."))
        self.files_list.files_dropped.connect(self.add_paths)
        self.files_list.delete_pressed.connect(self.remove_selected)
        self.files_list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Tambah berkas…"), self)
        self.add_button.setObjectName("addFilesButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("&Hapus dari daftar"), self)
        self.remove_button.setObjectName("removeFilesButton")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("filesTotalLabel")
        self.total_label.setStyleSheet(f"color: {HINT_COLOUR}")
        self.file_problems = ProblemLabel(self)
        self.file_problems.setObjectName("fileProblemsLabel")
        self.file_problems.hide()
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addWidget(self.total_label, 1)
        files_field = QWidget(self)
        files_layout = QVBoxLayout(files_field)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.files_list, 1)
        files_layout.addLayout(file_buttons)
        files_layout.addWidget(self.file_problems)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("&Tanggal laporan:"), self.date_edit)
        value_label = QLabel(self.tr("&Realisasi:"), self)
        value_label.setBuddy(self.done_check if self._done_measure else self.value_spin)
        self.form.addRow(value_label, value_field)
        self.form.addRow(self.tr("&Catatan:"), self.note_edit)
        files_label = QLabel(self.tr("&Bukti dukung:"), self)
        files_label.setBuddy(self.files_list)
        self.form.addRow(files_label, files_field)

    def _heading_html(self) -> str:
        data = self.target.data
        if self._done_measure:
            goal = self.tr("Target: selesai")
        else:
            # With its polarity: "≤ 7 hari", "2–4 %".
            goal = self.tr("Target: {0} {1}").format(
                target_text(data.polarity, data.target_value, data.target_max, format_number),
                data.unit)
        lines = [f"<b>{escape(data.title)}</b>", escape(goal.strip())]
        if self.target.latest_realised is not None:
            if self._done_measure:
                last = self.tr("sudah selesai") if self.target.latest_realised >= 1 \
                    else self.tr("belum selesai")
            else:
                last = f"{format_number(self.target.latest_realised)} {data.unit}".strip()
            lines.append(escape(self.tr("Laporan terakhir: {0} ({1})").format(
                last, format_date(self.target.latest_date))))
        lines.append(f"<span style='color:{HINT_COLOUR}'>"
                     + escape(self.tr("Masa program: {0} – {1}").format(
                         format_date(self.program.start_date),
                         format_date(self.program.end_date))) + "</span>")
        return "<br>".join(lines)

    # Files ------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _chosen = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas bukti dukung"), "", FILE_DIALOG_FILTER)
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> list[EvidenceFile]:
        """Read and add files; a refused file is named in the dialog and left out.
        Returns the files added."""
        added, refused = [], []
        for path in paths:
            try:
                evidence = read_evidence(path)
            except ValidationError as exc:
                refused += [p for p in exc.problems if p.is_error]
                continue
            except KinerjaError as exc:
                refused.append(Problem("bukti", str(exc)))
                continue
            if any(f.filename == evidence.filename and f.content == evidence.content
                   for f in self._files):
                refused.append(Problem("bukti", self.tr("Berkas '{0}' sudah ada di daftar.")
                                       .format(evidence.filename), "warning"))
                continue
            self._files.append(evidence)
            added.append(evidence)
        self.file_problems.show_problems(refused)
        self._update_files()
        if added:
            self.files_list.setCurrentRow(len(self._files) - 1)
        return added

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.files_list.selectedIndexes()}, reverse=True)
        if not rows:
            return
        for row in rows:
            del self._files[row]
        self.file_problems.show_problems([])
        self._update_files()
        if self._files:
            self.files_list.setCurrentRow(min(rows[-1], len(self._files) - 1))
        else:
            self.add_button.setFocus()

    def _update_files(self) -> None:
        self.files_list.clear()
        for evidence in self._files:
            item = QListWidgetItem(f"{evidence.filename} ({format_size(len(evidence.content))})")
            item.setToolTip(evidence.filename)
            self.files_list.addItem(item)
        total = sum(len(f.content) for f in self._files)
        if self._files:
            self.total_label.setText(self.tr("{0} berkas, jumlah {1}").format(
                len(self._files), format_size(total)))
        else:
            self.total_label.setText(self.tr("Belum ada berkas. Seret berkas ke daftar atau "
                                             "tekan \"Tambah berkas…\"."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.files_list.selectedIndexes()))

    # Result -----------------------------------------------------------------------------------
    def progress_input(self) -> ProgressInput:
        if self._done_measure:
            realised = 1.0 if self.done_check.isChecked() else 0.0
        else:
            realised = float(self.value_spin.value())
        return ProgressInput(from_qdate(self.date_edit.date()), realised,
                             self.note_edit.toPlainText().strip())

    def files(self) -> list[EvidenceFile]:
        return list(self._files)

    # Validation -------------------------------------------------------------------------------
    def problems_found(self) -> list[Problem]:
        problems = []
        if not progress_allowed(self.program.status):
            problems.append(Problem("status", self.tr(
                "Program berstatus {0}: progres tidak dapat dicatat lagi.")
                .format(domain_word(STATUSES.get(self.program.status, self.program.status)))))
        problems += validate_progress(self.progress_input(), self.target.data.measure,
                                      self.program.start_date, self.today)
        problems += date_problems(self)  # never save the old date under typed text
        return problems

    def validate(self) -> bool:
        problems = self.problems_found()
        self.problems.show_problems(problems)
        ok = not any(p.is_error for p in problems)
        self.ok_button.setEnabled(ok)
        return ok

    def accept(self) -> None:
        if self.validate():
            super().accept()
