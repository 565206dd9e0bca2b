"""Only studio_dsar.gui may import Qt: every module below studio_dsar.core, and the command
line, must load without PySide6. The list is found by walking the package, not kept by hand."""

from __future__ import annotations

import os
import subprocess
import sys

_CODE = (
    "import importlib, pkgutil, sys\n"
    "import studio_dsar.core as core, studio_dsar.cli as cli\n"
    "names = [m.name for pkg in (core, cli)\n"
    "         for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.')]\n"
    "for name in names:\n"
    "    importlib.import_module(name)\n"
    "cli.build_parser()\n"
    "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
    "assert not qt, qt\n"
    "print(len(names))\n"
)


def test_core_and_cli_load_no_qt():
    result = subprocess.run([sys.executable, "-c", _CODE], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 30  # the walk really found the modules


def test_the_check_would_notice_qt():
    """The check above can fail: importing the window does load PySide6."""
    code = "import sys, studio_dsar.gui.main_window; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "True", result.stderr
