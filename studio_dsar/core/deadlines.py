"""GDPR response deadlines, computed as the law says.

Art. 12(3) GDPR gives one month from receipt, extendable by two further months. Periods are
counted with Regulation (EEC, Euratom) No 1182/71:

* Art. 3(1): the day of receipt itself does not count;
* Art. 3(2)(c): a period of months ends on the day of the last month with the same date as the
  day of receipt, or on that month's last day when it has no such date;
* Art. 3(4): a period ending on a Saturday, Sunday or public holiday ends on the next working day.

Public holidays are those of the studio's country (NL or BE) from the ``holidays`` package.
The day of receipt is the calendar date in the studio's time zone (both countries use
Europe/Brussels time), so a mail sent at 23:30 UTC on the 4th counts as received on the 5th.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:  # imported when first needed: ``studio-dsar --help`` must not pay for them
    import holidays

COUNTRIES = ("NL", "BE")
STUDIO_TZ = ZoneInfo("Europe/Amsterdam")  # same rules as Europe/Brussels
DEFAULT_PROMISE_DAYS = 28
SOON_DAYS = 7


def studio_today() -> date:
    """Today in the studio's time zone: the one "today" of the whole app (deadlines, reminders,
    waiting times, dates in letters), whatever time zone the computer is set to."""
    return datetime.now(STUDIO_TZ).date()


@lru_cache(maxsize=64)
def _holidays(country: str, year: int) -> holidays.HolidayBase:
    if country not in COUNTRIES:
        raise ValueError(f"unsupported country {country!r}")
    import holidays

    return holidays.country_holidays(country, years=year)


# Holiday dates per (country, year). Filled from the ``holidays`` package when first needed,
# or from a copy the register kept (see :func:`remember_holidays`), so an app start need not
# import the package at all.
_HOLIDAY_DATES: dict[tuple[str, int], frozenset[date]] = {}
_COMPUTED: set[tuple[str, int]] = set()  # years filled from the package in this process


def _holiday_dates(country: str, year: int) -> frozenset[date]:
    """The public holidays of ``country`` in ``year`` as plain dates (a fast set lookup)."""
    key = (country, year)
    dates = _HOLIDAY_DATES.get(key)
    if dates is None:
        dates = _HOLIDAY_DATES[key] = frozenset(_holidays(country, year).keys())
        _COMPUTED.add(key)
    return dates


def remember_holidays(saved: dict[str, list[str]]) -> None:
    """Take holiday dates kept earlier (``{"NL:2026": ["2026-01-01", ...]}``)."""
    for key, days in saved.items():
        try:
            country, year = key.split(":")
            _HOLIDAY_DATES.setdefault((country, int(year)), frozenset(date.fromisoformat(d) for d in days))
        except (ValueError, TypeError):
            continue


def computed_holidays() -> dict[str, list[str]]:
    """The holiday dates this process took from the package (to keep for the next start)."""
    return {f"{c}:{y}": sorted(d.isoformat() for d in _HOLIDAY_DATES[(c, y)]) for c, y in sorted(_COMPUTED)}


def is_working_day(day: date, country: str) -> bool:
    return day.weekday() < 5 and day not in _holiday_dates(country, day.year)


def next_working_day(day: date, country: str) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, country):
        day += timedelta(days=1)
    return day


def add_months_1182(start: date, months: int) -> date:
    """End of a period of ``months`` months running from ``start`` (Art. 3(2)(c) 1182/71):
    the same date ``months`` months later, or that month's last day when it has no such date
    (31 January + 1 month = 28 or 29 February)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def receipt_date(received: date | datetime | str) -> date:
    """The calendar day of receipt in the studio's time zone."""
    if isinstance(received, str):
        received = datetime.fromisoformat(received) if "T" in received or " " in received else date.fromisoformat(received)
    if isinstance(received, datetime):
        if received.tzinfo is not None:
            received = received.astimezone(STUDIO_TZ)
        return received.date()
    return received


def legal_due(received: date | datetime | str, country: str) -> date:
    return next_working_day(add_months_1182(receipt_date(received), 1), country)


def extended_due(received: date | datetime | str, country: str) -> date:
    """Three months from receipt (one month plus the two-month extension of Art. 12(3))."""
    return next_working_day(add_months_1182(receipt_date(received), 3), country)


def promised_due(received: date | datetime | str, promise_days: int = DEFAULT_PROMISE_DAYS) -> date:
    """The studio's own promise (e.g. four weeks), counted in calendar days from receipt."""
    return receipt_date(received) + timedelta(days=promise_days)


@dataclass(frozen=True)
class Deadlines:
    received: date
    legal_due: date
    promised_due: date
    extension_notice_by: date
    extended_due: date
    extended: bool

    @property
    def effective_due(self) -> date:
        """The date that drives the colours: the earlier of promise and law, or the extension."""
        if self.extended:
            return self.extended_due
        return min(self.legal_due, self.promised_due)

    def to_json(self) -> dict[str, Any]:
        return {
            "received": self.received.isoformat(),
            "legal_due": self.legal_due.isoformat(),
            "promised_due": self.promised_due.isoformat(),
            "extension_notice_by": self.extension_notice_by.isoformat(),
            "extended_due": self.extended_due.isoformat(),
            "extended": self.extended,
            "due": self.effective_due.isoformat(),
        }


def compute(
    received: date | datetime | str,
    country: str,
    *,
    promise_days: int = DEFAULT_PROMISE_DAYS,
    extended: bool = False,
) -> Deadlines:
    day = receipt_date(received)
    legal = legal_due(day, country)
    return Deadlines(
        received=day,
        legal_due=legal,
        promised_due=promised_due(day, promise_days),
        extension_notice_by=legal,
        extended_due=extended_due(day, country),
        extended=extended,
    )


@lru_cache(maxsize=8192)
def compute_cached(received: date | datetime | str, country: str, promise_days: int, extended: bool) -> Deadlines:
    """:func:`compute`, remembered: a register has many requests received on the same day, and
    the result (a frozen dataclass) depends on nothing else."""
    return compute(received, country, promise_days=promise_days, extended=extended)


def days_left(due: date, today: date | None = None) -> int:
    return (due - (today or studio_today())).days


def urgency(due: date, today: date | None = None) -> str:
    """'overdue' (red), 'soon' (amber, within 7 days) or 'ok'."""
    left = days_left(due, today)
    if left < 0:
        return "overdue"
    if left <= SOON_DAYS:
        return "soon"
    return "ok"


def can_extend(received: date | datetime | str, country: str, today: date | None = None) -> bool:
    """An extension must be notified within the first month (Art. 12(3)): not after the legal date."""
    return (today or studio_today()) <= legal_due(received, country)
