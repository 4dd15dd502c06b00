"""Dialog to record an inauguration: when, where, by whom, and the appointments made at it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from kinerja_desktop.domain import ranks, vocab
from kinerja_desktop.domain.dates import day_before, format_day_date
from kinerja_desktop.domain.officials import (InaugurationInput, OfficialRecord, main_post_key,
                                              post_display, validate_inauguration)
from kinerja_desktop.errors import NotFoundError, Problem
from kinerja_desktop.gui.roster.inauguration_row import ERROR_COLOUR, InaugurationRow
from kinerja_desktop.gui.shared.formatting import format_date, from_qdate
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.widgets import (HINT_COLOUR, LongFormDialog, ProblemLabel,
                                                combo_line_edit, confirm, date_problems,
                                                date_with_hint)
from kinerja_desktop.services.inauguration import InaugurationResult, record_inauguration
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.database import Database


class InaugurationDialog(LongFormDialog):
    """Record an inauguration with several appointments; OK stays disabled while invalid."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inaugurationDialog")
        self.setWindowTitle(self.tr("Catat pelantikan"))
        self.db = db
        self.roster = RosterService(db)
        self.recorded: InaugurationResult | None = None  # once saved (QDialog.result() is Qt's)
        self.rows: list[InaugurationRow] = []
        self._current: InaugurationRow | None = None
        self._officials: dict[int, OfficialRecord | None] = {}
        units = self.roster.units()
        # Looked up by full or short name ("Disdukcapil"), as saving will resolve it.
        self._units = {n.lower(): u for u in units for n in (u.short_name, u.name) if n}
        self._unit_names = [u.name for u in units]

        self._make_header()
        self._make_rows_area()
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(f"color: {HINT_COLOUR}")
        self.problems = ProblemLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("Simpan"))
        self.ok_button.setToolTip(self.tr("Simpan pelantikan (Ctrl+Enter)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setText(self.tr("Batal"))
        # Enter moves to the next field (see keyPressEvent); no button is pressed by Enter.
        for button in (self.ok_button, self.cancel_button, self.add_button, self.remove_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addLayout(self.rows_bar)
        layout.addWidget(self.rows_scroll, 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setStyleSheet("QFrame#inaugurationRow[current=\"true\"] "
                           "{ border: 2px solid palette(highlight); border-radius: 3px; }")
        self._make_actions()
        self.resize(1060, 720)

        for signal in (self.place_edit.textChanged, self.signatory_combo.editTextChanged,
                       self.note_edit.textChanged):
            signal.connect(self.validate)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.date_edit.validity_changed.connect(self.validate)  # typed text that is no date
        self.date_edit.text_changed.connect(self._update_date_hint)
        self._date_changed()
        self.add_row()
        self.date_edit.setFocus()

    # Building ---------------------------------------------------------------------------------
    def _make_header(self) -> None:
        self.date_edit, self.date_hint, date_row = date_with_hint(self, "dateEdit",
                                                                  "dateHintLabel")
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.setPlaceholderText(self.tr("mis. Pendopo Bupati Serang"))
        self.signatory_combo = QComboBox(self)
        self.signatory_combo.setObjectName("signatoryCombo")
        self.signatory_combo.setEditable(True)
        self.signatory_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.signatory_combo.setSizePolicy(QSizePolicy.Policy.Expanding,
                                           QSizePolicy.Policy.Fixed)
        for signer in self.roster.signatories():
            self.signatory_combo.addItem(f"{signer.name} — {signer.title}", signer.id)
        # Typing another name is always possible; with no signatories set up it is the only way.
        combo_line_edit(self.signatory_combo).setPlaceholderText(
            self.tr("ketik nama dan jabatan, mis. Ratu Tatu Chasanah, Bupati Serang"))
        self.signatory_combo.setToolTip(
            self.tr("Pilih dari daftar penandatangan, atau ketik nama dan jabatan lain"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("tidak wajib"))
        self.header = QFormLayout()
        self.header.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        date_label = QLabel(self.tr("&Tanggal:"), self)
        date_label.setBuddy(self.date_edit)
        self.header.addRow(date_label, date_row)
        self.header.addRow(self.tr("T&empat:"), self.place_edit)
        self.header.addRow(self.tr("Dilantik &oleh:"), self.signatory_combo)
        self.header.addRow(self.tr("&Catatan:"), self.note_edit)

    def _make_rows_area(self) -> None:
        self.rows_title = QLabel(self)
        self.rows_title.setObjectName("rowsTitleLabel")
        self.add_button = QPushButton(self.tr("Tam&bah baris"), self)
        self.add_button.setObjectName("addRowButton")
        self.add_button.setToolTip(self.tr("Tambah pejabat yang dilantik (Insert atau "
                                           "Ctrl+Shift+N)"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("&Hapus baris"), self)
        self.remove_button.setObjectName("removeRowButton")
        self.remove_button.setToolTip(self.tr("Hapus baris yang sedang dipilih "
                                              "(Ctrl+Shift+Delete)"))
        self.remove_button.clicked.connect(self.remove_row)
        self.rows_bar = QHBoxLayout()
        self.rows_bar.addWidget(self.rows_title, 1)
        self.rows_bar.addWidget(self.add_button)
        self.rows_bar.addWidget(self.remove_button)

        self.rows_widget = QWidget()
        self.rows_widget.setObjectName("rowsWidget")
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self.tr("Belum ada pejabat. Tekan Insert atau \"Tambah baris\" "
                                          "untuk menambahkan pejabat yang dilantik."),
                                  self.rows_widget)
        self.empty_label.setObjectName("emptyRowsLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOUR}; padding: 24px")
        self.rows_layout.addWidget(self.empty_label)
        self.rows_layout.addStretch(1)
        self.rows_scroll = QScrollArea(self)
        self.rows_scroll.setObjectName("rowsScroll")
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rows_scroll.setWidget(self.rows_widget)

    def _make_actions(self) -> None:
        for keys, slot, name in (
                (["Insert", "Ctrl+Shift+N"], self.add_row, "addRowAction"),
                (["Ctrl+Shift+Delete"], self.remove_row, "removeRowAction"),
                (["Ctrl+Return", "Ctrl+Enter"], self.save, "saveAction")):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.addAction(action)

    # Rows -------------------------------------------------------------------------------------
    def add_row(self) -> InaugurationRow:
        row = InaugurationRow(self.roster, self._unit_names, self.rows_widget)
        self.rows_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        row.changed.connect(lambda r=row: self._row_changed(r))
        row.focused.connect(lambda widget, r=row: self._row_focused(r, widget))
        row.follow_date(self.date_edit.date())
        self._renumber()
        self._set_current(row)
        self._update_preview(row)
        self.validate()
        row.official_edit.setFocus()
        # After the layout has placed the new row, so that its position is known; the row as
        # context, so that a row (or dialog) gone by then cancels the call.
        QTimer.singleShot(0, row, lambda r=row: self._ensure_visible(r))
        return row

    def remove_row(self) -> None:
        """Remove the current row; nothing is saved yet, so nothing needs confirming."""
        row = self._current or (self.rows[-1] if self.rows else None)
        if row is None:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._current = None
        self._renumber()
        if self.rows:
            following = self.rows[min(index, len(self.rows) - 1)]
            self._set_current(following)
            following.official_edit.setFocus()
        else:
            self.add_button.setFocus()
        self.validate()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
        self.empty_label.setVisible(not self.rows)
        self.remove_button.setEnabled(bool(self.rows))
        self.rows_title.setText(self.tr("<b>Pejabat yang dilantik</b> ({0})")
                                .format(len(self.rows)))
        chain = [self.date_edit, self.place_edit, self.signatory_combo, self.note_edit]
        for row in self.rows:
            chain += row.focus_chain()
        chain += [self.add_button, self.remove_button, self.ok_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):  # neighbours: one shorter
            QWidget.setTabOrder(first, second)

    def _set_current(self, row: InaugurationRow | None) -> None:
        self._current = row
        for other in self.rows:
            other.set_current(other is row)

    def _row_focused(self, row: InaugurationRow, widget: QWidget) -> None:
        if row is not self._current:
            self._set_current(row)
        if widget is not row:
            self.rows_scroll.ensureWidgetVisible(widget)

    def _ensure_visible(self, row: InaugurationRow) -> None:
        if row in self.rows:
            self.rows_scroll.ensureWidgetVisible(row)

    def _row_changed(self, row: InaugurationRow) -> None:
        if row in self.rows:
            self._update_preview(row)
            self.validate()

    def _date_changed(self) -> None:
        # Day 1 is the inauguration day, so day 100 is 99 days later (periods.default_end).
        self._update_date_hint()
        for row in self.rows:
            row.follow_date(self.date_edit.date())
            self._update_preview(row)
        self.validate()

    def _update_date_hint(self) -> None:
        # Follows the text as typed, not the last date taken: unreadable text must not leave
        # the old date's day 100 standing. The field shows its own weekday; not repeated here.
        day = self.date_edit.typed_date()
        if day is not None:
            # Day 1 is the inauguration day, so day 100 is 99 days later (periods.default_end).
            self.date_hint.setText(self.tr("Hari ke-100: {0}").format(
                format_day_date(from_qdate(day.addDays(99)))))
        elif self.date_edit.hasFocus():
            self.date_hint.setText("")  # still typing: no verdict yet, as the red frame waits
        else:
            self.date_hint.setText(self.tr("Tanggal tidak terbaca; hari ke-100 belum dapat "
                                           "dihitung."))

    # Preview ----------------------------------------------------------------------------------
    def _official(self, official_id: int) -> OfficialRecord | None:
        if official_id not in self._officials:
            try:
                self._officials[official_id] = self.roster.get(official_id)
            except NotFoundError:
                self._officials[official_id] = None
        return self._officials[official_id]

    def _update_preview(self, row: InaugurationRow) -> None:
        row.set_preview(self._preview_html(row))

    def _preview_html(self, row: InaugurationRow) -> str:
        """What saving will do for this row: the official's posts now and which ones end."""
        def hint(text: str, colour: str = HINT_COLOUR) -> str:
            return f"<span style='color:{colour}'>{escape(text)}</span>"

        official_id = row.official_id
        typed = row.official_edit.text().strip()
        if official_id is None:
            if typed and row.official_edit.match_count == 0:
                return hint(self.tr("Tidak ada pejabat yang cocok dengan \"{0}\".")
                            .format(typed), ERROR_COLOUR)
            if len(typed) >= 2:
                return hint(self.tr("Pilih pejabat dari daftar saran (panah bawah, lalu Enter)."))
            return hint(self.tr("Ketik sebagian nama atau NIP pejabat, lalu pilih dari daftar."))
        official = self._official(official_id)
        if official is None:
            return hint(self.tr("Pejabat ini tidak ditemukan lagi di basis data."), ERROR_COLOUR)
        current = sorted(official.current_appointments(),
                         key=lambda a: main_post_key(a.filling, a.eselon, a.start_date, a.id))
        posts = "; ".join(post_display(a.post_title, a.filling) for a in current)
        rank = self.tr("Gol. {0}").format(official.rank) if official.rank else ""
        end = format_date(day_before(from_qdate(self.date_edit.date())))
        closes = bool(current) and not vocab.is_temporary(row.filling())
        # The closing line names the current posts itself; a separate "now" line would repeat it.
        if closes:
            first = self.tr("Jabatan lama ditutup per {0}: {1}").format(end, posts)
        else:
            first = self.tr("Kini: {0}").format(posts or self.tr("tidak memegang jabatan"))
        lines = [escape(" · ".join(part for part in (rank, first) if part))]
        if current and not closes:
            lines.append(escape(self.tr("→ Jabatan lama tetap berjalan (pengisian "
                                        "sementara).")))
        unit = self._units.get(row.unit_name().lower())
        if unit is not None and row.post_title() and not vocab.is_temporary(row.filling()):
            acting = self.roster.acting_holders(unit.id, row.post_title())
            holders = [a for a in acting if a.official_id != official_id]
            names = self.roster.rows([a.official_id for a in holders])
            for a in holders:
                name = names[a.official_id].full_name if a.official_id in names else "?"
                lines.append(escape(self.tr("→ {0} ({1}) diakhiri per {2}")
                                    .format(post_display(a.post_title, a.filling), name, end)))
        if row.unit_name() and row.unit_name().lower() not in self._units:
            lines.append(escape(self.tr("→ Unit kerja baru ditambahkan: {0}")
                                .format(row.unit_name())))
        return f"<span style='color:{HINT_COLOUR}'>" + "<br>".join(lines) + "</span>"

    # Validation -------------------------------------------------------------------------------
    def _inaugurator(self) -> tuple[int | None, str]:
        text = self.signatory_combo.currentText()
        index = self.signatory_combo.findText(text)
        if text and index >= 0 and self.signatory_combo.itemData(index) is not None:
            return self.signatory_combo.itemData(index), ""
        return None, " ".join(text.split())

    def value(self) -> InaugurationInput:
        signatory_id, inaugurated_by = self._inaugurator()
        # Rows still without an official carry a distinct negative id, so that the domain's
        # duplicate check and row numbering stay right; validate() refuses them anyway.
        items = [row.item(-number) for number, row in enumerate(self.rows, start=1)]
        return InaugurationInput(from_qdate(self.date_edit.date()),
                                 " ".join(self.place_edit.text().split()), signatory_id,
                                 inaugurated_by, self.note_edit.text().strip(), items)

    def problems_found(self) -> tuple[list[Problem], list[Problem]]:
        """(still missing, errors and warnings): missing fields are listed quietly, the rest
        shown as problems."""
        problems = validate_inauguration(self.value())
        missing = [Problem("pejabat", "", row=number)
                   for number, row in enumerate(self.rows, start=1) if row.official_id is None]
        for number, row in enumerate(self.rows, start=1):
            if row.official_id is None:
                continue
            official = self._official(row.official_id)
            if official is None:
                problems.append(Problem("pejabat", self.tr("Pejabat tidak ditemukan."),
                                        row=number))
                continue
            problems += [Problem(p.field, p.message, p.severity, number)
                         for p in ranks.rank_warnings(official.rank, row.eselon())]
            if not official.active:
                problems.append(Problem("pejabat", self.tr("{0} sedang diarsipkan.")
                                        .format(official.full_name), "warning", number))
            # Appointing someone to the definitive post they already hold is rarely meant.
            same = [a for a in official.current_appointments()
                    if not vocab.is_temporary(a.filling)
                    and a.post_title.lower() == row.post_title().lower()
                    and a.unit_name.lower() == row.unit_name().lower()]
            if same:
                problems.append(Problem("jabatan", self.tr("{0} sudah menjabat {1}; periksa "
                                                           "kembali.")
                                        .format(official.full_name, same[0].post_title),
                                        "warning", number))
        shown = [p for p in problems if not self._is_missing(p)]
        missing += [p for p in problems if self._is_missing(p)]
        return missing, sorted(shown, key=lambda p: (p.row or 0, not p.is_error))

    @staticmethod
    def _is_missing(p: Problem) -> bool:
        # Domain messages are Indonesian source text; "wajib diisi." marks an empty field, and
        # "at least one official" (no row) is an empty list: both are listed quietly.
        return p.is_error and (p.message.endswith("wajib diisi.")
                               or (p.field == "pejabat" and p.row is None))

    def _field_label(self, field: str) -> str:
        return {"tempat": self.tr("tempat pelantikan"), "pejabat": self.tr("pejabat"),
                "jabatan": self.tr("jabatan baru"), "unit_kerja": self.tr("unit kerja")
                }.get(field, field)

    def _missing_text(self, missing: list[Problem]) -> str:
        if not missing:
            return ""
        if not self.rows:
            general = [self._field_label(p.field) for p in missing
                       if p.row is None and p.field != "pejabat"]
            text = self.tr("Tambahkan minimal satu pejabat yang dilantik.")
            return (self.tr("Belum diisi: {0}.").format(", ".join(general)) + " " + text
                    if general else text)
        parts: list[str] = []
        by_row: dict[int, set[str]] = {}
        for p in missing:
            if p.row is None:
                parts.append(self._field_label(p.field))
            else:
                by_row.setdefault(p.row, set()).add(p.field)
        order = ["pejabat", "jabatan", "unit_kerja"]  # as the row shows them
        for number in sorted(by_row):
            fields = sorted(by_row[number],
                            key=lambda f: order.index(f) if f in order else len(order))
            parts.append(self.tr("baris {0}: {1}").format(
                number, ", ".join(self._field_label(f) for f in fields)))
        return self.tr("Belum diisi: {0}.").format(" · ".join(parts))

    def _describe(self, p: Problem) -> Problem:
        if p.row is None or f"baris {p.row}" in p.message.lower():
            return p
        return Problem(p.field, self.tr("Baris {0}: {1}").format(p.row, p.message),
                       p.severity, p.row)

    def validate(self) -> bool:
        missing, shown = self.problems_found()
        shown = [*shown, *date_problems(self)]  # never save the old date under typed text
        self.missing_label.setText(self._missing_text(missing))
        self.missing_label.setVisible(bool(missing))
        self.problems.show_problems([self._describe(p) for p in shown])
        for number, row in enumerate(self.rows, start=1):
            row.mark({p.field for p in shown if p.row == number and p.is_error})
        ok = not missing and not any(p.is_error for p in shown)
        self.ok_button.setEnabled(ok)
        return ok

    # Closing ----------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.validate():
            return
        recorded = attempt(self, lambda: record_inauguration(self.db, self.value()))
        if recorded:
            self.recorded = recorded.value
            self.accept()

    def summary(self) -> str:
        """One line for the caller's status bar after a successful save."""
        if self.recorded is None:
            return ""
        return self.tr("Pelantikan dicatat: {0} pejabat dilantik, {1} jabatan lama diakhiri.") \
            .format(len(self.recorded.appointment_ids), len(self.recorded.ended))

    def has_input(self) -> bool:
        return bool(any(row.has_input() for row in self.rows) or self.place_edit.text().strip()
                    or self.note_edit.text().strip())

    def reject(self) -> None:
        if self.has_input():
            if not confirm(
                    self, self.tr("Batalkan pelantikan"), self.tr("Buang isian pelantikan ini?")):
                return
        super().reject()
