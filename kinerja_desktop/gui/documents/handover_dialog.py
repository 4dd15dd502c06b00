"""Dialog to write a handover (serah terima jabatan): the minutes and the memo with its lists."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QSizePolicy, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from kinerja_desktop.domain.handover import (SECTION_CODES, HandoverInput, HandoverItemInput,
                                             Witness, validate_handover)
from kinerja_desktop.domain.nip import format_nip, normalize_nip
from kinerja_desktop.domain.officials import post_display
from kinerja_desktop.errors import NotFoundError, Problem, StaleSaveError
from kinerja_desktop.gui.roster.official_picker import OfficialPicker
from kinerja_desktop.gui.shared.operations import attempt
from kinerja_desktop.gui.shared.stale_save import ask_about_stale_save
from kinerja_desktop.gui.shared.formatting import format_date, from_qdate, to_qdate
from kinerja_desktop.gui.shared.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.shared.screen_fit import scroll_form
from kinerja_desktop.gui.shared.widgets import (HINT_COLOUR, LongFormDialog, OptionalDateEdit,
                                                ProblemLabel, combo_completer, combo_line_edit,
                                                confirm, date_problems, make_date_edit)
from kinerja_desktop.services.handover import HandoverService
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.database import Database

ERROR_BACKGROUND = QColor("#f8d7da")

# Column headers of the lists (name, quantity, condition, note), per section.
SECTION_HEADERS = {
    "kegiatan": (QT_TRANSLATE_NOOP("HandoverDialog", "Program/kegiatan"),
                 QT_TRANSLATE_NOOP("HandoverDialog", "Volume/anggaran"),
                 QT_TRANSLATE_NOOP("HandoverDialog", "Keadaan"),
                 QT_TRANSLATE_NOOP("HandoverDialog", "Keterangan")),
    "pegawai": (QT_TRANSLATE_NOOP("HandoverDialog", "Uraian"),
                QT_TRANSLATE_NOOP("HandoverDialog", "Jumlah"),
                QT_TRANSLATE_NOOP("HandoverDialog", "Keadaan"),
                QT_TRANSLATE_NOOP("HandoverDialog", "Keterangan")),
    "aset": (QT_TRANSLATE_NOOP("HandoverDialog", "Nama barang"),
             QT_TRANSLATE_NOOP("HandoverDialog", "Jumlah"),
             QT_TRANSLATE_NOOP("HandoverDialog", "Kondisi"),
             QT_TRANSLATE_NOOP("HandoverDialog", "Keterangan")),
    "dokumen": (QT_TRANSLATE_NOOP("HandoverDialog", "Nama dokumen/arsip"),
                QT_TRANSLATE_NOOP("HandoverDialog", "Jumlah"),
                QT_TRANSLATE_NOOP("HandoverDialog", "Keadaan"),
                QT_TRANSLATE_NOOP("HandoverDialog", "Keterangan")),
}
SECTION_TABS = {
    "kegiatan": QT_TRANSLATE_NOOP("HandoverDialog", "&Kegiatan"),
    "pegawai": QT_TRANSLATE_NOOP("HandoverDialog", "Pe&gawai"),
    "aset": QT_TRANSLATE_NOOP("HandoverDialog", "&Aset"),
    "dokumen": QT_TRANSLATE_NOOP("HandoverDialog", "&Dokumen"),
}
WITNESS_HEADERS = (QT_TRANSLATE_NOOP("HandoverDialog", "Nama"),
                   QT_TRANSLATE_NOOP("HandoverDialog", "Jabatan"),
                   QT_TRANSLATE_NOOP("HandoverDialog", "NIP (bila ada)"))
ITEM_COLUMNS = {"nama": 0, "jumlah": 1, "kondisi": 2, "keterangan": 3}
WITNESS_COLUMNS = {"nama": 0, "jabatan": 1, "nip": 2}


class RowTable(QTableWidget):
    """An editable table of text rows: Insert adds a row, Delete removes the current one, Enter
    edits the current cell. Nothing is saved until the dialog's OK."""

    changed = Signal()

    def __init__(self, headers: tuple[str, ...], parent: QWidget | None = None,
                 stretch: int = 0):
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.setWordWrap(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column == stretch
                                        else QHeaderView.ResizeMode.Interactive)
            if column != stretch:
                self.setColumnWidth(column, 150 if column else 260)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def add_row(self, values: tuple[str, ...] = (), edit: bool = True) -> int:
        row = self.currentRow() + 1 if self.currentRow() >= 0 and edit else self.rowCount()
        self.insertRow(row)
        for column in range(self.columnCount()):
            text = values[column] if column < len(values) else ""
            self.setItem(row, column, QTableWidgetItem(text))
        if edit:
            self.setCurrentCell(row, 0)
            self.setFocus()
            first = self.item(row, 0)
            if first is not None:  # None only in a table without columns
                self.editItem(first)
        self.changed.emit()
        return row

    def remove_current_row(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        self.removeRow(row)
        if self.rowCount():
            self.setCurrentCell(min(row, self.rowCount() - 1), max(0, self.currentColumn()))
        self.changed.emit()

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def rows(self) -> list[tuple[int, tuple[str, ...]]]:
        """(table row, texts) of every row that holds any text."""
        result = []
        for row in range(self.rowCount()):
            texts = tuple(self.text(row, c) for c in range(self.columnCount()))
            if any(texts):
                result.append((row, texts))
        return result

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for values in rows:
            self.add_row(values, edit=False)
        self.blockSignals(False)
        self.changed.emit()

    def mark(self, cells: dict[tuple[int, int], str]) -> None:
        """Colour the cells with problems (table row, column) and give them the message."""
        self.blockSignals(True)
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is None:
                    item = QTableWidgetItem("")
                    self.setItem(row, column, item)
                message = cells.get((row, column))
                item.setData(Qt.ItemDataRole.BackgroundRole,
                             ERROR_BACKGROUND if message else None)
                item.setToolTip(message or "")
        self.blockSignals(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key == Qt.Key.Key_Insert:
                self.add_row()
                event.accept()
                return
            if key == Qt.Key.Key_Delete:
                self.remove_current_row()
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
                self.editItem(self.currentItem())
                event.accept()
                return
        super().keyPressEvent(event)


class TableEditor(QWidget):
    """A RowTable with its add and remove buttons."""

    def __init__(self, headers: tuple[str, ...], hint: str, parent: QWidget | None = None,
                 stretch: int = 0):
        super().__init__(parent)
        self.table = RowTable(headers, self, stretch)
        self.add_button = QPushButton(self.tr("Tambah baris"), self)
        self.add_button.setObjectName("addRowButton")
        self.add_button.setToolTip(self.tr("Tambah baris (Insert di dalam tabel)"))
        self.remove_button = QPushButton(self.tr("Hapus baris"), self)
        self.remove_button.setObjectName("removeRowButton")
        self.remove_button.setToolTip(self.tr("Hapus baris yang dipilih (Delete di dalam "
                                              "tabel)"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.table.add_row())
        self.remove_button.clicked.connect(self.table.remove_current_row)
        self.table.changed.connect(self._update)
        self.table.currentCellChanged.connect(lambda *_: self._update())
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {HINT_COLOUR}")
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self._update()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)


class PartyBox(QGroupBox):
    """One side of the handover: the official (found by name or NIP) and their post."""

    changed = Signal()
    official_chosen = Signal()  # by the user, not by set_value()

    def __init__(self, title: str, roster: RosterService, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.roster = roster
        self.picker = OfficialPicker(roster, self)
        self.picker.setPlaceholderText(self.tr("ketik nama atau NIP, lalu pilih"))
        self.post_combo = QComboBox(self)
        self.post_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.post_combo.setMinimumContentsLength(24)
        self.post_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("Pejabat:"), self.picker)
        self.form.addRow(self.tr("Jabatan:"), self.post_combo)
        self.picker.official_changed.connect(self._official_changed)
        self.post_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._fill_posts()

    @property
    def official_id(self) -> int | None:
        return self.picker.official_id

    @property
    def appointment_id(self) -> int | None:
        return self.post_combo.currentData()

    def appointment(self):
        """The chosen appointment record, or None."""
        return self._appointments.get(self.appointment_id)

    def _official_changed(self) -> None:
        self._fill_posts()
        self.official_chosen.emit()
        self.changed.emit()

    def choose_post(self, post_title: str, unit_name: str) -> bool:
        """Choose the official's appointment to this post, if they have one."""
        key = (" ".join(post_title.split()).lower(), " ".join(unit_name.split()).lower())
        for appointment_id, a in self._appointments.items():
            if (a.post_title.lower(), a.unit_name.lower()) == key or (
                    a.post_title.lower() == key[0] and not key[1]):
                self.post_combo.setCurrentIndex(self.post_combo.findData(appointment_id))
                return True
        return False

    def _fill_posts(self, chosen: int | None = None) -> None:
        self.post_combo.blockSignals(True)
        self.post_combo.clear()
        self.post_combo.addItem(self.tr("(tanpa jabatan)"), None)
        self._appointments = {}
        official_id = self.picker.official_id
        if official_id is not None:
            try:
                appointments = self.roster.get(official_id).appointments
            except NotFoundError:
                appointments = []
            for a in appointments:
                if a.end_date is None:
                    period = self.tr("sejak {0}").format(format_date(a.start_date)) \
                        if a.start_date else self.tr("masih menjabat")
                else:
                    period = self.tr("s.d. {0}").format(format_date(a.end_date))
                self.post_combo.addItem(f"{post_display(a.post_title, a.filling)} "
                                        f"({period})", a.id)
                self._appointments[a.id] = a
        index = self.post_combo.findData(chosen) if chosen is not None else -1
        if index < 0 and chosen is None and len(self._appointments) >= 1:
            index = 1  # the most relevant post (current first, newest first)
        self.post_combo.setCurrentIndex(max(0, index))
        self.post_combo.blockSignals(False)

    def set_value(self, official_id: int | None, appointment_id: int | None) -> None:
        self.picker.blockSignals(True)
        if official_id is None:
            self.picker.reset()
        else:
            self.picker.choose(official_id)
        self.picker.blockSignals(False)
        self._fill_posts(appointment_id)
        if appointment_id is None:
            self.post_combo.setCurrentIndex(0)
        self.changed.emit()


class HandoverDialog(LongFormDialog):
    """Write or edit a handover; OK saves it through HandoverService, and stays disabled while
    the input has errors (shown under the form, cells of the lists coloured)."""

    def __init__(self, db: Database, handover_id: int | None = None,
                 parent: QWidget | None = None, suggestion: HandoverInput | None = None):
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.db = db
        self.service = HandoverService(db)
        self.roster = RosterService(db)
        self.handover_id = handover_id
        self.saved_id: int | None = None
        self._dirty = False
        self._loading = True
        self.setWindowTitle(self.tr("Ubah serah terima jabatan") if handover_id is not None
                            else self.tr("Serah terima jabatan baru"))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("handoverTabs")
        self.tabs.addTab(self._make_minutes_page(), self.tr("&Berita acara"))
        self.tabs.addTab(self._make_memo_page(), self.tr("&Memori"))
        self.sections: dict[str, TableEditor] = {}
        hints = {
            "kegiatan": self.tr("Program dan kegiatan yang sedang berjalan: anggaran atau "
                                "volume, keadaannya, catatan."),
            "pegawai": self.tr("Pegawai yang diserahkan: mis. PNS per golongan, tenaga "
                               "non-PNS; jumlah dan keterangan."),
            "aset": self.tr("Aset/barang milik daerah: jumlah dan kondisi (baik, rusak "
                            "ringan, rusak berat)."),
            "dokumen": self.tr("Dokumen/arsip: DPA, Renstra, laporan, arsip penting."),
        }
        for section in SECTION_CODES:
            editor = TableEditor(tuple(self.tr(h) for h in SECTION_HEADERS[section]),
                                 hints[section], self)
            editor.setObjectName(f"{section}Editor")
            editor.table.setObjectName(f"{section}Table")
            editor.table.changed.connect(self._changed)
            self.sections[section] = editor
            self.tabs.addTab(editor, "")
        self._update_tab_titles()

        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(f"color: {HINT_COLOUR}")
        self.problems = ProblemLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("Simpan"))
        self.ok_button.setToolTip(self.tr("Simpan serah terima (Ctrl+Enter)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Batal"))
        for button in (self.ok_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The tabs scroll on a small screen; the buttons below stay visible.
        layout.addWidget(scroll_form(self.tabs, self), 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        save = QAction(self)
        save.setObjectName("saveAction")
        save.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save.triggered.connect(self.save)
        self.addAction(save)
        self.resize(980, 720)

        if handover_id is not None:
            self.set_value(self.service.get(handover_id).as_input())
        elif suggestion is not None:
            self.set_value(suggestion)
        self._connect()
        self.suggest_button.setEnabled(self.incoming.official_id is not None)
        self._loading = False
        self._dirty = False
        # The handover as loaded, read back from the form (so that only what the user
        # changes counts as theirs): a save writes only those fields (StaleSaveError).
        self.loaded = self.value() if handover_id is not None else None
        self._update_tab_titles()
        self.validate()
        self.date_edit.setFocus()

    # Building ---------------------------------------------------------------------------------
    def _make_minutes_page(self) -> QWidget:
        page = QWidget(self)
        self.date_edit = make_date_edit(page)
        self.date_edit.setObjectName("dateEdit")
        self.number_edit = QLineEdit(page)
        self.number_edit.setObjectName("numberEdit")
        # The number of the office whose letterhead the minutes carry (the agency's).
        self.number_edit.setPlaceholderText(self.tr("nomor berita acara kantor pada kop, mis. "
                                                    "800/014-Setda/2019"))
        self.place_edit = QLineEdit(page)
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.setPlaceholderText(self.tr("mis. Pendopo Bupati Serang"))
        self.decree_edit = QLineEdit(page)
        self.decree_edit.setObjectName("decreeEdit")
        self.decree_edit.setPlaceholderText(self.tr("SK pengangkatan, mis. "
                                                    "821.2/Kep.123-Huk/2019"))
        self.decree_date = OptionalDateEdit(self.tr("diketahui"), page)
        self.decree_date.setObjectName("decreeDate")
        # "Keputusan Bupati Serang Nomor … tentang …": the minutes name the decree whole.
        self.decree_issuer_edit = QLineEdit(page)
        self.decree_issuer_edit.setObjectName("decreeIssuerEdit")
        self.decree_issuer_edit.setPlaceholderText(self.tr("pejabat yang menetapkan SK, mis. "
                                                           "Bupati Serang"))
        self.decree_subject_edit = QLineEdit(page)
        self.decree_subject_edit.setObjectName("decreeSubjectEdit")
        self.decree_subject_edit.setPlaceholderText(self.tr(
            "isi \"tentang\" pada SK, mis. Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama"))
        self.post_edit = QLineEdit(page)
        self.post_edit.setObjectName("postEdit")
        self.post_edit.setPlaceholderText(
            self.tr("mis. Kepala Dinas Kependudukan dan Catatan Sipil"))
        self.unit_combo = QComboBox(page)
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.addItems([u.name for u in self.roster.units()])
        self.unit_combo.setCurrentIndex(-1)
        combo_line_edit(self.unit_combo).setPlaceholderText(self.tr("pilih atau ketik unit kerja"))
        combo_completer(self.unit_combo).setFilterMode(Qt.MatchFlag.MatchContains)
        combo_completer(self.unit_combo).setCompletionMode(
            QCompleter.CompletionMode.PopupCompletion)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Tanggal:"), self.date_edit)
        form.addRow(self.tr("&Nomor:"), self.number_edit)
        form.addRow(self.tr("T&empat:"), self.place_edit)
        form.addRow(self.tr("Nomor &SK:"), self.decree_edit)
        form.addRow(self.tr("Tanggal SK:"), self.decree_date)
        form.addRow(self.tr("Penerb&it SK:"), self.decree_issuer_edit)
        form.addRow(self.tr("Peri&hal SK (tentang):"), self.decree_subject_edit)
        form.addRow(self.tr("&Jabatan diserahterimakan:"), self.post_edit)
        form.addRow(self.tr("&Unit kerja:"), self.unit_combo)

        self.outgoing = PartyBox(self.tr("Yang menyerahkan (pihak pertama)"), self.roster, page)
        self.outgoing.setObjectName("outgoingBox")
        self.outgoing.picker.setObjectName("outgoingEdit")
        self.outgoing.post_combo.setObjectName("outgoingPostCombo")
        self.incoming = PartyBox(self.tr("Yang menerima (pihak kedua)"), self.roster, page)
        self.incoming.setObjectName("incomingBox")
        self.incoming.picker.setObjectName("incomingEdit")
        self.incoming.post_combo.setObjectName("incomingPostCombo")
        self.suggest_button = QPushButton(self.tr("Isi dari &pelantikan"), self.incoming)
        self.suggest_button.setObjectName("suggestButton")
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.setToolTip(self.tr(
            "Isi tanggal, jabatan, SK dan pejabat yang menyerahkan (Plt/Plh/Pj yang diakhiri "
            "pelantikan) dari jabatan baru pejabat yang menerima"))
        self.suggest_button.clicked.connect(self.fill_from_inauguration)
        self.incoming.form.addRow("", self.suggest_button)
        sides = QHBoxLayout()
        sides.addWidget(self.outgoing, 1)
        sides.addWidget(self.incoming, 1)

        self.witnesses = TableEditor(tuple(self.tr(h) for h in WITNESS_HEADERS),
                                     self.tr("Saksi atau pejabat yang mengetahui, mis. "
                                             "Bupati atau Sekretaris Daerah."), page,
                                     stretch=1)
        self.witnesses.setObjectName("witnessEditor")
        self.witnesses.table.setObjectName("witnessTable")
        witness_box = QGroupBox(self.tr("Saksi"), page)
        box_layout = QVBoxLayout(witness_box)
        box_layout.addWidget(self.witnesses)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(sides)
        layout.addWidget(witness_box, 1)
        return page

    def _make_memo_page(self) -> QWidget:
        page = QWidget(self)
        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout(page)
        for attribute, label, hint in (
                ("programs", self.tr("&Program dan kegiatan:"),
                 self.tr("program dan kegiatan yang sedang berjalan, capaiannya")),
                ("problems", self.tr("Pe&rmasalahan:"),
                 self.tr("permasalahan yang dihadapi")),
                ("recommendations", self.tr("&Saran dan rekomendasi:"),
                 self.tr("saran dan rekomendasi untuk pejabat yang menerima")),
                ("notes", self.tr("&Catatan:"), self.tr("tidak wajib"))):
            edit = QPlainTextEdit(page)
            edit.setObjectName(f"{attribute}Edit")
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            self.texts[attribute] = edit
            form.addRow(label, edit)
        return page

    def _connect(self) -> None:
        for signal in (self.date_edit.dateChanged, self.number_edit.textChanged,
                       self.place_edit.textChanged, self.decree_edit.textChanged,
                       self.decree_date.changed, self.decree_issuer_edit.textChanged,
                       self.decree_subject_edit.textChanged, self.post_edit.textChanged,
                       self.unit_combo.editTextChanged, self.outgoing.changed,
                       self.witnesses.table.changed):
            signal.connect(self._changed)
        self.date_edit.validity_changed.connect(self._changed)  # typed text that is no date
        self.incoming.changed.connect(self._incoming_changed)
        for box in (self.outgoing, self.incoming):
            box.official_chosen.connect(lambda b=box: self._official_chosen(b))
        for edit in self.texts.values():
            edit.textChanged.connect(self._changed)

    # Values -----------------------------------------------------------------------------------
    def set_value(self, data: HandoverInput) -> None:
        """Fill every field from `data` (a stored handover or a suggestion)."""
        loading, self._loading = self._loading, True
        self._set_header(data)
        self.witnesses.table.set_rows([(w.name, w.title, format_nip(w.nip) if w.nip else "")
                                       for w in data.witnesses])
        for attribute, edit in self.texts.items():
            edit.setPlainText(getattr(data, attribute))
        for section, editor in self.sections.items():
            editor.table.set_rows([(i.name, i.quantity, i.condition, i.note)
                                   for i in data.items_in(section)])
        self._loading = loading
        self._changed()

    def _set_header(self, data: HandoverInput) -> None:
        if data.date is not None:
            self.date_edit.setDate(to_qdate(data.date))
        self.number_edit.setText(data.number)
        self.place_edit.setText(data.place)
        self.decree_edit.setText(data.decree_number)
        self.decree_date.set_value(data.decree_date)
        self.decree_issuer_edit.setText(data.decree_issuer)
        self.decree_subject_edit.setText(data.decree_subject)
        self.post_edit.setText(data.post_title)
        self.unit_combo.setEditText(data.unit_name)
        self.outgoing.set_value(data.outgoing_official_id, data.outgoing_appointment_id)
        self.incoming.set_value(data.incoming_official_id, data.incoming_appointment_id)

    def _rows(self) -> tuple[list[Witness], list[HandoverItemInput],
                             dict[tuple[str, int], int]]:
        """Witnesses and items from the tables (empty rows skipped), and where each came from:
        (section or "saksi", number in its list) -> table row."""
        where: dict[tuple[str, int], int] = {}
        witnesses = []
        for number, (row, (name, title, nip)) in enumerate(self.witnesses.table.rows(), 1):
            witnesses.append(Witness(name, title, normalize_nip(nip)))
            where[("saksi", number)] = row
        items = []
        for section, editor in self.sections.items():
            for number, (row, texts) in enumerate(editor.table.rows(), 1):
                items.append(HandoverItemInput(section, *texts))
                where[(section, number)] = row
        return witnesses, items, where

    def value(self) -> HandoverInput:
        witnesses, items, _ = self._rows()
        return HandoverInput(
            date=from_qdate(self.date_edit.date()), number=self.number_edit.text().strip(),
            place=" ".join(self.place_edit.text().split()),
            decree_number=self.decree_edit.text().strip(), decree_date=self.decree_date.value(),
            decree_issuer=" ".join(self.decree_issuer_edit.text().split()),
            decree_subject=" ".join(self.decree_subject_edit.text().split()),
            post_title=" ".join(self.post_edit.text().split()),
            unit_name=" ".join(self.unit_combo.currentText().split()),
            outgoing_official_id=self.outgoing.official_id,
            outgoing_appointment_id=self.outgoing.appointment_id,
            incoming_official_id=self.incoming.official_id,
            incoming_appointment_id=self.incoming.appointment_id,
            witnesses=witnesses,
            programs=self.texts["programs"].toPlainText().strip(),
            problems=self.texts["problems"].toPlainText().strip(),
            recommendations=self.texts["recommendations"].toPlainText().strip(),
            notes=self.texts["notes"].toPlainText().strip(), items=items)

    # Reacting ---------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_tab_titles()
        self.validate()

    def _official_chosen(self, box: PartyBox) -> None:
        """An official picked while the post is known: take their appointment to that post."""
        if self.post_edit.text().strip():
            box.choose_post(self.post_edit.text(), self.unit_combo.currentText())

    def _incoming_changed(self) -> None:
        """A post chosen for the incoming official fills an empty post and unit."""
        self.suggest_button.setEnabled(self.incoming.official_id is not None)
        a = self.incoming.appointment()
        if a is not None and not self._loading:
            if not self.post_edit.text().strip():
                self.post_edit.setText(a.post_title)
            if not self.unit_combo.currentText().strip():
                self.unit_combo.setEditText(a.unit_name)
        self._changed()

    def fill_from_inauguration(self) -> None:
        """Replace the header with the suggestion for the incoming official's new post; the
        memo and its lists are kept."""
        official_id = self.incoming.official_id
        if official_id is None:
            return
        suggested = attempt(self, lambda: self.service.suggest(incoming_official_id=official_id))
        if not suggested:
            return
        suggestion = suggested.value
        current = self.value()
        if suggestion.outgoing_official_id is None:
            suggestion.outgoing_official_id = current.outgoing_official_id
            suggestion.outgoing_appointment_id = current.outgoing_appointment_id
        suggestion.number = current.number
        if not suggestion.place:
            suggestion.place = current.place
        # The appointment knows the decree's number and date; its issuer and subject are
        # kept as typed when it does not know them.
        if not suggestion.decree_issuer:
            suggestion.decree_issuer = current.decree_issuer
        if not suggestion.decree_subject:
            suggestion.decree_subject = current.decree_subject
        loading, self._loading = self._loading, True
        self._set_header(suggestion)
        self._loading = loading
        self._changed()

    def _update_tab_titles(self) -> None:
        for index, section in enumerate(SECTION_CODES, start=2):
            count = len(self.sections[section].table.rows())
            title = self.tr(SECTION_TABS[section])
            self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def _field_label(self, field: str) -> str:
        return {"jabatan": self.tr("jabatan yang diserahterimakan"),
                "unit_kerja": self.tr("unit kerja"),
                "pihak_pertama": self.tr("pejabat yang menyerahkan"),
                "pihak_kedua": self.tr("pejabat yang menerima"),
                "jabatan_pihak": self.tr("jabatan salah satu pihak"),
                "tanggal": self.tr("tanggal")}.get(field, field)

    def _is_missing(self, p: Problem, data: HandoverInput) -> bool:
        if not p.is_error or p.row is not None:
            return False
        if p.field == "jabatan_pihak":
            return data.outgoing_official_id is None or data.incoming_official_id is None
        return p.message.endswith("wajib diisi.")

    def problems_found(self) -> tuple[HandoverInput, list[Problem], list[Problem]]:
        data = self.value()
        problems = validate_handover(data)
        missing = [p for p in problems if self._is_missing(p, data)]
        shown = [p for p in problems if not self._is_missing(p, data)]
        return data, missing, shown

    def validate(self) -> bool:
        data, missing, shown = self.problems_found()
        shown = [*shown, *date_problems(self)]  # never save the old date under typed text
        self.missing_label.setText(self.tr("Belum diisi: {0}.").format(
            ", ".join(self._field_label(p.field) for p in missing)) if missing else "")
        self.missing_label.setVisible(bool(missing))
        self.problems.show_problems(shown)
        self._mark_cells(shown)
        ok = not missing and not any(p.is_error for p in shown)
        self.ok_button.setEnabled(ok)
        return ok

    def _mark_cells(self, problems: list[Problem]) -> None:
        _, _, where = self._rows()
        cells: dict[str, dict[tuple[int, int], str]] = {s: {} for s in (*SECTION_CODES, "saksi")}
        for p in problems:
            if p.row is None or "_" not in p.field:
                continue
            section, column = p.field.split("_", 1)
            columns = WITNESS_COLUMNS if section == "saksi" else ITEM_COLUMNS
            if section in cells and column in columns and (section, p.row) in where:
                cells[section][(where[(section, p.row)], columns[column])] = p.message
        self.witnesses.table.mark(cells["saksi"])
        for section, editor in self.sections.items():
            editor.table.mark(cells[section])

    # Closing ----------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.validate():
            return
        def write(overwrite: bool) -> object:
            if self.handover_id is None:
                return self.service.create(self.value())
            try:
                self.service.update(self.handover_id, self.value(), seen=self.loaded,
                                    overwrite=overwrite)
            except StaleSaveError as exc:
                return exc  # for the choice below, not shown as an error
            return self.handover_id

        saved = attempt(self, lambda: write(False))
        if saved and isinstance(saved.value, StaleSaveError):
            choice = ask_about_stale_save(self, self.tr("Serah terima diubah orang lain"),
                                          saved.value, back_to_entries=True)
            if choice == QMessageBox.StandardButton.Discard and self.handover_id is not None:
                self._loading = True
                self.set_value(self.service.get(self.handover_id).as_input())
                self._loading = False
                self._dirty = False
                self.loaded = self.value()
                self.validate()
                return
            if choice != QMessageBox.StandardButton.Save:
                return
            saved = attempt(self, lambda: write(True))
        if not saved:
            return
        self.saved_id = saved.value
        self._dirty = False
        self.accept()

    def reject(self) -> None:
        if self._dirty:
            if not confirm(
                    self, self.tr("Batalkan serah terima"),
                    self.tr("Buang perubahan pada serah terima jabatan ini?")):
                return
        super().reject()
