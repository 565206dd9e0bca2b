"""The window's side of keeping the register safe: recovery at start, backup and restore.

Thin: the work is done by :mod:`studio_dsar.core.store.backup`; this only asks and tells.
``ask_*`` functions are seams that tests replace.
"""

from __future__ import annotations

from datetime import datetime, UTC
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from studio_dsar.core import faults, paths
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _
from studio_dsar.core.store import backup
from studio_dsar.core.studio import Studio

RESTORE_LATEST, RESTORE_FILE, START_EMPTY, QUIT = "latest", "file", "empty", "quit"


def ask_recovery_choice(parent: QWidget | None, text: str, has_backup: bool) -> str:
    box = QMessageBox(QMessageBox.Icon.Critical, _("The register needs attention"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    latest = box.addButton(_("Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole) if has_backup else None
    choose = box.addButton(_("Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
    empty = box.addButton(_("Start an empty register"), QMessageBox.ButtonRole.DestructiveRole)
    quit_ = box.addButton(_("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(latest or choose)
    box.setEscapeButton(quit_)
    box.exec()
    clicked = box.clickedButton()
    if latest is not None and clicked is latest:
        return RESTORE_LATEST
    if clicked is choose:
        return RESTORE_FILE
    if clicked is empty:
        return START_EMPTY
    return QUIT


def ask_backup_file(parent: QWidget | None) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, _("Choose a backup"), str(paths.data_home() / "backups"),
        _("studio-dsar backups (*.sdsar-backup);;All files (*)"))
    return path or None


def ask_backup_target(parent: QWidget | None) -> str | None:
    suggested = str(Path.home() / backup.file_name(datetime.now(UTC)))
    path, _filter = QFileDialog.getSaveFileName(
        parent, _("Save a backup"), suggested, _("studio-dsar backups (*.sdsar-backup)"))
    return path or None


def ask_confirm(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, _("Restore from backup"), text)
    return answer == QMessageBox.StandardButton.Yes


def ask_recovery_secret(parent: QWidget | None, why: str) -> str | None:
    """The recovery code (or the other computer's passphrase), typed hidden."""
    text, ok = QInputDialog.getText(parent, _("Recovery code"), why + "\n\n" + _("Recovery code or passphrase:"),
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def show_recovery_code(parent: QWidget | None, code: str) -> None:
    """Show a new recovery code once, selectable, with what it is for."""
    box = QMessageBox(QMessageBox.Icon.Information, _("Recovery code"), _(
        "Your recovery code is shown only now. Print it or write it down, and keep it apart from this "
        "computer:") + f"\n\n{code}\n\n" + _(
        "With it, your backups open on another computer when this one is lost or replaced. Anyone who has "
        "it and a backup file can open that backup. A new code makes this one stop working."),
        QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(box.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def _with_secret(parent: QWidget | None, work):
    """Run ``work(secret)``; when the backup needs a recovery code, ask for it and try again."""
    secret = None
    while True:
        try:
            return work(secret)
        except backup.BackupKeyNeeded as exc:
            secret = ask_recovery_secret(parent, str(exc))
            if secret is None:
                raise


def make_recovery_code(window) -> None:
    """File ▸ Recovery code for backups…: make (or replace) the code, show it once."""
    made = Studio.recovery_code_made()
    question = (_("A recovery code was made on {date}. Make a new one? The old one stops working.").format(
        date=made) if made else _(
        "Without a recovery code your backups open only on this computer. Make one now? It is shown once, "
        "for you to print or write down."))
    if QMessageBox.question(window, _("Recovery code"), question) != QMessageBox.StandardButton.Yes:
        return
    try:
        code = window.studio.new_recovery_code()
    except DsarError as exc:
        _tell(window, "error", str(exc))
        return
    show_recovery_code(window, code)


def _tell(parent, kind: str, text: str) -> None:
    from .dialogs import show_message

    show_message(parent, kind, "studio-dsar", text)


def recover(parent: QWidget | None, exc: faults.RegisterDamagedError) -> bool:
    """Offer restore/new register after a failed start; True when the app may open again."""
    db = paths.db_path()
    while True:
        choice = ask_recovery_choice(parent, str(exc), exc.backup is not None)
        try:
            if choice == RESTORE_LATEST and exc.backup is not None:
                result = _with_secret(parent, partial(Studio.restore_register, exc.backup, db))
            elif choice == RESTORE_FILE:
                chosen = ask_backup_file(parent)
                if not chosen:
                    continue
                result = _with_secret(parent, partial(Studio.restore_register, Path(chosen), db))
            elif choice == START_EMPTY:
                Studio.start_empty_register(db)
                return True
            else:
                return False
        except DsarError as err:
            _tell(parent, "error", str(err))
            continue
        _tell(parent, "info", _("The register was restored from {file} ({n} audit entries checked).").format(
            file=result.backup.name, n=result.entries))
        return True


def backup_now(window) -> None:
    """File ▸ Back up now…: write a backup where the owner says."""
    target = ask_backup_target(window)
    if not target:
        return
    try:
        info = window.studio.backup_to(target)
    except DsarError as exc:
        _tell(window, "error", str(exc))
        return
    window.statusBar().showMessage(
        _("Backup written to {file} ({n} audit entries; encrypted).").format(file=info.path, n=info.entries), 15000)


def restore_from_backup(window) -> bool:
    """File ▸ Restore from backup…: check the chosen backup, then replace the register."""
    chosen = ask_backup_file(window)
    if not chosen:
        return False
    header = backup.read_header(Path(chosen)) or {}
    if not ask_confirm(window, _("Replace the register with the backup of {when} ({n} audit entries)? The "
                                 "current file is kept aside.").format(
            when=header.get("created", "?"), n=header.get("entries", "?"))):
        return False
    try:
        result = _with_secret(window, lambda secret: window.studio.restore(Path(chosen), secret))
    except DsarError as exc:
        window.reload()
        _tell(window, "error", str(exc))
        return False
    window.reload()
    window.statusBar().showMessage(
        _("The register was restored from {file} ({n} audit entries checked).").format(
            file=result.backup.name, n=result.entries), 15000)
    return True


def daily_backup(window) -> None:
    """Called by the window's timer: back up when the newest backup is a day old or stale."""
    try:
        window.studio.backup_if_due()
    except DsarError as exc:
        window.statusBar().showMessage(_("The backup could not be made: {reason}").format(reason=exc), 15000)
