"""The main window: the register as a table, a detail pane, import by drag and drop."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
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

from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _, ngettext
from studio_dsar.core.store import STATUSES, Store
from studio_dsar.core.studio import Studio

from . import about_dialog, dialogs, tasks
from studio_dsar.core.intake.batch import ImportReport, import_job, is_mail_file, summary_text
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
from .labels import days_left_text, status_label
from .state import gui_settings
from .style import muted
from .widgets import DetailPane, DropOverlay, EmptyHint


def local_id_paths(mime) -> list[str]:
    """The local scans/photos/PDFs in a drag's mime data (ID documents for the selected request)."""
    from .idcheck_dialog import is_id_file

    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and is_id_file(u.toLocalFile())]


def local_mail_paths(mime) -> list[str]:
    """The local ``.eml``/``.msg`` files in a drag's mime data."""
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and is_mail_file(u.toLocalFile())]


class MainWindow(QMainWindow):
    def __init__(self, studio: Studio | Store | None = None, parent=None):
        super().__init__(parent)
        self._own_store = studio is None
        if studio is None:
            studio = Studio.open()
        self.studio = studio if isinstance(studio, Studio) else Studio(studio)
        self.store = self.studio.store
        self._settings = self.studio.settings
        self._import_handle: tasks.TaskHandle | None = None
        self._pending_report: ImportReport | None = None
        self.last_import_report: ImportReport | None = None

        self.setWindowTitle(_("studio-dsar — data-subject requests"))
        self.setAcceptDrops(True)
        self.resize(1200, 760)

        self.model = RequestTableModel(self)
        self.proxy = RequestFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_statusbar()

        # A mail dropped anywhere is an import: no text field may take it as text instead.
        for kind in (QLineEdit, QAbstractSpinBox, QPlainTextEdit):
            for edit in self.findChildren(kind):
                edit.setAcceptDrops(False)
                if isinstance(edit, QPlainTextEdit):
                    edit.viewport().setAcceptDrops(False)

        self.reload()
        self.table.sortByColumn(DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        self._restore_state()

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

        self.settings_action = QAction(_("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)

        self.profile_action = QAction(_("Studio &profile…"), self)
        self.profile_action.triggered.connect(self.open_profile)

        self.quit_action = QAction(_("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.find_action = QAction(_("&Find…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)

        self.reload_action = QAction(self._icon(SP.SP_BrowserReload), _("&Refresh"), self)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.triggered.connect(self.reload)

        self.extend_action = QAction(_("E&xtend deadline…"), self)
        self.extend_action.triggered.connect(lambda: self.detail.extend_deadline())
        self.letter_action = QAction(_("Write &letter…"), self)
        self.letter_action.triggered.connect(lambda: self.open_letter(self.current_reference()))

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
        file_menu.addSeparator()
        file_menu.addAction(self.profile_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(_("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.reload_action)

        request_menu = bar.addMenu(_("&Request"))
        request_menu.addAction(self.extend_action)
        request_menu.addAction(self.letter_action)
        self.request_menu = request_menu

        help_menu = bar.addMenu(_("&Help"))
        help_menu.addAction(self.about_action)

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

    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)

        # Filter (segmented buttons) and search.
        top = QHBoxLayout()
        top.setSpacing(0)
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QToolButton] = {}
        for which, label in (("open", _("Open")), ("closed", _("Closed")), ("all", _("All"))):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setMinimumWidth(72)
            button.clicked.connect(lambda _checked=False, w=which: self.set_filter(w))
            self.filter_group.addButton(button)
            self.filter_buttons[which] = button
            top.addWidget(button)
        top.addSpacing(12)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by name or e-mail (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAcceptDrops(False)
        self.search.addAction(self._icon(QStyle.StandardPixmap.SP_FileDialogContentsView),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._search_changed)
        self.search.setMaximumWidth(360)
        self.search.setAccessibleName(_("Search by name or e-mail"))
        top.addWidget(self.search, 1)
        top.addStretch(1)
        self.count_label = muted(QLabel())
        top.addWidget(self.count_label)
        layout.addLayout(top)

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
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Name and address share what is left; the other columns fit their usual contents.
        header.setSectionResizeMode(REQUESTER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        widths = {
            REFERENCE: fm.horizontalAdvance("2026-0000") + 36,
            RIGHTS: fm.horizontalAdvance("Access, Erasure") + 12,
            RECEIVED: fm.horizontalAdvance("30 sept. 2026") + 14,
            DUE: fm.horizontalAdvance("30 sept. 2026") + 14,
            DAYS_LEFT: max(fm.horizontalAdvance(days_left_text(-30)),
                           fm.horizontalAdvance(_("Days left")) + 16) + 18,
            STATUS: max(fm.horizontalAdvance(status_label(s)) for s in STATUSES) + 18,
        }
        for col, width in widths.items():
            header.resizeSection(col, width)
        header.setMinimumSectionSize(48)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.viewport().setAcceptDrops(False)
        self.splitter.addWidget(self.table)

        self.empty_hint = EmptyHint(self.table.viewport())

        self.detail = DetailPane(self.store, self.deadline_settings)
        self.detail.setMinimumWidth(330)
        self.detail.changed.connect(self._request_changed)
        self.detail.letter_requested.connect(self.open_letter)
        self.detail.idcheck_requested.connect(self.open_idcheck)
        self.detail.view_id_copy.connect(self.view_id_copy)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([860, 400])
        layout.addWidget(self.splitter, 1)

        self.setCentralWidget(central)
        self.drop_overlay = DropOverlay(central)

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
        return self._settings["country"], int(self._settings["promise_days"])

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
            # Always open sorted by days left, whatever the last session sorted by.
            self.table.sortByColumn(DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        which = qs.value("window/filter", "all")
        self.set_filter(which if which in ("open", "closed", "all") else "all")

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
        if self._import_handle is not None:
            self._import_handle.cancel()
        runner = tasks.current_runner()
        runner.shutdown()
        if self._own_store:
            self.store.close()
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
        """Read the register again, keeping the selected request selected."""
        reference = self.current_reference() or self.detail.reference
        self.model.set_requests(self.store.list_requests("all"), *self.deadline_settings())
        if not self.select_reference(reference):
            self.detail.show_reference(reference)
        self._update_counts()
        self._update_actions()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        req = current.data(REQUEST_ROLE) if current.isValid() else None
        if req is None and self.detail.reference and self.model.row_for_reference(self.detail.reference) >= 0:
            # A model reset clears the selection for a moment; reload() selects again.
            return
        self.detail.show_reference(req.reference if req else None)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.detail.row
        self.letter_action.setEnabled(row is not None)
        self.extend_action.setEnabled(row is not None and row.request.is_open and not row.request.extended)

    def _request_changed(self, reference: str) -> None:
        self.reload()
        self.select_reference(reference)
        self.detail.show_reference(reference)
        self._update_actions()

    def set_filter(self, which: str) -> None:
        self.filter_buttons[which].setChecked(True)
        self.proxy.set_which(which)
        self._after_filter()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter()

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
        open_rows = [r for r in rows if r.request.is_open]
        overdue = sum(1 for r in open_rows if r.urgency == "overdue")
        soon = sum(1 for r in open_rows if r.urgency == "soon")
        parts = [
            ngettext("{n} open", "{n} open", len(open_rows)).format(n=len(open_rows)),
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

    # -- actions ------------------------------------------------------------------------------
    def new_request(self) -> None:
        dialog = dialogs.NewRequestDialog(self.store, self)
        if dialog.exec() and dialog.created is not None:
            self.reload()
            if not self.select_reference(dialog.created.reference):
                self.set_filter("all")
                self.search.clear()
                self.select_reference(dialog.created.reference)
            self.statusBar().showMessage(
                _("Request {ref} added to the register.").format(ref=dialog.created.reference), 6000)

    def export_csv(self) -> None:
        suggested = _("register-{date}.csv").format(date=date.today().isoformat())
        path = dialogs.ask_save_path(self, suggested)
        if not path:
            return
        country, promise_days = self.deadline_settings()
        try:
            rows = self.store.export_csv(path, country=country, promise_days=promise_days)
        except (DsarError, OSError) as exc:
            dialogs.show_error(self, exc, _("Export register as CSV"))
            return
        self.statusBar().showMessage(
            ngettext("Exported {n} request to {file}.", "Exported {n} requests to {file}.", rows).format(
                n=rows, file=Path(path).name), 8000)

    def open_settings(self) -> None:
        dialog = dialogs.SettingsDialog(self.store, self)
        if dialog.exec():
            language_changed = dialog.language_changed
            self._settings_changed()
            if language_changed:
                dialogs.show_message(self, "info", _("Settings"),
                                     _("The new language applies after you restart studio-dsar."))

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
        from studio_dsar.core.letters.profile import has_profile

        if has_profile(self.store):
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

    # -- ID documents --------------------------------------------------------------------------
    def open_idcheck(self, reference: str | None, path: str | None = None) -> None:
        if not reference:
            dialogs.show_message(self, "info", _("Check ID document"),
                                 _("Select the request the ID document belongs to first."))
            return
        if path is None:
            path = dialogs.ask_id_path(self)
            if not path:
                return
        from .idcheck_dialog import IdCheckDialog

        dialog = IdCheckDialog(self.store, reference, path, self)
        dialog.exec()
        if dialog.check is not None and not dialog.check.finished:
            dialog.reject()  # however the window went away, an undecided original is wiped
        self._request_changed(reference)

    def view_id_copy(self, item_id: int) -> None:
        from studio_dsar.core.vault import Vault

        try:
            item = Vault(self.store).item(item_id)
            data = Vault(self.store).get(item_id)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Redacted ID copy"))
            return
        dialogs.show_document(self, item.filename, data, item.content_type)

    # -- import -------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        paths = dialogs.ask_open_paths(self)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str], *, include_non_requests: bool = False) -> None:
        """Import mail files off the GUI thread; a summary follows when all are done."""
        paths = [str(p) for p in paths]
        mails = [p for p in paths if is_mail_file(p)]
        if not mails:
            dialogs.show_message(self, "warning", _("Import e-mail"),
                                 _("Only e-mail files (.eml or .msg) can be imported."))
            return
        if self._import_handle is not None:
            dialogs.show_message(self, "info", _("Import e-mail"),
                                 _("An import is still running; wait until it has finished."))
            return
        self.import_action.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(_("Importing…"))
        self._import_handle = tasks.run_task_with_progress(
            import_job(self.store.path, mails, include_non_requests=include_non_requests),
            lambda report: self._import_done(report, include_non_requests),
            self._import_failed,
            self._import_progress,
        )
        if self._import_handle.finished:  # a synchronous runner (tests) has already finished
            self._import_handle = None

    def cancel_import(self) -> None:
        if self._import_handle is not None:
            self._import_handle.cancel()
            self.cancel_button.setEnabled(False)

    def _import_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if text:
            self.statusBar().showMessage(text)

    def _import_finished_ui(self) -> None:
        self._import_handle = None
        self.import_action.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.statusBar().clearMessage()

    def _import_failed(self, exc: BaseException) -> None:
        self._import_finished_ui()
        self._pending_report = None
        self.reload()
        dialogs.show_error(self, exc, _("Import e-mail"))

    def _import_done(self, report: ImportReport, second_pass: bool) -> None:
        self._import_finished_ui()
        if second_pass and self._pending_report is not None:
            report = self._pending_report.merge(report)
        self._pending_report = None
        self.reload()
        not_requests = report.of("not_request")
        if not second_pass and not_requests and not report.cancelled:
            chosen = dialogs.ask_log_anyway(
                self, [(r.path, Path(r.path).name + (f" — {r.description}" if r.description else ""))
                       for r in not_requests])
            if chosen:
                self._pending_report = report
                self.import_paths(chosen, include_non_requests=True)
                return
        self.last_import_report = report
        imported = report.of("imported")
        if imported:
            if not self.select_reference(imported[0].reference):
                self.set_filter("all")
                self.search.clear()
                self.select_reference(imported[0].reference)
        kind = "warning" if report.of("error") else "info"
        short, full = summary_text(report), summary_text(report, limit=None)
        dialogs.show_message(self, kind, _("Import e-mail"), short, details=full if full != short else None)

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        paths = local_mail_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.drop_overlay.show_over_parent(len(paths))
        elif self._id_drop_target(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if local_mail_paths(event.mimeData()) or self._id_drop_target(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _id_drop_target(self, mime) -> str | None:
        """One ID scan dragged while a request is selected: the scan belongs to that request."""
        paths = local_id_paths(mime)
        if len(paths) == 1 and self.current_reference():
            return paths[0]
        return None

    def dragLeaveEvent(self, event) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self.drop_overlay.hide()
        paths = local_mail_paths(event.mimeData())
        if not paths:
            scan = self._id_drop_target(event.mimeData())
            if scan:
                event.acceptProposedAction()
                reference = self.current_reference()
                QTimer.singleShot(0, lambda: self.open_idcheck(reference, scan))
                return
            event.ignore()
            return
        event.acceptProposedAction()
        # Let the drag finish (the file manager waits for it) before dialogs can open.
        QTimer.singleShot(0, lambda: self.import_paths(paths))

    def handle_drop(self, paths: list[str]) -> None:
        """What a drop does, callable directly (tests, the command line)."""
        mails = [p for p in map(str, paths) if is_mail_file(p)]
        if mails:
            self.import_paths(mails)
            return
        from .idcheck_dialog import is_id_file

        scans = [p for p in map(str, paths) if is_id_file(p)]
        if len(scans) == 1:
            self.open_idcheck(self.current_reference(), scans[0])
