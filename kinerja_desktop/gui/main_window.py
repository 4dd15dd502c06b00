"""The main window: the roster with search, filters, details, and the actions on officials."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QMainWindow, QMessageBox, QProgressDialog,
                               QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout,
                               QWidget)

from kinerja_desktop import APP_NAME
from kinerja_desktop.errors import OperationCancelled
from kinerja_desktop.gui.roster.filter_bar import FilterBar
from kinerja_desktop.gui.roster.official_detail import OfficialDetail
from kinerja_desktop.gui.roster.roster_model import RosterModel
from kinerja_desktop.gui.shared.errors import show_error
from kinerja_desktop.gui.shared.formatting import format_date, from_qdate
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.gui.shared.widgets import confirm, empty_page
from kinerja_desktop.gui.shared.workers import on_database, run_operation
from kinerja_desktop.paths import is_portable
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.storage.database import Database

PAGE_TABLE, PAGE_EMPTY, PAGE_NO_MATCH = range(3)
BACKUP_REMINDER_DAYS = 7


class MainWindow(QMainWindow):
    """Roster of officials: the window the secretariat staff live in."""

    def __init__(self, db: Database, settings: GuiSettings | None = None):
        super().__init__()
        self.db = db
        self.roster = RosterService(db)
        self._total_cache: dict[str, int] | None = None
        self._editors: dict[int, QMainWindow] = {}
        self.settings = settings or GuiSettings()
        self.setObjectName("mainWindow")
        portable = f" {self.tr('(portabel)')}" if is_portable() else ""
        self.setWindowTitle(f"{APP_NAME} — {db.path.name}{portable}")
        self.resize(1200, 720)

        self.filter_bar = FilterBar(self)
        self.search_edit = self.filter_bar.search_edit
        self.model = RosterModel(self.roster, self)
        self.table = self._make_table()
        self.detail = OfficialDetail(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self._make_empty_page())
        self.pages.addWidget(self._make_no_match_page())

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.pages)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1010, 250])
        self.splitter = splitter

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setStyleSheet("color: #8a5a00")
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.notice_label)
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupStatus")
        self.backup_button.setFlat(True)
        self.backup_button.clicked.connect(self.make_backup)
        self.statusBar().addPermanentWidget(self.backup_button)
        self.path_label = QLabel(f"{db.path}{portable}", self)
        self.path_label.setObjectName("pathLabel")
        self.path_label.setToolTip(self.tr("Basis data yang sedang dibuka"))
        self.statusBar().addPermanentWidget(self.path_label)

        self._make_actions()
        self.filter_bar.changed.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # A click makes the row current before it selects it: the actions follow the selection.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.doubleClicked.connect(lambda _index: self.edit_official())
        self.table.activated.connect(lambda _index: self.edit_official())
        self.setTabOrder(self.search_edit, self.filter_bar.unit_combo)
        self.setTabOrder(self.filter_bar.status_combo, self.table)
        self.setTabOrder(self.table, self.detail)

        self._restore_layout()  # before the first query: it restores the sort column
        self.reload_units()
        self.apply_filter()
        self._update_notice()
        self.update_backup_status()
        # Focus the search box once shown: most sessions start by looking someone up.
        QTimer.singleShot(0, self.search_edit.setFocus)

    # Building ---------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("rosterTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        # Fixed row height: the view never measures 100,000 rows to lay them out.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for column, width in enumerate((190, 160, 48, 250, 120, 56, 110, 105)):
            table.setColumnWidth(column, width)
        table.setAccessibleName(self.tr("Daftar pejabat"))
        return table

    def _make_empty_page(self) -> QWidget:
        page, _text, _buttons = empty_page(
            self, "emptyPage", self.tr("<h2>Belum ada pejabat</h2>"),
            self.tr("Tambahkan pejabat satu per satu, impor daftar dari Excel atau CSV, atau muat "
                    "data contoh pelantikan 14 Juni 2019 untuk mencoba aplikasi."),
            [(self.tr("Tambah pejabat (Ctrl+N)"), self.add_official, "emptyAddButton"),
             (self.tr("Impor dari Excel/CSV…"), self.import_roster, "emptyImportButton"),
             (self.tr("Muat data contoh"), self.load_demo, "emptyDemoButton")])
        return page

    def _make_no_match_page(self) -> QWidget:
        page, self.no_match_label, _buttons = empty_page(
            self, "noMatchPage", "", "",
            [(self.tr("Hapus pencarian dan saringan"), self.filter_bar.clear,
              "clearFilterButton")])
        return page

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        # Called without triggered's bool: it would fill a handler's optional parameter.
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work wherever focus is in the window
        return action

    def _make_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Berkas"))
        self.import_action = self._action(self.tr("&Impor daftar pejabat…"), self.import_roster,
                                          QKeySequence("Ctrl+I"), "importAction")
        self.export_action = self._action(self.tr("&Ekspor daftar pejabat…"), self.export_roster,
                                          QKeySequence("Ctrl+Shift+E"), "exportAction")
        self.demo_action = self._action(self.tr("Muat data &contoh"), self.load_demo,
                                        name="demoAction")
        self.quit_action = self._action(self.tr("&Keluar"), self.close,
                                        QKeySequence("Ctrl+Q"), "quitAction")
        self.audit_action = self._action(self.tr("Riwayat &perubahan…"), self.show_audit_history,
                                         name="auditAction")
        self.backup_action = self._action(self.tr("&Cadangkan ke flashdisk…"), self.make_backup,
                                          QKeySequence("Ctrl+Shift+S"), "backupAction")
        self.restore_action = self._action(self.tr("&Pulihkan dari cadangan…"),
                                           self.restore_backup, name="restoreAction")
        self.verify_backup_action = self._action(self.tr("Periksa berkas ca&dangan…"),
                                                 self.verify_backup_file,
                                                 name="verifyBackupAction")
        self.settings_action = self._action(self.tr("&Pengaturan…"), self.edit_settings,
                                            name="settingsAction")
        self.operator_action = self._action(self.tr("Nama &operator…"), self.set_operator_name,
                                            name="operatorAction")
        self.merge_action = self._action(self.tr("&Gabungkan data PC lain…"), self.merge_backup,
                                         name="mergeAction")
        for action in (self.import_action, self.export_action, None, self.backup_action,
                       self.restore_action, self.verify_backup_action, self.merge_action, None,
                       self.audit_action,
                       self.operator_action, self.settings_action, None, self.demo_action, None,
                       self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        officials = menu.addMenu(self.tr("&Pejabat"))
        self.find_action = self._action(self.tr("&Cari"), self.focus_search,
                                        QKeySequence.StandardKey.Find, "findAction")
        self.add_action = self._action(self.tr("&Tambah pejabat…"), self.add_official,
                                       QKeySequence.StandardKey.New, "addAction")
        self.edit_action = self._action(self.tr("&Ubah pejabat…"), self.edit_official,
                                        QKeySequence("Ctrl+E"), "editAction")
        self.archive_action = self._action(self.tr("&Arsipkan"), self.toggle_archive,
                                           QKeySequence("Ctrl+Shift+A"), "archiveAction")
        self.delete_action = self._action(self.tr("&Hapus…"), self.delete_official,
                                          QKeySequence.StandardKey.Delete, "deleteAction")
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)  # Delete in the search box edits text instead
        self.programs_action = self._action(self.tr("Program &kinerja…"), self.open_programs,
                                            QKeySequence("Ctrl+K"), "programsAction")
        for action in (self.find_action, None, self.add_action, self.edit_action,
                       self.archive_action, self.delete_action, None, self.programs_action):
            officials.addSeparator() if action is None else officials.addAction(action)

        events = menu.addMenu(self.tr("Pe&lantikan"))
        self.inauguration_action = self._action(self.tr("&Catat pelantikan…"),
                                                self.record_inauguration,
                                                QKeySequence("Ctrl+L"), "inaugurationAction")
        self.inauguration_programs_action = self._action(
            self.tr("Buat &program 100 hari pelantikan…"), self.create_inauguration_programs,
            name="inaugurationProgramsAction")
        events.addAction(self.inauguration_action)
        events.addAction(self.inauguration_programs_action)
        self.handover_action = self._action(self.tr("&Serah terima jabatan…"),
                                            self.open_handovers, name="handoverAction")
        events.addAction(self.handover_action)

        evaluation_menu = menu.addMenu(self.tr("&Evaluasi"))
        self.evaluate_action = self._action(self.tr("&Mulai atau lanjutkan evaluasi…"),
                                            self.start_evaluation, QKeySequence("Ctrl+Shift+V"),
                                            "evaluateAction")
        self.board_action = self._action(self.tr("Papan &pemantauan…"), self.open_board,
                                         QKeySequence("Ctrl+B"), "boardAction")
        self.scoring_settings_action = self._action(self.tr("Pengaturan &penilaian…"),
                                                    self.edit_scoring_settings,
                                                    name="scoringSettingsAction")
        self.batch_print_action = self._action(self.tr("Cetak &batch lembar evaluasi…"),
                                               self.print_batch, name="batchPrintAction")
        self.verify_action = self._action(self.tr("Periksa &dokumen…"), self.verify_document,
                                          QKeySequence("Ctrl+Shift+K"), "verifyAction")
        self.signatures_action = self._action(self.tr("&Tanda tangan pindaian…"),
                                              self.edit_signatures, name="signaturesAction")
        for action in (self.evaluate_action, self.board_action, None, self.batch_print_action,
                       self.verify_action, None, self.scoring_settings_action,
                       self.signatures_action):
            evaluation_menu.addSeparator() if action is None else evaluation_menu.addAction(action)

        view = menu.addMenu(self.tr("&Tampilan"))
        language_menu = view.addMenu(self.tr("&Bahasa"))
        group = QActionGroup(self)
        for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(self.settings.language() == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = menu.addMenu(self.tr("Ba&ntuan"))
        help_menu.addAction(self._action(self.tr("&Tentang Kinerja Desktop"), self.show_about,
                                         name="aboutAction"))
        help_menu.insertAction(help_menu.actions()[0], self._action(
            self.tr("&Panduan pengguna"), self.show_help, QKeySequence.StandardKey.HelpContents,
            "helpAction"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.edit_action, self.archive_action, self.programs_action):
            self.table.addAction(action)
        self._update_actions()

    # State ------------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        """Run the search and filters now and show the result (keeps the selected official)."""
        self.filter_bar.flush()
        selected = self.selected_official_id()
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        key = RosterModel.COLUMNS[column][0] if 0 <= column < len(RosterModel.COLUMNS) else "nama"
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.model.set_filter(self.filter_bar.roster_filter(key, descending))
        if selected is None or not self.select_official(selected):
            self.detail.show_empty()  # the reset dropped the selection; say so
            self._update_actions()
        self._update_page()
        self._update_counts()

    def _update_page(self) -> None:
        if self.model.rowCount() > 0:
            self.pages.setCurrentIndex(PAGE_TABLE)
        elif self._totals()["semua"] == 0:
            self.pages.setCurrentIndex(PAGE_EMPTY)
        else:
            text = self.search_edit.text().strip()
            self.no_match_label.setText(
                self.tr("Tidak ada pejabat yang cocok dengan \"{0}\".").format(text) if text
                else self.tr("Tidak ada pejabat yang cocok dengan saringan ini."))
            self.pages.setCurrentIndex(PAGE_NO_MATCH)

    def _totals(self) -> dict[str, int]:
        """Totals per status; they change only on writes, not while the user types."""
        if self._total_cache is None:
            active, archived = self.roster.count("aktif"), self.roster.count("arsip")
            self._total_cache = {"aktif": active, "arsip": archived, "semua": active + archived}
        return self._total_cache

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        total = self._totals()[self.filter_bar.status_combo.currentData() or "aktif"]
        if self.filter_bar.is_filtered():
            text = self.tr("Menampilkan {0} dari {1} pejabat").format(shown, total)
        else:
            text = self.tr("{0} pejabat").format(shown)
        archived = self._totals()["arsip"]
        if archived and self.filter_bar.status_combo.currentData() == "aktif":
            text += self.tr(" · {0} diarsipkan").format(archived)
        self.count_label.setText(text)

    def _update_notice(self) -> None:
        notice = self.roster.setting("catatan_data_contoh")
        # The status bar is shared with counts and the backup reminder: a long notice is
        # shortened there and shown whole in its tooltip.
        self.notice_label.setText(self.notice_label.fontMetrics().elidedText(
            notice, Qt.TextElideMode.ElideRight, 420))
        self.notice_label.setToolTip(notice)
        self.notice_label.setVisible(bool(notice))

    def reload_units(self) -> None:
        self.filter_bar.set_units(self.roster.units())

    def selected_official_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.official_id(index.row())

    def select_official(self, official_id: int) -> bool:
        row = self.model.row_of(official_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        official_id = self.model.official_id(current.row()) if current.isValid() else None
        if official_id is None:
            self.detail.show_empty()
        else:
            self.detail.show_official(self.roster.get(official_id))
        self._update_actions()

    def _update_actions(self) -> None:
        official_id = self.selected_official_id()
        has = official_id is not None
        for action in (self.edit_action, self.archive_action, self.delete_action,
                       self.programs_action):
            action.setEnabled(has)
        if has:
            row = self.model.roster_row(self.model.row_of(official_id))
            self.archive_action.setText(self.tr("&Arsipkan") if row and row.active
                                        else self.tr("&Aktifkan kembali"))

    def after_change(self, select: int | None = None) -> None:
        """Refresh everything that shows data, after any write."""
        self._total_cache = None
        self.reload_units()
        self.apply_filter()
        if select is not None and not self.select_official(select):
            # The record just saved is hidden by the search: show it rather than hide it.
            self.filter_bar.clear()
            self.select_official(select)
        current = self.selected_official_id()
        if current is not None:
            self.detail.show_official(self.roster.get(current))
        self._update_notice()
        self._update_actions()

    # Actions ----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def add_official(self) -> None:
        from kinerja_desktop.gui.roster.official_dialog import OfficialDialog
        dialog = OfficialDialog(self.db, None, self)
        if dialog.exec():
            self.after_change(dialog.saved_id)

    def edit_official(self) -> None:
        official_id = self.selected_official_id()
        if official_id is None:
            return
        from kinerja_desktop.gui.roster.official_dialog import OfficialDialog
        dialog = OfficialDialog(self.db, official_id, self)
        if dialog.exec():
            self.after_change(official_id)

    def toggle_archive(self) -> None:
        official_id = self.selected_official_id()
        if official_id is None:
            return
        official = self.roster.get(official_id)
        try:
            self.roster.set_active(official_id, not official.active)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        message = (self.tr("{0} diarsipkan.") if official.active
                   else self.tr("{0} diaktifkan kembali.")).format(official.full_name)
        self.statusBar().showMessage(message, 5000)
        self.after_change()

    def delete_official(self) -> None:
        official_id = self.selected_official_id()
        if official_id is None:
            return
        official = self.roster.get(official_id)
        if self.roster.has_history(official_id):
            answer = QMessageBox.question(
                self, self.tr("Tidak dapat dihapus"),
                self.tr("{0} memiliki riwayat jabatan, sehingga tidak dapat dihapus. "
                        "Arsipkan saja?").format(official.full_name))
            if answer == QMessageBox.StandardButton.Yes and official.active:
                self.toggle_archive()
            return
        if not confirm(
            self, self.tr("Hapus pejabat"),
            self.tr("Hapus {0} (NIP {1}) dari daftar? Tindakan ini tidak dapat dibatalkan.")
            .format(official.full_name, official.nip)):
            return
        try:
            self.roster.delete(official_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("{0} dihapus.").format(official.full_name), 5000)
        self.after_change()

    def record_inauguration(self) -> None:
        from kinerja_desktop.gui.roster.inauguration_dialog import InaugurationDialog
        dialog = InaugurationDialog(self.db, self)
        if dialog.exec():
            self.after_change()
            self.statusBar().showMessage(dialog.summary(), 10000)
            day = from_qdate(dialog.date_edit.date())
            answer = QMessageBox.question(
                self, self.tr("Program 100 hari"),
                self.tr("Buat sekarang program 100 hari (hari ke-1: hari pelantikan) untuk "
                        "setiap pejabat yang dilantik?"))
            if answer == QMessageBox.StandardButton.Yes:
                self.create_inauguration_programs(day)

    def open_handovers(self) -> None:
        from kinerja_desktop.gui.documents.handover_list import HandoverListDialog
        dialog = HandoverListDialog(self.db, self)
        dialog.print_requested.connect(
            lambda handover_id: self.print_document("serah_terima", handover_id, dialog))
        dialog.exec()

    def print_document(self, kind: str, subject_id: int, parent=None) -> None:
        from kinerja_desktop.gui.documents.printing import print_document
        print_document(parent or self, self.db, kind, subject_id)

    def print_batch(self) -> None:
        """All final evaluations, or an inauguration's, into one PDF or a folder."""
        from kinerja_desktop.gui.documents.printing import print_batch
        from kinerja_desktop.services.programs import ProgramService
        days = ProgramService(self.db).inauguration_dates()
        labels = [self.tr("Semua evaluasi final")] + [
            self.tr("Pelantikan {0}").format(format_date(d)) for d in days]
        choice, ok = QInputDialog.getItem(self, self.tr("Cetak batch"),
                                          self.tr("Lembar evaluasi yang dicetak:"), labels, 0,
                                          False)
        if ok:
            index = labels.index(choice)
            print_batch(self, self.db, days[index - 1] if index else None)

    def verify_document(self) -> None:
        from kinerja_desktop.gui.documents.verify_dialog import VerifyDialog
        from kinerja_desktop.services.documents import DocumentService
        VerifyDialog(DocumentService(self.db), self).exec()

    def show_audit_history(self) -> None:
        from kinerja_desktop.gui.data_safety.audit_view import AuditDialog
        AuditDialog(self.db, self).exec()

    def edit_settings(self) -> None:
        from kinerja_desktop.gui.setup.settings_dialog import SettingsDialog
        language = self.settings.language()
        if not SettingsDialog(self.db, self.settings, self).exec():
            return
        message = self.tr("Pengaturan disimpan.")
        if self.settings.language() != language:  # open windows are not translated again
            message += " " + self.tr("Bahasa yang dipilih berlaku setelah aplikasi dibuka ulang.")
        self.statusBar().showMessage(message, 10000)

    def edit_signatures(self) -> None:
        from kinerja_desktop.gui.documents.signature_dialog import SignatureDialog
        SignatureDialog(self.db, self).exec()

    def create_inauguration_programs(self, day=None) -> None:
        """One 100-day program per appointment of an inauguration (again: nothing changes)."""
        from kinerja_desktop.services.programs import ProgramService
        service = ProgramService(self.db)
        if day is None:
            days = service.inauguration_dates()
            if not days:
                QMessageBox.information(self, self.tr("Program 100 hari"),
                                        self.tr("Belum ada pelantikan yang tercatat."))
                return
            labels = [format_date(d) for d in days]
            choice, ok = QInputDialog.getItem(self, self.tr("Program 100 hari"),
                                              self.tr("Pelantikan tanggal:"), labels, 0, False)
            if not ok:
                return
            day = days[labels.index(choice)]
        try:
            result = service.create_for_inauguration(day)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("Program 100 hari pelantikan {0}: {1} dibuat, {2} sudah ada.").format(
                format_date(day), len(result.created), len(result.existing)), 10000)

    def open_programs(self) -> None:
        """The target editor for the selected official (one window per official)."""
        official_id = self.selected_official_id()
        if official_id is None:
            return
        editor = self._editors.get(official_id)
        if editor is None:
            from kinerja_desktop.gui.programs.program_editor import ProgramEditor
            editor = ProgramEditor(self.db, official_id, self)
            editor.setWindowFlag(Qt.WindowType.Window)
            editor.destroyed.connect(lambda _o=None, i=official_id: self._editors.pop(i, None))
            self._editors[official_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def open_board(self) -> None:
        """The monitoring board (one window, kept; read again each time it is opened)."""
        board = getattr(self, "board", None)
        if board is None:
            from kinerja_desktop.gui.board.board_window import BoardWindow
            board = self.board = BoardWindow(self.db, self, editors=self._editors)
            board.setWindowFlag(Qt.WindowType.Window)
            board.open_evaluation.connect(self.open_evaluation)
        else:
            board.refresh()
        board.show()
        board.raise_()
        board.activateWindow()

    def start_evaluation(self) -> None:
        """Choose a program (of the selected official, if any) and open its evaluation."""
        from kinerja_desktop.gui.evaluation.evaluation_wizard import show_wizard, start_evaluation
        show_wizard(start_evaluation(self.db, self, self.selected_official_id()),
                    self._after_evaluation)

    def open_evaluation(self, evaluation_id: int) -> None:
        """An evaluation in the wizard (a final one: the offer of a revision)."""
        from kinerja_desktop.gui.evaluation.evaluation_wizard import (open_evaluation_wizard,
                                                                      show_wizard)
        show_wizard(open_evaluation_wizard(self.db, evaluation_id, self), self._after_evaluation)

    def _after_evaluation(self) -> None:
        board = getattr(self, "board", None)
        if board is not None:
            board.refresh()
        for editor in self._editors.values():
            editor.reload()

    def edit_scoring_settings(self) -> None:
        from kinerja_desktop.gui.evaluation.scoring_settings_dialog import ScoringSettingsDialog
        from kinerja_desktop.services.evaluations import EvaluationService
        ScoringSettingsDialog(EvaluationService(self.db), self).exec()

    def import_roster(self) -> None:
        from kinerja_desktop.gui.roster.import_dialog import ImportDialog
        dialog = ImportDialog(self.db, self)
        if dialog.choose_file() and dialog.exec():
            self.after_change()

    def export_roster(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor daftar pejabat"), "daftar-pejabat.xlsx",
            self.tr("Buku kerja Excel (*.xlsx);;CSV untuk Excel (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        from kinerja_desktop.services.roster_io import export_roster
        # A large roster takes seconds to write: off the UI thread, with progress and cancel.
        progress = QProgressDialog(self.tr("Mengekspor daftar pejabat…"), self.tr("Batal"), 0, 0,
                                   self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Ekspor daftar pejabat"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # a small export finishes before it would flash

        def finished(count) -> None:
            progress.reset()
            self.statusBar().showMessage(
                self.tr("{0} pejabat diekspor ke {1}.").format(count, path), 8000)

        def failed(exc) -> None:
            progress.reset()
            if isinstance(exc, OperationCancelled):
                self.statusBar().showMessage(str(exc), 8000)
            else:
                show_error(self, exc)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        self.export_operation = run_operation(
            on_database(self.db, lambda report, cancelled: export_roster(
                self.db, path, progress=report, cancelled=cancelled)),
            finished, failed, step)
        progress.canceled.connect(self.export_operation.cancel)

    def load_demo(self) -> None:
        from kinerja_desktop.services.demo import load_demo
        try:
            result = load_demo(self.db)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("Data contoh dimuat.") if result.changed
            else self.tr("Data contoh sudah ada; tidak ada yang diubah."), 8000)
        self.after_change()

    def set_language(self, language: str) -> None:
        if language == self.settings.language():
            return
        self.settings.set_language(language)
        QMessageBox.information(self, self.tr("Bahasa"),
                                self.tr("Bahasa antarmuka berubah setelah aplikasi dibuka "
                                        "kembali."))

    def show_help(self) -> None:
        from kinerja_desktop.gui.setup.help_window import show_help
        show_help(self)

    def show_about(self) -> None:
        from kinerja_desktop.gui.setup.about_dialog import AboutDialog
        AboutDialog(self.db.path, self).exec()

    # Layout memory ----------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        for key, restore in (("main/geometry", self.restoreGeometry),
                             ("main/state", self.restoreState),
                             ("main/splitter", self.splitter.restoreState),
                             ("main/header", self.table.horizontalHeader().restoreState)):
            value = self.settings.bytes(key)
            if value is not None:
                restore(value)

    def save_layout(self) -> None:
        self.settings.set_bytes("main/geometry", self.saveGeometry())
        self.settings.set_bytes("main/state", self.saveState())
        self.settings.set_bytes("main/splitter", self.splitter.saveState())
        self.settings.set_bytes("main/header", self.table.horizontalHeader().saveState())
        self.settings.sync()

    # Backups ----------------------------------------------------------------------------------
    def update_backup_status(self) -> None:
        """The last backup's date on the status bar; amber after 7 days (or never, with data)."""
        from datetime import datetime

        from kinerja_desktop.services.backup import last_backup
        last = last_backup(self.db)
        if last is None:
            text = self.tr("Belum pernah dicadangkan")
            stale = self._totals()["semua"] > 0
        else:
            days = (datetime.now() - last).days
            text = self.tr("Cadangan terakhir: {0}").format(format_date(last.date()))
            stale = days >= BACKUP_REMINDER_DAYS
            if stale:
                text = self.tr("Cadangan terakhir {0} hari lalu").format(days)
        self.backup_button.setText(("⚠ " if stale else "") + text)
        self.backup_button.setStyleSheet("color: #8a5a00; font-weight: bold" if stale else "")
        self.backup_button.setToolTip(self.tr("Cadangkan ke flashdisk (Ctrl+Shift+S)"))

    def set_operator_name(self) -> None:
        """The name this PC's changes are recorded under in the audit history."""
        name, ok = QInputDialog.getText(
            self, self.tr("Nama operator"),
            self.tr("Nama petugas di PC ini (dicatat dalam riwayat perubahan):"),
            QLineEdit.EchoMode.Normal, self.settings.operator())
        if ok:
            self.settings.set_operator(name)
            self.statusBar().showMessage(
                self.tr("Perubahan berikutnya dicatat atas nama {0}.").format(
                    self.settings.operator() or self.tr("(nama login)")), 8000)

    def make_backup(self) -> None:
        from kinerja_desktop.gui.data_safety.backup_dialog import BackupDialog
        dialog = BackupDialog(self.db, self, self.settings)
        if dialog.exec() and dialog.result_path is not None:
            self.update_backup_status()
            self.statusBar().showMessage(
                self.tr("Cadangan tersimpan dan terperiksa: {0}").format(dialog.result_path),
                15000)

    def _ask_passphrase(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Kata sandi cadangan:"),
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def verify_backup_file(self) -> None:
        from kinerja_desktop.services.backup import verify_backup
        from kinerja_desktop.services.restore import needs_passphrase
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Periksa berkas cadangan"), "",
                                              self.tr("Cadangan Kinerja (*.kinerja *.enc);;"
                                                      "Semua berkas (*)"))
        if not path:
            return
        passphrase = None
        if needs_passphrase(Path(path)):
            passphrase = self._ask_passphrase(self.tr("Periksa berkas cadangan"))
            if passphrase is None:
                return
        try:
            report = verify_backup(path, passphrase)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        if report.ok:
            QMessageBox.information(self, self.tr("Periksa berkas cadangan"),
                                    self.tr("Berkas cadangan baik (skema {0}, {1} pejabat).")
                                    .format(report.schema_version,
                                            report.counts.get("official", 0)))
        else:
            QMessageBox.warning(self, self.tr("Periksa berkas cadangan"),
                                self.tr("Berkas cadangan TIDAK dapat dipakai:") + "\n"
                                + "\n".join(report.problems))

    def merge_backup(self) -> None:
        """Another PC's backup merged into this database (dry run, decisions, then merge)."""
        from kinerja_desktop.gui.data_safety.merge_dialog import MergeDialog
        for window in list(self._editors.values()) + [getattr(self, "board", None)]:
            if window is not None:
                window.close()  # they would show data the merge changes
        dialog = MergeDialog(self.db, self)
        if dialog.exec() and dialog.plan is not None:
            self.after_change()
            self.statusBar().showMessage(dialog.summary.text(), 15000)

    def restore_backup(self) -> None:
        """Replace this database with a verified backup (the current one is kept aside)."""
        from kinerja_desktop.services.restore import needs_passphrase, restore
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pulihkan dari cadangan"), "",
                                              self.tr("Cadangan Kinerja (*.kinerja *.enc)"))
        if not path:
            return
        answer = QMessageBox.question(
            self, self.tr("Pulihkan dari cadangan"),
            self.tr("Isi basis data sekarang akan diganti dengan isi cadangan '{0}'. Basis data "
                    "sekarang disimpan dulu sebagai salinan sebelum-pulih. Lanjutkan?")
            .format(Path(path).name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase = None
        if needs_passphrase(Path(path)):
            passphrase = self._ask_passphrase(self.tr("Pulihkan dari cadangan"))
            if passphrase is None:
                return
        for window in list(self._editors.values()) + [getattr(self, "board", None)]:
            if window is not None:
                window.close()
        db_path = self.db.path
        try:
            result = restore(db_path, Path(path), passphrase, close_live=self.db.close)
        except Exception as exc:  # noqa: BLE001 - the live database is as it was
            show_error(self, exc)
            self._reopen(db_path)
            return
        self._reopen(db_path)
        QMessageBox.information(self, self.tr("Pulihkan dari cadangan"),
                                self.tr("Basis data dipulihkan. Salinan sebelum-pulih: {0}")
                                .format(result.pre_restore_copy or "-"))

    def _reopen(self, path) -> None:
        """Open the database file again (after a restore) and show it."""
        from kinerja_desktop.services.auto_backup import before_migration
        from kinerja_desktop.storage.database import open_database
        self.db.close()
        self.db = open_database(path, before_migration=before_migration)
        self.roster = RosterService(self.db)
        self.model.set_service(self.roster)
        self.board = None
        self._editors.clear()
        self.after_change()
        self._update_notice()
        self.update_backup_status()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        from kinerja_desktop.services.auto_backup import on_exit
        on_exit(self.db)  # the automatic daily backup in the data folder; never raises
        super().closeEvent(event)
