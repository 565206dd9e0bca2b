"""Opening the register safely: lock, integrity check, private file modes, busy handling.

Every open of the register goes through :func:`open_checked`:

1. take the start-up lock (``<register>.lock``, an OS file lock) so that two first starts,
   or a start and a migration, never run at once;
2. look at the file: a missing file is a first start only when there is no sign that a
   register existed (no seal, no backup); a 0-byte, foreign or damaged file is never
   replaced: it is set aside and :class:`RegisterDamagedError` offers the latest backup;
3. ``PRAGMA quick_check``; then migrate (see :mod:`.migrations`).

The database, its WAL and shared-memory files are created 0600 (SQLite gives the WAL and
-shm files the mode of the database file). Writes use ``BEGIN IMMEDIATE`` with a busy
timeout, and a remaining ``database is locked`` is retried, then reported as "busy".
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout

from studio_dsar.core import faults
from studio_dsar.core.i18n import _
from studio_dsar.core.store import migrations, seal

log = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_TIMEOUT_MS = 15_000
LOCK_TIMEOUT_S = 60.0
SQLITE_HEADER = b"SQLite format 3\x00"
PRIVATE_MODE = 0o600


def lock_path(db: Path) -> Path:
    return Path(str(db) + ".lock")


_windows: dict[str, FileLock] = {}


def window_lock_path(db: Path) -> Path:
    return Path(str(db) + ".window.lock")


def hold_for_window(db: Path) -> bool:
    """Mark the register as open in a window of this process (an OS file lock, released
    when the window closes or the process ends, also by a crash). False when another
    process's window holds it already."""
    key = str(db)
    if key in _windows:
        return True
    lock = FileLock(str(window_lock_path(db)), timeout=0, mode=PRIVATE_MODE, thread_local=False)
    try:
        lock.acquire()
    except (Timeout, OSError):
        return False
    _windows[key] = lock
    return True


def release_window(db: Path) -> None:
    lock = _windows.pop(str(db), None)
    if lock is not None:
        lock.release()


def open_in_another_window(db: Path) -> bool:
    """True when a window of *another* process has the register open."""
    if str(db) in _windows or not window_lock_path(db).exists():
        return False
    probe = FileLock(str(window_lock_path(db)), timeout=0, mode=PRIVATE_MODE, thread_local=False)
    try:
        probe.acquire()
    except Timeout:
        return True
    except OSError:
        return False
    probe.release()
    return False


def refuse_while_open_in_window(db: Path) -> None:
    """Replacing the register under an open window would lose what the window writes next."""
    if open_in_another_window(db):
        raise faults.StorageError(_(
            "The register is open in the studio-dsar window. Restore from the window (File, Restore from "
            "backup…) or close the window first."))


def backups_dir(db: Path) -> Path:
    return db.parent / "backups"


@contextmanager
def startup_lock(db: Path) -> Iterator[None]:
    """Exclusive across processes: first-run set-up, checks, migrations and restores."""
    db.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path(db)), timeout=LOCK_TIMEOUT_S, mode=PRIVATE_MODE)
    try:
        with lock:
            yield
    except Timeout:
        raise faults.busy() from None


def register_files(db: Path) -> tuple[Path, Path, Path]:
    """The register file and SQLite's companions beside it (write-ahead log, shared memory):
    they are moved, protected and removed together."""
    return db, Path(str(db) + "-wal"), Path(str(db) + "-shm")


def remove_register_files(db: Path) -> None:
    """Remove the register file and its companions, those that are there."""
    for p in register_files(db):
        p.unlink(missing_ok=True)


def make_private(path: Path) -> None:
    for p in register_files(path):
        try:
            if p.exists() and (p.stat().st_mode & 0o077):
                os.chmod(p, PRIVATE_MODE)
        except OSError:  # e.g. FAT-formatted stick: no modes to set
            pass


def _create_private(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
    os.close(fd)


def connect(db: Path) -> sqlite3.Connection:
    """A connection with the register's pragmas (no checks; see :func:`open_checked`)."""
    conn = sqlite3.connect(str(db), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    retry(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
    # FULL: a committed change survives a power cut, not only a crash of the app.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def retry(fn: Callable[[], T], attempts: int = 2) -> T | None:
    """Run ``fn``, retrying a 'database is locked' that slipped past the busy timeout."""
    for attempt in range(attempts):
        try:
            return fn()
        except sqlite3.OperationalError as exc:
            if faults._sqlite_code(exc) not in (5, 6) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return None  # pragma: no cover


def had_register(db: Path) -> bool:
    """Is there any sign that a register with entries lived here (a seal or a backup)?"""
    try:
        s = seal.read(db)
    except seal.SealUnreadable:
        return True
    if s is not None and s.count > 0:
        return True
    bdir = backups_dir(db)
    return bdir.is_dir() and any(bdir.glob("*.sdsar-backup"))


def set_aside(db: Path, why: str) -> Path:
    """Move the register file (and its WAL/-shm) aside; returns where it went."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db.with_name(f"{db.name}.{why}-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = db.with_name(f"{db.name}.{why}-{stamp}-{n}")
    for src, dst in zip(register_files(db), register_files(aside), strict=True):
        if src.exists():
            os.replace(src, dst)
    log.info("register set aside as %s (%s)", aside.name, why)
    return aside


def latest_backup(db: Path) -> Path | None:
    from studio_dsar.core.store import backup

    found = backup.list_backups(backups_dir(db))
    return found[0] if found else None


def damaged(db: Path, *, kind: str) -> faults.RegisterDamagedError:
    """Set the file aside and build the error that offers the latest backup."""
    aside = set_aside(db, "damaged") if db.exists() else None
    newest = latest_backup(db)
    if kind == "missing":
        text = _("The register file {path} is missing, although this folder held a register.").format(path=db)
    elif kind == "empty":
        text = _("The register file {path} is empty (0 bytes): its contents were lost.").format(path=db)
    else:
        text = _("The register file {path} is damaged.").format(path=db)
    if aside is not None:
        text += " " + _("It was moved aside to {aside} and kept, untouched.").format(aside=aside.name)
    if newest is not None:
        text += " " + _("The latest backup is {backup}. Restore it with “studio-dsar restore --latest” "
                        "or from the window.").format(backup=newest.name)
    else:
        text += " " + _("No backup was found. Keep the file that was set aside and ask for help; "
                        "“studio-dsar restore --empty” starts a new, empty register.")
    cls = faults.RegisterMissingError if kind == "missing" else faults.RegisterDamagedError
    return cls(text, aside=aside, backup=newest)


def _remove_stale_parts(db: Path, older_than: float = 600.0) -> None:
    """Hidden temporary files of atomic writes cut short (a crash, a kill) are removed."""
    now = time.time()
    for folder in (db.parent, backups_dir(db)):
        try:
            candidates = list(folder.glob(".*.part"))
        except OSError:
            continue
        for p in candidates:
            try:
                if now - p.stat().st_mtime > older_than:
                    p.unlink()
            except OSError:
                pass


def _header_ok(db: Path) -> bool:
    with open(db, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def open_checked(db: Path, *, allow_create: bool = True) -> sqlite3.Connection:
    """Open ``db`` under the start-up lock: check it, create or migrate it. See module doc."""
    with faults.storage_errors(db), startup_lock(db):
        return open_locked(db, allow_create=allow_create)


def open_locked(db: Path, *, allow_create: bool = True) -> sqlite3.Connection:
    """:func:`open_checked` for a caller that already holds the start-up lock: the one place
    where a register is created (private from its first byte), connected, checked and migrated."""
    _remove_stale_parts(db)
    exists = db.exists()
    size = db.stat().st_size if exists else 0
    if not exists or size == 0:
        if had_register(db):
            raise damaged(db, kind="empty" if exists else "missing")
        if not allow_create:
            raise damaged(db, kind="missing")
        # A first start (or a first start cut short before anything was written).
        remove_register_files(db)
        _create_private(db)
    elif not _header_ok(db):
        raise damaged(db, kind="damaged")
    make_private(db)
    try:
        conn = connect(db)
    except sqlite3.DatabaseError as exc:
        if faults._sqlite_code(exc) in (11, 26):
            raise damaged(db, kind="damaged") from None
        raise
    try:
        ok = _quick_check(conn)
        if not ok:
            conn.close()
            raise damaged(db, kind="damaged")
        current = migrations.user_version(conn)
        if current > migrations.SCHEMA_VERSION:
            from studio_dsar.core.errors import StateError

            conn.close()
            raise StateError(
                _("This database was made by a newer version of studio-dsar; please update the app."))
        migrations.migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if faults._sqlite_code(exc) in (11, 26):
            raise damaged(db, kind="damaged") from None
        raise
    make_private(db)
    # Create the keychain key now, under the lock: two first starts must not each make one.
    from studio_dsar.core.store import keys

    keys.register_key("audit-seal")
    return conn


def _quick_check(conn: sqlite3.Connection) -> bool:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if faults._sqlite_code(exc) in (11, 26):
            return False
        raise
    return len(rows) == 1 and rows[0][0] == "ok"


def peek_setting(db: Path, key: str) -> Any:
    """A saved setting read without opening, checking or changing the register (None if any doubt)."""
    import json

    try:
        if not db.exists() or db.stat().st_size == 0:
            return None
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
        return json.loads(row[0]) if row else None
    except (OSError, sqlite3.Error, ValueError):
        return None
