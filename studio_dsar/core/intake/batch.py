"""The import job run off the GUI thread, and its summary.

The job opens its own connection to the register (SQLite connections are not shared between
threads) and runs the core's batch import, which reports progress and stops between files
when cancelled. A file that fails does not stop the batch: its error becomes part of the
summary. Plain Python: no Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from studio_dsar.core import vocab
from studio_dsar.core.errors import CancelledError, DsarError
from studio_dsar.core.i18n import _, ngettext
from studio_dsar.core.progress import Progress

if TYPE_CHECKING:
    from studio_dsar.core.intake.importer import ImportOutcome
    from studio_dsar.core.intake.record import IntakeRecord

MAIL_SUFFIXES = vocab.MAIL_SUFFIXES
log = logging.getLogger("studio_dsar.intake")


def is_mail_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in MAIL_SUFFIXES


@dataclass
class FileResult:
    path: str
    kind: str  # 'imported' | 'duplicate' | 'linked' | 'not_request' | 'error'
    reference: str | None = None
    message: str = ""
    description: str = ""  # who sent it / subject, for the "log anyway?" list


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def of(self, kind: str) -> list[FileResult]:
        return [r for r in self.results if r.kind == kind]

    def merge(self, other: ImportReport) -> ImportReport:
        """Results of a second pass (non-requests logged anyway) replace those of the first."""
        replaced = {r.path for r in other.results}
        self.results = [r for r in self.results if r.path not in replaced] + other.results
        self.cancelled = self.cancelled or other.cancelled
        return self


class ReviewedItem(Protocol):
    """An item of the import review: the file and its record as the owner corrected it."""

    path: str
    record: IntakeRecord


def _error_text(error: object) -> str:
    if isinstance(error, DsarError):
        return str(error)
    if isinstance(error, BaseException):
        return _("The file could not be read ({error}).").format(error=type(error).__name__)
    return str(error)


def _describe(outcome: object) -> str:
    record = getattr(outcome, "record", None)
    if record is None:
        return ""
    parts = []
    who = getattr(record, "sender_email", None) or getattr(record, "requester_email", None)
    if who:
        parts.append(str(who))
    subject = getattr(record, "subject", None)
    if subject:
        parts.append("“" + str(subject) + "”")
    return " — ".join(parts)


def result_from_outcome(path: str, outcome: object) -> FileResult:
    """Read an intake ImportOutcome without depending on more than its documented fields."""
    error = getattr(outcome, "error", None)
    reference = getattr(outcome, "reference", None)
    if error:
        return FileResult(path, "error", reference, _error_text(error))
    if getattr(outcome, "duplicate", False):
        return FileResult(path, "duplicate", reference)
    if getattr(outcome, "linked", False):
        return FileResult(path, "linked", reference)
    if getattr(outcome, "skipped", False):
        return FileResult(path, "not_request", None, description=_describe(outcome))
    return FileResult(path, "imported", reference)


def import_job(db_path: str | Path | None, paths: list[str], *,
               include_non_requests: bool = False) -> Callable[[Progress], ImportReport]:
    """A function for :func:`tasks.run_task_with_progress`: ``job(progress)`` runs the core's
    batch import (:func:`studio_dsar.core.intake.import_files`) and sums it up."""

    def job(progress: Progress) -> ImportReport:
        from studio_dsar.core.intake import import_files
        from studio_dsar.core.store import Store

        report = ImportReport()
        with Store.open(db_path) as store:
            try:
                import_files(paths, store, include_non_requests=include_non_requests, progress=progress,
                             on_outcome=lambda outcome: report.results.append(
                                 result_from_outcome(outcome.path, outcome)))
            except CancelledError:
                report.cancelled = True
        return report

    return job


def read_job(db_path: str | Path | None, paths: list[str]) -> Callable[[Progress], list[ImportOutcome]]:
    """First phase of a reviewed import: read every mail (a dry run against the register, so
    duplicates and reminders are recognised); ``job(progress)`` returns the outcomes."""

    def job(progress: Progress) -> list[ImportOutcome]:
        from studio_dsar.core.studio import Studio

        outcomes: list[ImportOutcome] = []
        with Studio.open(db_path) as studio:
            try:
                studio.import_mails(paths, dry_run=True, include_non_requests=True, progress=progress,
                                    on_outcome=outcomes.append)
            except CancelledError:
                return []
        return outcomes

    return job


def store_job(db_path: str | Path | None, read_outcomes: Sequence[ImportOutcome],
              chosen: Sequence[ReviewedItem]) -> Callable[[Progress], ImportReport]:
    """Second phase: store the records the owner chose (as corrected), parse nothing again.

    ``chosen`` holds objects with ``path`` and ``record`` (the review's items); the report
    also lists what the first phase could not read, the duplicates and the mails left out.
    """

    def job(progress: Progress) -> ImportReport:
        from studio_dsar.core.studio import Studio

        report = ImportReport()
        picked = {str(item.path) for item in chosen}
        for o in read_outcomes:
            if str(o.path) in picked:
                continue
            result = result_from_outcome(o.path, o)
            if result.kind == "imported":  # read fine, but the owner left it out
                result = FileResult(o.path, "not_request", None, description=_describe(o))
            report.results.append(result)
        with Studio.open(db_path) as studio:
            try:
                studio.import_reviewed([(item.path, item.record) for item in chosen],
                                       force=[item.path for item in chosen if not item.record.is_dsar],
                                       progress=progress,
                                       on_outcome=lambda outcome: report.results.append(
                                           result_from_outcome(outcome.path, outcome)))
            except CancelledError:
                report.cancelled = True
        order = {str(o.path): i for i, o in enumerate(read_outcomes)}
        report.results.sort(key=lambda r: order.get(str(r.path), len(order)))
        return report

    return job


def _capped(items: list[str], limit: int | None) -> list[str]:
    if limit is None or len(items) <= limit:
        return items
    rest = len(items) - limit
    return [*items[:limit], ngettext("… and {n} more", "… and {n} more", rest).format(n=rest)]


def summary_text(report: ImportReport, limit: int | None = 8) -> str:
    """One plain-text message for the whole batch; lists longer than ``limit`` are cut short
    (``limit=None`` gives everything, for the details part of the message box)."""
    lines: list[str] = []
    imported = report.of("imported")
    duplicates = report.of("duplicate")
    not_requests = report.of("not_request")
    errors = report.of("error")
    if imported:
        refs = _capped([r.reference or "?" for r in imported], None if limit is None else limit * 2)
        lines.append(ngettext("Imported {n} request: {refs}.", "Imported {n} requests: {refs}.",
                              len(imported)).format(n=len(imported), refs=", ".join(refs)))
    else:
        lines.append(_("No new requests were imported."))
    if duplicates:
        lines.append(ngettext("{n} mail was already in the register:", "{n} mails were already in the register:",
                              len(duplicates)).format(n=len(duplicates)))
        lines += _capped([f"  • {Path(r.path).name}" + (f" → {r.reference}" if r.reference else "")
                          for r in duplicates], limit)
    linked = report.of("linked")
    if linked:
        lines.append(ngettext("{n} reminder was linked to the request it reminds of:",
                              "{n} reminders were linked to the requests they remind of:",
                              len(linked)).format(n=len(linked)))
        lines += _capped([f"  • {Path(r.path).name} → {r.reference}" for r in linked], limit)
    if not_requests:
        lines.append(ngettext("{n} mail is not a data-subject request and was not logged:",
                              "{n} mails are not data-subject requests and were not logged:",
                              len(not_requests)).format(n=len(not_requests)))
        lines += _capped([f"  • {Path(r.path).name}" for r in not_requests], limit)
    if errors:
        lines.append(ngettext("{n} file could not be imported:", "{n} files could not be imported:",
                              len(errors)).format(n=len(errors)))
        lines += _capped([f"  • {Path(r.path).name}: {r.message}" for r in errors], limit)
    if report.cancelled:
        lines.append(_("The import was cancelled; the remaining files were not read."))
    return "\n".join(lines)
