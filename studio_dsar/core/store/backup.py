"""Encrypted backups of the register, their rotation, and restoring one.

A backup is one file: a short plaintext header (when, how many audit entries, the chain's
head: no personal data) and an AES-256-GCM ciphertext (key derived from the vault's master
key in the OS keychain) of a zip holding

* ``register.sqlite3``: a snapshot taken with SQLite's online backup API, in memory, with the
  wrapped keys of ID *originals* removed and the file vacuumed (backups never hold an ID
  original; the originals' ciphertext files are never included either);
* ``seal.json``: the seal of the snapshot's audit chain (see :mod:`.seal`);
* ``vault/<blob>``: the kept, redacted ID copies (already encrypted by the vault).

The header is authenticated (GCM associated data), so it cannot be changed unnoticed.
Backups are taken at start when the register changed, and at least daily, into
``<data folder>/backups`` and, when the owner picked one, a second folder; each folder keeps
the 3 newest, the newest of each of the last 7 days and of each of the last 4 weeks.

Restoring checks the backup (decryption, ``PRAGMA integrity_check``, the audit chain against
its seal, the tables against the events) before anything is replaced; the current file is
moved aside, never deleted.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sqlite3
import struct
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta, UTC
from pathlib import Path
from typing import Any

from studio_dsar.core import faults, paths, sealing
from studio_dsar.core import keys as master_keys
from studio_dsar.core.errors import InputError
from studio_dsar.core.fileutil import write_bytes_atomic
from studio_dsar.core.i18n import _
from studio_dsar.core.store import audit, keys, migrations
from studio_dsar.core.store import seal as seal_mod

log = logging.getLogger(__name__)

MAGIC = b"STUDIO-DSAR-BACKUP\x00v1\n"
SUFFIX = ".sdsar-backup"
PURPOSE = "backup"
KEEP_RECENT, KEEP_DAILY, KEEP_WEEKLY = 3, 7, 4
DUE_AFTER = timedelta(hours=24)


class BackupUnavailable(faults.StorageError):
    """No key to encrypt a backup with (no keychain)."""


class BackupKeyNeeded(InputError):
    """The backup was made with another computer's key: the recovery code or passphrase opens it."""


@dataclass
class BackupInfo:
    path: Path
    created: datetime
    entries: int
    head: str
    schema: int


@dataclass
class Opened:
    header: dict[str, Any]
    database: bytes
    seal: seal_mod.Seal | None
    blobs: dict[str, bytes]
    master: bytes | None = None  # set when a recovery code or passphrase opened it (another computer)


def _key() -> bytes:
    key = keys.register_key(PURPOSE)
    if key is None:
        raise BackupUnavailable(_(
            "Backups are encrypted with a key kept in the system keychain, and no keychain is available. "
            "On Linux, install and unlock GNOME Keyring or KWallet."))
    return key


def _stamp(dt: datetime) -> str:
    return dt.strftime("%Y%m%dT%H%M%S%fZ")


def file_name(created: datetime) -> str:
    return f"register-{_stamp(created)}{SUFFIX}"


# -- making ----------------------------------------------------------------------------------
def snapshot(conn: sqlite3.Connection) -> tuple[bytes, seal_mod.Seal]:
    """A consistent copy of the register without any ID original's key, and its seal."""
    mem = sqlite3.connect(":memory:")
    try:
        conn.backup(mem)
        mem.execute("PRAGMA secure_delete = ON")
        tables = {r[0] for r in mem.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "vault_items" in tables:
            mem.execute("UPDATE vault_items SET wrapped_key = NULL WHERE kind = 'original'")
        mem.commit()
        mem.execute("VACUUM")
        count, head, last_id = audit.head(mem) if "audit_log" in tables else (0, audit.GENESIS_HASH, 0)
        data = mem.serialize()
    finally:
        mem.close()
    at = datetime.now(UTC).isoformat(timespec="seconds")
    return data, seal_mod.sign(count, head, last_id, at)


def _kept_blobs(conn: sqlite3.Connection) -> dict[str, bytes]:
    blobs: dict[str, bytes] = {}
    try:
        rows = conn.execute(
            "SELECT blob FROM vault_items WHERE kind = 'redacted' AND wiped_at IS NULL").fetchall()
    except sqlite3.OperationalError:
        return blobs
    vdir = paths.data_home() / "vault"
    for (blob,) in rows:
        try:
            blobs[blob] = (vdir / blob).read_bytes()
        except FileNotFoundError:
            log.warning("backup: vault file %s missing", blob)
    return blobs


def encode(conn: sqlite3.Connection, created: datetime | None = None) -> tuple[bytes, BackupInfo]:
    """The encrypted backup of ``conn`` as bytes (nothing written)."""
    key = _key()
    created = created or datetime.now(UTC)
    data, sealed = snapshot(conn)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("register.sqlite3", data)
        zf.writestr("seal.json", json.dumps(sealed.to_json()))
        for blob, content in _kept_blobs(conn).items():
            zf.writestr(f"vault/{blob}", content)
    header = {"format": 1, "created": created.isoformat(), "entries": sealed.count, "head": sealed.head,
              "schema": migrations.user_version(conn)}
    escrow = master_keys.escrow()
    if escrow:
        header["keys"] = escrow  # no secret: lets the recovery code or passphrase open it elsewhere
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    # the header is bound (associated data): readable before opening, but not changeable unnoticed
    body = sealing.seal(key, buf.getvalue(), MAGIC + header_bytes)
    out = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + body
    return out, BackupInfo(Path(file_name(created)), created, sealed.count, sealed.head,
                           migrations.user_version(conn))


def write_backup(conn: sqlite3.Connection, target: Path) -> BackupInfo:
    """Write a backup to ``target`` (a file), atomically and 0600."""
    blob, info = encode(conn)
    with faults.storage_errors(target):
        write_bytes_atomic(target, blob)
    info.path = target
    return info


# -- reading ---------------------------------------------------------------------------------
def read_header(path: Path) -> dict[str, Any] | None:
    """The plaintext header (unauthenticated until the backup is opened), or None."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                return None
            (n,) = struct.unpack(">I", fh.read(4))
            if n > 65536:
                return None
            header = json.loads(fh.read(n).decode("utf-8"))
            return header if isinstance(header, dict) else None
    except (OSError, ValueError, struct.error):
        return None


def open_backup(path: Path, secret: str | None = None) -> Opened:
    """Decrypt a backup with this computer's key or, for one made elsewhere, with the
    recovery code or passphrase ``secret`` (raises :class:`BackupKeyNeeded` without one)."""
    with faults.storage_errors(path):
        raw = Path(path).read_bytes()
    name = Path(path).name
    if not raw.startswith(MAGIC):
        raise InputError(_("{file} is not a studio-dsar backup.").format(file=name))
    try:
        (n,) = struct.unpack(">I", raw[len(MAGIC):len(MAGIC) + 4])
        start = len(MAGIC) + 4
        header_bytes = raw[start:start + n]
        body = raw[start + n:]  # nonce, ciphertext, tag
        header = json.loads(header_bytes.decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError("header")
    except (struct.error, ValueError):
        raise InputError(_("The backup {file} is damaged.").format(file=name)) from None
    aad = MAGIC + header_bytes
    payload: bytes | None = None
    master: bytes | None = None
    local = keys.register_key(PURPOSE)
    if local is not None:
        try:
            payload = sealing.unseal(local, body, aad)
        except (sealing.SealBroken, ValueError):
            payload = None
    found = header.get("keys")
    escrow: dict[str, Any] = found if isinstance(found, dict) else {}
    if payload is None and secret:
        master = master_keys.master_from_escrow(escrow, secret)
        if master is None:
            raise BackupKeyNeeded(_("That recovery code or passphrase does not open the backup {file}.").format(
                file=name))
        try:
            payload = sealing.unseal(master_keys.derive_from(master, PURPOSE), body, aad)
        except (sealing.SealBroken, ValueError):
            raise InputError(_("The backup {file} is damaged.").format(file=name)) from None
    if payload is None:
        if escrow:
            raise BackupKeyNeeded(_(
                "The backup {file} was made on another computer (or before its key changed). Enter the recovery "
                "code, or the passphrase of the computer that made it, to open it.").format(file=name))
        raise InputError(_(
            "The backup {file} cannot be opened: it is damaged, or it was made with another computer's "
            "key.").format(file=name))
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as zf:
            database = zf.read("register.sqlite3")
            sealed = seal_mod.Seal.from_json(json.loads(zf.read("seal.json")))
            blobs = {name[len("vault/"):]: zf.read(name) for name in zf.namelist() if name.startswith("vault/")}
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise InputError(_("The backup {file} is damaged.").format(file=Path(path).name)) from None
    return Opened(header, database, sealed, blobs, master)


def check(opened: Opened) -> audit.Report:
    """Integrity of the snapshot and of its audit chain against the backup's own seal."""
    mem = sqlite3.connect(":memory:")
    mem.row_factory = sqlite3.Row
    try:
        try:
            mem.deserialize(opened.database)
            rows = mem.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError:
            rows = [("damaged",)]
        if len(rows) != 1 or rows[0][0] != "ok":
            report = audit.Report()
            report.problems.append(audit.Problem("backup_damaged", _("backup"), _(
                "The database inside the backup is damaged.")))
            return report
        if migrations.user_version(mem) > migrations.SCHEMA_VERSION:
            report = audit.Report()
            report.problems.append(audit.Problem("backup_newer", _("backup"), _(
                "This backup was made by a newer version of studio-dsar; please update the app.")))
            return report
        seal_key = master_keys.derive_from(opened.master, seal_mod.PURPOSE) if opened.master else None
        return audit.verify(mem, opened.seal, seal_key=seal_key)
    finally:
        mem.close()


# -- listing and rotating ----------------------------------------------------------------------
def _created_from_name(path: Path) -> datetime | None:
    stem = path.name[len("register-"):-len(SUFFIX)] if path.name.startswith("register-") else ""
    try:
        return datetime.strptime(stem, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def list_backups(folder: Path | None) -> list[Path]:
    """Backups in ``folder``, newest first."""
    if folder is None or not Path(folder).is_dir():
        return []
    found = [(c, p) for p in Path(folder).glob(f"*{SUFFIX}") if (c := _created_from_name(p)) is not None]
    return [p for _c, p in sorted(found, reverse=True)]


def rotate(folder: Path) -> list[Path]:
    """Delete backups beyond 3 newest + newest per day (7 days) + newest per week (4 weeks)."""
    backups = [(_created_from_name(p), p) for p in list_backups(folder)]
    keep: set[Path] = {p for _c, p in backups[:KEEP_RECENT]}
    days: dict[Any, Path] = {}
    weeks: dict[Any, Path] = {}
    for created, p in backups:
        if created is None:
            continue
        days.setdefault(created.date(), p)
        weeks.setdefault(created.isocalendar()[:2], p)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    removed = []
    for _c, p in backups:
        if p not in keep:
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass
    return removed


# -- at start and daily --------------------------------------------------------------------------
def folders(db: Path, extra: str | None) -> list[Path]:
    out = [db.parent / "backups"]
    if extra:
        out.append(Path(extra).expanduser())
    return out


def is_due(folder: Path, count: int, head: str, now: datetime | None = None) -> bool:
    newest = list_backups(folder)
    if not newest:
        return True
    header = read_header(newest[0]) or {}
    created = _created_from_name(newest[0])
    now = now or datetime.now(UTC)
    if created is None or now - created >= DUE_AFTER:
        return True
    return header.get("head") != head or header.get("entries") != count


def backup_if_due(conn: sqlite3.Connection, db: Path, extra_folder: str | None = None) -> list[Path]:
    """Back up into each folder where the newest backup is stale; rotate. Returns files written."""
    count, head, _last = audit.head(conn)
    written: list[Path] = []
    if count == 0:
        return written  # nothing to keep yet
    targets = [f for f in folders(db, extra_folder) if is_due(f, count, head)]
    if not targets:
        return written
    blob, info = encode(conn)
    for folder in targets:
        with faults.storage_errors(folder):
            paths.ensure_private_dir(folder)
            target = folder / file_name(info.created)
            write_bytes_atomic(target, blob)
        written.append(target)
        rotate(folder)
    return written


def newest_backup(db: Path, extra_folder: str | None = None) -> Path | None:
    found = [(c, p) for f in folders(db, extra_folder) for p in list_backups(f)
             if (c := _created_from_name(p)) is not None]
    return max(found)[1] if found else None


def newest_seal(db: Path, extra_folder: str | None = None) -> seal_mod.Seal | None:
    """The chain head recorded in the newest backup's header (to notice a rolled-back register)."""
    newest = newest_backup(db, extra_folder)
    header = read_header(newest) if newest else None
    if not header:
        return None
    return seal_mod.Seal(int(header.get("entries", 0)), str(header.get("head", "")), 0, "")


# -- restoring -------------------------------------------------------------------------------------
@dataclass
class Restored:
    backup: Path
    entries: int
    aside: Path | None
    report: audit.Report


def restore(db: Path, source: Path, *, extra_folder: str | None = None, secret: str | None = None) -> Restored:
    """Replace the register at ``db`` with the backup ``source`` after checking it.

    Nothing is replaced when the backup cannot be opened, is damaged, or its audit chain
    does not match its seal or its tables. The current file (if any) is moved aside. Then
    the restore is itself logged (which seals the restored chain). A backup from another
    computer needs its recovery code or passphrase (``secret``); this data folder then adopts
    that computer's key (the key it had is kept aside, see :func:`keys.adopt_master`).
    """
    from studio_dsar.core.store import connection

    connection.refuse_while_open_in_window(db)
    source = Path(source).expanduser()
    opened = open_backup(source, secret)
    report = check(opened)
    if not report.ok:
        raise InputError(_("The backup {file} was not restored, because it does not check out:\n{problems}").format(
            file=source.name, problems="\n".join("  " + p.message for p in report.problems)))
    aside: Path | None = None
    with faults.storage_errors(db.parent), connection.startup_lock(db):
        tmp = db.with_name(f".{db.name}.restore.part")
        try:
            write_bytes_atomic(tmp, opened.database)
            if opened.master is not None:
                # before anything is replaced: when the key cannot be adopted nothing changes
                keys.forget()
                master_keys.adopt_master(opened.master, opened.header.get("keys") or {})
            if db.exists() and db.stat().st_size > 0:
                aside = connection.set_aside(db, "before-restore")
            else:
                connection.remove_register_files(db)
            os.replace(tmp, db)
        finally:
            tmp.unlink(missing_ok=True)
        connection.make_private(db)
        vdir = paths.ensure_private_dir(db.parent / "vault")
        for blob, content in opened.blobs.items():
            if not (vdir / blob).exists():
                write_bytes_atomic(vdir / blob, content)
        seal_mod.replace(db, opened.seal)
        # Newer backups describe a state the owner chose to leave: keep them, out of rotation.
        created = _created_from_name(source)
        for folder in folders(db, extra_folder):
            for p in list_backups(folder):
                c = _created_from_name(p)
                if created is not None and c is not None and c > created and p != source:
                    os.replace(p, p.with_name(p.name + ".superseded"))
    from studio_dsar.core.store.db import Store

    with Store.open(db, at_start=False) as store:
        store.audit("restored", details={"file": source.name, "entries": opened.seal.count if opened.seal else 0,
                                         "aside": aside.name if aside else None})
    return Restored(source, report.entries, aside, report)


def start_empty(db: Path) -> Path | None:
    """Set the current register aside (if any) and start a new, empty one; logged."""
    from studio_dsar.core.store import connection

    connection.refuse_while_open_in_window(db)
    aside = None
    with faults.storage_errors(db.parent), connection.startup_lock(db):
        if db.exists():
            aside = connection.set_aside(db, "before-new")
        seal_mod.replace(db, None)
        # The old register's backups stay (restorable by name) but no longer count as the newest.
        for folder in folders(db, None):
            for p in list_backups(folder):
                os.replace(p, p.with_name(p.name + ".superseded"))
        connection.open_locked(db).close()  # created, checked and migrated like a first start
    from studio_dsar.core.store.db import Store

    with Store.open(db, at_start=False) as store:
        store.audit("register_restarted", details={"aside": aside.name if aside else None})
    return aside
