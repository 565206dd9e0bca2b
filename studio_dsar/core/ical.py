"""Deadlines as an iCalendar file (RFC 5545) for the owner's own calendar.

One all-day event per date that matters for each open request: the legal deadline, the
studio's promise, the last day to send an extension notice, the extended deadline. Events
carry the request's reference and nothing else about the person: no name, no address, no
rights (a calendar is often synced to a cloud service). UIDs are stable, so importing the
file again, or subscribing to it, updates the events instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, UTC

from studio_dsar.core.i18n import N_, _
from studio_dsar.core.register import Entry

PRODID = "-//studio-dsar//deadlines//EN"

EVENT_KINDS = {
    "legal": N_("Legal deadline {ref}"),
    "promised": N_("Promised answer {ref}"),
    "notice": N_("Last day for the extension notice {ref}"),
    "extended": N_("Extended deadline {ref}"),
}


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets are folded (RFC 5545 section 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def events_for(entry: Entry) -> list[tuple[str, date]]:
    """(kind, day) pairs for one open request."""
    if not entry.is_open:
        return []
    dl = entry.deadlines
    req = entry.request
    if req.extended:
        events = [("extended", dl.extended_due)]
        if not entry.notice_sent:
            events.append(("notice", dl.extension_notice_by))
        return events
    events = [("legal", dl.legal_due)]
    if dl.promised_due != dl.legal_due:
        events.append(("promised", dl.promised_due))
    return events


def calendar(entries: Iterable[Entry], *, now: datetime | None = None) -> str:
    """The iCalendar text (CRLF line ends) for the open requests among ``entries``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:" + _escape(_("GDPR deadlines"))]
    for entry in entries:
        for kind, day in events_for(entry):
            ref = entry.reference
            lines += [
                "BEGIN:VEVENT",
                f"UID:{ref}-{kind}@studio-dsar",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
                "SUMMARY:" + _escape(_(EVENT_KINDS[kind]).format(ref=ref)),
                "TRANSP:TRANSPARENT",
                "CLASS:PRIVATE",
            ]
            if kind in ("legal", "extended", "notice"):
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P2D",
                          "DESCRIPTION:" + _escape(_(EVENT_KINDS[kind]).format(ref=ref)), "END:VALARM"]
            lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for line in lines:
        folded += _fold(line)
    return "\r\n".join(folded) + "\r\n"
