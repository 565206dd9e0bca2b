"""Exceptions that carry the message a user should read.

The CLI prints ``str(exc)`` and exits 1; the GUI shows it as plain text. Messages are
translated when raised (see :mod:`studio_dsar.core.i18n`) and never contain a sensitive value.
"""


class DsarError(Exception):
    """Base class: ``str(exc)`` is a complete, translated sentence for the user."""

    exit_code = 1


class InputError(DsarError):
    """The user gave us a file or value we cannot use (corrupt, encrypted, too large, ...)."""

    exit_code = 2


class NotFoundError(DsarError):
    """A request, letter template or file that does not exist."""

    exit_code = 3


class StateError(DsarError):
    """An action that is not allowed now (e.g. an extension after the deadline)."""

    exit_code = 4


class ProfileError(DsarError):
    """The studio profile lacks something a letter needs."""

    exit_code = 5


class CancelledError(DsarError):
    """Long work cancelled by the user."""

    exit_code = 130
