"""The daily-work commands: digest, calendar, delete/undelete, letters and sent, list filters;
and the mail kept at import (text always, attachments encrypted when there is a keychain)."""

from __future__ import annotations

import json
from datetime import timedelta
from email.message import EmailMessage

from studio_dsar.cli import main
from studio_dsar.core.deadlines import studio_today


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def new(capsys, name, days_ago, rights="access"):
    received = (studio_today() - timedelta(days=days_ago)).isoformat()
    code, out, _ = run(capsys, "new", "--name", name, "--rights", rights, "--received", received, "--json")
    assert code == 0
    return json.loads(out)["reference"]


def test_digest_and_list_filters(capsys):
    late = new(capsys, "Otto Overdue", 40, "erasure")
    soon = new(capsys, "Sara Soon", 24)
    new(capsys, "Carl Calm", 1)
    code, out, _ = run(capsys, "digest", "--json")
    digest = json.loads(out)
    assert code == 0
    assert [d["reference"] for d in digest["overdue"]] == [late]
    assert [d["reference"] for d in digest["due_this_week"]] == [soon]
    _, out, _ = run(capsys, "list", "--status", "overdue", "--json")
    assert [r["reference"] for r in json.loads(out)] == [late]
    _, out, _ = run(capsys, "list", "--right", "erasure", "--json")
    rows = json.loads(out)
    assert [r["reference"] for r in rows] == [late] and rows[0]["urgency"] == "overdue"
    code, out, _ = run(capsys, "digest")
    assert code == 0 and late in out


def test_calendar_to_stdout_and_file(capsys, tmp_path):
    ref = new(capsys, "Hanna Private", 3)
    code, out, _ = run(capsys, "calendar", "-")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR") and f"UID:{ref}-legal@studio-dsar" in out
    assert "Hanna" not in out
    target = tmp_path / "deadlines.ics"
    code, out, _ = run(capsys, "calendar", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 2


def test_delete_needs_a_reason_and_undelete_brings_it_back(capsys):
    ref = new(capsys, "Dirk Mistake", 2)
    code, _, err = run(capsys, "delete", ref, "--reason", " ")
    assert code != 0 and err
    assert run(capsys, "delete", ref, "--reason", "Imported by mistake")[0] == 0
    _, out, _ = run(capsys, "list", "--json")
    assert json.loads(out) == []
    _, out, _ = run(capsys, "deleted", "--json")
    assert json.loads(out)[0]["reference"] == ref
    assert run(capsys, "undelete", ref)[0] == 0
    _, out, _ = run(capsys, "list", "--json")
    assert [r["reference"] for r in json.loads(out)] == [ref]


def test_letters_marked_sent(capsys):
    from studio_dsar.core.store import Store

    ref = new(capsys, "Vera Sent", 2)
    with Store.open() as store:
        store.record_letter(ref, kind="acknowledgement", language="nl", filename="ontvangst.pdf", sha256="0" * 64)
    _, out, _ = run(capsys, "letters", ref, "--json")
    [letter] = json.loads(out)
    assert letter["sent_at"] is None
    assert run(capsys, "sent", str(letter["id"]))[0] == 0
    _, out, _ = run(capsys, "letters", ref, "--json")
    assert json.loads(out)[0]["sent_at"]
    assert run(capsys, "sent", str(letter["id"]), "--undo")[0] == 0
    _, out, _ = run(capsys, "letters", ref, "--json")
    assert json.loads(out)[0]["sent_at"] is None


def _mail(tmp_path):
    msg = EmailMessage()
    msg["From"] = "Mila Jansen <mila@example.nl>"
    msg["To"] = "info@studio.nl"
    msg["Subject"] = "Verzoek om inzage"
    msg["Date"] = "Mon, 23 Nov 2026 09:14:00 +0100"
    msg["Message-ID"] = "<inzage-1@example.nl>"
    msg.set_content("Beste studio,\n\nIk wil graag inzage in mijn persoonsgegevens (art. 15 AVG).\n"
                    "Mijn BSN is 111222333.\n\nGroet,\nMila Jansen\n")
    msg.add_attachment(b"%PDF-1.4 brief", maintype="application", subtype="pdf", filename="brief.pdf")
    path = tmp_path / "inzage.eml"
    path.write_bytes(bytes(msg))
    return path


def test_import_keeps_the_mail_text_and_attachments(store, memory_keyring, tmp_path):
    from studio_dsar.core.intake import import_files
    from studio_dsar.core.studio import Studio

    [outcome] = import_files([_mail(tmp_path)], store)
    assert outcome.stored and outcome.record.content is None  # the parsed mail was let go
    studio = Studio(store)
    mail = studio.mail(outcome.reference)
    assert mail is not None and mail.subject == "Verzoek om inzage"
    assert "inzage in mijn persoonsgegevens" in mail.body and "111222333" not in mail.body
    [att] = studio.attachments(outcome.reference)
    assert att.kept
    got, data = studio.attachment_data(att.id)
    assert got.filename == "brief.pdf" and data == b"%PDF-1.4 brief"


def test_import_without_a_keychain_still_keeps_the_text(store, tmp_path):
    from studio_dsar.core.intake import import_files
    from studio_dsar.core.studio import Studio

    [outcome] = import_files([_mail(tmp_path)], store)
    studio = Studio(store)
    assert studio.mail(outcome.reference) is not None
    assert not studio.attachments(outcome.reference)[0].kept
