"""One place that turns operating-system and SQLite failures into messages a user can act on.

A full disk, a read-only or foreign folder, a register held by another window, or a damaged
database file must never reach the user as a traceback. :func:`translate` maps an
``OSError`` or ``sqlite3.Error`` to a typed :class:`StorageError` with a translated sentence;
the CLI (``cli/main.py``) and the window (``gui/app.py``) both call it, and the store raises
the typed errors itself where it knows more (see :mod:`studio_dsar.core.store.connection`).

The messages name the file or folder concerned, never its contents.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _


class StorageError(DsarError):
    """The register or a file could not be read or written; nothing was changed."""

    exit_code = 6


class DiskFullError(StorageError):
    pass


class ReadOnlyError(StorageError):
    pass


class PermissionDeniedError(StorageError):
    pass


class RegisterBusyError(StorageError):
    pass


class RegisterDamagedError(StorageError):
    """The register file is damaged (or empty); it was set aside and a restore is offered."""

    exit_code = 7

    def __init__(self, message: str, *, aside: Path | None = None, backup: Path | None = None):
        super().__init__(message)
        self.aside = aside
        self.backup = backup


class RegisterMissingError(RegisterDamagedError):
    """The register file is gone although there is evidence that one existed."""


# SQLite primary result codes (sqlite3.Error.sqlite_errorcode & 0xff)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_PERM, _SQLITE_NOTADB = 3, 26


def _where(path: str | Path | None) -> str:
    return str(path) if path else _("the data folder")


def disk_full(path: str | Path | None = None) -> DiskFullError:
    return DiskFullError(
        _("The disk is full, so nothing was saved ({where}). Make some space free and try again; "
          "everything saved before is still there.").format(where=_where(path)))


def read_only(path: str | Path | None = None) -> ReadOnlyError:
    return ReadOnlyError(
        _("{where} cannot be written to (read-only). Nothing was changed. Choose another folder "
          "or make this one writable.").format(where=_where(path)))


def permission_denied(path: str | Path | None = None) -> PermissionDeniedError:
    return PermissionDeniedError(
        _("You do not have permission to use {where}. Nothing was changed. Check the folder's "
          "permissions or choose another folder.").format(where=_where(path)))


def busy() -> RegisterBusyError:
    return RegisterBusyError(
        _("The register is busy in another window or command. Nothing was changed; try again in a moment."))


def _sqlite_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF
    text = str(exc).lower()  # Python < 3.11 compatibility and wrapped errors
    for needle, value in (("disk is full", _SQLITE_FULL), ("readonly", _SQLITE_READONLY),
                          ("locked", _SQLITE_BUSY), ("malformed", _SQLITE_CORRUPT),
                          ("not a database", _SQLITE_NOTADB), ("unable to open", _SQLITE_CANTOPEN)):
        if needle in text:
            return value
    return None


def _nearly_full(path: str | Path | None, margin: int = 1 << 20) -> bool:
    """Is the filesystem holding ``path`` (nearly) out of space?"""
    if not path:
        return False
    import shutil

    p = Path(path)
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        return shutil.disk_usage(p).free < margin
    except OSError:
        return False


def translate(exc: BaseException, path: str | Path | None = None) -> DsarError | None:
    """The typed, translated error for ``exc``, or None when it is not a storage failure."""
    if isinstance(exc, DsarError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = _sqlite_code(exc)
        if code == _SQLITE_FULL:
            return disk_full(path)
        if code == _SQLITE_READONLY:
            return read_only(path)
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return busy()
        if code in (_SQLITE_PERM, _SQLITE_CANTOPEN):
            return permission_denied(path)
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return RegisterDamagedError(
                _("The register file is damaged ({where}). Close the app and start it again: it will "
                  "set the damaged file aside and offer to restore the latest backup.").format(where=_where(path)))
        if code == _SQLITE_IOERR:
            if _nearly_full(path):  # WAL writes report a full disk as an I/O error
                return disk_full(path)
            return StorageError(
                _("The disk reported an error while using {where}. Nothing was changed. Check the disk "
                  "and try again.").format(where=_where(path)))
        return None
    if isinstance(exc, OSError):
        where = path or getattr(exc, "filename", None)
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return disk_full(where)
        if exc.errno == errno.EROFS:
            return read_only(where)
        if exc.errno in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
            return permission_denied(where)
        if isinstance(exc, FileNotFoundError):
            return StorageError(_("{where} does not exist.").format(where=_where(where)))
        if isinstance(exc, IsADirectoryError):
            return StorageError(_("{where} is a folder, not a file.").format(where=_where(where)))
        if _nearly_full(where):
            return disk_full(where)
        return StorageError(
            _("{where} could not be used ({reason}). Nothing was changed.").format(
                where=_where(where), reason=exc.strerror or type(exc).__name__))
    return None


@contextmanager
def storage_errors(path: str | Path | None = None) -> Iterator[None]:
    """Re-raise OSError/sqlite3.Error inside the block as the translated StorageError."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        typed = translate(exc, path)
        if typed is None:
            raise
        raise typed from exc
