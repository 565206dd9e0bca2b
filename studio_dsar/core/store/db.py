"""The :class:`Store`: one open register (connection, transactions, settings, audit, upkeep).

Request use cases live in :mod:`.requests`, the vault's rows in :mod:`.vaultdb`; this class
puts them together with the connection, the audit chain and its seal, backups, retention and
the checks at start.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, UTC
from pathlib import Path
from typing import Any

from studio_dsar.core import faults, paths
from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _
from studio_dsar.core.store import audit, backup, connection, migrations
from studio_dsar.core.store import seal as seal_mod
from studio_dsar.core.model import AuditEntry
from studio_dsar.core.store.audit import Report as AuditReport
from studio_dsar.core.store.records import now
from studio_dsar.core.store.daily import DailyMixin
from studio_dsar.core.store.lettersdb import LettersMixin
from studio_dsar.core.store.requests import RequestsMixin
from studio_dsar.core.store.vaultdb import VaultRowsMixin
from studio_dsar.core.deadlines import studio_today

log = logging.getLogger(__name__)

RETENTION_SETTING = "retention_years"
BACKUP_FOLDER_SETTING = "backup_folder"
DEFAULT_RETENTION_YEARS = 2
ANONYMISED_NAME = "—"
_BLOB_NAME = re.compile(r"[0-9a-f]{32}")  # the vault's file names (uuid4 hex)
# Where start-up warnings go as well as Store.start_warnings (the CLI prints them).
WARNING_SINK: Callable[[str], None] | None = None


class Store(RequestsMixin, VaultRowsMixin, LettersMixin, DailyMixin):
    """The register. Open with :meth:`open`; use as a context manager to close it."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.path = path
        self._seal_due = False
        self.start_warnings: list[str] = []

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, at_start: bool | None = None) -> Store:
        """Open (creating on a first start) and check the register; see :mod:`.connection`.

        ``at_start`` (default: when opening the app's own register) also runs the start-up
        upkeep: compare the chain with its seal, back up when due, apply retention.
        """
        db = Path(path) if path is not None else paths.db_path()
        conn = connection.open_checked(db)
        store = cls(conn, db)
        if at_start if at_start is not None else path is None:
            store.upkeep()
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return migrations.user_version(self.conn)

    def migrate(self, target: int = migrations.SCHEMA_VERSION) -> None:
        migrations.migrate(self.conn, target)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception. Nests (inner is a no-op).

        Storage failures (disk full, read-only, busy) surface as :mod:`faults` errors; a
        rolled-back transaction changed nothing.
        """
        if self.conn.in_transaction:
            yield self.conn
            return
        with faults.storage_errors(self.path):
            connection.retry(lambda: self.conn.execute("BEGIN IMMEDIATE"))
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:  # the body or the COMMIT failed
                self._seal_due = False
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        if self._seal_due:
            self._seal_due = False
            self.write_seal()

    def checkpoint(self) -> None:
        """Copy the WAL into the database file and truncate it (after wiping a key)."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:  # busy readers: the next checkpoint will do it
            log.info("checkpoint postponed")

    # -- settings ----------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row["value"])
        except json.JSONDecodeError:
            return default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # -- audit log -----------------------------------------------------------------------------
    def audit(self, event: str, *, request_id: int | None = None, actor: str = "owner",
              details: dict[str, Any] | None = None) -> AuditEntry:
        with self.transaction():
            entry = audit.append(self.conn, event, request_id=request_id, actor=actor,
                                 details=details, now=now())
            self._seal_due = True
        return entry

    def audit_entries(self, request_id: int | None = None) -> list[AuditEntry]:
        return audit.entries(self.conn, request_id)

    def write_seal(self) -> None:
        """Seal the current head of the chain (after each committed entry)."""
        if self.path is None:
            return
        count, head, last_id = audit.head(self.conn)
        try:
            seal_mod.write(self.path, seal_mod.sign(count, head, last_id, now()))
        except OSError:
            # The entry is committed; the seal catches up with the next one. Verification
            # accepts a seal that is behind as long as its head is in the chain.
            log.warning("seal not written", exc_info=True)

    def read_seal(self) -> seal_mod.Seal | str | None:
        if self.path is None:
            return None
        try:
            return seal_mod.read(self.path)
        except seal_mod.SealUnreadable:
            return "unreadable"

    def verify_report(self) -> AuditReport:
        """Chain, seal and tables checked against each other (see :func:`audit.verify`)."""
        backup_seal = backup.newest_seal(self.path, self.get_setting(BACKUP_FOLDER_SETTING)) if self.path else None
        return audit.verify(self.conn, self.read_seal(), backup_seal=backup_seal)

    def verify_audit(self) -> list[str]:
        """Problems found (translated sentences; empty when intact)."""
        return [p.message for p in self.verify_report().problems]

    # -- start-up upkeep -------------------------------------------------------------------------
    def upkeep(self, *, today: date | None = None) -> None:
        """Checks and chores at every start; problems become :attr:`start_warnings`."""
        self.start_warnings = []
        sealed = self.read_seal()
        count, _head, _last_id = audit.head(self.conn)
        trusted = True
        if sealed is None and (count == 0 or self._made_before_seals()):
            self.write_seal()  # a new register, or one made before seals existed: seal it now
        elif (isinstance(sealed, seal_mod.Seal) and not sealed.mac and seal_mod.check_mac(sealed) is False
              and sealed.count == count and self._seal_matches(sealed, unsigned_ok=True)):
            self.write_seal()  # sealed while the key was not at hand (no passphrase yet): sign it now
        elif sealed is None or isinstance(sealed, str) or not self._seal_matches(sealed):
            trusted = False  # never back up (and so re-seal) a register that may be tampered with
            self.start_warnings.append(_(
                "The audit log does not match its seal: it may have been cut short or rewritten. Run "
                "“studio-dsar audit verify” for details, and restore a backup if you did not expect this."))
        newest = backup.newest_seal(self.path, self.backup_folder()) if self.path else None
        if newest is not None and newest.count > count:
            trusted = False
            self.start_warnings.append(_(
                "The register holds fewer audit entries ({n}) than its newest backup ({b}): it may have been "
                "rolled back or cut short. Run “studio-dsar audit verify”, and restore the backup if you did "
                "not expect this.").format(n=count, b=newest.count))
        self._remove_orphan_vault_files()
        try:
            self.anonymise_due(today=today)
        except faults.StorageError as exc:
            self.start_warnings.append(str(exc))
        try:
            if trusted and self.backup_if_due():
                # Deleted requests are in the backup just made: their data may go from the register.
                self.purge_deleted(before=now(), actor="retention")
        except backup.BackupUnavailable:
            log.info("no keychain: backups are off")
        except faults.StorageError as exc:
            self.start_warnings.append(_("The backup could not be made: {reason}").format(reason=exc))
        if WARNING_SINK is not None:
            for text in self.start_warnings:
                WARNING_SINK(text)

    def _remove_orphan_vault_files(self, older_than: float = 600.0) -> int:
        """Ciphertext written by a vault put that was killed before its row (and so its key)
        reached the register: unreadable by anyone; removed once it is clearly not in flight."""
        import time

        vdir = paths.data_home() / "vault"
        if self.path is None or self.path.parent != paths.data_home() or not vdir.is_dir():
            return 0
        known = {r[0] for r in self.conn.execute("SELECT blob FROM vault_items")}
        removed = 0
        for p in vdir.iterdir():
            try:
                if (p.is_file() and _BLOB_NAME.fullmatch(p.name) and p.name not in known
                        and time.time() - p.stat().st_mtime > older_than):
                    from studio_dsar.core.vault import shred_file

                    shred_file(p)
                    removed += 1
            except OSError:
                pass
        return removed

    def _made_before_seals(self) -> bool:
        """No entry was written by a version that seals (none carries what it set or a private part)."""
        row = self.conn.execute(
            "SELECT 1 FROM audit_log WHERE private IS NOT NULL OR details LIKE '%\"set\":%' LIMIT 1").fetchone()
        return row is None

    def _seal_matches(self, sealed: seal_mod.Seal, *, unsigned_ok: bool = False) -> bool:
        if not unsigned_ok and seal_mod.check_mac(sealed) is False:
            return False
        if sealed.count == 0:
            return True
        row = self.conn.execute("SELECT hash FROM audit_log WHERE id = ?", (sealed.last_id,)).fetchone()
        if row is None or row[0] != sealed.head:
            return False
        pos = self.conn.execute("SELECT COUNT(*) FROM audit_log WHERE id <= ?", (sealed.last_id,)).fetchone()[0]
        return bool(pos == sealed.count)

    # -- backups -----------------------------------------------------------------------------------
    def backup_folder(self) -> str | None:
        value = self.get_setting(BACKUP_FOLDER_SETTING)
        return value if isinstance(value, str) and value else None

    def backup_if_due(self) -> list[Path]:
        if self.path is None:
            return []
        return backup.backup_if_due(self.conn, self.path, self.backup_folder())

    def backup_to(self, target: str | Path) -> backup.BackupInfo:
        """Write a backup to ``target`` (a file, or a folder to put a dated file in)."""
        target = Path(target).expanduser()
        if target.is_dir():
            from datetime import datetime as _dt

            target = target / backup.file_name(_dt.now(UTC))
        info = backup.write_backup(self.conn, target)
        self.audit("backup_made", details={"file": target.name, "entries": info.entries})
        return info

    def latest_backup(self) -> Path | None:
        return backup.newest_backup(self.path, self.backup_folder()) if self.path else None

    # -- retention --------------------------------------------------------------------------------
    def retention_years(self) -> int:
        try:
            years = int(self.get_setting(RETENTION_SETTING, DEFAULT_RETENTION_YEARS))
        except (TypeError, ValueError):
            years = DEFAULT_RETENTION_YEARS
        return max(1, min(years, 30))

    def set_retention_years(self, years: int) -> None:
        if not 1 <= int(years) <= 30:
            raise InputError(_("The retention period must be between 1 and 30 years."))
        self.set_setting(RETENTION_SETTING, int(years))
        self.audit("settings_changed", details={RETENTION_SETTING: int(years)})

    def anonymisation_due(self, today: date | None = None) -> list[str]:
        """References of closed requests whose retention period has passed."""
        today = today or studio_today()
        cutoff = datetime.combine(today, datetime.min.time(), UTC) - timedelta(days=365 * self.retention_years())
        rows = self.conn.execute(
            "SELECT reference FROM requests WHERE closed_at IS NOT NULL AND anonymised_at IS NULL "
            "AND closed_at < ? AND status IN ('answered', 'refused', 'withdrawn')",
            (cutoff.isoformat(timespec="seconds"),),
        ).fetchall()
        return [r[0] for r in rows]

    def anonymise_due(self, today: date | None = None) -> list[str]:
        done = []
        for ref in self.anonymisation_due(today):
            self.anonymise(ref, actor="retention")
            done.append(ref)
        return done

    def anonymise(self, reference: str, *, actor: str = "owner", deleted: bool = False) -> None:
        """Erase the personal data of a closed request; the fact and the dates stay.

        One audit event records it; the personal values of the request's earlier entries are
        erased from their private part (the chain hashes only their digests, so it stays
        verifiable). Kept ID copies of the request are wiped from the vault.
        """
        from studio_dsar.core.errors import StateError

        req = self.get_request(reference)
        if req.is_open and not (deleted and req.deleted_at):  # a deleted request goes whatever its status
            raise StateError(_("Only a closed request can be anonymised."))
        if req.anonymised_at:
            return
        from studio_dsar.core.vault import Vault

        vault = Vault(self)
        for item in vault.items(req.id, include_wiped=False):
            vault.wipe(item.id, actor=actor)
        stamp = now()
        values = {"requester_name": ANONYMISED_NAME, "requester_email": None, "subject": None,
                  "notes": "", "source_filename": None, "refusal_reason": None,
                  "extension_reason": None, "anonymised_at": stamp}
        with self.transaction():
            self.conn.execute(
                "UPDATE requests SET requester_name = ?, requester_email = NULL, subject = NULL, "
                "notes = '', source_filename = NULL, refusal_reason = NULL, extension_reason = NULL, "
                "anonymised_at = ?, updated_at = ? WHERE id = ?",
                (ANONYMISED_NAME, stamp, stamp, req.id),
            )
            self.conn.execute("UPDATE attachments SET filename = '—' WHERE request_id = ?", (req.id,))
            self.conn.execute("UPDATE letters SET filename = kind WHERE request_id = ?", (req.id,))
            self.conn.execute("UPDATE vault_items SET filename = kind WHERE request_id = ?", (req.id,))
            self.conn.execute("UPDATE letters SET enclosures = '[]' WHERE request_id = ?", (req.id,))
            self.conn.execute("UPDATE erasure_checklist SET note = '' WHERE request_id = ?", (req.id,))
            self.conn.execute("UPDATE request_actions SET what = '', value_from = '', value_to = '', grounds = '' "
                              "WHERE request_id = ?", (req.id,))
            self.conn.execute("DELETE FROM representations WHERE request_id = ?", (req.id,))
            # what intake read (evidence sentences, representative), the kept mail text, the
            # reminders' file names and the ID check's free text are personal data too
            self.conn.execute("DELETE FROM request_intake WHERE request_id = ?", (req.id,))
            self.conn.execute("DELETE FROM request_mail_text WHERE request_id = ?", (req.id,))
            self.conn.execute("UPDATE request_mails SET source_filename = NULL WHERE request_id = ?", (req.id,))
            self.conn.execute("UPDATE requests SET deletion_reason = NULL, id_reason = NULL, source_path = NULL "
                              "WHERE id = ?", (req.id,))
            self.conn.execute("UPDATE audit_log SET private = NULL WHERE request_id = ?", (req.id,))
            self.audit("anonymised", request_id=req.id, actor=actor,
                       details={"reference": req.reference, "years": self.retention_years(), "set": values})
        self.checkpoint()
