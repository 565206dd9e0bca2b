"""Dates written out for people, in the user's language, without Qt (core messages, the CLI).

The window formats its dates with QLocale in the same pattern ("dddd d MMMM yyyy"), so a
warning from the core reads like the rest of the window: "woensdag 25 november 2026".
"""

from __future__ import annotations

from datetime import date

from studio_dsar.core.i18n import N_, _

WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
            N_("Saturday"), N_("Sunday"))
MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
          N_("August"), N_("September"), N_("October"), N_("November"), N_("December"))


def long_date(day: date | None) -> str:
    """'Wednesday 25 November 2026' / 'woensdag 25 november 2026'."""
    if day is None:
        return ""
    return _("{weekday} {day} {month} {year}").format(
        weekday=_(WEEKDAYS[day.weekday()]), day=day.day, month=_(MONTHS[day.month - 1]), year=day.year)
