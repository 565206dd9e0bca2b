"""The application object: one :class:`Studio` offers every use case of the app.

The window (``studio_dsar.gui``) and the command line (``studio_dsar.cli``) are faces over
the same Studio, the way Dangerzone's GUI object wraps its core: they ask it to import
mails, check an ID, change a status or make a letter, and show the outcome. The Studio owns
the register (one SQLite connection), the vault, the settings and the studio profile, and
reads each of them once: settings and profile are cached until they are saved through it.

A Studio belongs to one thread (SQLite connections are not shared between threads); work
that runs on a worker thread opens its own with ``Studio.open(studio.db_path)``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio_dsar.core import deadlines
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _
from studio_dsar.core.model import Attachment, AuditEntry, Request
from studio_dsar.core.progress import Progress
from studio_dsar.core.store import Store
from studio_dsar.core.deadlines import studio_today

if TYPE_CHECKING:
    from studio_dsar.core.idcheck import PendingCheck
    from studio_dsar.core.intake import ImportOutcome, IntakeRecord
    from studio_dsar.core.store.intake import IntakeDetails
    from studio_dsar.core.letters.actions import Action
    from studio_dsar.core.letters.checklist import Item as ChecklistItem
    from studio_dsar.core.letters.compose import Facts
    from studio_dsar.core.letters.pdf import Rendered
    from studio_dsar.core.letters.render import ExportResult, Letter
    from studio_dsar.core.mailkeep import KeptMail
    from studio_dsar.core.register import Entry
    from studio_dsar.core.reminders import Digest
    from studio_dsar.core.redaction import RedactionResult
    from studio_dsar.core.store.audit import Report as AuditReport
    from studio_dsar.core.store.backup import BackupInfo, Restored
    from studio_dsar.core.vault import Vault, VaultItem


class Studio:
    """Every use case of the app, over one register."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._settings: dict[str, Any] | None = None
        self._profile: dict[str, Any] | None = None
        self._vault: Vault | None = None

    # -- life cycle ------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None) -> Studio:
        """Open the register at ``path`` (default: the data folder's database)."""
        return cls(Store.open(path))

    @property
    def db_path(self) -> Path | None:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Studio:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- settings and profile (read once, cached until saved here) ----------------------
    @property
    def settings(self) -> dict[str, Any]:
        if self._settings is None:
            from studio_dsar.core import settings

            self._settings = settings.load(self.store)
        return self._settings

    def forget_cached(self) -> None:
        """Settings or profile were saved by other code: read them again when next asked."""
        self._settings = None
        self._profile = None

    def save_settings(self, values: dict[str, Any]) -> dict[str, Any]:
        from studio_dsar.core import settings

        self._settings = settings.save(values, self.store)
        return self._settings

    @property
    def country(self) -> str:
        return str(self.settings["country"])

    @property
    def promise_days(self) -> int:
        return int(self.settings["promise_days"])

    @property
    def profile(self) -> dict[str, Any]:
        if self._profile is None:
            from studio_dsar.core.letters import profile

            self._profile = profile.load_profile(self.store)
        return self._profile

    def has_profile(self) -> bool:
        from studio_dsar.core.letters import profile

        return profile.has_profile(self.store)

    def save_profile(self, values: dict[str, Any], *, validate: bool = True) -> dict[str, Any]:
        from studio_dsar.core.letters import profile

        self._profile = profile.save_profile(self.store, values, validate=validate)
        return self._profile

    def import_profile(self, path: str | Path) -> dict[str, Any]:
        from studio_dsar.core.letters import profile

        self._profile = profile.import_profile(self.store, path)
        return self._profile

    def export_profile(self, path: str | Path) -> Path:
        from studio_dsar.core.letters import profile

        return profile.export_profile(self.store, path)

    # -- the register ----------------------------------------------------------------------
    def requests(self, which: str = "all", search: str | None = None) -> list[Request]:
        return self.store.list_requests(which, search)

    def request(self, reference: str) -> Request:
        return self.store.get_request(reference)

    def new_request(self, **fields: Any) -> Request:
        return self.store.create_request(**fields)

    def update_request(self, reference: str, **fields: Any) -> Request:
        """Edit a request; a change to what intake detected (rights, requester, language, "is a
        request") is also audited as a correction, with the detected value kept beside it."""
        from studio_dsar.core.store import intake as intake_store

        before = self.store.get_request(reference)
        after = self.store.update_request(reference, **fields)
        corrected = {k: getattr(after, k) for k in intake_store.CORRECTABLE
                     if k in fields and getattr(before, k) != getattr(after, k)}
        if corrected:
            intake_store.record_correction(
                self.store, after.id, before={k: getattr(before, k) for k in corrected}, after=corrected,
                detected=intake_store.details(self.store, after.id).detected)
        return after

    def set_status(self, reference: str, status: str, *, reason: str | None = None) -> Request:
        return self.store.set_status(reference, status, reason=reason)

    def extend(self, reference: str, *, reason: str, today: date | None = None) -> Request:
        return self.store.extend(reference, reason=reason, country=self.country, today=today)

    def deadlines(self, request: Request) -> deadlines.Deadlines:
        return request.deadlines(self.country, self.promise_days)

    def export_csv(self, path: str | Path) -> int:
        return self.store.export_csv(path, country=self.country, promise_days=self.promise_days)

    def verify_audit(self) -> list[str]:
        return self.store.verify_audit()

    # -- keeping the register safe: audit, backups, restore, retention ----------------------
    def verify_report(self) -> AuditReport:
        """The audit chain, its seal and the tables checked against each other."""
        return self.store.verify_report()

    @property
    def start_warnings(self) -> list[str]:
        """What the checks at start found (a seal that does not match, a failed backup)."""
        return self.store.start_warnings

    def backup_to(self, target: str | Path) -> BackupInfo:
        """An encrypted backup now, into ``target`` (a file, or a folder for a dated file)."""
        return self.store.backup_to(target)

    def backup_if_due(self) -> list[Path]:
        """The automatic backup (at start and daily) into the backup folders, rotated."""
        return self.store.backup_if_due()

    def latest_backup(self) -> Path | None:
        return self.store.latest_backup()

    def set_backup_folder(self, folder: str | Path | None) -> None:
        """A second folder (external disk, synced folder) for the automatic backups."""
        value = str(Path(folder).expanduser().resolve()) if folder else None
        self.store.set_setting("backup_folder", value)
        self.store.audit("settings_changed", details={"backup_folder": value})

    def hold_for_window(self) -> None:
        """Mark the register as open in a window, so that a restore or a new register from
        the command line is refused until it closes (an OS lock: a crash releases it)."""
        from studio_dsar.core.store import connection

        if self.store.path is not None:
            connection.hold_for_window(self.store.path)

    def release_window(self) -> None:
        from studio_dsar.core.store import connection

        if self.store.path is not None:
            connection.release_window(self.store.path)

    def restore(self, source: str | Path, secret: str | None = None) -> Restored:
        """Replace this register with a checked backup; the Studio stays usable afterwards.
        A backup from another computer needs its recovery code or passphrase (``secret``)."""
        from studio_dsar.core.store import backup

        db = self.store.path
        if db is None:
            raise ValueError("restore needs a register on disk")
        extra = self.store.backup_folder()
        self.store.conn.close()  # the file is about to be replaced
        try:
            return backup.restore(db, Path(source), extra_folder=extra, secret=secret)
        finally:
            self.store.conn = Store.open(db, at_start=False).conn
            self.forget_cached()

    @staticmethod
    def restore_register(source: str | Path, db: Path | None = None, secret: str | None = None) -> Restored:
        """Restore when no Studio can be opened (the register is damaged or missing)."""
        from studio_dsar.core import paths
        from studio_dsar.core.store import backup
        from studio_dsar.core.store.connection import peek_setting

        db = db or paths.db_path()
        extra = peek_setting(db, "backup_folder")
        return backup.restore(db, Path(source), extra_folder=extra if isinstance(extra, str) else None,
                              secret=secret)

    def new_recovery_code(self) -> str:
        """A new recovery code (shown once, never stored; the previous one stops working). It
        opens this studio's backups on another computer when this one is lost. The next
        backup is made at once, so the newest backup carries it."""
        from studio_dsar.core import keys

        code = keys.new_recovery_code()
        self.store.audit("recovery_code_made")
        with contextlib.suppress(DsarError):  # no backup possible now: the next one carries it
            self.backup_if_due()
        return code

    @staticmethod
    def recovery_code_made() -> str | None:
        """ISO date of the current recovery code, or None when none was made."""
        from studio_dsar.core import keys

        return keys.recovery_made()

    @staticmethod
    def newest_backup(db: Path | None = None) -> Path | None:
        """The newest backup, found without opening the register."""
        from studio_dsar.core import paths
        from studio_dsar.core.store import backup
        from studio_dsar.core.store.connection import peek_setting

        db = db or paths.db_path()
        extra = peek_setting(db, "backup_folder")
        return backup.newest_backup(db, extra if isinstance(extra, str) else None)

    @staticmethod
    def start_empty_register(db: Path | None = None) -> Path | None:
        """Set the current register aside and start an empty one; returns where it went."""
        from studio_dsar.core import paths
        from studio_dsar.core.store import backup

        return backup.start_empty(db or paths.db_path())

    def retention_years(self) -> int:
        return self.store.retention_years()

    def set_retention_years(self, years: int) -> None:
        self.store.set_retention_years(years)

    def anonymise_due(self, today: date | None = None) -> list[str]:
        """Anonymise the closed requests whose retention period has passed (also done at start)."""
        return self.store.anonymise_due(today)

    # -- intake ----------------------------------------------------------------------------
    def read_mail(self, path: str | Path) -> IntakeRecord:
        from studio_dsar.core.intake import parse_file

        return parse_file(path)

    def import_mails(self, paths: Iterable[str | Path], *, dry_run: bool = False,
                     include_non_requests: bool = False, progress: Progress | None = None,
                     on_outcome: Callable[[ImportOutcome], None] | None = None) -> list[ImportOutcome]:
        from studio_dsar.core.intake import import_files

        return import_files(paths, self.store, dry_run=dry_run,
                            include_non_requests=include_non_requests, progress=progress,
                            on_outcome=on_outcome)

    def import_reviewed(self, items: Iterable[tuple[str | Path, IntakeRecord]], *, force: Iterable[str] = (),
                        progress: Progress | None = None,
                        on_outcome: Callable[[ImportOutcome], None] | None = None) -> list[ImportOutcome]:
        """Store mails already read and checked by the owner (their corrections audited)."""
        from studio_dsar.core.intake import import_records

        return import_records([(str(p), r) for p, r in items], self.store, force=force, progress=progress,
                              on_outcome=on_outcome)

    def intake_details(self, reference: str) -> IntakeDetails:
        """What intake detected for a request, why (the evidence sentences), who wrote, reminders."""
        from studio_dsar.core.store import intake as intake_store

        return intake_store.details(self.store, self.store.get_request(reference).id)

    # -- ID documents ----------------------------------------------------------------------
    @property
    def vault(self) -> Vault:
        if self._vault is None:
            from studio_dsar.core.vault import Vault

            self._vault = Vault(self.store)
        return self._vault

    @staticmethod
    def redact_file(source: str | Path, output: str | Path, *, watermark: str | None = None,
                    progress: Progress | None = None) -> RedactionResult:
        from studio_dsar.core.redaction import redact_file

        return redact_file(source, output, watermark=watermark, progress=progress)

    def start_id_check(self, reference: str, source: str | Path | bytes, extension: str | None = None, *,
                       birth_date: date | None = None, progress: Progress | None = None) -> PendingCheck:
        """Redact and compare a scan (a path, or bytes with their extension, e.g. from a mail)."""
        from studio_dsar.core import idcheck

        if isinstance(source, (bytes, bytearray)):
            return idcheck.start(self.store, reference, bytes(source), extension or ".bin", birth_date=birth_date,
                                 progress=progress)
        return idcheck.start_file(self.store, reference, source, birth_date=birth_date, progress=progress)

    def mail_id_scans(self, reference: str, mail_path: str | Path | None = None) -> list[Any]:
        """The image/PDF attachments of the mail the request came from, read into memory.
        Raises NotFoundError when the mail file moved: ask the owner for it and pass ``mail_path``."""
        from studio_dsar.core import idcheck
        from studio_dsar.core.errors import NotFoundError
        from studio_dsar.core.store import idchecks

        req = self.request(reference)
        path = mail_path or idchecks.source_path(self.store, req.id)
        if not path:
            raise NotFoundError(_("The app does not know where the mail of this request is; choose the mail file."))
        scans = idcheck.mail_scans(path, req.source_key)
        if mail_path:
            idchecks.set_source_path(self.store, req.id, str(Path(mail_path).resolve()))
        return scans

    def recompare_id_check(self, check: PendingCheck, birth_date: date | None) -> None:
        from studio_dsar.core import idcheck

        idcheck.recompare(self.store, check, birth_date)

    def decide_id_check(self, check: PendingCheck, decision: str, **options: Any) -> tuple[Any, VaultItem | None]:
        """Record verified / not_verified / ask_more as a minimal proof; keep a copy only when asked."""
        from studio_dsar.core import idcheck

        return idcheck.decide(self.store, check, decision, **options)

    def discard_id_check(self, check: PendingCheck) -> None:
        from studio_dsar.core import idcheck

        idcheck.discard(self.store, check)

    def wipe_id_source(self, check: PendingCheck, path: str | Path, *, told_mail_copies: bool) -> None:
        from studio_dsar.core import idcheck

        idcheck.wipe_source(self.store, check.request_id, path, told_mail_copies=told_mail_copies)

    def record_id_reason(self, reference: str, reason: str, means_considered: list[str] | None = None) -> Request:
        from studio_dsar.core import idcheck

        return idcheck.record_reason(self.store, reference, reason, means_considered=means_considered)

    def id_reason(self, reference: str) -> tuple[str | None, list[str]]:
        from studio_dsar.core import idcheck

        return idcheck.id_reason(self.store, reference)

    def lighter_means(self) -> dict[str, str]:
        from studio_dsar.core import idcheck

        return idcheck.lighter_means(self.country)

    def id_housekeeping(self, today: date | None = None) -> Any:
        """Wipe originals an interrupted check left and kept copies past their end date; seal
        mail texts kept while the register was locked."""
        from studio_dsar.core import idcheck
        from studio_dsar.core.store import textseal
        from studio_dsar.core.store.keys import register_key

        result = idcheck.startup_cleanup(self.store, today)
        if textseal.has_plain_rows(self.store.conn) and register_key(textseal.PURPOSE) is not None:
            with self.store.transaction():
                textseal.seal_plain_rows(self.store.conn)  # texts kept while no key was there
        return result

    def wipe_unfinished_id_checks(self) -> int:
        from studio_dsar.core import idcheck

        return idcheck.wipe_unfinished(self.store)

    def id_copies(self, reference: str) -> list[dict[str, Any]]:
        """What the vault holds for a request (kind, keep_until; never the source file's name)."""
        from studio_dsar.core import idcheck

        return idcheck.copies(self.store, reference)

    def id_proofs(self, reference: str) -> list[Any]:
        from studio_dsar.core import idcheck

        return idcheck.proofs(self.store, reference)

    # -- keys --------------------------------------------------------------------------------
    @staticmethod
    def vault_needs_passphrase() -> bool:
        from studio_dsar.core import keys

        return keys.needs_passphrase()

    @staticmethod
    def unlock_vault(passphrase: str) -> None:
        from studio_dsar.core import keys

        keys.unlock(passphrase)

    @staticmethod
    def derive_key(purpose: str) -> bytes:
        """Key material for one purpose (backups, the audit seal): HKDF from the vault's master key."""
        from studio_dsar.core import keys

        return keys.derive_key(purpose)

    # -- letters ---------------------------------------------------------------------------
    def letter_facts(self, reference: str, *, today: date | None = None) -> Facts:
        """Everything a letter of this request draws on, read once (the window keeps it)."""
        from studio_dsar.core.letters.compose import read_facts

        return read_facts(self.store, reference, today=today)

    def letter_blocks(self, reference: str, kind: str, lang: str | None = None) -> dict[str, str]:
        from studio_dsar.core.letters import render

        return render.default_blocks(self.store, reference, kind, lang)

    def letter_warnings(self, reference: str, kind: str, *, today: date | None = None) -> list[str]:
        from studio_dsar.core.letters import render

        return render.letter_warnings(self.store, reference, kind, today=today)

    def compose_letter(self, reference: str, kind: str, lang: str | None = None, *,
                       blocks: dict[str, str] | None = None, reason: str | None = None,
                       attach: Iterable[Any] = (), today: date | None = None,
                       facts: Facts | None = None) -> Letter:
        """Compose a letter from facts read once (pass ``facts`` to reuse them)."""
        from studio_dsar.core.letters import compose, render

        if facts is None:
            return render.build_letter(self.store, reference, kind, lang, blocks=blocks, reason=reason,
                                       attach=attach, today=today)
        attachments = [a if isinstance(a, compose.Enclosure) else compose.read_attachment(a) for a in attach]
        return compose.compose_letter(facts, kind, lang, blocks=blocks, reason=reason, attachments=attachments)

    @staticmethod
    def layout_letter(letter: Letter) -> Rendered:
        """Lay the letter out once; preview and export both use the result."""
        from studio_dsar.core.letters.pdf import layout

        return layout(letter)

    @staticmethod
    def letter_pdf(letter: Letter) -> bytes:
        from studio_dsar.core.letters.pdf import layout

        return layout(letter).pdf

    def export_letter(self, rendered: Rendered, out_path: str | Path, *,
                      eml_path: str | Path | None = None) -> ExportResult:
        """Write a laid-out letter (the preview's own bytes) with its enclosures, and record it."""
        from studio_dsar.core.letters import render

        return render.export_rendered(self.store, rendered, out_path, eml_path=eml_path)

    def record_status(self) -> dict[str, dict[str, Any]]:
        """Per section of the processing record: confirmed or not, and since when."""
        from studio_dsar.core.letters import record

        return record.status(self.profile, self.store.record_confirmations())

    def confirm_record(self, section: str | None = None) -> list[str]:
        from studio_dsar.core.letters import record

        self._profile = None
        return record.confirm(self.store, section)

    def checklist(self, reference: str) -> list[ChecklistItem]:
        from studio_dsar.core.letters import checklist, compose

        return checklist.items_for(compose.recipient_keys(self.profile), self.store.checklist(reference))

    def tick(self, reference: str, place: str, state: str, ground: str | None = None, note: str = "") -> None:
        """Tick one place of the erasure/withdrawal checklist (audited)."""
        self.store.set_checklist_item(reference, place, state, ground, note)

    def actions(self, reference: str, *, include_withdrawn: bool = False) -> list[Action]:
        """What was done for a restriction, rectification or objection (the letters state these)."""
        return self.store.actions(reference, include_withdrawn=include_withdrawn)

    def record_action(self, reference: str, kind: str, what: str, *, done_on: str | date | None = None,
                      value_from: str = "", value_to: str = "", grounds: str = "",
                      today: date | None = None) -> Action:
        """Record one thing done and when (audited); the matching letter states it."""
        return self.store.record_action(reference, kind, what, done_on=done_on, value_from=value_from,
                                        value_to=value_to, grounds=grounds, today=today)

    def withdraw_action(self, reference: str, action_id: int) -> None:
        """Take back an action recorded by mistake (kept and audited, no longer stated)."""
        self.store.withdraw_action(reference, action_id)

    def set_representation(self, reference: str, subject_name: str | None, role: str | None) -> None:
        self.store.set_representation(reference, subject_name, role)

    def confirm_identity(self, reference: str, means: str) -> Request:
        return self.store.confirm_identity(reference, means)

    # -- the owner's daily work: entries, reminders, calendar, deleting, undo, sent -------
    def entries(self, which: str = "all", search: str | None = None, *,
                today: date | None = None) -> list[Entry]:
        """The requests with their deadlines, computed once (see :mod:`core.register`)."""
        from studio_dsar.core import register

        self._load_holidays()
        entries = register.build(self.store.list_requests(which, search), self.country, self.promise_days, today,
                                 notices_sent=self.store.extension_notices_sent(),
                                 awaiting_since=self.store.status_since("awaiting_id"))
        self._keep_holidays()
        return entries

    _HOLIDAYS_KEY = "holiday_cache"

    def _load_holidays(self) -> None:
        """Holiday dates kept by an earlier run of this version (no holidays import needed)."""
        if getattr(self, "_holidays_loaded", False):
            return
        self._holidays_loaded = True
        from studio_dsar import __version__

        saved = self.store.get_setting(self._HOLIDAYS_KEY, {}) or {}
        if isinstance(saved, dict) and saved.get("version") == __version__ and isinstance(saved.get("dates"), dict):
            deadlines.remember_holidays(saved["dates"])
            self._holidays_saved = set(saved["dates"])
        else:
            self._holidays_saved = set()

    def _keep_holidays(self) -> None:
        computed = deadlines.computed_holidays()
        if not set(computed) - self._holidays_saved:
            return
        from studio_dsar import __version__

        saved = self.store.get_setting(self._HOLIDAYS_KEY, {}) or {}
        dates = dict(saved.get("dates") or {}) if isinstance(saved, dict) and saved.get("version") == __version__ else {}
        dates.update(computed)
        self.store.set_setting(self._HOLIDAYS_KEY, {"version": __version__, "dates": dates})
        self._holidays_saved = set(dates)

    def entry(self, reference: str, *, today: date | None = None) -> Entry:
        """One request's entry; a deleted request is not found (restore it first)."""
        from studio_dsar.core import register
        from studio_dsar.core.errors import NotFoundError
        from studio_dsar.core.i18n import _

        req = self.store.get_request(reference)
        if req.deleted_at:
            raise NotFoundError(_("No request with reference {ref}.").format(ref=reference))
        sent = self.store.extension_notices_sent() if req.extended else set()
        since = self.store.status_since("awaiting_id") if req.status == "awaiting_id" else {}
        return register.build([req], self.country, self.promise_days, today,
                              notices_sent=sent, awaiting_since=since)[0]

    @property
    def awaiting_id_days(self) -> int:
        from studio_dsar.core import reminders

        try:
            return max(1, int(self.settings.get("awaiting_id_days") or reminders.DEFAULT_AWAITING_ID_DAYS))
        except (TypeError, ValueError):
            return reminders.DEFAULT_AWAITING_ID_DAYS

    def digest(self, *, awaiting_id_days: int | None = None, today: date | None = None,
               entries: list[Entry] | None = None) -> Digest:
        """What needs attention today (overdue, due this week, waiting for an ID, notices)."""
        from studio_dsar.core import reminders

        today = today or studio_today()
        return reminders.build_digest(self.entries("open", today=today) if entries is None else entries, today,
                                      awaiting_id_days=awaiting_id_days or self.awaiting_id_days)

    def calendar(self, *, entries: list[Entry] | None = None) -> str:
        """The legal and promised dates of open requests as iCalendar text (references only)."""
        from studio_dsar.core import ical

        return ical.calendar(self.entries("open") if entries is None else entries)

    def export_calendar(self, path: str | Path) -> int:
        """Write :meth:`calendar` to ``path``; returns the number of dates written."""
        from studio_dsar.core import ical
        from studio_dsar.core.fileutil import atomic_write

        entries = self.entries("open")
        text = ical.calendar(entries)
        with atomic_write(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        count = sum(len(ical.events_for(e)) for e in entries)
        self.store.audit("calendar_exported", details={"events": count, "file": Path(path).name})
        return count

    def delete_request(self, reference: str, *, reason: str) -> Request:
        return self.store.delete_request(reference, reason=reason)

    def restore_request(self, reference: str) -> Request:
        return self.store.restore_request(reference)

    def deleted_requests(self) -> list[Request]:
        return self.store.deleted_requests()

    def purge_deleted(self, before: str | None = None) -> int:
        """Remove for good what deleted requests held (called at backup rotation): personal data
        in the register and their encrypted files in the vault. Returns how many."""
        return len(self.store.purge_deleted(before))  # vault items are wiped with the data

    def restore_status(self, reference: str, status: str) -> Request:
        return self.store.restore_status(reference, status)

    def undo_extension(self, reference: str, status: str) -> Request:
        return self.store.undo_extension(reference, status)

    def letters(self, reference: str) -> list[dict[str, Any]]:
        return self.store.letters(reference)

    def mark_letter_sent(self, letter_id: int, *, via: str = "owner") -> None:
        self.store.mark_letter_sent(letter_id, via=via)

    def unmark_letter_sent(self, letter_id: int) -> None:
        self.store.unmark_letter_sent(letter_id)

    def audit_entries(self, reference: str) -> list[AuditEntry]:
        return self.store.audit_entries(self.request(reference).id)

    def mail(self, reference: str) -> KeptMail | None:
        """The request's mail as kept at import (sanitised text), or None."""
        mail: KeptMail | None = self.store.get_mail(self.request(reference).id)
        return mail

    def attachments(self, reference: str) -> list[Attachment]:
        return self.request(reference).attachments

    def attachment_data(self, attachment_id: int, *, for_id_check: bool = False) -> tuple[Attachment, bytes]:
        """An attachment's contents, decrypted in memory. ID documents only for the ID check."""
        from studio_dsar.core.errors import NotFoundError, StateError
        from studio_dsar.core.i18n import _

        _request_id, att = self.store.attachment(attachment_id)
        if att.is_id_document and not for_id_check:
            raise StateError(_("This attachment looks like an ID document: open it through the ID check, "
                               "which blacks out the numbers and the portrait first."))
        if att.vault_item_id is None:
            raise NotFoundError(_("The contents of this attachment were not kept."))
        return att, self.vault.get(att.vault_item_id)

    def keep_mail(self, request: Request, record: IntakeRecord) -> None:
        """At import: keep the mail's sanitised text and its attachments (encrypted; ID documents
        as originals waiting for the ID check). Without a keychain the text is still kept."""
        from studio_dsar.core import mailkeep

        content = getattr(record, "content", None)
        if content is None:
            return
        mailkeep.keep_for_request(self.store, request, record, content)

    # -- misc ------------------------------------------------------------------------------
    @staticmethod
    def now() -> datetime:
        return datetime.now(deadlines.STUDIO_TZ)
