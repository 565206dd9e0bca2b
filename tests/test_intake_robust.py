"""Robust import: what the dry run accepts imports for real; odd bytes; size and line limits."""

from __future__ import annotations

import random

import pytest

from studio_dsar.core.errors import DsarError, InputError
from studio_dsar.core.intake import mime, parse
from studio_dsar.core.intake.importer import store_record
from studio_dsar.core.intake.parse import parse_bytes

_SEEDS = [
    (b"From: =?utf-8?Q?In=C3=A8s_Dubois?= <ines@example.be>\r\nTo: studio@example.be\r\n"
     b"Subject: Demande d'acc\xc3\xa8s\r\nDate: Mon, 4 Mar 2024 10:00:00 +0100\r\n"
     b"Message-ID: <a1@example.be>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
     b"Content-Transfer-Encoding: 8bit\r\n\r\n"
     b"Bonjour,\r\nJe souhaite recevoir une copie de mes donn\xc3\xa9es personnelles.\r\nIn\xc3\xa8s\r\n"),
    (b"From: \"M\xfcller, J\xfcrgen\" <jm@example.de>\nSubject: Auskunft \xfcber meine Daten\n"
     b"Date: Tue, 5 Mar 2024 09:00:00 +0100\nMIME-Version: 1.0\n"
     b"Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=iso-8859-1\n\n"
     b"Bitte l\xf6schen Sie alle meine Daten.\n--b1\nContent-Type: image/jpeg; name=\"ausweis\xe4.jpg\"\n"
     b"Content-Disposition: attachment; filename=\"ausweis\xe4.jpg\"\nContent-Transfer-Encoding: base64\n\n"
     b"/9j/4AAQSkZJRgABAQAAAQABAAD/\n--b1--\n"),
    (b"From: Piet <piet@example.nl>\nSubject: =?iso-8859-1?Q?verwijder_mijn_gegevens?=\n"
     b"Date: Wed, 6 Mar 2024 12:00:00 +0100\nContent-Type: text/html; charset=windows-1252\n\n"
     b"<p>Graag mijn gegevens verwijderen \x96 dank u.</p><blockquote>oud bericht</blockquote>\n"),
]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        pos = rng.randrange(len(b)) if b else 0
        if op < 0.4:
            b[pos:pos] = bytes(rng.randrange(128, 256) for _ in range(rng.randint(1, 4)))
        elif op < 0.6:
            b[pos:pos] = rng.choice([b"\x00", b"=?utf-8?B?w6k=?=", b"=?bogus?Q?x=FF?=", b"\r", b"\n\n", b"\xed\xa0\x80"])
        elif op < 0.8 and len(b) > 10:
            del b[pos: pos + rng.randint(1, 20)]
        else:
            b[pos:pos] = b[pos: pos + rng.randint(1, 40)]
    return bytes(b)


def test_raw_utf8_subject_is_decoded_and_imports(store):
    record = parse_bytes(_SEEDS[0], "a.eml")
    assert record.subject == "Demande d'accès"
    assert record.sender_name == "Inès Dubois"
    request = store_record(store, record)
    assert store.get_request(request.reference).subject == "Demande d'accès"


def test_raw_latin1_display_name_and_filename():
    record = parse_bytes(_SEEDS[1], "b.eml")
    assert record.sender_name == "Müller, Jürgen"
    assert record.subject == "Auskunft über meine Daten"
    assert [a.filename for a in record.attachments] == ["ausweisä.jpg"]


def test_every_fuzzed_mail_the_dry_run_accepts_also_imports(store):
    rng = random.Random(1050)
    accepted = refused = 0
    for i in range(240):
        data = _mutate(rng, _SEEDS[i % len(_SEEDS)])
        try:
            record = parse_bytes(data, f"fuzz{i}.eml")
        except InputError:
            refused += 1
            continue
        accepted += 1
        record.source_key = f"fuzz:{i}"
        try:
            store_record(store, record)
        except DsarError:
            pass  # a translated refusal is fine; an encoder crash is not
    assert accepted > 150  # the mutations must mostly keep mails readable, or the test proves nothing
    assert len(store.list_requests()) + 0 >= accepted - refused // 10 - 5


def test_too_large_mail_is_refused_with_the_limit(monkeypatch):
    monkeypatch.setattr(parse, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InputError, match="MB"):
        parse_bytes(_SEEDS[0] + b"x" * 2000, "big.eml")


def test_overlong_lines_are_cut_before_parsing():
    head = _SEEDS[0].split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    data = head + b"Ik wil inzage in mijn gegevens. " + b"bla " * (mime.MAX_LINE_BYTES // 2)
    capped = mime._cap_lines(data)
    assert max(len(line) for line in capped.split(b"\n")) <= mime.MAX_LINE_BYTES
    assert parse_bytes(data, "long.eml").is_dsar


def _attachment_mail(payload_bytes: int) -> bytes:
    import base64

    blob = base64.encodebytes(bytes(range(256)) * (payload_bytes // 256))
    return (b"From: a@example.nl\nDate: Mon, 4 Mar 2024 10:00:00 +0100\nSubject: Verwijderen\nMIME-Version: 1.0\n"
            b"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n"
            b"Graag al mijn gegevens verwijderen.\n--b\nContent-Type: application/octet-stream; name=\"film.mov\"\n"
            b"Content-Transfer-Encoding: base64\n\n" + blob + b"\n--b--\n")


@pytest.mark.parametrize("kind", ["attachment", "one_line"])
def test_memory_per_mail_stays_a_small_multiple_of_its_size(kind):
    """What the size limit (parse.MAX_FILE_BYTES) is based on: reading a mail takes a few times
    its size in memory, never more (a copy per line or per part would show here)."""
    import tracemalloc

    if kind == "attachment":
        data, bound = _attachment_mail(4 * 1024 * 1024), 10
    else:
        data = (b"From: a@example.nl\nDate: Mon, 4 Mar 2024 10:00:00 +0100\nSubject: x\nContent-Type: text/plain\n\n"
                b"Graag al mijn gegevens verwijderen. " + b"bla " * (1024 * 1024))
        bound = 3
    parse.parse_bytes(data, "big.eml")  # modules loaded, caches filled
    tracemalloc.start()
    try:
        parse.parse_bytes(data, "big.eml")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= bound * len(data), f"{peak / len(data):.1f} times the mail's size"


def test_the_content_of_at_most_a_dozen_attachments_per_mail_is_looked_at(monkeypatch):
    """A mail with a hundred pictures costs a bounded time: past the first few, attachments are
    judged by their name and the mail's words only."""
    from studio_dsar.core.intake import attachments

    looked: list[str] = []
    monkeypatch.setattr(attachments, "id_evidence",
                        lambda data, ctype="", name="": looked.append(name) or attachments.IdEvidence())
    monkeypatch.setattr(attachments, "image_size", lambda data: (800, 600))
    items = [(f"IMG_{i:04d}.jpg", "image/jpeg", b"\xff\xd8 not decoded %d" % i, False) for i in range(100)]
    flags = attachments.flag_id_documents(items)
    assert len(looked) == attachments.MAX_LOOKED_AT and flags == [False] * 100


@pytest.mark.parametrize("lines,long", [
    ([mime.MAX_LINE_BYTES + 1], True), ([mime.MAX_LINE_BYTES, 5], False), ([5, mime.MAX_LINE_BYTES + 1], True),
    ([5, mime.MAX_LINE_BYTES + 1, 5], True), ([mime.MAX_LINE_BYTES] * 3, False), ([0, mime.MAX_LINE_BYTES + 1], True),
])
def test_a_line_over_the_limit_is_found_first_middle_or_last(lines, long):
    data = b"\n".join(b"x" * n for n in lines)
    assert mime._has_long_line(data) is long
    assert max(len(line) for line in mime._cap_lines(data).split(b"\n")) <= mime.MAX_LINE_BYTES
