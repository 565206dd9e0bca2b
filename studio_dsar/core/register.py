"""The register as the owner sees it: each request with its deadlines computed once.

An :class:`Entry` holds one request, its deadlines, the days left, its urgency and the two facts
the reminders need (whether the extension notice was sent, since when the request waits for an
ID). The window's table, ``studio-dsar list``, the start-up digest and the calendar export all
read the same entries, so a deadline is computed once per change, not once per use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from studio_dsar.core import deadlines
from studio_dsar.core.model import Request
from studio_dsar.core.deadlines import studio_today

# How soon a deadline counts as "due soon" (amber), in days.
SOON_DAYS = deadlines.SOON_DAYS
_DEADLINES_JSON: dict[deadlines.Deadlines, dict[str, Any]] = {}


@dataclass(slots=True)
class Entry:
    request: Request
    deadlines: deadlines.Deadlines
    days_left: int
    urgency: str  # 'overdue' | 'soon' | 'ok' | 'closed'
    notice_sent: bool = False  # an extension notice was marked sent
    awaiting_since: date | None = None  # the day the status became 'awaiting_id'

    @property
    def reference(self) -> str:
        return self.request.reference

    @property
    def due(self) -> date:
        return self.deadlines.effective_due

    @property
    def is_open(self) -> bool:
        return self.request.is_open

    def to_json(self) -> dict[str, Any]:
        """The request as ``studio-dsar list --json`` prints it, with its deadlines."""
        d = self.request.to_json()
        dl_json = _DEADLINES_JSON.get(self.deadlines)
        if dl_json is None:  # many requests share a day of receipt, so the same Deadlines
            dl_json = _DEADLINES_JSON[self.deadlines] = self.deadlines.to_json()
        d["deadlines"] = dict(dl_json)
        d["days_left"] = self.days_left
        d["urgency"] = self.urgency
        if self.request.extended:
            d["extension_notice_sent"] = self.notice_sent
        if self.awaiting_since:
            d["awaiting_id_since"] = self.awaiting_since.isoformat()
        return d

    @property
    def extension_incomplete(self) -> bool:
        """Extended, but the notice the requester must receive was not (marked) sent."""
        return bool(self.request.extended and self.is_open and not self.notice_sent)


def make_entry(req: Request, country: str, promise_days: int, today: date | None = None, *,
               notice_sent: bool = False, awaiting_since: date | None = None) -> Entry:
    today = today or studio_today()
    dl = deadlines.compute_cached(deadlines.receipt_date(req.received_at), country, promise_days,
                                  bool(req.extended))
    left = (dl.effective_due - today).days
    # An extension whose notice was not sent yet is only as safe as the notice's own deadline.
    alarm = left
    if req.extended and not notice_sent:
        alarm = min(left, (dl.extension_notice_by - today).days)
    if not req.is_open:
        urgency = "closed"
    elif alarm < 0:
        urgency = "overdue"
    elif alarm <= SOON_DAYS:
        urgency = "soon"
    else:
        urgency = "ok"
    return Entry(req, dl, left, urgency, notice_sent, awaiting_since)


def build(requests: Iterable[Request], country: str, promise_days: int, today: date | None = None, *,
          notices_sent: Iterable[int] = (), awaiting_since: Mapping[int, str] | None = None) -> list[Entry]:
    """Entries for ``requests``; ``notices_sent`` holds the ids of requests whose extension notice
    was sent, ``awaiting_since`` maps request id -> ISO time the status became 'awaiting_id'."""
    today = today or studio_today()
    sent = set(notices_sent)
    since = awaiting_since or {}
    out = []
    for req in requests:
        waiting = None
        if req.status == "awaiting_id":
            waiting = _day(since.get(req.id) or req.updated_at)
        out.append(make_entry(req, country, promise_days, today,
                              notice_sent=req.id in sent, awaiting_since=waiting))
    return out


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(deadlines.STUDIO_TZ)
    return moment.date()


def sort_key(entry: Entry) -> tuple[int, int, str]:
    """Soonest deadline first; closed requests after the open ones, most recent first."""
    if entry.is_open:
        return (0, entry.days_left, entry.reference)
    return (1, -entry.days_left, entry.reference)
