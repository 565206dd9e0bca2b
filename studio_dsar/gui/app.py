"""Start the desktop app: ``studio-dsar`` (no arguments), ``studio-dsar gui`` or ``studio-dsar-gui``."""

from __future__ import annotations

import multiprocessing
import sys
import time
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from studio_dsar import __version__
from studio_dsar.core.i18n import init_language

from .state import APPLICATION, ORGANISATION


def app_icon() -> QIcon:
    """The app's own icon, shipped as package data (found with importlib.resources)."""
    try:
        path = resources.files("studio_dsar") / "resources" / "icons" / "studio-dsar.svg"
        if path.is_file():
            return QIcon(str(path))
    except (ModuleNotFoundError, OSError):
        pass
    return QIcon()


def _language_without_register() -> str | None:
    """The saved UI language, read without opening the register (it may be damaged)."""
    from studio_dsar.core import paths
    from studio_dsar.core.store.connection import peek_setting

    saved = peek_setting(paths.db_path(), "app_settings")
    return saved.get("language") if isinstance(saved, dict) else None


def _tell_about_storage(message: str) -> None:
    from .dialogs import show_message

    show_message(QApplication.activeWindow(), "error", "studio-dsar", message)


def _tell_about_crash(report_path: str) -> None:
    from studio_dsar.core.i18n import _

    from .dialogs import show_message

    show_message(
        QApplication.activeWindow(), "error", "studio-dsar",
        _("Something went wrong. A report without personal numbers was saved in {path}.").format(path=report_path),
    )


_translators: list[QTranslator] = []


def install_qt_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons, context menus) in the UI language."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in ("qtbase",):
        translator = QTranslator(app)
        if translator.load(f"{catalogue}_{language}", directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def apply_qt_language(app: QApplication, language: str) -> None:
    """Qt's own words (file dialogs, standard buttons, context menus) and date formats in the
    UI language; callable again when the language changes while the app runs."""
    for translator in _translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch,
                               QLocale.Country.UnitedKingdom if language == "en" else QLocale.Country.Netherlands))
    _translators[:] = install_qt_translations(app, language)  # keep them alive


MAIL_SUFFIXES = (".eml", ".msg")
SMOKE_TEST = "--smoke-test"  # show the window, print when it is shown, quit (packaging checks)


def mail_arguments(argv: list[str]) -> list[str]:
    """E-mail files named on the command line: the desktop entry, Explorer's "Open with" and
    a double-click on a .eml/.msg pass them; they are imported once the window is up."""
    return [a for a in argv[1:] if not a.startswith("-") and Path(a).suffix.lower() in MAIL_SUFFIXES
            and Path(a).is_file()]


class _FileOpenFilter(QObject):
    """macOS hands files opened from the Finder to a running app as FileOpen events."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()
            if Path(path).suffix.lower() in MAIL_SUFFIXES:
                self.window.import_paths([path])
                return True
        return False


def _smoke_test_done(window) -> None:
    """The event loop runs: say when the window was up (wall clock), then quit."""
    shown = window.isVisible() and not window.isMinimized()
    if sys.stdout is not None:
        print(f"window shown at {time.time():.3f}" if shown else "window not shown", flush=True)
    QApplication.exit(0 if shown else 1)


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()
    argv = list(sys.argv if argv is None else [sys.argv[0] if sys.argv else "studio-dsar", *argv])
    smoke_test = SMOKE_TEST in argv
    argv = [a for a in argv if a != SMOKE_TEST]

    from studio_dsar.core.errors import DsarError
    from studio_dsar.core.studio import Studio

    # Qt's own file dialogs, which speak the app's language (the platform's follow the OS).
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName("studio-dsar")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("studio-dsar")
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)

    from studio_dsar.core import faults

    from . import recovery

    while True:
        try:
            studio = Studio.open()
            break
        except faults.RegisterDamagedError as exc:
            init_language(_language_without_register())
            if not recovery.recover(None, exc):
                return exc.exit_code
        except DsarError as exc:
            from .dialogs import show_message

            init_language(_language_without_register())
            show_message(None, "error", "studio-dsar", str(exc))
            return exc.exit_code

    from studio_dsar.core import logs

    try:
        logs.setup()
    except OSError:  # a read-only data folder must not stop the app
        pass
    language = init_language(studio.settings.get("language"))
    logs.install_excepthook(show=_tell_about_crash, show_error=_tell_about_storage)
    apply_qt_language(app, language)

    from .main_window import MainWindow

    window = MainWindow(studio)
    window._own_store = True  # the window closes the store when it closes
    window.show()
    if smoke_test:  # no dialogs: only whether the window comes up
        QTimer.singleShot(0, window, lambda: _smoke_test_done(window))
        return int(app.exec())
    if studio.store.start_warnings:
        from .dialogs import show_message

        QTimer.singleShot(0, window, lambda: show_message(window, "warning", "studio-dsar",
                                                          "\n\n".join(studio.store.start_warnings)))
    app.aboutToQuit.connect(window.save_state)  # also when the session ends without closing it
    app.installEventFilter(_FileOpenFilter(window))
    QTimer.singleShot(0, window, window.maybe_first_run)  # the studio profile, once, when there is none
    QTimer.singleShot(0, window, window.start_reminders)  # today's overview, then notifications
    mails = mail_arguments(argv)
    if mails:
        QTimer.singleShot(0, window, lambda: window.import_paths(mails))
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
