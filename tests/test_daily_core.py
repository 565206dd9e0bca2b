"""The owner's daily work in the core: register entries, the digest, notifications, the
calendar export, the kept mail, deleting and restoring, letters marked sent."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime, timedelta, UTC

import pytest

from studio_dsar.core import ical, mailkeep, register, reminders
from studio_dsar.core.errors import InputError, StateError
from studio_dsar.core.deadlines import studio_today

TODAY = date(2026, 11, 25)  # a Wednesday


def add(store, name, received, *, status=None, rights=("access",)):
    req = store.create_request(requester_name=name, requester_email=f"{name.split()[0].lower()}@example.nl",
                               rights=list(rights), received_at=received)
    if status == "awaiting_id":
        from studio_dsar.core.studio import Studio

        Studio(store).record_id_reason(req.reference, "The name in the mail differs from the signature")
    elif status:
        store.set_status(req.reference, status, reason="Unfounded" if status == "refused" else None)
    return store.get_request(req.reference)


def entries(store, today=TODAY):
    return register.build(store.list_requests("all"), "NL", 28, today,
                          notices_sent=store.extension_notices_sent(),
                          awaiting_since=store.status_since("awaiting_id"))


# -- entries and digest ------------------------------------------------------------------------
def test_digest_sorts_requests_into_overdue_due_this_week_and_waiting(store):
    late = add(store, "Anna Late", TODAY - timedelta(days=40))
    soon = add(store, "Bram Soon", TODAY - timedelta(days=24))  # promise (28 days) in 4 days
    calm = add(store, "Cor Calm", TODAY - timedelta(days=2))
    add(store, "Dirk Done", TODAY - timedelta(days=60), status="answered")
    digest = reminders.build_digest(entries(store), TODAY)
    assert [e.reference for e in digest.overdue] == [late.reference]
    assert [e.reference for e in digest.due_this_week] == [soon.reference]
    assert calm.reference not in {e.reference for e in digest.overdue + digest.due_this_week}
    assert digest.count == 2 and not digest.empty
    data = digest.to_json()
    assert data["overdue"][0]["reference"] == late.reference
    assert data["overdue"][0]["days_left"] < 0


def test_digest_lists_requests_waiting_for_an_id_longer_than_the_limit(store):
    req = add(store, "Eva Waiting", studio_today() - timedelta(days=3), status="awaiting_id")
    today = studio_today()
    assert reminders.build_digest(entries(store, today), today, awaiting_id_days=14).awaiting_id == []
    later = today + timedelta(days=15)
    digest = reminders.build_digest(entries(store, later), later, awaiting_id_days=14)
    assert [e.reference for e in digest.awaiting_id] == [req.reference]
    assert reminders.waiting_days(digest.awaiting_id[0], later) == 15


def test_extension_is_incomplete_until_its_notice_is_marked_sent(store):
    received = studio_today() - timedelta(days=25)
    req = add(store, "Fay Extended", received)
    store.extend(req.reference, reason="Many requests at once", country="NL")
    today = studio_today()
    entry = entries(store, today)[0]
    assert entry.extension_incomplete
    assert entry.urgency == "soon"  # the notice is due within days, though the deadline is far
    assert [e.reference for e in reminders.build_digest([entry], today).notice_unsent] == [req.reference]
    store.record_letter(req.reference, kind="extension", language="nl", filename="verlenging.pdf", sha256="0" * 64)
    letter = store.letters(req.reference)[0]
    assert letter["sent_at"] is None
    store.mark_letter_sent(letter["id"])
    entry = entries(store, today)[0]
    assert not entry.extension_incomplete and entry.urgency == "ok"
    assert reminders.build_digest([entry], today).notice_unsent == []
    assert store.letters(req.reference)[0]["sent_at"]
    events = [e.event for e in store.audit_entries(req.id)]
    assert events[-1] == "letter_sent"
    store.unmark_letter_sent(letter["id"])
    assert entries(store, today)[0].extension_incomplete


def test_notifications_announce_each_alert_once(store):
    req = add(store, "Gijs Due", TODAY - timedelta(days=27))  # promise tomorrow
    fresh, seen = reminders.newly_due(entries(store), set(), TODAY)
    assert fresh == [(req.reference, "due")]
    again, seen = reminders.newly_due(entries(store), seen, TODAY)
    assert again == []
    later = TODAY + timedelta(days=3)
    fresh, seen = reminders.newly_due(entries(store, later), seen, later)
    assert fresh == [(req.reference, "overdue")]


# -- calendar ------------------------------------------------------------------------------------
def test_calendar_has_the_dates_of_open_requests_and_no_personal_data(store):
    open_req = add(store, "Hanna Secret", TODAY - timedelta(days=5), rights=("erasure",))
    add(store, "Ivo Closed", TODAY - timedelta(days=5), status="answered")
    text = ical.calendar(entries(store), now=datetime(2026, 11, 25, 9, tzinfo=UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 2  # legal deadline and promise of the open one only
    assert f"UID:{open_req.reference}-legal@studio-dsar" in text
    dl = open_req.deadlines("NL", 28)
    assert f"DTSTART;VALUE=DATE:{dl.legal_due:%Y%m%d}" in text
    assert f"DTSTART;VALUE=DATE:{dl.promised_due:%Y%m%d}" in text
    for private in ("Hanna", "Secret", "hanna@example.nl", "erasure", "Ivo"):
        assert private not in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_calendar_of_an_extended_request_reminds_of_the_unsent_notice(store):
    req = add(store, "Jan Ext", studio_today() - timedelta(days=3))
    store.extend(req.reference, reason="Complex", country="NL")
    text = ical.calendar(entries(store, studio_today()))
    assert f"UID:{req.reference}-extended@studio-dsar" in text
    assert f"UID:{req.reference}-notice@studio-dsar" in text
    assert f"UID:{req.reference}-legal@studio-dsar" not in text


# -- delete and restore ---------------------------------------------------------------------
def test_delete_needs_a_reason_hides_the_request_and_can_be_undone(store):
    req = add(store, "Karel Mistake", TODAY - timedelta(days=1))
    with pytest.raises(InputError):
        store.delete_request(req.reference, reason="  ")
    store.delete_request(req.reference, reason="Imported by mistake")
    assert store.list_requests("all") == []
    assert [r.reference for r in store.deleted_requests()] == [req.reference]
    with pytest.raises(StateError):
        store.set_status(req.reference, "answered")
    store.restore_request(req.reference)
    assert [r.reference for r in store.list_requests("all")] == [req.reference]
    events = [(e.event, e.details.get("reason")) for e in store.audit_entries(req.id)]
    assert ("deleted", "Imported by mistake") in events and events[-1][0] == "restored"
    assert store.verify_audit() == []


def test_purge_removes_personal_data_of_deleted_requests_but_keeps_the_audit_trail(store):
    req = add(store, "Lot Purged", TODAY - timedelta(days=1))
    store.delete_request(req.reference, reason="Spam")
    assert store.purge_deleted() == [req.reference]
    row = store.conn.execute("SELECT requester_name, requester_email, notes FROM requests WHERE id = ?",
                             (req.id,)).fetchone()
    assert row["requester_name"] != "Lot Purged" and row["requester_email"] is None
    with pytest.raises(StateError):
        store.restore_request(req.reference)
    assert store.verify_audit() == []


def test_list_fetches_attachments_in_one_go(store):
    a = store.create_request(requester_name="Mia", requester_email=None, rights=["access"], received_at=TODAY,
                             attachments=[{"filename": "a.pdf", "content_type": "application/pdf", "size": 3}])
    b = store.create_request(requester_name="Nico", requester_email=None, rights=["access"], received_at=TODAY)
    listed = {r.reference: r for r in store.list_requests("all")}
    assert [x.filename for x in listed[a.reference].attachments] == ["a.pdf"]
    assert listed[b.reference].attachments == []
    # The fast path builds the same records as reading one request.
    assert listed[a.reference] == store.get_request(a.reference)
    assert listed[b.reference] == store.get_request(b.reference)


# -- the kept mail -------------------------------------------------------------------------------
def test_sanitise_removes_controls_and_masks_identification_numbers():
    text = "Hallo\r\n\x1b[31mrood\u202e omgekeerd\nMijn BSN is 111222333.\n\n\n\n\nGroet"
    clean = mailkeep.sanitise(text)
    assert "\x1b" not in clean and "\u202e" not in clean and "\r" not in clean
    assert "111222333" not in clean and "[…]" in clean
    assert "\n\n\n\n" not in clean


def test_temporary_copies_are_private_and_removed(tmp_path):
    views = mailkeep.TempViews(tmp_path, keep_seconds=60)
    path = views.write(b"%PDF-1.4 data", "../../brief 111222333.pdf")
    assert path.parent.parent == tmp_path and path.read_bytes() == b"%PDF-1.4 data"
    assert "111222333" not in path.name and ".." not in path.name
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert views.remove_expired() == 0 and path.exists()
    assert views.remove_expired(now=views.files[0][0] + 61) == 1
    assert not path.exists() and not path.parent.exists()
    stale = tmp_path / (mailkeep.TEMP_PREFIX + "old")
    stale.mkdir()
    (stale / "x.pdf").write_bytes(b"x")
    assert mailkeep.TempViews(tmp_path).remove_stale() == 1 and not stale.exists()


def test_save_and_read_the_kept_mail(store):
    req = add(store, "Olga Mail", TODAY)
    kept = mailkeep.KeptMail(sender="Olga <olga@example.nl>", recipients="info@studio.nl",
                             sent="2026-11-25T10:00:00+01:00", subject="Inzage", body="Graag inzage. BSN 111222333")
    store.save_mail(req.id, kept)
    back = store.get_mail(req.id)
    assert back.subject == "Inzage" and back.sender.startswith("Olga")
    assert "111222333" not in back.body


def test_the_app_has_one_today_the_studios_not_the_computers():
    """Waiting times come from audit stamps read in the studio's time zone; a 'today' taken from
    the computer's clock zone disagrees with them for an hour or two each night (a request put on
    hold at 00:30 in Amsterdam would have waited -1 days on a laptop set to UTC)."""
    import pathlib
    import re

    import studio_dsar

    root = pathlib.Path(studio_dsar.__file__).parent
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if re.search(r"\bdate\.today\(\)|datetime\.today\(\)", p.read_text(encoding="utf-8"))]
    assert offenders == []
    from studio_dsar.core import deadlines

    assert deadlines.studio_today() == datetime.now(deadlines.STUDIO_TZ).date()
