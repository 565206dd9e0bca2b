"""Start-up: Qt's own strings in Dutch, language from the settings, the window shown."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from studio_dsar.core import i18n, settings
from studio_dsar.gui import app as gui_app
from studio_dsar.gui import tasks


def test_qtbase_translations_make_standard_buttons_dutch(qapp):
    translators = gui_app.install_qt_translations(qapp, "nl")
    try:
        assert translators, "qtbase_nl.qm should ship with PySide6"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert gui_app.install_qt_translations(qapp, "en") == []


def test_main_uses_the_language_setting_and_shows_the_window(qapp, store, monkeypatch):
    import sys

    from studio_dsar.gui.main_window import MainWindow

    import logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    logger = logging.getLogger("studio_dsar")  # main() adds a log file in this test's folder
    monkeypatch.setattr(logger, "handlers", list(logger.handlers))
    monkeypatch.setattr(logger, "level", logger.level)
    monkeypatch.setattr(MainWindow, "maybe_first_run", lambda self: False)
    settings.save({"language": "en"}, store)
    shown = []
    # What is on screen while the event loop would run (main() tears the windows down after it).
    monkeypatch.setattr(QApplication, "exec", lambda *a: shown.append(
        [(type(w).__name__, w.isVisible()) for w in QApplication.topLevelWidgets()]) or 0)
    try:
        assert gui_app.main([]) == 0
        assert i18n.current_language() == "en"
        assert ("MainWindow", True) in shown[0]
    finally:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for t in gui_app._translators:
            qapp.removeTranslator(t)
        gui_app._translators.clear()
        tasks.use_runner(None)


def test_studio_profile_is_offered_once_when_there_is_none(qtbot, store, monkeypatch):
    profile_dialog = pytest.importorskip("studio_dsar.gui.profile_dialog")
    from studio_dsar.gui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(profile_dialog.ProfileDialog, "exec", lambda self: opened.append(self) or 0)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    assert win.maybe_first_run() is True
    assert len(opened) == 1
    assert win.maybe_first_run() is False  # not again, even though the owner cancelled
    assert len(opened) == 1
