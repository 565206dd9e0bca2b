"""Logging and crash reports that never carry a national identification number.

Logs go to ``<data folder>/logs/studio-dsar.log`` (rotated, local only). Every record passes
a filter that masks BSNs and rijksregisternummers, and crash reports are written through the
same filter. Nothing is ever sent anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

import logging
import logging.handlers
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


def setup(level: int = logging.INFO) -> logging.Logger:
    root = logging.getLogger("studio_dsar")
    target = paths.logs_dir() / "studio-dsar.log"
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if old.baseFilename == str(target.resolve()):
            return root
        root.removeHandler(old)  # the data folder changed (STUDIO_DSAR_HOME): log there now
        old.close()
    handler = logging.handlers.RotatingFileHandler(
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
    path.write_text(text, encoding="utf-8")
    logging.getLogger("studio_dsar").error("crash report written to %s", path.name)
    return str(path)


def install_excepthook(show: Callable[[str], object] | None = None) -> None:
    """Route uncaught exceptions to a scrubbed crash report; ``show(path)`` tells the user."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        path = write_crash_report(exc_type, exc, tb)
        if show is not None:
            try:
                show(path)
            except Exception:  # noqa: BLE001 - never let the hook itself crash
                pass

    sys.excepthook = hook
