"""The main window: the roster with search, filters and details; it composes the features'
actions into its menus."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QMainWindow, QMenu,
                               QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from kinerja_desktop import APP_NAME
from kinerja_desktop.domain.options import (DEMO_NOTICE, MAIN_GEOMETRY, MAIN_HEADER,
                                            MAIN_SPLITTER, MAIN_STATE, TAKEN_HOME_FROM)
from kinerja_desktop.domain.vocab import FILLING_METHODS
from kinerja_desktop.gui.board.actions import BoardActions
from kinerja_desktop.gui.data_safety.actions import DataSafetyActions
from kinerja_desktop.gui.documents.actions import DocumentActions
from kinerja_desktop.gui.evaluation.actions import EvaluationActions
from kinerja_desktop.gui.programs.actions import ProgramActions
from kinerja_desktop.gui.roster.actions import RosterActions
from kinerja_desktop.gui.roster.filter_bar import FilterBar
from kinerja_desktop.gui.roster.official_detail import OfficialDetail
from kinerja_desktop.gui.roster.roster_model import RosterModel
from kinerja_desktop.gui.setup.actions import SetupActions
from kinerja_desktop.gui.setup.database_actions import DatabaseActions
from kinerja_desktop.gui.shared.domain_words import domain_word
from kinerja_desktop.gui.shared.features import FeatureContext, make_action
from kinerja_desktop.gui.shared.open_windows import OpenWindows
from kinerja_desktop.gui.shared.server_watch import ServerWatch
from kinerja_desktop.gui.shared.settings import GuiSettings
from kinerja_desktop.gui.shared.widgets import empty_page
from kinerja_desktop.paths import is_portable
from kinerja_desktop.services.roster import RosterService
from kinerja_desktop.services.database import Database

PAGE_TABLE, PAGE_EMPTY, PAGE_NO_MATCH = range(3)
PATH_WIDTH = 260  # px for the database path in the status bar; the whole path is its tooltip
JABATAN_COLUMN = 3  # the roster's widest text: it stretches
# Others' changes on a server are shown this long after the last one heard: a colleague's
# import of 500 rows refreshes the window once, not 500 times.
OTHERS_REFRESH_MS = 300


class MainWindow(QMainWindow):
    """Roster of officials: the window the secretariat staff live in."""

    def __init__(self, db: Database, settings: GuiSettings | None = None):
        super().__init__()
        self.roster = RosterService(db)
        self._total_cache: dict[str, int] | None = None
        self._kept_official: int | None = None  # across a model reset (a sort)
        self._released_actions: list[QAction] = []  # disabled while a restore runs
        self.settings = settings or GuiSettings()
        # Editors and the board: shared by the features, owned by none of them.
        self.open_windows = OpenWindows()
        self.context = FeatureContext(self, db, self.settings, self.open_windows,
                                      self.selected_official_id, self.after_change)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title(db))
        self.resize(1200, 720)
        self._make_features()  # before the pages: the empty page's buttons are theirs

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
        self.statusBar().addPermanentWidget(self._data_safety.make_status_button())
        portable = f" {self.tr('(portabel)')}" if is_portable() else ""
        path_text = f"{db.location}{portable}"
        # Elided in the middle (folder start and file name stay): a long path left no room
        # for status messages on a 1366-px screen.
        self.path_label = QLabel(self.fontMetrics().elidedText(
            path_text, Qt.TextElideMode.ElideMiddle, PATH_WIDTH), self)
        self.path_label.setObjectName("pathLabel")
        self.path_label.setToolTip(self.tr("Basis data yang sedang dibuka") + f":\n{path_text}")
        self.statusBar().addPermanentWidget(self.path_label)

        self._make_menus()
        self.filter_bar.changed.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # A click makes the row current before it selects it: the actions follow the selection.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        # Sorting by a header click resets the model: keep the selected official selected.
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.doubleClicked.connect(lambda _index: self._roster_actions.edit_official())
        self.table.activated.connect(lambda _index: self._roster_actions.edit_official())
        self.setTabOrder(self.search_edit, self.filter_bar.unit_combo)
        self.setTabOrder(self.filter_bar.status_combo, self.table)
        self.setTabOrder(self.table, self.detail)

        self._restore_layout()  # before the first query: it restores the sort column
        self.reload_units()
        self.apply_filter()
        self._update_notice()
        self._data_safety.update_backup_status()
        self._others_tables: set[str] = set()  # what other PCs changed since last shown
        self._others_timer = QTimer(self)
        self._others_timer.setSingleShot(True)
        self._others_timer.setInterval(OTHERS_REFRESH_MS)
        self._others_timer.timeout.connect(self._show_others_changes)
        self.server_watch: ServerWatch | None = None
        self._watch(db)
        self._apply_role(db)
        # Focus the search box once shown: most sessions start by looking someone up.
        QTimer.singleShot(0, self.search_edit.setFocus)

    @property
    def db(self) -> Database:
        """The database shown (a restore replaces it)."""
        return self.context.db

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
        # Sized to fit beside the detail panel on a 1366×768 laptop at 125 % (about 800 px):
        # the post (Jabatan) takes the room left and is elided; the others fit their values.
        metrics = table.fontMetrics()
        nip_width = metrics.horizontalAdvance("19661120 198903 1 007") + 12
        date_width = metrics.horizontalAdvance("14 Agustus 2019") + 12  # longer ones elide
        filling_width = max(metrics.horizontalAdvance(domain_word(label))
                            for label in FILLING_METHODS.values()) + 12
        header_metrics = header.fontMetrics()
        for column, width in enumerate((140, nip_width, 40, 220, 90, 44, filling_width,
                                        date_width)):
            # A short column is at least as wide as its header: "Eselon" fits in 44 px with
            # 5 to spare, the English "Echelon" needs more.
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            table.setColumnWidth(column, max(width, header_metrics.horizontalAdvance(title) + 5))
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(JABATAN_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(self.tr("Daftar pejabat"))
        return table

    def _make_empty_page(self) -> QWidget:
        officials = self._roster_actions
        page, _text, _buttons = empty_page(
            self, "emptyPage", self.tr("<h2>Belum ada pejabat</h2>"),
            self.tr("Tambahkan pejabat satu per satu, impor daftar dari Excel atau CSV, atau muat "
                    "data contoh pelantikan 14 Juni 2019 untuk mencoba aplikasi."),
            [(self.tr("Tambah pejabat (Ctrl+N)"), officials.add_official, "emptyAddButton"),
             (self.tr("Impor dari Excel/CSV…"), officials.import_roster, "emptyImportButton"),
             (self.tr("Muat data contoh"), officials.load_demo, "emptyDemoButton")])
        return page

    def _make_no_match_page(self) -> QWidget:
        page, self.no_match_label, _buttons = empty_page(
            self, "noMatchPage", "", "",
            [(self.tr("Hapus pencarian dan saringan"), self.filter_bar.clear,
              "clearFilterButton")])
        return page

    # Features ---------------------------------------------------------------------------------
    def _make_features(self) -> None:
        """Each feature's actions over the narrow context, wired to one another here."""
        context = self.context
        self._programs = ProgramActions(context)
        self._roster_actions = RosterActions(context, self._programs.offer_inauguration_programs)
        self._evaluation = EvaluationActions(context)
        self._board = BoardActions(context, self._evaluation.open_evaluation)
        self._documents = DocumentActions(context)
        self._data_safety = DataSafetyActions(context, lambda: self._totals()["semua"] > 0,
                                              self._database_replaced, self._release_database)
        self._setup = SetupActions(context)
        self._databases = DatabaseActions(context, self._database_switched)
        self._features = (self._roster_actions, self._programs, self._evaluation, self._board,
                          self._documents, self._data_safety, self._setup)
        self.find_action = make_action(self, self.tr("&Cari"), self.focus_search,
                                       QKeySequence.StandardKey.Find, "findAction")
        self.quit_action = make_action(self, self.tr("&Keluar"), self.close,
                                       QKeySequence("Ctrl+Q"), "quitAction")

    def _add_menu(self, title: str, actions: list) -> QMenu:
        menu = self.menuBar().addMenu(title)
        for action in actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        return menu

    def _make_menus(self) -> None:
        """The menu bar from the features' actions (None: a separator)."""
        officials, programs, evaluation = self._roster_actions, self._programs, self._evaluation
        documents, safety, setup = self._documents, self._data_safety, self._setup
        file_menu = self._add_menu(self.tr("&Berkas"), [
            self._databases.new_action, self._databases.open_action,
            self._databases.server_action, self._databases.recent_menu.menuAction(), None,
            officials.import_action, officials.export_action, None, safety.backup_action,
            safety.restore_action, safety.verify_backup_action, safety.merge_action,
            safety.take_home_action, None,
            safety.audit_action, setup.operator_action, setup.settings_action, None,
            officials.demo_action, officials.remove_demo_action, None, self.quit_action])
        # A grey "Hapus data contoh" says why on hover (a status tip is not shown for it).
        file_menu.setToolTipsVisible(True)
        file_menu.aboutToShow.connect(officials.refresh_demo_action)
        self._add_menu(self.tr("&Pejabat"), [
            self.find_action, None, officials.add_action, officials.edit_action,
            officials.archive_action, officials.delete_action, None, programs.programs_action])
        self._add_menu(self.tr("Pe&lantikan"), [
            officials.inauguration_action, officials.inauguration_list_action,
            programs.inauguration_programs_action,
            documents.handover_action])
        self._add_menu(self.tr("&Evaluasi"), [
            evaluation.evaluate_action, self._board.board_action, None,
            documents.print_evaluation_action, documents.batch_print_action,
            documents.verify_action, documents.office_keys_action, None,
            evaluation.scoring_settings_action, documents.signatures_action])
        setup.add_language_menu(self._add_menu(self.tr("&Tampilan"), []))
        self._add_menu(self.tr("Ba&ntuan"), [setup.help_action, setup.about_action])
        # The table's context menu. Delete is the table's only: in the search box it edits text.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (officials.delete_action, officials.edit_action, officials.archive_action,
                       programs.programs_action):
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
        if selected is not None and self.select_official(selected):
            pass  # still shown: kept
        elif self.filter_bar.is_filtered() and self.model.rowCount() > 0:
            # A search's first result is selected, not only shown: its actions work at once.
            self.select_official(self.model.official_id(0) or 0)
        else:
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
        # The demo's own notice is a stored text in Indonesian: shown in the UI's language
        # (domain_words lists it); a notice someone wrote themselves shows as written.
        notice = domain_word(self.roster.setting(DEMO_NOTICE))
        tip = notice
        if self.roster.setting(TAKEN_HOME_FROM):
            # A laptop's working copy of the server's data: to be merged back at the office.
            from kinerja_desktop.services.take_home import taken_from
            notice = self.tr("Salinan bawa pulang: gabungkan kembali ke server kantor")
            tip = self.tr("Data server {0}. Administrator server menggabungkan berkas ini "
                          "kembali dengan Berkas → Gabungkan data PC lain.").format(
                taken_from(self.context.db))
        if self.context.db.read_only:
            # This PC's copy of a server's data, or a reader's account on the server: said
            # instead, whole; why saving is refused is its tooltip.
            notice = (self.tr("Hanya baca: akun penilai") if self.context.db.is_server
                      else self.tr("Hanya baca: salinan lokal data server"))
        # The status bar is shared with counts and the backup reminder: a long notice is
        # shortened there and shown whole in its tooltip.
        self.notice_label.setText(self.notice_label.fontMetrics().elidedText(
            notice, Qt.TextElideMode.ElideRight, 420))
        self.notice_label.setToolTip(self.context.db.read_only or tip)
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

    def _remember_selection(self) -> None:
        self._kept_official = self.selected_official_id()

    def _restore_selection(self) -> None:
        kept, self._kept_official = self._kept_official, None
        if kept is not None:
            self.select_official(kept)
        self._update_actions()

    def _current_changed(self, current, _previous) -> None:
        official_id = self.model.official_id(current.row()) if current.isValid() else None
        if official_id is None:
            self.detail.show_empty()
        else:
            self.detail.show_official(self.roster.get(official_id))
        self._update_actions()

    def _update_actions(self) -> None:
        """Tell each feature the selected official, for the actions that need one."""
        official_id = self.selected_official_id()
        row = (None if official_id is None
               else self.model.roster_row(self.table.currentIndex().row()))
        for feature in self._features:
            feature.selection_changed(official_id, row)

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

    def _apply_role(self, db: Database) -> None:
        """On a server whose roles are set up, what only its administrator does (the office's
        settings, scoring and keys, restoring, merging) is disabled for everyone else; the server's
        grants refuse it anyway."""
        from kinerja_desktop.services.shared_server import may_administer
        admin = may_administer(db)
        for action in (self._setup.settings_action, self._data_safety.restore_action,
                       self._data_safety.merge_action, self._documents.office_keys_action,
                       self._evaluation.scoring_settings_action):
            action.setEnabled(admin)
            action.setToolTip("" if admin else self.tr("Hanya administrator server"))
        self._data_safety.take_home_action.setVisible(db.is_server)

    def _watch(self, db: Database) -> None:
        """Hear what other PCs change on this database (a server; a file has one writer)."""
        if self.server_watch is not None:
            self.server_watch.stop()
            self.server_watch = None
        if db.is_server:
            self.server_watch = ServerWatch(db, self)
            self.server_watch.changed.connect(self._others_changed)
            self.server_watch.start()

    def _others_changed(self, tables) -> None:
        """A batch heard from another PC: shown 300 ms after the last one (_others_timer)."""
        self._others_tables.update(tables)
        self._others_timer.start()

    def _show_others_changes(self) -> None:
        """Show what another PC changed: the roster, the details and the board read again
        (a target editor is left as it is while it is the window being worked in)."""
        if self.context.released:
            return
        self.after_change()
        if self.open_windows.board is not None:
            self.open_windows.board.refresh()
        for editor in self.open_windows.editors.values():
            if not editor.isActiveWindow():
                editor.reload()
        if "setting" in self._others_tables:  # the server's export, a backup from another PC
            self._data_safety.update_backup_status()
        self._others_tables.clear()
        self.statusBar().showMessage(self.tr("Data diperbarui: ada perubahan dari PC lain."),
                                     5000)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _release_database(self) -> None:
        """Stop reading the database (a restore replaces it off the UI thread): the table
        forgets its rows and nothing can be started until _database_replaced."""
        self.filter_bar.flush()  # no search pending either: after_change runs it later
        self.context.released = True
        self.model.set_service(self.roster)  # empty, and no query until a filter is set
        self.detail.show_empty()
        self._released_actions = [a for a in self.actions() if a.isEnabled()]
        self._set_usable(False)

    def _set_usable(self, usable: bool) -> None:
        for action in self._released_actions:
            action.setEnabled(usable)
        for widget in (self.centralWidget(), self.menuBar(), self.statusBar()):
            if widget is not None:
                widget.setEnabled(usable)

    def _database_replaced(self, db: Database) -> None:
        """Show the database a restore put in place of the old one."""
        self._set_usable(True)
        self._released_actions = []
        self.context.released = False
        self.context.db = db
        self.roster = RosterService(db)
        self.model.set_service(self.roster)
        self.after_change()
        self._update_notice()
        self._watch(db)
        self._apply_role(db)

    def _database_switched(self, db: Database) -> None:
        """Show another database opened from Berkas (its own backup reminder too)."""
        self._database_replaced(db)
        self._data_safety.update_backup_status()
        self.setWindowTitle(self._title(db))

    def _title(self, db: Database) -> str:
        portable = f" {self.tr('(portabel)')}" if is_portable() else ""
        read_only = "" if not db.read_only else (
            f" {self.tr('(hanya baca)')}" if db.is_server
            else f" {self.tr('(salinan lokal, hanya baca)')}")
        return f"{APP_NAME} — {db.name}{portable}{read_only}"

    # Layout memory ----------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        for option, restore in ((MAIN_GEOMETRY, self.restoreGeometry),
                                (MAIN_STATE, self.restoreState),
                                (MAIN_SPLITTER, self.splitter.restoreState),
                                (MAIN_HEADER, self.table.horizontalHeader().restoreState)):
            value = self.settings.get(option)
            if value:
                restore(QByteArray(value))

    def save_layout(self) -> None:
        for option, state in ((MAIN_GEOMETRY, self.saveGeometry()),
                              (MAIN_STATE, self.saveState()),
                              (MAIN_SPLITTER, self.splitter.saveState()),
                              (MAIN_HEADER, self.table.horizontalHeader().saveState())):
            self.settings.set(option, bytes(state.data()))
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        # The day's automatic backup, when due, is written on a worker thread first: this
        # close is refused while the window stays responsive, and made again when it ended.
        if not self._data_safety.window_closing():
            event.ignore()
            return
        if self.server_watch is not None:
            self.server_watch.stop()
        super().closeEvent(event)
