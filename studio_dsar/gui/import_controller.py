"""The e-mail import as the window runs it: off the GUI thread, with progress and cancel, the
"log these anyway?" question for mails that are no request, and one summary at the end.

The window owns the widgets (progress bar, cancel button, status bar); this controller only
emits what they should show, so the import flow can be read, and tested, on its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from studio_dsar.core.i18n import _
from studio_dsar.core.intake.batch import ImportReport, import_job, is_mail_file, summary_text

from . import dialogs, tasks


class ImportController(QObject):
    """``started()`` when a batch begins, ``progress(percent, text)`` while it runs,
    ``stopped()`` when it ended (whatever the outcome, before any message box) and
    ``finished(report)`` with the whole batch's report once the owner has answered every
    question (not emitted when the import failed as a whole)."""

    started = Signal()
    progress = Signal(int, str)
    stopped = Signal()
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, db_path, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self.db_path = db_path
        self.handle: tasks.TaskHandle | None = None
        self._pending: ImportReport | None = None
        self.last_report: ImportReport | None = None

    @property
    def running(self) -> bool:
        return self.handle is not None

    def import_paths(self, paths: list[str], *, include_non_requests: bool = False) -> None:
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
        self.started.emit()
        self.handle = tasks.run_task_with_progress(
            import_job(self.db_path, mails, include_non_requests=include_non_requests),
            lambda report: self._done(report, include_non_requests),
            self._failed,
            self.progress.emit,
        )
        if self.handle is not None and self.handle.finished:  # a synchronous runner (tests)
            self.handle = None

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _failed(self, exc: BaseException) -> None:
        self.handle = None
        self._pending = None
        self.stopped.emit()
        self.failed.emit(exc)
        dialogs.show_error(self._parent, exc, _("Import e-mail"))

    def _done(self, report: ImportReport, second_pass: bool) -> None:
        self.handle = None
        self.stopped.emit()
        if second_pass and self._pending is not None:
            report = self._pending.merge(report)
        self._pending = None
        not_requests = report.of("not_request")
        if not second_pass and not_requests and not report.cancelled:
            chosen = dialogs.ask_log_anyway(
                self._parent, [(r.path, Path(r.path).name + (f" — {r.description}" if r.description else ""))
                               for r in not_requests])
            if chosen:
                self._pending = report
                self.import_paths(chosen, include_non_requests=True)
                return
        self.last_report = report
        self.finished.emit(report)
        kind = "warning" if report.of("error") else "info"
        short, full = summary_text(report), summary_text(report, limit=None)
        dialogs.show_message(self._parent, kind, _("Import e-mail"), short,
                             details=full if full != short else None)
