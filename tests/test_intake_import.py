"""Importing mail files into the register: duplicates, broken files in a batch, dry runs, CLI."""

from __future__ import annotations

import json

import pytest

from studio_dsar.core.intake import SKIPPED_NOT_A_REQUEST, import_files


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_DSAR_HOME", str(tmp_path / "home"))


def _write(path, headers: str, body: str) -> str:
    path.write_bytes((headers.strip() + '\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n\n'
                      + body).encode("utf-8"))
    return str(path)


@pytest.fixture
def mails(tmp_path):
    d = tmp_path / "mails"
    d.mkdir()
    return {
        "request": _write(d / "request.eml",
                          "From: Anna de Wit <anna@example.nl>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\n"
                          "Subject: Verwijderen\nMessage-ID: <req-1@example.nl>",
                          "Graag al mijn gegevens verwijderen.\n\nAnna\n"),
        "no_id": _write(d / "no_id.eml",
                        "From: Tom <tom@example.com>\nSubject: Access",
                        "Please send me a copy of all the personal data you hold about me.\n"),
        "booking": _write(d / "booking.eml",
                          "From: Priya <priya@example.com>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\n"
                          "Subject: Shoot in juni\nMessage-ID: <book-1@example.com>",
                          "Hebben jullie nog plek voor een gezinsshoot in juni?\n"),
        "broken": str(_broken(d / "broken.eml")),
    }


def _broken(path):
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return path


def _store():
    from studio_dsar.core.store import Store

    return Store.open()


def test_import_stores_the_request_with_metadata(mails):
    with _store() as store:
        [out] = import_files([mails["request"]], store)
        assert out.ok and out.stored and not out.duplicate and out.skipped is None
        req = store.find_request_by_source_key("message-id:req-1@example.nl")
        assert req is not None and req.reference == out.reference
        assert req.requester_email == "anna@example.nl"
        assert req.rights == ["erasure"]
        assert req.received_at.isoformat() == "2024-03-05T10:00:00+01:00"


def test_reimport_is_recognised_as_duplicate(mails):
    with _store() as store:
        first = import_files([mails["request"], mails["no_id"]], store)
        again = import_files([mails["request"], mails["no_id"]], store)
        assert [o.stored for o in first] == [True, True]
        assert [o.duplicate for o in again] == [True, True]
        assert [o.reference for o in again] == [o.reference for o in first]
        assert len(store.list_requests()) == 2


def test_same_mail_twice_in_one_batch(mails):
    with _store() as store:
        outs = import_files([mails["request"], mails["request"]], store)
        assert [o.stored for o in outs] == [True, False]
        assert outs[1].duplicate and outs[1].reference == outs[0].reference


def test_a_broken_file_does_not_stop_the_batch(mails):
    with _store() as store:
        outs = import_files([mails["broken"], mails["request"], "/no/such/file.eml", mails["no_id"]], store)
        assert [o.ok for o in outs] == [False, True, False, True]
        assert "broken.eml" in outs[0].error
        assert outs[0].to_json() == {"file": "broken.eml", "error": outs[0].error}
        assert len(store.list_requests()) == 2


def test_non_requests_are_skipped_unless_asked(mails):
    with _store() as store:
        [skipped] = import_files([mails["booking"]], store)
        assert skipped.skipped == SKIPPED_NOT_A_REQUEST and not skipped.stored
        assert store.list_requests() == []
        [logged] = import_files([mails["booking"]], store, include_non_requests=True)
        assert logged.stored
        req = store.find_request_by_source_key("message-id:book-1@example.com")
        assert req.is_dsar is False and req.rights == []
        assert req.requester_email == "priya@example.com"


def test_missing_date_is_stored_with_file_time_and_flag(mails):
    with _store() as store:
        [out] = import_files([mails["no_id"]], store)
        req = store.get_request(out.reference)
        assert req.received_flag == "date_missing"
        assert out.record.received is None
        assert req.received_at.isoformat().startswith(out.record.received_fallback[:10])


def test_dry_run_writes_nothing(mails, tmp_path):
    from studio_dsar.core import paths

    outs = import_files([mails["request"], mails["booking"]], None, dry_run=True)
    assert [o.stored for o in outs] == [False, False]
    assert outs[0].record.is_dsar and outs[1].skipped == SKIPPED_NOT_A_REQUEST
    assert not paths.db_path().exists()


def test_progress_and_outcomes_see_every_file(mails):
    from studio_dsar.core.progress import Progress

    reports, outcomes = [], []
    import_files([mails["request"], mails["broken"]], None, dry_run=True,
                 progress=Progress(lambda pct, text: reports.append(pct)),
                 on_outcome=lambda o: outcomes.append(o.ok))
    assert outcomes == [True, False]
    assert reports == [0, 50, 100]


def test_cancel_stops_between_files(mails):
    from studio_dsar.core.errors import CancelledError
    from studio_dsar.core.progress import Progress

    progress, outcomes = Progress(), []

    def stop_after_first(outcome):
        outcomes.append(outcome)
        progress.cancel()

    with pytest.raises(CancelledError):
        import_files([mails["request"], mails["broken"]], None, dry_run=True,
                     progress=progress, on_outcome=stop_after_first)
    assert len(outcomes) == 1


# --------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------

def _run(argv, capsys):
    from studio_dsar.cli import main

    rc = main(argv)
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_cli_json_lines_and_exit_codes(mails, capsys):
    rc, out, _err = _run(["--lang", "en", "intake", "--json", mails["request"], mails["booking"]], capsys)
    assert rc == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["file"] for line in lines] == ["request.eml", "booking.eml"]
    first, second = lines
    for key in ("is_dsar", "rights", "language", "requester_name", "requester_email", "received",
                "attachments", "reference", "duplicate", "skipped", "flags", "received_fallback"):
        assert key in first
    assert first["reference"] and first["duplicate"] is False and first["skipped"] is None
    assert second["skipped"] == "not_a_request" and second["reference"] is None

    rc, out, _err = _run(["intake", "--json", mails["request"], mails["broken"]], capsys)
    assert rc == 1
    again, bad = [json.loads(line) for line in out.splitlines()]
    assert again["duplicate"] is True and again["reference"] == first["reference"]
    assert set(bad) == {"file", "error"} and bad["file"] == "broken.eml"


def test_cli_dry_run_and_all(mails, capsys):
    from studio_dsar.core import paths

    rc, out, _err = _run(["intake", "--dry-run", "--json", "--all", mails["booking"]], capsys)
    assert rc == 0
    line = json.loads(out)
    assert line["skipped"] is None and line["reference"] is None and line["is_dsar"] is False
    assert not paths.db_path().exists()
    rc, out, _err = _run(["intake", "--json", "--all", mails["booking"]], capsys)
    assert json.loads(out)["reference"]


def test_cli_human_summary_has_one_line_per_file(mails, capsys):
    rc, out_nl, _ = _run(["--lang", "nl", "intake", "--dry-run", mails["request"], mails["broken"]], capsys)
    rc_en, out_en, _ = _run(["--lang", "en", "intake", "--dry-run", mails["request"], mails["broken"]], capsys)
    assert rc == rc_en == 1
    assert "request.eml" in out_en and "broken.eml" in out_en
    assert "would be logged" in out_en
    assert len(out_nl.splitlines()) == len(out_en.splitlines()) == 2


def test_without_a_store_the_default_register_is_used(mails):
    from studio_dsar.core.store import Store

    [out] = import_files([mails["request"]])
    assert out.stored
    with Store.open() as store:  # STUDIO_DSAR_HOME points at this test's folder
        assert store.get_request(out.reference).requester_email == "anna@example.nl"


def _text_mail(frm: str, subject: str, body: str, msgid: str, date: str = "Mon, 4 Mar 2024 10:00:00 +0100") -> bytes:
    return (f"From: {frm}\nTo: studio@example.be\nSubject: {subject}\nDate: {date}\nMessage-ID: <{msgid}>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode("utf-8")


def test_reference_numbers_in_reminders():
    """A reminder is linked to the request it names; a number that only looks like a reference
    (an invoice 2024-0001) is not followed to someone else's request."""
    from studio_dsar.core.intake import import_records, parse_bytes
    from studio_dsar.core.intake.importer import references_in

    assert references_in("Factuur 2024-0001 is betaald. Uw kenmerk: 2024-0002, zie ook 2024-0003.") == [
        ("2024-0002", True), ("2024-0003", False)]
    assert references_in("Re: [2024-0007] Inzage") == [("2024-0007", True)]
    assert references_in("invoice no. 2024-0009, order #2024-0010, tel 2024-123") == []

    with _store() as store:
        [first] = import_records([("1.eml", parse_bytes(_text_mail(
            "Anna Peeters <anna@example.be>", "Inzage", "Graag inzage in mijn persoonsgegevens.", "a1@x"), "1.eml"))],
            store)
        ref = first.reference
        # someone else, reminding of their own request, mentions an invoice with the same number
        other = parse_bytes(_text_mail("Bert Claes <bert@example.be>", "Herinnering",
                                       "Dit is de tweede keer dat ik het vraag: verwijder al mijn gegevens. "
                                       f"Factuur {ref} heb ik overigens al betaald.", "b1@x",
                                       "Mon, 8 Apr 2024 10:00:00 +0200"), "2.eml")
        assert other.is_dsar and other.follow_up
        [out] = import_records([("2.eml", other)], store)
        assert out.stored and not out.linked and out.reference != ref
        # a lawyer names the reference: linked, whatever the address
        lawyer = parse_bytes(_text_mail("Mr. K. Claes <k.claes@advocaten.example>", "Herinnering",
                                        "Namens mijn cliënte Anna Peeters vraag ik u nogmaals om inzage in haar "
                                        f"persoonsgegevens (uw kenmerk {ref}); zij heeft nog steeds geen antwoord.",
                                        "c1@x", "Mon, 8 Apr 2024 11:00:00 +0200"), "3.eml")
        assert lawyer.is_dsar and lawyer.follow_up
        [out] = import_records([("3.eml", lawyer)], store)
        assert out.linked and out.reference == ref
        # the requester herself, with the bare number: linked
        own = parse_bytes(_text_mail("Anna Peeters <anna@example.be>", "Nog geen antwoord",
                                     "Ik wacht nog steeds op antwoord op mijn inzageverzoek van 4 maart, "
                                     f"{ref} bij jullie.", "a2@x",
                                     "Mon, 8 Apr 2024 12:00:00 +0200"), "4.eml")
        [out] = import_records([("4.eml", own)], store)
        assert out.linked and out.reference == ref


def _count_calls(monkeypatch, module, name: str) -> list[int]:
    calls = [0]
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_mail_is_parsed_and_classified_once_in_a_real_import(mails, monkeypatch):
    """The CLI's import: one MIME parse, one header decoding and one classification per mail."""
    from studio_dsar.core.intake import mime, parse

    parsed = _count_calls(monkeypatch, parse, "parse_eml_bytes")
    headers = _count_calls(monkeypatch, mime, "_headers_of")
    built = _count_calls(monkeypatch, parse, "build_record")
    with _store() as store:
        outcomes = import_files([mails["request"], mails["booking"]], store)
        assert outcomes[0].stored and store.get_mail(store.get_request(outcomes[0].reference).id) is not None
    assert (parsed[0], headers[0], built[0]) == (2, 2, 2)


def test_the_reviewed_import_classifies_once_and_keeps_the_mail(mails, monkeypatch, tmp_path):
    """The window's import reads every mail (a dry run), lets the owner correct, then stores what
    was chosen without classifying again; the mail (text and attachments) is still kept, read
    back from its file, since the first phase lets go of every parsed mail of the batch."""
    from dataclasses import dataclass

    from studio_dsar.core.intake import parse
    from studio_dsar.core.intake.batch import read_job, store_job
    from studio_dsar.core.progress import Progress
    from studio_dsar.core.studio import Studio

    built = _count_calls(monkeypatch, parse, "build_record")
    db = tmp_path / "r.db"
    outcomes = read_job(db, [mails["request"]])(Progress())
    assert outcomes[0].record is not None and outcomes[0].record.content is None  # nothing held past the file

    @dataclass
    class Item:
        path: str
        record: object

    report = store_job(db, outcomes, [Item(o.path, o.record) for o in outcomes])(Progress())
    assert built[0] == 1
    with Studio.open(db) as studio:
        kept = studio.mail(report.results[0].reference)
    assert kept is not None and "gegevens verwijderen" in kept.body


def test_a_mail_changed_between_review_and_import_is_not_kept_as_the_wrong_mail(mails, tmp_path):
    from pathlib import Path

    from studio_dsar.core.intake import parse_file, store_record

    record = parse_file(mails["request"])
    record.content = None
    Path(mails["request"]).write_bytes(Path(mails["booking"]).read_bytes())  # another mail now
    with _store() as store:
        request = store_record(store, record, source_path=mails["request"])
        assert store.get_mail(request.id) is None
