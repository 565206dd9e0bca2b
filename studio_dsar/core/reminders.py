"""Reminders: the start-up digest and what became due since the last look.

Works on :class:`studio_dsar.core.register.Entry` objects, so nothing is computed twice. The
window shows the digest when it opens and asks :func:`newly_due` on a timer while it runs (a
desktop notification for each request that crossed a line since the previous check); the
command line prints the same digest (``studio-dsar digest``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from studio_dsar.core.register import Entry
from studio_dsar.core.deadlines import studio_today

DEFAULT_AWAITING_ID_DAYS = 14  # an ID asked for longer ago than this is worth a reminder
WEEK_DAYS = 7
NOTICE_WARN_DAYS = 7  # warn this many days before the first month ends without a sent notice


@dataclass
class Digest:
    """Open requests that need the owner's attention, each list soonest first."""

    today: date
    overdue: list[Entry] = field(default_factory=list)
    due_this_week: list[Entry] = field(default_factory=list)
    awaiting_id: list[Entry] = field(default_factory=list)  # waiting for an ID for too long
    notice_unsent: list[Entry] = field(default_factory=list)  # extended, notice not (yet) sent
    awaiting_id_days: int = DEFAULT_AWAITING_ID_DAYS

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.due_this_week or self.awaiting_id or self.notice_unsent)

    @property
    def count(self) -> int:
        return len({e.reference for e in self.overdue + self.due_this_week + self.awaiting_id + self.notice_unsent})

    def to_json(self) -> dict[str, Any]:
        def item(e: Entry) -> dict[str, Any]:
            d = {"reference": e.reference, "due": e.due.isoformat(), "days_left": e.days_left,
                 "status": e.request.status}
            if e.awaiting_since:
                d["awaiting_since"] = e.awaiting_since.isoformat()
            if e.request.extended:
                d["extension_notice_by"] = e.deadlines.extension_notice_by.isoformat()
            return d

        return {
            "today": self.today.isoformat(),
            "overdue": [item(e) for e in self.overdue],
            "due_this_week": [item(e) for e in self.due_this_week],
            "awaiting_id": [item(e) for e in self.awaiting_id],
            "extension_notice_unsent": [item(e) for e in self.notice_unsent],
            "awaiting_id_days": self.awaiting_id_days,
        }


def waiting_days(entry: Entry, today: date) -> int | None:
    return (today - entry.awaiting_since).days if entry.awaiting_since else None


def build_digest(entries: Iterable[Entry], today: date | None = None, *,
                 awaiting_id_days: int = DEFAULT_AWAITING_ID_DAYS) -> Digest:
    today = today or studio_today()
    digest = Digest(today=today, awaiting_id_days=awaiting_id_days)
    for e in entries:
        if not e.is_open:
            continue
        if e.days_left < 0:
            digest.overdue.append(e)
        elif e.days_left <= WEEK_DAYS:
            digest.due_this_week.append(e)
        waited = waiting_days(e, today)
        if waited is not None and waited > awaiting_id_days:
            digest.awaiting_id.append(e)
        if e.extension_incomplete and (e.deadlines.extension_notice_by - today).days <= NOTICE_WARN_DAYS:
            digest.notice_unsent.append(e)
    for items in (digest.overdue, digest.due_this_week, digest.notice_unsent):
        items.sort(key=lambda e: (e.days_left, e.reference))
    digest.awaiting_id.sort(key=lambda e: (e.awaiting_since or today, e.reference))
    return digest


def alert_keys(entries: Iterable[Entry], today: date | None = None) -> set[tuple[str, str]]:
    """(reference, what) pairs that deserve a notification today: 'due' (due today or within
    a day), 'overdue', 'notice' (the extension notice must go out within a day)."""
    today = today or studio_today()
    keys: set[tuple[str, str]] = set()
    for e in entries:
        if not e.is_open:
            continue
        if e.days_left < 0:
            keys.add((e.reference, "overdue"))
        elif e.days_left <= 1:
            keys.add((e.reference, "due"))
        if e.extension_incomplete and (e.deadlines.extension_notice_by - today).days <= 1:
            keys.add((e.reference, "notice"))
    return keys


def newly_due(entries: Iterable[Entry], already: set[tuple[str, str]], today: date | None = None
              ) -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    """The alerts not announced before (sorted), and the new set of announced alerts."""
    now = alert_keys(entries, today)
    fresh = sorted(now - already)
    return fresh, already | now
