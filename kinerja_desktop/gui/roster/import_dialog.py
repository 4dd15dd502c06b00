"""Dialog "Impor daftar pejabat": check a spreadsheet, preview what it would do, then write it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QProgressBar, QPushButton, QTabWidget,
                               QTableView, QVBoxLayout)

from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.errors import InputFileError, OperationCancelled, Problem
from kinerja_desktop.gui.first_paint import after_first_paint
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.list_model import ListTableModel
from kinerja_desktop.gui.shared.operations import Operation
from kinerja_desktop.gui.shared.widgets import confirm
from kinerja_desktop.services.roster_io import (ImportReport, PlannedRow, apply_import,
                                                plan_import)
from kinerja_desktop.services.database import Database

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"
OK_COLOUR = "#1b5e20"
# Word-wrapping lets a long message be read in full, but measuring every row costs time on
# the window's thread (about 200 ms for 1,000 rows): beyond this many problems the rows keep
# one line and the full text is in the tooltip.
WRAP_LIMIT = 200
# Rows a column's width is measured on besides the visible ones (Qt's default: 1,000, each
# asked for every role, which froze the window for a fifth of a second at 10,000 rows).
MEASURED_ROWS = 20
UNITS_SHOWN = 6
_PROBLEM_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                            Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole))
_PLAN_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole))
_RIGHT_TOP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_RIGHT_CENTRE = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _sorted_problems(problems: list[Problem]) -> list[Problem]:
    """File-wide notes (no row) first, then by row; within a row errors before warnings; the
    count of problems not listed ("… dan N masalah lain", an info line) last."""
    return sorted(problems, key=lambda p: (p.severity == "info", p.row or 0, not p.is_error))


class ProblemsModel(ListTableModel[Problem]):
    """The problems of a checked file, one per row: Baris, Kolom, Keterangan, Jenis."""

    HEADERS = (QT_TRANSLATE_NOOP("ProblemsModel", "Baris"),
               QT_TRANSLATE_NOOP("ProblemsModel", "Kolom"),
               QT_TRANSLATE_NOOP("ProblemsModel", "Keterangan"),
               QT_TRANSLATE_NOOP("ProblemsModel", "Jenis"))
    ROW, FIELD, MESSAGE, SEVERITY = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._brushes = {True: QBrush(QColor(ERROR_COLOUR)), False: QBrush(QColor(WARNING_COLOUR))}

    @property
    def problems(self) -> list[Problem]:
        return self.items

    def set_problems(self, problems: list[Problem]) -> None:
        self.set_items(_sorted_problems(problems))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Sizing the columns asks every cell for every role: the ones never answered leave
        # at once (this runs thousands of times on the window's thread).
        if role not in _PROBLEM_ROLES:
            return None
        problem = self.item(index)
        if problem is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT_TOP if column == self.ROW else _LEFT_TOP
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes[problem.is_error] if column == self.SEVERITY else None
        if column == self.ROW:
            return str(problem.row) if problem.row is not None else "–"
        if column == self.FIELD:
            return problem.field
        if column == self.MESSAGE:
            return problem.message
        if problem.severity == "info":
            return self.tr("Keterangan")
        return self.tr("Kesalahan") if problem.is_error else self.tr("Peringatan")


class PlansModel(ListTableModel[PlannedRow]):
    """The valid rows of a checked file and what importing will do with each."""

    HEADERS = (QT_TRANSLATE_NOOP("PlansModel", "Baris"),
               QT_TRANSLATE_NOOP("PlansModel", "NIP"),
               QT_TRANSLATE_NOOP("PlansModel", "Nama"),
               QT_TRANSLATE_NOOP("PlansModel", "Jabatan"),
               QT_TRANSLATE_NOOP("PlansModel", "Tindakan"))
    ROW, NIP, NAME, POST, ACTION = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._actions = {"baru": self.tr("baru"), "diubah": self.tr("diubah"),
                         "tetap": self.tr("tetap")}
        self._brushes = {"baru": QBrush(QColor(OK_COLOUR)),
                         "diubah": QBrush(QColor(WARNING_COLOUR))}

    @property
    def plans(self) -> list[PlannedRow]:
        return self.items

    def set_plans(self, plans: list[PlannedRow]) -> None:
        self.set_items(sorted(plans, key=lambda p: p.row))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _PLAN_ROLES:  # as ProblemsModel.data: most roles leave at once
            return None
        plan = self.item(index)
        if plan is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (str(plan.row), format_nip(plan.nip), plan.name, plan.post_title,
                      self._actions.get(plan.action, plan.action))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.POST:
            return f"{plan.post_title}\n{plan.unit_name}"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ACTION:
            return self._brushes.get(plan.action)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return _RIGHT_CENTRE
        return None


class ImportDialog(QDialog):
    """Choose a file, see what it would change (nothing is written), then import or not."""

    IDLE, CHECKING, APPLYING = "idle", "checking", "applying"
    # Background work ended and the dialog shows its outcome (checked, imported, failed).
    work_done = Signal()

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Impor daftar pejabat"))
        self.db = db
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.file_error: str = ""
        self.state = self.IDLE
        self._operation: Operation | None = None
        self._close_when_done = False

        self.file_label = self._label("fileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = self._button(self.tr("Pilih &berkas…"), "chooseButton",
                                          self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.message_label = self._label("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.rows_label = self._label("rowsCountLabel")
        self.new_label = self._label("newCountLabel")
        self.updated_label = self._label("updatedCountLabel")
        self.unchanged_label = self._label("unchangedCountLabel")
        self.units_count_label = self._label("unitsCountLabel")
        counts = QHBoxLayout()
        counts.setSpacing(24)
        for label in (self.rows_label, self.new_label, self.updated_label, self.unchanged_label,
                      self.units_count_label):
            counts.addWidget(label)
        counts.addStretch(1)
        self.units_label = self._label("unitsLabel")
        self.units_label.setWordWrap(True)
        self.units_label.setTextFormat(Qt.TextFormat.PlainText)

        self.problems_model = ProblemsModel(self)
        self.plans_model = PlansModel(self)
        self.problems_table = self._table("problemsTable", self.problems_model,
                                          self.tr("Masalah pada berkas"))
        self.plans_table = self._table("plansTable", self.plans_model,
                                       self.tr("Baris yang akan diimpor"))
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(ProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.problems_table.setWordWrap(True)
        header = self.plans_table.horizontalHeader()
        # Post titles are the long ones ("Kepala Dinas Komunikasi Informatika ..."): they get
        # the spare width, names and NIPs take what they need.
        header.setSectionResizeMode(PlansModel.POST, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("previewTabs")
        self.tabs.addTab(self.problems_table, "")
        self.tabs.addTab(self.plans_table, "")

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()

        self.recheck_button = self._button(self.tr("&Periksa lagi"), "recheckButton",
                                           self.check)
        self.cancel_button = self._button(self.tr("Ba&tal"), "cancelButton", self.cancel_work)
        self.cancel_button.setToolTip(self.tr("Hentikan impor; tidak ada data yang diubah"))
        self.import_button = self._button(self.tr("&Impor"), "importButton", self.start_import)
        self.close_button = self._button(self.tr("T&utup"), "closeButton", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recheck_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress_bar, 2)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.message_label)
        layout.addLayout(counts)
        layout.addWidget(self.units_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(960, 600)
        self._show_report(None)
        self._set_message(self.tr("Pilih berkas .xlsx atau .csv berisi daftar pejabat; isinya "
                                  "diperiksa dulu sebelum ada yang ditulis."), "")
        self._update_controls()

    # Building ---------------------------------------------------------------------------------
    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        return label

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # Only the button chosen in _update_controls answers Enter; a focused "Periksa lagi"
        # or "Tutup" must not steal it from "Impor".
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _table(self, name: str, model: QAbstractTableModel, accessible: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setAccessibleName(accessible)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        return table

    # Choosing and checking --------------------------------------------------------------------
    def choose_file(self) -> bool:
        """Ask for a spreadsheet and check it; False when the user cancels the file dialog."""
        if self.state != self.IDLE:
            return False
        start = str(self.path.parent) if self.path else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih daftar pejabat"), start,
                                              self.tr("Daftar pejabat (*.xlsx *.csv)"))
        if not path:
            return False
        self.set_file(path)
        return True

    def set_file(self, path: str | Path) -> None:
        """Use this file and check it (in the background; nothing is written)."""
        if self.state != self.IDLE:
            return
        self.path = Path(path)
        self.file_label.setText(self.tr("Berkas: {0}").format(self.path.name))
        self.file_label.setToolTip(str(self.path))
        self.check()

    def check(self) -> None:
        """Read the chosen file again and show what importing it would do."""
        if self.path is None or self.state != self.IDLE:
            return
        path, db = self.path, self.db
        self.report = None
        self.file_error = ""
        self._show_report(None)
        self.state = self.CHECKING
        self.progress_bar.setRange(0, 0)  # busy: reading a large XLSX takes seconds
        self.progress_bar.setFormat(self.tr("Memeriksa…"))
        self._set_message(self.tr("Memeriksa {0}… Belum ada data yang ditulis.")
                          .format(path.name), "")
        self._update_controls()
        # A file the user can fix (InputFileError) is explained in the dialog, not in a box.
        operation = (Operation(self, lambda _ctx: plan_import(db, path), db=db)
                     .success(self._check_done).failure(self._check_failed)
                     .expect(InputFileError))
        self._operation = operation
        if self.isVisible():
            operation.run_in_background()
            return
        # Chosen before the dialog shows (the window's import: choose_file, then exec): the
        # check starts once the dialog has painted. Parsing the file holds the GIL, and the
        # dialog's first show and layout are hundreds of Python calls (the screen fitter sees
        # every event), each waiting for it: together they froze the window for 130-170 ms.
        after_first_paint(self, lambda: self._start_check(operation))

    def _start_check(self, operation: Operation) -> None:
        if self._operation is operation and self.state == self.CHECKING:  # not closed since
            operation.run_in_background()

    def _check_done(self, report: ImportReport) -> None:
        if self.state != self.CHECKING:
            return
        self._finish_work()
        self.report = report
        self._show_report(report)
        self._update_controls()
        self.work_done.emit()

    def _check_failed(self, exc: BaseException) -> None:
        if self.state != self.CHECKING:
            return
        self._finish_work()
        if isinstance(exc, InputFileError):
            self.file_error = str(exc)
            self._set_message(self.tr("{0} Perbaiki berkas lalu periksa lagi, atau pilih berkas "
                                      "lain.").format(exc), ERROR_COLOUR)
        else:
            self._set_message(self.tr("Berkas belum dapat diperiksa."), ERROR_COLOUR)
        self._update_controls()
        self.work_done.emit()  # any other error is shown next, by the operation

    def _show_report(self, report: ImportReport | None) -> None:
        problems = report.problems if report else []
        plans = report.plans if report else []
        self.problems_model.set_problems(problems)
        self.plans_model.set_plans(plans)
        wrap = len(problems) <= WRAP_LIMIT
        if self.problems_table.wordWrap() != wrap:  # each change lays the whole table out again
            self.problems_table.setWordWrap(wrap)
            self.problems_table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Fixed)
        self.tabs.setTabText(0, self.tr("Masalah ({0})").format(len(problems)))
        self.tabs.setTabText(1, self.tr("Baris yang akan diimpor ({0})").format(len(plans)))
        counts = ((self.rows_label, self.tr("Baris data: {0}"), report.rows if report else None),
                  (self.new_label, self.tr("Baru: {0}"), report.new if report else None),
                  (self.updated_label, self.tr("Diubah: {0}"), report.updated if report else None),
                  (self.unchanged_label, self.tr("Tetap: {0}"),
                   report.unchanged if report else None),
                  (self.units_count_label, self.tr("Unit kerja baru: {0}"),
                   len(report.units_created) if report else None))
        for label, text, value in counts:
            label.setText(text.format("–" if value is None else value))
        units = report.units_created if report else []
        if units:
            shown = ", ".join(units[:UNITS_SHOWN])
            if len(units) > UNITS_SHOWN:
                shown += self.tr(", dan {0} lainnya").format(len(units) - UNITS_SHOWN)
            self.units_label.setText(self.tr("Unit kerja yang akan dibuat: {0}").format(shown))
            self.units_label.setToolTip("\n".join(units))
        else:
            self.units_label.setText("")
            self.units_label.setToolTip("")
        self.units_label.setVisible(bool(units))
        if report is None:
            return
        # Open on what needs attention: problems if any, else the rows to be written.
        self.tabs.setCurrentIndex(0 if problems else 1)
        if report.errors:
            self._set_message(self.tr("Impor tidak dapat dilakukan: {0} kesalahan. Perbaiki "
                                      "berkas lalu periksa lagi.").format(report.error_count),
                              ERROR_COLOUR)
        elif report.rows == 0:
            self._set_message(self.tr("Berkas tidak berisi baris data; tidak ada yang diimpor."),
                              WARNING_COLOUR)
        elif report.new + report.updated == 0:
            self._set_message(self.tr("Semua baris sama dengan data yang sudah ada; tidak ada "
                                      "yang perlu diimpor."), OK_COLOUR)
        elif report.warnings:
            self._set_message(self.tr("Berkas dapat diimpor, dengan {0} peringatan; periksa "
                                      "dulu sebelum menekan Impor. Belum ada data yang ditulis.")
                              .format(len(report.warnings)), WARNING_COLOUR)
        else:
            self._set_message(self.tr("Berkas siap diimpor. Belum ada data yang ditulis; "
                                      "tekan Impor untuk menyimpan."), OK_COLOUR)

    # Importing --------------------------------------------------------------------------------
    def can_import(self) -> bool:
        report = self.report
        return (self.state == self.IDLE and report is not None and report.ok
                and not report.applied and report.new + report.updated > 0)

    def start_import(self) -> None:
        report = self.report
        if report is None or not self.can_import():
            return
        self.state = self.APPLYING
        total = max(1, report.source_rows)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v dari %m baris"))
        self._set_message(self.tr("Mengimpor {0} baris…").format(len(report.plans)), "")
        self._update_controls()
        self.cancel_button.setFocus()
        db = self.db
        self._operation = (Operation(self, lambda ctx: apply_import(
            db, report, ctx.progress, ctx.cancelled,
            # A shared server: whom the import waits for, in the message line.
            lambda text: ctx.progress(0, report.source_rows, text)), db=db)
                           .on_progress(self._import_progress)
                           .success(self._import_done)
                           .failure(self._import_failed)
                           .cancelled(self._import_failed))
        self._operation.run_in_background()

    def _import_progress(self, done: int, total: int, text: str = "") -> None:
        if self.state == self.APPLYING:
            self.progress_bar.setRange(0, max(1, total))
            self.progress_bar.setValue(done)
            if text:
                self._set_message(text, "")

    def _import_done(self, report: ImportReport) -> None:
        if self.state != self.APPLYING:
            return
        self._finish_work()
        self.report = report
        summary = self.tr("Impor selesai: {0} pejabat baru, {1} diubah, {2} tetap.").format(
            report.new, report.updated, report.unchanged)
        if report.units_created:
            summary += " " + self.tr("Unit kerja baru: {0}.").format(
                ", ".join(report.units_created))
        self._set_message(summary, OK_COLOUR)
        self._update_controls()
        QMessageBox.information(self, self.tr("Impor selesai"), summary)
        self.accept()  # written: the caller refreshes even if the user asked to close
        self.work_done.emit()

    def _import_failed(self, exc: BaseException) -> None:
        if self.state != self.APPLYING:
            return
        self._finish_work()
        if isinstance(exc, OperationCancelled):
            self._set_message(self.tr("Impor dibatalkan; tidak ada data yang diubah."),
                              WARNING_COLOUR)
        else:
            self._set_message(self.tr("Impor gagal; tidak ada data yang diubah."), ERROR_COLOUR)
        self._update_controls()
        if self._close_when_done:
            super().reject()
        self.work_done.emit()  # a failure (not a cancel) is shown next, by the operation

    def cancel_work(self) -> None:
        """Stop a running import; apply_import rolls back at the next row."""
        if self.state == self.APPLYING and self._operation is not None:
            self._operation.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_bar.setFormat(self.tr("Membatalkan…"))

    # State ------------------------------------------------------------------------------------
    def _finish_work(self) -> None:
        self.state = self.IDLE
        self._operation = None
        self.progress_bar.hide()

    def _set_message(self, text: str, colour: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {colour}" if colour else "")

    def _update_controls(self) -> None:
        idle = self.state == self.IDLE
        self.progress_bar.setVisible(not idle)
        self.cancel_button.setVisible(self.state == self.APPLYING)
        self.cancel_button.setEnabled(self.state == self.APPLYING)
        self.choose_button.setEnabled(idle)
        self.recheck_button.setEnabled(idle and self.path is not None)
        self.recheck_button.setVisible(self.path is not None)
        importable = self.can_import()
        self.import_button.setEnabled(importable)
        # Enter imports when importing is possible; otherwise, after a failed check, it
        # re-reads the file the user has just fixed.
        self.import_button.setDefault(importable)
        self.recheck_button.setDefault(not importable and idle and self.path is not None)

    # Closing ----------------------------------------------------------------------------------
    def reject(self) -> None:  # Esc, "Tutup" and the window's close button all come here
        if self.state == self.APPLYING:
            if not confirm(
                    self, self.tr("Impor sedang berjalan"),
                    self.tr("Impor sedang berjalan. Batalkan impor dan tutup? Tidak ada data yang "
                            "akan diubah.")):
                return
            if self.state == self.APPLYING:
                self._close_when_done = True
                self.cancel_work()
                return  # closes when the worker confirms the rollback
            if self.result() == QDialog.DialogCode.Accepted:
                return  # the import finished while the question was open
        if self.state == self.CHECKING:
            # A check writes nothing, so there is nothing to ask; its result is dropped.
            self.state = self.IDLE
            if self._operation is not None:
                self._operation.abandon()
            self._operation = None
        super().reject()
