"""Opening mail files with the app: the desktop entry and Explorer pass them as arguments,
the macOS Finder as FileOpen events; the window imports them."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from studio_dsar.gui import app as gui_app


def test_mail_arguments_are_existing_eml_and_msg_files(tmp_path):
    eml = tmp_path / "verzoek.EML"
    msg = tmp_path / "verzoek.msg"
    other = tmp_path / "scan.jpg"
    for f in (eml, msg, other):
        f.write_bytes(b"x")
    argv = ["studio-dsar-gui", str(eml), "--style", "fusion", str(other), str(msg), str(tmp_path / "gone.eml")]
    assert gui_app.mail_arguments(argv) == [str(eml), str(msg)]


def test_file_open_event_imports_the_mail(qapp, tmp_path):
    imported = []

    class Window:
        def import_paths(self, paths):
            imported.append(paths)

    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    filt = gui_app._FileOpenFilter(parent)
    filt.window = Window()
    mail = tmp_path / "a.eml"
    mail.write_bytes(b"x")
    assert filt.eventFilter(qapp, QFileOpenEvent(str(mail))) is True
    assert filt.eventFilter(qapp, QFileOpenEvent(str(tmp_path / "b.pdf"))) is False
    assert imported == [[str(mail)]]
    assert QCoreApplication.instance() is qapp


def test_smoke_test_flag_shows_the_window_and_quits(qapp, private_home, capsys, monkeypatch):
    import logging
    import sys

    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    logger = logging.getLogger("studio_dsar")
    monkeypatch.setattr(logger, "handlers", list(logger.handlers))
    monkeypatch.setattr(logger, "level", logger.level)
    try:
        assert gui_app.main(["--smoke-test"]) == 0
        assert capsys.readouterr().out.startswith("window shown at ")
    finally:
        from PySide6.QtCore import QEvent

        for w in QApplication.topLevelWidgets():
            if type(w).__name__ == "MainWindow":
                w.close()
                w.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
