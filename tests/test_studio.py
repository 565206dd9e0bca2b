"""The application object: the use cases both faces call."""

from __future__ import annotations

from datetime import date

from studio_dsar.core.studio import Studio


def test_register_use_cases_go_through_one_studio(private_home):
    with Studio.open() as studio:
        req = studio.new_request(requester_name="Anna de Vries", requester_email=None, rights=["access"],
                                 received_at=date(2026, 3, 5), channel="phone")
        assert studio.request(req.reference).requester_name == "Anna de Vries"
        assert [r.reference for r in studio.requests("open")] == [req.reference]
        assert studio.deadlines(req).legal_due == date(2026, 4, 7)
        studio.set_status(req.reference, "refused", reason="manifestly unfounded")
        assert studio.requests("open") == []
        assert studio.verify_audit() == []


def test_settings_are_read_once_and_refreshed_when_saved(private_home, monkeypatch):
    from studio_dsar.core import settings

    with Studio.open() as studio:
        calls = []
        real = settings.load
        monkeypatch.setattr(settings, "load", lambda *a, **k: calls.append(1) or real(*a, **k))
        assert studio.country == "NL" and studio.promise_days == 28
        assert len(calls) == 1  # cached: the second property did not read again
        studio.save_settings({"country": "BE", "promise_days": 21})
        assert (studio.country, studio.promise_days) == ("BE", 21)
    with Studio.open() as again:
        assert again.country == "BE"


def test_import_mails_dry_run_stores_nothing(private_home, tmp_path):
    mail = tmp_path / "request.eml"
    mail.write_text("From: Anna de Wit <anna@example.nl>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\n"
                    "Subject: Verwijder mijn gegevens\nMessage-ID: <req-1@example.nl>\n\n"
                    "Graag wil ik dat u al mijn persoonsgegevens verwijdert.\n", encoding="utf-8")
    with Studio.open() as studio:
        [outcome] = studio.import_mails([mail], dry_run=True)
        assert outcome.ok and not outcome.stored
        assert studio.requests() == []
