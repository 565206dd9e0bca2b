"""Only studio_dsar.gui may import Qt: the core must load without PySide6."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "studio_dsar.store",
    "studio_dsar.deadlines",
    "studio_dsar.settings",
    "studio_dsar.i18n",
    "studio_dsar.errors",
    "studio_dsar.intake",
    "studio_dsar.cli",
    "studio_dsar.register_cli",
    "studio_dsar.idcheck_cli",
    "studio_dsar.redaction",
    "studio_dsar.redaction.engine",
    "studio_dsar.letters",
    "studio_dsar.letters.render",
    "studio_dsar.vault",
    "studio_dsar.idcheck",
    "studio_dsar.logs",
    "studio_dsar.gui.importer",
]


def test_core_imports_load_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "importlib.import_module('studio_dsar.cli').build_parser()\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_check_would_notice_qt():
    """The check above can fail: importing the window does load PySide6."""
    code = "import sys, studio_dsar.gui.main_window; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**__import__('os').environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "True", result.stderr
