from datetime import date, datetime, UTC

import pytest

from studio_dsar.core import deadlines as dl


@pytest.mark.parametrize(
    "received, country, due",
    [
        ("2026-03-05", "NL", "2026-04-07"),  # 5 Apr Sunday, 6 Apr Easter Monday
        ("2026-01-31", "NL", "2026-03-02"),  # no 31 Feb -> 28 Feb (Sat) -> Mon 2 Mar
        ("2026-06-21", "BE", "2026-07-22"),  # 21 Jul is the Belgian national day
        ("2026-06-21", "NL", "2026-07-21"),
        ("2026-11-25", "NL", "2026-12-28"),  # Christmas, second Christmas day, Sunday
        ("2026-03-31", "NL", "2026-04-30"),  # no 31 Apr -> last day of April
        ("2026-03-31", "BE", "2026-04-30"),
        ("2024-01-31", "NL", "2024-02-29"),  # leap year: 29 Feb is a Thursday
        ("2026-04-27", "BE", "2026-05-27"),
        ("2026-03-26", "NL", "2026-04-28"),  # 26 Apr Sunday, 27 Apr King's Day
    ],
)
def test_legal_due_examples(received, country, due):
    assert dl.legal_due(received, country).isoformat() == due


def test_extension_is_three_months_from_receipt():
    assert dl.extended_due("2026-03-05", "NL") == date(2026, 6, 5)
    # 30 Nov + 3 months = 28 Feb 2027 (Sunday) -> Monday 1 March
    assert dl.extended_due("2026-11-30", "NL") == date(2027, 3, 1)


def test_receipt_day_is_the_studio_local_date():
    # 23:30 UTC on 4 March is 00:30 on 5 March in Amsterdam/Brussels
    received = datetime(2026, 3, 4, 23, 30, tzinfo=UTC)
    assert dl.receipt_date(received) == date(2026, 3, 5)
    assert dl.legal_due(received, "NL") == date(2026, 4, 7)
    assert dl.receipt_date("2026-03-04T23:30:00+00:00") == date(2026, 3, 5)


def test_compute_json_and_effective_due():
    d = dl.compute("2026-03-05", "NL", promise_days=28)
    j = d.to_json()
    assert j["legal_due"] == "2026-04-07"
    assert j["promised_due"] == "2026-04-02"
    assert j["extension_notice_by"] == "2026-04-07"
    assert j["extended_due"] == "2026-06-05"
    assert j["due"] == "2026-04-02"  # the promise is earlier than the law
    assert dl.compute("2026-03-05", "NL", promise_days=31).effective_due == date(2026, 4, 5)
    assert dl.compute("2026-03-05", "NL", extended=True).effective_due == date(2026, 6, 5)


def test_urgency_and_extension_window():
    due = date(2026, 4, 7)
    assert dl.urgency(due, date(2026, 4, 8)) == "overdue"
    assert dl.urgency(due, date(2026, 3, 31)) == "soon"
    assert dl.urgency(due, date(2026, 3, 30)) == "ok"
    assert dl.can_extend("2026-03-05", "NL", today=date(2026, 4, 7))
    assert not dl.can_extend("2026-03-05", "NL", today=date(2026, 4, 8))


def test_unknown_country_is_rejected():
    with pytest.raises(ValueError):
        dl.legal_due("2026-03-05", "DE")
