"""Helpers for the register's records (the records themselves are in :mod:`core.model`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, UTC

from studio_dsar.core import deadlines
from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _

from studio_dsar.core.model import Attachment, Request  # noqa: F401 - re-exported
from studio_dsar.core.vocab import CHANNELS, CLOSED_STATUSES, LANGUAGES, RIGHTS, STATUSES  # noqa: F401


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def normalise_received(received_at: str | datetime | date) -> str:
    if isinstance(received_at, datetime):
        if received_at.tzinfo is None:
            received_at = received_at.replace(tzinfo=deadlines.STUDIO_TZ)
        return received_at.isoformat()
    if isinstance(received_at, date):
        return datetime(received_at.year, received_at.month, received_at.day, 12, tzinfo=deadlines.STUDIO_TZ).isoformat()
    try:
        parsed = datetime.fromisoformat(received_at)
    except (TypeError, ValueError):
        raise InputError(_("The date of receipt is not a valid date.")) from None
    return normalise_received(parsed if "T" in received_at or " " in received_at else parsed.date())


def check_rights(rights: Iterable[str]) -> list[str]:
    rights = list(dict.fromkeys(rights))
    bad = [r for r in rights if r not in RIGHTS]
    if bad:
        raise InputError(_("Unknown right: {value}").format(value=", ".join(bad)))
    return [r for r in RIGHTS if r in rights]




def reference_key(reference: str) -> tuple[int, int, str]:
    year, _sep, number = reference.partition("-")
    try:
        return int(year), int(number), reference
    except ValueError:
        return 0, 0, reference
