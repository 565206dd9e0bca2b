"""The main window: the register as a table with filters, the detail pane, menus and the
reminders. Its parts live beside it: the import flow in :mod:`.import_controller`, what a
drop means in :mod:`.drops`, the detail pane in :mod:`.detail_pane`, the table model in
:mod:`.models`, undo in :mod:`.undo` and the digest and notifications in :mod:`.reminders`.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core import vocab
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _, ngettext
from studio_dsar.core.mailkeep import TempViews
from studio_dsar.core.store import Store
from studio_dsar.core.studio import Studio
from studio_dsar.core.deadlines import studio_today

from . import about_dialog, dialogs, drops, recovery, tasks
from .detail_pane import DetailPane
from .import_controller import ImportController
from .labels import days_left_text, fmt_date, right_label, status_label
from .models import (
    DAYS_LEFT,
    DUE,
    EMAIL,
    RECEIVED,
    REFERENCE,
    REQUEST_ROLE,
    REQUESTER,
    RIGHTS,
    STATUS,
    RequestFilterProxy,
    RequestTableModel,
)
from .reminders import DigestDialog, Notifier
from .state import gui_settings
from .style import muted
from .undo import History
from .widgets import DropOverlay, EmptyHint

# Kept for callers that imported them from here.
local_mail_paths = drops.local_mail_paths
local_id_paths = drops.local_id_paths

QUICK_FILTERS = ("open", "overdue", "soon", "closed", "all")


class _EscapeClears(QObject):
    """Escape in the search field clears it (and a second Escape leaves it)."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and obj.text():
            obj.clear()
            return True
        return False


class MainWindow(QMainWindow):
    detail: DetailPane

    def __init__(self, studio: Studio | Store | None = None, parent=None):
        super().__init__(parent)
        self._own_store = studio is None
        if studio is None:
            studio = Studio.open()
        self.studio = studio if isinstance(studio, Studio) else Studio(studio)
        self.store = self.studio.store
        self._settings = self.studio.settings
        self.temp_views = TempViews()
        self.studio.hold_for_window()  # a restore from the command line now waits for this window

        # The application's name is added by the platform ("… — studio-dsar"): not here too.
        self.setWindowTitle(_("Data-subject requests"))
        self.setAcceptDrops(True)
        self.resize(1200, 760)

        self.history = History(self._after_undo, lambda exc: dialogs.show_error(self, exc, _("Undo")), self)
        self.model = RequestTableModel(self)
        self.proxy = RequestFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.imports = ImportController(self.store.path, self)
        self.imports.started.connect(self._import_started)
        self.imports.progress.connect(self._import_progress)
        self.imports.stopped.connect(self._import_stopped)
        self.imports.finished.connect(self._import_done)
        self.imports.message.connect(lambda text: self.statusBar().showMessage(text, 5000))

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_statusbar()

        from .idcheck_dialog import install_housekeeping

        install_housekeeping(self)  # wipes what an interrupted ID check left, and expired copies

        # A mail dropped anywhere is an import: no text field may take it as text instead.
        for kind in (QLineEdit, QAbstractSpinBox, QPlainTextEdit):
            for edit in self.findChildren(kind):
                edit.setAcceptDrops(False)
                if isinstance(edit, QPlainTextEdit):
                    edit.viewport().setAcceptDrops(False)

        self.model.sort(DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicator(DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        self.reload()
        self._restore_state()

        self.notifier = Notifier(self._open_entries, self, fallback=lambda text: self.statusBar().showMessage(text, 30000))
        self.temp_timer = QTimer(self)
        self.temp_timer.setInterval(60_000)
        self.temp_timer.timeout.connect(self.temp_views.remove_expired)
        self.temp_timer.start()
        self.temp_views.remove_stale()
        # A backup at least daily while the window stays open (one was made at start).
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60 * 60 * 1000)
        self._backup_timer.timeout.connect(lambda: recovery.daily_backup(self))
        self._backup_timer.start()

    # -- compatibility -----------------------------------------------------------------------
    @property
    def last_import_report(self):
        return self.imports.last_report

    @property
    def _import_handle(self):
        return self.imports.handle

    # -- construction ---------------------------------------------------------------------
    def _icon(self, pixmap: QStyle.StandardPixmap):
        return self.style().standardIcon(pixmap)

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.new_action = QAction(self._icon(SP.SP_FileIcon), _("&New request…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setToolTip(_("Log a request that came by phone, letter or contact form (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_request)

        self.import_action = QAction(self._icon(SP.SP_DialogOpenButton), _("&Import e-mail…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+O"))
        self.import_action.setToolTip(_("Import .eml or .msg files (Ctrl+O); you can also drop them on the window"))
        self.import_action.triggered.connect(self.import_dialog)

        self.export_action = QAction(self._icon(SP.SP_DialogSaveButton), _("&Export register as CSV…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_csv)

        self.calendar_action = QAction(_("Export deadlines to &calendar…"), self)
        self.calendar_action.setToolTip(_("An iCalendar file with the deadlines of open requests "
                                          "(only their references, no names)"))
        self.calendar_action.triggered.connect(self.export_calendar)

        self.deleted_action = QAction(_("&Deleted requests…"), self)
        self.deleted_action.triggered.connect(self.show_deleted)

        self.backup_action = QAction(_("&Back up now…"), self)
        self.backup_action.triggered.connect(lambda: recovery.backup_now(self))
        self.restore_action = QAction(_("&Restore from backup…"), self)
        self.restore_action.triggered.connect(lambda: recovery.restore_from_backup(self))
        self.recovery_code_action = QAction(_("Recovery &code for backups…"), self)
        self.recovery_code_action.setStatusTip(_("The code that opens your backups on another computer"))
        self.recovery_code_action.triggered.connect(lambda: recovery.make_recovery_code(self))

        self.settings_action = QAction(_("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)

        self.profile_action = QAction(_("Studio &profile…"), self)
        self.profile_action.triggered.connect(self.open_profile)

        self.quit_action = QAction(_("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.undo_action = self.history.createUndoAction(self, _("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.history.createRedoAction(self, _("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)

        self.find_action = QAction(_("&Find…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)

        self.reload_action = QAction(self._icon(SP.SP_BrowserReload), _("&Refresh"), self)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.triggered.connect(self.reload)

        self.digest_action = QAction(_("&Today's overview…"), self)
        self.digest_action.setShortcut(QKeySequence("Ctrl+T"))
        self.digest_action.triggered.connect(lambda: self.show_digest(force=True))

        self.idcheck_action = QAction(_("Check &ID document…"), self)
        self.idcheck_action.setShortcut(QKeySequence("Ctrl+I"))
        self.idcheck_action.triggered.connect(lambda: self.open_idcheck(self.current_reference()))
        self.extend_action = QAction(_("E&xtend deadline…"), self)
        self.extend_action.triggered.connect(lambda: self.detail.extend_deadline())
        self.letter_action = QAction(_("Write &letter…"), self)
        self.letter_action.setShortcut(QKeySequence("Ctrl+L"))
        self.letter_action.triggered.connect(lambda: self.open_letter(self.current_reference()))
        self.correct_action = QAction(_("&Correct what was read from the mail…"), self)
        self.correct_action.setShortcut(QKeySequence("Ctrl+Shift+E"))  # Ctrl+E exports the register
        self.correct_action.triggered.connect(lambda: self.open_correction(self.current_reference()))
        self.delete_action = QAction(self._icon(SP.SP_TrashIcon), _("&Delete request…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda: self.delete_request(self.current_reference()))
        self.status_actions: dict[str, QAction] = {}
        for code in vocab.STATUSES:
            if code == "extended":
                continue
            action = QAction(status_label(code), self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=code: self.detail.change_status(c))
            self.status_actions[code] = action

        self.about_action = QAction(self._icon(SP.SP_MessageBoxInformation), _("&About studio-dsar"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: about_dialog.show_about(self))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(_("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.calendar_action)
        file_menu.addAction(self.deleted_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.recovery_code_action)
        file_menu.addSeparator()
        file_menu.addAction(self.profile_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(_("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.edit_menu = edit_menu

        view_menu = bar.addMenu(_("&View"))
        view_menu.addAction(self.digest_action)
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.reload_action)
        self.view_menu = view_menu

        self.request_menu = bar.addMenu(_("&Request"))
        self._fill_request_menu(self.request_menu)

        help_menu = bar.addMenu(_("&Help"))
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu

    def _fill_request_menu(self, menu: QMenu) -> None:
        """The Request menu and the rows' context menu offer the same actions."""
        menu.addAction(self.idcheck_action)
        menu.addAction(self.letter_action)
        menu.addAction(self.extend_action)
        menu.addAction(self.correct_action)
        status_menu = menu.addMenu(_("Set &status"))
        for action in self.status_actions.values():
            status_menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(_("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.new_action)
        bar.addAction(self.import_action)
        bar.addAction(self.export_action)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_filter_bar(self) -> QHBoxLayout:
        top = QHBoxLayout()
        top.setSpacing(0)
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QToolButton] = {}
        labels = {"open": _("Open"), "overdue": _("Overdue"), "soon": _("Due soon"),
                  "closed": _("Closed"), "all": _("All")}
        tips = {"overdue": _("Open requests past their deadline"),
                "soon": _("Open requests due within 7 days")}
        for which in QUICK_FILTERS:
            button = QToolButton()
            button.setText(labels[which])
            if which in tips:
                button.setToolTip(tips[which])
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setMinimumWidth(64)
            button.clicked.connect(lambda _checked=False, w=which: self.set_filter(w))
            self.filter_group.addButton(button)
            self.filter_buttons[which] = button
            top.addWidget(button)
        top.addSpacing(10)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(_("Filter by status"))
        self.status_filter.addItem(_("Any status"), None)
        for code in vocab.STATUSES:
            self.status_filter.addItem(status_label(code), code)
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)
        top.addWidget(self.status_filter)
        top.addSpacing(6)
        self.right_filter = QComboBox()
        self.right_filter.setAccessibleName(_("Filter by right"))
        self.right_filter.addItem(_("Any right"), None)
        for code in vocab.RIGHTS:
            self.right_filter.addItem(right_label(code), code)
        self.right_filter.currentIndexChanged.connect(self._right_filter_changed)
        top.addWidget(self.right_filter)
        top.addSpacing(10)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search name, e-mail, reference or right (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAcceptDrops(False)
        self.search.addAction(self._icon(QStyle.StandardPixmap.SP_FileDialogContentsView),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._search_changed)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48)
        self.search.setMaximumWidth(360)
        self.search.setAccessibleName(_("Search by name, e-mail, reference or right"))
        self._escape_filter = _EscapeClears(self.search)
        self.search.installEventFilter(self._escape_filter)
        top.addWidget(self.search, 1)
        top.addStretch(1)
        self.count_label = muted(QLabel())
        top.addWidget(self.count_label)
        return top

    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(self._build_filter_bar())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(_("Requests"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.addAction(self.delete_action)
        self._size_columns()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.viewport().setAcceptDrops(False)
        self.splitter.addWidget(self.table)

        self.empty_hint = EmptyHint(self.table.viewport())

        self.detail = DetailPane(self.studio, self.deadline_settings, history=self.history)
        self.detail.setMinimumWidth(330)
        self.detail.changed.connect(self._request_changed)
        self.detail.letter_requested.connect(self.open_letter)
        self.detail.idcheck_requested.connect(self.open_idcheck)
        self.detail.view_id_copy.connect(self.view_id_copy)
        self.detail.open_attachment.connect(self.open_attachment)
        self.detail.idcheck_attachment.connect(self.idcheck_attachment)
        self.detail.idcheck_from_mail_requested.connect(self.open_idcheck_from_mail)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([860, 400])
        layout.addWidget(self.splitter, 1)

        self.setCentralWidget(central)
        self.drop_overlay = DropOverlay(central)

    def _size_columns(self) -> None:
        """Name and address share what is left; the other columns fit their longest text."""
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REQUESTER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        fm = self.table.fontMetrics()
        hfm = header.fontMetrics()
        pad = 24  # cell margins, the sort arrow's room is added to headers below
        longest_date = max(fm.horizontalAdvance(fmt_date(date(2026, m, 28))) for m in range(1, 13))
        widths = {
            REFERENCE: fm.horizontalAdvance("2026-00000") + 36,
            RIGHTS: fm.horizontalAdvance(", ".join(right_label(r) for r in ("access", "erasure"))) + pad,
            RECEIVED: longest_date + pad,
            DUE: longest_date + pad,
            DAYS_LEFT: max([fm.horizontalAdvance(days_left_text(n)) for n in (-999, -1, 0, 1, 999)]) + pad,
            STATUS: max(fm.horizontalAdvance(status_label(s)) for s in vocab.STATUSES) + pad,
        }
        for col, width in widths.items():
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            width = max(width, hfm.horizontalAdvance(title) + 34)
            header.resizeSection(col, width)
        # "Days left" must never be cut off: it keeps its width when the window is narrow.
        header.setSectionResizeMode(DAYS_LEFT, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(48)

    def _build_statusbar(self) -> None:
        bar = self.statusBar()
        self.status_counts = QLabel()
        bar.addPermanentWidget(self.status_counts)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.hide()
        bar.addPermanentWidget(self.progress)
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_import)
        bar.addPermanentWidget(self.cancel_button)

    # -- state --------------------------------------------------------------------------------
    def deadline_settings(self) -> tuple[str, int]:
        return self.studio.country, self.studio.promise_days

    def _restore_state(self) -> None:
        qs = gui_settings()
        geometry = qs.value("window/geometry")
        if isinstance(geometry, (QByteArray, bytes)) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = qs.value("window/state")
        if isinstance(state, (QByteArray, bytes)) and state:
            self.restoreState(QByteArray(state))
        splitter = qs.value("window/splitter")
        if isinstance(splitter, (QByteArray, bytes)) and splitter:
            self.splitter.restoreState(QByteArray(splitter))
        header = qs.value("window/table_header")
        if isinstance(header, (QByteArray, bytes)) and header:
            self.table.horizontalHeader().restoreState(QByteArray(header))
            self._size_columns()  # an older saved width may cut "days left" off
            # Always open sorted by days left, whatever the last session sorted by.
            self.table.sortByColumn(DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        which = qs.value("window/filter", "all")
        self.set_filter(which if which in QUICK_FILTERS else "all")

    def save_state(self) -> None:
        qs = gui_settings()
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/state", self.saveState())
        qs.setValue("window/splitter", self.splitter.saveState())
        qs.setValue("window/table_header", self.table.horizontalHeader().saveState())
        qs.setValue("window/filter", self.proxy.which)
        qs.sync()

    def closeEvent(self, event) -> None:
        self.detail.save_notes()
        self.save_state()
        self.notifier.stop()
        self.temp_views.remove_all()
        self.imports.cancel()
        if not getattr(self, "_replaced", False):
            tasks.current_runner().shutdown()
        self.studio.release_window()
        if self._own_store:
            self.studio.close()
        super().closeEvent(event)

    # -- table ------------------------------------------------------------------------------
    def current_reference(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        req = index.data(REQUEST_ROLE)
        return req.reference if req else None

    def select_reference(self, reference: str | None) -> bool:
        if not reference:
            return False
        source_row = self.model.row_for_reference(reference)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, REFERENCE))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def reload(self) -> None:
        """Read the whole register again (F5, after an import or a settings change), keeping
        the selected request selected. A single change uses :meth:`_request_changed`."""
        reference = self.current_reference() or self.detail.reference
        self.model.set_entries(self.studio.entries("all"))
        if not self.select_reference(reference):
            self.detail.show_reference(reference)
        self._update_counts()
        self._update_actions()

    def _open_entries(self) -> list:
        return [e for e in self.model.rows if e.is_open]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        req = current.data(REQUEST_ROLE) if current.isValid() else None
        if req is None and self.detail.reference and self.model.row_for_reference(self.detail.reference) >= 0:
            # A model reset clears the selection for a moment; reload() selects again.
            return
        reference = req.reference if req else None
        self.detail.show_reference(reference, self.model.entry(reference))
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.detail.row
        req = row.request if row is not None else None
        for action in (self.letter_action, self.idcheck_action, self.delete_action, self.correct_action):
            action.setEnabled(req is not None)
        self.extend_action.setEnabled(req is not None and req.is_open and not req.extended)
        for code, action in self.status_actions.items():
            action.setEnabled(req is not None)
            action.setChecked(req is not None and req.status == code)

    def _request_changed(self, reference: str | None) -> None:
        """One request changed: refresh its row only (its deadlines computed once, here)."""
        if not reference:
            self.reload()
            return
        try:
            entry = self.studio.entry(reference)
        except DsarError:  # deleted (or gone): take its row away
            entry = None
        if entry is None:
            self.model.remove(reference)
        else:
            self.model.upsert(entry)
        if entry is not None and not self.select_reference(reference):
            self.detail.show_reference(reference, entry)
        elif entry is not None:
            self.detail.show_reference(reference, entry)
        self._update_counts()
        self._update_actions()
        self.notifier.check()

    def _after_undo(self, reference: str | None) -> None:
        """After undo/redo: the request may have come back (restore) or gone (delete)."""
        self._request_changed(reference)
        if reference and self.model.row_for_reference(reference) >= 0 and not self.select_reference(reference):
            self.set_filter("all")
            self.search.clear()
            self.select_reference(reference)

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        self._fill_request_menu(menu)
        self.row_menu = menu  # tests look at it
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def set_filter(self, which: str) -> None:
        self.filter_buttons[which].setChecked(True)
        self.proxy.set_which(which)
        self._after_filter()

    def _status_filter_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.currentData())
        self._after_filter()

    def _right_filter_changed(self, _index: int) -> None:
        self.proxy.set_right(self.right_filter.currentData())
        self._after_filter()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter()

    def clear_filters(self) -> None:
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.right_filter.setCurrentIndex(0)
        self.set_filter("all")

    def _after_filter(self) -> None:
        """The detail pane shows the selected request only while it is in the list."""
        if self.detail.reference and not self.select_reference(self.detail.reference):
            self.table.selectionModel().clear()
            self.detail.show_reference(None)
            self._update_actions()
        self._update_counts()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_counts(self) -> None:
        rows = self.model.rows
        open_rows = overdue = soon = 0
        for r in rows:
            if r.urgency != "closed":
                open_rows += 1
                overdue += r.urgency == "overdue"
                soon += r.urgency == "soon"
        parts = [
            ngettext("{n} open", "{n} open", open_rows).format(n=open_rows),
            ngettext("{n} overdue", "{n} overdue", overdue).format(n=overdue),
            ngettext("{n} due within 7 days", "{n} due within 7 days", soon).format(n=soon),
            ngettext("{n} in the register", "{n} in the register", len(rows)).format(n=len(rows)),
        ]
        self.status_counts.setText("   ·   ".join(parts))
        shown = self.proxy.rowCount()
        self.count_label.setText(
            ngettext("{n} request shown", "{n} requests shown", shown).format(n=shown) if rows else "")
        SP = QStyle.StandardPixmap
        if not rows:
            self.empty_hint.set_text(
                _("Drop an e-mail with a request here"),
                _("or choose File › Import e-mail… (Ctrl+O), or File › New request… (Ctrl+N) "
                  "for a request by phone or letter."),
                SP.SP_DialogOpenButton)
        elif shown == 0:
            self.empty_hint.set_text(
                _("No requests match"),
                _("Clear the search or show all requests."),
                SP.SP_FileDialogContentsView)
        self.empty_hint.setVisible(shown == 0)

    # -- reminders ----------------------------------------------------------------------------
    def digest_dialog(self) -> DigestDialog:
        digest = self.studio.digest(entries=self._open_entries())
        show = bool(gui_settings().value("reminders/digest_at_start", True, type=bool))
        return DigestDialog(digest, self, show_at_start=show)

    def show_digest(self, force: bool = False) -> DigestDialog | None:
        """The overview of what needs attention (at start-up only when something does, unless
        ``force``). Not modal: the owner can work in the window while it is open."""
        qs = gui_settings()
        if not force and not qs.value("reminders/digest_at_start", True, type=bool):
            return None
        dialog = self.digest_dialog()
        if not force and dialog.digest.empty:
            return None
        dialog.finished.connect(lambda _result: self._digest_closed(dialog))
        self.digest = dialog
        dialogs.show_dialog(dialog)
        return dialog

    def _digest_closed(self, dialog: DigestDialog) -> None:
        qs = gui_settings()
        qs.setValue("reminders/digest_at_start", dialog.show_at_start.isChecked())
        qs.sync()
        if dialog.chosen:
            self.clear_filters()
            self.select_reference(dialog.chosen)
        elif dialog.filter_chosen:
            self.clear_filters()
            self.set_filter(dialog.filter_chosen)

    def start_reminders(self) -> None:
        """After the window is shown: the overview, then notifications while it runs."""
        self.show_digest()
        self.notifier.start(already_seen=True)

    # -- actions ------------------------------------------------------------------------------
    def new_request(self) -> None:
        dialog = dialogs.NewRequestDialog(self.store, self)
        if dialog.exec() and dialog.created is not None:
            reference = dialog.created.reference
            self._request_changed(reference)
            if not self.select_reference(reference):
                self.clear_filters()
                self.select_reference(reference)
            self.history.record(_("new request"), reference,
                                lambda: self.studio.delete_request(reference, reason=_("Undone right after it was added")),
                                lambda: self.studio.restore_request(reference))
            self.statusBar().showMessage(_("Request {ref} added to the register.").format(ref=reference), 6000)

    def delete_request(self, reference: str | None) -> None:
        if not reference:
            return
        reason = dialogs.ask_reason(
            self, _("Delete request"),
            _("Why do you delete {ref}? The reason is kept in the audit log. Until the next backup "
              "rotation you can bring the request back (Edit › Undo, or File › Deleted requests…).")
            .format(ref=reference),
            ok_text=_("Delete"))
        if not reason:
            return
        try:
            self.studio.delete_request(reference, reason=reason)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Delete request"))
            return
        self.history.record(_("delete {ref}").format(ref=reference), reference,
                            lambda: self.studio.restore_request(reference),
                            lambda: self.studio.delete_request(reference, reason=reason))
        self._request_changed(reference)
        self.statusBar().showMessage(_("{ref} deleted. Ctrl+Z brings it back.").format(ref=reference), 10000)

    def show_deleted(self) -> None:
        chosen = dialogs.ask_restore(self, self.studio.deleted_requests())
        for reference in chosen:
            try:
                self.studio.restore_request(reference)
            except DsarError as exc:
                dialogs.show_error(self, exc, _("Deleted requests"))
                continue
            self.history.record(_("restore {ref}").format(ref=reference), reference,
                                partial(self.studio.delete_request, reference, reason=_("Deleted again")),
                                partial(self.studio.restore_request, reference))
            self._request_changed(reference)
        if chosen:
            self.clear_filters()
            self.select_reference(chosen[-1])

    def export_csv(self) -> None:
        suggested = _("register-{date}.csv").format(date=studio_today().isoformat())
        path = dialogs.ask_save_path(self, suggested)
        if not path:
            return
        try:
            rows = self.studio.export_csv(path)
        except (DsarError, OSError) as exc:
            dialogs.show_error(self, exc, _("Export register as CSV"))
            return
        self.statusBar().showMessage(
            ngettext("Exported {n} request to {file}.", "Exported {n} requests to {file}.", rows).format(
                n=rows, file=Path(path).resolve()) + " "
            + _("The file is plaintext (not encrypted): keep it safe and delete it when done."), 20000)

    def export_calendar(self) -> None:
        path = dialogs.ask_calendar_path(self, _("deadlines.ics"))
        if not path:
            return
        try:
            n = self.studio.export_calendar(path)
        except (DsarError, OSError) as exc:
            dialogs.show_error(self, exc, _("Export deadlines to calendar"))
            return
        self.statusBar().showMessage(
            ngettext("{n} date written to {file}.", "{n} dates written to {file}.", n).format(
                n=n, file=Path(path).name), 8000)

    def open_settings(self) -> None:
        dialog = dialogs.SettingsDialog(self.store, self)
        if dialog.exec():
            language_changed = dialog.language_changed
            self._settings_changed()
            if language_changed:
                self.apply_language()

    def apply_language(self) -> MainWindow:
        """Show the window in the language just chosen: a new window replaces this one, in the
        same place, with the same request selected (every text is built in the new language)."""
        from PySide6.QtWidgets import QApplication

        from studio_dsar.core.i18n import init_language

        from .app import apply_qt_language

        language = init_language(self.studio.settings.get("language"))
        instance = QApplication.instance()
        app = instance if isinstance(instance, QApplication) else None
        if app is not None:
            apply_qt_language(app, language)
        self.save_state()
        reference = self.detail.reference
        new = MainWindow(self.studio)
        new._own_store, self._own_store = self._own_store, False
        new.restoreGeometry(self.saveGeometry())
        new.select_reference(reference)
        self._replaced = True
        self.replacement = new
        if app is not None:
            app.aboutToQuit.connect(new.save_state)
        if self.isVisible():
            new.show()
        self.close()
        new.notifier.start(already_seen=True)
        return new

    def open_profile(self) -> None:
        from studio_dsar.gui.profile_dialog import ProfileDialog

        ProfileDialog(self.store, self).exec()
        self._settings_changed()

    def _settings_changed(self) -> None:
        """Country and promise may have changed (the profile syncs them): recompute deadlines."""
        self.studio.forget_cached()  # saved by a dialog outside the Studio: read again
        self._settings = self.studio.settings
        self.reload()

    def maybe_first_run(self) -> bool:
        """Offer the studio profile once, when none was ever saved. True when it was offered."""
        if not self.isVisible():
            return False
        qs = gui_settings()
        if qs.value("first_run/profile_offered", False, type=bool):
            return False
        from studio_dsar.gui.profile_dialog import ProfileDialog

        if self.studio.has_profile():
            return False
        qs.setValue("first_run/profile_offered", True)
        qs.sync()
        ProfileDialog(self.store, self, first_run=True).exec()
        self._settings_changed()
        return True

    def open_letter(self, reference: str | None) -> None:
        if not reference:
            dialogs.show_message(self, "info", _("Write letter"), _("Select a request first."))
            return
        from studio_dsar.gui.letter_dialog import LetterDialog

        LetterDialog(self.store, reference, self).exec()
        self._request_changed(reference)

    # -- attachments and ID documents --------------------------------------------------------
    def open_attachment(self, attachment_id: int) -> None:
        """A mail's attachment in the system viewer, from a private temporary copy that is
        overwritten and removed after a while and when the window closes."""
        try:
            att, data = self.studio.attachment_data(attachment_id)
            path = self.temp_views.write(data, att.filename)
        except (DsarError, OSError) as exc:
            dialogs.show_error(self, exc, _("Open attachment"))
            return
        dialogs.open_with_system(QUrl.fromLocalFile(str(path)))
        self.statusBar().showMessage(
            _("Opened {file}; the temporary copy is removed in 10 minutes or when you close studio-dsar.")
            .format(file=att.filename), 10000)

    def idcheck_attachment(self, reference: str, attachment_id: int) -> None:
        """An attachment that looks like an ID document: only through the ID check, which reads
        it from the request's mail into memory."""
        self.open_idcheck_from_mail(reference)

    def open_idcheck(self, reference: str | None, path=None) -> None:
        """``path``: a scan's path, or ``(bytes, extension, None)`` read from a mail attachment."""
        if not reference:
            dialogs.show_message(self, "info", _("Check ID document"),
                                 _("Select the request the ID document belongs to first."))
            return
        from .idcheck_dialog import IdCheckDialog, ensure_vault_unlocked

        if path is None:
            path = dialogs.ask_id_path(self)
            if not path:
                return
        if not ensure_vault_unlocked(self):
            return
        dialog = IdCheckDialog(self.studio, reference, path, self)
        dialog.exec()
        if dialog.check is not None and not dialog.check.finished:
            dialog.reject()  # however the window went away, an undecided original is wiped
        self._request_changed(reference)

    def open_idcheck_from_mail(self, reference: str) -> None:
        """Check the ID attached to the request's mail, read from the mail file into memory."""
        from .idcheck_dialog import pick_mail_scan

        source = pick_mail_scan(self, self.studio, reference)
        if source is not None:
            self.open_idcheck(reference, source)

    def open_correction(self, reference: str | None) -> None:
        """Correct rights, requester, language or "is a request" of a logged request (audited)."""
        if not reference:
            return
        from .import_review import CorrectRequestDialog

        dialog = CorrectRequestDialog(self.studio, reference, self)
        if dialog.exec():
            self._request_changed(reference)

    def view_id_copy(self, item_id: int) -> None:
        try:
            item = self.studio.vault.item(item_id)
            data = self.studio.vault.get(item_id)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Redacted ID copy"))
            return
        dialogs.show_document(self, item.filename, data, item.content_type)

    # -- import -------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        paths = dialogs.ask_open_paths(self)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        """Import mail files: read them off the GUI thread, let the owner check and correct what
        was read (:mod:`.import_review`), then store the chosen ones; a summary follows."""
        self.imports.import_paths(paths)

    def cancel_import(self) -> None:
        if self.imports.running:
            self.imports.cancel()
            self.cancel_button.setEnabled(False)

    def _import_started(self, message: str) -> None:
        self.import_action.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(message)

    def _import_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if text:
            self.statusBar().showMessage(text)

    def _import_stopped(self) -> None:
        self.import_action.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.statusBar().clearMessage()
        self.reload()

    def _import_done(self, report) -> None:
        imported = report.of("imported")
        if imported and not self.select_reference(imported[0].reference):
            self.clear_filters()
            self.select_reference(imported[0].reference)
        self.notifier.check()

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        plan = drops.plan_for(event.mimeData(), self.current_reference())
        if plan.text:
            event.acceptProposedAction()  # also a refused drop: the overlay says why
            self.drop_overlay.show_over_parent(plan.text, refused=not plan.accepted)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if drops.plan_for(event.mimeData(), self.current_reference()).accepted:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self.drop_overlay.hide()
        plan = drops.plan_for(event.mimeData(), self.current_reference())
        if not plan.accepted:
            event.ignore()
            return
        event.acceptProposedAction()
        # Let the drag finish (the file manager waits for it) before dialogs can open.
        if plan.action == "import":
            QTimer.singleShot(0, lambda: self.import_paths(plan.paths))
        else:
            QTimer.singleShot(0, lambda: self.open_idcheck(plan.reference, plan.paths[0]))

    def handle_drop(self, paths: list[str]) -> None:
        """What a drop does, callable directly (tests, the command line)."""
        plan = drops.plan_for_paths([str(p) for p in paths], self.current_reference())
        if plan.action == "import":
            self.import_paths(plan.paths)
        elif plan.action == "idcheck":
            self.open_idcheck(plan.reference, plan.paths[0])
