"""Screenshots of the window for the README: a register with a few invented requests, the
detail pane, and the About dialog; rendered offscreen (QT_QPA_PLATFORM=offscreen) to
assets/screenshots/. Run: .venv/bin/python installers/make_screenshots.py"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "screenshots"

# Invented people; dates relative to today so the deadline colours show.
DEMO = [
    ("Anna de Vries", "anna.devries@example.nl", "access", "email", "nl", 27),
    ("Jan Peeters", "jan.peeters@example.be", "erasure,objection", "email", "nl", 12),
    ("Sophie Janssens", "sophie@example.be", "access,portability", "contact_form", "nl", 3),
    ("Mark Bakker", "", "erasure", "phone", "nl", 33),
    ("Emma Smith", "emma.smith@example.co.uk", "rectification", "email", "en", 6),
]


def populate(env: dict[str, str]) -> None:
    for name, email, rights, channel, lang, days_ago in DEMO:
        received = (date.today() - timedelta(days=days_ago)).isoformat()
        cmd = [sys.executable, "-m", "studio_dsar", "new", "--name", name, "--rights", rights,
               "--channel", channel, "--language", lang, "--received", received]
        if email:
            cmd += ["--email", email]
        subprocess.run(cmd, env=env, check=True, capture_output=True)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="studio-dsar-shots-"))
    os.environ["STUDIO_DSAR_HOME"] = str(home)
    populate(dict(os.environ))
    OUT.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from studio_dsar.core.i18n import set_language
    from studio_dsar.gui import app as gui_app

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(gui_app.app_icon())
    from studio_dsar.core.studio import Studio
    from studio_dsar.gui.about_dialog import AboutDialog
    from studio_dsar.gui.main_window import MainWindow

    for lang in ("nl", "en"):
        set_language(lang)
        studio = Studio.open()
        window = MainWindow(studio)
        window.resize(1280, 760)
        window.show()
        window.table.selectRow(0)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / f"main-window-{lang}.png"))
        about = AboutDialog(window)
        about.resize(720, 640)
        about.show()
        for _ in range(5):
            app.processEvents()
        about.grab().save(str(OUT / f"about-{lang}.png"))
        about.close()
        window.close()
    print(f"screenshots in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
