"""Dialogs: new request, settings, reason prompts, import summary, message boxes.

Every message box is plain text (``Qt.PlainText``): names and subjects come from mails and must
never be read as markup. The small ``ask_*`` functions are the seams tests monkeypatch.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core import settings as app_settings
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _
from studio_dsar.core.store import CHANNELS, LANGUAGES, RIGHTS, Request, Store
from studio_dsar.core.deadlines import studio_today

from .style import muted
from .labels import channel_label, clean, country_label, language_label, right_description, ui_locale


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# -- message boxes ------------------------------------------------------------------------
def show_message(parent, kind: str, title: str, text: str, details: str | None = None) -> None:
    """A plain-text message box; ``kind`` is 'info', 'warning' or 'error'."""
    icon = {
        "info": QMessageBox.Icon.Information,
        "warning": QMessageBox.Icon.Warning,
        "error": QMessageBox.Icon.Critical,
    }[kind]
    box = QMessageBox(icon, title, clean(text, multiline=True), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(clean(details, multiline=True))
    box.exec()


def show_error(parent, exc: BaseException, title: str | None = None) -> None:
    """A core error as the user should read it; anything unexpected gets a generic sentence."""
    from studio_dsar.core import faults

    typed = faults.translate(exc)
    if typed is not None:
        text = str(typed)
    else:
        text = _("Something went wrong: {error}").format(error=f"{type(exc).__name__}: {exc}")
    show_message(parent, "error", title or _("studio-dsar"), text)


# -- file pickers (seams for tests) ---------------------------------------------------------
# Qt's own file dialog, not the platform's: it speaks the app's language (through Qt's
# translations, installed in app.py) whatever language the operating system uses.
FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def exec_dialog(dialog: QDialog) -> int:
    """Run a modal dialog (a seam: tests replace it to look at the dialog instead)."""
    return dialog.exec()


def show_dialog(dialog: QDialog) -> None:
    """Show a dialog without blocking the window (a seam for tests)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()


def open_with_system(url) -> bool:
    """Open a file in the program the system uses for it (a seam for tests)."""
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


def ask_open_paths(parent) -> list[str]:
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, _("Import e-mail"), str(Path.home()),
        _("E-mail messages (*.eml *.msg);;All files (*)"), "", FILE_DIALOG_OPTIONS,
    )
    return list(paths)


def ask_id_path(parent) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, _("Check ID document"), str(Path.home()),
        _("Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.heic *.heif *.pdf);;All files (*)"),
        "", FILE_DIALOG_OPTIONS,
    )
    return path or None


def ask_calendar_path(parent, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, _("Export deadlines to calendar"), str(Path.home() / suggested),
        _("iCalendar files (*.ics)"), "", FILE_DIALOG_OPTIONS,
    )
    if not path:
        return None
    if not path.lower().endswith(".ics"):
        path += ".ics"
    return path


def ask_restore(parent, deleted: list) -> list[str]:
    """The deleted requests the owner ticks to bring back (references)."""
    if not deleted:
        show_message(parent, "info", _("Deleted requests"),
                     _("There are no deleted requests that can be brought back."))
        return []
    items = []
    for req in deleted:
        text = _("{ref} · {name} — deleted {date}: {reason}").format(
            ref=req.reference, name=clean(req.requester_name) or "—",
            date=(req.deleted_at or "")[:10], reason=clean(req.deletion_reason) or "—")
        items.append((req.reference, text))
    dialog = LogAnywayDialog(items, parent, title=_("Deleted requests"), intro=_(
        "Deleted requests can be brought back until the next backup rotation. Tick the ones to restore."),
        ok_text=_("Restore ticked requests"))
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return []
    return dialog.chosen()


def show_document(parent, title: str, data: bytes, content_type: str | None) -> None:
    """Show a decrypted document from memory (never written to disk)."""
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QScrollArea

    pages: list[bytes] = []
    if content_type == "application/pdf":
        import pymupdf

        with pymupdf.open(stream=data, filetype="pdf") as doc:
            pages = [p.get_pixmap(dpi=110).tobytes("png") for p in doc]
    else:
        pages = [data]
    dialog = QDialog(parent)
    dialog.setWindowTitle(clean(title))
    dialog.resize(900, 700)
    area = QScrollArea(dialog)
    area.setWidgetResizable(True)
    host = QWidget()
    col = QVBoxLayout(host)
    for png in pages:
        label = QLabel()
        pix = QPixmap()
        pix.loadFromData(png)
        label.setPixmap(pix.scaledToWidth(min(pix.width(), 840), Qt.TransformationMode.SmoothTransformation))
        col.addWidget(label)
    area.setWidget(host)
    layout = QVBoxLayout(dialog)
    layout.addWidget(area)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.exec()


def ask_save_path(parent, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, _("Export register as CSV"), str(Path.home() / suggested), _("CSV files (*.csv)"),
        "", FILE_DIALOG_OPTIONS,
    )
    if not path:
        return None
    if not path.lower().endswith(".csv"):
        path += ".csv"
    return path


# -- a reason (refusal, extension) -----------------------------------------------------------
class ReasonDialog(QDialog):
    """Asks for a reason; OK stays disabled until there is one."""

    def __init__(self, title: str, prompt: str, info: str | None = None, ok_text: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        if info:
            info_label = QLabel(info)
            info_label.setTextFormat(Qt.TextFormat.PlainText)
            info_label.setWordWrap(True)
            info_label.setObjectName("reasonInfo")
            info_label.setStyleSheet("QLabel#reasonInfo { background: #e7f1ff; color: #084298;"
                                     " border: 1px solid #b6d4fe; border-radius: 4px; padding: 6px 8px; }")
            layout.addWidget(info_label)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(_("Reason"))
        self.edit.setMinimumHeight(90)
        self.edit.setMaximumHeight(160)
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if ok_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.edit.toPlainText().strip()


def ask_reason(parent, title: str, prompt: str, info: str | None = None, ok_text: str | None = None) -> str | None:
    """The reason typed, or None when cancelled."""
    dialog = ReasonDialog(title, prompt, info, ok_text, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason() or None


# -- non-requests found in an import ----------------------------------------------------------
class LogAnywayDialog(QDialog):
    """Lists the mails that do not look like a request; the owner ticks those to log anyway."""

    def __init__(self, items: list[tuple[str, str]], parent=None, *, title: str | None = None,
                 intro: str | None = None, ok_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or _("Not a request?"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        label = QLabel(intro or _(
            "These mails do not look like a data-subject request. Tick the ones you want to log "
            "in the register anyway."
        ))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        for key, text in items:
            item = QListWidgetItem(clean(text))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or _("Log ticked mails"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


def ask_log_anyway(parent, items: list[tuple[str, str]]) -> list[str]:
    """``items`` are (path, description); returns the paths the owner wants logged."""
    dialog = LogAnywayDialog(items, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.chosen()


# -- new request -------------------------------------------------------------------------
class NewRequestDialog(QDialog):
    """Log a request that came by phone, letter or contact form."""

    def __init__(self, store: Store, parent=None, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.created: Request | None = None
        self.setWindowTitle(_("New request"))
        self.setMinimumWidth(480)

        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # never clip a right's label
        intro = QLabel(_("Log a request that reached you by phone, letter or contact form."))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setPlaceholderText(_("Full name of the person"))
        form.addRow(_("&Name:"), self.name)
        self.email = QLineEdit()
        self.email.setPlaceholderText(_("name@example.com (optional)"))
        form.addRow(_("&E-mail:"), self.email)
        self.email_hint = QLabel(_("This does not look like an e-mail address."))
        self.email_hint.setStyleSheet("color: #842029;")
        self.email_hint.hide()
        form.addRow("", self.email_hint)
        self.channel = QComboBox()
        for code in ("phone", "letter", "contact_form", "email"):
            assert code in CHANNELS
            self.channel.addItem(channel_label(code), code)
        form.addRow(_("&Channel:"), self.channel)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        form.addRow(_("&Language:"), self.language)
        self.received = QDateEdit()
        self.received.setCalendarPopup(True)
        self.received.setLocale(ui_locale())
        self.received.setDisplayFormat("d MMMM yyyy")
        today = today or studio_today()
        qtoday = QDate(today.year, today.month, today.day)
        self.received.setDate(qtoday)
        self.received.setMaximumDate(qtoday)
        form.addRow(_("&Received on:"), self.received)
        outer.addLayout(form)

        rights_box = QGroupBox(_("Rights invoked"))
        grid = QGridLayout(rights_box)
        self.rights: dict[str, QCheckBox] = {}
        for i, code in enumerate(RIGHTS):
            box = QCheckBox(right_description(code))
            box.toggled.connect(self._update)
            self.rights[code] = box
            grid.addWidget(box, i // 2, i % 2)
        outer.addWidget(rights_box)

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(_("Notes (what was asked, how you checked who it is, ...)"))
        self.notes.setMaximumHeight(80)
        self.notes.setTabChangesFocus(True)
        outer.addWidget(self.notes)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Add to register"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.email.textChanged.connect(self._update)
        self._update()

    def selected_rights(self) -> list[str]:
        return [code for code, box in self.rights.items() if box.isChecked()]

    def _email_ok(self) -> bool:
        email = self.email.text().strip()
        return not email or bool(_EMAIL_RE.match(email))

    def _update(self) -> None:
        email_ok = self._email_ok()
        self.email_hint.setVisible(not email_ok)
        ok = bool(self.name.text().strip()) and bool(self.selected_rights()) and email_ok
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        qd = self.received.date()
        try:
            self.created = self.store.create_request(
                requester_name=self.name.text().strip(),
                requester_email=self.email.text().strip() or None,
                rights=self.selected_rights(),
                channel=self.channel.currentData(),
                language=self.language.currentData(),
                received_at=date(qd.year(), qd.month(), qd.day()),
                notes=self.notes.toPlainText().strip(),
            )
        except DsarError as exc:
            show_error(self, exc, _("New request"))
            return
        super().accept()


# -- settings --------------------------------------------------------------------------------
class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(_("Settings"))
        self.setMinimumWidth(520)
        values = app_settings.load(store)
        self._initial_language = values.get("language")

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(_("Automatic (follow the computer)"), None)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("language"))))
        form.addRow(_("&Language:"), self.language)
        self.restart_note = QLabel(_("The window switches to the new language when you save."))
        self.restart_note.setWordWrap(True)
        muted(self.restart_note)
        form.addRow("", self.restart_note)
        # Country and promise live in one place: the studio profile (its letters use them too).
        self._country, self._promise_days = values.get("country"), int(values["promise_days"])
        where = QLabel(_("The studio's country ({country}, for public holidays) and the answer time you "
                         "promise ({days} days) are set in File › Studio profile…").format(
            country=country_label(str(self._country)), days=self._promise_days))
        where.setWordWrap(True)
        muted(where)
        form.addRow(_("Deadlines:"), where)
        self.awaiting_days = QSpinBox()
        self.awaiting_days.setRange(1, 90)
        self.awaiting_days.setSuffix(" " + _("days"))
        self.awaiting_days.setValue(int(values["awaiting_id_days"]))
        form.addRow(_("&Remind of an ID asked for after:"), self.awaiting_days)
        # Keeping the register safe: how long personal data of closed requests stays, and a
        # second folder for the automatic backups (an external disk or a synced folder).
        self.retention = QSpinBox()
        self.retention.setRange(1, 30)
        self.retention.setSuffix(" " + _("years"))
        self.retention.setValue(store.retention_years())
        form.addRow(_("&Anonymise closed requests after:"), self.retention)
        self.backup_folder = QLineEdit(store.backup_folder() or "")
        self.backup_folder.setPlaceholderText(_("Only the data folder"))
        choose = QPushButton(_("Choose…"))
        choose.clicked.connect(self._choose_backup_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        form.addRow(_("Also back up to:"), row)
        backup_note = QLabel(_("Encrypted backups are made at every start and daily; they can only be opened "
                               "with this computer's keychain."))
        backup_note.setWordWrap(True)
        muted(backup_note)
        form.addRow("", backup_note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Also back up to"), self.backup_folder.text() or str(Path.home()))
        if folder:
            self.backup_folder.setText(folder)

    def _save_register_settings(self) -> None:
        if self.retention.value() != self.store.retention_years():
            self.store.set_retention_years(self.retention.value())
        folder = self.backup_folder.text().strip() or None
        if folder != self.store.backup_folder():
            value = str(Path(folder).expanduser().resolve()) if folder else None
            self.store.set_setting("backup_folder", value)
            self.store.audit("settings_changed", details={"backup_folder": value})

    def values(self) -> dict:
        return {
            "language": self.language.currentData(),
            "country": self._country,
            "promise_days": self._promise_days,
            "awaiting_id_days": self.awaiting_days.value(),
        }

    @property
    def language_changed(self) -> bool:
        return self.values()["language"] != self._initial_language

    def accept(self) -> None:
        try:
            app_settings.save(self.values(), self.store)
            self._save_register_settings()
        except DsarError as exc:
            show_error(self, exc, _("Settings"))
            return
        super().accept()
