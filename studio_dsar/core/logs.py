"""Logging and crash reports that never carry a national identification number.

Logs go to ``<data folder>/logs/studio-dsar.log`` (rotated, local only). Every record passes
a filter that masks BSNs and rijksregisternummers, and crash reports are written through the
same filter. Nothing is ever sent anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

import logging
import io
import logging.handlers
import os
import sqlite3
import sys
import traceback
from datetime import datetime

from studio_dsar.core import paths
from studio_dsar.core.sensitive import scrub


class ScrubFilter(logging.Filter):
    """Render the message, mask sensitive numbers in it and in any traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = ()
        if record.exc_info:
            record.exc_text = scrub("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files are created 0600, whatever the umask (they can hold names and addresses)."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.chmod(self.baseFilename, 0o600)
        except OSError:
            pass
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def setup(level: int = logging.INFO) -> logging.Logger:
    root = logging.getLogger("studio_dsar")
    target = paths.logs_dir() / "studio-dsar.log"
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if old.baseFilename == str(target.resolve()):
            return root
        root.removeHandler(old)  # the data folder changed (STUDIO_DSAR_HOME): log there now
        old.close()
    handler = _PrivateRotatingFileHandler(
        target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return root


def write_crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Write a scrubbed crash report to the logs folder and return its path.

    Local variables are not included (they may hold document contents); only the traceback
    with the exception message, masked.
    """
    text = scrub("".join(traceback.format_exception(exc_type, exc, tb))) or ""
    path = paths.logs_dir() / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    logging.getLogger("studio_dsar").error("crash report written to %s", path.name)
    return str(path)


def install_excepthook(show: Callable[[str], object] | None = None,
                       show_error: Callable[[str], object] | None = None) -> None:
    """Route uncaught exceptions to a scrubbed crash report; ``show(path)`` tells the user.

    Storage failures (see :mod:`studio_dsar.core.faults`) go to ``show_error(message)`` instead.
    """

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from studio_dsar.core import faults

        typed = faults.translate(exc) if isinstance(exc, (OSError, sqlite3.Error)) else None
        if typed is not None and show_error is not None:
            # Disk full, read-only folder, busy register...: a sentence, not a crash report.
            logging.getLogger("studio_dsar").warning("storage failure: %s", type(exc).__name__)
            try:
                show_error(str(typed))
            except Exception:  # noqa: BLE001 - never let the hook itself crash
                pass
            return
        path = write_crash_report(exc_type, exc, tb)
        if show is not None:
            try:
                show(path)
            except Exception:  # noqa: BLE001 - never let the hook itself crash
                pass

    sys.excepthook = hook
