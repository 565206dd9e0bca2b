"""The e-mail import as the window runs it: the mails are read off the GUI thread, the owner
checks and corrects what was read (:mod:`.import_review`), the chosen ones are stored off the
GUI thread, and one summary follows. Progress and cancel throughout.

The window owns the widgets (progress bar, cancel button, status bar); this controller only
emits what they should show, so the import flow can be read, and tested, on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from studio_dsar.core.i18n import _
from studio_dsar.core.intake.batch import ImportReport, is_mail_file, read_job, store_job, summary_text

from . import dialogs, tasks


class ImportController(QObject):
    """``started(text)`` when a phase (reading, storing) begins, ``progress(percent, text)``
    while it runs, ``stopped()`` when it ended (whatever the outcome, before any message box),
    ``message(text)`` for a short note in the status bar and ``finished(report)`` with the
    batch's report (not emitted when the import failed as a whole or was cancelled)."""

    started = Signal(str)
    progress = Signal(int, str)
    stopped = Signal()
    message = Signal(str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, db_path, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self.db_path = db_path
        self.handle: tasks.TaskHandle | None = None
        self.last_report: ImportReport | None = None

    @property
    def running(self) -> bool:
        return self.handle is not None

    def import_paths(self, paths: list[str]) -> None:
        paths = [str(p) for p in paths]
        mails = [p for p in paths if is_mail_file(p)]
        if not mails:
            dialogs.show_message(self._parent, "warning", _("Import e-mail"),
                                 _("Only e-mail files (.eml or .msg) can be imported."))
            return
        if self.handle is not None:
            dialogs.show_message(self._parent, "info", _("Import e-mail"),
                                 _("An import is still running; wait until it has finished."))
            return
        self.started.emit(_("Reading…"))
        self.handle = tasks.run_task_with_progress(
            read_job(self.db_path, mails), self._read_done, self._failed, self.progress.emit)
        if self.handle is not None and self.handle.finished:  # a synchronous runner (tests)
            self.handle = None

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _read_done(self, outcomes: list) -> None:
        from . import import_review

        self.handle = None
        self.stopped.emit()
        if not outcomes:  # cancelled while reading
            return
        items = import_review.review_items(outcomes)
        chosen: list = []
        if any(i.record is not None and not i.duplicate_of for i in items):
            picked = import_review.review_import(self._parent, items)
            if picked is None:
                self.message.emit(_("Import cancelled: nothing was logged."))
                return
            chosen = picked
        self.started.emit(_("Importing…"))
        self.handle = tasks.run_task_with_progress(
            store_job(self.db_path, outcomes, chosen), self._done, self._failed, self.progress.emit)
        if self.handle is not None and self.handle.finished:
            self.handle = None

    def _failed(self, exc: BaseException) -> None:
        self.handle = None
        self.stopped.emit()
        self.failed.emit(exc)
        dialogs.show_error(self._parent, exc, _("Import e-mail"))

    def _done(self, report: ImportReport) -> None:
        self.handle = None
        self.stopped.emit()
        self.last_report = report
        self.finished.emit(report)
        kind = "warning" if report.of("error") else "info"
        short, full = summary_text(report), summary_text(report, limit=None)
        dialogs.show_message(self._parent, kind, _("Import e-mail"), short,
                             details=full if full != short else None)
