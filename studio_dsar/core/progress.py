"""One progress/cancel protocol for every long job (intake, redaction, letters, backups).

Core code receives a :class:`Progress` (or ``None``) and calls ``progress.report(percent,
text)`` between steps and ``progress.check()`` where it may stop. The faces decide what a
report does: the command line prints nothing or a line, the window turns it into a Qt
signal on the main thread (``gui/tasks.py``), tests pass a plain callback. Cancelling is a
``threading.Event``, so any thread may ask a job to stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from studio_dsar.core.errors import CancelledError

ReportFn = Callable[[int, str], None]


class Progress:
    """Progress of one job: reports go to ``on_report``; ``cancel()`` asks the job to stop.

    ``part(start, end)`` gives a view for a sub-step that maps its own 0-100 onto
    ``start``-``end`` of this one and shares the cancel flag.
    """

    def __init__(self, on_report: ReportFn | None = None, *, cancel_event: threading.Event | None = None,
                 start: float = 0.0, end: float = 100.0) -> None:
        self._on_report = on_report
        self._event = cancel_event if cancel_event is not None else threading.Event()
        self._start = float(start)
        self._span = float(end) - float(start)

    def report(self, percent: float, text: str = "") -> None:
        if self._on_report is not None:
            self._on_report(int(round(self._start + self._span * max(0.0, min(100.0, percent)) / 100.0)),
                            str(text or ""))

    __call__ = report

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self, message: str | None = None) -> None:
        """Raise :class:`CancelledError` when the job was asked to stop."""
        if self._event.is_set():
            if message is None:
                from studio_dsar.core.i18n import _

                message = _("Cancelled.")
            raise CancelledError(message)

    def part(self, start: float, end: float) -> Progress:
        lo = self._start + self._span * start / 100.0
        hi = self._start + self._span * end / 100.0
        return Progress(self._on_report, cancel_event=self._event, start=lo, end=hi)


def ensure(progress: Progress | None) -> Progress:
    """The given progress, or a silent one that is never cancelled."""
    return progress if progress is not None else Progress()
